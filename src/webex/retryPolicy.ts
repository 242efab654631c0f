// When a failed GET is tried again, and after how long: the reading of `Retry-After`, the two retry
// budgets (429s and everything else) and the backoff, as pure functions of the error and the history
// (so every rule is tested without waiting); and the loop that applies them to one request.

import { NetworkError, RateLimitedError, ServerError, UnauthorizedError, WebexError } from './errors';

export interface RetrySettings {
  /** Retries after 5xx, 423 and dropped connections. */
  maxRetries: number;
  /** Retries after 429s, counted apart from the others. */
  maxRateLimitRetries: number;
  /** A longer Retry-After fails at once instead of waiting. */
  maxRetryAfterSeconds: number;
  /** First backoff delay, doubled per retry, with jitter. */
  retryBaseDelayMs: number;
  /** How long a 429 without Retry-After holds the client. */
  rateLimitDefaultWaitMs: number;
}

/**
 * The Webex Python SDK (GitHub jeokrohn/wxc_sdk, `retry_request` in wxc_sdk/rest.py) waits 5 seconds
 * when a 429 carries no Retry-After, and never longer than 60 seconds (`RETRY_429_MAX_WAIT` in
 * wxc_sdk/base.py); the defaults below follow it.
 */
export const RATE_LIMIT_DEFAULT_WAIT_MS = 5000;

export const DEFAULT_RETRY_SETTINGS: RetrySettings = {
  maxRetries: 3,
  // That SDK retries a 429 for as long as Webex keeps answering 429. A bound is kept here so a list
  // cannot hang forever, and 10 is the size because one pause releases every waiting request of the
  // client together (up to 10 in flight by default): if Webex then lets only one through per window,
  // the last of them needs 9 more tries. At the 60 s cap that bounds one request's waiting to 10 minutes,
  // at the 5 s default to under a minute.
  maxRateLimitRetries: 10,
  maxRetryAfterSeconds: 60,
  retryBaseDelayMs: 250,
  rateLimitDefaultWaitMs: RATE_LIMIT_DEFAULT_WAIT_MS,
};

/** Statuses a GET is retried on; the rest of 4xx/5xx would fail the same way again. */
const RETRY_STATUSES = new Set([423, 429, 500, 502, 503, 504]);
/** The connection broke after it was made: the next attempt may well succeed. Refusals and DNS failures would not. */
const RETRY_NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);

/** Retries already spent on one request, per budget. */
export interface RetryHistory {
  rateLimited: number;
  other: number;
}

export interface RetryDecision {
  delayMs: number;
  /** The budget this retry is taken from. */
  budget: keyof RetryHistory;
  /** A 429: the whole client waits, not only this request (see RateLimitGate). */
  pauseClient: boolean;
}

/** How a retry is carried out; the policy only says when and after how long. */
export interface RetryHooks {
  settings: RetrySettings;
  /** A 429: holds every request of the client for `ms` (this one included, on its next attempt). */
  pauseClient(ms: number): void;
  /** Any other retry: waits `ms` before the next attempt, holding only this request. */
  wait(ms: number): Promise<void>;
  /** A 401: resolves true when the request should be sent once more, e.g. after a token refresh. */
  reauthorize(): Promise<boolean>;
}

/** Runs `attempt` (told how many came before it) until it succeeds or the policy gives up with its error. */
export async function retrying<T>(attempt: (retries: number) => Promise<T>, hooks: RetryHooks): Promise<T> {
  const history: RetryHistory = { rateLimited: 0, other: 0 };
  let reauthorized = false;
  for (;;) {
    try {
      return await attempt(history.rateLimited + history.other);
    } catch (error) {
      if (!reauthorized && error instanceof UnauthorizedError && error.status === 401) {
        // Once per request: a token refreshed just now that still gets 401 is not refreshed again.
        reauthorized = true;
        if (await hooks.reauthorize()) continue;
        throw error;
      }
      const decision = error instanceof WebexError ? decideRetry(error, history, hooks.settings) : undefined;
      if (!decision) throw error;
      history[decision.budget]++;
      if (decision.pauseClient) hooks.pauseClient(decision.delayMs);
      else await hooks.wait(decision.delayMs);
    }
  }
}

/** How to retry after `error`, or undefined to give up with it. */
export function decideRetry(error: WebexError, history: RetryHistory, settings: RetrySettings, random: () => number = Math.random): RetryDecision | undefined {
  if (!isRetryable(error)) return undefined;
  // 423 Locked is about one resource, not the token's rate: it shares the budget of server errors.
  const rateLimited = error.status === 429;
  const budget = rateLimited ? 'rateLimited' : 'other';
  if (history[budget] >= (rateLimited ? settings.maxRateLimitRetries : settings.maxRetries)) return undefined;
  const askedSeconds = retryAfterOf(error);
  let delayMs: number;
  if (askedSeconds !== undefined) {
    // Past the cap the caller is better served by an error saying when to come back than by a long wait.
    if (askedSeconds > settings.maxRetryAfterSeconds) return undefined;
    delayMs = secondsToMs(askedSeconds);
  } else {
    delayMs = rateLimited ? settings.rateLimitDefaultWaitMs : backoffMs(history.other, settings.retryBaseDelayMs, random);
  }
  return { delayMs, budget, pauseClient: rateLimited };
}

/**
 * Seconds a `Retry-After` value asks for, or undefined when it is absent or unreadable:
 * - delta-seconds, fractions included (`1.5`), as given;
 * - an HTTP date: the time until then, 0 when it has passed;
 * - a negative number is malformed and read as absent, so the default wait applies (5 s on a 429,
 *   backoff on a 5xx) rather than an immediate retry straight back into the limit.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) {
    const seconds = Number(text);
    return Number.isFinite(seconds) ? seconds : undefined;
  }
  // An HTTP date starts with a day name (IMF-fixdate, RFC 850 and asctime forms alike); checking that
  // keeps Date.parse from reading other junk: it takes "-1" and "soon 5" for dates in 2001.
  if (!/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - nowMs) / 1000);
}

/** Whole milliseconds, rounded up, without floating-point noise (1.1 s is 1100 ms, not 1101). */
export function secondsToMs(seconds: number): number {
  return Math.ceil(Math.round(seconds * 1_000_000) / 1000);
}

/** Exponential backoff with jitter, so clients that failed together do not retry together. */
function backoffMs(retries: number, baseDelayMs: number, random: () => number): number {
  return baseDelayMs * 2 ** retries * (0.5 + random() / 2);
}

function retryAfterOf(error: WebexError): number | undefined {
  return error instanceof RateLimitedError || error instanceof ServerError ? error.retryAfterSeconds : undefined;
}

function isRetryable(error: WebexError): boolean {
  if (error instanceof NetworkError) return error.code !== undefined && RETRY_NETWORK_CODES.has(error.code);
  return error.status !== undefined && RETRY_STATUSES.has(error.status);
}
