// What every node of the Webex Calling tree offers, and what nodes may ask of the view.
import type * as vscode from 'vscode';
import type { Kind } from '../kinds/kind';
import type { OrgSession } from '../store/orgSession';

export interface ExplorerNode {
  /** Unique and stable across refreshes, so VS Code keeps expansion and selection. */
  readonly id: string;
  readonly parent: ExplorerNode | undefined;
  toTreeItem(): vscode.TreeItem;
  getChildren?(): Promise<ExplorerNode[]>;
}

/** What nodes need from the extension: the data, and ways to redraw or report. */
export interface ExplorerContext extends OrgSession {
  /** Redraws a node's children (the whole tree when undefined). */
  refresh(node?: ExplorerNode): void;
  /** A 401: the token expired or was revoked. */
  reportUnauthorized(node: ExplorerNode): void;
}

/** An item the details view and the JSON tab can show: a tree node, or a search result. */
export interface DetailsTarget {
  readonly detailsKind: Kind;
  readonly name: string;
  readonly locationId: string;
  readonly itemId: string;
  loadDetails(force: boolean): Promise<unknown>;
}

/** Nodes whose item the details view and the JSON tab can show. */
export interface DetailsNode extends ExplorerNode, DetailsTarget {}

export function isDetailsNode(node: unknown): node is DetailsNode {
  return isDetailsTarget(node) && 'toTreeItem' in node;
}

export function isDetailsTarget(node: unknown): node is DetailsTarget {
  return typeof node === 'object' && node !== null && 'detailsKind' in node && 'loadDetails' in node;
}

/** contextValue tokens matched by package.json menus (`viewItem =~ /\bdetails\b/`). */
export function contextValue(...tokens: string[]): string {
  return tokens.join(' ');
}
