// The sample API's HTTP plumbing: listening on 127.0.0.1, the Host guard, bearer tokens, OAuth
// endpoints, and writing replies as Webex does (JSON, a trackingid header, Link rel="next"). The
// routes are in api.ts; an optional interceptor (control.ts) stands between the two for tests.

import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Person } from '../webex/types';
import { errorBody, messageForStatus, RequestError } from './apiErrors';
import { SampleApi } from './api';
import type { OAuthStats, PagingMode, SampleReply, SampleReplyKit, SampleRequest, SampleServerOptions, TokenLifetimes } from './control';
import { generateSampleOrgs, type SampleOrg } from './data';
import { DEFAULT_ACCESS_TOKEN_LIFETIME_SECONDS, DEFAULT_OAUTH_CLIENT, DEFAULT_REFRESH_TOKEN_LIFETIME_SECONDS, SampleOAuth, signInAdminsOf, type SignInAdmin } from './oauth';
import { isOAuthPath, serveOAuth } from './oauthRoutes';
import { PagingSettings } from './paging';

export const SAMPLE_TOKEN = 'sample-org-token';

export interface SampleServer {
  /** `http://127.0.0.1:PORT/v1`, the API base URL to configure a client with. */
  readonly baseUrl: string;
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** The home org's data, as served. */
  readonly org: SampleOrg;
  /** Every org the partner admin can see, by orgId; the home org first. */
  readonly orgs: Map<string, SampleOrg>;
  setMaxPageSize(n: number): void;
  /**
   * How lists page from now on: the list at `path` (after `/v1`, e.g. '/telephony/config/huntGroups';
   * a per-location list such as call pickups goes by '/telephony/config/callPickups'), or every
   * list when `path` is omitted. A path the server pages no list at throws.
   */
  setPaging(mode: PagingMode, path?: string): void;
  /** The bearer tokens accepted from now on (tokens issued by sign-in stay valid). */
  setTokens(tokens: string[]): void;
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

/** The server is also the kit its interceptor writes replies with. */
export class SampleHttpServer implements SampleServer, SampleReplyKit {
  readonly messageForStatus = messageForStatus;
  readonly errorBody = errorBody;
  readonly orgs: Map<string, SampleOrg>;
  readonly org: SampleOrg;
  private readonly api: SampleApi;
  private readonly http: http.Server;
  private originUrl = '';
  /** `host:port` values a request's Host header may carry (a DNS-rebinding guard). */
  private allowedHosts = new Set<string>();
  private tokens: Set<string>;
  private readonly oauth: SampleOAuth;
  private maxPageSize: number;
  private readonly paging: PagingSettings;
  private responseCounter = 0;
  private readonly trackingTag: string;

  constructor(private readonly options: SampleServerOptions) {
    let orgList = generateSampleOrgs(options.size);
    if (options.transformOrgs) orgList = options.transformOrgs(orgList);
    this.orgs = new Map(orgList.map((org) => [org.orgId, org]));
    this.org = orgList[0];
    this.tokens = new Set(options.tokens ?? [SAMPLE_TOKEN]);
    this.maxPageSize = options.maxPageSize ?? DEFAULT_PAGE_SIZE_LIMIT;
    this.paging = new PagingSettings(options.paging);
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

  setMaxPageSize(n: number): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`maxPageSize must be a positive integer, got ${n}`);
    this.maxPageSize = n;
  }

  setPaging(mode: PagingMode, path?: string): void {
    this.paging.set(mode, path);
  }

  setTokens(tokens: string[]): void {
    this.tokens = new Set(tokens);
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
    const stopped = new Promise<void>((resolve) => this.http.close(() => resolve()));
    this.http.closeAllConnections();
    await stopped;
  }

  // ----- the request pipeline

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.options.observe?.(req, res);
    // Only this server's own names: a page on another site that rebinds its DNS name to 127.0.0.1
    // sends its own Host, and must not read the API.
    if (!this.allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      this.write(res, { status: 421, errorMessage: messageForStatus(421) });
      return;
    }
    const url = this.parseRequestUrl(req.url);
    if (!url) {
      this.write(res, { status: 400, errorMessage: messageForStatus(400) });
      return;
    }
    const inApi = url.pathname === API_PREFIX || url.pathname.startsWith(API_PREFIX + '/');
    const path = inApi ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    const request: SampleRequest = {
      raw: req,
      url,
      inApi,
      path,
      pathAndQuery: path + url.search,
      // Sign-in takes no bearer token: its own endpoints check the client and the grant.
      needsToken: !(inApi && isOAuthPath(path)),
      signedInAs: () => this.signedInAs(req.headers.authorization),
    };
    const next = async (): Promise<SampleReply | undefined> => {
      if (!request.needsToken) {
        await serveOAuth(this.oauth, req, res, path, url, API_PREFIX + path, this.nextTrackingId());
        return undefined;
      }
      return this.answer(request);
    };
    const reply = this.options.intercept ? await this.options.intercept(request, res, next, this) : await next();
    if (reply) this.write(res, reply);
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
    this.write(res, { status: 500, errorMessage: `${messageForStatus(500)} ${error instanceof Error ? error.message : String(error)}` });
  }

  /** The API's answer to a request that needs a token: 401, 404, 405 or the route's. */
  private answer(request: SampleRequest): SampleReply {
    const me = request.signedInAs();
    if (!me) return { status: 401, errorMessage: messageForStatus(401) };
    if (!request.inApi) return { status: 404, errorMessage: messageForStatus(404) };
    if (request.raw.method !== 'GET') return { status: 405, errorMessage: messageForStatus(405) };
    try {
      const reply = this.api.handle(request.path, request.url.searchParams, me);
      const list = reply.list;
      if (list?.sendsLink && list.hasMore) reply.nextLink = this.pageUrl(request.url, list.nextStart);
      return reply;
    } catch (error) {
      if (error instanceof RequestError) return { status: error.status, errorMessage: error.message };
      // A bug in the sample API must not take the extension host down: answer as Webex would.
      return { status: 500, errorMessage: `${messageForStatus(500)} ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  /** The admin the bearer token signs in as: the home org's for the configured tokens, the consenting admin's for issued ones. */
  private signedInAs(header: string | undefined): Person | undefined {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    if (!match) return undefined;
    return this.tokens.has(match[1]) ? this.org.me : this.oauth.personFor(match[1]);
  }

  nextTrackingId(): string {
    this.responseCounter++;
    return `ROUTER_${this.trackingTag}-${this.responseCounter.toString(16).toUpperCase().padStart(12, '0')}`;
  }

  /** Status, headers and JSON text of a reply: a trackingid header (repeated in an error body) and Link rel="next". */
  render(reply: SampleReply): { status: number; headers: Record<string, string>; text: string } {
    const trackingId = reply.trackingId ?? this.nextTrackingId();
    const headers: Record<string, string> = { 'Content-Type': 'application/json;charset=UTF-8', trackingid: trackingId, ...reply.headers };
    if (reply.nextLink !== undefined) headers.Link = `<${reply.nextLink}>; rel="next"`;
    const body = reply.errorMessage !== undefined ? errorBody(reply.errorMessage, trackingId) : reply.body;
    return { status: reply.status, headers, text: JSON.stringify(body) };
  }

  private write(res: http.ServerResponse, reply: SampleReply): void {
    const { status, headers, text } = this.render(reply);
    res.writeHead(status, headers);
    res.end(text);
  }

  /** The request's own URL on this server's origin with a new `start`, other parameters kept. */
  pageUrl(url: URL, start: number): string {
    const query = new URLSearchParams(url.searchParams);
    query.set('start', String(start));
    return `${this.originUrl}${url.pathname}?${query}`;
  }
}
