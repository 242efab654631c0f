import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CompareWithOutcome, CompareWithSnapshotOutcome, SaveSnapshotOutcome } from '../../src/commands/snapshotCommands';
import type { FindResult } from '../../src/inventory';
import type { Kind } from '../../src/kinds/kind';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { extensionApi, setSetting, until } from './helpers';
import { spyOnNotifications, spyOnWindow, type WindowSpy } from './windowSpy';

// Save Snapshot, Compare with Snapshot… and Compare With… through their commands, against a sample
// API this test controls (so it can rename a call pickup, delete a hunt group and switch one off),
// with the dialogs and quick picks answered as a user would.

interface Pick {
  label: string;
  detail?: string;
  status?: string;
}

const tempFolder = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'wce-snapshot-'));

/** Every file under `folder`, relative, `/`-separated. */
function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

async function saveSnapshotTo(folder: vscode.Uri): Promise<{ outcome: SaveSnapshotOutcome | undefined; notifications: WindowSpy }> {
  const dialog = spyOnWindow('showSaveDialog', () => Promise.resolve(folder));
  const notifications = spyOnNotifications();
  try {
    const outcome = await vscode.commands.executeCommand<SaveSnapshotOutcome | undefined>('webexCalling.saveSnapshot');
    assert.strictEqual(dialog.calls.length, 1, 'the folder is asked for once');
    return { outcome, notifications };
  } finally {
    dialog.restore();
    notifications.restore();
  }
}

/** Compare with Snapshot on `folder`, choosing the first quick pick entry `choose` accepts. */
async function compareAnswering(folder: vscode.Uri, choose: (pick: Pick) => boolean): Promise<{ outcome: CompareWithSnapshotOutcome | undefined; picks: Pick[]; notifications: WindowSpy }> {
  let picks: Pick[] = [];
  const quickPick = spyOnWindow('showQuickPick', (items) => {
    picks = items as Pick[];
    return Promise.resolve(picks.find(choose));
  });
  const notifications = spyOnNotifications();
  try {
    const outcome = await vscode.commands.executeCommand<CompareWithSnapshotOutcome | undefined>('webexCalling.compareWithSnapshot', folder);
    return { outcome, picks, notifications };
  } finally {
    quickPick.restore();
    notifications.restore();
  }
}

function activeDiff(): vscode.TabInputTextDiff | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputTextDiff ? input : undefined;
}

describe('Snapshots and diffs', () => {
  let server: SampleServer;
  const folders: string[] = [];

  before(async () => {
    server = await startSampleServer();
    await setSetting('apiBaseUrl', server.baseUrl);
    const api = await extensionApi();
    api.connection.useSession(await api.auth.signInWithToken(SAMPLE_TOKEN));
    await until(() => api.connection.active?.baseUrl === server.baseUrl, 'the test API');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setSetting('apiBaseUrl', undefined);
    await server.close();
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });

  const itemsInOrg = (): number =>
    server.org.locations.reduce((sum, l) => sum + l.huntGroups.length + l.callPickups.length + l.callQueues.length + l.autoAttendants.length, 0);

  /** A saved snapshot of the org as it is now. */
  async function savedSnapshot(): Promise<vscode.Uri> {
    const base = tempFolder();
    folders.push(base);
    const folder = vscode.Uri.file(path.join(base, 'snapshot'));
    const { outcome } = await saveSnapshotTo(folder);
    assert.ok(outcome, 'the snapshot was saved');
    return folder;
  }

  it('saves one file per item and a manifest into the chosen folder, and nothing else', async () => {
    const folder = await savedSnapshot();
    const files = filesUnder(folder.fsPath);
    assert.strictEqual(files.length, itemsInOrg() + 1, 'one file per item, plus the manifest');
    assert.ok(files.includes('manifest.json'));
    for (const file of files.filter((f) => f !== 'manifest.json')) assert.match(file, /^(huntGroups|callPickups|queues|callQueues|autoAttendants)\/[A-Za-z0-9_-]+-[0-9a-f]{12}\.json$/);
    assert.deepStrictEqual(fs.readdirSync(path.dirname(folder.fsPath)), ['snapshot'], 'nothing was written beside the folder');
    const manifest = JSON.parse(fs.readFileSync(path.join(folder.fsPath, 'manifest.json'), 'utf8')) as { itemCount: number; apiHost: string };
    assert.strictEqual(manifest.itemCount, itemsInOrg());
    assert.strictEqual(manifest.apiHost, new URL(server.baseUrl).host);
    for (const file of files) assert.ok(!fs.readFileSync(path.join(folder.fsPath, file), 'utf8').includes(SAMPLE_TOKEN), `${file} holds no token`);
    const sales = server.org.locations.flatMap((l) => l.huntGroups).find((h) => h.name === 'Sales Line')!;
    const salesFile = files.find((f) => f.startsWith('huntGroups/Sales-Line-'))!;
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(path.join(folder.fsPath, salesFile), 'utf8')), JSON.parse(JSON.stringify(sales)), 'the details as the API sent them');
  });

  it('refuses to save into a folder that has files, and changes none of them', async () => {
    const folder = await savedSnapshot();
    const before = new Map(filesUnder(folder.fsPath).map((f) => [f, fs.readFileSync(path.join(folder.fsPath, f), 'utf8')]));
    const { outcome, notifications } = await saveSnapshotTo(folder);
    assert.strictEqual(outcome, undefined);
    assert.match(String(notifications.calls[0]?.[0]), /is not empty\. A snapshot is saved only into a new or empty folder/);
    assert.deepStrictEqual(new Map(filesUnder(folder.fsPath).map((f) => [f, fs.readFileSync(path.join(folder.fsPath, f), 'utf8')])), before);
  });

  it('lists what changed since a snapshot, marks the renamed call pickup renamed, and diffs it against the live document', async () => {
    const api = await extensionApi();
    const folder = await savedSnapshot();
    const where = server.org.locations.find((l) => l.location.name === 'Austin')!;
    const pickup = where.callPickups.find((c) => c.name === 'Austin Pickup')!;
    const oldPickupName = pickup.name;
    const switchedOff = where.huntGroups.find((h) => h.name === 'Field Service Dispatch')!;
    const deleted = where.huntGroups.find((h) => h.name === 'New Hires')!;
    const newPickupId = server.renameCallPickup(where.location.id, pickup.id, `${oldPickupName} Renamed`);
    server.deleteHuntGroup(where.location.id, deleted.id);
    switchedOff.enabled = !switchedOff.enabled;
    await vscode.commands.executeCommand('webexCalling.refresh');

    const { outcome, picks } = await compareAnswering(folder, (pick) => pick.status === 'renamed');
    assert.ok(outcome);
    const { comparison } = outcome;
    assert.deepStrictEqual(comparison.renamed.map((r) => [r.old.name, r.new.name, r.new.id]), [[oldPickupName, `${oldPickupName} Renamed`, newPickupId]]);
    assert.deepStrictEqual(comparison.removed.map((i) => i.id), [deleted.id]);
    assert.deepStrictEqual(comparison.changed.map((c) => [c.new.id, c.fields]), [[switchedOff.id, ['enabled']]]);
    assert.deepStrictEqual(comparison.added, []);
    assert.ok(picks.some((p) => p.status === 'renamed' && p.detail?.includes(`Renamed from ${oldPickupName}`)), 'the quick pick says it was renamed');

    const oldFile = vscode.Uri.joinPath(folder, ...comparison.renamed[0].old.file.split('/'));
    // The live document's sorted-keys variant, so only real changes show against the sorted snapshot file.
    const live = api.jsonDocuments.uriFor({ kind: 'callPickup', orgKey: api.connection.active!.orgKey, name: `${oldPickupName} Renamed`, locationId: where.location.id, itemId: newPickupId }).with({ query: 'keys=sorted' });
    assert.deepStrictEqual(outcome.opened, { left: oldFile.toString(), right: live.toString() });
    const diff = await until(activeDiff, 'the diff editor');
    assert.strictEqual(diff.original.toString(), oldFile.toString());
    assert.strictEqual(diff.modified.toString(), live.toString());
    const liveText = (await vscode.workspace.openTextDocument(live)).getText();
    assert.deepStrictEqual(JSON.parse(liveText), JSON.parse(JSON.stringify(pickup)), 'the live side holds the pickup as the API sends it now');
    assert.deepStrictEqual(Object.keys(JSON.parse(liveText)), Object.keys(JSON.parse(liveText)).sort(), 'with its keys sorted as in the snapshot file');
  });

  it('diffs a changed hunt group: its snapshot file against its live document', async () => {
    const api = await extensionApi();
    const folder = await savedSnapshot();
    const group = server.org.locations.flatMap((l) => l.huntGroups.map((h) => ({ ...h, locationId: l.location.id, data: h }))).find((h) => h.name === 'Support Line')!;
    group.data.enabled = !group.data.enabled;
    await vscode.commands.executeCommand('webexCalling.refresh');
    const { outcome } = await compareAnswering(folder, (pick) => pick.status === 'changed');
    assert.deepStrictEqual(outcome?.comparison.changed.map((c) => c.new.name), ['Support Line']);
    const diff = await until(activeDiff, 'the diff editor');
    assert.ok(diff.original.fsPath.startsWith(folder.fsPath) && /huntGroups[\\/]Support-Line-[0-9a-f]{12}\.json$/.test(diff.original.fsPath), diff.original.toString());
    assert.strictEqual(diff.modified.toString(), api.jsonDocuments.uriFor({ kind: 'huntGroup', orgKey: api.connection.active!.orgKey, name: 'Support Line', locationId: group.locationId, itemId: group.id }).with({ query: 'keys=sorted' }).toString());
    // Sorted like the snapshot file, the two sides differ only where the data changed: "enabled".
    const [original, modified] = await Promise.all([vscode.workspace.openTextDocument(diff.original), vscode.workspace.openTextDocument(diff.modified)]);
    const changedLines = modified.getText().split('\n').filter((line, index) => line !== original.getText().split('\n')[index]);
    assert.deepStrictEqual(changedLines.map((line) => line.trim()), [`"enabled": ${group.data.enabled},`]);
  });

  const corrupt: Array<[what: string, manifest: string, says: RegExp]> = [
    ['a manifest that is not JSON', '{"format": 1, "items": [', /manifest\.json: the file is not valid JSON/],
    ['a manifest pointing outside the folder', JSON.stringify({ format: 1, org: { key: 'x' }, savedAt: '2025-01-01T00:00:00Z', items: [{ file: '../outside.json', kind: 'huntGroup', id: 'a', locationId: 'b' }] }), /manifest\.json: item 1: "\.\.\/outside\.json" points outside the snapshot folder/],
    ['a manifest of the wrong shape', '[1, 2, 3]', /manifest\.json: expected a snapshot manifest/],
  ];
  for (const [what, manifest, says] of corrupt) {
    it(`refuses ${what} with an error naming the file, and shows no list`, async () => {
      const folder = tempFolder();
      folders.push(folder);
      fs.writeFileSync(path.join(folder, 'manifest.json'), manifest);
      const { outcome, picks, notifications } = await compareAnswering(vscode.Uri.file(folder), () => true);
      assert.strictEqual(outcome, undefined);
      assert.deepStrictEqual(picks, []);
      assert.strictEqual(notifications.calls.length, 1);
      assert.match(String(notifications.calls[0][0]), says);
      assert.ok(String(notifications.calls[0][0]).includes(folder), 'the message names the folder');
    });
  }

  it('leaves out a corrupt item file with a warning naming it, and compares the rest', async () => {
    const folder = await savedSnapshot();
    const victim = filesUnder(folder.fsPath).find((f) => f.startsWith('huntGroups/'))!;
    fs.writeFileSync(path.join(folder.fsPath, victim), '{ not json');
    const { outcome, notifications } = await compareAnswering(folder, () => false);
    assert.ok(outcome);
    assert.deepStrictEqual(outcome.problems.map((p) => p.file), [victim]);
    assert.ok(notifications.calls.some((call) => String(call[0]).includes(victim) && /not valid JSON/.test(String(call[0]))), 'a warning names the file');
  });

  it('Compare With opens two hunt groups side by side, each document loaded', async () => {
    const api = await extensionApi();
    const found = await vscode.commands.executeCommand<FindResult>('webexCalling.find', 'sales line');
    const node = (await api.tree.nodeForItem(found.items.find((i) => i.kind === 'huntGroup')!))!;
    let offered: Pick[] = [];
    const quickPick = spyOnWindow('showQuickPick', (items) => {
      offered = items as Pick[];
      return Promise.resolve(offered.find((p) => p.label === 'Support Line'));
    });
    let outcome: CompareWithOutcome | undefined;
    try {
      outcome = await vscode.commands.executeCommand<CompareWithOutcome | undefined>('webexCalling.compareWith', node);
    } finally {
      quickPick.restore();
    }
    const huntGroups = server.org.locations.flatMap((l) => l.huntGroups.map((h) => ({ h, locationId: l.location.id })));
    assert.strictEqual(offered.length, huntGroups.length - 1, 'every other hunt group is offered');
    assert.ok(!offered.some((p) => p.label === 'Sales Line'), 'not the item itself');
    const uriOf = (name: string, kind: Kind = 'huntGroup') => {
      const { h, locationId } = huntGroups.find((g) => g.h.name === name)!;
      return api.jsonDocuments.uriFor({ kind, orgKey: api.connection.active!.orgKey, name, locationId, itemId: h.id });
    };
    assert.deepStrictEqual(outcome, { left: uriOf('Sales Line').toString(), right: uriOf('Support Line').toString() });
    const diff = await until(activeDiff, 'the diff editor');
    assert.strictEqual(diff.original.toString(), uriOf('Sales Line').toString());
    assert.strictEqual(diff.modified.toString(), uriOf('Support Line').toString());
    assert.strictEqual((JSON.parse((await vscode.workspace.openTextDocument(diff.modified)).getText()) as { name: string }).name, 'Support Line');
  });
});
