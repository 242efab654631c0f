import * as assert from 'node:assert';
import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../src/extension';
import { startSampleServer, type SampleServer } from '../support/sampleServer';
import { childrenOf, EXTENSION_ID, extensionApi, setSetting, until } from './helpers';
import { answerInputBoxes, fakeBrowser, freePort, type FakeBrowser } from './oauthHelpers';
import { spyOnNotifications, type WindowSpy } from './windowSpy';

/** One round trip to the token endpoint, as it crossed the wire. */
interface TokenExchange {
  form: URLSearchParams;
  answer: Record<string, unknown>;
}

interface TokenEndpointRecorder {
  /** The base URL to configure instead of the sample API's. */
  readonly baseUrl: string;
  readonly exchanges: TokenExchange[];
  close(): Promise<void>;
}

/**
 * A pass-through in front of the sample API that keeps every `/access_token` request and answer.
 * The extension sends the PKCE verifier and receives the refresh tokens only there, so this is
 * where a test can learn them without any hook in the code under test.
 */
async function recordTokenEndpoint(target: SampleServer): Promise<TokenEndpointRecorder> {
  const targetUrl = new URL(target.origin);
  const exchanges: TokenExchange[] = [];
  const readAll = async (stream: AsyncIterable<Buffer>): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    return Buffer.concat(chunks);
  };
  const proxy = http.createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      // The sample API accepts only its own Host (a DNS-rebinding guard), and answers in plain text.
      const headers = { ...req.headers, host: targetUrl.host };
      delete headers['accept-encoding'];
      const upstream = await new Promise<http.IncomingMessage>((resolve, reject) => {
        const forward = http.request({ host: targetUrl.hostname, port: targetUrl.port, method: req.method, path: req.url, headers, agent: false }, resolve);
        forward.on('error', reject);
        forward.end(body);
      });
      const answer = await readAll(upstream);
      if (new URL(req.url ?? '/', target.origin).pathname === '/v1/access_token') {
        exchanges.push({ form: new URLSearchParams(body.toString('utf8')), answer: JSON.parse(answer.toString('utf8')) as Record<string, unknown> });
      }
      res.writeHead(upstream.statusCode ?? 502, upstream.headers);
      res.end(answer);
    })().catch((error: unknown) => {
      res.writeHead(502).end(String(error));
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${new URL(target.baseUrl).pathname}`,
    exchanges,
    close: () => {
      proxy.closeAllConnections();
      return new Promise((resolve) => proxy.close(() => resolve()));
    },
  };
}

// Sign In with Webex, then refreshes ahead of expiry and on a 401: every secret that took part
// (client secret, PKCE verifier, authorization code, each access and refresh token) is read off the
// wire and looked for in all the extension wrote to its Output channel, showed as a notification, or
// keeps in settings.
describe('Sign In with Webex keeps its secrets out of the log, messages and settings', function () {
  this.timeout(60_000);
  // A client ID no other suite uses, so the secret is asked for (and typed) here.
  const clientId = `C0ffee-secrets-${randomBytes(8).toString('hex')}`;
  const clientSecret = `secrets-test-client-secret-${randomBytes(16).toString('hex')}`;
  let server: SampleServer;
  let recorder: TokenEndpointRecorder;
  let browser: FakeBrowser;
  let notifications: WindowSpy;
  let api: ExplorerApi;
  /** The sample API's OAuth clock runs this far ahead, so its tokens expire before the extension expects. */
  let skewMs = 0;
  const logged: string[] = [];
  const restoreLogger: (() => void)[] = [];

  before(async () => {
    const port = await freePort();
    server = await startSampleServer({
      oauthClients: [{ clientId, clientSecret, redirectUris: [`http://localhost:${port}/callback`] }],
      oauthClock: () => Date.now() + skewMs,
    });
    recorder = await recordTokenEndpoint(server);
    await setSetting('apiBaseUrl', recorder.baseUrl);
    await setSetting('oauth.redirectPort', port);
    await setSetting('oauth.clientId', clientId);
    api = await extensionApi();
    // Everything the extension writes to its Output channel, as written (after its own masking).
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'append', 'appendLine', 'replace'] as const) {
      const logger = api.logger as unknown as Record<string, (...args: unknown[]) => void>;
      const original = logger[level].bind(api.logger);
      logger[level] = (...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
        original(...args);
      };
      restoreLogger.push(() => (logger[level] = original));
    }
    browser = fakeBrowser(() => ({ decision: 'approve', admin: 'home' }));
    notifications = spyOnNotifications();
  });

  after(async () => {
    notifications?.restore();
    browser?.restore();
    restoreLogger.forEach((restore) => restore());
    for (const session of await api.auth.getSessions()) await api.auth.removeSession(session.id);
    await vscode.commands.executeCommand('webexCalling.signOut');
    for (const key of ['apiBaseUrl', 'oauth.redirectPort', 'oauth.clientId']) await setSetting(key, undefined);
    await recorder?.close();
    await server?.close();
  });

  /** Every value of every webexCalling setting, at every level VS Code keeps one. */
  function settingsText(): string {
    const contributed = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { configuration: { properties: Record<string, unknown> } } };
    const configuration = vscode.workspace.getConfiguration('webexCalling');
    const keys = Object.keys(contributed.contributes.configuration.properties).map((key) => key.replace(/^webexCalling\./, ''));
    assert.ok(keys.includes('oauth.clientId'), `the contributed settings are read: ${keys.join(', ')}`);
    return JSON.stringify(keys.map((key) => [key, configuration.inspect(key)]));
  }

  it('never shows the client secret, verifier, code or any token it used', async () => {
    const sessions = () => api.auth.getSessions();
    // Short-lived access tokens, so the one from the sign-in is refreshed ahead of its expiry.
    server.setTokenLifetimes({ accessSeconds: 2 });
    const inputs = answerInputBoxes([clientSecret]);
    try {
      await vscode.commands.executeCommand('webexCalling.signInWithWebex');
    } finally {
      inputs.restore();
    }
    assert.deepStrictEqual(inputs.prompts, ['Webex integration: client secret'], 'the secret was typed in');
    const [signedIn] = await sessions();
    assert.strictEqual(signedIn?.kind, 'oauth');
    const signedInAt = Date.now();

    // Refresh ahead of expiry: due a tenth of the 2 s lifetime before it ends.
    await until(() => Date.now() - signedInAt >= 1900, 'the refresh to be due', 4000);
    server.setTokenLifetimes({ accessSeconds: 3600 });
    await vscode.commands.executeCommand('webexCalling.refresh');
    assert.strictEqual((await childrenOf(api)).length, server.org.locations.length);
    const [aheadOfExpiry] = await sessions();
    assert.notStrictEqual(aheadOfExpiry.accessToken, signedIn.accessToken, 'refreshed ahead of expiry');

    // Refresh on a 401: Webex's clock says the token has expired, the extension's does not.
    skewMs = 2 * 3600_000;
    try {
      await vscode.commands.executeCommand('webexCalling.refresh');
      assert.strictEqual((await childrenOf(api)).length, server.org.locations.length);
    } finally {
      skewMs = 0;
    }
    const [afterUnauthorized] = await sessions();
    assert.notStrictEqual(afterUnauthorized.accessToken, aheadOfExpiry.accessToken, 'refreshed after the 401');

    // What crossed the wire: one code exchange, then the refreshes (two, or more when the tree's own
    // requests met a 2 s token that was due again).
    const grants = recorder.exchanges.map((exchange) => exchange.form.get('grant_type'));
    assert.strictEqual(grants[0], 'authorization_code');
    assert.ok(grants.length >= 3 && grants.slice(1).every((grant) => grant === 'refresh_token'), grants.join(', '));
    const [exchange] = recorder.exchanges;
    const verifier = exchange.form.get('code_verifier') ?? '';
    const code = exchange.form.get('code') ?? '';
    assert.match(verifier, /^[A-Za-z0-9\-._~]{43,128}$/, 'the verifier was captured');
    assert.strictEqual(exchange.form.get('client_secret'), clientSecret, 'the secret typed in is the one sent');
    assert.strictEqual(new URL(browser.visits.at(-1)!.redirectedTo!).searchParams.get('code'), code, 'the code the browser brought back is the one exchanged');
    const accessTokens = recorder.exchanges.map((e) => String(e.answer.access_token));
    const refreshTokens = recorder.exchanges.map((e) => String(e.answer.refresh_token));
    for (const session of [signedIn, aheadOfExpiry, afterUnauthorized]) assert.ok(accessTokens.includes(session.accessToken), 'the sessions\u2019 tokens came from the wire');

    const secrets: Record<string, string> = { 'client secret': clientSecret, 'code verifier': verifier, 'authorization code': code };
    accessTokens.forEach((token, index) => (secrets[`access token ${index + 1}`] = token));
    refreshTokens.forEach((token, index) => (secrets[`refresh token ${index + 1}`] = token));
    for (const [name, value] of Object.entries(secrets)) assert.ok(value.length >= 20, `the ${name} is long enough to search for: ${value.length}`);

    // The capture saw the OAuth steps, so the log it searches is the one they wrote.
    for (const line of [/Signed in to Webex with the integration/, /Refreshed the Webex access token/, /\b401\b/]) {
      assert.ok(logged.some((entry) => line.test(entry)), `the log has ${line}`);
    }
    const messages = notifications.calls.map((call) => JSON.stringify(call));
    assert.ok(messages.some((message) => message.includes('Signed in to Webex as')), messages.join(' | '));
    const settings = settingsText();
    assert.ok(settings.includes(clientId), 'the settings searched hold the integration');

    for (const [name, value] of Object.entries(secrets)) {
      assert.deepStrictEqual(logged.filter((entry) => entry.includes(value)), [], `the ${name} in the Output channel`);
      assert.deepStrictEqual(messages.filter((message) => message.includes(value)), [], `the ${name} in a notification`);
      assert.ok(!settings.includes(value), `the ${name} in a setting`);
    }
  });
});
