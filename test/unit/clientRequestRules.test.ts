// The client's smaller rules, each over real HTTP on loopback where it is about HTTP: what base URLs
// and option values it accepts (and the exact reason it gives otherwise), how paths and queries are
// built, how far redirects are followed, which decisions it notes in the request log, and what a page
// says about the pages after it.

import * as assert from 'node:assert/strict';
import type * as http from 'node:http';
import { ListPage, validateBaseUrl, WebexClient } from '../../src/webex/client';
import { BadResponseError, ForbiddenError, NotFoundError, UnauthorizedError } from '../../src/webex/errors';
import { loggedClient, rejection } from './helpers/clientKit';
import { HttpStub, sendJson, startHttpStub } from './helpers/httpStub';

const TOKEN = 'token-for-rules';

type Route = (url: URL, response: http.ServerResponse, origin: string) => void;

describe('WebexClient rules', () => {
  let server: HttpStub;
  let routes: Map<string, Route>;

  before(async () => {
    server = await startHttpStub((request, response, origin) => {
      const url = new URL(request.url ?? '', origin);
      const route = routes.get(url.pathname);
      if (route) route(url, response, origin);
      else sendJson(response, 404, { message: 'no route' });
    });
  });
  after(() => server.close());
  beforeEach(() => {
    routes = new Map();
    server.requests.length = 0;
  });

  const requested = () => server.requests.map((request) => request.url);

  async function readPages<T>(client: WebexClient, path: string): Promise<Array<ListPage<T>>> {
    const pages: Array<ListPage<T>> = [];
    for await (const page of client.pages<T>(path, 'items')) pages.push(page);
    return pages;
  }

  describe('base URL', () => {
    it('says exactly what is wrong with a refused one', () => {
      assert.throws(() => validateBaseUrl('ftp://webexapis.com/v1'), { message: 'The Webex API base URL must start with https:// (got ftp:).' });
      assert.throws(() => validateBaseUrl('http://example.com:8080/v1'), {
        message: 'The Webex API base URL must use https:// (plain http is allowed only for 127.0.0.1, ::1 and localhost, got example.com:8080).',
      });
      assert.throws(() => validateBaseUrl('not a url'), { message: 'The Webex API base URL is not a valid URL (expected e.g. https://webexapis.com/v1).' });
      for (const url of ['https://user@webexapis.com/v1', 'https://:secret@webexapis.com/v1']) {
        assert.throws(() => validateBaseUrl(url), { message: 'The Webex API base URL must not contain a user name or password.' }, url);
      }
      for (const url of ['https://webexapis.com/v1?x=1', 'https://webexapis.com/v1#top']) {
        assert.throws(() => validateBaseUrl(url), { message: 'The Webex API base URL must not contain a query (?) or fragment (#).' }, url);
      }
    });

    it('accepts https anywhere and keeps inner slashes', () => {
      assert.equal(validateBaseUrl('https://example.com/a//b/'), 'https://example.com/a//b');
      assert.equal(validateBaseUrl('https://example.com'), 'https://example.com');
    });
  });

  describe('options', () => {
    const make = (options: Record<string, number>) => () => new WebexClient({ baseUrl: server.baseUrl, getToken: () => TOKEN, ...options });

    it('allows 0 only for retry counts and waits', () => {
      for (const name of ['maxRetries', 'maxRateLimitRetries', 'maxRetryAfterSeconds', 'retryBaseDelayMs', 'rateLimitDefaultWaitMs']) {
        assert.doesNotThrow(make({ [name]: 0 }), name);
        assert.throws(make({ [name]: -1 }), { name: 'RangeError', message: `WebexClient option ${name} must be a number ≥ 0, got -1` });
      }
      for (const name of ['pageSize', 'timeoutMs', 'maxConcurrentRequests', 'maxPages']) {
        assert.doesNotThrow(make({ [name]: 1 }), name);
        assert.throws(make({ [name]: 0 }), { name: 'RangeError', message: `WebexClient option ${name} must be a number ≥ 1, got 0` });
      }
    });

    it('refuses values that are not finite numbers', () => {
      assert.throws(make({ pageSize: Number.NaN }), { message: 'WebexClient option pageSize must be a number ≥ 1, got NaN' });
      assert.throws(make({ maxRetries: Number.POSITIVE_INFINITY }), { message: 'WebexClient option maxRetries must be a number ≥ 0, got Infinity' });
    });

    it('uses the page size given', async () => {
      routes.set('/v1/items', (_url, response) => sendJson(response, 200, { items: [] }));
      await loggedClient(server.baseUrl, TOKEN, { pageSize: 7 }).client.all('/items', 'items');
      assert.deepEqual(requested(), ['/v1/items?max=7']);
    });
  });

  describe('paths and queries', () => {
    it('adds the slash a path lacks, leaves out undefined values and writes numbers as text', async () => {
      routes.set('/v1/people/me', (_url, response) => sendJson(response, 200, { id: 'me' }));
      const { client } = loggedClient(server.baseUrl, TOKEN);
      await client.get('people/me', { query: { a: 1, b: undefined, c: 'x' } });
      assert.deepEqual(requested(), ['/v1/people/me?a=1&c=x']);
      assert.equal(client.requestPath('/people/me', { orgId: 'O1', name: undefined }), '/v1/people/me?orgId=O1');
      assert.equal(client.requestPath('people/me'), '/v1/people/me');
    });

    it('lets a list query override the page size', async () => {
      routes.set('/v1/items', (_url, response) => sendJson(response, 200, { items: [] }));
      await loggedClient(server.baseUrl, TOKEN, { pageSize: 7 }).client.all('/items', 'items', { query: { max: 3, name: undefined } });
      assert.deepEqual(requested(), ['/v1/items?max=3']);
    });

    it('reads an unpaged list with one GET, without max, keeping each id once', async () => {
      routes.set('/v1/organizations', (_url, response) => sendJson(response, 200, { items: [{ id: 'a' }, { id: 'a' }, null, { id: 'b' }] }));
      const items = await loggedClient(server.baseUrl, TOKEN).client.unpagedList('/organizations', 'items', { query: { x: '1' } });
      assert.deepEqual(items, [{ id: 'a' }, { id: 'b' }]);
      assert.deepEqual(requested(), ['/v1/organizations?x=1']);
    });
  });

  describe('tokens', () => {
    it('sends the token trimmed, and nothing for a blank one, noting why', async () => {
      routes.set('/v1/people/me', (_url, response) => sendJson(response, 200, { id: 'me' }));
      await loggedClient(server.baseUrl, `  ${TOKEN}\n`).client.get('/people/me');
      assert.equal(server.requests[0].authorization, `Bearer ${TOKEN}`);
      const { client, log } = loggedClient(server.baseUrl, '   ');
      await rejection(client.get('/people/me'), UnauthorizedError);
      assert.equal(server.requests.length, 1);
      assert.deepEqual(log, [{ method: 'GET', url: '/v1/people/me', ms: 0, retries: 0, errorKind: 'unauthorized', note: 'not sent: no access token' }]);
    });

    describe('after a 401', () => {
      /** A client whose token is `tokens[0]` until onUnauthorized moves it on; each call answers `refreshed`. */
      function refreshingClient(refreshed: boolean) {
        const tokens = ['old-token', 'new-token'];
        const rejected: string[] = [];
        const { client } = loggedClient(server.baseUrl, undefined, {
          getToken: () => tokens[0],
          onUnauthorized: async (token) => {
            rejected.push(token);
            if (refreshed) tokens.shift();
            return refreshed;
          },
        });
        return { client, rejected };
      }
      const sentTokens = () => server.requests.map((request) => request.authorization);

      it('sends the request once more with the token onUnauthorized leaves behind', async () => {
        routes.set('/v1/people/me', (_url, response) => sendJson(response, server.requests.length === 1 ? 401 : 200, { id: 'me' }));
        const { client, rejected } = refreshingClient(true);
        assert.deepEqual(await client.get('/people/me'), { id: 'me' });
        assert.deepEqual(rejected, ['old-token']);
        assert.deepEqual(sentTokens(), ['Bearer old-token', 'Bearer new-token']);
      });

      it('asks once per request: a refreshed token that still gets 401 fails', async () => {
        routes.set('/v1/people/me', (_url, response) => sendJson(response, 401, {}));
        const { client, rejected } = refreshingClient(true);
        await rejection(client.get('/people/me'), UnauthorizedError);
        assert.deepEqual(rejected, ['old-token']);
        assert.deepEqual(sentTokens(), ['Bearer old-token', 'Bearer new-token']);
      });

      it('fails at once when onUnauthorized declines', async () => {
        routes.set('/v1/people/me', (_url, response) => sendJson(response, 401, {}));
        const { client, rejected } = refreshingClient(false);
        await rejection(client.get('/people/me'), UnauthorizedError);
        assert.deepEqual(rejected, ['old-token']);
        assert.deepEqual(sentTokens(), ['Bearer old-token']);
      });
    });
  });

  describe('redirects', () => {
    /** `/v1/hop/N` redirects to `/v1/hop/N-1`, and `/v1/hop/0` answers. */
    function hops(status = 302): void {
      routes.set('/v1/hop', (_url, response) => sendJson(response, 200, { id: 'end' }));
      for (let index = 1; index <= 6; index++) {
        routes.set(`/v1/hop/${index}`, (_url, response) => {
          response.writeHead(status, { Location: index === 1 ? '/v1/hop' : `/v1/hop/${index - 1}` });
          response.end();
        });
      }
    }

    it('follows five redirects and refuses the sixth', async () => {
      hops();
      assert.deepEqual(await loggedClient(server.baseUrl, TOKEN).client.get('/hop/5'), { id: 'end' });
      assert.equal(server.requests.length, 6);
      server.requests.length = 0;
      const error = await rejection(loggedClient(server.baseUrl, TOKEN, { maxRetries: 0 }).client.get('/hop/6'), BadResponseError);
      assert.equal(error.userMessage, 'Webex sent an unexpected response: more than 5 redirects.');
      assert.equal(error.url, '/v1/hop/1');
      assert.equal(server.requests.length, 6);
    });

    it('follows each redirect status', async () => {
      for (const status of [301, 302, 303, 307, 308]) {
        hops(status);
        assert.deepEqual(await loggedClient(server.baseUrl, TOKEN).client.get('/hop/1'), { id: 'end' }, String(status));
      }
    });

    it('treats a 3xx without a usable Location as an unexpected status', async () => {
      routes.set('/v1/nowhere', (_url, response) => {
        response.writeHead(302);
        response.end('{}');
      });
      routes.set('/v1/bad', (_url, response) => {
        response.writeHead(301, { Location: 'http://[nope' });
        response.end('{}');
      });
      routes.set('/v1/multiple', (_url, response) => {
        response.writeHead(300, { Location: '/v1/hop' });
        response.end('{}');
      });
      const { client } = loggedClient(server.baseUrl, TOKEN);
      for (const [path, status] of [['/nowhere', 302], ['/bad', 301], ['/multiple', 300]] as const) {
        const error = await rejection(client.get(path), BadResponseError);
        assert.equal(error.userMessage, `Webex sent an unexpected response: an unexpected status ${status}.`);
      }
      assert.deepEqual(requested(), ['/v1/nowhere', '/v1/bad', '/v1/multiple']);
    });

    it('names the scope by the path below the base URL, and no scope for a path outside it', async () => {
      routes.set('/v1/people/me', (_url, response) => sendJson(response, 403, {}));
      routes.set('/v2/people/me', (_url, response) => sendJson(response, 403, {}));
      routes.set('/v1/moved', (_url, response) => {
        response.writeHead(307, { Location: '/v2/people/me' });
        response.end();
      });
      const { client } = loggedClient(server.baseUrl, TOKEN);
      assert.equal((await rejection(client.get('/people/me'), ForbiddenError)).requiredScope, 'spark:people_read');
      assert.equal((await rejection(client.get('/moved'), ForbiddenError)).requiredScope, undefined);
    });

    it('notes where each hop led and what the last one failed with', async () => {
      hops();
      routes.set('/v1/hop', (_url, response) => sendJson(response, 404, {}));
      const { client, log } = loggedClient(server.baseUrl, TOKEN);
      await rejection(client.get('/hop/1'), NotFoundError);
      assert.deepEqual(
        log.map(({ url, status, note, errorKind, retries }) => ({ url, status, note, errorKind, retries })),
        [
          { url: '/v1/hop/1', status: 302, note: 'redirected to /v1/hop', errorKind: undefined, retries: 0 },
          { url: '/v1/hop', status: 404, note: undefined, errorKind: 'notFound', retries: 0 },
        ],
      );
    });
  });

  describe('paged lists', () => {
    it('marks the last page as having nothing more, and earlier ones as having more', async () => {
      routes.set('/v1/items', (url, response, origin) => {
        const start = url.searchParams.get('start');
        if (start === null) sendJson(response, 200, { items: [{ id: 'a' }] }, { Link: `<${origin}/v1/items?start=1>; rel="next"` });
        else sendJson(response, 200, { items: [{ id: 'b' }] });
      });
      const pages = await readPages<{ id: string }>(loggedClient(server.baseUrl, TOKEN).client, '/items');
      assert.deepEqual(pages.map((page) => [page.map((item) => item.id), page.hasMore]), [[['a'], true], [['b'], false]]);
    });

    it('marks a page whose next link is refused as having more, then fails', async () => {
      routes.set('/v1/items', (_url, response) => sendJson(response, 200, { items: [{ id: 'a' }] }, { Link: '<https://elsewhere.example/v1/items?start=1>; rel="next"' }));
      const { client, log } = loggedClient(server.baseUrl, TOKEN);
      const pages: Array<ListPage<unknown>> = [];
      const error = await rejection(
        (async () => {
          for await (const page of client.pages('/items', 'items')) pages.push(page);
        })(),
        BadResponseError,
      );
      assert.deepEqual(pages.map((page) => page.hasMore), [true]);
      assert.equal(error.userMessage, 'Webex sent an unexpected response: the next-page link points to another host (elsewhere.example), so it was not followed.');
      assert.deepEqual(log.at(-1), { method: 'GET', url: '/v1/items?max=100', ms: 0, retries: 0, errorKind: 'badResponse', note: 'next-page link to elsewhere.example refused' });
    });

    it('fails on a next link that is not a URL, after handing out the page', async () => {
      routes.set('/v1/items', (_url, response) => sendJson(response, 200, { items: [{ id: 'a' }] }, { Link: '<http://[nope>; rel="next"', trackingid: 'T_1' }));
      const { client } = loggedClient(server.baseUrl, TOKEN);
      const pages: unknown[] = [];
      const error = await rejection(
        (async () => {
          for await (const page of client.pages('/items', 'items')) pages.push(page);
        })(),
        BadResponseError,
      );
      assert.equal(pages.length, 1);
      assert.equal(error.userMessage, 'Webex sent an unexpected response: the next-page link is not a valid URL. Tracking ID: T_1');
    });

    it('notes nothing when a list without links ends at an empty page', async () => {
      routes.set('/v1/items', (_url, response) => sendJson(response, 200, { items: [] }));
      const { client, log } = loggedClient(server.baseUrl, TOKEN);
      assert.deepEqual(await client.all('/items', 'items'), []);
      assert.deepEqual(log.map((entry) => entry.note), [undefined]);
    });

    it('stops at the page past maxPages, counting the empty page that ends a list', async () => {
      routes.set('/v1/items', (url, response) => {
        const start = Number(url.searchParams.get('start') ?? 0);
        sendJson(response, 200, { items: [{ id: `i${start}` }] });
      });
      routes.set('/v1/three', (url, response) => {
        const start = Number(url.searchParams.get('start') ?? 0);
        sendJson(response, 200, { items: start < 3 ? [{ id: `i${start}` }] : [] });
      });
      const { client } = loggedClient(server.baseUrl, TOKEN, { pageSize: 1, maxPages: 3 });
      const error = await rejection(client.all('/items', 'items'), BadResponseError);
      assert.equal(error.userMessage, 'Webex sent an unexpected response: the list "items" went on for more than 3 pages, so reading stopped.');
      assert.equal(error.url, '/v1/items?max=1&start=3');
      server.requests.length = 0;
      // Three full pages and the empty fourth that ends the list: the fourth is past maxPages.
      await rejection(client.all('/three', 'items'), BadResponseError);
      server.requests.length = 0;
      const { client: roomy } = loggedClient(server.baseUrl, TOKEN, { pageSize: 1, maxPages: 4 });
      assert.deepEqual(await roomy.all('/three', 'items'), [{ id: 'i0' }, { id: 'i1' }, { id: 'i2' }]);
      assert.equal(server.requests.length, 4);
    });

    it('fails on a 404 or 410 of a page that came by link, and on a 410 past the end by offset', async () => {
      routes.set('/v1/linked', (url, response, origin) => {
        if (url.searchParams.has('start')) sendJson(response, 404, {});
        else sendJson(response, 200, { items: [{ id: 'a' }] }, { Link: `<${origin}/v1/linked?start=1>; rel="next"` });
      });
      routes.set('/v1/gone', (url, response) => {
        if (url.searchParams.has('start')) sendJson(response, 410, {});
        else sendJson(response, 200, { items: [{ id: 'a' }] });
      });
      const { client, log } = loggedClient(server.baseUrl, TOKEN, { pageSize: 1 });
      await rejection(client.all('/linked', 'items'), NotFoundError);
      await rejection(client.all('/gone', 'items'), NotFoundError);
      assert.ok(!log.some((entry) => entry.note?.startsWith('pagination stopped')));
    });

    it('notes the 404 that ends an offset list', async () => {
      routes.set('/v1/ends', (url, response) => {
        if (url.searchParams.has('start')) sendJson(response, 404, {});
        else sendJson(response, 200, { items: [{ id: 'a' }] });
      });
      const { client, log } = loggedClient(server.baseUrl, TOKEN, { pageSize: 1 });
      assert.deepEqual(await client.all('/ends', 'items'), [{ id: 'a' }]);
      assert.deepEqual(log.at(-1), { method: 'GET', url: '/v1/ends?max=1&start=1', ms: 0, retries: 0, note: 'pagination stopped: 404 past the end of the list' });
    });
  });
});
