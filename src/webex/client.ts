// The HTTP layer of the Webex API client: bearer auth, per-exchange timeout, caller aborts, retries
// (Retry-After and backoff), a concurrency cap, single flight for identical GETs, Link-header
// pagination, typed errors and a request log hook. It imports nothing from 'vscode' so it runs
// (and is tested) in plain Node.
//
// The token only ever goes to the base URL's origin: redirects and next-page links to another
// origin are refused rather than followed, and neither log entries nor errors carry it.

import * as http from 'node:http';
import * as https from 'node:https';
import type { Headers } from 'node-fetch';
import { AbortErrorFactory, Semaphore, SingleFlight, sleep } from './concurrency';
import {
  AbortedError,
  BadResponseError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  RequestError,
  requiredScopeFor,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  WebexError,
  WebexErrorContext,
  WebexErrorKind,
} from './errors';
import { collectPages, nextPageUrl, restoreMissingParams } from './pagination';

export const DEFAULT_BASE_URL = 'https://webexapis.com/v1';
export const FEDRAMP_BASE_URL = 'https://api-usgov.webex.com/v1';

/**
 * One entry per HTTP exchange: every retry and every redirect hop is its own entry, so the log shows
 * exactly what went over the wire. Entries without a `status` and with a `note` record a decision
 * taken without sending anything (e.g. a repeated next link, no token).
 */
/** One page of a list: its items, and whether another page follows. */
export type ListPage<T> = T[] & { readonly hasMore: boolean };

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
  /** Default 3. */
  maxRetries?: number;
  /** A longer Retry-After fails at once instead of waiting; default 60. */
  maxRetryAfterSeconds?: number;
  /** Guards against endless pagination; default 1000. */
  maxPages?: number;
  /** First backoff delay for 5xx and connection resets, doubled per retry, with jitter; default 250. */
  retryBaseDelayMs?: number;
  onRequest?: (entry: RequestLogEntry) => void;
}

export type QueryParams = Record<string, string | number | undefined>;

export interface RequestOptions {
  query?: QueryParams;
  signal?: AbortSignal;
}

/** A parsed 2xx answer; shared by the callers of one flight. */
interface JsonResponse {
  body: Record<string, unknown>;
  link: string | null;
  trackingId?: string;
}

/** A response read in full, before it is judged. */
interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

type Settings = Required<Omit<WebexClientOptions, 'baseUrl' | 'getToken' | 'onRequest'>>;

const DEFAULTS: Settings = {
  pageSize: 100,
  timeoutMs: 30_000,
  maxConcurrentRequests: 10,
  maxRetries: 3,
  maxRetryAfterSeconds: 60,
  maxPages: 1000,
  retryBaseDelayMs: 250,
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/** Statuses a GET is retried on; the rest of 4xx/5xx would fail the same way again. */
const RETRY_STATUSES = new Set([423, 429, 500, 502, 503, 504]);
/** The connection broke after it was made: the next attempt may well succeed. Refusals and DNS failures would not. */
const RETRY_NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);
/** Longest Webex message or description kept in an error, so a runaway body cannot flood the UI. */
const MAX_TEXT = 300;

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
  private readonly flights = new SingleFlight<JsonResponse>((response) => structuredClone(response));

  constructor(private readonly options: WebexClientOptions) {
    this.baseUrl = validateBaseUrl(options.baseUrl);
    const base = new URL(this.baseUrl);
    this.origin = base.origin;
    this.basePath = base.pathname.replace(/\/+$/, '');
    this.settings = settingsFrom(options);
    this.slots = new Semaphore(this.settings.maxConcurrentRequests);
  }

  /** GET one JSON object. */
  async get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.fetchJson(this.urlFor(path, options.query), options.signal);
    return response.body as T;
  }

  /**
   * GET a paged list, one array per page, each as soon as it arrives, marked with whether another
   * page follows (so a view can say "100+" and offer "Load more" without reading ahead). Entries
   * that are not objects (Webex sometimes sends `null`) are dropped. Stops on an empty page or a
   * next link seen before.
   */
  async *pages<T>(path: string, listKey: string, options: RequestOptions = {}): AsyncIterable<ListPage<T>> {
    const first = this.urlFor(path, { max: this.settings.pageSize, ...definedOnly(options.query) });
    const seen = new Set<string>();
    let url: URL | undefined = first;
    while (url) {
      if (seen.size >= this.settings.maxPages) {
        throw new BadResponseError(
          errorContext(url),
          `the list "${listKey}" went on for more than ${this.settings.maxPages} pages, so reading stopped`,
        );
      }
      seen.add(url.href);
      const response = await this.fetchJson(url, options.signal);
      const items = listOf<T>(response, listKey, url);
      if (items.length === 0) {
        // An empty page ends the list even with a next link: it guards against endless empty pages.
        if (response.link) this.log({ method: 'GET', url: pathOf(url), ms: 0, retries: 0, note: 'pagination stopped: empty page' });
        return;
      }
      // The next link is judged before the page is handed out, so the page can say whether more
      // follow; a refused link still lets this page through and fails on the next read.
      let next: URL | undefined;
      let refusal: unknown;
      try {
        next = this.nextUrl(response, url, first.searchParams, seen);
      } catch (error) {
        refusal = error;
      }
      yield Object.assign(items, { hasMore: next !== undefined || refusal !== undefined });
      if (refusal !== undefined) throw refusal;
      url = next;
    }
  }

  /** Every item of a paged list. */
  all<T>(path: string, listKey: string, options: RequestOptions = {}): Promise<T[]> {
    return collectPages(this.pages<T>(path, listKey, options));
  }

  /** The path and query `get(path, {query})` requests, relative to the origin (as in errors and log entries). */
  requestPath(path: string, query?: QueryParams): string {
    return pathOf(this.urlFor(path, query));
  }

  private urlFor(path: string, query: QueryParams | undefined): URL {
    const url = new URL(this.baseUrl + (path.startsWith('/') ? path : `/${path}`));
    for (const [name, value] of Object.entries(definedOnly(query))) url.searchParams.set(name, String(value));
    return url;
  }

  private nextUrl(response: JsonResponse, pageUrl: URL, firstParams: URLSearchParams, seen: Set<string>): URL | undefined {
    let next: URL | undefined;
    try {
      next = nextPageUrl(response.link, pageUrl.href);
    } catch {
      throw new BadResponseError(errorContext(pageUrl, response.trackingId), 'the next-page link is not a valid URL');
    }
    if (!next) return undefined;
    if (next.origin !== this.origin) {
      this.log({ method: 'GET', url: pathOf(pageUrl), ms: 0, retries: 0, errorKind: 'badResponse', note: `next-page link to ${next.host} refused` });
      throw new BadResponseError(
        errorContext(pageUrl, response.trackingId),
        `the next-page link points to another host (${next.host}), so it was not followed`,
      );
    }
    const restored = restoreMissingParams(next, firstParams);
    if (seen.has(restored.href)) {
      this.log({ method: 'GET', url: pathOf(restored), ms: 0, retries: 0, note: 'pagination stopped: next link repeated' });
      return undefined;
    }
    return restored;
  }

  /** One logical GET: shared with identical GETs in flight, retried as the policy allows. */
  private fetchJson(url: URL, signal: AbortSignal | undefined): Promise<JsonResponse> {
    return this.flights.run(url.href, (flightSignal) => this.withRetries(url, flightSignal), signal, abortedFor(url));
  }

  private async withRetries(url: URL, signal: AbortSignal): Promise<JsonResponse> {
    for (let retries = 0; ; retries++) {
      try {
        return await this.attempt(url, signal, retries);
      } catch (error) {
        const delayMs = error instanceof WebexError ? this.retryDelayMs(error, retries) : undefined;
        if (delayMs === undefined) throw error;
        // Waiting holds no concurrency slot: the slot is taken per attempt.
        await sleep(delayMs, signal, abortedFor(url));
      }
    }
  }

  /** Milliseconds to wait before retrying, or undefined to give up with this error. */
  private retryDelayMs(error: WebexError, retries: number): number | undefined {
    if (retries >= this.settings.maxRetries || !isRetryable(error)) return undefined;
    const retryAfterSeconds = retryAfterOf(error);
    if (retryAfterSeconds === undefined) return this.backoffMs(retries);
    // Past the cap the caller is better served by an error saying when to come back than by a long wait.
    return retryAfterSeconds <= this.settings.maxRetryAfterSeconds ? retryAfterSeconds * 1000 : undefined;
  }

  /** Exponential backoff with jitter, so clients that failed together do not retry together. */
  private backoffMs(retries: number): number {
    return this.settings.retryBaseDelayMs * 2 ** retries * (0.5 + Math.random() / 2);
  }

  /** One attempt: a concurrency slot, the token, and the exchange with any same-origin redirects. */
  private async attempt(url: URL, signal: AbortSignal, retries: number): Promise<JsonResponse> {
    const release = await this.slots.acquire(signal, abortedFor(url));
    try {
      const token = (await this.options.getToken())?.trim();
      if (!token) {
        this.log({ method: 'GET', url: pathOf(url), ms: 0, retries, errorKind: 'unauthorized', note: 'not sent: no access token' });
        throw new UnauthorizedError(errorContext(url));
      }
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
    const raw = await this.exchange(url, token, signal);
    entry.status = raw.status;
    entry.trackingId = trackingIdOf(raw);
    const redirect = redirectTarget(raw, url);
    if (!redirect) return judge(raw, url, token, this.basePath);
    const sameOrigin = redirect.origin === this.origin;
    entry.note = `redirected to ${sameOrigin ? pathOf(redirect) : redirect.host}`;
    if (!sameOrigin) {
      // Following without the token would only earn a 401 from a host the user never configured;
      // naming the host tells them what to fix (often http→https or a regional API host).
      throw new BadResponseError(errorContext(url, entry.trackingId), `it redirected to another host (${redirect.host}), which was not contacted`);
    }
    if (hops >= MAX_REDIRECTS) {
      throw new BadResponseError(errorContext(url, entry.trackingId), `more than ${MAX_REDIRECTS} redirects`);
    }
    return redirect;
  }

  /** Runs one HTTP exchange's work and reports it to onRequest, whatever its outcome. */
  private async logged<T>(url: URL, retries: number, work: (entry: RequestLogEntry) => Promise<T>): Promise<T> {
    const entry: RequestLogEntry = { method: 'GET', url: pathOf(url), ms: 0, retries };
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

  /** Sends one GET and reads the whole body, within the timeout and the caller's abort. */
  private async exchange(url: URL, token: string, signal: AbortSignal): Promise<RawResponse> {
    const controller = new AbortController();
    const ended = { timedOut: false, truncated: false };
    const timer = setTimeout(() => {
      ended.timedOut = true;
      controller.abort();
    }, this.settings.timeoutMs);
    const forwardAbort = (): void => controller.abort();
    signal.addEventListener('abort', forwardAbort, { once: true });
    if (signal.aborted) controller.abort();
    try {
      const response = await nodeFetch()(url.href, {
        method: 'GET',
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        redirect: 'manual',
        signal: controller.signal,
        agent: truncationWatchingAgent(() => {
          ended.truncated = true;
          controller.abort();
        }),
      });
      return { status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      throw this.transportError(error, url, { ...ended, aborted: signal.aborted });
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', forwardAbort);
    }
  }

  /** Why an exchange failed without a complete response; each of our own aborts has a flag saying why it fired. */
  private transportError(error: unknown, url: URL, ended: { timedOut: boolean; truncated: boolean; aborted: boolean }): WebexError {
    const context = errorContext(url);
    if (ended.timedOut) return new TimeoutError(context, this.settings.timeoutMs);
    if (ended.aborted) return new AbortedError(context);
    if (ended.truncated) return new NetworkError(context, url.host, 'ECONNRESET');
    return new NetworkError(context, url.host, systemErrorCode(error));
  }

  private log(entry: RequestLogEntry): void {
    try {
      this.options.onRequest?.(entry);
    } catch {
      // A faulty log sink must not fail the request it describes.
    }
  }
}

/**
 * node-fetch 2 never ends the body of a response whose connection drops before Content-Length bytes
 * have arrived, so reading it would hang until the timeout instead of failing (and being retried)
 * at once. This agent hands each request to Node's shared keep-alive agent and reports a response
 * that closes incomplete.
 */
/**
 * node-fetch, loaded on the first request rather than with the extension: activation then costs
 * nothing for it (it pulls in streams and zlib).
 */
function nodeFetch(): typeof import('node-fetch').default {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  return (require('node-fetch') as typeof import('node-fetch')).default;
}

function truncationWatchingAgent(onTruncated: () => void): (url: URL) => http.Agent {
  return (url) => {
    const shared: http.Agent = url.protocol === 'https:' ? https.globalAgent : http.globalAgent;
    const sharedInternals = shared as unknown as AgentInternals;
    const watching = Object.create(shared) as http.Agent & AgentInternals;
    watching.addRequest = (request, options) => {
      request.once('response', (response: http.IncomingMessage) => {
        response.once('close', () => {
          if (!response.complete) onTruncated();
        });
      });
      sharedInternals.addRequest(request, options);
    };
    return watching;
  };
}

/** The hook Node's http.request calls on its agent; public in behaviour, absent from the typings. */
interface AgentInternals {
  addRequest(request: http.ClientRequest, options: unknown): void;
}

/** Turns a complete response into the parsed body or the matching typed error. */
function judge(raw: RawResponse, url: URL, token: string, basePath: string): JsonResponse {
  const trackingId = trackingIdOf(raw);
  if (raw.status >= 200 && raw.status < 300) {
    return { body: parseJsonObject(raw, errorContext(url, trackingId)), link: raw.headers.get('link'), trackingId };
  }
  const said = webexErrorBody(raw.text, token);
  const context: WebexErrorContext = {
    ...errorContext(url, said.trackingId ?? trackingId),
    status: raw.status,
    webexMessage: said.message,
    descriptions: said.descriptions,
  };
  return throwForStatus(raw, context, apiPathOf(url, basePath));
}

function throwForStatus(raw: RawResponse, context: WebexErrorContext, apiPath: string): never {
  const status = raw.status;
  if (status === 401) throw new UnauthorizedError(context);
  if (status === 403) throw new ForbiddenError(context, requiredScopeFor(apiPath));
  if (status === 404 || status === 410) throw new NotFoundError(context);
  if (status === 429 || status === 423) throw new RateLimitedError(context, retryAfterSeconds(raw.headers));
  if (status >= 500) throw new ServerError(context, retryAfterSeconds(raw.headers));
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

function listOf<T>(response: JsonResponse, listKey: string, url: URL): T[] {
  const list = response.body[listKey];
  if (!Array.isArray(list)) {
    throw new BadResponseError(errorContext(url, response.trackingId), `the list "${listKey}" is missing or not a list`);
  }
  return list.filter(isObject) as T[];
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
    trackingId: isString(value.trackingId) ? safeText(value.trackingId, token) : undefined,
  };
}

/** Shortens server text and blanks out the token, in case a server echoes the Authorization header. */
function safeText(text: string, token: string): string {
  const redacted = text.split(token).join('[redacted]');
  return redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT)}…` : redacted;
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

/** Seconds from `Retry-After` (delta-seconds or an HTTP date); undefined when absent or unreadable. */
function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function retryAfterOf(error: WebexError): number | undefined {
  return error instanceof RateLimitedError || error instanceof ServerError ? error.retryAfterSeconds : undefined;
}

function isRetryable(error: WebexError): boolean {
  if (error instanceof NetworkError) return error.code !== undefined && RETRY_NETWORK_CODES.has(error.code);
  return error.status !== undefined && RETRY_STATUSES.has(error.status);
}

function systemErrorCode(error: unknown): string | undefined {
  const code = isObject(error) ? error.code : undefined;
  return isString(code) ? code : undefined;
}

function trackingIdOf(raw: RawResponse): string | undefined {
  return raw.headers.get('trackingid') ?? undefined;
}

function errorContext(url: URL, trackingId?: string): WebexErrorContext {
  return { method: 'GET', url: pathOf(url), trackingId };
}

function abortedFor(url: URL): AbortErrorFactory {
  return () => new AbortedError(errorContext(url));
}

function pathOf(url: URL): string {
  return url.pathname + url.search;
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
  const settings = { ...DEFAULTS };
  for (const name of Object.keys(DEFAULTS) as Array<keyof Settings>) {
    const value = options[name];
    if (value === undefined) continue;
    const zeroAllowed = name === 'maxRetries' || name === 'maxRetryAfterSeconds' || name === 'retryBaseDelayMs';
    if (!Number.isFinite(value) || value < (zeroAllowed ? 0 : 1)) {
      throw new RangeError(`WebexClient option ${name} must be a number ≥ ${zeroAllowed ? 0 : 1}, got ${value}`);
    }
    settings[name] = value;
  }
  return settings;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
