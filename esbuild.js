// Bundles the extension into dist/. Types are checked separately by `tsc --noEmit`.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const fs = require('node:fs');
const path = require('node:path');

// The webview may only load files under media/ (localResourceRoots), so the codicon font the
// details view uses is copied there from its package at build time instead of being committed.
function copyCodicons() {
  const from = path.join(__dirname, 'node_modules', '@vscode', 'codicons', 'dist');
  const to = path.join(__dirname, 'media', 'codicons');
  fs.mkdirSync(to, { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) {
    fs.copyFileSync(path.join(from, file), path.join(to, file));
  }
}

async function main() {
  copyCodicons();
  const ctx = await esbuild.context({
    // The sample organization's API is its own bundle, loaded only when someone explores it.
    entryPoints: { extension: 'src/extension.ts', sample: 'src/sample/server.ts' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outdir: 'dist',
    external: ['vscode', './sample.js'],
    // node-fetch 2 falls back to whatwg-url only where Node has no URL class; Node always has one,
    // and whatwg-url (with its Unicode tables) would be two thirds of the bundle.
    alias: { 'whatwg-url': './scripts/empty-module.js' },
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
  });
  if (watch) {
    await ctx.watch();
  } else {
    await ctx.rebuild();
    await ctx.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
