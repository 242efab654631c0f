import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { FindAgentResult, FindResult } from '../../src/inventory';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { extensionApi, setSetting, until } from './helpers';
import { spyOnNotifications, spyOnWindow } from './windowSpy';

interface ExportOutcome {
  file: string;
  rows: number;
  failures: number;
}

/**
 * Runs Export Inventory through its command, with `argument` passed to it, and the save dialog
 * (replaced for the length of the call, in this real extension host) answered with `chosen`.
 * Returns the outcome and what the dialog was asked to propose.
 */
async function exportAnswering(chosen: vscode.Uri | undefined, argument?: unknown): Promise<{ outcome: ExportOutcome | undefined; proposed: unknown }> {
  const dialog = spyOnWindow('showSaveDialog', () => Promise.resolve(chosen));
  const notifications = spyOnNotifications();
  try {
    const outcome = await vscode.commands.executeCommand<ExportOutcome | undefined>('webexCalling.export', argument);
    assert.strictEqual(dialog.calls.length, 1, 'the save dialog is shown once');
    const [options] = dialog.calls[0] as [vscode.SaveDialogOptions];
    return { outcome, proposed: options.defaultUri };
  } finally {
    dialog.restore();
    notifications.restore();
  }
}

/** Export Inventory to `file`, chosen in the save dialog. */
async function exportTo(file: vscode.Uri): Promise<ExportOutcome> {
  const { outcome } = await exportAnswering(file);
  assert.ok(outcome, 'the export finished');
  assert.strictEqual(outcome.file, file.fsPath);
  return outcome;
}

const tempExportUri = (name: string): vscode.Uri => vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wce-export-')), name));

// Find, Find Agent and Export through their commands, against a sample API the test controls
// (so it can count requests and plant formula-like strings).
describe('Everyday workflows: Find, Find Agent, Export', () => {
  let server: SampleServer;

  before(async () => {
    server = await startSampleServer();
    await setSetting('apiBaseUrl', server.baseUrl);
    const api = await extensionApi();
    api.connection.useSession(await api.auth.signInWithToken(SAMPLE_TOKEN));
    await until(() => api.connection.active?.baseUrl === server.baseUrl, 'the test API');
  });

  after(async () => {
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setSetting('apiBaseUrl', undefined);
    await server.close();
  });

  const allHuntGroups = () => server.org.locations.flatMap((l) => l.huntGroups.map((h) => ({ ...h, location: l.location })));

  it('finds a hunt group by name', async () => {
    const result = await vscode.commands.executeCommand<FindResult>('webexCalling.find', 'sales line');
    assert.deepStrictEqual(result.items.filter((i) => i.kind === 'huntGroup').map((i) => i.name), ['Sales Line']);
  });

  it('reveals a found item in the tree, selected', async () => {
    const api = await extensionApi();
    const result = await vscode.commands.executeCommand<FindResult>('webexCalling.find', 'support line');
    const node = (await api.tree.nodeForItem(result.items[0]))!;
    await api.treeView.reveal(node, { select: true, focus: false, expand: false });
    await until(() => api.treeView.selection[0]?.id === node.id, 'the selection');
  });

  it('copies an item\u2019s ID, name, number and JSON from the tree', async () => {
    const api = await extensionApi();
    const result = await vscode.commands.executeCommand<FindResult>('webexCalling.find', 'sales line');
    const node = (await api.tree.nodeForItem(result.items[0]))!;
    const sales = allHuntGroups().find((h) => h.name === 'Sales Line')!;
    await vscode.commands.executeCommand('webexCalling.copyId', node);
    assert.strictEqual(await vscode.env.clipboard.readText(), sales.id);
    await vscode.commands.executeCommand('webexCalling.copyPhoneNumber', node);
    assert.strictEqual(await vscode.env.clipboard.readText(), sales.phoneNumber);
    await vscode.commands.executeCommand('webexCalling.copyJson', node);
    const { location: _location, ...details } = sales;
    assert.deepStrictEqual(JSON.parse(await vscode.env.clipboard.readText()), details, 'the details as the API returned them');
  });

  it('finds a hunt group by phone number and by extension', async () => {
    const group = allHuntGroups().find((h) => h.phoneNumber && h.extension)!;
    const byNumber = await vscode.commands.executeCommand<FindResult>('webexCalling.find', group.phoneNumber);
    assert.ok(byNumber.items.some((i) => i.id === group.id), `found by ${group.phoneNumber}`);
    const byExtension = await vscode.commands.executeCommand<FindResult>('webexCalling.find', group.extension);
    assert.deepStrictEqual(byExtension.items.map((i) => i.id), [group.id]);
  });

  it('finds a call pickup by name', async () => {
    const pickup = server.org.locations.flatMap((l) => l.callPickups)[0];
    const result = await vscode.commands.executeCommand<FindResult>('webexCalling.find', pickup.name);
    assert.ok(result.items.some((i) => i.kind === 'callPickup' && i.id === pickup.id));
  });

  it('finds exactly the groups an agent is in', async () => {
    // An agent that is in several groups in the sample data, found by its ID.
    const memberships = new Map<string, Set<string>>();
    for (const location of server.org.locations) {
      for (const group of [...location.huntGroups, ...location.callPickups, ...location.callQueues]) {
        for (const agent of group.agents ?? []) {
          if (!memberships.has(agent.id)) memberships.set(agent.id, new Set());
          memberships.get(agent.id)!.add(group.id);
        }
      }
    }
    const [agentId, expected] = [...memberships.entries()].sort((a, b) => b[1].size - a[1].size)[0];
    assert.ok(expected.size >= 2);
    const result = await vscode.commands.executeCommand<FindAgentResult>('webexCalling.findAgent', agentId);
    assert.strictEqual(result.agents.length, 1);
    assert.deepStrictEqual(new Set(result.agents[0].memberships.map((m) => m.groupId)), expected);
    server.resetStats();
    await vscode.commands.executeCommand<FindAgentResult>('webexCalling.findAgent', agentId);
    assert.strictEqual(server.stats().total, 0, 'a second search reads nothing again');
  });

  it('exports a CSV whose rows match the API and whose formula-like cells are neutralised', async () => {
    const file = tempExportUri('inventory.csv');
    const outcome = await exportTo(file);
    assert.strictEqual(outcome.failures, 0);
    const csv = fs.readFileSync(file.fsPath, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    assert.strictEqual(lines.length - 1, outcome.rows, 'one line per row after the header');
    const expectedRows = server.org.locations
      .flatMap((l) => [...l.huntGroups, ...l.callPickups, ...l.callQueues, ...l.autoAttendants])
      .reduce((sum, group) => sum + Math.max(1, Array.isArray(group.agents) ? group.agents.length : 0), 0);
    assert.strictEqual(outcome.rows, expectedRows, 'one row per agent membership, one for a group with none (auto attendants have none)');
    assert.ok(lines.some((line) => line.includes('Sales Line')));
  });

  it('writes JSON when the file chosen in the dialog ends in .json', async () => {
    const file = tempExportUri('inventory.json');
    const outcome = await exportTo(file);
    const rows = JSON.parse(fs.readFileSync(file.fsPath, 'utf8')) as unknown[];
    assert.ok(Array.isArray(rows), 'a JSON array of rows');
    assert.strictEqual(rows.length, outcome.rows);
    assert.ok(rows.some((row) => JSON.stringify(row).includes('Sales Line')));
  });

  it('never writes to a URI passed as an argument unless the dialog returns it', async () => {
    const planted = tempExportUri('planted.csv');
    // The dialog cancelled: nothing is written.
    const cancelled = await exportAnswering(undefined, planted);
    assert.strictEqual(cancelled.outcome, undefined);
    assert.strictEqual((cancelled.proposed as vscode.Uri | undefined)?.toString(), planted.toString(), 'the argument is only proposed in the dialog');
    assert.ok(!fs.existsSync(planted.fsPath), 'the argument was not written');
    // Another file chosen in the dialog: that one is written, the argument is not.
    const chosen = tempExportUri('chosen.csv');
    const elsewhere = await exportAnswering(chosen, planted);
    assert.strictEqual(elsewhere.outcome?.file, chosen.fsPath);
    assert.ok(fs.existsSync(chosen.fsPath), 'the chosen file was written');
    assert.ok(!fs.existsSync(planted.fsPath), 'the argument was still not written');
    // The dialog confirms the proposal: only then is it written.
    const confirmed = await exportAnswering(planted, planted);
    assert.strictEqual(confirmed.outcome?.file, planted.fsPath);
    assert.ok(fs.readFileSync(planted.fsPath, 'utf8').includes('Sales Line'));
  });

  it('neutralises formula injection in exported cells', async () => {
    const hostile = await startSampleServer({ hostile: true });
    try {
      await setSetting('apiBaseUrl', hostile.baseUrl);
      const api = await extensionApi();
      await until(() => api.connection.active?.baseUrl === hostile.baseUrl, 'the hostile API');
      const file = tempExportUri('hostile.csv');
      await exportTo(file);
      const csv = fs.readFileSync(file.fsPath, 'utf8');
      const cells = csv.split(/,|\r\n/).map((cell) => cell.replace(/^"|"$/g, ''));
      const dangerous = cells.filter((cell) => /^[=@]/.test(cell) || /^[+-][^0-9]/.test(cell));
      assert.deepStrictEqual(dangerous, [], 'no cell starts like a formula');
      assert.ok(csv.includes("'=HYPERLINK") && csv.includes("'@SUM"), 'the hostile names are exported, made inert');
    } finally {
      await setSetting('apiBaseUrl', server.baseUrl);
      await hostile.close();
    }
  });
});
