// Figure 4: what users download and what VS Code loads: the minified bundle and the packaged .vsix.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../test/harness/codeServer';
import { formatBytes, type BenchRow } from './table';

const BUNDLE_TARGET_BYTES = 150 * 1024;

export async function sizeRows(): Promise<BenchRow[]> {
  const bundle = path.join(repoRoot, 'dist', 'extension.js');
  if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build:prod\` first`);
  const bundleBytes = fs.statSync(bundle).size;
  const rows: BenchRow[] = [
    {
      figure: 4,
      measure: 'dist/extension.js (minified)',
      on: 'production build',
      value: formatBytes(bundleBytes),
      target: `≤ ${formatBytes(BUNDLE_TARGET_BYTES)}`,
      met: bundleBytes <= BUNDLE_TARGET_BYTES,
    },
  ];
  const vsix = await packageSize();
  rows.push({
    figure: 4,
    measure: '.vsix package',
    on: 'vsce package --no-dependencies',
    value: typeof vsix === 'number' ? formatBytes(vsix) : `not built: ${vsix}`,
    target: 'report',
  });
  return rows;
}

/** The .vsix size in bytes, or why vsce could not build it. */
async function packageSize(): Promise<number | string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-bench-vsix-'));
  const out = path.join(dir, 'bench.vsix');
  try {
    await promisify(execFile)(path.join(repoRoot, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out], {
      cwd: repoRoot,
      timeout: 120_000,
      env: { ...process.env, CI: '1' },
    });
    return fs.statSync(out).size;
  } catch (error) {
    const said = (error as { stderr?: string }).stderr || (error as Error).message;
    return said.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 160) ?? 'vsce failed';
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
