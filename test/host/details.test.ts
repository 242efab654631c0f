import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { generateSampleOrg } from '../../src/sample/data';
import type { ExplorerApi } from '../../src/extension';
import { childLabeled, extensionApi, setSetting, until, type ShownNode } from './helpers';

// The details webview and the read-only JSON tab for sample items, in the real workbench.
describe('Details view and JSON tab', () => {
  const org = generateSampleOrg();
  const sales = org.locations.flatMap((l) => l.huntGroups).find((h) => h.name === 'Sales Line')!;

  before(async () => {
    const api = await extensionApi();
    await vscode.commands.executeCommand('webexCalling.exploreSample');
    await until(() => api.connection.state === 'sample', 'sample mode');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('webexCalling.signOut');
  });

  async function salesLine(api: ExplorerApi): Promise<ShownNode> {
    const location = await childLabeled(api, undefined, 'San Jose HQ');
    const folder = await childLabeled(api, location.node, /^Hunt Groups/);
    return childLabeled(api, folder.node, 'Sales Line');
  }

  it('Show Details opens one webview panel per item, titled with its name, and focuses it when asked again', async () => {
    const api = await extensionApi();
    const node = (await salesLine(api)).node;
    await vscode.commands.executeCommand('webexCalling.showDetails', node);
    const key = `huntGroup:${org.locations.find((l) => l.huntGroups.includes(sales))!.location.id}:${sales.id}`;
    const panel = await until(() => api.details.panelFor(key), 'the panel');
    assert.strictEqual(panel.title, 'Sales Line');
    assert.strictEqual(panel.viewType, 'webexCalling.details');
    const summary = await until(() => api.details.renderedSummary(key), 'the page to draw the payload');
    assert.match(summary, /^\d+ fields/);
    assert.match(panel.webview.html, /Content-Security-Policy/);
    assert.doesNotMatch(panel.webview.html, /callPolicies/, 'the payload is posted to the page, not written into its HTML');
    await vscode.commands.executeCommand('webexCalling.showDetails', node);
    assert.strictEqual(api.details.panelFor(key), panel, 'the same panel, not a second one');
  });

  it('Refresh posts the new payload to the page it already has: the HTML is set once', async () => {
    const api = await extensionApi();
    const node = (await salesLine(api)).node;
    await vscode.commands.executeCommand('webexCalling.showDetails', node);
    const key = `huntGroup:${org.locations.find((l) => l.huntGroups.includes(sales))!.location.id}:${sales.id}`;
    const panel = await until(() => api.details.panelFor(key), 'the panel');
    await until(() => api.details.renderedSummary(key), 'the first drawing');
    const html = panel.webview.html;
    await api.details.refresh(key, true);
    await until(() => api.details.renderedSummary(key), 'the page to draw the refreshed payload');
    assert.strictEqual(panel.webview.html, html, 'the same page, nonce included');
  });

  it('selecting items previews them in one reused panel, and Show Details pins it', async () => {
    const api = await extensionApi();
    const location = await childLabeled(api, undefined, 'San Jose HQ');
    const folder = await childLabeled(api, location.node, /^Hunt Groups/);
    const locationId = org.locations.find((l) => l.location.name === 'San Jose HQ')!.location.id;
    const keyOf = (name: string) => `huntGroup:${locationId}:${org.locations.flatMap((l) => l.huntGroups).find((h) => h.name === name)!.id}`;
    const support = await childLabeled(api, folder.node, 'Support Line');
    const executive = await childLabeled(api, folder.node, 'Executive Assistants');
    const afterHours = await childLabeled(api, folder.node, 'After Hours');

    await api.treeView.reveal(support.node, { select: true, focus: true });
    const preview = await until(() => api.details.panelFor(keyOf('Support Line')), 'the preview');
    await api.treeView.reveal(executive.node, { select: true, focus: true });
    await until(() => api.details.panelFor(keyOf('Executive Assistants')), 'the preview to follow');
    assert.strictEqual(api.details.panelFor(keyOf('Executive Assistants')), preview, 'the same panel, reused');
    assert.strictEqual(api.details.panelFor(keyOf('Support Line')), undefined);
    assert.strictEqual(preview.title, 'Executive Assistants');

    await vscode.commands.executeCommand('webexCalling.showDetails', executive.node);
    await api.treeView.reveal(afterHours.node, { select: true, focus: true });
    const next = await until(() => api.details.panelFor(keyOf('After Hours')), 'a new preview');
    assert.notStrictEqual(next, preview, 'a pinned panel stays on its item');
    assert.strictEqual(api.details.panelFor(keyOf('Executive Assistants')), preview);
  });

  it('Show Details from the palette acts on the tree\u2019s selection', async () => {
    const api = await extensionApi();
    await setSetting('showDetailsOnSelect', false);
    try {
      const node = (await salesLine(api)).node;
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await api.treeView.reveal(node, { select: true, focus: true });
      await until(() => api.treeView.selection[0] === node, 'the selection');
      await vscode.commands.executeCommand('webexCalling.showDetails');
      const key = `huntGroup:${org.locations.find((l) => l.huntGroups.includes(sales))!.location.id}:${sales.id}`;
      await until(() => api.details.panelFor(key), 'the panel');
    } finally {
      await setSetting('showDetailsOnSelect', undefined);
    }
  });

  it('Open as JSON shows the API\u2019s JSON in a read-only json tab with a stable .json URI', async () => {
    const api = await extensionApi();
    const node = (await salesLine(api)).node;
    await vscode.commands.executeCommand('webexCalling.openJson', node);
    const editor = await until(() => (vscode.window.activeTextEditor?.document.uri.scheme === 'webex-calling' ? vscode.window.activeTextEditor : undefined), 'the JSON tab');
    const document = editor.document;
    assert.strictEqual(document.languageId, 'json');
    assert.match(document.uri.path, /^\/sample\/huntGroups\/Sales-Line-[A-Za-z0-9_-]+\.json$/);
    assert.deepStrictEqual(JSON.parse(document.getText()), sales);
    const tabsBefore = vscode.window.tabGroups.all.flatMap((g) => g.tabs).length;
    await vscode.commands.executeCommand('webexCalling.openJson', node);
    assert.strictEqual(vscode.window.tabGroups.all.flatMap((g) => g.tabs).length, tabsBefore, 'reopening focuses the same tab');
  });

  it('hovering a key in the JSON tab shows the field\u2019s documented description', async () => {
    const editor = vscode.window.activeTextEditor!;
    const text = editor.document.getText();
    const offset = text.indexOf('"distinctiveRing"') + 3;
    const position = editor.document.positionAt(offset);
    const hovers = await until(async () => {
      const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      const texts = result.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')));
      return texts.some((t) => /distinctive ring/i.test(t)) ? texts : undefined;
    }, 'a schema hover', 15_000);
    assert.ok(hovers.some((t) => /distinctive ring/i.test(t)));
  });
});
