// The benchmark's part that runs inside a real VS Code extension host (code-server), started by
// bench/hostRun.ts as the host's "tests" entry point: the host calls run() in a fresh window where
// the extension has not been activated yet. It measures activation (and, as its baseline, that of
// an extension that does nothing, loaded in the same host), the heap after expanding 5,000
// tree nodes of a scale org, and the first rows of a 1,000-hunt-group location through the real
// tree provider, then writes the figures to the file named by WCE_BENCH_OUT.
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../src/extension';
import type { SampleServer } from '../../test/support/sampleServer';
import type { ExplorerNode } from '../../src/tree/explorerNode';
import { LATENCY_MS } from '../settings';
import { BENCH_OUT_VARIABLE, BIG_LOCATION, HEAP_ORG, MINIMAL_EXTENSION_ID, NODES_TO_EXPAND, type HostFailure, type HostFigures } from './figures';

const EXTENSION_ID = 'webex-calling-explorer.webex-calling-explorer';

export async function run(): Promise<void> {
  const outFile = process.env[BENCH_OUT_VARIABLE];
  if (!outFile) throw new Error(`${BENCH_OUT_VARIABLE} is not set`);
  try {
    fs.writeFileSync(outFile, JSON.stringify(await measure()));
  } catch (error) {
    const failure: HostFailure = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    fs.writeFileSync(outFile, JSON.stringify(failure));
    throw error;
  }
}

async function measure(): Promise<HostFigures> {
  const extension = vscode.extensions.getExtension<ExplorerApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded; loaded from outside the built-ins: ${developmentExtensions()}`);
  // First, before anything else loads or warms up: this is the cold activation users get.
  const activeBefore = extension.isActive;
  const { ms: activationMs, exports: api } = await timeActivation(extension);
  // The baseline second: whatever the host does once, on the first activation of a window, is
  // charged to this extension, so the ratio errs on the high side.
  const baseline = vscode.extensions.getExtension(MINIMAL_EXTENSION_ID);
  if (!baseline) throw new Error(`${MINIMAL_EXTENSION_ID} is not loaded (the host run must load bench/fixtures/minimal-extension too); loaded: ${developmentExtensions()}`);
  const baselineActiveBefore = baseline.isActive;
  const { ms: baselineMs } = await timeActivation(baseline);

  // Loaded only now, so it cannot take part in the activation figure.
  const { SAMPLE_TOKEN, startSampleServer } = await import('../../test/support/sampleServer');
  const gc = exposedGc();
  const heapOrg = await startSampleServer({ size: HEAP_ORG });
  const bigLocation = await startSampleServer({ size: BIG_LOCATION, latencyMs: LATENCY_MS });
  try {
    await browse(api, heapOrg, false);
    const session = await api.auth.signInWithToken(SAMPLE_TOKEN);
    api.connection.useSession(session);
    const heap = await heapAfterExpanding(api, heapOrg, gc);
    // Each generated org has an admin of its own: sign in afresh there, as an admin of that org would.
    await vscode.commands.executeCommand('webexCalling.signOut');
    await browse(api, bigLocation, false);
    api.connection.useSession(await api.auth.signInWithToken(SAMPLE_TOKEN));
    await browse(api, bigLocation, true);
    const firstRows = await timeFirstRows(api);
    return { vscodeVersion: vscode.version, activeBefore, activationMs, baseline: { activationMs: baselineMs, activeBefore: baselineActiveBefore }, heap, firstRows };
  } finally {
    await vscode.commands.executeCommand('webexCalling.signOut');
    await vscode.workspace.getConfiguration('webexCalling').update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await heapOrg.close();
    await bigLocation.close();
  }
}

/** The extensions the host loaded from outside code-server's own folder, for error messages. */
function developmentExtensions(): string {
  const loaded = vscode.extensions.all.filter((extension) => !extension.extensionPath.includes('code-server')).map((extension) => extension.id);
  return loaded.join(', ') || 'none';
}

/** How long `Extension.activate()` takes: loading the extension's main file and running its activate(). */
async function timeActivation<T>(extension: vscode.Extension<T>): Promise<{ ms: number; exports: T }> {
  const started = performance.now();
  const exports = await extension.activate();
  return { ms: performance.now() - started, exports };
}

/** Points the extension at a sample server the way a user would: the apiBaseUrl setting. */
async function browse(api: ExplorerApi, server: SampleServer, signedIn: boolean): Promise<void> {
  await vscode.workspace.getConfiguration('webexCalling').update('apiBaseUrl', server.baseUrl, vscode.ConfigurationTarget.Global);
  const deadline = Date.now() + 10_000;
  // Before sign-in there is no connection to rebuild. After it, the change first checks the token
  // at the new host (no connection meanwhile), then connects there.
  while (signedIn && api.connection.active?.baseUrl !== server.baseUrl) {
    if (Date.now() > deadline) throw new Error(`the extension did not switch to ${server.baseUrl}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function heapAfterExpanding(api: ExplorerApi, server: SampleServer, gc: () => void): Promise<HostFigures['heap']> {
  if (api.connection.active?.baseUrl !== server.baseUrl) throw new Error('not browsing the scale org');
  server.resetStats();
  gc();
  const beforeBytes = process.memoryUsage().heapUsed;
  const started = performance.now();
  // Breadth first, as a user opening every branch level by level; every node and its TreeItem are
  // kept, as VS Code keeps what it shows.
  const kept: unknown[] = [];
  const queue: Array<ExplorerNode | undefined> = [undefined];
  let expanded = 0;
  while (queue.length > 0 && expanded < NODES_TO_EXPAND) {
    const node = queue.shift();
    const children = await api.tree.getChildren(node);
    if (node) expanded++;
    for (const child of children) {
      const item = api.tree.getTreeItem(child);
      kept.push(child, item);
      if (item.collapsibleState !== vscode.TreeItemCollapsibleState.None && item.collapsibleState !== undefined) queue.push(child);
    }
  }
  const ms = performance.now() - started;
  if (expanded < NODES_TO_EXPAND) throw new Error(`the org had only ${expanded} expandable nodes`);
  const requests = server.stats().total;
  // The sample server runs in this process too: its request log is not the extension's.
  server.resetStats();
  gc();
  const afterBytes = process.memoryUsage().heapUsed;
  return { expanded, nodes: kept.length / 2, requests, beforeBytes, afterBytes, ms };
}

async function timeFirstRows(api: ExplorerApi): Promise<HostFigures['firstRows']> {
  const [location] = await api.tree.getChildren(undefined);
  if (!location) throw new Error('the 1,000-hunt-group org shows no location');
  const started = performance.now();
  const [huntGroups] = await api.tree.getChildren(location);
  const rows = await api.tree.getChildren(huntGroups);
  const ms = performance.now() - started;
  const isHuntGroup = (row: ExplorerNode): boolean => api.tree.getTreeItem(row).contextValue?.split(' ').includes('huntGroup') === true;
  return { ms, shown: rows.filter(isHuntGroup).length };
}

/** The host runs without --expose-gc; V8 can still hand out its gc function on request. */
function exposedGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}
