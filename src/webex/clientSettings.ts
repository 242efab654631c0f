// What a WebexClient is configured with: the base URL (checked, so the token never crosses a network
// in clear), the token source, the log hook, and the limits, each with its default and lower bound.

import type { RequestLogEntry } from './requestLog';
import { DEFAULT_RETRY_SETTINGS } from './retryPolicy';

export const DEFAULT_BASE_URL = 'https://webexapis.com/v1';
export const FEDRAMP_BASE_URL = 'https://api-usgov.webex.com/v1';

export interface WebexClientOptions {
  /** Default {@link DEFAULT_BASE_URL}; FedRAMP {@link FEDRAMP_BASE_URL}. Checked by {@link validateBaseUrl}. */
  baseUrl: string;
  /** Called for every attempt, so a new token takes effect at once. */
  getToken: () => string | undefined | Promise<string | undefined>;
  /** `max` sent on list calls; default 100. */
  pageSize?: number;
  /** Per HTTP exchange, body included; default 30000. */
  timeoutMs?: number;
  /** Shared by every call of this client; default 10. */
  maxConcurrentRequests?: number;
  /** Retries after 5xx, 423 and dropped connections; default 3. */
  maxRetries?: number;
  /** Retries after 429, counted apart; default 10 (see retryPolicy.ts for why). */
  maxRateLimitRetries?: number;
  /** A longer Retry-After fails at once instead of waiting; default 60. */
  maxRetryAfterSeconds?: number;
  /** Guards against endless pagination; default 1000. */
  maxPages?: number;
  /** First backoff delay for 5xx and connection resets, doubled per retry, with jitter; default 250. */
  retryBaseDelayMs?: number;
  /** How long a 429 without Retry-After pauses the client; default 5000. */
  rateLimitDefaultWaitMs?: number;
  /** The request log hook: one entry per HTTP exchange and per decision taken without sending; a hook that throws is ignored. */
  onRequest?: (entry: RequestLogEntry) => void;
  /**
   * Webex answered 401 to `rejectedToken`: resolve true to send the request once more (with the
   * token getToken gives then), e.g. after an OAuth refresh. Without it a 401 fails at once.
   */
  onUnauthorized?: (rejectedToken: string) => Promise<boolean>;
}

/** Every limit of the client, defaults filled in. */
export type ClientSettings = Required<Omit<WebexClientOptions, 'baseUrl' | 'getToken' | 'onRequest' | 'onUnauthorized'>>;

export const DEFAULT_CLIENT_SETTINGS: Readonly<ClientSettings> = {
  ...DEFAULT_RETRY_SETTINGS,
  pageSize: 100,
  timeoutMs: 30_000,
  maxConcurrentRequests: 10,
  maxPages: 1000,
};

/** Options that may be 0: no retries, no wait. */
const ZERO_ALLOWED = new Set<keyof ClientSettings>(['maxRetries', 'maxRateLimitRetries', 'maxRetryAfterSeconds', 'retryBaseDelayMs', 'rateLimitDefaultWaitMs']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Returns the base URL without a trailing slash, or throws an Error saying what is wrong. Plain http
 * is allowed only on loopback (the sample organization), so the token never crosses a network in clear.
 */
export function validateBaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new Error('The Webex API base URL is not a valid URL (expected e.g. https://webexapis.com/v1).');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`The Webex API base URL must start with https:// (got ${parsed.protocol}).`);
  }
  if (parsed.protocol === 'http:' && !LOOPBACK_HOSTS.has(parsed.hostname)) {
    throw new Error(`The Webex API base URL must use https:// (plain http is allowed only for 127.0.0.1, ::1 and localhost, got ${parsed.host}).`);
  }
  if (parsed.username || parsed.password) {
    throw new Error('The Webex API base URL must not contain a user name or password.');
  }
  if (parsed.search || parsed.hash) {
    throw new Error('The Webex API base URL must not contain a query (?) or fragment (#).');
  }
  return parsed.href.replace(/\/+$/, '');
}

/** The limits `options` set, defaults for the rest; throws a RangeError naming an option out of range. */
export function settingsFrom(options: WebexClientOptions): ClientSettings {
  const settings = { ...DEFAULT_CLIENT_SETTINGS };
  for (const name of Object.keys(DEFAULT_CLIENT_SETTINGS) as Array<keyof ClientSettings>) {
    const value = options[name];
    if (value === undefined) continue;
    const least = ZERO_ALLOWED.has(name) ? 0 : 1;
    if (!Number.isFinite(value) || value < least) {
      throw new RangeError(`WebexClient option ${name} must be a number ≥ ${least}, got ${value}`);
    }
    settings[name] = value;
  }
  return settings;
}
