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
}

/**
 * Where a fault or a 403 applies: a path prefix after `/v1` (e.g. `/telephony/config/huntGroups`;
 * matched on the path without the query), or a RegExp tested on the path+query both after `/v1`
 * (`/telephony/config/huntGroups?max=5`) and as received (`/v1/telephony/...`): either match counts.
 */
export type PathMatcher = string | RegExp;

export type FaultKind =
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
  | { kind: 'redirect'; location: string; status?: 301 | 302 | 307 | 308 };

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
  /** Sent as Retry-After on the 429. */
  retryAfterSeconds: number;
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
  /** The most requests in flight at once. */
  concurrentPeak: number;
  /** Requests whose method+url (query included) had been received before. */
  duplicates: number;
  /** Every request, in arrival order. */
  log: RequestRecord[];
}
