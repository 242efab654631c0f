// The sample organization's OAuth endpoints over HTTP: `GET`/`POST /v1/authorize` (the consent
// page and its form) and `POST /v1/access_token`. The rules live in oauth.ts; this file reads
// requests, and answers with pages, redirects and Webex-style JSON errors that never repeat a secret.

import type * as http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { SampleOAuth } from './oauth';
import { consentPage, refusalPage, type SignInPage } from './oauthConsentPage';

/** Paths after `/v1`. */
export const AUTHORIZE_PATH = '/authorize';
export const ACCESS_TOKEN_PATH = '/access_token';

/** The largest form body read; OAuth forms are a few hundred bytes. */
const MAX_FORM_BYTES = 16 * 1024;

/** Parameters whose values are secrets: never kept in the request log, even if sent in a URL. */
const SECRET_PARAMETERS = new Set(['client_secret', 'code', 'code_verifier', 'refresh_token', 'access_token']);

export function isOAuthPath(path: string): boolean {
  return path === AUTHORIZE_PATH || path === ACCESS_TOKEN_PATH;
}

/**
 * The request target as the request log may keep it: secret parameters' values replaced by
 * `REDACTED`, everything else byte for byte.
 */
export function redactSecretParameters(target: string): string {
  const queryStart = target.indexOf('?');
  if (queryStart < 0) return target;
  const pairs = target.slice(queryStart + 1).split('&');
  let changed = false;
  const kept = pairs.map((pair) => {
    const nameEnd = pair.indexOf('=');
    const rawName = nameEnd < 0 ? pair : pair.slice(0, nameEnd);
    let name: string;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
    } catch {
      name = rawName;
    }
    if (!SECRET_PARAMETERS.has(name) || nameEnd < 0) return pair;
    changed = true;
    return `${rawName}=REDACTED`;
  });
  return changed ? `${target.slice(0, queryStart)}?${kept.join('&')}` : target;
}

class FormError extends Error {
  constructor(readonly status: 400 | 413, message: string) {
    super(message);
  }
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new FormError(400, 'The body must be application/x-www-form-urlencoded.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new FormError(413, 'The request body is too large.');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Headers every OAuth answer carries: nothing here may be cached (RFC 6749 §5.1). */
function baseHeaders(trackingId: string): Record<string, string> {
  return { trackingid: trackingId, 'Cache-Control': 'no-store', Pragma: 'no-cache', 'Referrer-Policy': 'no-referrer' };
}

function sendPage(res: http.ServerResponse, status: number, page: SignInPage, trackingId: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...baseHeaders(trackingId),
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': page.contentSecurityPolicy,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(page.html);
}

function sendRedirect(res: http.ServerResponse, location: string, trackingId: string): void {
  res.writeHead(302, { ...baseHeaders(trackingId), Location: location });
  res.end();
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, trackingId: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...baseHeaders(trackingId), 'Content-Type': 'application/json;charset=UTF-8', ...extra });
  res.end(JSON.stringify(body));
}

function oauthError(res: http.ServerResponse, status: number, error: string, description: string, trackingId: string, extra: Record<string, string> = {}): void {
  sendJson(res, status, { error, error_description: description, trackingId }, trackingId, extra);
}

function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/** Answers a request to one of the OAuth paths (see isOAuthPath). `formPath` is where the consent form posts. */
export async function serveOAuth(oauth: SampleOAuth, req: http.IncomingMessage, res: http.ServerResponse, path: string, url: URL, formPath: string, trackingId: string): Promise<void> {
  if (path === AUTHORIZE_PATH) await serveAuthorize(oauth, req, res, url, formPath, trackingId);
  else await serveAccessToken(oauth, req, res, url, trackingId);
}

async function serveAuthorize(oauth: SampleOAuth, req: http.IncomingMessage, res: http.ServerResponse, url: URL, formPath: string, trackingId: string): Promise<void> {
  if (req.method === 'GET') {
    const outcome = oauth.authorize(url.searchParams);
    if (outcome.kind === 'consent') sendPage(res, 200, consentPage(outcome.request, outcome.ticket, oauth.admins, formPath, newNonce()), trackingId);
    else if (outcome.kind === 'redirect') sendRedirect(res, outcome.location, trackingId);
    else sendPage(res, 400, refusalPage(outcome.reason, newNonce()), trackingId);
    return;
  }
  if (req.method !== 'POST') {
    sendPage(res, 405, refusalPage('This page is opened with GET and its form is sent with POST.', newNonce()), trackingId, { Allow: 'GET, POST' });
    return;
  }
  let form: URLSearchParams;
  try {
    form = await readForm(req);
  } catch (error) {
    if (!(error instanceof FormError)) throw error;
    sendPage(res, error.status, refusalPage(error.message, newNonce()), trackingId, { Connection: 'close' });
    return;
  }
  const decided = oauth.decide(form.get('ticket') ?? undefined, form.get('decision') ?? undefined, form.get('admin') ?? undefined);
  if ('location' in decided) sendRedirect(res, decided.location, trackingId);
  else sendPage(res, 400, refusalPage(decided.reason, newNonce()), trackingId);
}

async function serveAccessToken(oauth: SampleOAuth, req: http.IncomingMessage, res: http.ServerResponse, url: URL, trackingId: string): Promise<void> {
  if (req.method !== 'POST') {
    oauthError(res, 405, 'invalid_request', 'The token endpoint takes POST only.', trackingId, { Allow: 'POST' });
    return;
  }
  if (url.search !== '') {
    // Secrets in a URL end up in logs; the spec puts them in the body only (RFC 6749 §3.2).
    oauthError(res, 400, 'invalid_request', 'Send the parameters in the request body, not in the URL.', trackingId, { Connection: 'close' });
    return;
  }
  let form: URLSearchParams;
  try {
    form = await readForm(req);
  } catch (error) {
    if (!(error instanceof FormError)) throw error;
    oauthError(res, error.status, 'invalid_request', error.message, trackingId, { Connection: 'close' });
    return;
  }
  const result = oauth.token(form);
  if (result.status === 200) sendJson(res, 200, result.body, trackingId);
  else oauthError(res, result.status, result.error, result.description, trackingId);
}
