// Judging a complete response: the parsed JSON object of a 2xx, or the typed error its status
// stands for, with Webex's own message and tracking ID made safe to show and log.

import {
  BadResponseError,
  ForbiddenError,
  getContext,
  NotFoundError,
  RateLimitedError,
  RequestError,
  requiredScopeFor,
  ServerError,
  UnauthorizedError,
  WebexErrorContext,
} from './errors';
import { parseRetryAfter } from './retryPolicy';
import type { RawResponse } from './transport';

/** A parsed 2xx answer; shared by the callers of one flight. */
export interface JsonResponse {
  body: Record<string, unknown>;
  link: string | null;
  trackingId?: string;
}

/** Longest Webex message or description kept in an error, so a runaway body cannot flood the UI. */
const MAX_TEXT = 300;
/**
 * What a Webex tracking ID looks like (`ROUTER_…`, `WEBEX_…`, a UUID, joined by `_`, `-`, `:` or `.`).
 * Anything else (a space, `Bearer …`, markup, a runaway length) is not one and is dropped.
 */
const TRACKING_ID = /^[A-Za-z0-9_\-:.]{1,128}$/;
/** A token fragment this long, echoed alone, is dropped too: it would be part of a secret. */
const MIN_TOKEN_FRAGMENT = 8;

/** Turns a complete response into the parsed body or the matching typed error. */
export function judge(raw: RawResponse, url: URL, token: string, apiPath: string): JsonResponse {
  const trackingId = trackingIdOf(raw, token);
  if (raw.status >= 200 && raw.status < 300) {
    return { body: parseJsonObject(raw, getContext(url, trackingId)), link: raw.headers.get('link'), trackingId };
  }
  const said = webexErrorBody(raw.text, token);
  const context: WebexErrorContext = {
    ...getContext(url, said.trackingId ?? trackingId),
    status: raw.status,
    webexMessage: said.message,
    descriptions: said.descriptions,
  };
  return throwForStatus(raw, context, apiPath);
}

/** The `trackingid` response header, when it is shaped like a tracking ID and holds no part of the token. */
export function trackingIdOf(raw: RawResponse, token: string): string | undefined {
  return trackingIdOrNothing(raw.headers.get('trackingid'), token);
}

/** `value` when it reads as a Webex tracking ID and is not (part of) the token; else undefined. */
export function trackingIdOrNothing(value: unknown, token: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!TRACKING_ID.test(trimmed)) return undefined;
  // A server echoing the Authorization header may send the bare token, which has the same alphabet.
  if (token && (trimmed.includes(token) || (trimmed.length >= MIN_TOKEN_FRAGMENT && token.includes(trimmed)))) return undefined;
  return trimmed;
}

/** The list under `listKey`, without the entries that are not objects (Webex sometimes sends `null`), and its raw length. */
export function listOf<T>(response: JsonResponse, listKey: string, url: URL): { items: T[]; sent: number } {
  const list = response.body[listKey];
  if (!Array.isArray(list)) {
    throw new BadResponseError(getContext(url, response.trackingId), `the list "${listKey}" is missing or not a list`);
  }
  return { items: list.filter(isObject) as T[], sent: list.length };
}

function throwForStatus(raw: RawResponse, context: WebexErrorContext, apiPath: string): never {
  const status = raw.status;
  if (status === 401) throw new UnauthorizedError(context);
  if (status === 403) throw new ForbiddenError(context, requiredScopeFor(apiPath));
  if (status === 404 || status === 410) throw new NotFoundError(context);
  const retryAfterSeconds = parseRetryAfter(raw.headers.get('retry-after'), Date.now());
  if (status === 429 || status === 423) throw new RateLimitedError(context, retryAfterSeconds);
  if (status >= 500) throw new ServerError(context, retryAfterSeconds);
  if (status >= 400) throw new RequestError(context);
  throw new BadResponseError(context, `an unexpected status ${status}`);
}

function parseJsonObject(raw: RawResponse, context: WebexErrorContext): Record<string, unknown> {
  // Captive portals, proxies and wrong base URLs answer with HTML; say so without quoting it.
  if (/html/i.test(raw.headers.get('content-type') ?? '') || /^\s*</.test(raw.text)) {
    throw new BadResponseError(context, 'an HTML page instead of JSON (is the API base URL right?)');
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.text);
  } catch {
    throw new BadResponseError(context, 'the body is not valid JSON');
  }
  if (!isObject(value)) throw new BadResponseError(context, 'the body is not a JSON object');
  return value;
}

/** Webex's error body `{message, errors:[{description}], trackingId}`, when the body is one. */
function webexErrorBody(text: string, token: string): { message?: string; descriptions: string[]; trackingId?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { descriptions: [] };
  }
  if (!isObject(value)) return { descriptions: [] };
  const errors = Array.isArray(value.errors) ? value.errors : [];
  const descriptions = errors.map((entry) => (isObject(entry) ? entry.description : undefined)).filter(isString);
  return {
    message: isString(value.message) ? safeText(value.message, token) : undefined,
    descriptions: descriptions.map((description) => safeText(description, token)),
    trackingId: trackingIdOrNothing(value.trackingId, token),
  };
}

/** Shortens server text and blanks out the token, in case a server echoes the Authorization header. */
function safeText(text: string, token: string): string {
  const redacted = token ? text.split(token).join('[redacted]') : text;
  return redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT)}…` : redacted;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
