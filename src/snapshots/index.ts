// Snapshots of an org's inventory as a folder of JSON files, read back and compared. No VS Code:
// src/commands/snapshotCommands.ts adds the dialogs, progress and diff editors.
export { canonicalJson, sortKeysDeep } from './canonicalJson';
export { compareSnapshots, type ChangedItem, type Comparison, type ComparedSide } from './compareSnapshots';
export { MANIFEST_FILE, MAX_SNAPSHOT_FILE_BYTES, SNAPSHOT_FORMAT, type Manifest, type ManifestEntry, type Snapshot, type SnapshotItem } from './format';
export { isSnapshotPath, readSnapshot, type SnapshotProblem, type SnapshotReadResult, type SnapshotSource } from './readSnapshot';
export { snapshotFilePath, snapshotFiles, snapshotItems, unreadEntries, type SnapshotFile, type SnapshotMeta } from './snapshotFiles';
export { SnapshotWriteError, writeSnapshot, type SnapshotTarget } from './writeSnapshot';
