// The sample organization as a Webex-compatible HTTP API on 127.0.0.1. It answers the endpoints
// this extension reads with Webex's shapes, paging, errors and headers, and lets tests and the
// benchmark turn knobs (latency, page size, rate limit, faults, 403s, token expiry, renames) to
// reproduce what real Webex does. node:http only, and nothing from 'vscode': it also runs in
// plain Node (unit tests, benchmark) and inside the extension ("Explore Sample Organization").

import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallPickupDetails, HuntGroupDetails, HuntGroupListItem, Location, Person } from '../webex/types';
import type {
  Fault,
  FaultKind,
  OAuthStats,
  PagingMode,
  PathMatcher,
  RateLimit,
  RequestRecord,
  RequestStats,
  SampleServerOptions,
  TokenLifetimes,
} from './control';
import { generateSampleOrgs, makeHostile, type SampleLocationData, type SampleOrg } from './data';
import { checkGzipBombSize, gzipBombBody } from './gzipBomb';
import { callPickupIdForName } from './ids';
import { DEFAULT_ACCESS_TOKEN_LIFETIME_SECONDS, DEFAULT_OAUTH_CLIENT, DEFAULT_REFRESH_TOKEN_LIFETIME_SECONDS, SampleOAuth, signInAdminsOf, type SignInAdmin } from './oauth';
import { isOAuthPath, redactSecretParameters, serveOAuth } from './oauthRoutes';
import { LIST_SPECS, largestMaxOf, pageOf, PagingSettings, type ListPage, type ListPath } from './paging';
import { SlidingWindowLimiter } from './rateLimiter';
import { RequestStatsRecorder } from './requestStats';

export { HOSTILE_COMMAND_LINK_NAME, HOSTILE_STRINGS } from './data';
export type { SampleLocationData, SampleOrg } from './data';
export type { Fault, FaultKind, OAuthStats, PagingMode, PathMatcher, RateLimit, RequestRecord, RequestStats, SampleOAuthClient, SampleOrgSize, SampleServerOptions, TokenLifetimes } from './control';
export { pkceS256Challenge, SAMPLE_OAUTH_CLIENT_ID, SAMPLE_OAUTH_CLIENT_SECRET, type SignInAdmin, type SignInAdminKey } from './oauth';
export { LIST_PATHS, type ListPath } from './paging';

export const SAMPLE_TOKEN = 'sample-org-token';

export interface SampleServer {
  /** `http://127.0.0.1:PORT/v1`, the API base URL to configure a client with. */
  readonly baseUrl: string;
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** The home org's data, as served (hostile strings included in hostile mode). */
  readonly org: SampleOrg;
  /** Every org the partner admin can see, by orgId; the home org first. */
  readonly orgs: Map<string, SampleOrg>;
  /** Counters since the last resetStats() and the most recent requests (see RequestStats.log). */
  stats(): RequestStats;
  /** Zeroes the counters and empties the log. */
  resetStats(): void;
  setLatency(ms: number): void;
  setMaxPageSize(n: number): void;
  /** Undefined turns rate limiting off. */
  setRateLimit(limit?: RateLimit): void;
  /**
   * How lists page from now on: the list at `path` (after `/v1`, e.g. '/telephony/config/huntGroups';
   * the per-location call pickup list is '/telephony/config/callPickups'), or every list when
   * `path` is omitted. A path the server pages no list at throws.
   */
  setPaging(mode: PagingMode, path?: string): void;
  addFault(fault: Fault): void;
  clearFaults(): void;
  /** Answers 403 with Webex's error body on matching paths (a token lacking a scope). */
  forbid(path: PathMatcher): void;
  clearForbidden(): void;
  /** After `requests` more authorized requests every token gets 401, as an expired token does. setTokens() revives. */
  expireTokensAfter(requests: number): void;
  setTokens(tokens: string[]): void;
  /** Renames a call pickup and returns its new ID; the old ID then 404s, as in Webex. */
  renameCallPickup(locationId: string, callPickupId: string, newName: string): string;
  deleteHuntGroup(locationId: string, huntGroupId: string): void;
  /** Who the consent page of `/authorize` lets sign in: the home org's admin, then a partner admin. */
  readonly signInAdmins: readonly SignInAdmin[];
  /** Lifetimes of the access and refresh tokens issued from now on (`/access_token`). */
  setTokenLifetimes(lifetimes: TokenLifetimes): void;
  /** Every refresh token issued so far is refused from now on (400 invalid_grant). */
  revokeRefreshTokens(): void;
  oauthStats(): OAuthStats;
  /** Stops listening and ends every open connection, hung requests included. */
  close(): Promise<void>;
}

const API_PREFIX = '/v1';
const DEFAULT_PAGE_SIZE_LIMIT = 100;

/** Webex's wording for the common errors, so clients and screenshots see realistic messages. */
const ERROR_MESSAGES: Record<number, string> = {
  400: 'The request was invalid or cannot be otherwise served.',
  401: 'The request requires a valid access token set in the Authorization request header.',
  403: 'The server understood the request, but refused to fulfill it because the access token is missing required scopes or the user is missing required roles or licenses.',
  404: 'The requested resource could not be found.',
  405: 'The request was made to a resource using an HTTP request method that is not supported.',
  421: "The request's Host header does not name this server.",
  423: 'The requested resource is temporarily unavailable.',
  429: 'Too many requests have been sent in a given amount of time and the request has been rate limited.',
  500: 'Something went wrong on the server.',
  502: 'The server received an invalid response from an upstream server while processing the request.',
  503: 'Server is overloaded with requests. Try again later.',
  504: 'An upstream server failed to respond on time.',
};

function messageForStatus(status: number): string {
  return ERROR_MESSAGES[status] ?? http.STATUS_CODES[status] ?? 'Error';
}

/** What a route produced, before faults and headers are applied. */
interface ApiResult {
  status: number;
  body?: unknown;
  /** Present for errors; turned into Webex's error body once the tracking ID is known. */
  errorMessage?: string;
  list?: ListPage;
  headers?: Record<string, string>;
}

class RequestError extends Error {
  constructor(readonly status: number, message?: string) {
    super(message ?? messageForStatus(status));
  }
}

function notFound(what?: string): RequestError {
  return new RequestError(404, what ? `${what} not found.` : undefined);
}

/** Parses a non-negative integer query parameter; undefined when absent. */
function integerParam(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RequestError(400, `Invalid value for '${name}': '${raw}'. Expected an integer from ${min} to ${max}.`);
  }
  return value;
}

function containsIgnoringCase(text: unknown, needle: string): boolean {
  return typeof text === 'string' && text.toLowerCase().includes(needle.toLowerCase());
}

/** Drops undefined values so payloads only carry the keys that have values, as Webex's do. */
function compact<T extends Record<string, unknown>>(object: T): T {
  for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
  return object;
}

function matchesPath(matcher: PathMatcher, pathAfterPrefix: string, pathAndQueryAfterPrefix: string, urlAsReceived: string): boolean {
  if (typeof matcher === 'string') return pathAfterPrefix.startsWith(matcher);
  matcher.lastIndex = 0;
  if (matcher.test(pathAndQueryAfterPrefix)) return true;
  matcher.lastIndex = 0;
  return matcher.test(urlAsReceived);
}

// -------------------------------------------------------------------------------------------------
// The API: routes over the orgs' data, independent of HTTP plumbing and knobs

class SampleApi {
  constructor(
    readonly orgs: Map<string, SampleOrg>,
    readonly homeOrg: SampleOrg,
    private readonly pageSizeLimit: () => number,
    private readonly paging: PagingSettings,
  ) {}

  /** `me`: the admin the request's token signs in as. */
  handle(path: string, query: URLSearchParams, me: Person): ApiResult {
    const org = this.orgFor(query);
    const segments = path.split('/').slice(1).map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        throw notFound();
      }
    });
    const route = segments.join('/');

    if (route === 'people/me') return { status: 200, body: me };
    // Not paginated, per the organizations spec: always the whole list, no Link, whatever `max` says.
    if (route === 'organizations') return { status: 200, body: { items: [...this.orgs.values()].map(organizationOf) } };
    if (segments[0] === 'organizations' && segments.length === 2) {
      const target = this.orgs.get(segments[1]);
      if (!target) throw notFound('Organization');
      return { status: 200, body: organizationOf(target) };
    }
    if (route === 'locations') {
      const name = query.get('name');
      const id = query.get('id');
      const matching = org.locations.filter((data) => (name === null || containsIgnoringCase(data.location.name, name)) && (id === null || data.location.id === id));
      return this.page('/locations', matching.map((data) => locationOf(data.location)), query);
    }
    if (segments[0] === 'locations' && segments.length === 2) {
      return { status: 200, body: locationOf(this.location(org, segments[1]).location) };
    }
    if (segments[0] !== 'telephony' || segments[1] !== 'config') throw notFound();
    const rest = segments.slice(2);

    if (rest.length === 1 && rest[0] === 'huntGroups') return this.listHuntGroups(org, query);
    if (rest[0] !== 'locations') throw notFound();
    if (rest.length === 1) {
      const name = query.get('name');
      const matching = org.locations.filter((data) => name === null || containsIgnoringCase(data.location.name, name));
      return this.page('/telephony/config/locations', matching.map((data) => callingLocationListItemOf(data.location)), query);
    }
    const where = this.location(org, rest[1]);
    if (rest.length === 2) return { status: 200, body: callingLocationOf(where.location) };
    if (rest.length === 4 && rest[2] === 'huntGroups') {
      return { status: 200, body: findHuntGroup(where, rest[3]) };
    }
    if (rest.length === 3 && rest[2] === 'callPickups') {
      const name = query.get('name');
      const matching = where.callPickups.filter((pickup) => name === null || containsIgnoringCase(pickup.name, name));
      return this.page('/telephony/config/callPickups', matching.map((pickup) => callPickupListItemOf(where.location, pickup)), query);
    }
    if (rest.length === 4 && rest[2] === 'callPickups') {
      return { status: 200, body: findCallPickup(where, rest[3]) };
    }
    throw notFound();
  }

  private orgFor(query: URLSearchParams): SampleOrg {
    const orgId = query.get('orgId');
    if (orgId === null) return this.homeOrg;
    const org = this.orgs.get(orgId);
    if (!org) throw notFound('Organization');
    return org;
  }

  private location(org: SampleOrg, locationId: string): SampleLocationData {
    const found = org.locations.find((data) => data.location.id === locationId);
    if (!found) throw notFound('Location');
    return found;
  }

  private listHuntGroups(org: SampleOrg, query: URLSearchParams): ApiResult {
    const locationId = query.get('locationId');
    const name = query.get('name');
    const phoneNumber = query.get('phoneNumber');
    const items: HuntGroupListItem[] = [];
    for (const data of org.locations) {
      if (locationId !== null && data.location.id !== locationId) continue;
      for (const huntGroup of data.huntGroups) {
        if (name !== null && !containsIgnoringCase(huntGroup.name, name)) continue;
        if (phoneNumber !== null && !(huntGroup.phoneNumber?.includes(phoneNumber) || huntGroup.extension?.includes(phoneNumber))) continue;
        items.push(huntGroupListItemOf(data.location, huntGroup));
      }
    }
    return this.page('/telephony/config/huntGroups', items, query);
  }

  /** One page of a list in its paging mode: page size = min(max, the server's page size limit). */
  private page(listPath: ListPath, all: unknown[], query: URLSearchParams): ApiResult {
    const spec = LIST_SPECS[listPath];
    const max = integerParam(query, 'max', 1, largestMaxOf(spec)) ?? spec.defaultMax;
    const start = integerParam(query, 'start', 0, Number.MAX_SAFE_INTEGER) ?? 0;
    const page = pageOf(spec.key, all, start, Math.min(max, this.pageSizeLimit()), this.paging.modeOf(listPath));
    if (page === 'pastEnd') throw notFound();
    return { status: 200, body: { [spec.key]: page.items }, list: page };
  }
}

function findHuntGroup(where: SampleLocationData, huntGroupId: string): HuntGroupDetails {
  const found = where.huntGroups.find((huntGroup) => huntGroup.id === huntGroupId);
  if (!found) throw notFound('Hunt group');
  return found;
}

function findCallPickup(where: SampleLocationData, callPickupId: string): CallPickupDetails {
  const found = where.callPickups.find((pickup) => pickup.id === callPickupId);
  if (!found) throw notFound('Call pickup');
  return found;
}

function organizationOf(org: SampleOrg): Record<string, unknown> {
  return { id: org.orgId, displayName: org.name, created: org.created };
}

/** `GET /locations` item and `GET /locations/{id}` (the locations spec's fields). */
function locationOf(location: Location): Record<string, unknown> {
  return compact({
    id: location.id,
    name: location.name,
    orgId: location.orgId,
    address: location.address,
    timeZone: location.timeZone,
    preferredLanguage: location.preferredLanguage,
    latitude: location.latitude,
    longitude: location.longitude,
    notes: location.notes,
  });
}

/** `GET /telephony/config/locations` item, as Webex Calling lists them. */
function callingLocationListItemOf(location: Location): Record<string, unknown> {
  return compact({
    id: location.id,
    name: location.name,
    routingPrefix: location.routingPrefix,
    callingLineId: location.callingLineId,
    address: location.address,
    e911SetupRequired: location.e911SetupRequired,
  });
}

/** `GET /telephony/config/locations/{id}`. */
function callingLocationOf(location: Location): Record<string, unknown> {
  return compact({
    id: location.id,
    name: location.name,
    timeZone: location.timeZone,
    preferredLanguage: location.preferredLanguage,
    announcementLanguage: location.announcementLanguage,
    routingPrefix: location.routingPrefix,
    callingLineId: location.callingLineId,
    address: location.address,
    e911SetupRequired: location.e911SetupRequired,
  });
}

/** `ListHuntGroupObject`: what the org-wide hunt group list says about each one. */
function huntGroupListItemOf(location: Location, huntGroup: HuntGroupDetails): HuntGroupListItem {
  const routingPrefix = typeof location.routingPrefix === 'string' ? location.routingPrefix : undefined;
  return compact({
    id: huntGroup.id,
    name: huntGroup.name,
    locationName: location.name,
    locationId: location.id,
    phoneNumber: huntGroup.phoneNumber,
    extension: huntGroup.extension,
    routingPrefix,
    esn: routingPrefix !== undefined && huntGroup.extension !== undefined ? routingPrefix + huntGroup.extension : undefined,
    enabled: huntGroup.enabled ?? true,
  });
}

/** `ListCallPickupObject`, in the key order of the spec's example. */
function callPickupListItemOf(location: Location, pickup: CallPickupDetails): Record<string, unknown> {
  return { name: pickup.name, id: pickup.id, locationName: location.name, locationId: location.id };
}

// -------------------------------------------------------------------------------------------------
// HTTP plumbing and knobs

interface ActiveFault {
  matcher: PathMatcher;
  fault: FaultKind;
  remaining: number;
}

class SampleHttpServer implements SampleServer {
  readonly orgs: Map<string, SampleOrg>;
  readonly org: SampleOrg;
  private readonly api: SampleApi;
  private readonly http: http.Server;
  private originUrl = '';
  /** `host:port` values a request's Host header may carry (a DNS-rebinding guard). */
  private allowedHosts = new Set<string>();

  private tokens: Set<string>;
  private readonly oauth: SampleOAuth;
  private authorizedRequestsLeft: number | undefined;
  private latencyMs: number;
  private maxPageSize: number;
  private readonly paging: PagingSettings;
  private rateLimiter: SlidingWindowLimiter | undefined;
  private faults: ActiveFault[] = [];
  private forbidden: PathMatcher[] = [];
  private readonly gzipBombs = new Map<number, Promise<Buffer>>();

  private readonly requestStats: RequestStatsRecorder;
  private responseCounter = 0;
  private readonly trackingTag: string;

  private closed = false;
  private readonly pendingDelays = new Set<() => void>();

  constructor(options: SampleServerOptions) {
    let orgList = generateSampleOrgs(options.size);
    if (options.hostile) orgList = orgList.map(makeHostile);
    this.orgs = new Map(orgList.map((org) => [org.orgId, org]));
    this.org = orgList[0];
    this.tokens = new Set(options.tokens ?? [SAMPLE_TOKEN]);
    this.latencyMs = options.latencyMs ?? 0;
    this.maxPageSize = options.maxPageSize ?? DEFAULT_PAGE_SIZE_LIMIT;
    this.paging = new PagingSettings(options.paging);
    this.requestStats = new RequestStatsRecorder(options.keptLogRecords);
    this.api = new SampleApi(this.orgs, this.org, () => this.maxPageSize, this.paging);
    this.oauth = new SampleOAuth({
      clients: options.oauthClients ?? [DEFAULT_OAUTH_CLIENT],
      admins: signInAdminsOf(this.org.me, this.org.orgId),
      lifetimes: {
        accessSeconds: options.accessTokenLifetimeSeconds ?? DEFAULT_ACCESS_TOKEN_LIFETIME_SECONDS,
        refreshSeconds: options.refreshTokenLifetimeSeconds ?? DEFAULT_REFRESH_TOKEN_LIFETIME_SECONDS,
      },
      now: options.oauthClock ?? Date.now,
    });
    this.trackingTag = (Date.now() & 0xffffffff).toString(16).toUpperCase().padStart(8, '0');
    this.http = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => this.answerUnexpected(res, error));
    });
  }

  get origin(): string {
    return this.originUrl;
  }

  get baseUrl(): string {
    return this.originUrl + API_PREFIX;
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(port, '127.0.0.1', () => {
        this.http.off('error', reject);
        const address = this.http.address() as AddressInfo;
        this.originUrl = `http://127.0.0.1:${address.port}`;
        this.allowedHosts = new Set(['127.0.0.1', 'localhost', '[::1]'].map((host) => `${host}:${address.port}`));
        resolve();
      });
    });
  }

  // ----- knobs

  stats(): RequestStats {
    return this.requestStats.snapshot();
  }

  resetStats(): void {
    this.requestStats.reset();
  }

  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, ms);
  }

  setMaxPageSize(n: number): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`maxPageSize must be a positive integer, got ${n}`);
    this.maxPageSize = n;
  }

  setRateLimit(limit?: RateLimit): void {
    this.rateLimiter = limit ? new SlidingWindowLimiter(limit) : undefined;
  }

  setPaging(mode: PagingMode, path?: string): void {
    this.paging.set(mode, path);
  }

  addFault(fault: Fault): void {
    if (fault.fault.kind === 'gzipBomb') checkGzipBombSize(fault.fault.decompressedBytes);
    this.faults.push({ matcher: fault.path, fault: fault.fault, remaining: fault.times ?? Infinity });
  }

  clearFaults(): void {
    this.faults = [];
  }

  forbid(path: PathMatcher): void {
    this.forbidden.push(path);
  }

  clearForbidden(): void {
    this.forbidden = [];
  }

  expireTokensAfter(requests: number): void {
    this.authorizedRequestsLeft = Math.max(0, requests);
  }

  setTokens(tokens: string[]): void {
    this.tokens = new Set(tokens);
    this.authorizedRequestsLeft = undefined;
  }

  renameCallPickup(locationId: string, callPickupId: string, newName: string): string {
    const where = this.locationData(locationId);
    const pickup = findCallPickup(where, callPickupId);
    const newId = callPickupIdForName(newName);
    if (newId !== callPickupId && where.callPickups.some((other) => other.id === newId)) {
      throw new Error(`A call pickup named ${JSON.stringify(newName)} already exists in this location`);
    }
    pickup.name = newName;
    pickup.id = newId;
    return newId;
  }

  deleteHuntGroup(locationId: string, huntGroupId: string): void {
    const where = this.locationData(locationId);
    findHuntGroup(where, huntGroupId);
    where.huntGroups = where.huntGroups.filter((huntGroup) => huntGroup.id !== huntGroupId);
  }

  get signInAdmins(): readonly SignInAdmin[] {
    return this.oauth.admins;
  }

  setTokenLifetimes(lifetimes: TokenLifetimes): void {
    this.oauth.setTokenLifetimes(lifetimes);
  }

  revokeRefreshTokens(): void {
    this.oauth.revokeRefreshTokens();
  }

  oauthStats(): OAuthStats {
    return this.oauth.stats();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const wake of [...this.pendingDelays]) wake();
    const stopped = new Promise<void>((resolve) => this.http.close(() => resolve()));
    this.http.closeAllConnections();
    await stopped;
  }

  private locationData(locationId: string): SampleLocationData {
    for (const org of this.orgs.values()) {
      const found = org.locations.find((data) => data.location.id === locationId);
      if (found) return found;
    }
    throw new Error(`No sample location with ID ${locationId}`);
  }

  // ----- the request pipeline

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const record = this.recordArrival(req, res);
    // Only this server's own names: a page on another site that rebinds its DNS name to 127.0.0.1
    // sends its own Host, and must not read the API.
    if (!this.allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      this.send(res, { status: 421, errorMessage: messageForStatus(421) });
      return;
    }
    const url = this.parseRequestUrl(req.url);
    if (!url) {
      this.send(res, { status: 400, errorMessage: messageForStatus(400) });
      return;
    }
    const rateLimited = this.rateLimiter?.rejects(record.startedAt) ? this.rateLimiter.limit : undefined;

    await this.delay(this.latencyMs);
    if (this.closed) {
      res.destroy();
      return;
    }

    const inApi = url.pathname === API_PREFIX || url.pathname.startsWith(API_PREFIX + '/');
    const path = inApi ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    const pathAndQuery = path + url.search;
    const fault = this.takeFault(path, pathAndQuery, req.url ?? '');

    if (fault && (await this.sendTransportFault(fault, res))) return;
    // Sign-in takes no bearer token: its own endpoints check the client and the grant.
    if (inApi && isOAuthPath(path) && !rateLimited) {
      await serveOAuth(this.oauth, req, res, path, url, API_PREFIX + path, this.nextTrackingId());
      return;
    }

    let result: ApiResult;
    try {
      result = this.answer(req, inApi, path, pathAndQuery, url, rateLimited);
    } catch (error) {
      // A bug in the sample API must not take the extension host down: answer as Webex would.
      result = { status: 500, errorMessage: `${messageForStatus(500)} ${error instanceof Error ? error.message : String(error)}` };
    }
    const trackingId = fault?.kind === 'echoAuthorization' ? (req.headers.authorization ?? '') : undefined;
    this.send(res, result, { url, fault, trackingId });
  }

  /** The request target on this origin; undefined unless it is a path (`/…`) that parses. */
  private parseRequestUrl(target: string | undefined): URL | undefined {
    // Joined as text, not resolved against the origin: `//host/path` stays a path on this server.
    if (target === undefined || !target.startsWith('/')) return undefined;
    try {
      return new URL(this.originUrl + target);
    } catch {
      return undefined;
    }
  }

  /** Whatever escaped the pipeline still gets an answer (or a closed socket), never a crash. */
  private answerUnexpected(res: http.ServerResponse, error: unknown): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    this.send(res, { status: 500, errorMessage: `${messageForStatus(500)} ${error instanceof Error ? error.message : String(error)}` });
  }

  /** The API's answer to an authorized-or-not request: 429, 401, 403, 404, 405 or the route's. */
  private answer(req: http.IncomingMessage, inApi: boolean, path: string, pathAndQuery: string, url: URL, rateLimited: RateLimit | undefined): ApiResult {
    if (rateLimited) {
      const headers: Record<string, string> = {};
      if (rateLimited.retryAfterSeconds !== undefined) headers['Retry-After'] = String(rateLimited.retryAfterSeconds);
      return { status: 429, errorMessage: messageForStatus(429), headers };
    }
    const me = this.authorize(req.headers.authorization);
    if (!me) return { status: 401, errorMessage: messageForStatus(401) };
    if (this.forbidden.some((matcher) => matchesPath(matcher, path, pathAndQuery, req.url ?? ''))) {
      return { status: 403, errorMessage: messageForStatus(403) };
    }
    if (!inApi) return { status: 404, errorMessage: messageForStatus(404) };
    if (req.method !== 'GET') return { status: 405, errorMessage: messageForStatus(405) };
    try {
      return this.api.handle(path, url.searchParams, me);
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      return { status: error.status, errorMessage: error.message };
    }
  }

  private recordArrival(req: http.IncomingMessage, res: http.ServerResponse): RequestRecord {
    const record = this.requestStats.arrived(req.method ?? 'GET', redactSecretParameters(req.url ?? '/'), req.headers.authorization, Date.now());
    res.once('close', () => this.requestStats.finished(record, res.headersSent ? res.statusCode : 0, Date.now()));
    return record;
  }

  /** The admin the bearer token signs in as: the home org's for the configured tokens, the consenting admin's for issued ones. */
  private authorize(header: string | undefined): Person | undefined {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    if (!match) return undefined;
    const me = this.tokens.has(match[1]) ? this.org.me : this.oauth.personFor(match[1]);
    if (!me) return undefined;
    if (this.authorizedRequestsLeft !== undefined) {
      if (this.authorizedRequestsLeft <= 0) return undefined;
      this.authorizedRequestsLeft--;
    }
    return me;
  }

  private takeFault(path: string, pathAndQuery: string, urlAsReceived: string): FaultKind | undefined {
    const active = this.faults.find((entry) => entry.remaining > 0 && matchesPath(entry.matcher, path, pathAndQuery, urlAsReceived));
    if (!active) return undefined;
    active.remaining--;
    return active.fault;
  }

  private delay(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.pendingDelays.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.pendingDelays.add(wake);
    });
  }

  private nextTrackingId(): string {
    this.responseCounter++;
    return `ROUTER_${this.trackingTag}-${this.responseCounter.toString(16).toUpperCase().padStart(12, '0')}`;
  }

  /**
   * Faults that replace the API's answer entirely (as a proxy, gateway or network would), before
   * rate limiting and auth. Returns false for faults that shape the API's own answer instead.
   */
  private async sendTransportFault(fault: FaultKind, res: http.ServerResponse): Promise<boolean> {
    switch (fault.kind) {
      case 'status': {
        const trackingId = this.nextTrackingId();
        const headers: Record<string, string> = { 'Content-Type': 'application/json;charset=UTF-8', trackingid: trackingId };
        if (fault.retryAfterSeconds !== undefined) headers['Retry-After'] = String(fault.retryAfterSeconds);
        const body = fault.body !== undefined ? fault.body : errorBody(messageForStatus(fault.status), trackingId);
        res.writeHead(fault.status, headers);
        res.end(typeof body === 'string' ? body : JSON.stringify(body));
        return true;
      }
      case 'hang':
        // Never answer; close() ends the connection.
        return true;
      case 'html':
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', trackingid: this.nextTrackingId() });
        res.end('<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body><h1>Please sign in</h1><p>This network requires you to sign in before using the Internet.</p></body></html>');
        return true;
      case 'redirect':
        res.writeHead(fault.status ?? 302, { Location: fault.location, trackingid: this.nextTrackingId() });
        res.end();
        return true;
      case 'gzipBomb': {
        // Made once per size: a benchmark may send the same bomb many times.
        let body = this.gzipBombs.get(fault.decompressedBytes);
        if (!body) this.gzipBombs.set(fault.decompressedBytes, (body = gzipBombBody(fault.decompressedBytes)));
        const bytes = await body;
        res.writeHead(200, {
          'Content-Type': 'application/json;charset=UTF-8',
          'Content-Encoding': 'gzip',
          'Content-Length': String(bytes.length),
          trackingid: this.nextTrackingId(),
        });
        res.end(bytes);
        return true;
      }
      default:
        return false;
    }
  }

  /**
   * Sends an API result as Webex would: JSON, a trackingid header (repeated in an error body), and
   * Link rel="next" when the list's paging mode announces a next page, shaped by the request's
   * fault. `request` is absent for answers given before the request could be routed (421, 400);
   * its `trackingId` replaces the minted one (the echoAuthorization fault).
   */
  private send(res: http.ServerResponse, result: ApiResult, request?: { url: URL; fault: FaultKind | undefined; trackingId: string | undefined }): void {
    const trackingId = request?.trackingId ?? this.nextTrackingId();
    const fault = request?.fault;
    const headers: Record<string, string> = { 'Content-Type': 'application/json;charset=UTF-8', trackingid: trackingId, ...result.headers };
    let body: unknown = result.errorMessage !== undefined ? errorBody(result.errorMessage, trackingId) : result.body;
    const list = result.status === 200 && request ? result.list : undefined;
    const url = request?.url;
    let nextLink = list && url && list.sendsLink && list.hasMore ? this.pageUrl(url, list.nextStart) : undefined;

    if (list && url) {
      switch (fault?.kind) {
        case 'linkLoop':
          nextLink = this.originUrl + url.pathname + url.search;
          break;
        case 'emptyPageWithNext':
          body = { [list.key]: [] };
          nextLink = this.pageUrl(url, list.nextStart);
          break;
        case 'crossOriginNext':
          nextLink = this.pageUrl(url, list.nextStart).replace(this.originUrl, fault.origin.replace(/\/+$/, ''));
          break;
        case 'nextDropsParams':
          if (nextLink) {
            const kept = new URLSearchParams({ start: String(list.nextStart) });
            if (url.searchParams.has('max')) kept.set('max', url.searchParams.get('max')!);
            nextLink = `${this.originUrl}${url.pathname}?${kept}`;
          }
          break;
        default:
          break;
      }
    }
    if (fault?.kind === 'wrongShape' && result.status === 200) body = wrongShapeOf(body, list?.key, fault.variant ?? 'missingKey');
    if (nextLink !== undefined) headers.Link = `<${nextLink}>; rel="next"`;

    const text = JSON.stringify(body);
    if (fault?.kind === 'malformedJson') {
      res.writeHead(200, headers);
      res.end(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
      return;
    }
    if (fault?.kind === 'reset') {
      const bytes = Buffer.from(text, 'utf8');
      res.writeHead(result.status, { ...headers, 'Content-Length': String(bytes.length) });
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy());
      return;
    }
    res.writeHead(result.status, headers);
    res.end(text);
  }

  /** The request's own URL on this server's origin with a new `start`, other parameters kept. */
  private pageUrl(url: URL, start: number): string {
    const query = new URLSearchParams(url.searchParams);
    query.set('start', String(start));
    return `${this.originUrl}${url.pathname}?${query}`;
  }
}

function errorBody(message: string, trackingId: string): Record<string, unknown> {
  return { message, errors: [{ description: message }], trackingId };
}

function wrongShapeOf(body: unknown, listKey: string | undefined, variant: 'missingKey' | 'nullItems' | 'notObject'): unknown {
  if (listKey !== undefined) {
    if (variant === 'nullItems') return { [listKey]: null };
    if (variant === 'notObject') return (body as Record<string, unknown>)[listKey];
    return { result: (body as Record<string, unknown>)[listKey] };
  }
  if (variant === 'nullItems') return null;
  if (variant === 'notObject') return [];
  return {};
}

/** Starts the sample API on 127.0.0.1 (an ephemeral port unless `port` is given). */
export async function startSampleServer(options: SampleServerOptions = {}): Promise<SampleServer> {
  const server = new SampleHttpServer(options);
  await server.listen(options.port ?? 0);
  return server;
}
