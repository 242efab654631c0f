import * as vscode from 'vscode';
import type { FactGroup } from '../../kinds/kind';
import { clip } from '../rowText';
import type { ExplorerNode } from '../explorerNode';
import { FactNode } from './factNode';

/** A titled group of facts under an item: "Alternate numbers (2)", "Business hours menu (4 keys)". */
export class FactGroupNode implements ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: ExplorerNode,
    private readonly group: FactGroup,
  ) {
    this.id = `${parent.id}/${group.key}`;
  }

  toTreeItem(): vscode.TreeItem {
    const state = this.group.facts.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(clip(this.group.label), state);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon(this.group.icon);
    item.description = this.group.description && clip(this.group.description);
    item.contextValue = 'factGroup';
    return item;
  }

  async getChildren(): Promise<ExplorerNode[]> {
    return this.group.facts.map((fact) => new FactNode(this, fact));
  }
}
