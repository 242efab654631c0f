// What a snapshot folder holds: one JSON file per item (its details as the API sent them, keys
// sorted so that two snapshots of an unchanged org are byte-equal and git shows only real changes),
// and manifest.json, which says what each file is. The manifest records the org, the time and the
// API host; it has no field a token could go into, and the writer is never given one.
import type { Kind } from '../kinds/kind';

/** Bumped when the layout changes in a way an older reader would misread. */
export const SNAPSHOT_FORMAT = 1;
export const MANIFEST_FILE = 'manifest.json';
/**
 * The largest file a snapshot may hold. The biggest real payloads (a hunt group with a thousand
 * agents) are well under a megabyte; anything near this is not a snapshot this extension wrote.
 */
export const MAX_SNAPSHOT_FILE_BYTES = 20 * 1024 * 1024;

export interface SnapshotOrg {
  /** The short path-safe key the view uses for the org ("sample", or the end of the org ID). */
  key: string;
  id?: string;
  name?: string;
}

/** One item file of the manifest. */
export interface ManifestEntry {
  /** Relative to the snapshot folder: `<jsonFolder>/<name>-<hash>.json`. */
  file: string;
  kind: Kind;
  id: string;
  locationId: string;
  locationName: string;
  name: string;
}

/** Something the save could not read (so a compare does not call it removed). */
export interface ManifestUnread {
  what: string;
  locationId?: string;
  id?: string;
  name?: string;
  message: string;
}

export interface Manifest {
  format: number;
  org: SnapshotOrg;
  /** ISO 8601. */
  savedAt: string;
  /** Host (and port) of the API the snapshot was read from, e.g. webexapis.com. */
  apiHost: string;
  itemCount: number;
  items: ManifestEntry[];
  unread: ManifestUnread[];
}

/** One item of a snapshot or of the live org, in the one shape compareSnapshots reads. */
export interface SnapshotItem {
  kind: Kind;
  id: string;
  locationId: string;
  locationName: string;
  name: string;
  /** The details payload. */
  details: Record<string, unknown>;
  /** Where it is stored, relative to the snapshot folder (the live org's items have one too: where a save would put them). */
  file: string;
}

export interface Snapshot {
  manifest: Manifest;
  items: SnapshotItem[];
}
