import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../src/extension';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { childrenOf, extensionApi, setSetting, until } from './helpers';
import { spyOnWindow } from './windowSpy';

// The org every request is scoped to is decided in one place. The rule: Select Organization in
// this window wins; otherwise webexCalling.orgId (a workspace's value over the user's); otherwise
// the administrator's own org, with no orgId parameter at all.
describe('The org scope', function () {
  this.timeout(60_000);
  let server: SampleServer;
  let api: ExplorerApi;

  /** The orgId query of every Webex Calling request since the last reset ('-' for none). */
  const orgIdsSent = (): string[] =>
    server
      .stats()
      .log.filter((request) => request.url.startsWith('/v1/telephony/'))
      .map((request) => new URL(request.url, server.origin).searchParams.get('orgId') ?? '-');

  before(async () => {
    server = await startSampleServer();
    await setSetting('apiBaseUrl', server.baseUrl);
    api = await extensionApi();
    api.connection.useSession(await api.auth.signInWithToken(SAMPLE_TOKEN));
    await until(() => api.connection.active?.baseUrl === server.baseUrl, 'the test API');
  });

  after(async () => {
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setSetting('apiBaseUrl', undefined);
    await setSetting('orgId', undefined);
    await server.close();
  });

  it('keeps exactly the same orgId query after Refresh', async () => {
    // Refresh used to rebuild the store with the administrator's own org as `orgId=`, where the
    // connection had sent none. Each setting change below makes a new connection with an empty
    // store, so its first reads are counted (the view may make them before this test does).
    for (const orgId of [[...server.orgs.keys()][1], undefined]) {
      server.resetStats();
      await setSetting('orgId', orgId);
      await until(() => api.connection.active?.scope.requestOrgId === orgId && api.connection.active, `the org ${orgId ?? '(own)'}`);
      await childrenOf(api);
      const before = orgIdsSent();
      assert.ok(before.length > 0, 'the new connection read the locations');
      assert.ok(before.every((sent) => sent === (orgId ?? '-')), before.join(' '));
      await vscode.commands.executeCommand('webexCalling.refresh');
      server.resetStats();
      await childrenOf(api);
      const after = orgIdsSent();
      assert.ok(after.length > 0, 'Refresh read the locations again');
      assert.deepStrictEqual([...new Set(after)], [...new Set(before)], `after Refresh, with orgId ${orgId ?? '(own)'}`);
    }
  });

  it('shows an org chosen by the workspace\u2019s settings, and lets Select Organization override it in this window', async () => {
    const [, customer, other] = [...server.orgs.values()];
    const settingsFile = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.vscode', 'settings.json');
    await vscode.workspace.fs.writeFile(settingsFile, new TextEncoder().encode(JSON.stringify({ 'webexCalling.orgId': customer.orgId })));
    try {
      // A workspace settings file reaches the host through a file watcher: slow on a cold, loaded machine.
      await until(() => api.connection.active?.orgId === customer.orgId, 'the workspace\u2019s org', 30_000);
      assert.match(api.treeView.message ?? '', /workspace/i, 'the view says where the org comes from');
      server.resetStats();
      await childrenOf(api);
      assert.ok(orgIdsSent().every((orgId) => orgId === customer.orgId), orgIdsSent().join(' '));

      const pick = spyOnWindow('showQuickPick', async (items: unknown) =>
        ((await items) as { orgId?: string }[]).find((item) => item.orgId === other.orgId),
      );
      try {
        await vscode.commands.executeCommand('webexCalling.selectOrg');
      } finally {
        pick.restore();
      }
      await until(() => api.connection.active?.orgId === other.orgId, 'the chosen org');
      assert.strictEqual(api.treeView.message, undefined, 'the choice made here needs no note');
      server.resetStats();
      await childrenOf(api);
      assert.ok(orgIdsSent().length > 0 && orgIdsSent().every((orgId) => orgId === other.orgId), orgIdsSent().join(' '));
    } finally {
      await vscode.workspace.fs.delete(settingsFile);
      await setSetting('orgId', undefined);
    }
  });
});
