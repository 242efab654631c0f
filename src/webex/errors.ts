// Typed failures of the Webex API client. Each class is a case a caller handles differently (sign in
// again, name a missing scope, refresh a stale list, wait, retry, report a bug), told apart by `kind`.
// None of them ever holds the access token: they carry the request's method and path+query only,
// and no `cause` (a lower-level error could reference the request and its headers).

export type WebexErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'server'
  | 'timeout'
  | 'network'
  | 'badResponse'
  | 'request'
  | 'aborted';

/** What every error knows about the request that failed. */
export interface WebexErrorContext {
  method: string;
  /** Path and query relative to the origin, e.g. `/v1/telephony/config/huntGroups?max=100`. */
  url: string;
  status?: number;
  /** Webex's own `message` from the error body. */
  webexMessage?: string;
  /** Webex's `errors[].description` values. */
  descriptions?: string[];
  /** From the body's `trackingId` or the `trackingid` response header; Webex support asks for it. */
  trackingId?: string;
}

/**
 * Marks Webex errors with a symbol from the global registry: the extension ships its rarely used
 * commands as a second bundle (dist/tools.js), which has its own copy of this class, so
 * `instanceof WebexError` must recognise an error whichever bundle made it.
 */
const WEBEX_ERROR_BRAND = Symbol.for('webex-calling-explorer.WebexError');

export abstract class WebexError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    // Subclasses (NotFoundError…) keep the ordinary prototype check.
    if (this !== WebexError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[WEBEX_ERROR_BRAND] === true;
  }

  abstract readonly kind: WebexErrorKind;
  readonly method: string;
  readonly url: string;
  readonly status?: number;
  readonly webexMessage?: string;
  readonly descriptions: string[];
  readonly trackingId?: string;
  /** One plain sentence for people, with the tracking ID when there is one. */
  readonly userMessage: string;

  protected constructor(context: WebexErrorContext, summary: string) {
    const userMessage = withTrackingId(summary, context.trackingId);
    super(`${userMessage} (${context.method} ${context.url})`);
    this.method = context.method;
    this.url = context.url;
    this.status = context.status;
    this.webexMessage = context.webexMessage;
    this.descriptions = context.descriptions ?? [];
    this.trackingId = context.trackingId;
    this.userMessage = userMessage;
    Object.defineProperty(this, WEBEX_ERROR_BRAND, { value: true });
  }
}

export class UnauthorizedError extends WebexError {
  readonly kind = 'unauthorized' as const;
  override readonly name = 'UnauthorizedError';

  constructor(context: WebexErrorContext) {
    super(
      context,
      context.status === undefined
        ? 'Not signed in to Webex: there is no access token.'
        : 'Webex rejected the access token (401 Unauthorized): it is invalid or has expired (personal access tokens last 12 hours); sign in again.',
    );
  }
}

export class ForbiddenError extends WebexError {
  readonly kind = 'forbidden' as const;
  override readonly name = 'ForbiddenError';

  constructor(
    context: WebexErrorContext,
    readonly requiredScope: string | undefined,
  ) {
    super(
      context,
      requiredScope
        ? `Webex refused access (403 Forbidden): the token lacks the scope ${requiredScope}.`
        : 'Webex refused access (403 Forbidden): the token is not allowed to read this.',
    );
  }
}

export class NotFoundError extends WebexError {
  readonly kind = 'notFound' as const;
  override readonly name = 'NotFoundError';

  constructor(context: WebexErrorContext) {
    super(
      context,
      `Webex has no such item (${context.status ?? 404} ${context.status === 410 ? 'Gone' : 'Not Found'}): it may have been renamed or deleted; refresh the list.`,
    );
  }
}

export class RateLimitedError extends WebexError {
  readonly kind = 'rateLimited' as const;
  override readonly name = 'RateLimitedError';

  constructor(
    context: WebexErrorContext,
    /** How long Webex asked to wait (`Retry-After`), when it said. */
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(context, `Webex is limiting requests (${context.status ?? 429}); ${whenToRetry(retryAfterSeconds)}.`);
  }
}

export class ServerError extends WebexError {
  readonly kind = 'server' as const;
  override readonly name = 'ServerError';

  constructor(
    context: WebexErrorContext,
    /** A 503 may say how long to wait (`Retry-After`). */
    readonly retryAfterSeconds?: number,
  ) {
    super(context, `Webex had a server error (${context.status ?? 'no status'}); ${whenToRetry(retryAfterSeconds)}.`);
  }
}

export class TimeoutError extends WebexError {
  readonly kind = 'timeout' as const;
  override readonly name = 'TimeoutError';

  constructor(
    context: WebexErrorContext,
    readonly timeoutMs: number,
  ) {
    super(context, `Webex did not answer within ${formatSeconds(timeoutMs)}.`);
  }
}

export class NetworkError extends WebexError {
  readonly kind = 'network' as const;
  override readonly name = 'NetworkError';

  constructor(
    context: WebexErrorContext,
    readonly host: string,
    /** The system error code, e.g. ECONNREFUSED, ENOTFOUND, ECONNRESET. */
    readonly code: string | undefined,
  ) {
    super(context, `Could not reach Webex at ${host}${code ? ` (${code})` : ''}; check the network and the API base URL.`);
  }
}

export class BadResponseError extends WebexError {
  readonly kind = 'badResponse' as const;
  override readonly name: string = 'BadResponseError';

  /** `problem` completes "Webex sent an unexpected response: …" and must never quote a raw body. */
  constructor(context: WebexErrorContext, problem: string) {
    super(context, `Webex sent an unexpected response: ${problem}.`);
  }
}

/** A body over the size cap (counted after decompression): it was not read, so nothing of it is kept. */
export class ResponseTooLargeError extends BadResponseError {
  override readonly name = 'ResponseTooLargeError';

  constructor(
    context: WebexErrorContext,
    readonly maxBytes: number,
  ) {
    super(context, `the response is larger than ${formatMegabytes(maxBytes)}, so it was not read`);
  }
}

export class RequestError extends WebexError {
  readonly kind = 'request' as const;
  override readonly name = 'RequestError';

  constructor(context: WebexErrorContext) {
    const said = context.descriptions?.[0] ?? context.webexMessage;
    super(context, `Webex rejected the request (${context.status ?? 'no status'})${said ? `: ${said}` : ''}.`);
  }
}

export class AbortedError extends WebexError {
  readonly kind = 'aborted' as const;
  override readonly name = 'AbortedError';

  constructor(context: WebexErrorContext) {
    super(context, 'The request to Webex was cancelled.');
  }
}

const SCOPE_BY_PATH: ReadonlyArray<[RegExp, string]> = [
  [/^\/telephony\/config(\/|$)/, 'spark-admin:telephony_config_read'],
  [/^\/locations(\/|$)/, 'spark-admin:locations_read'],
  [/^\/organizations(\/|$)/, 'spark-admin:organizations_read'],
  [/^\/people\/me$/, 'spark:people_read'],
  [/^\/people\/[^/]+\/features(\/|$)/, 'spark-admin:people_read'],
  [/^\/workspaces(\/|$)/, 'spark-admin:workspaces_read'],
];

/** The scope a read of `apiPath` (relative to the base URL, e.g. `/telephony/config/locations`) needs. */
export function requiredScopeFor(apiPath: string): string | undefined {
  return SCOPE_BY_PATH.find(([pattern]) => pattern.test(apiPath))?.[1];
}

/** The path and query of a request, relative to the origin, as errors and log entries name it. */
export function requestPathOf(url: URL): string {
  return url.pathname + url.search;
}

/** The context of an error about a GET of `url`. */
export function getContext(url: URL, trackingId?: string): WebexErrorContext {
  return { method: 'GET', url: requestPathOf(url), trackingId };
}

function withTrackingId(sentence: string, trackingId: string | undefined): string {
  return trackingId ? `${sentence} Tracking ID: ${trackingId}` : sentence;
}

function whenToRetry(retryAfterSeconds: number | undefined): string {
  return retryAfterSeconds === undefined ? 'try again in a moment' : `try again in ${formatSeconds(retryAfterSeconds * 1000)}`;
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} second${seconds === 1 ? '' : 's'}`;
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}
