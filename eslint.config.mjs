// ESLint with typescript-eslint's recommended rules, the ecosystem's default setup, plus the
// layering rules: imports point only downward, so the Webex side runs (and is tested) without VS Code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import patterns a layer may not use (gitignore-style, matched against the import path). */
const VSCODE = { name: 'vscode', message: 'The Webex side (client, kinds, store, inventory, sample API) runs without VS Code.' };
const UP = (layers, why) => ({ group: layers.flatMap((layer) => [`**/${layer}`, `**/${layer}/**`]), message: why });
const TEST_CODE = { group: ['**/test/**', '**/bench/**'], message: 'Product code never imports test code.' };
const layer = (files, paths, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { paths, patterns: [...patterns, TEST_CODE] }] } });
const VIEWS = ['tree', 'commands', 'details', 'json', 'auth', 'extension', 'connection'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.vscode-test/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', URL: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'multi-line'],
    },
  },
  // Lowest first: each layer may import only the ones listed before it.
  layer(['src/webex/**/*.ts'], [VSCODE], [UP(['kinds', 'fields', 'store', 'inventory', 'sample', ...VIEWS], 'The Webex client knows nothing of kinds, caches or views.')]),
  layer(['src/fields/**/*.ts', 'src/kinds/**/*.ts'], [VSCODE], [UP(['store', 'inventory', 'sample', ...VIEWS], 'Kinds describe payloads; they know nothing of caches or views.')]),
  layer(['src/store/**/*.ts'], [VSCODE], [UP(['inventory', 'sample', ...VIEWS], 'The store knows nothing of the views or the sample API.')]),
  layer(['src/inventory/**/*.ts'], [VSCODE], [UP(['sample', ...VIEWS], 'The inventory knows nothing of the views or the sample API.')]),
  // The tracer and the health rules are plain functions over the store's reads; their panels and providers are the VS Code side.
  layer(
    ['src/callFlow/{graph,trace,destinations,markdown,reverse,agentGroups}.ts', 'src/health/rules/**/*.ts', 'src/health/{model,rules,runRules}.ts', 'src/snapshots/**/*.ts'],
    [VSCODE],
    [UP(['sample', ...VIEWS], 'The tracer, health rules and snapshots are plain code over the store; they know nothing of the views.')],
  ),
  layer(['src/sample/**/*.ts'], [VSCODE], [UP(['store', 'inventory', ...VIEWS], 'The sample API is a server: it shares only kinds and payload types.')]),
  // The VS Code side reaches the sample API only through its loader's types (sample/server), never its internals.
  layer(
    ['src/*.ts', ...VIEWS.map((folder) => `src/${folder}/**/*.ts`)],
    [],
    [{ group: ['**/sample/*', '!**/sample/server'], message: 'Only the sample API\'s entry point (sample/server), loaded at run time.' }],
  ),
  {
    files: ['esbuild.js', 'scripts/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
