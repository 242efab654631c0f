import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { WebexSession } from '../../src/auth/webexAuthProvider';
import { startSampleServer, type SampleServer } from '../support/sampleServer';
import { childrenOf, extensionApi, setSetting, until } from './helpers';
import { answerInputBoxes, fakeBrowser, freePort, type FakeBrowser } from './oauthHelpers';
import { spyOnNotifications, type WindowSpy } from './windowSpy';

// Sign In with Webex through the sample API's /authorize and /access_token, with the real
// SecretStorage, authentication API and tree; only the browser is a stand-in (fakeBrowser).
describe('Sign In with Webex (OAuth)', () => {
  const clientId = 'C0ffee1234567890abcdef-test-integration';
  const clientSecret = 'test-integration-secret-5f4e3d2c1b0a';
  let server: SampleServer;
  let port: number;
  /** The sample server's OAuth clock runs this far ahead, to age tokens without waiting. */
  let skewMs = 0;
  let admin: 'home' | 'partner' = 'home';
  let decision: 'approve' | 'deny' = 'approve';
  let browser: FakeBrowser;
  let notifications: WindowSpy;

  const messages = (): string[] => notifications.calls.map((call) => String(call[0]));
  const signIn = () => vscode.commands.executeCommand('webexCalling.signInWithWebex');
  const sessions = async (): Promise<WebexSession[]> => (await extensionApi()).auth.getSessions();

  before(async () => {
    port = await freePort();
    server = await startSampleServer({
      oauthClients: [{ clientId, clientSecret, redirectUris: [`http://localhost:${port}/callback`] }],
      oauthClock: () => Date.now() + skewMs,
    });
    await setSetting('apiBaseUrl', server.baseUrl);
    await setSetting('oauth.redirectPort', port);
    await setSetting('oauth.clientId', undefined);
    browser = fakeBrowser(() => ({ decision, admin }));
  });

  beforeEach(() => {
    notifications = spyOnNotifications();
  });

  afterEach(() => notifications.restore());

  after(async () => {
    browser.restore();
    const api = await extensionApi();
    for (const session of await api.auth.getSessions()) await api.auth.removeSession(session.id);
    await vscode.commands.executeCommand('webexCalling.signOut');
    for (const key of ['apiBaseUrl', 'oauth.redirectPort', 'oauth.clientId']) await setSetting(key, undefined);
    await server.close();
  });

  it('asks for the client ID and secret on first use, shows the redirect URI, and signs in through the consent page', async () => {
    const api = await extensionApi();
    // The first-use explanation is modal: it is answered "Enter Client ID"; its text is kept.
    notifications.restore();
    const shown: string[] = [];
    const window = vscode.window as unknown as Record<string, unknown>;
    const originalInfo = window.showInformationMessage;
    window.showInformationMessage = (message: string, ...rest: unknown[]) => {
      const options = rest[0] as vscode.MessageOptions | undefined;
      shown.push(`${message} ${options?.detail ?? ''}`);
      return Promise.resolve(rest.find((item) => item === 'Enter Client ID'));
    };
    const inputs = answerInputBoxes([clientId, clientSecret]);
    try {
      await signIn();
    } finally {
      inputs.restore();
      window.showInformationMessage = originalInfo;
      notifications = spyOnNotifications();
    }
    assert.ok(shown[0].includes(`http://localhost:${port}/callback`), `the redirect URI is shown: ${shown[0]}`);
    assert.ok(shown[0].includes('spark-admin:telephony_config_read'), 'the scopes are shown');
    assert.deepStrictEqual(inputs.prompts, ['Webex integration: client ID', 'Webex integration: client secret']);
    assert.strictEqual(vscode.workspace.getConfiguration('webexCalling').get('oauth.clientId'), clientId);

    const visit = browser.visits.at(-1)!;
    const query = visit.authorizeUrl.searchParams;
    assert.strictEqual(visit.authorizeUrl.origin + visit.authorizeUrl.pathname, `${server.baseUrl}/authorize`);
    assert.strictEqual(query.get('code_challenge_method'), 'S256');
    assert.match(query.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.ok((query.get('state') ?? '').length >= 32);
    assert.strictEqual(query.get('redirect_uri'), `http://localhost:${port}/callback`);
    assert.deepStrictEqual(query.get('scope')?.split(' '), [
      'spark-admin:telephony_config_read',
      'spark:people_read',
      'spark-admin:people_read',
      'spark-admin:organizations_read',
      'spark-admin:workspaces_read',
    ]);
    assert.strictEqual(visit.consentStatus, 200);
    assert.strictEqual(visit.loopbackStatus, 200);
    assert.match(visit.loopbackPage ?? '', /You can close this tab/);

    const [session] = await sessions();
    assert.strictEqual(session?.kind, 'oauth');
    assert.strictEqual(api.connection.state, 'signedIn');
    assert.strictEqual(server.oauthStats().tokenRequests.authorization_code, 1);
    const rows = await childrenOf(api);
    assert.strictEqual(rows.length, server.org.locations.length, 'the org is browsed with the OAuth token');
    assert.ok(shown.some((message) => message.startsWith('Signed in to Webex as')), shown.join(' | '));
    // Nothing secret in a setting or a message.
    const settingsText = JSON.stringify(vscode.workspace.getConfiguration('webexCalling'));
    for (const secret of [clientSecret, session.accessToken]) {
      assert.ok(!settingsText.includes(secret));
      assert.ok(!shown.some((message) => message.includes(secret)));
    }
    // The loopback server is gone once used.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/callback`), 'the loopback server closed after its redirect');
  });

  it('refreshes the access token ahead of its expiry, so no request meets a 401', async () => {
    const api = await extensionApi();
    server.setTokenLifetimes({ accessSeconds: 2 });
    await signIn();
    const before = server.oauthStats().tokenRequests.refresh_token;
    const [first] = await sessions();
    // The refresh is due a tenth of the lifetime ahead of expiry.
    const issued = Date.now();
    await until(() => Date.now() - issued >= 1900, 'the refresh to be due', 4000);
    server.setTokenLifetimes({ accessSeconds: 3600 });
    server.resetStats();
    await vscode.commands.executeCommand('webexCalling.refresh');
    assert.strictEqual((await childrenOf(api)).length, server.org.locations.length);
    assert.strictEqual(server.oauthStats().tokenRequests.refresh_token, before + 1);
    assert.ok(server.stats().log.every((record) => record.status !== 401), 'no request was refused');
    const [refreshed] = await sessions();
    assert.notStrictEqual(refreshed.accessToken, first.accessToken, 'the new token is kept in SecretStorage');
    assert.strictEqual(api.connection.expired, false);
  });

  it('refreshes once on a 401 and sends the request again; requests meanwhile wait for the new token', async () => {
    const api = await extensionApi();
    const before = server.oauthStats().tokenRequests.refresh_token;
    // Webex's clock says the access token has expired; the extension's does not know yet.
    skewMs = 2 * 3600_000;
    try {
      server.resetStats();
      await vscode.commands.executeCommand('webexCalling.refresh');
      const locations = await childrenOf(api);
      await Promise.all(locations.slice(0, 3).map((row) => childrenOf(api, row.node)));
      assert.strictEqual(locations.length, server.org.locations.length);
      assert.strictEqual(server.oauthStats().tokenRequests.refresh_token, before + 1, 'one refresh for every request that met the 401');
      assert.ok(server.stats().log.some((record) => record.status === 401), 'the old token was refused');
      assert.strictEqual(api.connection.expired, false);
    } finally {
      skewMs = 0;
    }
  });

  it('ends the session when the refresh token is refused: the view says so, offers Sign In, and keeps what it shows', async () => {
    const api = await extensionApi();
    const locations = await childrenOf(api);
    const shownBefore = locations.map((row) => row.label);
    server.revokeRefreshTokens();
    skewMs = 4 * 3600_000;
    try {
      // A location not expanded yet: its request meets the 401, and the refresh is refused.
      await childrenOf(api, locations.at(-1)!.node).catch(() => undefined);
      await until(() => api.connection.expired, 'the session to end');
      assert.match(api.treeView.message ?? '', /sign-in ended/);
      await until(() => messages().some((message) => /sign-in ended/.test(message)), 'the warning');
      const warning = notifications.calls.find((call) => /sign-in ended/.test(String(call[0])))!;
      assert.ok(warning.includes('Sign In with Webex'), 'the warning offers Sign In with Webex');
      await until(async () => (await sessions()).length === 0, 'the account\u2019s tokens to go from SecretStorage');
      assert.strictEqual(api.connection.state, 'signedIn', 'what is shown stays');
      assert.deepStrictEqual((await childrenOf(api)).map((row) => row.label), shownBefore, 'the locations are still shown');
    } finally {
      skewMs = 0;
    }
    // Signing in again carries on.
    await signIn();
    await until(() => !api.connection.expired, 'the view to carry on');
  });

  it('signs in a second account, switches between them, and signs out of one only', async () => {
    const api = await extensionApi();
    admin = 'partner';
    await signIn();
    admin = 'home';
    const all = await sessions();
    assert.strictEqual(all.length, 2, all.map((s) => s.account.label).join(', '));
    const accounts = await vscode.authentication.getAccounts('webex');
    assert.strictEqual(accounts.length, 2, 'both accounts are in the Accounts menu');
    const partner = all.find((session) => session.account.label.includes('Jordan Lee'))!;
    const home = all.find((session) => session !== partner)!;
    assert.strictEqual(api.connection.accountId, partner.account.id, 'the view uses the account signed in last');

    const window = vscode.window as unknown as Record<string, unknown>;
    const originalPick = window.showQuickPick;
    window.showQuickPick = (items: { session?: WebexSession }[]) => Promise.resolve(items.find((item) => item.session?.account.id === home.account.id));
    try {
      await vscode.commands.executeCommand('webexCalling.switchAccount');
    } finally {
      window.showQuickPick = originalPick;
    }
    assert.strictEqual(api.connection.accountId, home.account.id);
    assert.strictEqual((await childrenOf(api)).length, server.org.locations.length);

    await api.auth.removeSession(partner.id);
    const left = await sessions();
    assert.deepStrictEqual(left.map((session) => session.account.id), [home.account.id], 'only that account\u2019s tokens went');
    assert.strictEqual(api.connection.accountId, home.account.id, 'the view stays on the other account');
  });

  it('refuses a declined consent with a clear message and keeps nothing', async () => {
    const api = await extensionApi();
    const before = await sessions();
    decision = 'deny';
    try {
      await signIn();
    } finally {
      decision = 'approve';
    }
    assert.ok(messages().some((message) => /declined in the browser/.test(message)), messages().join(' | '));
    assert.deepStrictEqual((await sessions()).map((s) => s.id), before.map((s) => s.id));
    assert.strictEqual(api.connection.expired, false);
  });
});
