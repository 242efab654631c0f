import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../src/extension';
import type { ExplorerNode } from '../../src/tree/explorerNode';
import { startSampleServer, type SampleServer } from '../support/sampleServer';
import { childrenOf, extensionApi, setSetting, until, type ShownNode } from './helpers';
import { spyOnWindow } from './windowSpy';

// Every string the API returns set to something hostile (markup, command links, bidi overrides,
// 10 KB, formula-like text...), and a token that must never leave the extension's secret storage.
describe('Hostile input and the token', function () {
  this.timeout(60_000);
  const token = 'hostile-test-token-0123456789abcdef';
  let server: SampleServer;
  let api: ExplorerApi;
  const logged: string[] = [];
  const restoreLogger: (() => void)[] = [];

  before(async () => {
    server = await startSampleServer({ hostile: true, tokens: [token] });
    await setSetting('apiBaseUrl', server.baseUrl);
    api = await extensionApi();
    // Everything the extension writes to its Output channel, as written.
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'appendLine'] as const) {
      const original = api.logger[level].bind(api.logger) as (...args: unknown[]) => void;
      (api.logger as unknown as Record<string, unknown>)[level] = (...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
        original(...args);
      };
      restoreLogger.push(() => ((api.logger as unknown as Record<string, unknown>)[level] = original));
    }
    api.connection.useSession(await api.auth.signInWithToken(token));
    await until(() => api.connection.active?.baseUrl === server.baseUrl, 'the hostile API');
  });

  after(async () => {
    restoreLogger.forEach((restore) => restore());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setSetting('apiBaseUrl', undefined);
    await server.close();
  });

  async function everyRow(parent?: ExplorerNode, depth = 0): Promise<ShownNode[]> {
    const rows = await childrenOf(api, parent);
    const nested = await Promise.all(
      rows.filter((row) => row.item.collapsibleState !== vscode.TreeItemCollapsibleState.None && depth < 5).map((row) => everyRow(row.node, depth + 1)),
    );
    return [...rows, ...nested.flat()];
  }

  it('keeps every tree label, description and tooltip inert', async () => {
    const rows = await everyRow();
    assert.ok(rows.length > 50, `the whole tree was walked (${rows.length} rows)`);
    for (const row of rows) {
      assert.ok(row.label.length <= 120 && row.description.length <= 120, 'long strings are clipped in rows');
      const tooltip = row.item.tooltip;
      if (tooltip instanceof vscode.MarkdownString) {
        assert.ok(!tooltip.isTrusted, 'tooltips are never trusted markdown');
        assert.ok(!tooltip.supportHtml, 'tooltips render no HTML');
        // appendText escapes markdown: no live link, image or HTML tag can come from the API.
        assert.ok(!/(^|[^\\])\[[^\]]*\]\(/.test(tooltip.value), `no markdown link in: ${tooltip.value.slice(0, 200)}`);
        assert.ok(!/(^|[^\\])</.test(tooltip.value), `no raw tag in: ${tooltip.value.slice(0, 200)}`);
      }
      assert.ok(!row.item.command || row.item.command.command.startsWith('webexCalling.'), 'only our own commands run from rows');
    }
    assert.ok(rows.some((r) => r.label.includes('<script>')), 'hostile names are shown as text, not dropped');
  });

  it('renders hostile details in the webview as text, with one script: its own', async () => {
    const rows = await everyRow();
    const group = rows.find((r) => /\bhuntGroup\b/.test(String(r.item.contextValue)))!;
    await vscode.commands.executeCommand('webexCalling.showDetails', group.node);
    const { locationId, itemId } = group.node as unknown as { locationId: string; itemId: string };
    const key = `huntGroup:${locationId}:${itemId}`;
    // The page draws the rows from the payload posted to it (as text nodes; the UI tests look at them).
    await until(() => api.details.renderedSummary(key), 'rendered details');
    const html = api.details.panelFor(key)!.webview.html;
    assert.strictEqual((html.match(/<script/g) ?? []).length, 1);
    assert.ok(!html.includes('<script>alert'), 'no script from the payload');
    assert.ok(!/<img[^>]*onerror/i.test(html), 'no element from the payload');
    assert.ok(!html.includes(token));
  });

  it('opens hostile JSON as valid, read-only JSON on a safe URI', async () => {
    const rows = await everyRow();
    const group = rows.find((r) => /\bhuntGroup\b/.test(String(r.item.contextValue)))!;
    await vscode.commands.executeCommand('webexCalling.openJson', group.node);
    const editor = await until(() => (vscode.window.activeTextEditor?.document.uri.scheme === 'webex-calling' ? vscode.window.activeTextEditor : undefined), 'the tab');
    assert.match(editor.document.uri.path, /^\/[A-Za-z0-9_-]+\/huntGroups\/[A-Za-z0-9_-]+\.json$/);
    const payload = JSON.parse(editor.document.getText()) as { name: string };
    assert.ok(group.label.startsWith(payload.name.slice(0, 100)), 'the tab holds the item the tree shows');
    assert.ok(!editor.document.getText().includes(token));
  });

  it('never writes the token to the log, settings, documents or exports', async () => {
    const exportFile = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wce-hostile-')), 'inventory.json'));
    const saveDialog = spyOnWindow('showSaveDialog', () => Promise.resolve(exportFile));
    try {
      await vscode.commands.executeCommand('webexCalling.export', exportFile);
    } finally {
      saveDialog.restore();
    }
    await vscode.commands.executeCommand('webexCalling.find', '<script>');
    server.expireTokensAfter(0);
    await vscode.commands.executeCommand('webexCalling.refresh');
    await childrenOf(api);
    server.setTokens([token]);
    assert.ok(logged.length > 10, 'requests were logged');
    assert.deepStrictEqual(logged.filter((line) => line.includes(token)), [], 'the Output channel');
    assert.ok(!fs.readFileSync(exportFile.fsPath, 'utf8').includes(token), 'the export');
    for (const document of vscode.workspace.textDocuments) assert.ok(!document.getText().includes(token), document.uri.toString());
    const settings = JSON.stringify(vscode.workspace.getConfiguration('webexCalling'));
    assert.ok(!settings.includes(token), 'settings');
    const rootRows = await childrenOf(api);
    assert.ok(rootRows.every((row) => !row.label.includes(token) && !JSON.stringify(row.item.tooltip ?? '').includes(token)), 'error nodes');
  });
  it('masks the token in every log line, whoever writes it and whatever a server echoes', async () => {
    const before = logged.length;
    // A server that echoes the Authorization header back as its tracking ID.
    server.addFault({ path: /\/telephony\/config\/locations\?/, fault: { kind: 'echoAuthorization' } });
    try {
      await vscode.commands.executeCommand('webexCalling.refresh');
      await childrenOf(api);
    } finally {
      server.clearFaults();
    }
    api.logger.warn(`a message that quotes the token: ${token}`);
    api.logger.info(`Authorization: Bearer ${token}`);
    api.logger.error(new Error(`failed with ${token}`));
    api.logger.appendLine(`https://example.invalid/callback?access_token=${token}&state=1`);
    const lines = logged.slice(before);
    assert.ok(lines.length >= 4, `lines were logged: ${lines.length}`);
    assert.deepStrictEqual(lines.filter((line) => line.includes(token)), [], 'the token is masked in every line');
    assert.ok(lines.some((line) => line.includes('a message that quotes the token: ***')), lines.join('\n'));
    await vscode.commands.executeCommand('webexCalling.refresh');
  });
});
