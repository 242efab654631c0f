// What ships must not carry what only tests use: the sample API's fault switches, hostile strings,
// request statistics and test knobs live in test/support/, and this bundles the two shipped entry
// points as esbuild.js does (minified, in memory) to prove none of it is reachable from them.
// test/ui/package.test.ts checks the same markers in the packaged .vsix.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../harness/repoRoot';
import { TEST_ONLY_MARKERS, testOnlyMarkersIn } from '../support/testOnlyMarkers';

/** The shipped bundle of one entry point, minified as `npm run package` builds it. */
async function bundle(entryPoint: string): Promise<string> {
  const result = await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: [entryPoint],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode', './sample.js'],
    alias: { 'whatwg-url': './scripts/empty-module.js' },
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

describe('shipped bundles', function () {
  this.timeout(60_000);

  for (const [name, entryPoint] of [['dist/sample.js', 'src/sample/server.ts'], ['dist/extension.js', 'src/extension.ts'], ['dist/tools.js', 'src/tools.ts']]) {
    it(`${name} holds none of the test-only sample code`, async () => {
      const text = await bundle(path.join(repoRoot, entryPoint));
      assert.ok(text.length > 10_000, `${name} was bundled (${text.length} bytes)`);
      assert.deepEqual(testOnlyMarkersIn(text), []);
    });
  }

  it('finds the markers in the test sample server, so their absence above means something', async () => {
    const text = await bundle(path.join(repoRoot, 'test/support/sampleServer.ts'));
    assert.deepEqual(testOnlyMarkersIn(text), [...TEST_ONLY_MARKERS]);
  });
});
