import * as vscode from 'vscode';
import type { Member } from '../../kinds/kind';
import { clip } from '../rowText';
import type { ExplorerNode } from '../explorerNode';
import { plainTooltip } from '../tooltip';

const agentIcons: Record<string, string> = {
  PEOPLE: 'person',
  PLACE: 'device-desktop',
  VIRTUAL_LINE: 'broadcast',
};

const agentKinds: Record<string, string> = {
  PEOPLE: 'Person',
  PLACE: 'Workspace',
  VIRTUAL_LINE: 'Virtual line',
};

/** A person, workspace or virtual line in a hunt group, call pickup or call queue. */
export class AgentNode implements ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: ExplorerNode,
    readonly agent: Member,
    index: number,
  ) {
    // The index keeps ids unique when a payload lists the same agent twice.
    this.id = `${parent.id}/${index}:${agent.id}`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(clip(this.agent.name), vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = clip(this.agent.description);
    const type = this.agent.type ?? '';
    item.iconPath = new vscode.ThemeIcon(Object.hasOwn(agentIcons, type) ? agentIcons[type] : 'person');
    item.tooltip = plainTooltip(this.agent.name, [
      (Object.hasOwn(agentKinds, type) ? agentKinds[type] : this.agent.type) ?? vscode.l10n.t('Agent'),
      this.agent.description,
      `ID: ${this.agent.id}`,
    ]);
    item.contextValue = 'agent copyable';
    return item;
  }
}

/** An agent row, recognised by its shape: commands in the tools bundle (see tools.ts) have their own copy of this class. */
export function isAgentNode(node: unknown): node is Pick<AgentNode, 'agent' | 'id'> {
  const agent = typeof node === 'object' && node !== null ? (node as { agent?: unknown }).agent : undefined;
  return typeof agent === 'object' && agent !== null && Array.isArray((agent as { phoneNumbers?: unknown }).phoneNumbers);
}
