// The Webex API client: a façade that wires one logical GET out of its parts. Identical GETs in
// flight are shared (concurrency.ts), each attempt waits for a slot under the concurrency cap and for
// any 429 pause (rateLimitGate.ts), failures are retried as retryPolicy.ts says, the exchange and
// its same-origin redirects are in transport.ts and redirects.ts, responses are judged in
// responses.ts, and lists are walked page by page in pagination.ts. It imports nothing from
// 'vscode' so it runs (and is tested) in plain Node.
//
// The token only ever goes to the base URL's origin: redirects and next-page links to another
// origin are refused rather than followed, and neither log entries nor errors carry it.

import { sleep } from './abortable';
import { ClientSettings, settingsFrom, validateBaseUrl, WebexClientOptions } from './clientSettings';
import { Semaphore, SingleFlight } from './concurrency';
import { AbortedError, getContext, requestPathOf, UnauthorizedError } from './errors';
import { collectPages, ListPage, PageSource, readPages, UniqueById } from './pagination';
import { RateLimitGate } from './rateLimitGate';
import { getFollowingRedirects, Route } from './redirects';
import { RequestLog } from './requestLog';
import { JsonResponse, listOf } from './responses';
import { retrying } from './retryPolicy';

export { DEFAULT_BASE_URL, DEFAULT_CLIENT_SETTINGS, FEDRAMP_BASE_URL, validateBaseUrl } from './clientSettings';
export type { WebexClientOptions } from './clientSettings';
export type { ListPage } from './pagination';
export type { RequestLogEntry } from './requestLog';

export type QueryParams = Record<string, string | number | undefined>;

export interface RequestOptions {
  query?: QueryParams;
  signal?: AbortSignal;
}

export class WebexClient {
  readonly baseUrl: string;
  private readonly settings: ClientSettings;
  private readonly route: Route;
  private readonly pageSource: PageSource;
  private readonly slots: Semaphore;
  private readonly gate = new RateLimitGate();
  private readonly flights = new SingleFlight<JsonResponse>((response) => structuredClone(response));

  constructor(private readonly options: WebexClientOptions) {
    this.baseUrl = validateBaseUrl(options.baseUrl);
    this.settings = settingsFrom(options);
    const base = new URL(this.baseUrl);
    const log = new RequestLog(options.onRequest);
    this.route = { origin: base.origin, basePath: base.pathname.replace(/\/+$/, ''), timeoutMs: this.settings.timeoutMs, log };
    this.pageSource = {
      origin: base.origin,
      maxPages: this.settings.maxPages,
      fetchPage: (url, signal) => this.fetchJson(url, signal),
      note: (url, note, errorKind) => log.note(url, note, errorKind),
    };
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
   * GET a paged list, one array per page as soon as it arrives, each marked with whether another
   * page may follow; each item once. How the next page is found is in pagination.ts (readPages).
   */
  async *pages<T>(path: string, listKey: string, options: RequestOptions = {}): AsyncIterable<ListPage<T>> {
    const first = this.urlFor(path, { max: this.settings.pageSize, ...definedOnly(options.query) });
    yield* readPages<T>(first, listKey, this.pageSource, options.signal);
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

  /** One logical GET: shared with identical GETs in flight, retried as the policy allows. */
  private fetchJson(url: URL, signal: AbortSignal | undefined): Promise<JsonResponse> {
    return this.flights.run(url.href, (flightSignal) => this.withRetries(url, flightSignal), signal, abortedFor(url));
  }

  private withRetries(url: URL, signal: AbortSignal): Promise<JsonResponse> {
    const sent: SentToken = {};
    const { onUnauthorized } = this.options;
    return retrying((retries) => this.attempt(url, signal, retries, sent), {
      settings: this.settings,
      pauseClient: (ms) => this.gate.pause(ms),
      wait: (ms) => sleep(ms, signal, abortedFor(url)),
      reauthorize: async () => sent.token !== undefined && onUnauthorized !== undefined && (await onUnauthorized(sent.token)),
    });
  }

  /** One attempt: a concurrency slot, no 429 pause in force, the token, and the exchange with any same-origin redirects. */
  private async attempt(url: URL, signal: AbortSignal, retries: number, sent: SentToken): Promise<JsonResponse> {
    const release = await this.slots.acquire(signal, abortedFor(url));
    try {
      // Inside the slot, so a pause that began while this request queued for one still holds it.
      await this.gate.pass(signal, abortedFor(url));
      const token = (await this.options.getToken())?.trim();
      if (!token) {
        this.route.log.note(url, 'not sent: no access token', 'unauthorized', retries);
        throw new UnauthorizedError(getContext(url));
      }
      sent.token = token;
      return await getFollowingRedirects(url, token, signal, retries, this.route);
    } finally {
      release();
    }
  }
}

/** The token the latest attempt of a request sent, so a 401 can say which token was refused. */
interface SentToken {
  token?: string;
}

function abortedFor(url: URL): () => AbortedError {
  return () => new AbortedError(getContext(url));
}

/** The parameters that have a value: an undefined one is left out rather than sent, or overriding a default, as "undefined". */
function definedOnly(query: QueryParams | undefined): Record<string, string | number> {
  const defined: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) defined[name] = value;
  return defined;
}
