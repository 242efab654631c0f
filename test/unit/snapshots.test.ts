import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Inventory, InventoryItem } from '../../src/inventory';
import type { ReadFailure } from '../../src/inventory/run';
import { jsonDocumentPath } from '../../src/kinds/documentPath';
import type { Kind } from '../../src/kinds/kind';
import {
  compareSnapshots,
  MANIFEST_FILE,
  readSnapshot,
  snapshotFiles,
  snapshotItems,
  SnapshotWriteError,
  writeSnapshot,
  type SnapshotFile,
  type SnapshotItem,
  type SnapshotMeta,
  type SnapshotReadResult,
  type SnapshotSource,
  type SnapshotTarget,
} from '../../src/snapshots';
import { repoRoot } from '../harness/repoRoot';

// Snapshots without VS Code: the files a save writes, reading them back from a folder nobody can
// trust, and comparing two sides. Expected values are written out by hand.

const SAN_JOSE = { id: 'loc-sj', name: 'San Jose HQ' };
const AUSTIN = { id: 'loc-au', name: 'Austin' };

function item(kind: Kind, location: { id: string; name: string }, details: Record<string, unknown> & { id: string; name: string }): InventoryItem {
  return { kind, location, summary: { id: details.id, name: details.name, locationId: location.id }, details };
}

const salesLine = item('huntGroup', SAN_JOSE, {
  id: 'hg-1',
  name: 'Sales Line',
  enabled: true,
  callPolicies: { policy: 'CIRCULAR', noAnswer: { numberOfRings: 5, nextAgentEnabled: true } },
  agents: [
    { id: 'p-2', lastName: 'Zed', firstName: 'Ann' },
    { id: 'p-1', lastName: 'Bee', firstName: 'Bob' },
  ],
});
const frontDesk = item('callPickup', SAN_JOSE, { id: 'cp-front', name: 'Front Desk', notificationType: 'NONE', agents: [{ id: 'p-1' }, { id: 'p-3' }] });

function inventoryOf(items: InventoryItem[], failures: ReadFailure[] = []): Inventory {
  return { locations: [SAN_JOSE, AUSTIN].map((l) => ({ ...l }) as Inventory['locations'][number]), items, failures };
}

const META: SnapshotMeta = { org: { key: 'sample', id: 'org-1', name: 'Sample organization' }, savedAt: new Date('2025-03-04T09:15:02.123Z'), apiBaseUrl: 'https://webexapis.com/v1' };

/** A snapshot folder in memory, read the way the extension reads one. */
function memorySource(files: Record<string, string | Uint8Array>, calls: string[] = []): SnapshotSource {
  const bytes = (name: string): Uint8Array => {
    const value = files[name];
    return typeof value === 'string' ? new TextEncoder().encode(value) : value;
  };
  return {
    size: async (name) => {
      calls.push(`size ${name}`);
      return Object.hasOwn(files, name) ? bytes(name).byteLength : undefined;
    },
    read: async (name) => {
      calls.push(`read ${name}`);
      if (!Object.hasOwn(files, name)) throw new Error('ENOENT');
      return bytes(name);
    },
  };
}

function asFolder(files: readonly SnapshotFile[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file.path, file.content]));
}

function manifestOf(files: readonly SnapshotFile[]): Record<string, unknown> {
  return JSON.parse(files.find((file) => file.path === MANIFEST_FILE)!.content) as Record<string, unknown>;
}

function failedRead(result: SnapshotReadResult): { file: string; message: string } {
  assert.equal(result.ok, false, 'the read is refused');
  return (result as Extract<SnapshotReadResult, { ok: false }>).problem;
}

describe('Snapshot files', () => {
  it('writes one file per item at its live document\u2019s path under its kind\u2019s folder, then the manifest', () => {
    const files = snapshotFiles(inventoryOf([salesLine, frontDesk]), META);
    assert.deepEqual(
      files.map((file) => file.path.replace(/-[0-9a-f]{12}\.json$/, '-<hash>.json')),
      ['huntGroups/Sales-Line-<hash>.json', 'callPickups/Front-Desk-<hash>.json', 'manifest.json'],
    );
    // The same file name as the item's read-only JSON tab (webex-calling:/<org>/<folder>/<name>-<hash>.json).
    const livePath = jsonDocumentPath({ kind: 'huntGroup', orgKey: 'sample', name: 'Sales Line', locationId: SAN_JOSE.id, itemId: 'hg-1' });
    assert.equal(`/sample/${files[0].path}`, livePath);
  });

  it('sorts keys at every depth, keeps array order, pretty-prints with a final newline', () => {
    const [file] = snapshotFiles(inventoryOf([item('callPickup', SAN_JOSE, { name: 'B', id: 'x', z: { b: 1, a: [{ y: 1, x: 2 }] } })]), META);
    assert.equal(file.content, '{\n  "id": "x",\n  "name": "B",\n  "z": {\n    "a": [\n      {\n        "x": 2,\n        "y": 1\n      }\n    ],\n    "b": 1\n  }\n}\n');
  });

  it('writes byte-equal files for the same data sent with its keys in another order', () => {
    const reordered = item('huntGroup', SAN_JOSE, {
      agents: [
        { firstName: 'Ann', lastName: 'Zed', id: 'p-2' },
        { firstName: 'Bob', id: 'p-1', lastName: 'Bee' },
      ],
      callPolicies: { noAnswer: { nextAgentEnabled: true, numberOfRings: 5 }, policy: 'CIRCULAR' },
      enabled: true,
      name: 'Sales Line',
      id: 'hg-1',
    });
    assert.deepEqual(snapshotFiles(inventoryOf([reordered]), META), snapshotFiles(inventoryOf([salesLine]), META));
  });

  it('keeps an own "__proto__" key of a payload as a key', () => {
    const hostile = item('huntGroup', SAN_JOSE, JSON.parse('{"id":"hg-9","name":"P","__proto__":{"polluted":true}}') as { id: string; name: string });
    const [file] = snapshotFiles(inventoryOf([hostile]), META);
    assert.deepEqual(Object.keys(JSON.parse(file.content) as object), ['__proto__', 'id', 'name']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('keeps hostile names inside the folder and apart from each other', () => {
    const names = ['../../etc/passwd', 'Sales/East', 'Sales East', 'C:\\Windows\\x', '.hidden', ''];
    const files = snapshotFiles(inventoryOf(names.map((name, index) => item('huntGroup', SAN_JOSE, { id: `hg-${index}`, name }))), META);
    const paths = files.map((file) => file.path).filter((p) => p !== MANIFEST_FILE);
    for (const p of paths) assert.match(p, /^huntGroups\/[A-Za-z0-9_-]+-[0-9a-f]{12}\.json$/);
    assert.equal(new Set(paths).size, names.length);
  });

  it('records the org, the time, the API host and every file in the manifest', () => {
    const failure: ReadFailure = { what: 'callPickupList', location: AUSTIN, message: 'Webex answered 500', error: new Error('x') };
    const manifest = manifestOf(snapshotFiles(inventoryOf([salesLine], [failure]), META));
    const [file] = (manifest.items as { file: string }[]).map((entry) => entry.file);
    assert.deepEqual(manifest, {
      format: 1,
      org: { key: 'sample', id: 'org-1', name: 'Sample organization' },
      savedAt: '2025-03-04T09:15:02.123Z',
      apiHost: 'webexapis.com',
      itemCount: 1,
      items: [{ file, kind: 'huntGroup', id: 'hg-1', locationId: 'loc-sj', locationName: 'San Jose HQ', name: 'Sales Line' }],
      unread: [{ what: 'callPickupList', locationId: 'loc-au', message: 'Webex answered 500' }],
    });
  });

  it('keeps only the API\u2019s host: no user info, path or query of the base URL reaches a file', () => {
    const files = snapshotFiles(inventoryOf([salesLine]), { ...META, apiBaseUrl: 'https://admin:s3cr3t-value@api-usgov.webex.com:8443/v1?access_token=s3cr3t-value' });
    assert.equal(manifestOf(files).apiHost, 'api-usgov.webex.com:8443');
    for (const file of files) assert.ok(!file.content.includes('s3cr3t-value'), `${file.path} holds nothing of the URL's secrets`);
  });

  it('has no place for a token: the manifest\u2019s keys are fixed, and the writer is given none', () => {
    const keysAtEveryDepth = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(keysAtEveryDepth)
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, inner]) => [key, ...keysAtEveryDepth(inner)])
          : [];
    const manifest = manifestOf(snapshotFiles(inventoryOf([salesLine, frontDesk]), META));
    assert.deepEqual([...new Set(keysAtEveryDepth(manifest))].sort(), ['apiHost', 'file', 'format', 'id', 'itemCount', 'items', 'key', 'kind', 'locationId', 'locationName', 'name', 'org', 'savedAt', 'unread']);
    // @ts-expect-error SnapshotMeta has no token field: a caller cannot hand one to the writer.
    const withToken: SnapshotMeta = { ...META, token: 'x' };
    assert.ok(withToken);
  });
});

describe('Reading a snapshot', () => {
  it('reads back every item exactly as it was saved', async () => {
    const files = snapshotFiles(inventoryOf([salesLine, frontDesk]), META);
    const result = await readSnapshot(memorySource(asFolder(files)));
    assert.ok(result.ok);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.snapshot.items.map((i) => [i.kind, i.id, i.locationId, i.name, i.details]),
      [
        ['huntGroup', 'hg-1', 'loc-sj', 'Sales Line', salesLine.details],
        ['callPickup', 'cp-front', 'loc-sj', 'Front Desk', frontDesk.details],
      ],
    );
    assert.equal(result.snapshot.manifest.savedAt, '2025-03-04T09:15:02.123Z');
  });

  const saved = (): Record<string, string> => asFolder(snapshotFiles(inventoryOf([salesLine, frontDesk]), META));
  const withManifest = (change: (manifest: Record<string, unknown>) => unknown): Record<string, string> => {
    const folder = saved();
    folder[MANIFEST_FILE] = JSON.stringify(change(JSON.parse(folder[MANIFEST_FILE]) as Record<string, unknown>));
    return folder;
  };
  const withFirstFile = (file: string): Record<string, string> =>
    withManifest((manifest) => ({ ...manifest, items: (manifest.items as object[]).map((entry, index) => (index === 0 ? { ...entry, file } : entry)) }));

  const refusedManifests: Array<[what: string, folder: () => Record<string, string | Uint8Array>, says: RegExp]> = [
    ['no manifest', () => ({}), /manifest\.json: the file is missing/],
    ['a manifest that is not JSON', () => ({ ...saved(), [MANIFEST_FILE]: '{"format": 1,' }), /manifest\.json: the file is not valid JSON/],
    ['a manifest that is not UTF-8', () => ({ ...saved(), [MANIFEST_FILE]: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }), /manifest\.json: the file is not UTF-8/],
    ['a manifest that is a list', () => ({ ...saved(), [MANIFEST_FILE]: '[]' }), /manifest\.json: expected a snapshot manifest \(a JSON object\), found a list/],
    ['a manifest of a newer format', () => withManifest((m) => ({ ...m, format: 2 })), /manifest\.json: this snapshot was written in a newer format \(2\)/],
    ['a manifest without a format', () => withManifest((m) => ({ ...m, format: undefined })), /manifest\.json: this is not a snapshot manifest/],
    ['items that are not a list', () => withManifest((m) => ({ ...m, items: {} })), /manifest\.json: "items" is not a list/],
    ['an item of an unknown kind', () => withManifest((m) => ({ ...m, items: [{ ...(m.items as object[])[0], kind: 'person' }] })), /manifest\.json: item 1: "kind" is not one of/],
    ['a date that is not one', () => withManifest((m) => ({ ...m, savedAt: 'yesterday' })), /manifest\.json: "savedAt" is not a date/],
    ['an absolute path', () => withFirstFile('/etc/passwd.json'), /manifest\.json: item 1: "\/etc\/passwd\.json" points outside the snapshot folder/],
    ['a path up and out', () => withFirstFile('../../outside.json'), /manifest\.json: item 1: "\.\.\/\.\.\/outside\.json" points outside/],
    ['a path that climbs back out', () => withFirstFile('huntGroups/../../outside.json'), /points outside/],
    ['a Windows drive path', () => withFirstFile('C:\\Users\\x.json'), /points outside/],
    ['a backslash climb', () => withFirstFile('huntGroups\\..\\..\\x.json'), /points outside/],
    ['a path into a deeper folder', () => withFirstFile('huntGroups/more/x.json'), /points outside/],
    ['the manifest itself as an item', () => withFirstFile('manifest.json'), /points outside/],
    ['a file that is not JSON by name', () => withFirstFile('huntGroups/x.txt'), /points outside/],
    ['a file listed twice', () => withManifest((m) => ({ ...m, items: [(m.items as object[])[0], (m.items as object[])[0]] })), /item 2: .* is listed twice/],
  ];
  for (const [what, folder, says] of refusedManifests) {
    it(`refuses ${what}, naming the file, without throwing`, async () => {
      const calls: string[] = [];
      const problem = failedRead(await readSnapshot(memorySource(folder(), calls)));
      assert.equal(problem.file, MANIFEST_FILE);
      assert.match(problem.message, says);
      assert.deepEqual(calls.filter((call) => !call.endsWith(MANIFEST_FILE)), [], 'no item file is read after the manifest was refused');
    });
  }

  it('refuses a manifest over the size cap without reading it', async () => {
    const calls: string[] = [];
    const problem = failedRead(await readSnapshot(memorySource(saved(), calls), { maxFileBytes: 100 }));
    assert.match(problem.message, /^manifest\.json: the file is too large \(\d+ KB; a snapshot file is at most 1 KB\)/);
    assert.deepEqual(calls, ['size manifest.json']);
  });

  it('refuses a file that grew past the cap between its size and its read', async () => {
    const source = memorySource(saved());
    const problem = failedRead(await readSnapshot({ ...source, size: async () => 10 }, { maxFileBytes: 50 }));
    assert.match(problem.message, /manifest\.json: the file is too large \(over 1 KB\)/);
  });

  it('turns a reader that throws into a sentence naming the file', async () => {
    const problem = failedRead(await readSnapshot({ size: async () => 10, read: () => Promise.reject(new Error('EACCES: permission denied')) }));
    assert.equal(problem.message, 'manifest.json: the file could not be read (EACCES: permission denied).');
  });

  it('leaves out each unusable item file with a sentence naming it, and reads the rest', async () => {
    const items = [0, 1, 2, 3, 4].map((n) => item('huntGroup', SAN_JOSE, { id: `hg-${n}`, name: `Group ${n}` }));
    const files = snapshotFiles(inventoryOf(items), META);
    const folder: Record<string, string> = asFolder(files);
    const [notJson, aList, tooLarge, missing] = files.slice(0, 4).map((file) => file.path);
    folder[notJson] = '{"id": ';
    folder[aList] = '[1, 2]';
    folder[tooLarge] = JSON.stringify({ id: 'hg-2', padding: 'x'.repeat(2000) });
    delete folder[missing];
    const result = await readSnapshot(memorySource(folder), { maxFileBytes: 1500 });
    assert.ok(result.ok);
    assert.deepEqual(result.snapshot.items.map((i) => i.id), ['hg-4']);
    const says = new Map(result.problems.map((problem) => [problem.file, problem.message]));
    assert.match(says.get(notJson)!, new RegExp(`^${notJson}: the file is not valid JSON`));
    assert.equal(says.get(aList), `${aList}: expected the item's details (a JSON object), found a list.`);
    assert.match(says.get(tooLarge)!, new RegExp(`^${tooLarge}: the file is too large`));
    assert.equal(says.get(missing), `${missing}: the file is missing.`);
    assert.equal(result.problems.length, 4);
  });
});

describe('Writing a snapshot', () => {
  function memoryTarget(existing: Record<string, string> = {}, folderExists = Object.keys(existing).length > 0): SnapshotTarget & { files: Map<string, string>; order: string[] } {
    const files = new Map(Object.entries(existing));
    const order: string[] = [];
    let exists = folderExists;
    return {
      files,
      order,
      entries: async () => (exists ? [...files.keys()] : undefined),
      exists: async (p) => files.has(p),
      createDirectory: async () => {
        exists = true;
      },
      writeFile: async (p, content) => {
        order.push(p);
        files.set(p, new TextDecoder().decode(content));
      },
    };
  }

  it('writes every file into a new folder, the manifest last', async () => {
    const files = snapshotFiles(inventoryOf([salesLine, frontDesk]), META);
    const target = memoryTarget();
    await writeSnapshot(files, target);
    assert.deepEqual(Object.fromEntries(target.files), asFolder(files));
    assert.equal(target.order.at(-1), MANIFEST_FILE);
  });

  it('writes into an empty folder that exists', async () => {
    const target = memoryTarget({}, true);
    await writeSnapshot(snapshotFiles(inventoryOf([salesLine]), META), target);
    assert.equal(target.files.size, 2);
  });

  it('refuses a folder that is not empty, and writes nothing', async () => {
    const target = memoryTarget({ 'notes.txt': 'mine' });
    await assert.rejects(writeSnapshot(snapshotFiles(inventoryOf([salesLine]), META), target), (error: unknown) => error instanceof SnapshotWriteError && /not empty/.test(error.message));
    assert.deepEqual(target.order, []);
  });

  it('never replaces a file that appeared meanwhile, and leaves no manifest', async () => {
    const files = snapshotFiles(inventoryOf([salesLine]), META);
    const target = memoryTarget();
    const emptyFolder = target.entries;
    target.entries = async () => {
      const answer = await emptyFolder();
      target.files.set(files[0].path, 'written by someone else');
      return answer;
    };
    await assert.rejects(writeSnapshot(files, target), new RegExp(`${files[0].path} already exists; it was not overwritten`));
    assert.equal(target.files.get(files[0].path), 'written by someone else');
    assert.ok(!target.files.has(MANIFEST_FILE));
  });

  it('refuses a path that would leave the folder', async () => {
    const target = memoryTarget();
    await assert.rejects(writeSnapshot([{ path: '../outside.json', content: '{}' }], target), /Refusing to write "\.\.\/outside\.json"/);
    assert.deepEqual(target.order, []);
  });
});

describe('Comparing snapshots', () => {
  const side = (items: InventoryItem[], failures: ReadFailure[] = []) => ({
    items: snapshotItems(items),
    unread: failures.map((f) => ({ what: f.what, locationId: f.location?.id, id: f.id, message: f.message })),
  });
  const names = (items: readonly SnapshotItem[]) => items.map((i) => i.name);

  it('finds what was added, removed and changed, with the top-level fields that changed', () => {
    const supportLine = item('huntGroup', SAN_JOSE, { id: 'hg-2', name: 'Support Line', enabled: true });
    const austinDesk = item('callPickup', AUSTIN, { id: 'cp-austin', name: 'Austin Desk', agents: [{ id: 'p-9' }] });
    const salesChanged = item('huntGroup', SAN_JOSE, { ...salesLine.details, enabled: false, callPolicies: { policy: 'CIRCULAR', noAnswer: { numberOfRings: 3, nextAgentEnabled: true } } } as { id: string; name: string });
    const result = compareSnapshots(side([salesLine, supportLine, frontDesk]), side([salesChanged, frontDesk, austinDesk]));
    assert.deepEqual(names(result.added), ['Austin Desk']);
    assert.deepEqual(names(result.removed), ['Support Line']);
    assert.deepEqual(result.changed.map((c) => [c.new.name, c.fields]), [['Sales Line', ['callPolicies', 'enabled']]]);
    assert.deepEqual(result.renamed, []);
    assert.equal(result.unchanged, 1);
  });

  it('counts a field that appeared or went away, and not a change of key order', () => {
    const reordered = item('callPickup', SAN_JOSE, { agents: [{ id: 'p-1' }, { id: 'p-3' }], notificationType: 'NONE', name: 'Front Desk', id: 'cp-front' });
    const withDelay = item('callPickup', SAN_JOSE, { ...frontDesk.details, notificationDelayTimerSeconds: 6 } as { id: string; name: string });
    assert.equal(compareSnapshots(side([frontDesk]), side([reordered])).unchanged, 1);
    assert.deepEqual(compareSnapshots(side([frontDesk]), side([withDelay])).changed[0].fields, ['notificationDelayTimerSeconds']);
    assert.deepEqual(compareSnapshots(side([withDelay]), side([frontDesk])).changed[0].fields, ['notificationDelayTimerSeconds']);
    const agentsSwapped = item('callPickup', SAN_JOSE, { ...frontDesk.details, agents: [{ id: 'p-3' }, { id: 'p-1' }] } as { id: string; name: string });
    assert.deepEqual(compareSnapshots(side([frontDesk]), side([agentsSwapped])).changed[0].fields, ['agents'], 'the order of a list is data');
    const nullToObject = item('callPickup', SAN_JOSE, { ...frontDesk.details, notificationType: null } as { id: string; name: string });
    assert.deepEqual(compareSnapshots(side([frontDesk]), side([nullToObject])).changed[0].fields, ['notificationType']);
  });

  it('marks a call pickup renamed when its location and members are the same under a new ID', () => {
    const renamed = item('callPickup', SAN_JOSE, { id: 'cp-reception', name: 'Reception', notificationType: 'AUDIO_ONLY', agents: [{ id: 'p-3' }, { id: 'p-1' }] });
    const result = compareSnapshots(side([salesLine, frontDesk]), side([salesLine, renamed]));
    assert.deepEqual(result.renamed.map((r) => [r.old.name, r.new.name, r.old.id, r.new.id, r.fields]), [['Front Desk', 'Reception', 'cp-front', 'cp-reception', ['agents', 'id', 'name', 'notificationType']]]);
    assert.deepEqual([result.added, result.removed, result.changed], [[], [], []]);
  });

  it('does not take a pickup of another location, or with other members, for a renamed one', () => {
    const elsewhere = item('callPickup', AUSTIN, { id: 'cp-reception', name: 'Reception', agents: [{ id: 'p-1' }, { id: 'p-3' }] });
    const otherMembers = item('callPickup', SAN_JOSE, { id: 'cp-lobby', name: 'Lobby', agents: [{ id: 'p-1' }] });
    const result = compareSnapshots(side([frontDesk]), side([elsewhere, otherMembers]));
    assert.deepEqual(result.renamed, []);
    assert.deepEqual(names(result.removed), ['Front Desk']);
    assert.deepEqual(names(result.added), ['Reception', 'Lobby']);
  });

  it('leaves two renames it cannot tell apart as added and removed', () => {
    const twin = item('callPickup', SAN_JOSE, { id: 'cp-twin', name: 'Twin', agents: [{ id: 'p-1' }, { id: 'p-3' }] });
    const newA = item('callPickup', SAN_JOSE, { id: 'cp-a', name: 'A', agents: [{ id: 'p-3' }, { id: 'p-1' }] });
    const newB = item('callPickup', SAN_JOSE, { id: 'cp-b', name: 'B', agents: [{ id: 'p-1' }, { id: 'p-3' }] });
    const result = compareSnapshots(side([frontDesk, twin]), side([newA, newB]));
    assert.deepEqual(result.renamed, []);
    assert.equal(result.removed.length + result.added.length, 4);
  });

  it('matches a hunt group renamed under the same ID as changed, not renamed', () => {
    const renamedGroup = item('huntGroup', SAN_JOSE, { ...salesLine.details, name: 'Sales' } as { id: string; name: string });
    const result = compareSnapshots(side([salesLine]), side([renamedGroup]));
    assert.deepEqual(result.changed.map((c) => c.fields), [['name']]);
    assert.deepEqual(result.renamed, []);
  });

  it('tells same-named call pickups of two locations apart', () => {
    const austinFront = item('callPickup', AUSTIN, { ...frontDesk.details } as { id: string; name: string });
    const result = compareSnapshots(side([frontDesk, austinFront]), side([frontDesk]));
    assert.deepEqual(result.removed.map((i) => i.locationId), ['loc-au']);
  });

  it('calls an item that one side could not read unknown, not removed or added', () => {
    const austinDesk = item('callPickup', AUSTIN, { id: 'cp-austin', name: 'Austin Desk' });
    const listFailed: ReadFailure = { what: 'callPickupList', location: AUSTIN, message: '500', error: undefined };
    const detailsFailed: ReadFailure = { what: 'huntGroup', location: SAN_JOSE, id: 'hg-1', name: 'Sales Line', message: '500', error: undefined };
    const result = compareSnapshots(side([salesLine, austinDesk]), side([], [listFailed, detailsFailed]));
    assert.deepEqual(names(result.unknown), ['Sales Line', 'Austin Desk']);
    assert.deepEqual(result.removed, []);
    const backwards = compareSnapshots(side([], [listFailed]), side([austinDesk]));
    assert.deepEqual([names(backwards.unknown), backwards.added], [['Austin Desk'], []]);
  });

  it('finds exactly the changes among 8,000 items', () => {
    const many = (version: number): InventoryItem[] =>
      Array.from({ length: 8000 }, (_, n) => item(n % 4 === 0 ? 'callPickup' : 'huntGroup', n % 2 ? SAN_JOSE : AUSTIN, { id: `i-${n}`, name: `Item ${n}`, enabled: !(version && n % 1000 === 7), agents: [{ id: `p-${n}` }] }));
    const result = compareSnapshots(side(many(0)), side(many(1)));
    assert.deepEqual(result.changed.map((c) => c.new.id), ['i-7', 'i-1007', 'i-2007', 'i-3007', 'i-4007', 'i-5007', 'i-6007', 'i-7007']);
    assert.equal(result.unchanged, 8000 - 8);
  });
});

describe('Snapshot layer', () => {
  it('imports nothing from VS Code', () => {
    const folder = path.join(repoRoot, 'src', 'snapshots');
    const files = fs.readdirSync(folder).filter((name) => name.endsWith('.ts'));
    assert.ok(files.length >= 5);
    for (const name of files) assert.doesNotMatch(fs.readFileSync(path.join(folder, name), 'utf8'), /from 'vscode'/, name);
  });
});
