import * as vscode from 'vscode';
import type { PagedList } from '../../store/pagedList';
import type { CallPickupListItem, HuntGroupListItem } from '../../webex/types';
import { contextValue, type ExplorerContext, type ExplorerNode } from '../explorerNode';
import { CallPickupNode } from './callPickupNode';
import { HuntGroupNode } from './huntGroupNode';
import type { LocationNode } from './locationNode';
import { failureNode } from './loadChildren';
import { EmptyNode, LoadMoreNode } from './stateNodes';

/**
 * "Hunt Groups (n)" / "Call Pickups (n)" under a location: the items of one paged list, with
 * "Load more" while pages remain, so a location with a thousand hunt groups shows its first
 * page at once.
 */
abstract class PagedFolderNode<T extends { id: string }> implements ExplorerNode {
  readonly id: string;

  constructor(
    protected readonly context: ExplorerContext,
    readonly parent: LocationNode,
    idSuffix: string,
  ) {
    this.id = `${parent.id}/${idSuffix}`;
  }

  protected abstract readonly title: string;
  protected abstract readonly emptyMessage: string;
  protected abstract readonly icon: string;
  abstract list(): PagedList<T>;
  protected abstract childFor(item: T): ExplorerNode;
  /** Forgets the list so the next expand reads it again. */
  abstract forget(): void;

  toTreeItem(): vscode.TreeItem {
    const list = this.list();
    const count = list.started ? ` (${list.items.length}${list.hasMore ? '+' : ''})` : '';
    const item = new vscode.TreeItem(`${this.title}${count}`, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon(this.icon);
    item.contextValue = contextValue('folder', 'refreshable');
    return item;
  }

  async getChildren(): Promise<ExplorerNode[]> {
    const list = this.list();
    try {
      await list.ensureFirstPage();
    } catch (error) {
      return [failureNode(this, this.context, error)];
    }
    const children = list.items.map((item) => this.childFor(item));
    if (list.error !== undefined) children.push(failureNode(this, this.context, list.error));
    else if (list.hasMore) children.push(new LoadMoreNode(this, list.items.length));
    if (children.length === 0) children.push(new EmptyNode(this, this.emptyMessage));
    return children;
  }

  async loadMore(): Promise<void> {
    try {
      await this.list().loadNextPage();
    } finally {
      // The error, if any, shows as a node in place of "Load more".
      this.context.refresh(this);
    }
  }
}

export class HuntGroupsFolderNode extends PagedFolderNode<HuntGroupListItem> {
  protected readonly title = vscode.l10n.t('Hunt Groups');
  protected readonly emptyMessage = vscode.l10n.t('No hunt groups in this location');
  protected readonly icon = 'call-incoming';

  constructor(context: ExplorerContext, parent: LocationNode) {
    super(context, parent, 'huntGroups');
  }

  list(): PagedList<HuntGroupListItem> {
    return this.context.store.huntGroups(this.parent.locationId);
  }

  protected childFor(item: HuntGroupListItem): ExplorerNode {
    return new HuntGroupNode(this.context, this, item);
  }

  forget(): void {
    this.context.store.forgetHuntGroupList(this.parent.locationId);
  }
}

export class CallPickupsFolderNode extends PagedFolderNode<CallPickupListItem> {
  protected readonly title = vscode.l10n.t('Call Pickups');
  protected readonly emptyMessage = vscode.l10n.t('No call pickups in this location');
  protected readonly icon = 'bell';

  constructor(context: ExplorerContext, parent: LocationNode) {
    super(context, parent, 'callPickups');
  }

  list(): PagedList<CallPickupListItem> {
    return this.context.store.callPickups(this.parent.locationId);
  }

  protected childFor(item: CallPickupListItem): ExplorerNode {
    return new CallPickupNode(this.context, this, item);
  }

  forget(): void {
    this.context.store.forgetCallPickupList(this.parent.locationId);
  }
}

export type FolderNode = HuntGroupsFolderNode | CallPickupsFolderNode;

export function isFolderNode(node: unknown): node is FolderNode {
  return node instanceof HuntGroupsFolderNode || node instanceof CallPickupsFolderNode;
}
