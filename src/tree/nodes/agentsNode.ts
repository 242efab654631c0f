import * as vscode from 'vscode';
import type { Member } from '../../kinds/kind';
import type { ExplorerNode } from '../explorerNode';
import { AgentNode } from './agentNode';

/** "Agents (n)": the people, workspaces and virtual lines of one hunt group, call pickup or call queue. */
export class AgentsNode implements ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: ExplorerNode,
    private readonly agents: readonly Member[],
  ) {
    this.id = `${parent.id}/agents`;
  }

  toTreeItem(): vscode.TreeItem {
    const state = this.agents.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(vscode.l10n.t('Agents ({0})', this.agents.length), state);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('organization');
    if (this.agents.length === 0) item.description = vscode.l10n.t('nobody receives these calls');
    item.contextValue = 'agents';
    return item;
  }

  async getChildren(): Promise<ExplorerNode[]> {
    return this.agents.map((agent, index) => new AgentNode(this, agent, index));
  }
}
