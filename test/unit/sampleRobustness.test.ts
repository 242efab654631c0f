// The sample API under hostile or heavy use: requests it cannot route, foreign Host headers, 429
// storms, a bounded request log, and the faults that imitate misbehaving proxies (a token echoed
// into tracking IDs, a gzip bomb) and the hostile org's command-link hunt group.

import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as zlib from 'node:zlib';
import { HOSTILE_COMMAND_LINK_NAME, HOSTILE_STRINGS, SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { SlidingWindowLimiter } from '../support/rateLimiter';
import { KEPT_LOG_RECORDS, RequestStatsRecorder } from '../support/requestStats';
import { AUTH, assertWebexError, get, rawGet, waitFor, type Json } from './helpers/sampleHttp';

function jsonOf(bytes: Buffer): Json {
  return JSON.parse(bytes.toString('utf8')) as Json;
}

describe('sample API robustness', () => {
  let server: SampleServer;
  let port: string;
  before(async () => {
    server = await startSampleServer();
    port = new URL(server.origin).port;
  });
  after(async () => {
    await server.close();
  });
  afterEach(() => {
    server.clearFaults();
    server.setRateLimit(undefined);
  });

  describe('request targets', () => {
    it('answers GET // (which used to crash it) with a 404, and keeps serving', async () => {
      const reply = await rawGet(server, '//');
      assert.equal(reply.status, 404);
      assert.equal(jsonOf(reply.bytes).trackingId, reply.headers.trackingid);
      assert.equal((await get(server, '/people/me')).status, 200);
    });

    it('reads //host/path as a path on itself, never as another host', async () => {
      assert.equal((await rawGet(server, '//evil.example/v1/people/me')).status, 404);
    });

    it('answers 400 with a Webex error body to targets that are not paths', async () => {
      for (const target of ['*', `http://127.0.0.1:${port}/v1/people/me`]) {
        const reply = await rawGet(server, target);
        assert.equal(reply.status, 400, target);
        assert.equal(typeof jsonOf(reply.bytes).message, 'string');
      }
      assert.equal((await get(server, '/people/me')).status, 200);
    });
  });

  describe('Host header (DNS-rebinding guard)', () => {
    for (const host of ['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST']) {
      it(`serves Host ${host}:<port>`, async () => {
        const reply = await rawGet(server, '/v1/people/me', { Host: `${host}:${port}` });
        assert.equal(reply.status, 200);
      });
    }

    // PORT is this server's port, OTHER another one.
    for (const host of ['evil.example', 'evil.example:80', 'evil.example:PORT', '127.0.0.1:OTHER', '127.0.0.1', '127.0.0.1.evil.example:PORT', 'localhost.:PORT']) {
      it(`answers 421 to Host ${host}, before auth, routing and faults`, async () => {
        server.addFault({ path: '/people/me', fault: { kind: 'status', status: 200, body: { leaked: true } } });
        const reply = await rawGet(server, '/v1/people/me', { Host: host.replace('PORT', port).replace('OTHER', String(Number(port) + 1)) });
        assert.equal(reply.status, 421);
        const body = jsonOf(reply.bytes);
        assert.match(String(body.message), /Host/);
        assert.equal(body.trackingId, reply.headers.trackingid);
      });
    }
  });

  describe('rate limit', () => {
    it('answers a storm of concurrent requests with exactly the allowed number of 200s, the rest 429 without Retry-After', async () => {
      server.setRateLimit({ requests: 5, windowMs: 60_000 });
      const replies = await Promise.all(Array.from({ length: 40 }, () => get(server, '/telephony/config/huntGroups')));
      assert.equal(replies.filter((reply) => reply.status === 200).length, 5);
      const limited = replies.filter((reply) => reply.status === 429);
      assert.equal(limited.length, 35);
      await waitFor(() => server.stats().byStatus['429'] === 35, 'the 429s counted by status');
      for (const reply of limited) {
        assertWebexError(reply, 429);
        assert.equal(reply.headers.get('retry-after'), null);
      }
    });

    it('allows `requests` arrivals in any window, counting only accepted ones', () => {
      const limiter = new SlidingWindowLimiter({ requests: 3, windowMs: 100 });
      assert.deepEqual([0, 10, 20, 30, 99].map((t) => limiter.rejects(t)), [false, false, false, true, true]);
      assert.equal(limiter.rejects(100), false, 'the arrival at 0 has left the window');
      assert.equal(limiter.rejects(105), true);
      assert.equal(limiter.rejects(110), false, 'the arrival at 10 has left the window');
      assert.equal(new SlidingWindowLimiter({ requests: 0, windowMs: 100 }).rejects(0), true);
      assert.throws(() => new SlidingWindowLimiter({ requests: 1, windowMs: 0 }), RangeError);
    });

    it('checks in constant time, however large the window (baseline: a small one, same run)', () => {
      const checks = 1_000_000;
      const timeChecks = (requests: number): number => {
        const limiter = new SlidingWindowLimiter({ requests, windowMs: 1_000_000 });
        const started = performance.now();
        for (let i = 0; i < checks; i++) limiter.rejects(i);
        return performance.now() - started;
      };
      timeChecks(10);
      timeChecks(50_000); // warm both paths up
      const small = Math.min(timeChecks(10), timeChecks(10));
      const large = Math.min(timeChecks(50_000), timeChecks(50_000));
      // A scan of the window would make the large one hundreds of times slower.
      assert.ok(large < 20 * Math.max(small, 1), `window of 50,000: ${large.toFixed(1)} ms; of 10: ${small.toFixed(1)} ms`);
    });
  });

  describe('faults', () => {
    it('echoAuthorization: the trackingid header and the error body echo the Authorization header', async () => {
      server.addFault({ path: '/people/me', fault: { kind: 'echoAuthorization' }, times: 2 });
      const denied = await get(server, '/people/me', { headers: { Authorization: 'Bearer not-a-tracking-id' } });
      assert.equal(denied.status, 401);
      assert.equal(denied.headers.get('trackingid'), 'Bearer not-a-tracking-id');
      assert.equal((denied.body as Json).trackingId, 'Bearer not-a-tracking-id');
      const ok = await get(server, '/people/me');
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get('trackingid'), `Bearer ${SAMPLE_TOKEN}`);
      assert.match(String((await get(server, '/people/me')).headers.get('trackingid')), /^ROUTER_/, 'only for `times` requests');
    });

    it('gzipBomb: 200, Content-Encoding gzip, a small body that inflates to exactly the size asked, as JSON', async () => {
      const decompressedBytes = 3_000_000;
      server.addFault({ path: '/telephony/config/huntGroups', fault: { kind: 'gzipBomb', decompressedBytes } });
      const reply = await rawGet(server, '/v1/telephony/config/huntGroups', { 'Accept-Encoding': 'gzip' });
      assert.equal(reply.status, 200);
      assert.equal(reply.headers['content-encoding'], 'gzip');
      assert.equal(Number(reply.headers['content-length']), reply.bytes.length);
      assert.ok(reply.bytes.length * 100 < decompressedBytes, `compressed to ${reply.bytes.length} bytes`);
      const inflated = zlib.gunzipSync(reply.bytes);
      assert.equal(inflated.length, decompressedBytes);
      assert.ok(Array.isArray(jsonOf(inflated).items));
      const again = await rawGet(server, '/v1/telephony/config/huntGroups');
      assert.deepEqual(again.bytes, reply.bytes, 'the same body again');
    });

    it('gzipBomb: rejects a size too small for its JSON', () => {
      assert.throws(() => server.addFault({ path: '/', fault: { kind: 'gzipBomb', decompressedBytes: 13 } }), RangeError);
      assert.throws(() => server.addFault({ path: '/', fault: { kind: 'gzipBomb', decompressedBytes: 1.5e3 + 0.5 } }), RangeError);
    });

    it('status: sends a custom string body as it is', async () => {
      server.addFault({ path: '/people/me', fault: { kind: 'status', status: 502, body: '<html>Bad gateway</html>' }, times: 1 });
      const reply = await get(server, '/people/me');
      assert.equal(reply.status, 502);
      assert.equal(reply.text, '<html>Bad gateway</html>');
    });
  });
});

describe('sample API request stats', () => {
  it('keeps as many records as keptLogRecords says, and counts every request', async () => {
    const server = await startSampleServer({ keptLogRecords: 3 });
    try {
      for (let i = 0; i < 7; i++) await get(server, `/people/me?i=${i}`);
      await waitFor(() => server.stats().byStatus['200'] === 7, 'seven responses closed');
      const stats = server.stats();
      assert.equal(stats.total, 7);
      assert.deepEqual(stats.log.map((record) => record.url), ['/v1/people/me?i=4', '/v1/people/me?i=5', '/v1/people/me?i=6']);
    } finally {
      await server.close();
    }
    await assert.rejects(startSampleServer({ keptLogRecords: -1 }), RangeError);
  });

  it(`keeps counting every request but only the last ${KEPT_LOG_RECORDS} records`, () => {
    const stats = new RequestStatsRecorder();
    const requests = 2 * KEPT_LOG_RECORDS + 123;
    for (let i = 0; i < requests; i++) {
      const record = stats.arrived('GET', `/v1/people/me?i=${i}`, AUTH.Authorization, i);
      stats.finished(record, 200, i + 1);
    }
    const snapshot = stats.snapshot();
    assert.equal(snapshot.total, requests);
    assert.deepEqual(snapshot.byPath, { '/v1/people/me': requests });
    assert.equal(snapshot.log.length, KEPT_LOG_RECORDS);
    assert.equal(snapshot.log[0].url, `/v1/people/me?i=${requests - KEPT_LOG_RECORDS}`);
    assert.equal(snapshot.log[KEPT_LOG_RECORDS - 1].url, `/v1/people/me?i=${requests - 1}`);
    assert.equal(snapshot.concurrentPeak, 1);
    stats.reset();
    assert.deepEqual(stats.snapshot(), { total: 0, byPath: {}, byStatus: {}, concurrentPeak: 0, duplicates: 0, log: [] });
  });
});

describe('sample API hostile org', () => {
  let server: SampleServer;
  before(async () => {
    server = await startSampleServer({ hostile: true });
  });
  after(async () => {
    await server.close();
  });

  it('has a hunt group named exactly the command link, whose details a fault can turn into a 500', async () => {
    assert.ok(HOSTILE_STRINGS.includes(HOSTILE_COMMAND_LINK_NAME));
    const huntGroups = ((await get(server, '/telephony/config/huntGroups?max=1000')).body as Json).huntGroups as Json[];
    const named = huntGroups.filter((item) => item.name === HOSTILE_COMMAND_LINK_NAME);
    assert.equal(named.length, 1);
    const details = `/telephony/config/locations/${String(named[0].locationId)}/huntGroups/${String(named[0].id)}`;
    assert.equal(((await get(server, details)).body as Json).name, HOSTILE_COMMAND_LINK_NAME);

    server.addFault({ path: details, fault: { kind: 'status', status: 500 } });
    assertWebexError(await get(server, details), 500);
    const other = huntGroups.find((item) => item.id !== named[0].id)!;
    assert.equal((await get(server, `/telephony/config/locations/${String(other.locationId)}/huntGroups/${String(other.id)}`)).status, 200);
    assert.equal((await get(server, '/telephony/config/huntGroups')).status, 200, 'the list still answers');
  });
});
