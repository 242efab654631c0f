// Show Details (webview) and Open as JSON (read-only tab) for a hunt group or call pickup, from
// the tree's context menu, its inline button, or the palette (acting on the tree's selection).
import * as vscode from 'vscode';
import type { Connection } from '../connection';
import type { DetailsPanels, DetailsSource } from '../details/detailsPanel';
import { errorSummary } from '../errorText';
import { inertText } from '../inertText';
import { KINDS } from '../kinds/registry';
import type { JsonDocuments, JsonSource } from '../json/jsonDocuments';
import { type DetailsTarget, type ExplorerNode, isDetailsNode, isDetailsTarget } from '../tree/explorerNode';

/** What the details view shows, with what its "Open as JSON" button opens. */
export interface ItemDetailsSource extends DetailsSource {
  readonly json: JsonSource;
}

export function detailsSourceFor(node: DetailsTarget, orgKey: string): ItemDetailsSource {
  return {
    kind: node.detailsKind,
    kindTitle: vscode.l10n.t(KINDS[node.detailsKind].labels.title),
    key: `${node.detailsKind}:${node.locationId}:${node.itemId}`,
    title: node.name,
    load: (force) => node.loadDetails(force),
    json: jsonSourceFor(node, orgKey),
  };
}

export function jsonSourceFor(node: DetailsTarget, orgKey: string): JsonSource {
  return { kind: node.detailsKind, orgKey, name: node.name, locationId: node.locationId, itemId: node.itemId, load: (force) => node.loadDetails(force) };
}

/** After an item's details were fetched again: its open webview and JSON tab show the new payload. */
export function openViewsRefresher(connection: Connection, details: DetailsPanels, jsonDocuments: JsonDocuments): (node: ExplorerNode) => void {
  return (node) => {
    const orgKey = connection.active?.orgKey;
    if (!isDetailsNode(node) || !orgKey) return;
    void details.refresh(detailsSourceFor(node, orgKey).key);
    void node.loadDetails(false).then(
      (payload) => jsonDocuments.update(jsonSourceFor(node, orgKey), payload),
      () => undefined,
    );
  };
}

export function registerItemCommands(
  connection: Connection,
  treeView: vscode.TreeView<unknown>,
  details: DetailsPanels,
  jsonDocuments: JsonDocuments,
): vscode.Disposable[] {
  const pickNode = (argument: unknown): DetailsTarget | undefined => {
    const node = isDetailsTarget(argument) ? argument : treeView.selection.find(isDetailsNode);
    if (!node) {
      vscode.window.showInformationMessage(vscode.l10n.t('Select a hunt group, call queue, auto attendant or call pickup in the Webex Calling view first.'));
    }
    return node;
  };
  return [
    vscode.commands.registerCommand('webexCalling.showDetails', async (argument?: unknown) => {
      const node = pickNode(argument);
      const orgKey = connection.active?.orgKey;
      if (node && orgKey) await details.show(detailsSourceFor(node, orgKey));
    }),
    vscode.commands.registerCommand('webexCalling.openJson', async (argument?: unknown) => {
      const node = pickNode(argument);
      const orgKey = connection.active?.orgKey;
      if (!node || !orgKey) return;
      try {
        await jsonDocuments.open(jsonSourceFor(node, orgKey));
      } catch (error) {
        vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', inertText(node.name), inertText(errorSummary(error).message)));
      }
    }),
  ];
}
