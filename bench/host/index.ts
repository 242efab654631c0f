// The benchmark's part that runs inside a real VS Code extension host (code-server), started by
// bench/hostRun.ts as the host's "tests" entry point: the host calls run() in a fresh window where
// the extension has not been activated yet. It measures activation, the heap after expanding 5,000
// tree nodes of a scale org, and the first rows of a 1,000-hunt-group location through the real
// tree provider, then writes the figures to the file named by WCE_BENCH_OUT.
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../src/extension';
import type { SampleServer } from '../../src/sample/server';
import type { ExplorerNode } from '../../src/tree/explorerNode';
import { LATENCY_MS } from '../settings';
import { BENCH_OUT_VARIABLE, BIG_LOCATION, HEAP_ORG, NODES_TO_EXPAND, type HostFailure, type HostFigures } from './figures';

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
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  // First, before anything else loads or warms up: this is the cold activation users get.
  const activeBefore = extension.isActive;
  const started = performance.now();
  const api = await extension.activate();
  const activationMs = performance.now() - started;

  // Loaded only now, so it cannot take part in the activation figure.
  const { SAMPLE_TOKEN, startSampleServer } = await import('../../src/sample/server');
  const gc = exposedGc();
  const heapOrg = await startSampleServer({ size: HEAP_ORG });
  const bigLocation = await startSampleServer({ size: BIG_LOCATION, latencyMs: LATENCY_MS });
  try {
    await browse(api, heapOrg);
    const session = await api.auth.signInWithToken(SAMPLE_TOKEN);
    api.connection.useSession(session);
    const heap = await heapAfterExpanding(api, heapOrg, gc);
    await browse(api, bigLocation);
    const firstRows = await timeFirstRows(api);
    return { vscodeVersion: vscode.version, activeBefore, activationMs, heap, firstRows };
  } finally {
    await vscode.commands.executeCommand('webexCalling.signOut');
    await vscode.workspace.getConfiguration('webexCalling').update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await heapOrg.close();
    await bigLocation.close();
  }
}

/** Points the extension at a sample server the way a user would: the apiBaseUrl setting. */
async function browse(api: ExplorerApi, server: SampleServer): Promise<void> {
  await vscode.workspace.getConfiguration('webexCalling').update('apiBaseUrl', server.baseUrl, vscode.ConfigurationTarget.Global);
  const deadline = Date.now() + 10_000;
  // Before sign-in there is no connection to rebuild; after it, the settings change rebuilds it.
  while (api.connection.active && api.connection.active.baseUrl !== server.baseUrl) {
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
