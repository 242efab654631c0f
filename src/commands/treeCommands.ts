// Refresh (the whole view or one node) and "Load more".
import * as vscode from 'vscode';
import type { Connection } from '../connection';
import { type ExplorerNode, isDetailsNode } from '../tree/explorerNode';
import type { ExplorerTreeProvider } from '../tree/explorerProvider';
import { isFolderNode } from '../tree/nodes/folderNodes';
import { LocationNode } from '../tree/nodes/locationNode';

export interface RefreshHooks {
  /** An item's details were fetched again: open webviews and JSON tabs update. */
  detailsRefreshed(node: ExplorerNode): void;
}

export function registerTreeCommands(connection: Connection, tree: ExplorerTreeProvider, hooks: RefreshHooks): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('webexCalling.refresh', () => {
      connection.clearCache();
      const active = connection.active;
      tree.show(active && { store: active.store, orgKey: active.orgKey });
    }),
    vscode.commands.registerCommand('webexCalling.refreshNode', (node?: ExplorerNode) => refreshNode(connection, tree, hooks, node)),
    vscode.commands.registerCommand('webexCalling.loadMore', (node?: ExplorerNode) =>
      // A page that fails shows in the folder as an error node with Retry.
      isFolderNode(node) ? node.loadMore().catch(() => undefined) : undefined,
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
  else if (isFolderNode(node)) node.forget();
  else if (isDetailsNode(node)) {
    if (node.detailsKind === 'huntGroup') store.forgetHuntGroup(node.locationId, node.itemId);
    else store.forgetCallPickup(node.locationId, node.itemId);
    hooks.detailsRefreshed(node);
  }
  tree.refresh(node);
}
