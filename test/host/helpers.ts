// Helpers for tests in the real extension host: the extension's own parts (returned by activate),
// the tree read the way VS Code reads it, and settings written the way a user writes them.
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../src/extension';
import type { ExplorerNode } from '../../src/tree/explorerNode';

export const EXTENSION_ID = 'webex-calling-explorer.webex-calling-explorer';

export async function extensionApi(): Promise<ExplorerApi> {
  const extension = vscode.extensions.getExtension<ExplorerApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

export interface ShownNode {
  node: ExplorerNode;
  item: vscode.TreeItem;
  label: string;
  description: string;
}

export async function childrenOf(api: ExplorerApi, parent?: ExplorerNode): Promise<ShownNode[]> {
  const nodes = await api.tree.getChildren(parent);
  return Promise.all(
    nodes.map(async (node) => {
      const item = await api.tree.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      return { node, item, label, description: typeof item.description === 'string' ? item.description : '' };
    }),
  );
}

export async function childLabeled(api: ExplorerApi, parent: ExplorerNode | undefined, label: string | RegExp): Promise<ShownNode> {
  const children = await childrenOf(api, parent);
  const match = children.find((child) => (typeof label === 'string' ? child.label === label : label.test(child.label)));
  if (!match) throw new Error(`No child ${label} under ${parent?.id ?? 'root'}; saw: ${children.map((c) => c.label).join(' | ')}`);
  return match;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('webexCalling').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Waits until the extension has rebuilt its connection after a change (settings, sign-in). */
export async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A tooltip's text as the user reads it (MarkdownString.appendText escapes spaces and symbols). */
export function tooltipText(item: vscode.TreeItem): string {
  const tooltip = item.tooltip;
  const raw = typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? '');
  return raw.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
}
