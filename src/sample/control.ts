// The control surface of the sample organization's HTTP API: what tests, the benchmark and the
// extension's "Explore Sample Organization" command can set and read. Types only; the server in
// server.ts implements it.

/** How big the generated org is. The default org is small and hand-shaped; a size makes a scale org. */
export interface SampleOrgSize {
  locations: number;
  huntGroupsPerLocation: number;
  callPickupsPerLocation: number;
}

export interface SampleServerOptions {
  /** Omit for the realistic default org; give a size for a generated scale org. */
  size?: SampleOrgSize;
  /** Bearer tokens the server accepts. Default: [SAMPLE_TOKEN]. */
  tokens?: string[];
  /** Added before every response, in milliseconds. Default 0. */
  latencyMs?: number;
  /** The largest page the server returns, whatever `max` asks. Default 100 (lists may ask up to 1000). */
  maxPageSize?: number;
  /** Port to listen on; default 0 (ephemeral). Always binds 127.0.0.1. */
  port?: number;
  /**
   * Replace every display string the API returns (names, emails, numbers, languages, time zones)
   * with one of HOSTILE_STRINGS (markup, command links, bidi overrides, a 10 KB string, ...). IDs
   * and enum values stay valid, so every payload is still well-formed.
   */
  hostile?: boolean;
  /**
   * How lists page: one mode for every list, or a mode per list path after `/v1` (the call pickup
   * list, served per location, is '/telephony/config/callPickups'). Lists not named page by 'link'.
   * The paths: '/locations', '/telephony/config/locations', '/telephony/config/huntGroups',
   * '/telephony/config/callPickups'; any other path throws (`/organizations` is never paginated).
   */
  paging?: PagingMode | Partial<Record<string, PagingMode>>;
  /**
   * How many request records stats().log keeps (the most recent); default 10,000. The counters
   * cover every request whatever this is; raise it for a run whose every record matters.
   */
  keptLogRecords?: number;
  /**
   * Integrations allowed to sign in through `/authorize` and `/access_token`. Default: the one
   * sample integration (SAMPLE_OAUTH_CLIENT_ID with redirect URIs on localhost and 127.0.0.1 port 8085).
   */
  oauthClients?: SampleOAuthClient[];
  /** Lifetime of issued access tokens; default 1209600 (14 days, as Webex integrations issue). */
  accessTokenLifetimeSeconds?: number;
  /** Lifetime of issued refresh tokens; default 7776000 (90 days). Refreshing never extends it. */
  refreshTokenLifetimeSeconds?: number;
  /** The OAuth clock in ms since the epoch (codes, tokens); default Date.now. Lets tests age grants without waiting. */
  oauthClock?: () => number;
}

/** A Webex integration registered with the sample organization. */
export interface SampleOAuthClient {
  clientId: string;
  clientSecret: string;
  /** Compared exactly, as Webex does (no port or trailing-slash leniency). */
  redirectUris: string[];
  /**
   * The scopes the integration was given; a request for any other is sent back with
   * `error=invalid_scope`, as Webex does. Omitted: any scope is granted.
   */
  scopes?: string[];
}

/** For tokens issued from now on; fractions of a second are allowed (short-lived tokens for tests). */
export interface TokenLifetimes {
  accessSeconds?: number;
  refreshSeconds?: number;
}

export interface OAuthStats {
  /** Every `GET /v1/authorize`, refused ones included. */
  authorizeRequests: number;
  /** Every `POST /v1/access_token` by its grant_type, refused ones included. */
  tokenRequests: { authorization_code: number; refresh_token: number };
}

/**
 * How a list pages, as Webex lists have been seen to:
 * - 'link': Link rel="next" while items remain (the documented way).
 * - 'offset': no Link header; pages by `start`/`max`; a start past the end is 200 with no items.
 * - 'offset404': no Link header; a request with start > 0 at or past the end is a 404 with
 *   Webex's error body (some telephony lists end this way).
 * - 'duplicates': Links as in 'link', but each page after the first starts with the last item of
 *   the page before (an overlap of one): every item appears, one ID repeats at each boundary.
 */
export type PagingMode = 'link' | 'offset' | 'offset404' | 'duplicates';

/**
 * Where a fault or a 403 applies: a path prefix after `/v1` (e.g. `/telephony/config/huntGroups`;
 * matched on the path without the query), or a RegExp tested on the path+query both after `/v1`
 * (`/telephony/config/huntGroups?max=5`) and as received (`/v1/telephony/...`): either match counts.
 */
export type PathMatcher = string | RegExp;

export type FaultKind =
  // Answers `status` before auth and routing. `body`: a string is sent as it is, anything else as
  // JSON; omitted, Webex's error body for the status.
  | { kind: 'status'; status: number; retryAfterSeconds?: number; body?: unknown }
  | { kind: 'hang' } // accepts the request, never answers (until the server closes)
  | { kind: 'reset' } // sends the status line and part of the body, then destroys the socket
  | { kind: 'malformedJson' } // 200 with a truncated JSON body
  | { kind: 'html' } // 200 with Content-Type text/html and an HTML page
  // 200 with JSON of the wrong shape. Lists: 'missingKey' (default) drops the list key,
  // 'nullItems' sends it as null, 'notObject' sends a bare array. Details: `{}`, `null`, `[]`.
  | { kind: 'wrongShape'; variant?: 'missingKey' | 'nullItems' | 'notObject' }
  | { kind: 'linkLoop' } // a list page whose Link rel="next" points back at the same URL
  // A list page with no items whose Link rel="next" points where the next page would start
  // (as if this page had been served), so a client that stops at an empty page misses items.
  | { kind: 'emptyPageWithNext' }
  | { kind: 'crossOriginNext'; origin: string } // Link rel="next" on another origin (always sent)
  // The page as usual, but its Link rel="next" keeps only `start` and `max`: the request's filters
  // and orgId are gone, as Webex's next links sometimes drop them.
  | { kind: 'nextDropsParams' }
  | { kind: 'redirect'; location: string; status?: 301 | 302 | 307 | 308 }
  // The API's own answer, but its `trackingid` header (and an error body's `trackingId`) repeat the
  // request's Authorization header, as a misbehaving proxy might.
  | { kind: 'echoAuthorization' }
  // 200, Content-Encoding: gzip, whose body inflates to exactly `decompressedBytes` bytes of JSON
  // (`{"items":["xxx…"]}`, at least 14 bytes); the compressed body is about a thousandth of that.
  | { kind: 'gzipBomb'; decompressedBytes: number };

export interface Fault {
  path: PathMatcher;
  fault: FaultKind;
  /** How many matching requests it applies to; default: every one until cleared. */
  times?: number;
}

export interface RateLimit {
  /** Requests allowed per window across all paths. */
  requests: number;
  windowMs: number;
  /** Sent as Retry-After on the 429; omitted, the 429 carries no Retry-After header. */
  retryAfterSeconds?: number;
}

export interface RequestRecord {
  method: string;
  /** Path and query as received, e.g. `/v1/telephony/config/huntGroups?max=100`. */
  url: string;
  status: number;
  /** The Authorization header as received (tests check where the token went). */
  authorization?: string;
  startedAt: number;
  ms: number;
}

export interface RequestStats {
  total: number;
  /** Count per path without the query, e.g. `/v1/telephony/config/locations`. */
  byPath: Record<string, number>;
  /**
   * Count per response status, by `String(status)`, counted when each response has closed; 0 is a
   * request that got no response (hung, reset, or the client gave up). Requests still in flight
   * are not in it yet.
   */
  byStatus: Record<string, number>;
  /** The most requests in flight at once. */
  concurrentPeak: number;
  /** Requests whose method+url (query included) had been received before. */
  duplicates: number;
  /**
   * The most recent requests (up to `keptLogRecords`, default 10,000), in arrival order. The counters above cover every request since the last resetStats(); `duplicates` is
   * counted among the first 100,000 distinct method+URL keys, and byPath counts up to 10,000
   * distinct paths, later new ones under '(other paths)'.
   */
  log: RequestRecord[];
}
