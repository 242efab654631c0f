import * as vscode from 'vscode';
import { ALL_KINDS, KINDS } from '../../kinds/registry';
import type { Location } from '../../webex/types';
import { clip } from '../rowText';
import { contextValue, type ExplorerContext, type ExplorerNode } from '../explorerNode';
import { plainTooltip } from '../tooltip';
import { KindFolderNode } from './folderNodes';

/** A calling location; expanding it reads the first page of each kind's list, so the folders show counts. */
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
    const describedBefore = this.countsDescription();
    // Every first page at once: the folder labels show their counts. A failure shows inside its
    // own folder, so the others stay usable.
    await Promise.allSettled(ALL_KINDS.map((kind) => this.context.store.list(kind, this.location.id).ensureFirstPage()));
    if (this.countsDescription() !== describedBefore) this.context.refresh(this);
    return ALL_KINDS.map((kind) => new KindFolderNode(this.context, this, KINDS[kind]));
  }

  /** "2 hunt groups · 1 call queue": the kinds the location has, once every first page is in. */
  private countsDescription(): string | undefined {
    const lists = ALL_KINDS.map((kind) => ({ kind, list: this.context.store.list(kind, this.location.id) }));
    if (!lists.every(({ list }) => list.started)) return undefined;
    const counts = lists
      .filter(({ list }) => list.items.length > 0 || list.hasMore)
      .map(({ kind, list }) => countPhrase(list.items.length, list.hasMore, KINDS[kind].labels.one, KINDS[kind].labels.many));
    return counts.length > 0 ? counts.join(' · ') : vscode.l10n.t('nothing set up');
  }
}

export function countPhrase(count: number, more: boolean, singular: string, plural: string): string {
  return `${count}${more ? '+' : ''} ${count === 1 && !more ? singular : plural}`;
}
