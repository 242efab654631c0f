// The benchmark's one table: each figure beside its target, as aligned text for the terminal and
// as markdown for test-results/bench.md and the README.

export interface BenchRow {
  /** Which of the figures this is (1 to 6). */
  figure: number;
  measure: string;
  /** The org or setting it was measured on. */
  on: string;
  value: string;
  target: string;
  /** undefined: no target (reported for information) or not measured. */
  met?: boolean;
}

function mark(row: BenchRow): string {
  return row.met === undefined ? '–' : row.met ? '✓' : '✗';
}

const HEADINGS = ['#', 'Measure', 'On', 'Figure', 'Target', ''];

function cells(row: BenchRow): string[] {
  return [String(row.figure), row.measure, row.on, row.value, row.target, mark(row)];
}

export function textTable(rows: readonly BenchRow[]): string {
  const table = [HEADINGS, ...rows.map(cells)];
  const widths = HEADINGS.map((_, column) => Math.max(...table.map((line) => [...line[column]].length)));
  const line = (values: string[]): string => values.map((value, column) => value + ' '.repeat(widths[column] - [...value].length)).join('  ').trimEnd();
  return [line(HEADINGS), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map((row) => line(cells(row)))].join('\n');
}

export function markdownTable(rows: readonly BenchRow[]): string {
  const escape = (value: string): string => value.replace(/\|/g, '\\|');
  const line = (values: string[]): string => `| ${values.map(escape).join(' | ')} |`;
  return [line(HEADINGS), line(HEADINGS.map(() => '---')), ...rows.map((row) => line(cells(row)))].join('\n');
}

export function formatMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
