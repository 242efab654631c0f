// `npm run bench`: the org-scale benchmark. Prints one table, each figure beside its target, and
// writes it, dated, to test-results/bench.md. It exits non-zero only when a measurement could not
// be taken; a figure that misses its target is a ✗ in the table, not a failure of the run (a
// shared machine may simply be slow).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../test/harness/codeServer';
import { firstRowsRows } from './firstRows';
import { hostRows } from './hostRun';
import { inventoryTimingRows } from './inventoryTiming';
import { CONCURRENCY, DEFAULT_ORG, LATENCY_MS, PAGE_SIZE, PAGING_ORG, THOUSAND_LOCATIONS } from './org';
import { PAGING_MODE_LIST } from './bounds';
import { rateLimitStormRows } from './rateLimitStorm';
import { requestCountRows } from './requestCounts';
import { sizeRows } from './sizes';
import { markdownTable, textTable, type BenchRow } from './table';

interface Section {
  name: string;
  measure: () => Promise<BenchRow[]>;
}

const SECTIONS: Section[] = [
  { name: 'bundle and package size', measure: sizeRows },
  { name: 'requests per action, default org', measure: () => requestCountRows(DEFAULT_ORG) },
  { name: 'requests per action, 1,000-location org', measure: () => requestCountRows(THOUSAND_LOCATIONS) },
  ...PAGING_MODE_LIST.filter((mode) => mode !== 'link').map((mode) => ({
    name: `requests per action, paging ${mode}`,
    measure: () => requestCountRows({ ...PAGING_ORG, paging: mode }),
  })),
  { name: 'inventory wall time', measure: inventoryTimingRows },
  { name: 'full inventory in 429 storms', measure: rateLimitStormRows },
  { name: 'first rows', measure: firstRowsRows },
  { name: 'extension host (activation, heap, first rows through the tree)', measure: hostRows },
  { name: 'snapshots: save, read back, compare', measure: () => import('./snapshots').then((bench) => bench.snapshotRows()) },
  { name: 'call flows: requests, wall time, reverse lookup', measure: () => import('./callFlow').then((bench) => bench.callFlowRows()) },
  { name: 'health checks: requests, rule evaluation', measure: () => import('./health').then((bench) => bench.healthRows()) },
];

const NOTES = [
  `Lower bound of requests: per list of N items at page size P = ${PAGE_SIZE} (the client asks max = P), plus 1 per details GET. Hunt groups are listed org-wide; call pickups have no org-wide list, so each location's list counts. Counted by the sample server, without latency or rate limit (they do not change what is asked for). A client cannot tell that a full page without a Link header is the last, so the request after it is part of the bound:`,
  '  - link: ceil(N / P), at least 1 (a request learns that a list is empty), + 1 when N = P (the only page is full and has no Link; once a page has a Link, a page without one is the last);',
  '  - offset (no Link): floor(N / P) + 1: the list ends at the first short page, an empty page when P divides N;',
  '  - offset404 (no Link, 404 past the end): floor(N / P) + 1, the last request a 404 when P divides N (N > 0);',
  '  - duplicates (each page repeats the last item of the page before): N ≤ P as link; else 1 + ceil((N − P) / (P − 1)), each later page bringing P − 1 new items.',
  `Wall-time bound: lower-bound requests × ${LATENCY_MS} ms / ${CONCURRENCY} (the client's concurrency cap) + the longest chain of requests that must follow one another × ${LATENCY_MS} ms.`,
  'Rate-limit bound (429 storms): the larger of the accepted requests ÷ the allowed rate, and the same inventory unthrottled in the same run plus the union of the Retry-After waits the 429s asked for.',
  'Activation ratio: the extension\'s activation ÷ a minimal extension\'s (bench/fixtures/minimal-extension, activate() returns at once), both activated in the same extension host run, the minimal one first.',
  'Commands (Find, Find Agent, Export) are measured on a store that has read nothing; "again" rows reuse the store of the row before.',
];

async function main(): Promise<number> {
  const started = Date.now();
  const rows: BenchRow[] = [];
  const errors: string[] = [];
  // BENCH_ONLY=<pattern> measures only the sections whose name matches (e.g. BENCH_ONLY=health).
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : undefined;
  for (const section of SECTIONS.filter((candidate) => !only || only.test(candidate.name))) {
    process.stderr.write(`Measuring ${section.name}…\n`);
    try {
      rows.push(...(await section.measure()));
    } catch (error) {
      errors.push(`${section.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  rows.sort((a, b) => a.figure - b.figure);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);

  console.log(`\n${textTable(rows)}\n`);
  for (const note of NOTES) console.log(`- ${note}`);
  console.log(`\nBenchmark took ${seconds} s.`);
  for (const error of errors) console.error(`ERROR ${error}`);

  writeMarkdown(rows, errors, seconds);
  return errors.length > 0 ? 1 : 0;
}

function writeMarkdown(rows: readonly BenchRow[], errors: readonly string[], seconds: string): void {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, ${os.platform()}`;
  const when = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  const text = [
    `# Benchmark, ${when}`,
    '',
    `\`npm run bench\` on ${machine}; ${seconds} s.`,
    '',
    markdownTable(rows),
    '',
    ...NOTES.map((note) => `- ${note}`),
    ...errors.map((error) => `- **Not measured**: ${error}`),
    '',
  ].join('\n');
  const dir = path.join(repoRoot, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'bench.md'), text);
  console.log(`Written to ${path.relative(process.cwd(), path.join(dir, 'bench.md')) || 'test-results/bench.md'}`);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
