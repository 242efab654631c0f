// The Webex API client: bearer auth, retries (see retryPolicy.ts) with a client-wide pause on 429
// (rateLimitGate.ts), a concurrency cap, single flight for identical GETs, paged lists (Link header,
// offset fallback, one copy of each item), same-origin redirects and a request log hook. The HTTP
// exchange itself is in transport.ts, the judging of a response in responses.ts. It imports nothing
// from 'vscode' so it runs (and is tested) in plain Node.
//
// The token only ever goes to the base URL's origin: redirects and next-page links to another
// origin are refused rather than followed, and neither log entries nor errors carry it.

import { Semaphore, SingleFlight, sleep } from './concurrency';
import {
  AbortedError,
  BadResponseError,
  getContext,
  NotFoundError,
  requestPathOf,
  UnauthorizedError,
  WebexError,
  WebexErrorKind,
} from './errors';
import { nextPageUrl } from './linkHeader';
import { collectPages, offsetNextUrl, restoreMissingParams, UniqueById } from './pagination';
import { RateLimitGate } from './rateLimitGate';
import { JsonResponse, judge, listOf, trackingIdOf } from './responses';
import { decideRetry, DEFAULT_RETRY_SETTINGS, RetryHistory } from './retryPolicy';
import { exchange, RawResponse } from './transport';

export const DEFAULT_BASE_URL = 'https://webexapis.com/v1';
export const FEDRAMP_BASE_URL = 'https://api-usgov.webex.com/v1';

/** One page of a list: its items, and whether another page may follow. */
export type ListPage<T> = T[] & { readonly hasMore: boolean };

/**
 * One entry per HTTP exchange: every retry and every redirect hop is its own entry, so the log shows
 * exactly what went over the wire. Entries without a `status` and with a `note` record a decision
 * taken without sending anything (e.g. a repeated next link, no token).
 */
export interface RequestLogEntry {
  method: string;
  /** Path and query relative to the origin, e.g. `/v1/telephony/config/huntGroups?max=100`. */
  url: string;
  status?: number;
  ms: number;
  trackingId?: string;
  /** How many attempts of the same logical request came before this one. */
  retries: number;
  errorKind?: WebexErrorKind;
  note?: string;
}

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
  onRequest?: (entry: RequestLogEntry) => void;
  /**
   * Webex answered 401 to `rejectedToken`: resolve true to send the request once more (with the
   * token getToken gives then), e.g. after an OAuth refresh. Without it a 401 fails at once.
   */
  onUnauthorized?: (rejectedToken: string) => Promise<boolean>;
}

export type QueryParams = Record<string, string | number | undefined>;

export interface RequestOptions {
  query?: QueryParams;
  signal?: AbortSignal;
}

type Settings = Required<Omit<WebexClientOptions, 'baseUrl' | 'getToken' | 'onRequest' | 'onUnauthorized'>>;

export const DEFAULT_CLIENT_SETTINGS: Readonly<Settings> = {
  ...DEFAULT_RETRY_SETTINGS,
  pageSize: 100,
  timeoutMs: 30_000,
  maxConcurrentRequests: 10,
  maxPages: 1000,
};

/** Options that may be 0: no retries, no wait. */
const ZERO_ALLOWED = new Set<keyof Settings>(['maxRetries', 'maxRateLimitRetries', 'maxRetryAfterSeconds', 'retryBaseDelayMs', 'rateLimitDefaultWaitMs']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

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

export class WebexClient {
  readonly baseUrl: string;
  private readonly origin: string;
  private readonly basePath: string;
  private readonly settings: Settings;
  private readonly slots: Semaphore;
  private readonly gate = new RateLimitGate();
  private readonly flights = new SingleFlight<JsonResponse>((response) => structuredClone(response));

  constructor(private readonly options: WebexClientOptions) {
    this.baseUrl = validateBaseUrl(options.baseUrl);
    const base = new URL(this.baseUrl);
    this.origin = base.origin;
    this.basePath = base.pathname.replace(/\/+$/, '');
    this.settings = settingsFrom(options);
    this.slots = new Semaphore(this.settings.maxConcurrentRequests);
  }

  /** When the pause a 429 started ends (epoch ms); in the past when no pause is in force. */
  get rateLimitedUntil(): number {
    return this.gate.pausedUntil;
  }

  /** GET one JSON object. */
  async get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.fetchJson(this.urlFor(path, options.query), options.signal);
    return response.body as T;
  }

  /**
   * GET a paged list, one array per page, each as soon as it arrives, marked with whether another
   * page may follow (so a view can say "100+" and offer "Load more" without reading ahead).
   *
   * The next page is the `Link: rel="next"` target; a full page (as many entries as the `max` sent)
   * without one is followed by offset (`start` moved on by `max`, see offsetNextUrl), where a 404
   * ends the list. A list also ends at a short or empty page, and at a next link seen before.
   * Entries that are not objects (Webex sometimes sends `null`) are dropped, and an item whose `id`
   * came before in this listing is not repeated.
   */
  async *pages<T>(path: string, listKey: string, options: RequestOptions = {}): AsyncIterable<ListPage<T>> {
    const first = this.urlFor(path, { max: this.settings.pageSize, ...definedOnly(options.query) });
    const seen = new Set<string>();
    const unique = new UniqueById<T>();
    let url: URL | undefined = first;
    let byOffset = false;
    // Once a page has carried a Link header the list is paged by links, and a page without a next
    // link is its last: the offset fallback is for lists that never send one.
    let linked = false;
    while (url) {
      if (seen.size >= this.settings.maxPages) {
        throw new BadResponseError(
          getContext(url),
          `the list "${listKey}" went on for more than ${this.settings.maxPages} pages, so reading stopped`,
        );
      }
      seen.add(url.href);
      const response = await this.pageOrEnd(url, byOffset, options.signal);
      if (!response) return;
      const { items, sent } = listOf<T>(response, listKey, url);
      if (items.length === 0) {
        // An empty page ends the list even with a next link: it guards against endless empty pages.
        if (response.link) this.note(url, 'pagination stopped: empty page');
        return;
      }
      // The next page is judged before this one is handed out, so the page can say whether more
      // may follow; a refused link still lets this page through and fails on the next read.
      let next: URL | undefined;
      let refusal: unknown;
      try {
        next = this.nextUrl(response, url, first.searchParams, seen);
      } catch (error) {
        refusal = error;
      }
      linked ||= response.link !== null;
      byOffset = false;
      if (next === undefined && refusal === undefined && !linked) {
        next = this.offsetUrl(url, sent, seen);
        byOffset = next !== undefined;
      }
      const fresh = unique.keepNew(items);
      // A page of nothing but repeats is not handed out; the listing goes on past it.
      if (fresh.length > 0) yield Object.assign(fresh, { hasMore: next !== undefined || refusal !== undefined });
      if (refusal !== undefined) throw refusal;
      url = next;
    }
  }

  /** Every item of a paged list. */
  all<T>(path: string, listKey: string, options: RequestOptions = {}): Promise<T[]> {
    return collectPages(this.pages<T>(path, listKey, options));
  }

  /** A list that is not paged (e.g. `/organizations`): one GET, no `max`, no next page; each `id` once. */
  async unpagedList<T>(path: string, listKey: string, options: RequestOptions = {}): Promise<T[]> {
    const url = this.urlFor(path, options.query);
    const response = await this.fetchJson(url, options.signal);
    return new UniqueById<T>().keepNew(listOf<T>(response, listKey, url).items);
  }

  /** The path and query `get(path, {query})` requests, relative to the origin (as in errors and log entries). */
  requestPath(path: string, query?: QueryParams): string {
    return requestPathOf(this.urlFor(path, query));
  }

  private urlFor(path: string, query: QueryParams | undefined): URL {
    const url = new URL(this.baseUrl + (path.startsWith('/') ? path : `/${path}`));
    for (const [name, value] of Object.entries(definedOnly(query))) url.searchParams.set(name, String(value));
    return url;
  }

  /** A page's response, or undefined when a page asked for by offset is not there (404): the list ended. */
  private async pageOrEnd(url: URL, byOffset: boolean, signal: AbortSignal | undefined): Promise<JsonResponse | undefined> {
    try {
      return await this.fetchJson(url, signal);
    } catch (error) {
      if (!byOffset || !(error instanceof NotFoundError) || error.status !== 404) throw error;
      this.note(url, 'pagination stopped: 404 past the end of the list');
      return undefined;
    }
  }

  private nextUrl(response: JsonResponse, pageUrl: URL, firstParams: URLSearchParams, seen: Set<string>): URL | undefined {
    let next: URL | undefined;
    try {
      next = nextPageUrl(response.link, pageUrl.href);
    } catch {
      throw new BadResponseError(getContext(pageUrl, response.trackingId), 'the next-page link is not a valid URL');
    }
    if (!next) return undefined;
    if (next.origin !== this.origin) {
      this.log({ method: 'GET', url: requestPathOf(pageUrl), ms: 0, retries: 0, errorKind: 'badResponse', note: `next-page link to ${next.host} refused` });
      throw new BadResponseError(
        getContext(pageUrl, response.trackingId),
        `the next-page link points to another host (${next.host}), so it was not followed`,
      );
    }
    const restored = restoreMissingParams(next, firstParams);
    if (seen.has(restored.href)) {
      this.note(restored, 'pagination stopped: next link repeated');
      return undefined;
    }
    return restored;
  }

  /** The next page by offset after a page without a Link header; undefined after a short page. */
  private offsetUrl(pageUrl: URL, sent: number, seen: Set<string>): URL | undefined {
    const next = offsetNextUrl(pageUrl, sent);
    if (!next || !seen.has(next.href)) return next;
    this.note(next, 'pagination stopped: offset page repeated');
    return undefined;
  }

  /** One logical GET: shared with identical GETs in flight, retried as the policy allows. */
  private fetchJson(url: URL, signal: AbortSignal | undefined): Promise<JsonResponse> {
    return this.flights.run(url.href, (flightSignal) => this.withRetries(url, flightSignal), signal, abortedFor(url));
  }

  private async withRetries(url: URL, signal: AbortSignal): Promise<JsonResponse> {
    const history: RetryHistory = { rateLimited: 0, other: 0 };
    const sent: SentToken = {};
    let reauthorized = false;
    for (;;) {
      try {
        return await this.attempt(url, signal, history.rateLimited + history.other, sent);
      } catch (error) {
        if (!reauthorized && error instanceof UnauthorizedError && error.status === 401 && sent.token && this.options.onUnauthorized) {
          // Once per request: a token refreshed just now that still gets 401 is not refreshed again.
          reauthorized = true;
          if (await this.options.onUnauthorized(sent.token)) continue;
          throw error;
        }
        const decision = error instanceof WebexError ? decideRetry(error, history, this.settings) : undefined;
        if (!decision) throw error;
        history[decision.budget]++;
        // A 429 holds every request of this client at the gate (this one included, on its next
        // attempt); other waits hold only this request, and no concurrency slot.
        if (decision.pauseClient) this.gate.pause(decision.delayMs);
        else await sleep(decision.delayMs, signal, abortedFor(url));
      }
    }
  }

  /** One attempt: a concurrency slot, no 429 pause in force, the token, and the exchange with any same-origin redirects. */
  private async attempt(url: URL, signal: AbortSignal, retries: number, sent: SentToken): Promise<JsonResponse> {
    const release = await this.slots.acquire(signal, abortedFor(url));
    try {
      // Inside the slot, so a pause that began while this request queued for one still holds it.
      await this.gate.pass(signal, abortedFor(url));
      const token = (await this.options.getToken())?.trim();
      if (!token) {
        this.log({ method: 'GET', url: requestPathOf(url), ms: 0, retries, errorKind: 'unauthorized', note: 'not sent: no access token' });
        throw new UnauthorizedError(getContext(url));
      }
      sent.token = token;
      return await this.followRedirects(url, token, signal, retries);
    } finally {
      release();
    }
  }

  private async followRedirects(url: URL, token: string, signal: AbortSignal, retries: number): Promise<JsonResponse> {
    let target = url;
    for (let hops = 0; ; hops++) {
      const step = await this.logged(target, retries, (entry) => this.step(target, token, signal, hops, entry));
      if (!(step instanceof URL)) return step;
      target = step;
    }
  }

  /** One exchange, judged: the parsed answer, or the URL a same-origin redirect leads to. */
  private async step(url: URL, token: string, signal: AbortSignal, hops: number, entry: RequestLogEntry): Promise<JsonResponse | URL> {
    const raw = await exchange(url, token, signal, this.settings.timeoutMs);
    entry.status = raw.status;
    entry.trackingId = trackingIdOf(raw, token);
    const redirect = redirectTarget(raw, url);
    if (!redirect) return judge(raw, url, token, apiPathOf(url, this.basePath));
    const sameOrigin = redirect.origin === this.origin;
    entry.note = `redirected to ${sameOrigin ? requestPathOf(redirect) : redirect.host}`;
    if (!sameOrigin) {
      // Following without the token would only earn a 401 from a host the user never configured;
      // naming the host tells them what to fix (often http→https or a regional API host).
      throw new BadResponseError(getContext(url, entry.trackingId), `it redirected to another host (${redirect.host}), which was not contacted`);
    }
    if (hops >= MAX_REDIRECTS) {
      throw new BadResponseError(getContext(url, entry.trackingId), `more than ${MAX_REDIRECTS} redirects`);
    }
    return redirect;
  }

  /** Runs one HTTP exchange's work and reports it to onRequest, whatever its outcome. */
  private async logged<T>(url: URL, retries: number, work: (entry: RequestLogEntry) => Promise<T>): Promise<T> {
    const entry: RequestLogEntry = { method: 'GET', url: requestPathOf(url), ms: 0, retries };
    const started = Date.now();
    try {
      return await work(entry);
    } catch (error) {
      if (error instanceof WebexError) entry.errorKind = error.kind;
      throw error;
    } finally {
      entry.ms = Date.now() - started;
      this.log(entry);
    }
  }

  /** Logs a decision taken without sending anything. */
  private note(url: URL, note: string): void {
    this.log({ method: 'GET', url: requestPathOf(url), ms: 0, retries: 0, note });
  }

  private log(entry: RequestLogEntry): void {
    try {
      this.options.onRequest?.(entry);
    } catch {
      // A faulty log sink must not fail the request it describes.
    }
  }
}

/** The token an attempt sent, so a 401 can say which token was refused. */
interface SentToken {
  token?: string;
}

function redirectTarget(raw: RawResponse, from: URL): URL | undefined {
  if (!REDIRECT_STATUSES.has(raw.status)) return undefined;
  const location = raw.headers.get('location');
  if (!location) return undefined;
  try {
    return new URL(location, from);
  } catch {
    return undefined;
  }
}

function abortedFor(url: URL): () => AbortedError {
  return () => new AbortedError(getContext(url));
}

/** The path below the base URL, e.g. `/people/me` for `/v1/people/me`: what scopes are keyed by. */
function apiPathOf(url: URL, basePath: string): string {
  return url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname;
}

function definedOnly(query: QueryParams | undefined): Record<string, string | number> {
  const defined: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) defined[name] = value;
  return defined;
}

function settingsFrom(options: WebexClientOptions): Settings {
  const settings = { ...DEFAULT_CLIENT_SETTINGS };
  for (const name of Object.keys(DEFAULT_CLIENT_SETTINGS) as Array<keyof Settings>) {
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
