// Bundles the extension into dist/. Types are checked separately by `tsc --noEmit`.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const fs = require('node:fs');
const path = require('node:path');

// The webview may only load files under media/ and dist/ (localResourceRoots), so the codicon font
// the details view uses is copied there from its package at build time instead of being committed.
function copyCodicons() {
  const from = path.join(__dirname, 'node_modules', '@vscode', 'codicons', 'dist');
  const to = path.join(__dirname, 'media', 'codicons');
  fs.mkdirSync(to, { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) {
    fs.copyFileSync(path.join(from, file), path.join(to, file));
  }
}

const shared = {
  bundle: true,
  outdir: 'dist',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
};

async function main() {
  copyCodicons();
  const contexts = await Promise.all([
    esbuild.context({
      ...shared,
      // The sample organization's API is its own bundle, loaded only when someone explores it; the
      // call-flow, health and snapshot commands another (tools), loaded the first time one runs.
      entryPoints: { extension: 'src/extension.ts', sample: 'src/sample/server.ts', tools: 'src/tools.ts' },
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      external: ['vscode', './sample.js', './tools.js'],
      // node-fetch 2 falls back to whatwg-url only where Node has no URL class; Node always has one,
      // and whatwg-url (with its Unicode tables) would be two thirds of the bundle.
      alias: { 'whatwg-url': './scripts/empty-module.js' },
    }),
    esbuild.context({
      ...shared,
      // The details page's script, run inside the webview (loaded by its nonce, no Node, no vscode module).
      entryPoints: { details: 'src/webview/details/main.ts' },
      format: 'iife',
      platform: 'browser',
      // The Chromium of VS Code 1.100 and later.
      target: 'chrome130',
    }),
    esbuild.context({
      ...shared,
      // The Call Flow page's script, with its graph layout library (dagre) bundled in: the webview loads nothing else.
      entryPoints: { callFlow: 'src/webview/callFlow/main.ts' },
      format: 'iife',
      platform: 'browser',
      target: 'chrome130',
    }),
  ]);
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
  } else {
    await Promise.all(contexts.map((ctx) => ctx.rebuild()));
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
