import * as vscode from 'vscode';
import type { CallPickupDetails, CallPickupListItem } from '../../webex/types';
import { callPickupAgentView, callPickupFacts, clip } from '../describe';
import { contextValue, type ExplorerContext, type ExplorerNode } from '../explorerNode';
import { plainTooltip } from '../tooltip';
import { AgentsNode } from './agentsNode';
import { FactNode } from './factNode';
import type { CallPickupsFolderNode } from './folderNodes';
import { ItemNode } from './itemNode';

/** A call pickup group; expanding it fetches its details (one GET, cached until refreshed). */
export class CallPickupNode extends ItemNode<CallPickupListItem, CallPickupDetails> {
  readonly detailsKind = 'callPickup';
  protected readonly goneMessage = vscode.l10n.t('Renamed or deleted; the list was refreshed');

  constructor(context: ExplorerContext, parent: CallPickupsFolderNode, item: CallPickupListItem) {
    super(context, parent, item);
  }

  loadDetails(force: boolean): Promise<CallPickupDetails> {
    return this.context.store.callPickup(this.locationId, this.item.id, { force });
  }

  toTreeItem(): vscode.TreeItem {
    const treeItem = new vscode.TreeItem(clip(this.item.name), vscode.TreeItemCollapsibleState.Collapsed);
    treeItem.id = this.id;
    treeItem.iconPath = new vscode.ThemeIcon('bell');
    treeItem.tooltip = plainTooltip(this.item.name, [
      vscode.l10n.t('Call pickup group in {0}', this.item.locationName ?? ''),
      vscode.l10n.t('Members can answer any ringing line of the group.'),
      `ID: ${this.item.id}`,
    ]);
    treeItem.contextValue = contextValue('callPickup', 'details', 'refreshable', 'copyable');
    return treeItem;
  }

  protected childrenOf(details: CallPickupDetails): ExplorerNode[] {
    const agents = (Array.isArray(details.agents) ? details.agents : []).filter((agent) => agent && typeof agent.id === 'string');
    return [
      ...callPickupFacts(details).map((fact) => new FactNode(this, fact)),
      new AgentsNode(this, agents.map(callPickupAgentView)),
    ];
  }
}
