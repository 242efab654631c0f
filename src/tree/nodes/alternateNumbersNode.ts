import * as vscode from 'vscode';
import type { AlternateNumber } from '../../webex/types';
import { alternateNumberView } from '../describe';
import type { ExplorerNode } from '../explorerNode';
import { FactNode } from './factNode';

/** "Alternate numbers (n)": other numbers ringing the same hunt group, with their ring patterns. */
export class AlternateNumbersNode implements ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: ExplorerNode,
    private readonly numbers: readonly AlternateNumber[],
    private readonly distinctiveRing: boolean,
  ) {
    this.id = `${parent.id}/alternateNumbers`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Alternate numbers ({0})', this.numbers.length), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('list-unordered');
    item.description = this.distinctiveRing ? vscode.l10n.t('distinctive ring on') : undefined;
    item.contextValue = 'alternateNumbers';
    return item;
  }

  async getChildren(): Promise<ExplorerNode[]> {
    return this.numbers.map((entry, index) => {
      const view = alternateNumberView(entry, this.distinctiveRing);
      return new FactNode(this, { key: String(index), label: view.label, description: view.description, detail: view.detail, icon: 'symbol-number' });
    });
  }
}
