import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser, type Browser } from '../harness/browser';
import { installVsix, repoRoot, startCodeServer, workbenchUrl, type RunningCodeServer } from '../harness/codeServer';
import { testOnlyMarkersIn } from '../support/testOnlyMarkers';
import { Workbench } from './workbench';

// The packaged extension, not the source folder: build the .vsix as a release would, install it
// into a clean code-server, and browse the sample organization. Proves the bundle and
// .vscodeignore ship everything needed (the lazily loaded parts, media, schemas).
describe('Packaged .vsix in a real VS Code', function () {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-vsix-'));
  const vsixPath = path.join(workDir, 'webex-calling-explorer.vsix');
  let codeServer: RunningCodeServer;
  let browser: Browser;
  let workbench: Workbench;

  before(async () => {
    execFileSync('node', ['esbuild.js', '--production'], { cwd: repoRoot, stdio: 'inherit' });
    execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsixPath], { cwd: repoRoot, stdio: 'pipe' });
    const extensionsDir = path.join(workDir, 'extensions');
    installVsix(vsixPath, extensionsDir);
    codeServer = await startCodeServer({ extensionsDir });
    browser = await launchBrowser();
    workbench = new Workbench(await browser.context.newPage());
    await workbench.open(workbenchUrl(codeServer));
  });

  after(async () => {
    await browser?.close();
    await codeServer?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('ships only what it needs', () => {
    const listing = execFileSync('unzip', ['-Z1', vsixPath], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const shipped = listing.filter((entry) => entry.startsWith('extension/')).map((entry) => entry.slice('extension/'.length));
    for (const needed of ['dist/extension.js', 'package.json', 'dist/details.js', 'media/details.css', 'media/codicons/codicon.ttf', 'schemas/huntGroup.schema.json']) {
      assert.ok(shipped.includes(needed), `${needed} is in the package`);
    }
    const unwanted = shipped.filter((entry) => /^(src|test|out|node_modules|\.vscode-test)\//.test(entry) || entry.endsWith('.map'));
    assert.deepStrictEqual(unwanted, []);
  });

  it('ships none of the test-only code of the sample API (faults, hostile strings, request statistics)', () => {
    const bundles = execFileSync('unzip', ['-Z1', vsixPath], { encoding: 'utf8' }).split('\n').filter((entry) => /^extension\/dist\/.*\.js$/.test(entry));
    assert.ok(bundles.includes('extension/dist/sample.js') && bundles.includes('extension/dist/extension.js'), bundles.join(', '));
    for (const entry of bundles) {
      const text = execFileSync('unzip', ['-p', vsixPath, entry], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.deepStrictEqual(testOnlyMarkersIn(text), [], entry);
    }
  });

  it('installs from the .vsix and browses the sample organization', async () => {
    const view = await workbench.openWebexView();
    await view.getByRole('button', { name: 'Explore the sample organization' }).click();
    await workbench.expand(/San Jose HQ/);
    await workbench.expand(/^Hunt Groups \(\d+\)/);
    await workbench.expand(/^Sales Line/);
    await workbench.treeRow(/^Policy: Circular/).waitFor();
    await workbench.screenshot('10-packaged-vsix');
  });
});
