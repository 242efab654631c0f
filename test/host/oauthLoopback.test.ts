import * as assert from 'node:assert';
import * as http from 'node:http';
import * as os from 'node:os';
import { listenForRedirect } from '../../src/auth/loopbackRedirect';
import { freePort } from './oauthHelpers';

/** A GET to the loopback server with the Host header given, as a browser (or a rebinding page) sends it. */
function get(port: number, path: string, host = `localhost:${port}`, address = '127.0.0.1'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: address, port, path, headers: { Host: host }, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
}

describe('Sign In with Webex: the loopback redirect server', () => {
  const state = 'c3RhdGUtb2YtdGhpcy1zaWduLWluLTAxMjM0NTY3ODk';

  it('takes one redirect with the right state, answers "you can close this tab", then closes', async () => {
    const port = await freePort();
    const refused: string[] = [];
    const loopback = await listenForRedirect({ port, expectedState: state, onRefused: (message) => refused.push(message) });
    try {
      const wrongPath = await get(port, `/other?code=x&state=${state}`);
      assert.strictEqual(wrongPath.status, 404);
      const wrongHost = await get(port, `/callback?code=x&state=${state}`, `evil.example:${port}`);
      assert.strictEqual(wrongHost.status, 400);
      assert.match(wrongHost.body, /another host \(evil\.example/);
      assert.strictEqual(refused.length, 2, 'each refusal is reported');
      const ok = await get(port, `/callback?code=the-code&state=${state}`, `[::1]:${port}`);
      assert.strictEqual(ok.status, 200);
      assert.match(ok.body, /You can close this tab/);
      assert.strictEqual(await loopback.code, 'the-code', 'the refused requests did not end the wait');
      await assert.rejects(get(port, `/callback?code=second&state=${state}`), /ECONNREFUSED|ECONNRESET|socket hang up/, 'a second redirect finds no server');
    } finally {
      await loopback.close();
    }
  });

  it('ends the wait on a state mismatch and on access_denied, with a clear message', async () => {
    for (const [query, expected] of [
      ['code=x&state=not-this-one', /state does not match/],
      [`error=access_denied&state=${state}`, /declined in the browser/],
    ] as const) {
      const port = await freePort();
      const loopback = await listenForRedirect({ port, expectedState: state });
      try {
        const page = await get(port, `/callback?${query}`);
        assert.strictEqual(page.status, 400);
        assert.match(page.body, expected);
        await assert.rejects(loopback.code, expected);
      } finally {
        await loopback.close();
      }
    }
  });

  it('listens on loopback addresses only, and is closed by cancel', async () => {
    const port = await freePort();
    const loopback = await listenForRedirect({ port, expectedState: state });
    const outward = Object.values(os.networkInterfaces()).flat().find((address) => address && !address.internal && address.family === 'IPv4');
    if (outward) await assert.rejects(get(port, '/callback', `localhost:${port}`, outward.address), /ECONNREFUSED/);
    await loopback.close();
    await assert.rejects(loopback.code, /closed before a redirect/);
    await assert.rejects(get(port, '/callback'), /ECONNREFUSED/);
  });

  it('says which port is taken when it cannot listen', async () => {
    const port = await freePort();
    const first = await listenForRedirect({ port, expectedState: state });
    try {
      await assert.rejects(listenForRedirect({ port, expectedState: state }), new RegExp(`port ${port}.*webexCalling\\.oauth\\.redirectPort`));
    } finally {
      await first.close();
    }
  });
});
