// The sample API with the knobs only tests and the benchmark use: latency, a rate limit, faults,
// 403s, token expiry, renames and deletions, hostile strings and request statistics. It composes
// them on the shipped server (src/sample/server.ts) through its `observe`, `intercept` and
// `transformOrgs` options, so none of this code reaches the .vsix.

import type * as http from 'node:http';
import { callPickupIdForName } from '../../src/sample/ids';
import { redactSecretParameters } from '../../src/sample/oauthRoutes';
import {
  startSampleServer as startShippedSampleServer,
  type SampleLocationData,
  type SampleReply,
  type SampleReplyKit,
  type SampleRequest,
  type SampleServer as ShippedSampleServer,
  type SampleServerOptions as ShippedSampleServerOptions,
} from '../../src/sample/server';
import { makeHostile } from './hostileOrg';
import { SlidingWindowLimiter, type RateLimit } from './rateLimiter';
import { RequestStatsRecorder, type RequestStats } from './requestStats';
import { applyReplyFault, FaultList, matchesPath, type Fault, type PathMatcher } from './sampleFaults';

export * from '../../src/sample/server';
export { HOSTILE_COMMAND_LINK_NAME, HOSTILE_STRINGS, makeHostile } from './hostileOrg';
export type { RateLimit } from './rateLimiter';
export type { RequestRecord, RequestStats } from './requestStats';
export type { Fault, FaultKind, PathMatcher } from './sampleFaults';

export interface SampleServerOptions extends ShippedSampleServerOptions {
  /** Added before every response, in milliseconds. Default 0. */
  latencyMs?: number;
  /**
   * Replace every display string the API returns (names, emails, numbers, languages, time zones)
   * with one of HOSTILE_STRINGS (markup, command links, bidi overrides, a 10 KB string, ...). IDs
   * and enum values stay valid, so every payload is still well-formed.
   */
  hostile?: boolean;
  /**
   * How many request records stats().log keeps (the most recent); default 10,000. The counters
   * cover every request whatever this is; raise it for a run whose every record matters.
   */
  keptLogRecords?: number;
}

export interface SampleServer extends ShippedSampleServer {
  /** Counters since the last resetStats() and the most recent requests (see RequestStats.log). */
  stats(): RequestStats;
  /** Zeroes the counters and empties the log. */
  resetStats(): void;
  setLatency(ms: number): void;
  /** Undefined turns rate limiting off. */
  setRateLimit(limit?: RateLimit): void;
  addFault(fault: Fault): void;
  clearFaults(): void;
  /** Answers 403 with Webex's error body on matching paths (a token lacking a scope). */
  forbid(path: PathMatcher): void;
  /**
   * Answers 403 to `GET /people/{id}/features/callForwarding` (PEOPLE: a token without
   * spark-admin:people_read) or `/workspaces/{id}/…` (PLACE: without spark-admin:workspaces_read):
   * for one member when `id` is given, for both kinds when `type` is omitted. clearForbidden() undoes it.
   */
  forbidMemberForwarding(target?: { type?: 'PEOPLE' | 'PLACE'; id?: string }): void;
  clearForbidden(): void;
  /** After `requests` more authorized requests every token gets 401, as an expired token does. setTokens() revives. */
  expireTokensAfter(requests: number): void;
  /** Renames a call pickup and returns its new ID; the old ID then 404s, as in Webex. */
  renameCallPickup(locationId: string, callPickupId: string, newName: string): string;
  deleteHuntGroup(locationId: string, huntGroupId: string): void;
}

/** The test knobs' state, read by the interceptor on every request. */
class TestKnobs {
  latencyMs: number;
  rateLimiter: SlidingWindowLimiter | undefined;
  readonly faults = new FaultList();
  forbidden: PathMatcher[] = [];
  authorizedRequestsLeft: number | undefined;
  readonly requestStats: RequestStatsRecorder;
  closed = false;
  readonly pendingDelays = new Set<() => void>();

  constructor(options: SampleServerOptions) {
    this.latencyMs = options.latencyMs ?? 0;
    this.requestStats = new RequestStatsRecorder(options.keptLogRecords);
  }

  observe(req: http.IncomingMessage, res: http.ServerResponse): void {
    const record = this.requestStats.arrived(req.method ?? 'GET', redactSecretParameters(req.url ?? '/'), req.headers.authorization, Date.now());
    res.once('close', () => this.requestStats.finished(record, res.headersSent ? res.statusCode : 0, Date.now()));
  }

  /** The order of the checks is Webex's: the rate limit, then the token, then its scopes. */
  async intercept(request: SampleRequest, res: http.ServerResponse, next: () => Promise<SampleReply | undefined>, kit: SampleReplyKit): Promise<SampleReply | undefined> {
    const rateLimited = this.rateLimiter?.rejects(Date.now()) ? this.rateLimiter.limit : undefined;
    await this.delay(this.latencyMs);
    if (this.closed) {
      res.destroy();
      return undefined;
    }
    const fault = this.faults.take(request.path, request.pathAndQuery, request.raw.url ?? '');
    if (fault && (await this.faults.sendTransportFault(fault, res, kit))) return undefined;

    let reply: SampleReply | undefined;
    if (rateLimited) {
      const headers: Record<string, string> = {};
      if (rateLimited.retryAfterSeconds !== undefined) headers['Retry-After'] = String(rateLimited.retryAfterSeconds);
      reply = { status: 429, errorMessage: kit.messageForStatus(429), headers };
    } else {
      const refusal = request.needsToken ? this.refusal(request) : undefined;
      reply = refusal ? { status: refusal, errorMessage: kit.messageForStatus(refusal) } : await next();
    }
    if (!reply || !fault) return reply;
    return applyReplyFault(fault, reply, { url: request.url, authorization: request.raw.headers.authorization }, res, kit);
  }

  /**
   * 401 once the tokens have expired (each authorized request counts down to it), 403 on a
   * forbidden path for a valid token; undefined lets the server answer.
   */
  private refusal(request: SampleRequest): 401 | 403 | undefined {
    if (!request.signedInAs()) return undefined;
    if (this.authorizedRequestsLeft !== undefined) {
      if (this.authorizedRequestsLeft <= 0) return 401;
      this.authorizedRequestsLeft--;
    }
    return this.forbidden.some((matcher) => matchesPath(matcher, request.path, request.pathAndQuery, request.raw.url ?? '')) ? 403 : undefined;
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
}

class TestSampleServer implements SampleServer {
  constructor(
    private readonly shipped: ShippedSampleServer,
    private readonly knobs: TestKnobs,
  ) {}

  get baseUrl(): string {
    return this.shipped.baseUrl;
  }

  get origin(): string {
    return this.shipped.origin;
  }

  get org(): ShippedSampleServer['org'] {
    return this.shipped.org;
  }

  get orgs(): ShippedSampleServer['orgs'] {
    return this.shipped.orgs;
  }

  get signInAdmins(): ShippedSampleServer['signInAdmins'] {
    return this.shipped.signInAdmins;
  }

  setMaxPageSize(n: number): void {
    this.shipped.setMaxPageSize(n);
  }

  setPaging(...args: Parameters<ShippedSampleServer['setPaging']>): void {
    this.shipped.setPaging(...args);
  }

  setTokens(tokens: string[]): void {
    this.shipped.setTokens(tokens);
    this.knobs.authorizedRequestsLeft = undefined;
  }

  setTokenLifetimes(...args: Parameters<ShippedSampleServer['setTokenLifetimes']>): void {
    this.shipped.setTokenLifetimes(...args);
  }

  revokeRefreshTokens(): void {
    this.shipped.revokeRefreshTokens();
  }

  oauthStats(): ReturnType<ShippedSampleServer['oauthStats']> {
    return this.shipped.oauthStats();
  }

  stats(): RequestStats {
    return this.knobs.requestStats.snapshot();
  }

  resetStats(): void {
    this.knobs.requestStats.reset();
  }

  setLatency(ms: number): void {
    this.knobs.latencyMs = Math.max(0, ms);
  }

  setRateLimit(limit?: RateLimit): void {
    this.knobs.rateLimiter = limit ? new SlidingWindowLimiter(limit) : undefined;
  }

  addFault(fault: Fault): void {
    this.knobs.faults.add(fault);
  }

  clearFaults(): void {
    this.knobs.faults.clear();
  }

  forbid(path: PathMatcher): void {
    this.knobs.forbidden.push(path);
  }

  clearForbidden(): void {
    this.knobs.forbidden = [];
  }

  forbidMemberForwarding(target: { type?: 'PEOPLE' | 'PLACE'; id?: string } = {}): void {
    const collection = target.type === undefined ? '(?:people|workspaces)' : target.type === 'PEOPLE' ? 'people' : 'workspaces';
    const id = target.id === undefined ? '[^/?]+' : target.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.knobs.forbidden.push(new RegExp(`^/${collection}/${id}/features/callForwarding(?:\\?|$)`));
  }

  expireTokensAfter(requests: number): void {
    this.knobs.authorizedRequestsLeft = Math.max(0, requests);
  }

  renameCallPickup(locationId: string, callPickupId: string, newName: string): string {
    const where = this.locationData(locationId);
    const pickup = where.callPickups.find((candidate) => candidate.id === callPickupId);
    if (!pickup) throw new Error(`No call pickup with ID ${callPickupId} in this location`);
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
    if (!where.huntGroups.some((huntGroup) => huntGroup.id === huntGroupId)) throw new Error(`No hunt group with ID ${huntGroupId} in this location`);
    where.huntGroups = where.huntGroups.filter((huntGroup) => huntGroup.id !== huntGroupId);
  }

  async close(): Promise<void> {
    if (this.knobs.closed) return;
    this.knobs.closed = true;
    for (const wake of [...this.knobs.pendingDelays]) wake();
    await this.shipped.close();
  }

  private locationData(locationId: string): SampleLocationData {
    for (const org of this.shipped.orgs.values()) {
      const found = org.locations.find((data) => data.location.id === locationId);
      if (found) return found;
    }
    throw new Error(`No sample location with ID ${locationId}`);
  }
}

/** Starts the sample API with the test knobs on 127.0.0.1 (an ephemeral port unless `port` is given). */
export async function startSampleServer(options: SampleServerOptions = {}): Promise<SampleServer> {
  const knobs = new TestKnobs(options);
  const { hostile, latencyMs: _latencyMs, keptLogRecords: _keptLogRecords, ...shippedOptions } = options;
  const transformOrgs = options.transformOrgs;
  const shipped = await startShippedSampleServer({
    ...shippedOptions,
    transformOrgs: (orgs) => {
      const transformed = transformOrgs ? transformOrgs(orgs) : orgs;
      return hostile ? transformed.map(makeHostile) : transformed;
    },
    observe: (req, res) => {
      knobs.observe(req, res);
      options.observe?.(req, res);
    },
    intercept: (request, res, next, kit) => knobs.intercept(request, res, options.intercept ? () => options.intercept!(request, res, next, kit) : next, kit),
  });
  return new TestSampleServer(shipped, knobs);
}
