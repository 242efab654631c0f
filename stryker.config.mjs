// Mutation testing of the code whose behaviour the unit tests pin down (`npm run mutate`; minutes,
// so not in CI). The unit tests run from tsc's output in out/, so Stryker instruments the
// TypeScript sources in its sandbox, `buildCommand` compiles them there, and the mocha runner loads
// the compiled specs. Survivors and why each is left are listed in test/MUTANTS.md.
import './test/mutation/resolveMochaCli.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: {
    // .mocharc.json's spec is the compiled unit tests; the sandbox compiles them before any run.
    config: '.mocharc.json',
    spec: ['out/test/unit/**/*.test.js'],
    // Two kinds of test are left out, because they fail on the unmutated code once it is
    // instrumented, and Stryker needs every test green before it starts:
    // - the Link parser's timing test compares the time of two inputs, and Stryker's coverage
    //   counters slow the crafted input's many short branches more than the normal one's (11×
    //   against its 10× limit);
    // - the details HTML property tests take about 18 s each uninstrumented and pass their 30 s
    //   timeout instrumented.
    // Every other test of those files still runs against their mutants.
    grep: '^(?!.*(takes time in proportion to the header|details HTML property: any JSON value))',
  },
  // The test runner processes need the same mocha 12 shim as this one.
  testRunnerNodeArgs: ['--import', './test/mutation/resolveMochaCli.mjs'],
  buildCommand: 'npx tsc -p tsconfig.test.json',
  mutate: [
    'src/webex/**/*.ts',
    'src/store/**/*.ts',
    'src/inventory/**/*.ts',
    'src/details/detailsHtml.ts',
    'src/fields/**/*.ts',
    'src/tree/describe.ts',
    // Re-export barrels and type-only modules hold nothing to mutate that a test could observe.
    '!src/**/index.ts',
    '!src/webex/types.ts',
  ],
  // Each mutant runs only the tests that reach its code; the mocha runner reports coverage per test.
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants, run while a module loads) can only be tested by
  // reloading everything and running all ~250 unit tests for each one, which would make a run take
  // hours on two shared cores. They are left out of the score; the constants that matter (the
  // tree's policy names, the retry limits) have tests with literal expected values.
  ignoreStatic: true,
  // The machine has two cores shared with other work.
  concurrency: 2,
  // The client and sample server tests use real sockets and timers: a slow mutant should time out,
  // not be mistaken for a hang because the machine is busy.
  timeoutFactor: 2.5,
  timeoutMS: 10000,
  // Large folders the unit tests never read; copying them would only slow the sandbox down.
  ignorePatterns: ['.vscode-test', 'out', 'dist', 'test-results', '*.vsix', 'reports'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
