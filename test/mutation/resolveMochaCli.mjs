// Loaded into every Stryker process (stryker.config.mjs and its testRunnerNodeArgs). The mocha
// runner plugin reaches into mocha's CLI modules by extensionless paths (`mocha/lib/cli/options`);
// since mocha 12 those files end in `.cjs`, which Node's CommonJS resolver does not try, so the
// plugin fails to load. Letting the resolver try `.cjs` too is all it takes, until the plugin
// probes the extensions itself (stryker-js pull request 6205).
import Module from 'node:module';

const extensions = Module._extensions;
if (!extensions['.cjs']) {
  extensions['.cjs'] = extensions['.js'];
}
