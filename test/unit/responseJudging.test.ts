// How a complete response is judged, status by status and body by body: which statuses are success,
// which error each other status becomes, what counts as an HTML page or a JSON object, and what of
// Webex's error body is kept (and how it is shortened and cleaned of the token).

import * as assert from 'node:assert/strict';
import { Headers } from 'node-fetch';
import {
  BadResponseError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  RequestError,
  ServerError,
  UnauthorizedError,
  WebexError,
} from '../../src/webex/errors';
import { isObject, judge, JsonResponse, listOf, trackingIdOrNothing } from '../../src/webex/responses';

const URL_ = new URL('https://webexapis.com/v1/telephony/config/locations?max=100');
const TOKEN = 'secret-token-1234567890';

function raw(status: number, text: string, headers: Record<string, string> = {}) {
  return { status, text, headers: new Headers({ 'content-type': 'application/json', ...headers }) };
}

function judged(status: number, text: string, headers: Record<string, string> = {}, token = TOKEN): JsonResponse {
  return judge(raw(status, text, headers), URL_, token, '/telephony/config/locations');
}

function failure(status: number, text: string, headers: Record<string, string> = {}, token = TOKEN): WebexError {
  try {
    judged(status, text, headers, token);
  } catch (error) {
    assert.ok(error instanceof WebexError, String(error));
    return error;
  }
  assert.fail(`status ${status} was judged a success`);
}

describe('judging a response', () => {
  it('takes every 2xx as success, with its Link header and tracking ID', () => {
    assert.deepEqual(judged(200, '{"a":1}', { link: '<x>; rel=next', trackingid: 'ROUTER_1' }), { body: { a: 1 }, link: '<x>; rel=next', trackingId: 'ROUTER_1' });
    assert.deepEqual(judged(299, '{}'), { body: {}, link: null, trackingId: undefined });
  });

  it('calls a status outside 2xx, 4xx and 5xx unexpected', () => {
    for (const status of [199, 300, 304]) {
      const error = failure(status, '{}');
      assert.ok(error instanceof BadResponseError, String(status));
      assert.equal(error.userMessage, `Webex sent an unexpected response: an unexpected status ${status}.`);
      assert.equal(error.status, status);
    }
  });

  it('gives each error status its error type', () => {
    const cases: Array<[number, abstract new (...args: never[]) => WebexError]> = [
      [400, RequestError],
      [401, UnauthorizedError],
      [403, ForbiddenError],
      [404, NotFoundError],
      [409, RequestError],
      [410, NotFoundError],
      [423, RateLimitedError],
      [429, RateLimitedError],
      [499, RequestError],
      [500, ServerError],
      [501, ServerError],
      [599, ServerError],
    ];
    for (const [status, type] of cases) {
      const error = failure(status, '{}');
      assert.ok(error instanceof type, `${status} gave ${error.name}`);
      assert.equal(error.status, status);
    }
  });

  it('names the scope the API path needs on 403', () => {
    assert.equal((failure(403, '{}') as ForbiddenError).requiredScope, 'spark-admin:telephony_config_read');
  });

  it('reads Retry-After on 429, 423 and 5xx', () => {
    assert.equal((failure(429, '{}', { 'retry-after': '7' }) as RateLimitedError).retryAfterSeconds, 7);
    assert.equal((failure(423, '{}', { 'retry-after': '2' }) as RateLimitedError).retryAfterSeconds, 2);
    assert.equal((failure(503, '{}', { 'retry-after': '1.5' }) as ServerError).retryAfterSeconds, 1.5);
    assert.equal((failure(503, '{}') as ServerError).retryAfterSeconds, undefined);
  });

  it('refuses HTML by content type or by a body that starts with a tag', () => {
    const html = 'Webex sent an unexpected response: an HTML page instead of JSON (is the API base URL right?).';
    assert.equal(failure(200, '{"a":1}', { 'content-type': 'Text/HTML; charset=utf-8' }).userMessage, html);
    assert.equal(failure(200, ' \n <html>', { 'content-type': 'application/json' }).userMessage, html);
    assert.deepEqual(judged(200, '{"name":"<b>x</b>"}').body, { name: '<b>x</b>' });
  });

  it('takes a body without a content type as JSON', () => {
    const response = judge({ status: 200, text: '{"a":1}', headers: new Headers() }, URL_, TOKEN, '/x');
    assert.deepEqual(response.body, { a: 1 });
  });

  it('wants a JSON object', () => {
    assert.equal(failure(200, '{"a":').userMessage, 'Webex sent an unexpected response: the body is not valid JSON.');
    for (const text of ['[1]', 'null', '"text"', '3']) {
      assert.equal(failure(200, text).userMessage, 'Webex sent an unexpected response: the body is not a JSON object.', text);
    }
  });

  it('keeps Webex’s message, string descriptions and a tracking ID shaped like one', () => {
    const body = { message: 'Bad', errors: [{ description: 'first' }, 'loose', null, { description: 5 }, { description: 'second' }], trackingId: 'BODY_1' };
    const error = failure(400, JSON.stringify(body), { trackingid: 'HEADER_1' });
    assert.deepEqual([error.webexMessage, error.descriptions, error.trackingId], ['Bad', ['first', 'second'], 'BODY_1']);
  });

  it('falls back to the header’s tracking ID when the body has none or a malformed one', () => {
    assert.equal(failure(500, '{"trackingId":"not one"}', { trackingid: 'HEADER_1' }).trackingId, 'HEADER_1');
    assert.equal(failure(500, 'plain text', { trackingid: 'HEADER_1' }).trackingId, 'HEADER_1');
    assert.equal(failure(500, '[1]', { trackingid: 'HEADER_1' }).trackingId, 'HEADER_1');
  });

  it('ignores an error body that is not Webex JSON', () => {
    for (const text of ['plain text', '[1]', '{"message":5,"errors":"x"}']) {
      const error = failure(400, text);
      assert.deepEqual([error.webexMessage, error.descriptions], [undefined, []], text);
    }
  });

  it('cuts Webex text at 300 characters and blanks out the token', () => {
    const exact = 'm'.repeat(300);
    assert.equal(failure(400, JSON.stringify({ message: exact })).webexMessage, exact);
    assert.equal(failure(400, JSON.stringify({ message: `${exact}x` })).webexMessage, `${exact}…`);
    assert.deepEqual(failure(400, JSON.stringify({ message: `a ${TOKEN} b`, errors: [{ description: `c ${TOKEN}` }] })).descriptions, ['c [redacted]']);
    assert.equal(failure(400, JSON.stringify({ message: `a ${TOKEN} b` })).webexMessage, 'a [redacted] b');
  });

  it('leaves text alone when there is no token to blank out', () => {
    assert.equal(failure(400, JSON.stringify({ message: 'abc' }), {}, '').webexMessage, 'abc');
  });
});

describe('tracking IDs and token fragments', () => {
  it('drops a fragment of the token from 8 characters on', () => {
    assert.equal(trackingIdOrNothing(TOKEN.slice(0, 8), TOKEN), undefined);
    assert.equal(trackingIdOrNothing(TOKEN.slice(0, 7), TOKEN), TOKEN.slice(0, 7));
  });

  it('keeps every well-shaped ID when there is no token', () => {
    assert.equal(trackingIdOrNothing('ROUTER_1', ''), 'ROUTER_1');
  });
});

describe('list bodies', () => {
  const response = (body: Record<string, unknown>): JsonResponse => ({ body, link: null, trackingId: 'T_1' });

  it('keeps the object entries and counts every entry sent', () => {
    assert.deepEqual(listOf(response({ items: [{ id: 'a' }, null, 3, [], { id: 'b' }] }), 'items', URL_), { items: [{ id: 'a' }, { id: 'b' }], sent: 5 });
  });

  it('refuses a missing or non-list key, naming it', () => {
    for (const body of [{}, { items: {} }, { items: 'x' }]) {
      assert.throws(() => listOf(response(body), 'items', URL_), (error: unknown) => {
        assert.ok(error instanceof BadResponseError);
        assert.equal(error.userMessage, 'Webex sent an unexpected response: the list "items" is missing or not a list. Tracking ID: T_1');
        assert.equal(error.url, '/v1/telephony/config/locations?max=100');
        return true;
      });
    }
  });

  it('counts only plain objects as objects', () => {
    assert.deepEqual([{}, [], null, 'x', 1].map(isObject), [true, false, false, false, false]);
  });
});
