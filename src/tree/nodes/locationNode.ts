import * as vscode from 'vscode';
import type { Location } from '../../webex/types';
import { clip } from '../describe';
import { contextValue, type ExplorerContext, type ExplorerNode } from '../explorerNode';
import { plainTooltip } from '../tooltip';
import { CallPickupsFolderNode, HuntGroupsFolderNode } from './folderNodes';

/** A calling location; expanding it reads the first page of its hunt groups and call pickups. */
export class LocationNode implements ExplorerNode {
  readonly id: string;
  readonly parent = undefined;

  constructor(
    private readonly context: ExplorerContext,
    readonly location: Location,
  ) {
    this.id = `location/${location.id}`;
  }

  get locationId(): string {
    return this.location.id;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(clip(this.location.name), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('location');
    item.description = this.countsDescription();
    item.tooltip = plainTooltip(this.location.name, [vscode.l10n.t('Calling location'), `ID: ${this.location.id}`]);
    item.contextValue = contextValue('location', 'refreshable', 'copyable');
    return item;
  }

  async getChildren(): Promise<ExplorerNode[]> {
    const huntGroups = this.context.store.huntGroups(this.location.id);
    const callPickups = this.context.store.callPickups(this.location.id);
    const describedBefore = this.countsDescription();
    // Both first pages at once: the folder labels show their counts. A failure shows inside its
    // own folder, so the other one stays usable.
    await Promise.allSettled([huntGroups.ensureFirstPage(), callPickups.ensureFirstPage()]);
    if (this.countsDescription() !== describedBefore) this.context.refresh(this);
    return [new HuntGroupsFolderNode(this.context, this), new CallPickupsFolderNode(this.context, this)];
  }

  private countsDescription(): string | undefined {
    const huntGroups = this.context.store.huntGroups(this.location.id);
    const callPickups = this.context.store.callPickups(this.location.id);
    if (!huntGroups.started || !callPickups.started) return undefined;
    return [
      countPhrase(huntGroups.items.length, huntGroups.hasMore, 'hunt group', 'hunt groups'),
      countPhrase(callPickups.items.length, callPickups.hasMore, 'call pickup', 'call pickups'),
    ].join(' · ');
  }
}

export function countPhrase(count: number, more: boolean, singular: string, plural: string): string {
  return `${count}${more ? '+' : ''} ${count === 1 && !more ? singular : plural}`;
}
