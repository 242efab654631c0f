// Writes a snapshot's files into its folder and nowhere else. The folder must be new or empty; a
// file that exists is never replaced (another save racing this one stops it instead). The manifest
// comes last, so a save that stops half way leaves no manifest and is never taken for a snapshot.
import { MANIFEST_FILE } from './format';
import { isSnapshotPath } from './readSnapshot';
import type { SnapshotFile } from './snapshotFiles';

/** The chosen folder, as the VS Code side (workspace.fs) or the benchmark (node:fs) writes it. */
export interface SnapshotTarget {
  /** Names in the folder; undefined when the folder does not exist. */
  entries(): Promise<string[] | undefined>;
  exists(relativePath: string): Promise<boolean>;
  /** Creates a folder (and its parents) inside the snapshot folder; "" is the folder itself. */
  createDirectory(relativePath: string): Promise<void>;
  writeFile(relativePath: string, content: Uint8Array): Promise<void>;
}

export class SnapshotWriteError extends Error {}

export interface WriteOptions {
  /** Files written at once. */
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (written: number, total: number) => void;
}

export async function writeSnapshot(files: readonly SnapshotFile[], target: SnapshotTarget, options: WriteOptions = {}): Promise<void> {
  for (const file of files) {
    if (!isSnapshotPath(file.path)) throw new SnapshotWriteError(`Refusing to write ${JSON.stringify(file.path)}: not a path inside the snapshot folder.`);
  }
  const existing = await target.entries();
  if (existing && existing.length > 0) throw new SnapshotWriteError('The folder is not empty; a snapshot is only saved into a new or empty folder, so nothing is overwritten.');
  await target.createDirectory('');
  for (const folder of new Set(files.map((file) => file.path.split('/').slice(0, -1).join('/')).filter(Boolean))) await target.createDirectory(folder);

  const items = files.filter((file) => file.path !== MANIFEST_FILE);
  const manifest = files.find((file) => file.path === MANIFEST_FILE);
  const encoder = new TextEncoder();
  let next = 0;
  let written = 0;
  const total = files.length;
  const write = async (file: SnapshotFile): Promise<void> => {
    if (options.signal?.aborted) throw new SnapshotWriteError('The save was cancelled.');
    if (await target.exists(file.path)) throw new SnapshotWriteError(`${file.path} already exists; it was not overwritten.`);
    await target.writeFile(file.path, encoder.encode(file.content));
    options.onProgress?.(++written, total);
  };
  let failed = false;
  const worker = async (): Promise<void> => {
    try {
      while (next < items.length && !failed) await write(items[next++]);
    } catch (error) {
      failed = true; // the other writers stop too
      throw error;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 16) }, worker));
  if (manifest) await write(manifest);
}
