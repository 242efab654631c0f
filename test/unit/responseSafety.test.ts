// What a hostile or broken server can put into the client's results: tracking IDs that are really
// the token, and bodies that inflate past memory. Over real HTTP on loopback.

import * as assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import { RequestLogEntry } from '../../src/webex/client';
import { BadResponseError, NetworkError, RequestError, ResponseTooLargeError } from '../../src/webex/errors';
import { trackingIdOrNothing } from '../../src/webex/responses';
import { MAX_RESPONSE_BYTES } from '../../src/webex/transport';
import { assertTokenAbsent, loggedClient, rejection } from './helpers/clientKit';
import { HttpStub, sendJson, startHttpStub, StubHandler } from './helpers/httpStub';

const TOKEN = 'ZDI3MGEyYzQtNmFlNS00NDNhLWFlNzAtZGVhMjE1MjgxNjkzNjAzYjAzNzctNzgz_PF84_1eb65fdf-9643-417f-9974-ad72cae0e10f';
const ME = '/people/me';

describe('tracking IDs', () => {
  it('keeps IDs shaped like Webex tracking IDs', () => {
    for (const id of ['ROUTER_6801C1F5-0D9C-4E6A-8E7B-4F5A1B2C3D4E', 'WEBEX_abc:1.2_3-4', '8d8e2b0c-2b7f-4c55-a0fb-1b9a7f0c0d4e', 'x'.repeat(128)]) {
      assert.equal(trackingIdOrNothing(id, TOKEN), id);
    }
    assert.equal(trackingIdOrNothing('  ROUTER_1  ', TOKEN), 'ROUTER_1');
  });

  it('drops anything else, and the token or a piece of it however it is shaped', () => {
    for (const value of [`Bearer ${TOKEN}`, TOKEN, TOKEN.slice(10, 40), `ROUTER_${TOKEN}`, 'x'.repeat(129), 'a b', '<b>x</b>', '', 42, null, undefined]) {
      assert.equal(trackingIdOrNothing(value, TOKEN), undefined, String(value));
    }
  });

  describe('from a server that echoes the Authorization header', () => {
    let server: HttpStub;
    afterEach(() => server.close());

    async function echoing(status: number): Promise<{ log: RequestLogEntry[]; result: unknown }> {
      server = await startHttpStub((request, response) => {
        const authorization = request.headers.authorization ?? '';
        const bare = authorization.replace(/^Bearer /, '');
        // Header and body alike: the full header (with a space, not a valid header value shape) and the bare token.
        sendJson(response, status, { id: 'me', message: 'echo', trackingId: authorization }, { trackingid: bare });
      });
      const { client, log } = loggedClient(server.baseUrl, TOKEN, { maxRetries: 0 });
      const result = await client.get(ME).catch((error: unknown) => error);
      return { log, result };
    }

    it('keeps the token out of log entries of a success', async () => {
      const { log, result } = await echoing(200);
      assert.deepEqual(result, { id: 'me', message: 'echo', trackingId: `Bearer ${TOKEN}` }, 'the body itself is handed over as sent');
      assert.equal(log[0].trackingId, undefined);
      assertTokenAbsent(log, TOKEN);
    });

    it('keeps the token out of errors and their log entries', async () => {
      const { log, result } = await echoing(400);
      assert.ok(result instanceof RequestError);
      assert.equal(result.trackingId, undefined);
      assert.doesNotMatch(result.userMessage, /Bearer|Tracking ID/);
      assertTokenAbsent(result, TOKEN);
      assertTokenAbsent(log, TOKEN);
    });
  });
});

describe('response size cap', () => {
  let server: HttpStub | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** A gzip body of `members` concatenated gzip members of `memberBytes` zeros each: tiny on the wire, huge inflated. */
  function gzipBomb(memberBytes: number, members: number): Buffer {
    const member = zlib.gzipSync(Buffer.alloc(memberBytes, 0x20));
    return Buffer.concat(Array.from({ length: members }, () => member));
  }

  /** JS heap plus Buffer memory, where an inflated body would sit. */
  function heldMemory(): number {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  }

  function serving(body: Buffer, headers: Record<string, string>): StubHandler {
    return (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', ...headers });
      response.end(body);
    };
  }

  it('is 20 MB', () => {
    assert.equal(MAX_RESPONSE_BYTES, 20 * 1024 * 1024);
  });

  it('refuses a gzip body that inflates past the cap, with its own error, sent once', async () => {
    // 400 MB of spaces inflated from well under 1 MB sent, like the 0.41 MB body that became 419 MB.
    const bomb = gzipBomb(10 * 1024 * 1024, 40);
    assert.ok(bomb.length < 1024 * 1024, `${bomb.length} bytes on the wire`);
    server = await startHttpStub(serving(bomb, { 'Content-Encoding': 'gzip' }));
    const { client, log } = loggedClient(server.baseUrl, TOKEN);
    const memoryBefore = heldMemory();
    const error = await rejection(client.get(ME), ResponseTooLargeError);
    assert.ok(error instanceof BadResponseError && !(error instanceof NetworkError));
    assert.equal(error.userMessage, 'Webex sent an unexpected response: the response is larger than 20 MB, so it was not read.');
    assert.equal(error.maxBytes, MAX_RESPONSE_BYTES);
    assert.equal(server.requests.length, 1, 'not retried');
    const grownMb = (heldMemory() - memoryBefore) / (1024 * 1024);
    assert.ok(grownMb < 100, `held memory grew by ${grownMb.toFixed(0)} MB while 400 MB were offered`);
    assert.equal(log[0].errorKind, 'badResponse');
  });

  it('refuses a plain body past the cap too', async () => {
    server = await startHttpStub(serving(Buffer.alloc(MAX_RESPONSE_BYTES + 1, 0x20), {}));
    await rejection(loggedClient(server.baseUrl, TOKEN).client.get(ME), ResponseTooLargeError);
  });

  it('reads a gzip body that inflates to just under the cap', async () => {
    const json = Buffer.from(JSON.stringify({ id: 'big', pad: 'x'.repeat(MAX_RESPONSE_BYTES - 100) }));
    assert.ok(json.length <= MAX_RESPONSE_BYTES);
    server = await startHttpStub(serving(zlib.gzipSync(json), { 'Content-Encoding': 'gzip' }));
    const body = await loggedClient(server.baseUrl, TOKEN).client.get<{ id: string; pad: string }>(ME);
    assert.equal(body.id, 'big');
    assert.equal(body.pad.length, MAX_RESPONSE_BYTES - 100);
  });
});
