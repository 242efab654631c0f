// Snapshots (issue 13): saving the 1,000-location org once its inventory is read (the files built
// and written to a temporary folder through node:fs, as the extension writes them through
// workspace.fs), reading a saved snapshot back, and comparing two snapshots of 8,000 items.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectInventory, type InventoryItem } from '../src/inventory';
import { compareSnapshots, readSnapshot, snapshotFiles, snapshotItems, writeSnapshot, type SnapshotSource, type SnapshotTarget } from '../src/snapshots';
import type { SampleOrgSize } from '../test/support/sampleServer';
import { CONCURRENCY, describeSize, newStore, SCALE_ORG, withServer } from './org';
import { formatMs, type BenchRow } from './table';

const FIGURE = 13;
const SAVE_TARGET_MS = 5000;
const COMPARE_TARGET_MS = 1000;
/** The 1,000-location org plus a call queue per location: 8,000 items. */
const EIGHT_THOUSAND: SampleOrgSize = { ...SCALE_ORG, callQueuesPerLocation: 1 };
/** Compare runs this many times; the slowest counts. */
const COMPARE_RUNS = 5;

export async function snapshotRows(): Promise<BenchRow[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-bench-snapshot-'));
  try {
    const saveRows = await withServer({ size: SCALE_ORG }, async (server) => {
      const inventory = await collectInventory(newStore(server), { concurrency: CONCURRENCY });
      if (inventory.failures.length > 0) throw new Error(`${inventory.failures.length} items could not be read`);
      const started = performance.now();
      const files = snapshotFiles(inventory, { org: { key: 'sample' }, savedAt: new Date(), apiBaseUrl: server.baseUrl });
      await writeSnapshot(files, nodeTarget(path.join(folder, 'saved')));
      const saveMs = performance.now() - started;
      const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);

      const readStarted = performance.now();
      const read = await readSnapshot(nodeSource(path.join(folder, 'saved')));
      const readMs = performance.now() - readStarted;
      if (!read.ok || read.problems.length > 0 || read.snapshot.items.length !== inventory.items.length) throw new Error('the saved snapshot did not read back whole');
      const on = describeSize(SCALE_ORG);
      return [
        {
          figure: FIGURE,
          measure: `Snapshot save once the inventory is read (${files.length.toLocaleString('en-US')} files, ${(bytes / 1024 / 1024).toFixed(1)} MB)`,
          on,
          value: formatMs(saveMs),
          target: `< ${formatMs(SAVE_TARGET_MS)}`,
          met: saveMs < SAVE_TARGET_MS,
        },
        { figure: FIGURE, measure: '… reading that snapshot back, every file checked', on, value: formatMs(readMs), target: '–' },
      ];
    });

    const compareRow = await withServer({ size: EIGHT_THOUSAND }, async (server) => {
      const inventory = await collectInventory(newStore(server), { concurrency: CONCURRENCY });
      if (inventory.items.length !== 8000) throw new Error(`expected 8,000 items, read ${inventory.items.length}`);
      const older = snapshotItems(inventory.items);
      const newer = snapshotItems(changedCopy(inventory.items));
      let slowest = 0;
      let found = '';
      for (let run = 0; run < COMPARE_RUNS; run++) {
        const started = performance.now();
        const result = compareSnapshots({ items: older }, { items: newer });
        slowest = Math.max(slowest, performance.now() - started);
        found = `${result.changed.length} changed, ${result.renamed.length} renamed, ${result.added.length} added, ${result.removed.length} removed`;
      }
      return {
        figure: FIGURE,
        measure: `Compare two snapshots of 8,000 items (${found}; slowest of ${COMPARE_RUNS})`,
        on: describeSize(EIGHT_THOUSAND).replace(/ CP$/, ' CP × 1 CQ'),
        value: formatMs(slowest),
        target: `< ${formatMs(COMPARE_TARGET_MS)}`,
        met: slowest < COMPARE_TARGET_MS,
      };
    });
    return [...saveRows, compareRow];
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The org a week later: every 100th item edited, every 500th call pickup renamed (its members kept), every 1,000th item gone. */
function changedCopy(items: readonly InventoryItem[]): InventoryItem[] {
  let pickups = 0;
  return items.flatMap((item, index) => {
    if (index % 1000 === 999) return [];
    const details = structuredClone(item.details);
    if (index % 100 === 3) details.changedInBench = index;
    if (item.kind === 'callPickup' && pickups++ % 500 === 0) {
      const name = `${item.summary.name} (renamed)`;
      return [{ ...item, summary: { ...item.summary, id: `${item.summary.id}-renamed`, name }, details: { ...details, id: `${item.summary.id}-renamed`, name } }];
    }
    return [{ ...item, details }];
  });
}

function nodeTarget(folder: string): SnapshotTarget {
  const at = (relativePath: string): string => path.join(folder, ...relativePath.split('/'));
  return {
    entries: async () => (fs.existsSync(folder) ? fs.promises.readdir(folder) : undefined),
    exists: async (relativePath) => fs.existsSync(at(relativePath)),
    createDirectory: async (relativePath) => void (await fs.promises.mkdir(at(relativePath), { recursive: true })),
    writeFile: (relativePath, content) => fs.promises.writeFile(at(relativePath), content, { flag: 'wx' }),
  };
}

function nodeSource(folder: string): SnapshotSource {
  const at = (relativePath: string): string => path.join(folder, ...relativePath.split('/'));
  return {
    size: async (relativePath) => (await fs.promises.stat(at(relativePath)).catch(() => undefined))?.size,
    read: (relativePath) => fs.promises.readFile(at(relativePath)),
  };
}

