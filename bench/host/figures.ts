// What the benchmark's extension-host run measures, written as JSON to the file named by
// WCE_BENCH_OUT and read back by bench/run.ts (which must not load 'vscode', hence this file).

import type { SampleOrgSize } from '../../src/sample/control';

export const BENCH_OUT_VARIABLE = 'WCE_BENCH_OUT';

/** The baseline extension's ID (bench/fixtures/minimal-extension/package.json). */
export const MINIMAL_EXTENSION_ID = 'wce-bench.minimal-extension';

/** Figure 3's org: one location holding a thousand hunt groups. */
export const BIG_LOCATION: SampleOrgSize = { locations: 1, huntGroupsPerLocation: 1000, callPickupsPerLocation: 0 };
/** Figure 6's org: about 20 expandable nodes per location (2 folders, 7 groups, their agents and numbers), enough for 5,000. */
export const HEAP_ORG: SampleOrgSize = { locations: 300, huntGroupsPerLocation: 5, callPickupsPerLocation: 2 };
export const NODES_TO_EXPAND = 5000;

export interface HostFigures {
  vscodeVersion: string;
  /** True if something had activated the extension before the measurement (the figure is then void). */
  activeBefore: boolean;
  /** Loading dist/extension.js and running activate(), as `Extension.activate()` reports it. */
  activationMs: number;
  /**
   * The same for bench/fixtures/minimal-extension (an empty activate()), measured right after in
   * the same host: the baseline that makes activationMs comparable between runs and machines.
   */
  baseline: {
    activationMs: number;
    /** True if it had been activated before its measurement (the ratio is then void). */
    activeBefore: boolean;
  };
  heap: {
    /** Nodes whose children were read (getChildren), as expanding them in the view does. */
    expanded: number;
    /** Nodes those expansions produced (each with its TreeItem, kept alive as VS Code keeps them). */
    nodes: number;
    requests: number;
    /** heapUsed after a full garbage collection, before and after. */
    beforeBytes: number;
    afterBytes: number;
    ms: number;
  };
  firstRows: {
    ms: number;
    /** Hunt group rows in the folder once the first page is in. */
    shown: number;
  };
}

/** Written instead when the run failed, so the benchmark can say why. */
export interface HostFailure {
  error: string;
}
