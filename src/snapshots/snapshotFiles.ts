// The files of a snapshot of an org's inventory: one per item, then manifest.json. Each item file
// sits where the item's live JSON document sits under its org (`<jsonFolder>/<name>-<hash>.json`,
// see jsonPath.ts), so a file and its live document are easy to pair, and hostile names cannot add
// folders or leave the snapshot folder.
import type { Inventory, InventoryItem } from '../inventory/inventory';
import type { ReadFailure } from '../inventory/run';
import { jsonDocumentPath } from '../kinds/documentPath';
import { canonicalJson } from './canonicalJson';
import { MANIFEST_FILE, SNAPSHOT_FORMAT, type Manifest, type ManifestUnread, type SnapshotItem, type SnapshotOrg } from './format';

/** What the manifest says about the save; there is deliberately no place for a token. */
export interface SnapshotMeta {
  org: SnapshotOrg;
  savedAt: Date;
  /** The API's base URL; only its host is kept. */
  apiBaseUrl: string;
}

export interface SnapshotFile {
  /** Relative to the snapshot folder, `/`-separated. */
  path: string;
  content: string;
}

/** Every item file, then manifest.json last (a save cut short leaves no manifest, so no half snapshot is ever compared). */
export function snapshotFiles(inventory: Inventory, meta: SnapshotMeta): SnapshotFile[] {
  const items = snapshotItems(inventory.items);
  const manifest: Manifest = {
    format: SNAPSHOT_FORMAT,
    org: { key: meta.org.key, ...(meta.org.id ? { id: meta.org.id } : {}), ...(meta.org.name ? { name: meta.org.name } : {}) },
    savedAt: meta.savedAt.toISOString(),
    apiHost: hostOf(meta.apiBaseUrl),
    itemCount: items.length,
    items: items.map(({ file, kind, id, locationId, locationName, name }) => ({ file, kind, id, locationId, locationName, name })),
    unread: unreadEntries(inventory.failures),
  };
  return [...items.map((item) => ({ path: item.file, content: canonicalJson(item.details) })), { path: MANIFEST_FILE, content: canonicalJson(manifest) }];
}

/** What a read could not read, as the manifest records it (and compareSnapshots reads it). */
export function unreadEntries(failures: readonly ReadFailure[]): ManifestUnread[] {
  return failures.map((failure) => ({
    what: failure.what,
    ...(failure.location ? { locationId: failure.location.id } : {}),
    ...(failure.id ? { id: failure.id } : {}),
    ...(failure.name ? { name: failure.name } : {}),
    message: failure.message,
  }));
}

/** The inventory's items in the shape compareSnapshots reads, each with the file a save gives it. */
export function snapshotItems(items: readonly InventoryItem[]): SnapshotItem[] {
  return items.map((item) => {
    // The list's name, as the tree shows it: the file and the live document then share their name.
    const name = item.summary.name;
    const locationId = item.location.id;
    return {
      kind: item.kind,
      id: item.summary.id,
      locationId,
      locationName: item.location.name,
      name,
      details: item.details,
      file: snapshotFilePath({ kind: item.kind, name, locationId, itemId: item.summary.id }),
    };
  });
}

/** The live document's path without its org folder: `<jsonFolder>/<name>-<hash>.json`. */
export function snapshotFilePath(item: { kind: SnapshotItem['kind']; name: string; locationId: string; itemId: string }): string {
  return jsonDocumentPath({ ...item, orgKey: 'org' }).split('/').slice(2).join('/');
}

/** The host of the API, without scheme, user info, path or query. */
function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return '';
  }
}
