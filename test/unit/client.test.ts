// The Webex API client over real HTTP on loopback: against the sample API (faults, rate limits,
// latency, stats) and, for link shapes and "another origin", against tiny stub servers.

import * as assert from 'node:assert/strict';
import { SAMPLE_TOKEN, SampleServer, startSampleServer } from '../support/sampleServer';
import { DEFAULT_BASE_URL, FEDRAMP_BASE_URL, validateBaseUrl, WebexClient } from '../../src/webex/client';
import {
  AbortedError,
  BadResponseError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  RequestError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  WebexError,
} from '../../src/webex/errors';
import { assertTokenAbsent, elapsedMs, hasSettled, loggedClient, rejection, until } from './helpers/clientKit';
import { holdingHandler, HttpStub, refusingOrigin, sendJson, startHttpStub, StubHandler } from './helpers/httpStub';

const TOKEN = SAMPLE_TOKEN;
const ME = '/people/me';
const HUNT_GROUPS = '/telephony/config/huntGroups';

describe('WebexClient', () => {
  let sample: SampleServer;
  let stubs: HttpStub[] = [];

  async function stub(handler?: StubHandler): Promise<HttpStub> {
    const started = await startHttpStub(handler);
    stubs.push(started);
    return started;
  }

  const connect = (options: Parameters<typeof loggedClient>[2] = {}) => loggedClient(sample.baseUrl, TOKEN, options);
  const allHuntGroupIds = () => sample.org.locations.flatMap((data) => data.huntGroups.map((huntGroup) => huntGroup.id));
  const huntGroupPaths = () =>
    sample.org.locations.flatMap((data) =>
      data.huntGroups.map((huntGroup) => `/telephony/config/locations/${encodeURIComponent(data.location.id)}/huntGroups/${encodeURIComponent(huntGroup.id)}`),
    );

  before(async () => {
    sample = await startSampleServer();
  });
  after(() => sample.close());
  beforeEach(() => sample.resetStats());
  afterEach(async () => {
    sample.clearFaults();
    sample.clearForbidden();
    sample.setRateLimit();
    sample.setLatency(0);
    sample.setMaxPageSize(100);
    sample.setTokens([TOKEN]);
    await Promise.all(stubs.map((started) => started.close()));
    stubs = [];
  });

  describe('validateBaseUrl', () => {
    it('accepts https URLs and loopback http, without the trailing slash', () => {
      assert.equal(validateBaseUrl(DEFAULT_BASE_URL), 'https://webexapis.com/v1');
      assert.equal(validateBaseUrl(`${FEDRAMP_BASE_URL}/`), 'https://api-usgov.webex.com/v1');
      assert.equal(validateBaseUrl(' http://127.0.0.1:8080/v1// '), 'http://127.0.0.1:8080/v1');
      assert.equal(validateBaseUrl('http://localhost:3000/v1'), 'http://localhost:3000/v1');
      assert.equal(validateBaseUrl('http://[::1]:3000/v1'), 'http://[::1]:3000/v1');
    });

    it('refuses plain http off loopback, other schemes, credentials, queries and junk, saying why', () => {
      assert.throws(() => validateBaseUrl('http://webexapis.com/v1'), /must use https:\/\/.*webexapis\.com/);
      assert.throws(() => validateBaseUrl('http://127.0.0.2.example.com/v1'), /must use https/);
      assert.throws(() => validateBaseUrl('ftp://webexapis.com/v1'), /must start with https/);
      assert.throws(() => validateBaseUrl('https://user:pass@webexapis.com/v1'), /user name or password/);
      assert.throws(() => validateBaseUrl('https://webexapis.com/v1?orgId=1'), /query/);
      assert.throws(() => validateBaseUrl('webexapis.com/v1'), /not a valid URL/);
    });

    it('is applied by the client constructor, as are option ranges', () => {
      assert.throws(() => new WebexClient({ baseUrl: 'http://example.com/v1', getToken: () => TOKEN }), /https/);
      assert.throws(() => new WebexClient({ baseUrl: DEFAULT_BASE_URL, getToken: () => TOKEN, maxConcurrentRequests: 0 }), RangeError);
    });
  });

  describe('authentication', () => {
    it('sends the bearer token and reads it anew for every request', async () => {
      let token = 'old-token';
      const { client } = loggedClient(sample.baseUrl, undefined, { getToken: () => Promise.resolve(token) });
      sample.setTokens(['new-token']);
      await rejection(client.get(ME), UnauthorizedError);
      token = 'new-token';
      const me = await client.get<{ id: string }>(ME);
      assert.equal(me.id, sample.org.me.id);
      assert.deepEqual(sample.stats().log.map((record) => record.authorization), ['Bearer old-token', 'Bearer new-token']);
    });

    it('fails without sending anything when there is no token', async () => {
      const { client, log } = loggedClient(sample.baseUrl, undefined);
      const error = await rejection(client.get(ME), UnauthorizedError);
      assert.equal(error.status, undefined);
      assert.match(error.userMessage, /Not signed in/);
      assert.equal(sample.stats().total, 0);
      assert.equal(log[0].note, 'not sent: no access token');
    });

    it('turns a 401 into UnauthorizedError with the tracking ID, without retrying', async () => {
      sample.expireTokensAfter(0);
      const { client } = connect();
      const error = await rejection(client.get(ME), UnauthorizedError);
      assert.equal(error.status, 401);
      assert.match(error.trackingId ?? '', /^ROUTER_/);
      assert.ok(error.userMessage.endsWith(`Tracking ID: ${error.trackingId}`));
      assert.equal(sample.stats().total, 1);
      assertTokenAbsent(error, TOKEN);
    });
  });

  describe('errors', () => {
    it('names the missing scope of each endpoint family on 403', async () => {
      const cases: Array<[string, string, string]> = [
        ['/telephony/config/locations', 'locations', 'spark-admin:telephony_config_read'],
        [HUNT_GROUPS, 'huntGroups', 'spark-admin:telephony_config_read'],
        ['/locations', 'items', 'spark-admin:locations_read'],
        ['/organizations', 'items', 'spark-admin:organizations_read'],
      ];
      const { client } = connect();
      for (const [path, key, scope] of cases) {
        sample.forbid(path);
        const error = await rejection(client.all(path, key), ForbiddenError);
        assert.equal(error.requiredScope, scope);
        assert.equal(error.userMessage, `Webex refused access (403 Forbidden): the token lacks the scope ${scope}. Tracking ID: ${error.trackingId}`);
        assertTokenAbsent(error, TOKEN);
      }
      sample.forbid(ME);
      assert.equal((await rejection(client.get(ME), ForbiddenError)).requiredScope, 'spark:people_read');
      assert.equal(sample.stats().total, cases.length + 1, '403 is never retried');
    });

    it('maps each status to its error type and retries only the transient ones', async () => {
      const cases: Array<[number, abstract new (...args: never[]) => WebexError, number]> = [
        [400, RequestError, 1],
        [409, RequestError, 1],
        [404, NotFoundError, 1],
        [410, NotFoundError, 1],
        [501, ServerError, 1],
        [500, ServerError, 3],
        [502, ServerError, 3],
        [504, ServerError, 3],
        [503, ServerError, 3],
        // 429s have a budget of their own; 423 (one locked resource) shares the server errors' one.
        [429, RateLimitedError, 5],
        [423, RateLimitedError, 3],
      ];
      const { client, log } = connect({ maxRetries: 2, maxRateLimitRetries: 4 });
      for (const [status, type, attempts] of cases) {
        sample.clearFaults();
        sample.resetStats();
        sample.addFault({ path: ME, fault: { kind: 'status', status, retryAfterSeconds: status === 429 || status === 423 ? 0 : undefined } });
        const error = await rejection(client.get(ME), type);
        assert.equal(error.status, status);
        assert.equal(sample.stats().total, attempts, `${status} sent ${attempts} time(s)`);
        assert.match(error.trackingId ?? '', /^ROUTER_/, `${status} carries the tracking ID`);
        assert.ok(error.webexMessage, `${status} carries Webex's message`);
        assert.equal(error.descriptions.length, 1);
        assert.equal(error.url, '/v1/people/me');
        assertTokenAbsent(error, TOKEN);
      }
      assertTokenAbsent(log, TOKEN);
    });

    it('reports HTML instead of JSON without quoting the page', async () => {
      sample.addFault({ path: ME, fault: { kind: 'html' } });
      const { client } = connect();
      const error = await rejection(client.get(ME), BadResponseError);
      assert.match(error.message, /HTML page instead of JSON/);
      assert.doesNotMatch(error.message, /<|Please sign in/);
      assert.match(error.trackingId ?? '', /^ROUTER_/);
    });

    it('takes the tracking ID from the header when an error body is not Webex JSON', async () => {
      const html = await stub((_request, response) => {
        response.writeHead(404, { 'Content-Type': 'text/html', trackingid: 'HEADER_ONLY_1' });
        response.end('<html><body><script>alert(1)</script>Not here</body></html>');
      });
      const error = await rejection(loggedClient(html.baseUrl, TOKEN).client.get(ME), NotFoundError);
      assert.equal(error.trackingId, 'HEADER_ONLY_1');
      assert.doesNotMatch(error.message + error.userMessage, /<|script|Not here/);
    });

    it('rejects truncated JSON and bodies of the wrong shape', async () => {
      const { client } = connect();
      sample.addFault({ path: ME, fault: { kind: 'malformedJson' } });
      assert.match((await rejection(client.get(ME), BadResponseError)).message, /not valid JSON/);
      for (const variant of ['missingKey', 'nullItems', 'notObject'] as const) {
        sample.clearFaults();
        sample.addFault({ path: HUNT_GROUPS, fault: { kind: 'wrongShape', variant } });
        const error = await rejection(client.all(HUNT_GROUPS, 'huntGroups'), BadResponseError);
        assert.match(error.message, variant === 'notObject' ? /not a JSON object/ : /"huntGroups" is missing/, variant);
      }
    });

    it('keeps the token out of errors even when the server echoes it', async () => {
      const echo = await stub((request, response) => {
        const authorization = request.headers.authorization ?? '';
        sendJson(response, 400, { message: `Bad header ${authorization}`, errors: [{ description: authorization }], trackingId: 'ECHO_1' });
      });
      const { client, log } = loggedClient(echo.baseUrl, TOKEN);
      const error = await rejection(client.get(ME), RequestError);
      assert.equal(error.webexMessage, 'Bad header Bearer [redacted]');
      assert.equal(error.trackingId, 'ECHO_1');
      assertTokenAbsent(error, TOKEN);
      assertTokenAbsent(log, TOKEN);
    });

    it('shortens an overlong Webex message', async () => {
      const verbose = await stub((_request, response) => sendJson(response, 400, { message: 'x'.repeat(5000) }));
      const error = await rejection(loggedClient(verbose.baseUrl, TOKEN).client.get(ME), RequestError);
      assert.ok((error.webexMessage ?? '').length <= 301);
      assert.ok(error.message.length < 600);
    });
  });

  describe('retries', () => {
    it('waits for Retry-After, then succeeds', async () => {
      sample.addFault({ path: ME, fault: { kind: 'status', status: 429, retryAfterSeconds: 0.2 }, times: 1 });
      const { client, log } = connect();
      await client.get(ME);
      const [refused, retried] = sample.stats().log;
      const gapMs = retried.startedAt - (refused.startedAt + refused.ms);
      // Timers may fire a millisecond early against Date.now; anything shorter did not wait as asked.
      assert.ok(gapMs >= 198, `the retry came ${gapMs} ms after the 429 that asked for 200 ms`);
      assert.deepEqual(
        log.map(({ status, retries, errorKind }) => ({ status, retries, errorKind })),
        [
          { status: 429, retries: 0, errorKind: 'rateLimited' },
          { status: 200, retries: 1, errorKind: undefined },
        ],
      );
    });

    it('fails at once with the wait when Retry-After exceeds the cap', async () => {
      sample.addFault({ path: ME, fault: { kind: 'status', status: 429, retryAfterSeconds: 120 } });
      const { client } = connect({ maxRetryAfterSeconds: 5 });
      const error = await rejection(client.get(ME), RateLimitedError);
      // Any wait for a 429, even one cut to the cap, would have paused the client past this moment.
      assert.ok(client.rateLimitedUntil < Date.now(), 'no pause was started');
      assert.equal(error?.retryAfterSeconds, 120);
      assert.match(error?.userMessage ?? '', /try again in 120 seconds/);
      assert.equal(sample.stats().total, 1);
    });

    it('holds no concurrency slot while a 5xx waits out its Retry-After', async () => {
      sample.addFault({ path: ME, fault: { kind: 'status', status: 503, retryAfterSeconds: 30 }, times: 1 });
      const { client, log } = connect({ maxConcurrentRequests: 1 });
      const controller = new AbortController();
      const waiting = rejection(client.get(ME, { signal: controller.signal }), AbortedError);
      await until(() => log.length === 1);
      await client.get('/organizations');
      assert.equal(await hasSettled(waiting), false, 'the 503 is still waiting while the other request got the only slot');
      controller.abort();
      await waiting;
      assert.deepEqual(sample.stats().log.map((record) => record.status), [503, 200]);
    });

    it('recovers from 5xx with backoff', async () => {
      sample.addFault({ path: ME, fault: { kind: 'status', status: 502 }, times: 2 });
      const { client, log } = connect({ retryBaseDelayMs: 20 });
      const me = await client.get<{ id: string }>(ME);
      assert.equal(me.id, sample.org.me.id);
      assert.deepEqual(log.map((entry) => entry.status), [502, 502, 200]);
    });

    it('retries a connection reset mid-body at once instead of hanging', async () => {
      sample.addFault({ path: ME, fault: { kind: 'reset' }, times: 1 });
      // A timeout longer than the test's own: a reset that hung until it would fail the test.
      const { client, log } = connect({ timeoutMs: 60_000 });
      await client.get(ME);
      assert.deepEqual(log.map((entry) => entry.errorKind), ['network', undefined]);
      assert.equal(sample.stats().total, 2);
    });

    it('gives up on a persistent reset with NetworkError ECONNRESET', async () => {
      sample.addFault({ path: ME, fault: { kind: 'reset' } });
      const error = await rejection(connect({ maxRetries: 1 }).client.get(ME), NetworkError);
      assert.equal(error.code, 'ECONNRESET');
      assert.equal(sample.stats().total, 2);
    });

    it('does not retry a refused connection', async () => {
      const { client, log } = loggedClient(`${await refusingOrigin()}/v1`, TOKEN);
      const error = await rejection(client.get(ME), NetworkError);
      assert.equal(error.code, 'ECONNREFUSED');
      assert.equal(log.length, 1);
      assertTokenAbsent(error, TOKEN);
    });

    it('times out a hung request without retrying it', async () => {
      sample.addFault({ path: ME, fault: { kind: 'hang' } });
      const { client } = connect({ timeoutMs: 300 });
      let error: TimeoutError | undefined;
      const ms = await elapsedMs(async () => {
        error = await rejection(client.get(ME), TimeoutError);
      });
      assert.ok(ms >= 300 && ms < 1500, `took ${ms} ms`);
      assert.match(error?.userMessage ?? '', /within 0\.3 seconds/);
      assert.equal(sample.stats().total, 1);
      assertTokenAbsent(error, TOKEN);
    });
  });

  describe('aborting', () => {
    it('ends a request in progress at once', async () => {
      // The server never answers: only the abort can end the request.
      const { handler, held } = holdingHandler();
      const silent = await stub(handler);
      const { client, log } = loggedClient(silent.baseUrl, TOKEN, { timeoutMs: 60_000 });
      const controller = new AbortController();
      const call = rejection(client.get(ME, { signal: controller.signal }), AbortedError);
      await until(() => held.length === 1);
      controller.abort();
      assertTokenAbsent(await call, TOKEN);
      await until(() => log.length === 1 && held[0].closed);
      assert.equal(log[0].errorKind, 'aborted', 'the HTTP exchange itself was aborted');
    });

    it('ends a Retry-After wait at once, and no retry follows', async () => {
      sample.addFault({ path: ME, fault: { kind: 'status', status: 429, retryAfterSeconds: 0.2 }, times: 1 });
      const { client, log } = connect();
      const controller = new AbortController();
      const call = rejection(client.get(ME, { signal: controller.signal }), AbortedError);
      await until(() => log.length === 1);
      controller.abort();
      await call;
      assert.ok(Date.now() < client.rateLimitedUntil, 'released while the pause was still in force');
      // These pass the gate when the pause ends, as a retry would; two round trips later it would have come.
      await client.get('/organizations');
      await client.get('/organizations', { query: { again: 1 } });
      assert.deepEqual(sample.stats().log.map((record) => record.url.split('?')[0]), ['/v1/people/me', '/v1/organizations', '/v1/organizations']);
    });

    it('sends nothing for an already aborted signal', async () => {
      const controller = new AbortController();
      controller.abort();
      await rejection(connect().client.get(ME, { signal: controller.signal }), AbortedError);
      assert.equal(sample.stats().total, 0);
    });
  });

  describe('concurrency', () => {
    it('never has more requests in flight than the cap', async () => {
      sample.setLatency(40);
      const { client } = connect({ maxConcurrentRequests: 3 });
      const paths = huntGroupPaths();
      const results = await Promise.all(paths.map((path) => client.get<{ id: string }>(path)));
      assert.deepEqual(results.map((details) => details.id), allHuntGroupIds());
      assert.equal(sample.stats().total, paths.length);
      assert.ok(sample.stats().concurrentPeak <= 3, `peak ${sample.stats().concurrentPeak}`);
      assert.ok(sample.stats().concurrentPeak >= 2, 'requests did run in parallel');
    });

    it('sends identical concurrent GETs once and gives every caller its own copy', async () => {
      sample.setLatency(100);
      const { client } = connect();
      const results = await Promise.all(Array.from({ length: 5 }, () => client.get<{ id: string; emails?: string[] }>(ME)));
      assert.equal(sample.stats().total, 1);
      assert.equal(sample.stats().duplicates, 0);
      for (const result of results) assert.deepEqual(result, results[0]);
      assert.equal(new Set(results).size, 5, 'no two callers share an object');
      await client.get(ME);
      assert.equal(sample.stats().total, 2, 'a finished request is not reused');
    });

    it('lets one caller of a shared request abort while the others get the result', async () => {
      const { handler, held } = holdingHandler();
      const slow = await stub(handler);
      const { client, log } = loggedClient(slow.baseUrl, TOKEN);
      const leaving = new AbortController();
      const staying = client.get<{ id: string }>(ME);
      const left = rejection(client.get(ME, { signal: leaving.signal }), AbortedError);
      const alsoStaying = client.get<{ id: string }>(ME, { signal: new AbortController().signal });
      await until(() => held.length === 1);
      leaving.abort();
      await left;
      assert.equal(await hasSettled(staying), false, 'the aborting caller was released while the request still ran');
      sendJson(held[0].response, 200, { id: 'me-1' });
      assert.equal((await staying).id, 'me-1');
      assert.equal((await alsoStaying).id, 'me-1');
      assert.equal(slow.requests.length, 1);
      assert.deepEqual(log.map((entry) => entry.status), [200]);
    });

    it('aborts the shared request once every caller has left', async () => {
      const { handler, held } = holdingHandler();
      const slow = await stub(handler);
      const { client, log } = loggedClient(slow.baseUrl, TOKEN);
      const first = new AbortController();
      const second = new AbortController();
      const calls = [first, second].map((controller) => rejection(client.get(ME, { signal: controller.signal }), AbortedError));
      await until(() => held.length === 1);
      first.abort();
      await calls[0];
      // A request sent after the abort and received on another connection: the abort of the shared
      // exchange, had there been one, would have reached the server by then.
      const later = loggedClient(slow.baseUrl, TOKEN).client.get('/later');
      await until(() => held.length === 2);
      sendJson(held[1].response, 200, {});
      await later;
      assert.equal(held[0].closed, false, 'still running for the second caller');
      assert.equal(log.length, 0);
      second.abort();
      await calls[1];
      await until(() => held[0].closed && log.length === 1);
      assert.deepEqual(log.map((entry) => entry.errorKind), ['aborted']);
      const again = client.get<{ id: string }>(ME);
      await until(() => held.length === 3);
      sendJson(held[2].response, 200, { id: 'me-2' });
      assert.equal((await again).id, 'me-2', 'a later identical call starts a new request');
    });
  });

  describe('pagination', () => {
    it('follows next links across pages, sending max', async () => {
      sample.setMaxPageSize(3);
      const { client } = connect({ pageSize: 50 });
      const items = await client.all<{ id: string }>(HUNT_GROUPS, 'huntGroups');
      assert.deepEqual(items.map((item) => item.id), allHuntGroupIds());
      const urls = sample.stats().log.map((record) => record.url);
      assert.equal(urls.length, Math.ceil(allHuntGroupIds().length / 3));
      for (const url of urls) assert.match(url, /[?&]max=50(&|$)/);
    });

    it('yields the first page before asking for the next', async () => {
      sample.setMaxPageSize(5);
      sample.setLatency(30);
      const { client } = connect();
      const requestsSeenAtEachPage: number[] = [];
      for await (const page of client.pages(HUNT_GROUPS, 'huntGroups')) {
        assert.ok(page.length > 0);
        requestsSeenAtEachPage.push(sample.stats().total);
      }
      assert.deepEqual(requestsSeenAtEachPage, [1, 2, 3, 4]);
    });

    it('stops at an empty page even when it carries a next link', async () => {
      sample.addFault({ path: HUNT_GROUPS, fault: { kind: 'emptyPageWithNext' } });
      const { client, log } = connect();
      assert.deepEqual(await client.all(HUNT_GROUPS, 'huntGroups'), []);
      assert.equal(sample.stats().total, 1);
      assert.equal(log.at(-1)?.note, 'pagination stopped: empty page');
    });

    it('stops without error when a next link repeats', async () => {
      sample.setMaxPageSize(3);
      sample.addFault({ path: HUNT_GROUPS, fault: { kind: 'linkLoop' } });
      const { client, log } = connect();
      const items = await client.all<{ id: string }>(HUNT_GROUPS, 'huntGroups');
      assert.deepEqual(items.map((item) => item.id), allHuntGroupIds().slice(0, 3));
      assert.equal(sample.stats().total, 1);
      assert.equal(log.at(-1)?.note, 'pagination stopped: next link repeated');
    });

    it('gives up after maxPages pages', async () => {
      sample.setMaxPageSize(2);
      const { client } = connect({ maxPages: 3 });
      const error = await rejection(client.all(HUNT_GROUPS, 'huntGroups'), BadResponseError);
      assert.match(error.message, /more than 3 pages/);
      assert.equal(sample.stats().total, 3);
    });

    it('refuses a next link on another origin without contacting it', async () => {
      const elsewhere = await stub();
      sample.setMaxPageSize(3);
      sample.addFault({ path: HUNT_GROUPS, fault: { kind: 'crossOriginNext', origin: elsewhere.origin } });
      const { client } = connect();
      const pages: unknown[][] = [];
      const error = await rejection(
        (async () => {
          for await (const page of client.pages(HUNT_GROUPS, 'huntGroups')) pages.push(page);
        })(),
        BadResponseError,
      );
      assert.equal(pages.length, 1, 'the first page still arrives');
      assert.ok(error.message.includes(new URL(elsewhere.origin).host));
      assert.deepEqual(elsewhere.requests, []);
    });

    it('puts orgId, max and filters back when a next link drops them', async () => {
      const [customerId, customer] = [...sample.orgs.entries()][1];
      const location = customer.locations[0];
      sample.setMaxPageSize(1);
      sample.addFault({ path: HUNT_GROUPS, fault: { kind: 'nextDropsParams' } });
      const { client } = connect({ pageSize: 7 });
      const items = await client.all<{ id: string; locationId: string }>(HUNT_GROUPS, 'huntGroups', {
        query: { orgId: customerId, locationId: location.location.id },
      });
      assert.deepEqual(items.map((item) => item.id), location.huntGroups.map((huntGroup) => huntGroup.id));
      for (const record of sample.stats().log) {
        const query = new URL(record.url, sample.origin).searchParams;
        assert.equal(query.get('orgId'), customerId);
        assert.equal(query.get('locationId'), location.location.id);
        assert.equal(query.get('max'), '7');
      }
    });

    it('reads several links per header, bare or multiple rel values and relative targets; drops null entries', async () => {
      const links: Record<string, string> = {
        '0': '<{origin}/v1/items?start=0>; rel="prev", <{origin}/v1/items?start=2&max=2>; title="a, b; c"; rel="next"',
        '2': '</v1/items?start=4>; rel=next',
        '4': '<{origin}/v1/items?start=0>; rel="first", <{origin}/v1/items?start=6>; rel="last next"',
        '6': '<{origin}/v1/items?start=0>; rel="first"',
      };
      const pages: Record<string, unknown[]> = { '0': [{ id: 'a' }, { id: 'b' }], '2': [{ id: 'c' }, null, { id: 'd' }], '4': [{ id: 'e' }], '6': [{ id: 'f' }] };
      const shaped = await stub((request, response, origin) => {
        const start = new URL(request.url ?? '', origin).searchParams.get('start') ?? '0';
        sendJson(response, 200, { items: pages[start] }, { Link: links[start].replaceAll('{origin}', origin) });
      });
      const { client } = loggedClient(shaped.baseUrl, TOKEN, { pageSize: 2 });
      const items = await client.all<{ id: string }>('/items', 'items');
      assert.deepEqual(items.map((item) => item.id), ['a', 'b', 'c', 'd', 'e', 'f']);
      assert.deepEqual(shaped.requests.map((request) => request.url), [
        '/v1/items?max=2',
        '/v1/items?start=2&max=2',
        '/v1/items?start=4&max=2',
        '/v1/items?start=6&max=2',
      ]);
    });
  });

  describe('redirects', () => {
    it('follows a same-origin redirect with the token', async () => {
      sample.addFault({ path: ME, fault: { kind: 'redirect', location: `${sample.baseUrl}${ME}?moved=1`, status: 307 }, times: 1 });
      const { client, log } = connect();
      const me = await client.get<{ id: string }>(ME);
      assert.equal(me.id, sample.org.me.id);
      assert.deepEqual(sample.stats().log.map((record) => [record.url, record.authorization]), [
        ['/v1/people/me', `Bearer ${TOKEN}`],
        ['/v1/people/me?moved=1', `Bearer ${TOKEN}`],
      ]);
      assert.equal(log[0].note, 'redirected to /v1/people/me?moved=1');
    });

    it('refuses a redirect to another origin, naming the host, without contacting it', async () => {
      const elsewhere = await stub();
      sample.addFault({ path: ME, fault: { kind: 'redirect', location: `${elsewhere.origin}/v1/people/me` } });
      const error = await rejection(connect().client.get(ME), BadResponseError);
      assert.ok(error.message.includes(new URL(elsewhere.origin).host));
      assert.deepEqual(elsewhere.requests, []);
      assert.equal(sample.stats().total, 1, 'not retried either');
    });
  });

  describe('request log', () => {
    it('reports every exchange with path, status, timing, tracking ID and retry count, never the token', async () => {
      const latencyMs = 40;
      sample.setLatency(latencyMs);
      sample.addFault({ path: ME, fault: { kind: 'status', status: 503, retryAfterSeconds: 0 }, times: 1 });
      const { client, log } = connect();
      await client.get(ME);
      await client.all(HUNT_GROUPS, 'huntGroups', { query: { name: 'Sales' } });
      assert.deepEqual(
        log.map(({ method, url, status, retries, errorKind }) => ({ method, url, status, retries, errorKind })),
        [
          { method: 'GET', url: '/v1/people/me', status: 503, retries: 0, errorKind: 'server' },
          { method: 'GET', url: '/v1/people/me', status: 200, retries: 1, errorKind: undefined },
          { method: 'GET', url: '/v1/telephony/config/huntGroups?max=100&name=Sales', status: 200, retries: 0, errorKind: undefined },
        ],
      );
      for (const entry of log) {
        assert.match(entry.trackingId ?? '', /^ROUTER_/);
        // The server held every answer back: an exchange's time includes that wait (less timer slop).
        assert.ok(Number.isInteger(entry.ms) && entry.ms >= latencyMs - 2, `${entry.url} took ${entry.ms} ms`);
      }
      assertTokenAbsent(log, TOKEN);
    });

    it('survives a log sink that throws', async () => {
      const { client } = connect({
        onRequest: () => {
          throw new Error('sink failed');
        },
      });
      assert.equal((await client.get<{ id: string }>(ME)).id, sample.org.me.id);
    });
  });
});

