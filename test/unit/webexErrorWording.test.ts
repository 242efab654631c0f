// The sentences each Webex error shows people, word for word: they are what an administrator reads
// in a notification or the details view, so a changed number, unit or status name is a visible bug.

import * as assert from 'node:assert/strict';
import {
  AbortedError,
  BadResponseError,
  ForbiddenError,
  getContext,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  RequestError,
  requestPathOf,
  requiredScopeFor,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  WebexError,
  WebexErrorContext,
} from '../../src/webex/errors';

const base: WebexErrorContext = { method: 'GET', url: '/v1/people/me' };
const withStatus = (status: number): WebexErrorContext => ({ ...base, status });

describe('Webex error wording', () => {
  it('tells "no token" from "token rejected"', () => {
    assert.equal(new UnauthorizedError(base).userMessage, 'Not signed in to Webex: there is no access token.');
    assert.equal(
      new UnauthorizedError(withStatus(401)).userMessage,
      'Webex rejected the access token (401 Unauthorized): it is invalid or has expired (personal access tokens last 12 hours); sign in again.',
    );
  });

  it('names the missing scope on 403 when it is known', () => {
    assert.equal(new ForbiddenError(withStatus(403), 'spark:people_read').userMessage, 'Webex refused access (403 Forbidden): the token lacks the scope spark:people_read.');
    assert.equal(new ForbiddenError(withStatus(403), undefined).userMessage, 'Webex refused access (403 Forbidden): the token is not allowed to read this.');
    assert.equal(new ForbiddenError(withStatus(403), '').userMessage, 'Webex refused access (403 Forbidden): the token is not allowed to read this.');
  });

  it('says Gone for 410 and Not Found otherwise', () => {
    assert.equal(new NotFoundError(withStatus(410)).userMessage, 'Webex has no such item (410 Gone): it may have been renamed or deleted; refresh the list.');
    assert.equal(new NotFoundError(withStatus(404)).userMessage, 'Webex has no such item (404 Not Found): it may have been renamed or deleted; refresh the list.');
    assert.equal(new NotFoundError(base).userMessage, 'Webex has no such item (404 Not Found): it may have been renamed or deleted; refresh the list.');
  });

  it('says when to retry in whole, singular and fractional seconds', () => {
    assert.equal(new RateLimitedError(withStatus(429), 1).userMessage, 'Webex is limiting requests (429); try again in 1 second.');
    assert.equal(new RateLimitedError(withStatus(423), 30).userMessage, 'Webex is limiting requests (423); try again in 30 seconds.');
    assert.equal(new RateLimitedError(base, 1.25).userMessage, 'Webex is limiting requests (429); try again in 1.3 seconds.');
    assert.equal(new RateLimitedError(base, 0).userMessage, 'Webex is limiting requests (429); try again in 0 seconds.');
    assert.equal(new RateLimitedError(base, undefined).userMessage, 'Webex is limiting requests (429); try again in a moment.');
    assert.equal(new ServerError(withStatus(503), 2).userMessage, 'Webex had a server error (503); try again in 2 seconds.');
    assert.equal(new ServerError(base).userMessage, 'Webex had a server error (no status); try again in a moment.');
  });

  it('gives a timeout in seconds, with one decimal when not whole', () => {
    assert.equal(new TimeoutError(base, 1000).userMessage, 'Webex did not answer within 1 second.');
    assert.equal(new TimeoutError(base, 30_000).userMessage, 'Webex did not answer within 30 seconds.');
    assert.equal(new TimeoutError(base, 2500).userMessage, 'Webex did not answer within 2.5 seconds.');
    assert.equal(new TimeoutError(base, 2500).timeoutMs, 2500);
  });

  it('names the host, and the system code only when there is one', () => {
    assert.equal(
      new NetworkError(base, 'webexapis.com', 'ECONNREFUSED').userMessage,
      'Could not reach Webex at webexapis.com (ECONNREFUSED); check the network and the API base URL.',
    );
    assert.equal(new NetworkError(base, 'webexapis.com', undefined).userMessage, 'Could not reach Webex at webexapis.com; check the network and the API base URL.');
    assert.equal(new NetworkError(base, 'webexapis.com', '').userMessage, 'Could not reach Webex at webexapis.com; check the network and the API base URL.');
  });

  it('gives the size cap in megabytes, with one decimal when not whole', () => {
    const whole = new ResponseTooLargeError(base, 20 * 1024 * 1024);
    assert.equal(whole.userMessage, 'Webex sent an unexpected response: the response is larger than 20 MB, so it was not read.');
    assert.equal(whole.name, 'ResponseTooLargeError');
    assert.equal(whole.kind, 'badResponse');
    assert.equal(whole.maxBytes, 20 * 1024 * 1024);
    assert.equal(new ResponseTooLargeError(base, 1.5 * 1024 * 1024).userMessage, 'Webex sent an unexpected response: the response is larger than 1.5 MB, so it was not read.');
    assert.equal(new BadResponseError(base, 'oops').name, 'BadResponseError');
  });

  it('quotes the first description, else the message, of a rejected request', () => {
    assert.equal(
      new RequestError({ ...withStatus(400), descriptions: ['first', 'second'], webexMessage: 'message' }).userMessage,
      'Webex rejected the request (400): first.',
    );
    assert.equal(new RequestError({ ...withStatus(400), webexMessage: 'message' }).userMessage, 'Webex rejected the request (400): message.');
    assert.equal(new RequestError({ ...withStatus(400), descriptions: [] , webexMessage: 'message' }).userMessage, 'Webex rejected the request (400): message.');
    assert.equal(new RequestError(withStatus(422)).userMessage, 'Webex rejected the request (422).');
    assert.equal(new RequestError(base).userMessage, 'Webex rejected the request (no status).');
    assert.equal(new AbortedError(base).userMessage, 'The request to Webex was cancelled.');
  });

  it('adds the tracking ID to the sentence and the request to the message', () => {
    const error = new ServerError({ ...withStatus(500), trackingId: 'ROUTER_1' });
    assert.equal(error.userMessage, 'Webex had a server error (500); try again in a moment. Tracking ID: ROUTER_1');
    assert.equal(error.message, 'Webex had a server error (500); try again in a moment. Tracking ID: ROUTER_1 (GET /v1/people/me)');
    assert.equal(new ServerError({ ...withStatus(500), trackingId: '' }).userMessage, 'Webex had a server error (500); try again in a moment.');
    assert.deepEqual(error.descriptions, []);
    assert.equal(error.trackingId, 'ROUTER_1');
  });

  it('keeps every field of the context', () => {
    const error = new RequestError({ method: 'GET', url: '/v1/x?y=1', status: 400, webexMessage: 'm', descriptions: ['d'], trackingId: 'T1' });
    assert.deepEqual(
      { method: error.method, url: error.url, status: error.status, webexMessage: error.webexMessage, descriptions: error.descriptions, trackingId: error.trackingId },
      { method: 'GET', url: '/v1/x?y=1', status: 400, webexMessage: 'm', descriptions: ['d'], trackingId: 'T1' },
    );
  });

  it('names each class and kind', () => {
    const cases: Array<[Error & { kind: string }, string, string]> = [
      [new UnauthorizedError(base), 'UnauthorizedError', 'unauthorized'],
      [new ForbiddenError(base, undefined), 'ForbiddenError', 'forbidden'],
      [new NotFoundError(base), 'NotFoundError', 'notFound'],
      [new RateLimitedError(base, undefined), 'RateLimitedError', 'rateLimited'],
      [new ServerError(base), 'ServerError', 'server'],
      [new TimeoutError(base, 1), 'TimeoutError', 'timeout'],
      [new NetworkError(base, 'h', undefined), 'NetworkError', 'network'],
      [new BadResponseError(base, 'p'), 'BadResponseError', 'badResponse'],
      [new RequestError(base), 'RequestError', 'request'],
      [new AbortedError(base), 'AbortedError', 'aborted'],
    ];
    for (const [error, name, kind] of cases) {
      assert.deepEqual([error.name, error.kind, error instanceof WebexError], [name, kind, true]);
    }
  });
});

describe('requiredScopeFor', () => {
  it('maps each endpoint family to its read scope, whole segments only', () => {
    assert.equal(requiredScopeFor('/telephony/config'), 'spark-admin:telephony_config_read');
    assert.equal(requiredScopeFor('/telephony/config/locations'), 'spark-admin:telephony_config_read');
    assert.equal(requiredScopeFor('/locations'), 'spark-admin:locations_read');
    assert.equal(requiredScopeFor('/locations/L1'), 'spark-admin:locations_read');
    assert.equal(requiredScopeFor('/organizations'), 'spark-admin:organizations_read');
    assert.equal(requiredScopeFor('/organizations/O1'), 'spark-admin:organizations_read');
    assert.equal(requiredScopeFor('/people/me'), 'spark:people_read');
    for (const path of ['/telephony/configs', '/locationsX', '/organizationsX', '/people/me/x', '/people/mex', '/v1/locations', '/x/telephony/config']) {
      assert.equal(requiredScopeFor(path), undefined, path);
    }
  });
});

describe('request paths in errors', () => {
  it('are the path and query relative to the origin, without the fragment', () => {
    const url = new URL('https://webexapis.com/v1/people/me?orgId=O1#frag');
    assert.equal(requestPathOf(url), '/v1/people/me?orgId=O1');
    assert.deepEqual(getContext(url, 'T1'), { method: 'GET', url: '/v1/people/me?orgId=O1', trackingId: 'T1' });
    assert.deepEqual(getContext(url), { method: 'GET', url: '/v1/people/me?orgId=O1', trackingId: undefined });
  });
});
