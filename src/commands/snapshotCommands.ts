// Save Snapshot, Compare with Snapshot… and Compare With…: the org's inventory as a folder of JSON
// files, what changed since one, and two items side by side, all in VS Code's own diff editor. The
// files are read and written only through vscode.workspace.fs, inside the folder the user chose.
import * as vscode from 'vscode';
import type { Connection, ActiveConnection } from '../connection';
import { errorSummary, isAborted } from '../errorText';
import { inertText } from '../inertText';
import { collectInventory, type Inventory } from '../inventory';
import type { JsonDocuments, JsonSource } from '../json/jsonDocuments';
import type { Kind, ListItem } from '../kinds/kind';
import { KINDS } from '../kinds/registry';
import type { Logger } from '../log';
import { readSettings } from '../settings';
import {
  compareSnapshots,
  MANIFEST_FILE,
  readSnapshot,
  snapshotFiles,
  snapshotItems,
  SnapshotWriteError,
  writeSnapshot,
  type ChangedItem,
  type Comparison,
  type SnapshotItem,
  type SnapshotProblem,
  type SnapshotSource,
  type SnapshotTarget,
  unreadEntries,
} from '../snapshots';
import { type DetailsTarget, isDetailsNode, isDetailsTarget } from '../tree/explorerNode';
import { jsonSourceFor } from './itemCommands';

export interface SaveSnapshotOutcome {
  folder: string;
  items: number;
  unread: number;
}

export interface CompareWithSnapshotOutcome {
  comparison: Comparison;
  /** Item files of the snapshot that could not be used. */
  problems: SnapshotProblem[];
  /** The two sides of the diff editor opened for the chosen item, if any. */
  opened?: { left: string; right: string };
}

export interface CompareWithOutcome {
  left: string;
  right: string;
}

export function registerSnapshotCommands(connection: Connection, treeView: vscode.TreeView<unknown>, jsonDocuments: JsonDocuments, logger: Logger): vscode.Disposable[] {
  const signedIn = (): ActiveConnection | undefined => {
    const active = connection.active;
    if (!active) vscode.window.showInformationMessage(vscode.l10n.t('Sign in or explore the sample organization first.'));
    return active;
  };
  return [
    // An argument (from a command link, another extension) only proposes the folder: the user confirms it in the dialog.
    vscode.commands.registerCommand('webexCalling.saveSnapshot', async (proposed?: unknown) => {
      const active = signedIn();
      return active && saveSnapshot(active, proposed instanceof vscode.Uri ? proposed : undefined, logger);
    }),
    vscode.commands.registerCommand('webexCalling.compareWithSnapshot', async (folder?: unknown) => {
      const active = signedIn();
      return active && compareWithSnapshot(active, folder instanceof vscode.Uri ? folder : undefined, jsonDocuments, logger);
    }),
    vscode.commands.registerCommand('webexCalling.compareWith', async (argument?: unknown) => {
      const active = signedIn();
      const node = isDetailsTarget(argument) ? argument : treeView.selection.find(isDetailsNode);
      if (!node) {
        vscode.window.showInformationMessage(vscode.l10n.t('Select a hunt group, call queue, auto attendant or call pickup in the Webex Calling view first.'));
        return undefined;
      }
      return active && compareWith(active, node, jsonDocuments);
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Save Snapshot

async function saveSnapshot(active: ActiveConnection, proposed: vscode.Uri | undefined, logger: Logger): Promise<SaveSnapshotOutcome | undefined> {
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
  const folder = await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Save Snapshot: the new folder to write it into'),
    saveLabel: vscode.l10n.t('Save Snapshot'),
    defaultUri: proposed ?? (workspace && vscode.Uri.joinPath(workspace, 'webex-snapshots', active.orgKey, folderStamp(new Date()))),
  });
  if (!folder) return undefined;
  const target = workspaceTarget(folder);
  // Refused before the org is read, not after minutes of reading.
  const existing = await target.entries().catch(() => ['?']);
  if (existing && existing.length > 0) {
    vscode.window.showErrorMessage(vscode.l10n.t('{0} is not empty. A snapshot is saved only into a new or empty folder, so nothing is overwritten.', inertText(folder.fsPath)));
    return undefined;
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Saving a snapshot…'), cancellable: true },
    async (progress, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      try {
        const inventory = await readInventory(active, controller.signal, progress);
        const files = snapshotFiles(inventory, {
          org: { key: active.orgKey, id: active.orgId, name: active.state === 'sample' ? active.label : undefined },
          savedAt: new Date(),
          apiBaseUrl: active.baseUrl,
        });
        await writeSnapshot(files, target, {
          signal: controller.signal,
          onProgress: (written, total) => progress.report({ message: vscode.l10n.t('{0} of {1} files written', written, total) }),
        });
        logUnread(logger, 'Save Snapshot', inventory);
        const saved = vscode.l10n.t('Saved a snapshot of {0} items to {1}.', inventory.items.length, inertText(folder.fsPath));
        if (inventory.failures.length > 0) {
          void vscode.window
            .showWarningMessage(`${saved} ${vscode.l10n.t('{0} could not be read and are listed in its manifest as unread.', inventory.failures.length)}`, vscode.l10n.t('Show Log'))
            .then((choice) => choice && logger.show());
        } else {
          void vscode.window.showInformationMessage(saved);
        }
        return { folder: folder.fsPath, items: inventory.items.length, unread: inventory.failures.length };
      } catch (error) {
        if (isAborted(error) || controller.signal.aborted) return undefined;
        const message = error instanceof SnapshotWriteError ? error.message : errorSummary(error).message;
        vscode.window.showErrorMessage(vscode.l10n.t('The snapshot was not saved: {0}', inertText(message)));
        return undefined;
      }
    },
  );
}

/** `2025-03-04T09-15-02Z`: sorts by time, and is a valid folder name everywhere (no colons). */
function folderStamp(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

function workspaceTarget(folder: vscode.Uri): SnapshotTarget {
  const at = (relativePath: string): vscode.Uri => (relativePath ? vscode.Uri.joinPath(folder, ...relativePath.split('/')) : folder);
  return {
    entries: async () => {
      // stat first: a missing folder is the usual case, and reading it would log an error.
      try {
        await vscode.workspace.fs.stat(folder);
      } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
        throw error;
      }
      return (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
    },
    exists: (relativePath) => Promise.resolve(vscode.workspace.fs.stat(at(relativePath))).then(
      () => true,
      () => false,
    ),
    createDirectory: (relativePath) => Promise.resolve(vscode.workspace.fs.createDirectory(at(relativePath))),
    writeFile: (relativePath, content) => Promise.resolve(vscode.workspace.fs.writeFile(at(relativePath), content)),
  };
}

// ---------------------------------------------------------------------------------------------
// Compare with Snapshot…

type ComparePick = vscode.QuickPickItem & { status?: 'changed' | 'renamed' | 'added' | 'removed'; change?: ChangedItem; item?: SnapshotItem };

async function compareWithSnapshot(active: ActiveConnection, given: vscode.Uri | undefined, jsonDocuments: JsonDocuments, logger: Logger): Promise<CompareWithSnapshotOutcome | undefined> {
  const folder = given ? await snapshotFolderOf(given) : await pickSnapshotFolder(active);
  if (!folder) return undefined;
  const read = await readSnapshot(workspaceSource(folder));
  if (!read.ok) {
    vscode.window.showErrorMessage(vscode.l10n.t('Cannot compare with the snapshot in {0}: {1}', inertText(folder.fsPath), inertText(read.problem.message)));
    return undefined;
  }
  const { snapshot, problems } = read;
  for (const problem of problems) logger.warn(`Compare with Snapshot: ${folder.fsPath}: ${problem.message}`);
  if (problems.length > 0) {
    void vscode.window
      .showWarningMessage(vscode.l10n.t('{0} files of the snapshot could not be used and were left out, for example {1}', problems.length, inertText(problems[0].message)), vscode.l10n.t('Show Log'))
      .then((choice) => choice && logger.show());
  }
  const inventory = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading the organization to compare…'), cancellable: true },
    async (progress, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      try {
        return await readInventory(active, controller.signal, progress);
      } catch (error) {
        if (!isAborted(error)) vscode.window.showErrorMessage(vscode.l10n.t('Could not read the organization: {0}', inertText(errorSummary(error).message)));
        return undefined;
      }
    },
  );
  if (!inventory) return undefined;
  logUnread(logger, 'Compare with Snapshot', inventory);
  const live = snapshotItems(inventory.items);
  const comparison = compareSnapshots(
    { items: snapshot.items, unread: snapshot.manifest.unread },
    { items: live, unread: unreadEntries(inventory.failures) },
  );
  const savedAt = new Date(snapshot.manifest.savedAt).toLocaleString();
  const picks = comparePicks(comparison);
  const outcome: CompareWithSnapshotOutcome = { comparison, problems };
  const changes = comparison.added.length + comparison.removed.length + comparison.changed.length + comparison.renamed.length;
  if (changes === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing changed since the snapshot of {0} ({1} items).', savedAt, comparison.unchanged));
    return outcome;
  }
  const picked = await vscode.window.showQuickPick<ComparePick>(picks, {
    title: vscode.l10n.t('Changes since the snapshot of {0} ({1})', savedAt, inertText(snapshot.manifest.org.name ?? snapshot.manifest.org.key)),
    placeHolder: vscode.l10n.t('{0} changed, {1} renamed, {2} added, {3} removed: choose one to see it', comparison.changed.length, comparison.renamed.length, comparison.added.length, comparison.removed.length),
    matchOnDescription: true,
  });
  if (!picked?.status) return outcome;
  try {
    outcome.opened = await openChange(picked, folder, savedAt, active, jsonDocuments);
  } catch (error) {
    vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', inertText(picked.item?.name ?? picked.change?.new.name ?? ''), inertText(errorSummary(error).message)));
  }
  return outcome;
}

function comparePicks(comparison: Comparison): ComparePick[] {
  const kindTitle = (item: SnapshotItem): string => vscode.l10n.t(KINDS[item.kind].labels.title);
  const where = (item: SnapshotItem): string => inertText(`${kindTitle(item)} · ${item.locationName || item.locationId}`);
  const section = (label: string, picks: ComparePick[]): ComparePick[] => (picks.length ? [{ label, kind: vscode.QuickPickItemKind.Separator }, ...picks] : []);
  return [
    ...section(
      vscode.l10n.t('Changed'),
      comparison.changed.map((change) => ({ label: `$(diff) ${inertText(change.new.name)}`, description: where(change.new), detail: inertText(vscode.l10n.t('Changed: {0}', change.fields.join(', '))), status: 'changed' as const, change })),
    ),
    ...section(
      vscode.l10n.t('Renamed'),
      comparison.renamed.map((change) => ({
        label: `$(diff-renamed) ${inertText(change.new.name)}`,
        description: where(change.new),
        detail: inertText(vscode.l10n.t('Renamed from {0} (same location and members)', change.old.name)),
        status: 'renamed' as const,
        change,
      })),
    ),
    ...section(vscode.l10n.t('Added'), comparison.added.map((item) => ({ label: `$(diff-added) ${inertText(item.name)}`, description: where(item), status: 'added' as const, item }))),
    ...section(vscode.l10n.t('Removed'), comparison.removed.map((item) => ({ label: `$(diff-removed) ${inertText(item.name)}`, description: where(item), status: 'removed' as const, item }))),
  ];
}

/** Changed and renamed: the diff editor, snapshot file against the live document; added: the live document; removed: the snapshot file. */
async function openChange(
  picked: ComparePick,
  folder: vscode.Uri,
  savedAt: string,
  active: ActiveConnection,
  jsonDocuments: JsonDocuments,
): Promise<{ left: string; right: string } | undefined> {
  const fileOf = (item: SnapshotItem): vscode.Uri => vscode.Uri.joinPath(folder, ...item.file.split('/'));
  if (picked.change) {
    const left = fileOf(picked.change.old);
    // Keys sorted as in the snapshot file: the diff then shows only what changed, not what moved.
    const right = await jsonDocuments.ensureLoaded(liveSource(active, picked.change.new), { sortedKeys: true });
    const title = vscode.l10n.t('{0} (snapshot of {1}) ↔ {2} (now)', picked.change.old.name, savedAt, picked.change.new.name);
    await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: false });
    return { left: left.toString(), right: right.toString() };
  }
  if (picked.item && picked.status === 'added') await jsonDocuments.open(liveSource(active, picked.item));
  if (picked.item && picked.status === 'removed') await vscode.window.showTextDocument(fileOf(picked.item), { preview: false });
  return undefined;
}

function liveSource(active: ActiveConnection, item: SnapshotItem): JsonSource {
  return {
    kind: item.kind,
    orgKey: active.orgKey,
    name: item.name,
    locationId: item.locationId,
    itemId: item.id,
    load: (force) => active.store.details(item.kind, item.locationId, item.id, { force }),
  };
}

async function pickSnapshotFolder(active: ActiveConnection): Promise<vscode.Uri | undefined> {
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
  const snapshots = workspace && vscode.Uri.joinPath(workspace, 'webex-snapshots', active.orgKey);
  const chosen = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Compare with Snapshot: choose a snapshot folder or its manifest.json'),
    openLabel: vscode.l10n.t('Compare'),
    canSelectFiles: true,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: snapshots,
  });
  return chosen?.[0] && snapshotFolderOf(chosen[0]);
}

/** A snapshot folder, or the folder of a chosen manifest.json. */
async function snapshotFolderOf(uri: vscode.Uri): Promise<vscode.Uri> {
  if (uri.path.endsWith(`/${MANIFEST_FILE}`)) {
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
    if (!stat || stat.type & vscode.FileType.File) return vscode.Uri.joinPath(uri, '..');
  }
  return uri;
}

function workspaceSource(folder: vscode.Uri): SnapshotSource {
  const at = (relativePath: string): vscode.Uri => vscode.Uri.joinPath(folder, ...relativePath.split('/'));
  return {
    size: async (relativePath) => {
      let stat: vscode.FileStat;
      try {
        stat = await vscode.workspace.fs.stat(at(relativePath));
      } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
        throw error;
      }
      // A link may lead out of the snapshot folder; a snapshot never holds one.
      if (stat.type & vscode.FileType.SymbolicLink) throw new Error(vscode.l10n.t('it is a symbolic link, and snapshot files are read only from inside the folder'));
      if (!(stat.type & vscode.FileType.File)) throw new Error(vscode.l10n.t('it is not a file'));
      return stat.size;
    },
    read: async (relativePath) => vscode.workspace.fs.readFile(at(relativePath)),
  };
}

// ---------------------------------------------------------------------------------------------
// Compare With…

type ItemPick = vscode.QuickPickItem & { target: { kind: Kind; locationId: string; locationName: string; item: ListItem } };

async function compareWith(active: ActiveConnection, node: DetailsTarget, jsonDocuments: JsonDocuments): Promise<CompareWithOutcome | undefined> {
  const kind = node.detailsKind;
  let candidates: ItemPick['target'][];
  try {
    candidates = (await itemsOfKind(active, kind, node.locationId)).filter((other) => !(other.item.id === node.itemId && other.locationId === node.locationId));
  } catch (error) {
    vscode.window.showErrorMessage(vscode.l10n.t('Could not list the {0}: {1}', vscode.l10n.t(KINDS[kind].labels.many), inertText(errorSummary(error).message)));
    return undefined;
  }
  if (candidates.length === 0) {
    vscode.window.showInformationMessage(vscode.l10n.t('There is no other {0} to compare with.', vscode.l10n.t(KINDS[kind].labels.one)));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick<ItemPick>(
    candidates.map((target) => ({ label: inertText(target.item.name), description: inertText(target.locationName), target })),
    { title: vscode.l10n.t('Compare {0} with…', inertText(node.name)), placeHolder: vscode.l10n.t('Another {0}', vscode.l10n.t(KINDS[kind].labels.one)), matchOnDescription: true },
  );
  if (!picked) return undefined;
  const { target } = picked;
  try {
    const left = await jsonDocuments.ensureLoaded(jsonSourceFor(node, active.orgKey));
    const right = await jsonDocuments.ensureLoaded(
      liveSource(active, { kind, id: target.item.id, locationId: target.locationId, locationName: target.locationName, name: target.item.name, details: {}, file: '' }),
    );
    await vscode.commands.executeCommand('vscode.diff', left, right, `${node.name} ↔ ${target.item.name}`, { preview: false });
    return { left: left.toString(), right: right.toString() };
  } catch (error) {
    vscode.window.showErrorMessage(vscode.l10n.t('Could not compare {0} with {1}: {2}', inertText(node.name), inertText(target.item.name), inertText(errorSummary(error).message)));
    return undefined;
  }
}

/**
 * The items of a kind to choose from: an org-wide kind's whole list (one cached listing), or, for
 * kinds listed per location, the item's own location in full plus whatever other locations' lists
 * are already loaded (reading every location's list would cost a request per location).
 */
async function itemsOfKind(active: ActiveConnection, kind: Kind, ownLocationId: string): Promise<ItemPick['target'][]> {
  const locations = await active.store.locations();
  const locationName = new Map(locations.map((location) => [location.id, location.name]));
  if (KINDS[kind].endpoint.orgWide) {
    const items = await active.store.allOfOrg(kind);
    return items.map((item) => ({ kind, locationId: item.locationId ?? '', locationName: item.locationName ?? locationName.get(item.locationId ?? '') ?? '', item }));
  }
  await active.store.allInLocation(kind, ownLocationId);
  return locations.flatMap((location) => active.store.list(kind, location.id).items.map((item) => ({ kind, locationId: location.id, locationName: location.name, item })));
}

// ---------------------------------------------------------------------------------------------

async function readInventory(active: ActiveConnection, signal: AbortSignal, progress: vscode.Progress<{ message?: string }>): Promise<Inventory> {
  return collectInventory(active.store, {
    signal,
    concurrency: readSettings().maxConcurrentRequests,
    onProgress: ({ done, total }) => progress.report({ message: vscode.l10n.t('{0} of {1} read', done, total) }),
  });
}

function logUnread(logger: Logger, command: string, inventory: Inventory): void {
  for (const failure of inventory.failures) logger.warn(`${command}: could not read ${failure.what} ${failure.name ?? failure.id ?? ''} (${failure.location?.name ?? 'org'}): ${failure.message}`);
}
