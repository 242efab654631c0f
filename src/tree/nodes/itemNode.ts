import type * as vscode from 'vscode';
import type { DetailsNode, ExplorerContext, ExplorerNode } from '../explorerNode';
import { loadDetailsChildren } from './loadChildren';
import type { LocationNode } from './locationNode';

/** The folder an item sits in: it knows its location and can forget its list. */
export interface ItemFolder extends ExplorerNode {
  readonly parent: LocationNode;
  forget(): void;
}

/**
 * What hunt groups and call pickups share: identity from their list entry, details fetched on
 * expand (one GET, cached until refreshed), and a re-read of the list when the item is gone.
 */
export abstract class ItemNode<Item extends { id: string; name: string }, Details> implements DetailsNode {
  readonly id: string;
  abstract readonly detailsKind: 'huntGroup' | 'callPickup';

  constructor(
    protected readonly context: ExplorerContext,
    readonly parent: ItemFolder,
    readonly item: Item,
  ) {
    this.id = `${parent.id}/${item.id}`;
  }

  get name(): string {
    return this.item.name;
  }

  get locationId(): string {
    return this.parent.parent.locationId;
  }

  get itemId(): string {
    return this.item.id;
  }

  abstract loadDetails(force: boolean): Promise<Details>;
  abstract toTreeItem(): vscode.TreeItem;
  protected abstract childrenOf(details: Details): ExplorerNode[];
  /** Shown for a moment when the item turned out to be gone (404) and its list is read again. */
  protected abstract readonly goneMessage: string;

  getChildren(): Promise<ExplorerNode[]> {
    return loadDetailsChildren(this, this.context, () => this.loadDetails(false), (details) => this.childrenOf(details), this.goneMessage);
  }
}
