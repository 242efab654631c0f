// Webex's OAuth endpoints under the configured API base URL: the authorize address the browser opens,
// and the token endpoint (`POST <base>/access_token`, form-encoded) for the code exchange and for
// refresh. The endpoint is derived from the base URL and nothing else, redirects are not followed,
// and no secret sent reaches an error. No 'vscode' here: it runs in plain Node tests too.
import type { Response } from 'node-fetch';
import { maskSecrets } from '../secretMask';
import { validateBaseUrl } from '../webex/client';

/** What a sign-in keeps; times are epoch milliseconds. */
export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  issuedAt: number;
  accessTokenExpiresAt: number;
  refreshTokenExpiresAt: number;
}

export interface IntegrationCredentials {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
}

export type TokenGrant =
  | { kind: 'authorizationCode'; code: string; redirectUri: string; codeVerifier: string }
  | { kind: 'refreshToken'; refreshToken: string };

export type TokenEndpointErrorKind = 'invalidGrant' | 'invalidClient' | 'invalidRequest' | 'network' | 'server' | 'badResponse';

export class TokenEndpointError extends Error {
  override readonly name = 'TokenEndpointError';
  constructor(
    readonly kind: TokenEndpointErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  state: string;
  codeChallenge: string;
}

/** The address the browser opens: `<base>/authorize?…` with S256 PKCE. */
export function authorizeUrl(baseUrl: string, request: AuthorizeRequest): string {
  const url = new URL(`${validateBaseUrl(baseUrl)}/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scopes.join(' '),
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.href;
}

/** The token endpoint: always the configured API's own origin and path. */
export function tokenEndpointUrl(baseUrl: string): string {
  return `${validateBaseUrl(baseUrl)}/access_token`;
}

const TIMEOUT_MS = 30_000;

/** Exchanges a code or a refresh token for tokens; throws a TokenEndpointError in plain words. */
export async function requestTokens(credentials: IntegrationCredentials, grant: TokenGrant, now: () => number = Date.now): Promise<TokenSet> {
  const endpoint = tokenEndpointUrl(credentials.baseUrl);
  const form = new URLSearchParams({ client_id: credentials.clientId, client_secret: credentials.clientSecret });
  const sent = [credentials.clientSecret];
  if (grant.kind === 'authorizationCode') {
    form.set('grant_type', 'authorization_code');
    form.set('code', grant.code);
    form.set('redirect_uri', grant.redirectUri);
    form.set('code_verifier', grant.codeVerifier);
    sent.push(grant.code, grant.codeVerifier);
  } else {
    form.set('grant_type', 'refresh_token');
    form.set('refresh_token', grant.refreshToken);
    sent.push(grant.refreshToken);
  }
  const issuedAt = now();
  let response: Response;
  try {
    response = await nodeFetch()(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
      redirect: 'manual',
      timeout: TIMEOUT_MS,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new TokenEndpointError('network', `Could not reach the Webex token endpoint at ${new URL(endpoint).host}${typeof code === 'string' ? ` (${code})` : ''}.`);
  }
  const text = await response.text().catch(() => '');
  const body = parseJson(text);
  if (response.status >= 300 && response.status < 400) {
    throw new TokenEndpointError('badResponse', `The Webex token endpoint answered with a redirect (${response.status}), which was not followed.`);
  }
  if (!response.ok) throw endpointError(response.status, body, sent);
  return tokenSetOf(body, issuedAt);
}

function endpointError(status: number, body: Record<string, unknown> | undefined, sent: string[]): TokenEndpointError {
  const error = typeof body?.error === 'string' ? body.error : undefined;
  const rawDescription = typeof body?.error_description === 'string' ? body.error_description : typeof body?.message === 'string' ? body.message : '';
  // A server could echo what it was sent; none of it may reach a message.
  const description = rawDescription ? ` ${maskSecrets(rawDescription, sent).slice(0, 200)}` : '';
  if (status === 401 || error === 'invalid_client') {
    return new TokenEndpointError('invalidClient', `Webex did not accept the integration's client ID or secret (invalid_client). Check them with Set Integration Secret….${description}`);
  }
  if (error === 'invalid_grant') {
    return new TokenEndpointError('invalidGrant', `Webex refused the grant (invalid_grant): it was already used, has expired or was revoked.${description}`);
  }
  if (status === 400) return new TokenEndpointError('invalidRequest', `Webex refused the token request (${error ?? 'invalid_request'}).${description}`);
  if (status >= 500) return new TokenEndpointError('server', `The Webex token endpoint failed (${status}); try again.`);
  return new TokenEndpointError('badResponse', `The Webex token endpoint answered ${status}.${description}`);
}

function tokenSetOf(body: Record<string, unknown> | undefined, issuedAt: number): TokenSet {
  const accessToken = body?.access_token;
  const refreshToken = body?.refresh_token;
  const expiresIn = body?.expires_in;
  const refreshExpiresIn = body?.refresh_token_expires_in;
  if (typeof accessToken !== 'string' || !accessToken || typeof refreshToken !== 'string' || !refreshToken || !isSeconds(expiresIn) || !isSeconds(refreshExpiresIn)) {
    throw new TokenEndpointError('badResponse', 'The Webex token endpoint sent an answer without the expected tokens and lifetimes.');
  }
  return {
    accessToken,
    refreshToken,
    issuedAt,
    accessTokenExpiresAt: issuedAt + expiresIn * 1000,
    refreshTokenExpiresAt: issuedAt + refreshExpiresIn * 1000,
  };
}

function isSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Loaded on first use, as in the Webex client's transport: activation does not pay for it. */
function nodeFetch(): typeof import('node-fetch').default {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  return (require('node-fetch') as typeof import('node-fetch')).default;
}
