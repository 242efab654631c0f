import * as vscode from 'vscode';
import type { Fact } from '../../kinds/kind';
import { clip } from '../rowText';
import type { ExplorerNode } from '../explorerNode';
import { plainTooltip } from '../tooltip';

/** One line of plain-words behaviour under an item: its policy, no-answer handling, redirects. */
export class FactNode implements ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: ExplorerNode,
    private readonly fact: Fact,
  ) {
    this.id = `${parent.id}/fact/${fact.key}`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(clip(this.fact.label), vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = this.fact.description && clip(this.fact.description);
    item.iconPath = new vscode.ThemeIcon(this.fact.icon);
    item.tooltip = plainTooltip(this.fact.label, this.fact.detail ? [this.fact.detail] : []);
    item.contextValue = 'fact';
    return item;
  }
}
