import * as vscode from 'vscode';
import type { HuntGroupDetails, HuntGroupListItem } from '../../webex/types';
import { clip, huntGroupAgentView, huntGroupFacts, numberSummary } from '../describe';
import { contextValue, type ExplorerContext, type ExplorerNode } from '../explorerNode';
import { plainTooltip } from '../tooltip';
import { AgentsNode } from './agentsNode';
import { AlternateNumbersNode } from './alternateNumbersNode';
import { FactNode } from './factNode';
import type { HuntGroupsFolderNode } from './folderNodes';
import { ItemNode } from './itemNode';

/** A hunt group; expanding it fetches its details (one GET, cached until refreshed). */
export class HuntGroupNode extends ItemNode<HuntGroupListItem, HuntGroupDetails> {
  readonly detailsKind = 'huntGroup';
  protected readonly goneMessage = vscode.l10n.t('No longer exists; the list was refreshed');

  constructor(context: ExplorerContext, parent: HuntGroupsFolderNode, item: HuntGroupListItem) {
    super(context, parent, item);
  }

  loadDetails(force: boolean): Promise<HuntGroupDetails> {
    return this.context.store.huntGroup(this.locationId, this.item.id, { force });
  }

  toTreeItem(): vscode.TreeItem {
    const treeItem = new vscode.TreeItem(clip(this.item.name), vscode.TreeItemCollapsibleState.Collapsed);
    treeItem.id = this.id;
    const numbers = numberSummary(this.item);
    treeItem.description = clip(this.item.enabled === false ? [numbers, vscode.l10n.t('disabled')].filter(Boolean).join(' · ') : numbers);
    treeItem.iconPath = new vscode.ThemeIcon('call-incoming', this.item.enabled === false ? new vscode.ThemeColor('disabledForeground') : undefined);
    treeItem.tooltip = plainTooltip(this.item.name, [
      vscode.l10n.t('Hunt group in {0}', this.item.locationName ?? ''),
      numbers || vscode.l10n.t('No number or extension'),
      this.item.enabled === false ? vscode.l10n.t('Disabled') : vscode.l10n.t('Enabled'),
      `ID: ${this.item.id}`,
    ]);
    treeItem.contextValue = contextValue('huntGroup', 'details', 'refreshable', 'copyable');
    return treeItem;
  }

  protected childrenOf(details: HuntGroupDetails): ExplorerNode[] {
    const children: ExplorerNode[] = huntGroupFacts(details).map((fact) => new FactNode(this, fact));
    const alternateNumbers = Array.isArray(details.alternateNumbers) ? details.alternateNumbers : [];
    if (alternateNumbers.length > 0) children.push(new AlternateNumbersNode(this, alternateNumbers, details.distinctiveRing === true));
    const agents = (Array.isArray(details.agents) ? details.agents : []).filter((agent) => agent && typeof agent.id === 'string');
    children.push(new AgentsNode(this, agents.map((agent) => huntGroupAgentView(agent, details.callPolicies?.policy))));
    return children;
  }
}
