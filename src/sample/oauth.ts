// The sample organization's OAuth grants, as a Webex integration sees them: the authorization-code
// grant with PKCE (S256 only) and client_secret, then refresh. This file holds the rules and the
// state (consent tickets, codes, grants, tokens); oauthRoutes.ts speaks HTTP, oauthConsentPage.ts
// writes the pages. Nothing here is logged, and no error text ever carries a secret or a raw value.

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Person } from '../webex/types';
import type { OAuthStats, SampleOAuthClient, TokenLifetimes } from './control';
import { webexId } from './ids';

/** The sample integration's client ID, accepted when the server is given no `oauthClients`. Public, like SAMPLE_TOKEN. */
export const SAMPLE_OAUTH_CLIENT_ID = 'C5a3c1e0f2b4d6a8c0e2f4a6b8d0c2e4f6a8b0d2c4e6f8a0b2c4d6e8f0a2b4c6d';
/** The sample integration's client secret. Public: it only opens the sample organization. */
export const SAMPLE_OAUTH_CLIENT_SECRET = 'sample0secret9f8e7d6c5b4a3928171605f4e3d2c1b0a9f8e7d6c5b4a39281716';

export const DEFAULT_OAUTH_CLIENT: SampleOAuthClient = {
  clientId: SAMPLE_OAUTH_CLIENT_ID,
  clientSecret: SAMPLE_OAUTH_CLIENT_SECRET,
  redirectUris: ['http://localhost:8085/callback', 'http://127.0.0.1:8085/callback'],
};

/** Webex integrations' access tokens last 14 days, their refresh tokens 90. */
export const DEFAULT_ACCESS_TOKEN_LIFETIME_SECONDS = 1_209_600;
export const DEFAULT_REFRESH_TOKEN_LIFETIME_SECONDS = 7_776_000;
/** RFC 6749 §4.1.2 recommends at most 10 minutes; Webex's codes last 5. */
export const AUTHORIZATION_CODE_LIFETIME_MS = 5 * 60_000;
/** How long the consent page stays usable. */
export const CONSENT_TICKET_LIFETIME_MS = 10 * 60_000;

/** RFC 7636 §4.1: 43–128 unreserved characters. */
const CODE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
/** An S256 challenge is the 43-character base64url of a SHA-256 digest. */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** BASE64URL(SHA256(ASCII(verifier))), RFC 7636 §4.2. */
export function pkceS256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export type SignInAdminKey = 'home' | 'partner';

/** An admin the consent page lets sign in; /people/me answers with `person`. */
export interface SignInAdmin {
  key: SignInAdminKey;
  person: Person;
  /** What the consent page says this admin is, in lower case after the name. */
  role: string;
}

/**
 * The two identities the consent page offers: the home org's admin, and a partner admin with an
 * identity of their own who browses the same orgs (partner admins often have a second identity).
 */
export function signInAdminsOf(homeAdmin: Person, homeOrgId: string): SignInAdmin[] {
  const partner: Person = {
    id: webexId('PEOPLE', '7e57ad41-0b5e-4c2a-9d1f-3a6b8c0d2e4f'),
    emails: ['jordan.lee@northwind-partners.example'],
    phoneNumbers: [{ type: 'work', value: '+14155550142', primary: true }],
    displayName: 'Jordan Lee',
    nickName: 'Jordan',
    firstName: 'Jordan',
    lastName: 'Lee',
    orgId: homeOrgId,
    created: '2020-09-21T15:30:00.000Z',
    lastModified: '2024-10-15T08:45:00.000Z',
    status: 'active',
    type: 'person',
  };
  return [
    { key: 'home', person: homeAdmin, role: 'administrator' },
    { key: 'partner', person: partner, role: 'partner administrator' },
  ];
}

/** A validated `GET /authorize`: what the consent page shows and what its form ticket stands for. */
export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  codeChallenge: string;
}

export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client' | 'unsupported_grant_type';

export interface TokenResponse {
  access_token: string;
  expires_in: number;
  refresh_token: string;
  refresh_token_expires_in: number;
  token_type: 'Bearer';
  scope: string;
}

export type TokenResult =
  | { status: 200; body: TokenResponse }
  | { status: 400 | 401; error: OAuthErrorCode; description: string };

/** Where `GET /authorize` leads: the consent page, a refusal page, or straight back (invalid_scope). */
export type AuthorizeOutcome =
  | { kind: 'consent'; ticket: string; request: AuthorizationRequest }
  | { kind: 'refused'; reason: string }
  | { kind: 'redirect'; location: string };

interface Grant {
  clientId: string;
  admin: Person;
  scope: string;
  refreshToken: string;
  refreshExpiresAt: number;
  /** Set when its code was presented again (RFC 6749 §4.1.2): every token of the grant dies. */
  revoked: boolean;
}

interface IssuedCode {
  request: AuthorizationRequest;
  admin: Person;
  expiresAt: number;
  /** The grant it was exchanged for; a code with a grant has been used. */
  grant?: Grant;
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time equality of two secrets of any length. */
function secretsEqual(a: string, b: string): boolean {
  const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

function refusal(status: 400 | 401, error: OAuthErrorCode, description: string): TokenResult {
  return { status, error, description };
}

/** One parameter's single value; undefined when absent, empty, or repeated (RFC 6749 §3.1). */
function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  return values.length === 1 && values[0] !== '' ? values[0] : undefined;
}

export interface SampleOAuthOptions {
  clients: SampleOAuthClient[];
  admins: SignInAdmin[];
  lifetimes: Required<TokenLifetimes>;
  now: () => number;
}

export class SampleOAuth {
  private readonly clients: Map<string, SampleOAuthClient>;
  private lifetimes: Required<TokenLifetimes>;
  private readonly tickets = new Map<string, { request: AuthorizationRequest; expiresAt: number }>();
  private readonly codes = new Map<string, IssuedCode>();
  private refreshTokens = new Map<string, Grant>();
  private readonly accessTokens = new Map<string, { grant: Grant; expiresAt: number }>();
  private readonly counters: OAuthStats = { authorizeRequests: 0, tokenRequests: { authorization_code: 0, refresh_token: 0 } };

  constructor(private readonly options: SampleOAuthOptions) {
    for (const uri of options.clients.flatMap((client) => client.redirectUris)) {
      if (!URL.canParse(uri)) throw new RangeError(`A redirect URI must be an absolute URL, got ${JSON.stringify(uri)}`);
    }
    this.clients = new Map(options.clients.map((client) => [client.clientId, client]));
    this.lifetimes = { ...options.lifetimes };
    checkLifetimes(this.lifetimes);
  }

  get admins(): readonly SignInAdmin[] {
    return this.options.admins;
  }

  setTokenLifetimes(lifetimes: TokenLifetimes): void {
    const next = { ...this.lifetimes };
    if (lifetimes.accessSeconds !== undefined) next.accessSeconds = lifetimes.accessSeconds;
    if (lifetimes.refreshSeconds !== undefined) next.refreshSeconds = lifetimes.refreshSeconds;
    checkLifetimes(next);
    this.lifetimes = next;
  }

  /** Every refresh token issued so far is refused from now on; access tokens live out their time. */
  revokeRefreshTokens(): void {
    this.refreshTokens = new Map();
  }

  stats(): OAuthStats {
    return { authorizeRequests: this.counters.authorizeRequests, tokenRequests: { ...this.counters.tokenRequests } };
  }

  /** The admin an issued, unexpired, unrevoked access token signs in as. */
  personFor(accessToken: string): Person | undefined {
    const issued = this.accessTokens.get(accessToken);
    if (!issued || issued.grant.revoked || this.options.now() >= issued.expiresAt) return undefined;
    return issued.grant.admin;
  }

  /**
   * Checks `GET /authorize`. Anything wrong with the client or redirect_uri, and any PKCE or state
   * problem, is refused on a page (never redirected: the redirect target is not trusted yet, and
   * a flow without PKCE or state is not one this server takes part in).
   */
  authorize(query: URLSearchParams): AuthorizeOutcome {
    this.counters.authorizeRequests++;
    const clientId = single(query, 'client_id');
    const client = clientId === undefined ? undefined : this.clients.get(clientId);
    if (!client) return { kind: 'refused', reason: 'The client_id does not name an integration registered with this organization.' };
    const redirectUri = single(query, 'redirect_uri');
    if (redirectUri === undefined || !client.redirectUris.includes(redirectUri)) {
      return { kind: 'refused', reason: 'The redirect_uri is not one registered for this integration. Redirect URIs must match exactly.' };
    }
    if (single(query, 'response_type') !== 'code') return { kind: 'refused', reason: 'The response_type must be "code".' };
    if (single(query, 'code_challenge_method') !== 'S256') {
      return { kind: 'refused', reason: 'PKCE is required: code_challenge_method must be "S256" ("plain" is not accepted).' };
    }
    const codeChallenge = single(query, 'code_challenge');
    if (codeChallenge === undefined || !S256_CHALLENGE.test(codeChallenge)) {
      return { kind: 'refused', reason: 'PKCE is required: code_challenge must be the base64url SHA-256 of the code verifier (43 characters).' };
    }
    const state = single(query, 'state');
    if (state === undefined) return { kind: 'refused', reason: 'A state parameter is required.' };
    const scopes = (single(query, 'scope') ?? '').split(' ').filter((scope) => scope !== '');
    if (scopes.length === 0) return { kind: 'refused', reason: 'At least one scope is required.' };

    const request: AuthorizationRequest = { clientId: client.clientId, redirectUri, scopes, state, codeChallenge };
    if (client.scopes && scopes.some((scope) => !client.scopes!.includes(scope))) {
      return { kind: 'redirect', location: redirectWith(request, { error: 'invalid_scope', error_description: 'The requested scope is invalid.' }) };
    }
    this.sweep();
    const ticket = randomToken();
    this.tickets.set(ticket, { request, expiresAt: this.options.now() + CONSENT_TICKET_LIFETIME_MS });
    return { kind: 'consent', ticket, request };
  }

  /**
   * The consent form's answer. The ticket is used once, approved or not; the redirect carries
   * the request's own state. Returns the refusal reason when the ticket is not (or no longer) good.
   */
  decide(ticket: string | undefined, decision: string | undefined, adminKey: string | undefined): { location: string } | { reason: string } {
    const entry = ticket === undefined ? undefined : this.tickets.get(ticket);
    if (!entry || this.options.now() >= entry.expiresAt) {
      return { reason: 'This sign-in page has expired or has already been used. Start the sign-in again.' };
    }
    if (decision === 'deny') {
      this.tickets.delete(ticket!);
      return { location: redirectWith(entry.request, { error: 'access_denied', error_description: 'The user denied the request.' }) };
    }
    const admin = this.options.admins.find((candidate) => candidate.key === adminKey);
    if (decision !== 'approve' || !admin) return { reason: 'The form was incomplete. Start the sign-in again.' };
    this.tickets.delete(ticket!);
    const code = randomToken();
    this.codes.set(code, { request: entry.request, admin: admin.person, expiresAt: this.options.now() + AUTHORIZATION_CODE_LIFETIME_MS });
    return { location: redirectWith(entry.request, { code }) };
  }

  /** `POST /access_token` with its form fields. */
  token(form: URLSearchParams): TokenResult {
    const grantType = single(form, 'grant_type');
    if (grantType === 'authorization_code' || grantType === 'refresh_token') this.counters.tokenRequests[grantType]++;
    if (grantType === undefined) return refusal(400, 'invalid_request', 'The grant_type parameter is missing or repeated.');
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
      return refusal(400, 'unsupported_grant_type', 'Only the authorization_code and refresh_token grants are supported.');
    }
    const required = grantType === 'authorization_code' ? ['client_id', 'client_secret', 'code', 'redirect_uri', 'code_verifier'] : ['client_id', 'client_secret', 'refresh_token'];
    const missing = required.filter((name) => single(form, name) === undefined);
    if (missing.length > 0) return refusal(400, 'invalid_request', `Missing or repeated parameters: ${missing.join(', ')}.`);

    const client = this.clients.get(single(form, 'client_id')!);
    if (!client || !secretsEqual(single(form, 'client_secret')!, client.clientSecret)) {
      return refusal(401, 'invalid_client', 'Client authentication failed.');
    }
    return grantType === 'authorization_code' ? this.redeemCode(client, form) : this.refresh(client, form);
  }

  private redeemCode(client: SampleOAuthClient, form: URLSearchParams): TokenResult {
    const code = single(form, 'code')!;
    const issued = this.codes.get(code);
    const now = this.options.now();
    if (issued?.grant) {
      // A code presented twice may have been stolen: whatever it bought is withdrawn.
      issued.grant.revoked = true;
      this.refreshTokens.delete(issued.grant.refreshToken);
      return refusal(400, 'invalid_grant', 'The authorization code has already been used; the tokens issued for it are revoked.');
    }
    if (!issued || now >= issued.expiresAt) return refusal(400, 'invalid_grant', 'The authorization code is invalid or has expired.');
    if (issued.request.clientId !== client.clientId) return refusal(400, 'invalid_grant', 'The authorization code was issued to another client.');
    if (issued.request.redirectUri !== single(form, 'redirect_uri')) {
      return refusal(400, 'invalid_grant', 'The redirect_uri does not match the one the authorization code was issued for.');
    }
    const verifier = single(form, 'code_verifier')!;
    if (!CODE_VERIFIER.test(verifier)) return refusal(400, 'invalid_request', 'The code_verifier must be 43 to 128 characters of A-Z, a-z, 0-9, "-", ".", "_" and "~".');
    if (!secretsEqual(pkceS256Challenge(verifier), issued.request.codeChallenge)) {
      return refusal(400, 'invalid_grant', 'The code_verifier does not match the code_challenge.');
    }
    this.sweep();
    const grant: Grant = {
      clientId: client.clientId,
      admin: issued.admin,
      scope: issued.request.scopes.join(' '),
      refreshToken: randomToken(),
      refreshExpiresAt: now + this.lifetimes.refreshSeconds * 1000,
      revoked: false,
    };
    issued.grant = grant;
    this.refreshTokens.set(grant.refreshToken, grant);
    return this.issueAccessToken(grant, now);
  }

  private refresh(client: SampleOAuthClient, form: URLSearchParams): TokenResult {
    const grant = this.refreshTokens.get(single(form, 'refresh_token')!);
    const now = this.options.now();
    if (!grant || grant.revoked || now >= grant.refreshExpiresAt) return refusal(400, 'invalid_grant', 'The refresh token is invalid, expired or revoked.');
    if (grant.clientId !== client.clientId) return refusal(400, 'invalid_grant', 'The refresh token was issued to another client.');
    this.sweep();
    return this.issueAccessToken(grant, now);
  }

  /** A new access token; the refresh token stays the same with its expiry unchanged, as Webex does. */
  private issueAccessToken(grant: Grant, now: number): TokenResult {
    const accessToken = randomToken();
    const expiresAt = now + this.lifetimes.accessSeconds * 1000;
    this.accessTokens.set(accessToken, { grant, expiresAt });
    return {
      status: 200,
      body: {
        access_token: accessToken,
        expires_in: Math.floor((expiresAt - now) / 1000),
        refresh_token: grant.refreshToken,
        refresh_token_expires_in: Math.max(0, Math.floor((grant.refreshExpiresAt - now) / 1000)),
        token_type: 'Bearer',
        scope: grant.scope,
      },
    };
  }

  /** Forgets what can no longer be used, so a long-running sample server does not grow. */
  private sweep(): void {
    const now = this.options.now();
    for (const [key, entry] of this.tickets) if (now >= entry.expiresAt) this.tickets.delete(key);
    for (const [key, entry] of this.codes) if (now >= entry.expiresAt) this.codes.delete(key);
    for (const [key, entry] of this.accessTokens) if (entry.grant.revoked || now >= entry.expiresAt) this.accessTokens.delete(key);
    for (const [key, grant] of this.refreshTokens) if (grant.revoked || now >= grant.refreshExpiresAt) this.refreshTokens.delete(key);
  }
}

function checkLifetimes(lifetimes: Required<TokenLifetimes>): void {
  for (const [name, seconds] of Object.entries(lifetimes)) {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`${name} must be a non-negative number of seconds, got ${seconds}`);
  }
}

/** The registered redirect URI with the answer's parameters and the request's state added. */
function redirectWith(request: AuthorizationRequest, answer: Record<string, string>): string {
  const target = new URL(request.redirectUri);
  for (const [name, value] of Object.entries(answer)) target.searchParams.set(name, value);
  target.searchParams.set('state', request.state);
  return target.toString();
}
