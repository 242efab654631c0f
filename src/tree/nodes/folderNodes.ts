import * as vscode from 'vscode';
import type { KindDescriptor } from '../../kinds/kind';
import type { PagedList } from '../../store/pagedList';
import type { ListItem } from '../../kinds/kind';
import { contextValue, type ExplorerContext, type ExplorerNode } from '../explorerNode';
import { ItemNode } from './itemNode';
import type { LocationNode } from './locationNode';
import { failureNode } from './loadChildren';
import { EmptyNode, LoadMoreNode } from './stateNodes';

/**
 * "Hunt Groups (n)", "Call Queues (n)"… under a location: the items of one kind's paged list, with
 * "Load more" while pages remain, so a location with a thousand hunt groups shows its first page
 * at once.
 */
export class KindFolderNode implements ExplorerNode {
  readonly id: string;

  constructor(
    private readonly context: ExplorerContext,
    readonly parent: LocationNode,
    readonly descriptor: KindDescriptor,
  ) {
    this.id = `${parent.id}/${descriptor.endpoint.listKey}`;
  }

  get locationId(): string {
    return this.parent.locationId;
  }

  list(): PagedList<ListItem> {
    return this.context.store.list(this.descriptor.kind, this.locationId);
  }

  /** Forgets the list so the next expand reads it again. */
  forget(): void {
    this.context.store.forgetList(this.descriptor.kind, this.locationId);
  }

  toTreeItem(): vscode.TreeItem {
    const list = this.list();
    const count = list.started ? ` (${list.items.length}${list.hasMore ? '+' : ''})` : '';
    const item = new vscode.TreeItem(`${vscode.l10n.t(this.descriptor.labels.folder)}${count}`, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon(this.descriptor.icon);
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
    const children: ExplorerNode[] = list.items.map((item) => new ItemNode(this.context, this, this.descriptor, item));
    if (list.error !== undefined) children.push(failureNode(this, this.context, list.error));
    else if (list.hasMore) children.push(new LoadMoreNode(this, list.items.length));
    if (children.length === 0) children.push(new EmptyNode(this, vscode.l10n.t(this.descriptor.labels.none)));
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
