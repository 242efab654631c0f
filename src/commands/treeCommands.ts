// Refresh (the whole view or one node) and "Load more".
import * as vscode from 'vscode';
import type { Connection } from '../connection';
import { type ExplorerNode, isDetailsNode } from '../tree/explorerNode';
import type { ExplorerTreeProvider } from '../tree/explorerProvider';
import { KindFolderNode } from '../tree/nodes/folderNodes';
import { LocationNode } from '../tree/nodes/locationNode';

export interface RefreshHooks {
  /** An item's details were fetched again: open webviews and JSON tabs update. */
  detailsRefreshed(node: ExplorerNode): void;
}

export function registerTreeCommands(connection: Connection, tree: ExplorerTreeProvider, hooks: RefreshHooks): vscode.Disposable[] {
  return [
    // The connection announces the fresh store; the tree follows it.
    vscode.commands.registerCommand('webexCalling.refresh', () => connection.clearCache()),
    vscode.commands.registerCommand('webexCalling.refreshNode', (node?: ExplorerNode) => refreshNode(connection, tree, hooks, node)),
    vscode.commands.registerCommand('webexCalling.loadMore', (node?: ExplorerNode) =>
      // A page that fails shows in the folder as an error node with Retry.
      node instanceof KindFolderNode ? node.loadMore().catch(() => undefined) : undefined,
    ),
  ];
}

function refreshNode(connection: Connection, tree: ExplorerTreeProvider, hooks: RefreshHooks, node: ExplorerNode | undefined): void {
  const store = connection.active?.store;
  if (!store || !node || node === tree.rootNode) {
    void vscode.commands.executeCommand('webexCalling.refresh');
    return;
  }
  if (node instanceof LocationNode) store.forgetLocation(node.locationId);
  else if (node instanceof KindFolderNode) node.forget();
  else if (isDetailsNode(node)) {
    store.forgetDetails(node.detailsKind, node.locationId, node.itemId);
    hooks.detailsRefreshed(node);
  }
  tree.refresh(node);
}
