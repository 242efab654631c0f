import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../src/extension';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { childLabeled, childrenOf, extensionApi, setSetting, until, type ShownNode } from './helpers';
import { spyOnNotifications, spyOnWindow } from './windowSpy';

// A hunt group named like a notification link, whose details fail: VS Code renders
// `[label](command:…)` in a notification as a link that runs the command with the link's
// arguments, and `$(name)` in quick picks as an icon. Nothing from Webex may do either.
const COMMAND_LINK_NAME = '[Retry](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22id%5Cn%22%7D)';
/** How VS Code's notifications find links in a message. */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
const ICON = /\$\([a-z0-9-]+(?:~[a-z0-9-]+)?\)/i;
const visible = (text: string): string => text.replace(/\u2060/g, '');

describe('Webex text stays inert in notifications, quick picks and dialogs', function () {
  this.timeout(60_000);
  let server: SampleServer;
  let api: ExplorerApi;
  let group: ShownNode;

  before(async () => {
    server = await startSampleServer();
    const home = server.org.locations.find((l) => l.location.name === 'San Jose HQ')!;
    const target = home.huntGroups[0];
    target.name = COMMAND_LINK_NAME;
    // Its details answer 500, so opening or copying it fails with a notification naming it.
    server.addFault({ path: new RegExp(`/huntGroups/${encodeURIComponent(target.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), fault: { kind: 'status', status: 500 } });
    await setSetting('apiBaseUrl', server.baseUrl);
    api = await extensionApi();
    api.connection.useSession(await api.auth.signInWithToken(SAMPLE_TOKEN));
    await until(() => api.connection.active?.baseUrl === server.baseUrl, 'the test API');
    const location = await childLabeled(api, undefined, 'San Jose HQ');
    const folder = await childLabeled(api, location.node, /^Hunt Groups/);
    group = (await childrenOf(api, folder.node)).find((row) => (row.node as unknown as { itemId: string }).itemId === target.id)!;
    assert.ok(group, 'the hunt group is in the tree');
  });

  after(async () => {
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setSetting('apiBaseUrl', undefined);
    await server.close();
  });

  for (const command of ['webexCalling.openJson', 'webexCalling.copyJson']) {
    it(`names the item as text when ${command} fails`, async () => {
      const notifications = spyOnNotifications();
      try {
        await vscode.commands.executeCommand(command, group.node);
        const [message] = (await until(() => (notifications.calls.length > 0 ? notifications.calls : undefined), 'the error notification', 20_000))[0] as string[];
        assert.match(message, /500|server error/i, message);
        assert.ok(visible(message).includes(COMMAND_LINK_NAME), `the name reads as it is: ${message}`);
        assert.doesNotMatch(message, NOTIFICATION_LINK, 'no live link');
      } finally {
        notifications.restore();
      }
    });
  }

  it('never writes an export to a file given as a command argument without the save dialog', async () => {
    const proposed = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wce-export-arg-')), 'planted.csv'));
    // The user cancels the dialog.
    const dialog = spyOnWindow('showSaveDialog', () => Promise.resolve(undefined));
    try {
      const outcome = await vscode.commands.executeCommand('webexCalling.export', proposed);
      assert.strictEqual(outcome, undefined);
      assert.strictEqual(dialog.calls.length, 1, 'the save dialog was shown');
      const options = dialog.calls[0][0] as vscode.SaveDialogOptions;
      assert.strictEqual(options.defaultUri?.toString(), proposed.toString(), 'the argument is only proposed');
      assert.ok(!fs.existsSync(proposed.fsPath), 'nothing was written');
    } finally {
      dialog.restore();
    }
  });

  it('lists organizations by their names as text, and a nameless one not as "undefined"', async () => {
    const [, first, second] = [...server.orgs.values()];
    const originalNames = [first.name, second.name];
    first.name = `$(alert) ${COMMAND_LINK_NAME}`;
    (second as { name?: string }).name = undefined;
    const pick = spyOnWindow('showQuickPick', () => Promise.resolve(undefined));
    try {
      await vscode.commands.executeCommand('webexCalling.selectOrg');
      assert.strictEqual(pick.calls.length, 1);
      const items = (await pick.calls[0][0]) as (vscode.QuickPickItem & { orgId?: string })[];
      const labelOf = (orgId: string): string => items.find((item) => item.orgId === orgId)!.label;
      assert.ok(items.every((item) => !ICON.test(item.label) && !ICON.test(item.description ?? '')), items.map((item) => item.label).join(' | '));
      assert.strictEqual(visible(labelOf(first.orgId)), `$(alert) ${COMMAND_LINK_NAME}`, 'the name reads as it is');
      assert.ok(!/undefined/.test(labelOf(second.orgId)), labelOf(second.orgId));
      assert.ok(labelOf(second.orgId).trim().length > 0, 'a nameless org still has a label');
    } finally {
      pick.restore();
      [first.name, second.name] = originalNames;
    }
  });
});
