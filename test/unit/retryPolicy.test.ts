// The retry rules without waiting (Retry-After parsing, budgets, the cap, backoff), then the client's
// client-wide pause on 429 over real HTTP on loopback.

import * as assert from 'node:assert/strict';
import { DEFAULT_CLIENT_SETTINGS } from '../../src/webex/client';
import { AbortedError, NetworkError, RateLimitedError, ServerError, WebexErrorContext } from '../../src/webex/errors';
import { decideRetry, DEFAULT_RETRY_SETTINGS, parseRetryAfter, RATE_LIMIT_DEFAULT_WAIT_MS, RetrySettings, secondsToMs } from '../../src/webex/retryPolicy';
import { hasSettled, loggedClient, rejection, until } from './helpers/clientKit';
import { HttpStub, sendJson, startHttpStub, StubHandler } from './helpers/httpStub';

const NOW = Date.parse('2025-03-01T12:00:00Z');
const context = (status: number): WebexErrorContext => ({ method: 'GET', url: '/v1/people/me', status });
const fresh = () => ({ rateLimited: 0, other: 0 });
const settings = (changes: Partial<RetrySettings> = {}): RetrySettings => ({ ...DEFAULT_RETRY_SETTINGS, ...changes });
/** A random source that always gives `value`, so backoff is exact. */
const fixed = (value: number) => () => value;

describe('parseRetryAfter', () => {
  it('reads delta-seconds, fractions included', () => {
    assert.equal(parseRetryAfter('7', NOW), 7);
    assert.equal(parseRetryAfter(' 0 ', NOW), 0);
    assert.equal(parseRetryAfter('1.5', NOW), 1.5);
    assert.equal(parseRetryAfter('0.25', NOW), 0.25);
  });

  it('reads an HTTP date as the time until then, and a past one as 0', () => {
    assert.equal(parseRetryAfter('Sat, 01 Mar 2025 12:00:30 GMT', NOW), 30);
    assert.equal(parseRetryAfter('Saturday, 01-Mar-25 12:02:00 GMT', NOW), 120);
    assert.equal(parseRetryAfter('Sat Mar  1 12:00:05 2025', NOW + 500), 4.5);
    assert.equal(parseRetryAfter('Sat, 01 Mar 2025 11:59:00 GMT', NOW), 0);
  });

  it('reads a negative value, junk and absence as "not said"', () => {
    for (const value of ['-1', '-0.5', 'soon', 'soon 5', '5 minutes', '1e3', '', '   ', null, undefined]) {
      assert.equal(parseRetryAfter(value, NOW), undefined, String(value));
    }
  });

  it('turns seconds into whole milliseconds, rounded up, without float noise', () => {
    assert.equal(secondsToMs(1.1), 1100);
    assert.equal(secondsToMs(0.0015), 2);
    assert.equal(secondsToMs(60), 60_000);
  });
});

describe('decideRetry', () => {
  it('has the documented defaults: 5 s for a 429 without Retry-After, 10 retries on 429, 3 on the rest, a 60 s cap', () => {
    assert.equal(RATE_LIMIT_DEFAULT_WAIT_MS, 5000);
    assert.equal(DEFAULT_CLIENT_SETTINGS.rateLimitDefaultWaitMs, 5000);
    assert.equal(DEFAULT_CLIENT_SETTINGS.maxRateLimitRetries, 10);
    assert.equal(DEFAULT_CLIENT_SETTINGS.maxRetries, 3);
    assert.equal(DEFAULT_CLIENT_SETTINGS.maxRetryAfterSeconds, 60);
    assert.deepEqual(decideRetry(new RateLimitedError(context(429), undefined), fresh(), DEFAULT_RETRY_SETTINGS), {
      delayMs: 5000,
      budget: 'rateLimited',
      pauseClient: true,
    });
  });

  it('waits as a 5xx Retry-After asks instead of backing off', () => {
    const decision = decideRetry(new ServerError(context(503), 2), fresh(), settings({ retryBaseDelayMs: 5 }), fixed(1));
    assert.deepEqual(decision, { delayMs: 2000, budget: 'other', pauseClient: false });
    const fractional = decideRetry(new ServerError(context(503), 0.3), fresh(), settings({ retryBaseDelayMs: 5 }), fixed(1));
    assert.equal(fractional?.delayMs, 300);
  });

  it('backs off exponentially, with jitter between half and all of the step, when no wait was asked', () => {
    const base = settings({ retryBaseDelayMs: 100 });
    assert.equal(decideRetry(new ServerError(context(502)), { rateLimited: 0, other: 0 }, base, fixed(1))?.delayMs, 100);
    assert.equal(decideRetry(new ServerError(context(502)), { rateLimited: 0, other: 2 }, base, fixed(1))?.delayMs, 400);
    assert.equal(decideRetry(new ServerError(context(502)), { rateLimited: 0, other: 2 }, base, fixed(0))?.delayMs, 200);
    assert.equal(decideRetry(new NetworkError(context(0), 'host', 'ECONNRESET'), fresh(), base, fixed(1))?.delayMs, 100);
    assert.equal(decideRetry(new NetworkError(context(0), 'host', 'ECONNREFUSED'), fresh(), base), undefined);
  });

  it('waits exactly up to the cap and gives up just past it', () => {
    const capped = settings({ maxRetryAfterSeconds: 60 });
    assert.equal(decideRetry(new RateLimitedError(context(429), 60), fresh(), capped)?.delayMs, 60_000);
    assert.equal(decideRetry(new RateLimitedError(context(429), 61), fresh(), capped), undefined);
    assert.equal(decideRetry(new RateLimitedError(context(429), 60.001), fresh(), capped), undefined);
    assert.equal(decideRetry(new ServerError(context(503), 60), fresh(), capped)?.delayMs, 60_000);
    assert.equal(decideRetry(new ServerError(context(503), 61), fresh(), capped), undefined);
  });

  it('keeps a budget for 429s apart from the one for everything else', () => {
    const small = settings({ maxRetries: 1, maxRateLimitRetries: 3 });
    const rateLimited = new RateLimitedError(context(429), 0);
    assert.ok(decideRetry(rateLimited, { rateLimited: 2, other: 1 }, small), 'other retries do not use up the 429 budget');
    assert.equal(decideRetry(rateLimited, { rateLimited: 3, other: 0 }, small), undefined);
    const server = new ServerError(context(500));
    assert.ok(decideRetry(server, { rateLimited: 3, other: 0 }, small), '429 retries do not use up the server-error budget');
    assert.equal(decideRetry(server, { rateLimited: 0, other: 1 }, small), undefined);
  });

  it('pauses the client only for a 429; a 423 is about one resource and backs off', () => {
    const locked = decideRetry(new RateLimitedError(context(423), undefined), fresh(), settings({ retryBaseDelayMs: 10 }), fixed(1));
    assert.deepEqual(locked, { delayMs: 10, budget: 'other', pauseClient: false });
    assert.equal(decideRetry(new RateLimitedError(context(423), 1), fresh(), settings())?.delayMs, 1000);
  });

  it('does not retry what would fail the same way again', () => {
    for (const status of [400, 401, 403, 404, 409, 501]) {
      assert.equal(decideRetry(new ServerError(context(status)), fresh(), settings()), undefined, String(status));
    }
  });
});

describe('WebexClient under 429', () => {
  const ME = '/people/me';
  let stubs: HttpStub[] = [];

  async function stub(handler: StubHandler): Promise<HttpStub> {
    const started = await startHttpStub(handler);
    stubs.push(started);
    return started;
  }

  afterEach(async () => {
    await Promise.all(stubs.map((started) => started.close()));
    stubs = [];
  });

  /** Answers the first request to `/v1/people/me` with a 429 carrying `retryAfter` (none when undefined), the rest 200. */
  function firstMeRateLimited(retryAfter: string | undefined): { handler: StubHandler; arrivals: Array<{ url: string; at: number }> } {
    const arrivals: Array<{ url: string; at: number }> = [];
    let limited = false;
    const handler: StubHandler = (request, response) => {
      arrivals.push({ url: request.url ?? '', at: Date.now() });
      if (!limited && request.url === '/v1/people/me') {
        limited = true;
        sendJson(response, 429, { message: 'Too many requests' }, retryAfter === undefined ? {} : { 'Retry-After': retryAfter });
        return;
      }
      sendJson(response, 200, { id: request.url, items: [] });
    };
    return { handler, arrivals };
  }

  it('holds every other request of the client until the Retry-After has passed', async () => {
    const { handler, arrivals } = firstMeRateLimited('0.3');
    const server = await stub(handler);
    let limitedAt = 0;
    const { client, log } = loggedClient(server.baseUrl, 'token-1', {
      onRequest: (entry) => {
        if (entry.status === 429) limitedAt = Date.now();
        log.push(entry);
      },
    });
    const me = client.get(ME);
    await until(() => limitedAt > 0);
    const others = Promise.all([client.get('/organizations'), client.get('/locations')]);
    await Promise.all([me, others]);
    const after429 = arrivals.slice(1);
    assert.deepEqual(after429.map((arrival) => arrival.url).sort(), ['/v1/locations', '/v1/organizations', '/v1/people/me']);
    for (const arrival of after429) {
      // Timers may fire a millisecond early against Date.now.
      assert.ok(arrival.at - limitedAt >= 298, `${arrival.url} went out ${arrival.at - limitedAt} ms after the 429 that asked for 300 ms`);
    }
  });

  it('pauses for the default wait when a 429 has no Retry-After, and an abort still ends the wait', async () => {
    const { handler, arrivals } = firstMeRateLimited(undefined);
    const server = await stub(handler);
    const log: number[] = [];
    // Default settings apart from the log: the wait must be the documented 5 s.
    const { client } = loggedClient(server.baseUrl, 'token-1', {
      retryBaseDelayMs: undefined,
      onRequest: (entry) => {
        if (entry.status === 429) log.push(Date.now());
      },
    });
    const controller = new AbortController();
    const me = rejection(client.get(ME, { signal: controller.signal }), AbortedError);
    await until(() => log.length === 1);
    const other = rejection(client.get('/organizations', { signal: controller.signal }), AbortedError);
    const pauseMs = client.rateLimitedUntil - log[0];
    assert.ok(pauseMs >= 5000 && pauseMs < 6000, `paused for ${pauseMs} ms`);
    assert.equal(await hasSettled(other), false);
    controller.abort();
    await Promise.all([me, other]);
    assert.equal(arrivals.length, 1, 'nothing went out during the pause');
  });

  it('reads a Retry-After HTTP date, failing at once when it is past the cap', async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const server = await stub((_request, response) => sendJson(response, 429, { message: 'slow down' }, { 'Retry-After': inTwoMinutes }));
    const { client } = loggedClient(server.baseUrl, 'token-1', { maxRetryAfterSeconds: 60 });
    const error = await rejection(client.get(ME), RateLimitedError);
    // HTTP dates have whole seconds, so up to one second of the two minutes may already be gone.
    assert.ok(error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 118 && error.retryAfterSeconds <= 120, String(error.retryAfterSeconds));
    assert.equal(server.requests.length, 1);
  });

  it('waits out a 5xx Retry-After rather than the (much shorter) backoff', async () => {
    const arrivals: number[] = [];
    let answered503At = 0;
    const server = await stub((_request, response) => {
      arrivals.push(Date.now());
      if (arrivals.length === 1) {
        sendJson(response, 503, { message: 'busy' }, { 'Retry-After': '0.25' });
        answered503At = Date.now();
        return;
      }
      sendJson(response, 200, { id: 'me' });
    });
    const { client } = loggedClient(server.baseUrl, 'token-1', { retryBaseDelayMs: 1 });
    await client.get(ME);
    assert.equal(arrivals.length, 2);
    assert.ok(arrivals[1] - answered503At >= 248, `retried ${arrivals[1] - answered503At} ms after a 503 that asked for 250 ms`);
  });
});
