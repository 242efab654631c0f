import * as vscode from 'vscode';
import type { CallPickupDetails, CallPickupListItem } from '../../webex/types';
import { callPickupAgentView, callPickupFacts, clip } from '../describe';
import { contextValue, type DetailsNode, type ExplorerContext, type ExplorerNode } from '../explorerNode';
import { plainTooltip } from '../tooltip';
import { AgentsNode } from './agentsNode';
import { FactNode } from './factNode';
import type { CallPickupsFolderNode } from './folderNodes';
import { loadDetailsChildren } from './loadChildren';

/** A call pickup group; expanding it fetches its details (one GET, cached until refreshed). */
export class CallPickupNode implements DetailsNode {
  readonly id: string;
  readonly detailsKind = 'callPickup';

  constructor(
    private readonly context: ExplorerContext,
    readonly parent: CallPickupsFolderNode,
    readonly item: CallPickupListItem,
  ) {
    this.id = `${parent.id}/${item.id}`;
  }

  get name(): string {
    return this.item.name;
  }

  get locationId(): string {
    return this.parent.parent.locationId;
  }

  get itemId(): string {
    return this.item.id;
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

  getChildren(): Promise<ExplorerNode[]> {
    return loadDetailsChildren(this, this.context, () => this.loadDetails(false), (details) => this.childrenOf(details), vscode.l10n.t('Renamed or deleted; the list was refreshed'));
  }

  private childrenOf(details: CallPickupDetails): ExplorerNode[] {
    const agents = (Array.isArray(details.agents) ? details.agents : []).filter((agent) => agent && typeof agent.id === 'string');
    return [
      ...callPickupFacts(details).map((fact) => new FactNode(this, fact)),
      new AgentsNode(this, agents.map(callPickupAgentView)),
    ];
  }
}
