// Reads a snapshot folder back, trusting nothing in it: the folder may have been edited by hand,
// damaged, or written by someone else. Every problem becomes a sentence naming the file; nothing
// here throws. A manifest that cannot be used ends the read; an item file that cannot be used is
// left out and reported, and the rest is still compared. The manifest can only name files inside
// the snapshot folder, of the shape a save writes.
import { ALL_KINDS } from '../kinds/registry';
import type { Kind } from '../kinds/kind';
import { MANIFEST_FILE, MAX_SNAPSHOT_FILE_BYTES, SNAPSHOT_FORMAT, type Manifest, type ManifestEntry, type ManifestUnread, type Snapshot, type SnapshotItem } from './format';

/** How the folder is read: the VS Code side uses workspace.fs, tests a map in memory. */
export interface SnapshotSource {
  /** The file's size in bytes, or undefined when there is no such file. */
  size(relativePath: string): Promise<number | undefined>;
  read(relativePath: string): Promise<Uint8Array>;
}

export interface SnapshotProblem {
  /** Relative to the snapshot folder. */
  file: string;
  message: string;
}

export type SnapshotReadResult =
  | { ok: true; snapshot: Snapshot; /** Item files left out. */ problems: SnapshotProblem[] }
  | { ok: false; problem: SnapshotProblem };

export interface ReadOptions {
  maxFileBytes?: number;
  /** Item files read at once. */
  concurrency?: number;
}

export async function readSnapshot(source: SnapshotSource, options: ReadOptions = {}): Promise<SnapshotReadResult> {
  const maxBytes = options.maxFileBytes ?? MAX_SNAPSHOT_FILE_BYTES;
  const manifestJson = await readJson(source, MANIFEST_FILE, maxBytes);
  if ('problem' in manifestJson) return { ok: false, problem: manifestJson.problem };
  const manifest = parseManifest(manifestJson.value);
  if (typeof manifest === 'string') return { ok: false, problem: { file: MANIFEST_FILE, message: `${MANIFEST_FILE}: ${manifest}` } };

  const problems: SnapshotProblem[] = [];
  const items: (SnapshotItem | undefined)[] = new Array(manifest.items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < manifest.items.length) {
      const index = next++;
      const entry = manifest.items[index];
      const read = await readJson(source, entry.file, maxBytes);
      if ('problem' in read) {
        problems.push(read.problem);
      } else if (!isPlainObject(read.value)) {
        problems.push({ file: entry.file, message: `${entry.file}: expected the item's details (a JSON object), found ${describeJsonType(read.value)}.` });
      } else {
        items[index] = { ...entry, details: read.value };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 16) }, worker));
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ok: true, snapshot: { manifest, items: items.filter((item): item is SnapshotItem => item !== undefined) }, problems };
}

/**
 * Whether a path may be read or written inside a snapshot folder: relative, `/`-separated, at most
 * two segments, each starting with a letter, digit or underscore (so no `..`, no hidden files, no
 * drive letters), ending in .json.
 */
export function isSnapshotPath(path: string): boolean {
  if (path.length > 200 || !path.endsWith('.json')) return false;
  const segments = path.split('/');
  return segments.length <= 2 && segments.every((segment) => /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(segment));
}

async function readJson(source: SnapshotSource, file: string, maxBytes: number): Promise<{ value: unknown } | { problem: SnapshotProblem }> {
  const problem = (message: string): { problem: SnapshotProblem } => ({ problem: { file, message: `${file}: ${message}` } });
  let text: string;
  try {
    const size = await source.size(file);
    if (size === undefined) return problem('the file is missing.');
    if (size > maxBytes) return problem(`the file is too large (${formatBytes(size)}; a snapshot file is at most ${formatBytes(maxBytes)}).`);
    const bytes = await source.read(file);
    // Checked again: the file may have grown between the two calls.
    if (bytes.byteLength > maxBytes) return problem(`the file is too large (over ${formatBytes(maxBytes)}).`);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    return problem(error instanceof TypeError ? 'the file is not UTF-8 text.' : `the file could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return problem(`the file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** The manifest, or what is wrong with it. */
function parseManifest(value: unknown): Manifest | string {
  if (!isPlainObject(value)) return `expected a snapshot manifest (a JSON object), found ${describeJsonType(value)}.`;
  if (value.format !== SNAPSHOT_FORMAT) {
    return typeof value.format === 'number' && value.format > SNAPSHOT_FORMAT
      ? `this snapshot was written in a newer format (${value.format}); update the extension to read it.`
      : `this is not a snapshot manifest of format ${SNAPSHOT_FORMAT} ("format" is ${describeJsonType(value.format)}).`;
  }
  const org = value.org;
  if (!isPlainObject(org) || typeof org.key !== 'string') return '"org.key" is missing.';
  if (typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt))) return '"savedAt" is not a date.';
  if (!Array.isArray(value.items)) return '"items" is not a list.';
  const items: ManifestEntry[] = [];
  const files = new Set<string>();
  for (const [index, entry] of value.items.entries()) {
    const parsed = parseEntry(entry);
    if (typeof parsed === 'string') return `item ${index + 1}: ${parsed}`;
    if (files.has(parsed.file)) return `item ${index + 1}: ${JSON.stringify(parsed.file)} is listed twice.`;
    files.add(parsed.file);
    items.push(parsed);
  }
  const unread = Array.isArray(value.unread) ? value.unread.filter(isPlainObject).map(parseUnread) : [];
  return {
    format: SNAPSHOT_FORMAT,
    org: { key: org.key, ...(typeof org.id === 'string' ? { id: org.id } : {}), ...(typeof org.name === 'string' ? { name: org.name } : {}) },
    savedAt: value.savedAt,
    apiHost: typeof value.apiHost === 'string' ? value.apiHost : '',
    itemCount: items.length,
    items,
    unread,
  };
}

function parseEntry(entry: unknown): ManifestEntry | string {
  if (!isPlainObject(entry)) return `expected an object, found ${describeJsonType(entry)}.`;
  const { file, kind, id, locationId, locationName, name } = entry;
  if (typeof file !== 'string') return '"file" is missing.';
  if (!isSnapshotPath(file) || file === MANIFEST_FILE) {
    return `${JSON.stringify(file.slice(0, 200))} points outside the snapshot folder or is not a snapshot file; only <folder>/<name>.json inside it is read.`;
  }
  if (typeof kind !== 'string' || !ALL_KINDS.includes(kind as Kind)) return `"kind" is not one of ${ALL_KINDS.join(', ')}.`;
  if (typeof id !== 'string' || !id) return '"id" is missing.';
  if (typeof locationId !== 'string') return '"locationId" is missing.';
  return { file, kind: kind as Kind, id, locationId, locationName: typeof locationName === 'string' ? locationName : '', name: typeof name === 'string' ? name : id };
}

function parseUnread(entry: Record<string, unknown>): ManifestUnread {
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  return { what: text(entry.what) ?? '', locationId: text(entry.locationId), id: text(entry.id), name: text(entry.name), message: text(entry.message) ?? '' };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
