import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import type { ExplorerNode } from '../../src/tree/explorerNode';
import { childLabeled, childrenOf, extensionApi, setSetting, until } from './helpers';

// Signing in with a token against a Webex-compatible API on 127.0.0.1 (the sample server, started
// by the test so it can count requests and inject faults), through the real SecretStorage and
// authentication API of VS Code.
describe('Sign-in, the token and the settings', () => {
  let server: SampleServer;

  before(async () => {
    server = await startSampleServer();
    await setSetting('apiBaseUrl', server.baseUrl);
  });

  after(async () => {
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setSetting('apiBaseUrl', undefined);
    await setSetting('orgId', undefined);
    await server.close();
  });

  it('refuses a bad token and stores nothing', async () => {
    const api = await extensionApi();
    await assert.rejects(api.auth.signInWithToken('not-a-valid-token'), /401|token/i);
    assert.deepStrictEqual(await api.auth.getSessions(), [], 'nothing in SecretStorage');
    assert.deepStrictEqual(await vscode.authentication.getAccounts('webex'), [], 'no account in the Accounts menu');
    assert.strictEqual(api.connection.state, 'signedOut');
  });

  it('checks a good token with /people/me, then keeps it in SecretStorage as a Webex session', async () => {
    const api = await extensionApi();
    server.resetStats();
    const session = await api.auth.signInWithToken(SAMPLE_TOKEN);
    api.connection.useSession(session);
    assert.strictEqual(server.stats().byPath['/v1/people/me'], 1);
    const [stored] = await api.auth.getSessions();
    assert.strictEqual(stored?.accessToken, SAMPLE_TOKEN, 'the token is read back from SecretStorage');
    const accounts = await vscode.authentication.getAccounts('webex');
    assert.strictEqual(accounts.length, 1, 'VS Code lists the account (Accounts menu)');
    assert.ok(accounts[0].label.includes(String(server.org.me.displayName)), accounts[0].label);
    assert.strictEqual(api.connection.state, 'signedIn');
    assert.ok(api.treeView.title?.includes(String(server.org.me.displayName)), 'the view\u2019s title names who is signed in');
    await until(() => api.treeView.title?.includes(server.org.name), 'the org\u2019s name in the title');
  });

  it('browses the signed-in org and sends the token only to the configured API', async () => {
    const api = await extensionApi();
    const labels = (await childrenOf(api)).map((c) => c.label);
    assert.strictEqual(labels.length, server.org.locations.length);
    assert.ok(server.stats().log.every((r) => r.authorization === `Bearer ${SAMPLE_TOKEN}`));

    // Another host, which records whatever reaches it, as the API's next-page links and redirects
    // point there: it must hear nothing at all.
    const elsewhere = await startSampleServer();
    const expandAll = async (parent?: ExplorerNode, depth = 0): Promise<number> => {
      const rows = await childrenOf(api, parent);
      const nested = depth < 2 ? await Promise.all(rows.filter((row) => row.item.collapsibleState !== vscode.TreeItemCollapsibleState.None).map((row) => expandAll(row.node, depth + 1))) : [];
      return rows.length + nested.reduce((sum, n) => sum + n, 0);
    };
    try {
      server.resetStats();
      server.addFault({ path: /\/huntGroups\?/, fault: { kind: 'redirect', location: `${elsewhere.baseUrl}/telephony/config/huntGroups`, status: 307 } });
      server.addFault({ path: /\/callPickups\?/, fault: { kind: 'crossOriginNext', origin: elsewhere.origin } });
      await vscode.commands.executeCommand('webexCalling.refresh');
      assert.ok((await expandAll()) > server.org.locations.length, 'the locations\u2019 lists were asked for');
      server.clearFaults();
      server.addFault({ path: /\/telephony\/config\/locations\?/, fault: { kind: 'crossOriginNext', origin: elsewhere.origin } });
      await vscode.commands.executeCommand('webexCalling.refresh');
      await expandAll();
      assert.ok(server.stats().log.some((r) => r.status === 307), 'the API did point elsewhere');
      assert.deepStrictEqual(elsewhere.stats().log.map((r) => r.url), [], 'nothing reached the other host');
    } finally {
      server.clearFaults();
      await elsewhere.close();
      await vscode.commands.executeCommand('webexCalling.refresh');
    }
  });

  it('passes the chosen orgId on every call', async () => {
    const api = await extensionApi();
    const customer = [...server.orgs.values()].find((org) => org.orgId !== server.org.orgId)!;
    await setSetting('orgId', customer.orgId);
    await until(() => api.connection.active?.orgId === customer.orgId, 'the org switch');
    server.resetStats();
    const locations = await childrenOf(api);
    assert.deepStrictEqual(locations.map((l) => l.label).sort(), customer.locations.map((l) => l.location.name).sort());
    await childrenOf(api, locations[0].node);
    // Every Webex Calling call carries the org (the org's own name lookup is by its ID in the path).
    const urls = server.stats().log.map((r) => r.url).filter((url) => url.startsWith('/v1/telephony/'));
    assert.ok(urls.length >= 3);
    assert.ok(urls.every((url) => new URL(url, server.origin).searchParams.get('orgId') === customer.orgId), urls.join('\n'));
    await setSetting('orgId', undefined);
    await until(() => api.connection.active?.orgId === server.org.orgId || api.connection.active?.orgId === undefined, 'back to the home org');
  });

  it('turns a 401 mid-session into a sign-in prompt, keeping what is shown, and recovers after sign-in', async () => {
    const api = await extensionApi();
    const location = await childLabeled(api, undefined, 'San Jose HQ');
    await childrenOf(api, location.node);
    server.expireTokensAfter(0);
    const folder = await childLabeled(api, location.node, /^Hunt Groups/);
    const group = await childLabeled(api, folder.node, 'Sales Line');
    const afterExpiry = await childrenOf(api, group.node);
    assert.deepStrictEqual(afterExpiry.map((c) => c.item.contextValue), ['signIn']);
    await until(() => api.connection.expired, 'the expired state');
    assert.match(api.treeView.message ?? '', /expired|revoked/i);
    // What was already loaded is still there.
    assert.ok((await childrenOf(api)).some((c) => c.label === 'San Jose HQ'));

    server.setTokens([SAMPLE_TOKEN]);
    api.connection.useSession(await api.auth.signInWithToken(SAMPLE_TOKEN));
    assert.strictEqual(api.connection.expired, false);
    assert.strictEqual(api.treeView.message, undefined);
    const recovered = await childrenOf(api, group.node);
    assert.ok(recovered.some((c) => c.label.startsWith('Policy: ')));
  });

  it('refresh reads the data again; expanding again does not', async () => {
    const api = await extensionApi();
    await childrenOf(api);
    server.resetStats();
    await childrenOf(api);
    assert.strictEqual(server.stats().total, 0, 'cached until refreshed');
    await vscode.commands.executeCommand('webexCalling.refresh');
    await childrenOf(api);
    assert.strictEqual(server.stats().byPath['/v1/telephony/config/locations'], 1);
  });

  it('shows a failing location as an error with Retry and keeps its siblings', async () => {
    const api = await extensionApi();
    const austin = server.org.locations.find((l) => l.location.name === 'Austin')!;
    server.addFault({ path: new RegExp(`locationId=${encodeURIComponent(austin.location.id)}`), fault: { kind: 'status', status: 403 } });
    try {
      const location = await childLabeled(api, undefined, 'Austin');
      const folder = await childLabeled(api, location.node, /^Hunt Groups/);
      const rows = await childrenOf(api, folder.node);
      assert.strictEqual(rows.length, 1);
      assert.strictEqual(rows[0].item.contextValue, 'error');
      assert.match(rows[0].label, /spark-admin:telephony_config_read/, 'a 403 names the missing scope');
      assert.strictEqual(rows[0].item.command?.command, 'webexCalling.refreshNode');
      const pickups = await childLabeled(api, location.node, /^Call Pickups/);
      assert.ok((await childrenOf(api, pickups.node)).length > 0, 'the call pickups of the same location still show');
    } finally {
      server.clearFaults();
    }
    await vscode.commands.executeCommand('webexCalling.refreshNode', (await childLabeled(api, undefined, 'Austin')).node);
  });

  it('refreshes the list when a call pickup was renamed elsewhere (its ID changed)', async () => {
    const api = await extensionApi();
    const london = server.org.locations.find((l) => l.location.name === 'London')!;
    const pickup = london.callPickups[0];
    const location = await childLabeled(api, undefined, 'London');
    const folder = await childLabeled(api, location.node, /^Call Pickups/);
    const node = await childLabeled(api, folder.node, pickup.name);
    server.renameCallPickup(london.location.id, pickup.id, 'London Pickup (renamed)');
    const rows = await childrenOf(api, node.node);
    assert.match(rows[0].label, /renamed or deleted/i);
    const relisted = await childrenOf(api, folder.node);
    assert.ok(relisted.some((r) => r.label === 'London Pickup (renamed)'), relisted.map((r) => r.label).join(' | '));
  });

  it('ignores an API base URL set in the workspace\u2019s settings (it could send the token elsewhere)', async () => {
    const api = await extensionApi();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const settingsFile = vscode.Uri.joinPath(folder, '.vscode', 'settings.json');
    // pageSize (a window setting) shows when the file has been read; apiBaseUrl beside it must not count.
    const workspaceSettings = { 'webexCalling.apiBaseUrl': 'https://attacker.example/v1', 'webexCalling.pageSize': 7 };
    await vscode.workspace.fs.writeFile(settingsFile, new TextEncoder().encode(JSON.stringify(workspaceSettings)));
    try {
      await until(() => vscode.workspace.getConfiguration('webexCalling').get('pageSize') === 7, 'the workspace settings to load');
      api.connection.reconfigure();
      assert.strictEqual(api.connection.active?.baseUrl, server.baseUrl);
      assert.notStrictEqual(vscode.workspace.getConfiguration('webexCalling').get('apiBaseUrl'), workspaceSettings['webexCalling.apiBaseUrl']);
    } finally {
      await vscode.workspace.fs.delete(settingsFile);
      await until(() => vscode.workspace.getConfiguration('webexCalling').get('pageSize') === 100, 'the workspace settings to go');
    }
  });

  it('refuses a plain-http API base URL that is not loopback, and says why', async () => {
    const api = await extensionApi();
    const warnings: string[] = [];
    api.logger.warn = ((message: string) => warnings.push(message)) as typeof api.logger.warn;
    await setSetting('apiBaseUrl', 'http://example.com/v1');
    await until(() => warnings.some((w) => /apiBaseUrl/.test(w)), 'the warning');
    // The default API is used instead, once it has accepted the token: never the refused URL.
    assert.notStrictEqual(api.connection.active?.baseUrl, 'http://example.com/v1');
    await setSetting('apiBaseUrl', server.baseUrl);
    await until(() => api.connection.active?.baseUrl === server.baseUrl, 'the sample API again');
  });
});
