// The control surface of the sample organization's HTTP API: what the extension's "Explore Sample
// Organization" command, the tests and the benchmark can set and read. Types only; the server in
// httpServer.ts implements it. What only tests need (fault switches, hostile strings, request
// statistics, rate limits) is not here: tests compose it through `intercept`, `observe` and
// `transformOrgs` (see test/support/sampleServer.ts), so none of it ships.

import type * as http from 'node:http';
import type { Person } from '../webex/types';
import type { SampleOrg } from './data';
import type { ListPage } from './paging';

/** How big the generated org is. The default org is small and hand-shaped; a size makes a scale org. */
export interface SampleOrgSize {
  locations: number;
  huntGroupsPerLocation: number;
  callPickupsPerLocation: number;
  /** Default 0. */
  callQueuesPerLocation?: number;
  /** Default 0. */
  autoAttendantsPerLocation?: number;
}

export interface SampleServerOptions {
  /** Omit for the realistic default org; give a size for a generated scale org. */
  size?: SampleOrgSize;
  /** Bearer tokens the server accepts. Default: [SAMPLE_TOKEN]. */
  tokens?: string[];
  /** The largest page the server returns, whatever `max` asks. Default 100 (lists may ask up to 1000). */
  maxPageSize?: number;
  /** Port to listen on; default 0 (ephemeral). Always binds 127.0.0.1. */
  port?: number;
  /**
   * How lists page: one mode for every list, or a mode per list path after `/v1` (per-location
   * lists, such as call pickups, go by '/telephony/config/{collection}'). Lists not named page by
   * 'link'. LIST_PATHS names them; any other path throws (`/organizations` is never paginated).
   */
  paging?: PagingMode | Partial<Record<string, PagingMode>>;
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
  /** Rewrites the generated orgs (home org first) before they are served. */
  transformOrgs?: (orgs: SampleOrg[]) => SampleOrg[];
  /** Sees every request as it arrives, before any check (421 and 400 answers included). */
  observe?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  /**
   * Stands between a checked request (its Host and target are valid) and the API: it may delay the
   * request, answer it itself, or reshape the API's reply (see SampleInterceptor).
   */
  intercept?: SampleInterceptor;
}

/**
 * A request the server accepted to answer: its Host is this server's and its target parses.
 * `path` is after `/v1` for API requests, the whole path otherwise.
 */
export interface SampleRequest {
  readonly raw: http.IncomingMessage;
  readonly url: URL;
  readonly inApi: boolean;
  readonly path: string;
  /** `path` and the query, e.g. `/telephony/config/huntGroups?max=5`. */
  readonly pathAndQuery: string;
  /** False for the OAuth endpoints, which check the client and the grant instead of a bearer token. */
  readonly needsToken: boolean;
  /** The admin the request's bearer token signs in as; undefined for a missing or unknown token. */
  signedInAs(): Person | undefined;
}

/**
 * The API's answer before it is written. `errorMessage` becomes Webex's error body once the
 * tracking ID is known; `trackingId` replaces the one the server would mint.
 */
export interface SampleReply {
  status: number;
  body?: unknown;
  errorMessage?: string;
  headers?: Record<string, string>;
  /** The page, for a list answered 200. */
  list?: ListPage;
  /** The Link rel="next" target; undefined sends no Link header. */
  nextLink?: string;
  trackingId?: string;
}

/** What an interceptor can use of the server: the pieces of a Webex-style answer. */
export interface SampleReplyKit {
  readonly origin: string;
  /** Webex's wording for a status. */
  messageForStatus(status: number): string;
  nextTrackingId(): string;
  /** Webex's error body: `{message, errors: [{description}], trackingId}`. */
  errorBody(message: string, trackingId: string): Record<string, unknown>;
  /** The request's URL with a new `start`, the other parameters kept. */
  pageUrl(url: URL, start: number): string;
  /** The status, headers and JSON text the server would send for `reply`. */
  render(reply: SampleReply): { status: number; headers: Record<string, string>; text: string };
}

/**
 * `next()` is the server's own answer: sign-in routes, 401/404/405, or the route's reply (OAuth
 * endpoints write their own response and resolve to undefined). Resolve to a reply for the server
 * to write, or to undefined once the interceptor has answered (or deliberately never will).
 */
export type SampleInterceptor = (
  request: SampleRequest,
  res: http.ServerResponse,
  next: () => Promise<SampleReply | undefined>,
  kit: SampleReplyKit,
) => Promise<SampleReply | undefined>;

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
