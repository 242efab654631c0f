// The Webex Calling tree: locations → a folder per kind → items → their behaviour and agents.
// The provider only dispatches; each node kind builds its own TreeItem and children.
import * as vscode from 'vscode';
import type { Kind } from '../kinds/kind';
import { KINDS } from '../kinds/registry';
import type { OrgSession } from '../store/orgSession';
import { type ExplorerContext, type ExplorerNode } from './explorerNode';
import { loadChildren } from './nodes/loadChildren';
import { LocationNode } from './nodes/locationNode';
import { EmptyNode } from './nodes/stateNodes';

/** The invisible root: its children are the locations; an error loading them shows as a node. */
export class OrgRootNode implements ExplorerNode {
  readonly id = 'root';
  readonly parent = undefined;

  constructor(private readonly context: ExplorerContext) {}

  toTreeItem(): vscode.TreeItem {
    return new vscode.TreeItem('', vscode.TreeItemCollapsibleState.Expanded);
  }

  getChildren(): Promise<ExplorerNode[]> {
    return loadChildren(this, this.context, async () => {
      const locations = await this.context.store.locations();
      if (locations.length === 0) return [new EmptyNode(this, vscode.l10n.t('This organization has no calling locations'))];
      return locations.map((location) => new LocationNode(this.context, location));
    });
  }
}

/** An item as searches report it. */
export interface FoundTreeItem {
  kind: Kind;
  id: string;
  name: string;
  location: { id: string; name: string };
  extension?: string;
  phoneNumber?: string;
  enabled?: boolean;
}

export class ExplorerTreeProvider implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private root: OrgRootNode | undefined;
  private shownStore: OrgSession['store'] | undefined;
  private readonly nodesById = new Map<string, ExplorerNode>();
  private readonly unauthorized = new vscode.EventEmitter<ExplorerNode>();
  /** Fires when a branch failed with 401 (token expired or revoked). */
  readonly onUnauthorized = this.unauthorized.event;

  /**
   * Follows the connection's org session: the same one again redraws what is shown (failed branches
   * load again, e.g. after signing in again); another one (an org switch, Refresh) shows that org,
   * or nothing when signed out. Nodes keep their ids, so VS Code keeps expansion.
   */
  show(session: OrgSession | undefined): void {
    if (session && this.root && this.shownStore === session.store) {
      this.refresh();
      return;
    }
    this.shownStore = session?.store;
    this.root = session ? new OrgRootNode(this.contextFor(session)) : undefined;
    this.nodesById.clear();
    this.changed.fire(undefined);
  }

  get rootNode(): OrgRootNode | undefined {
    return this.root;
  }

  /**
   * The tree node of an item found by a search, reached the way VS Code reaches
   * it (location → folder → item), so TreeView.reveal() can select it. Undefined when it is not on
   * a loaded page of its folder.
   */
  async nodeForItem(found: FoundTreeItem): Promise<ExplorerNode | undefined> {
    const location = (await this.getChildren()).find((node) => node.id === `location/${found.location.id}`);
    if (!location) return undefined;
    const folderId = `${location.id}/${KINDS[found.kind].endpoint.listKey}`;
    const folder = (await this.getChildren(location)).find((node) => node.id === folderId);
    if (!folder) return undefined;
    return (await this.getChildren(folder)).find((node) => node.id === `${folder.id}/${found.id}`);
  }

  refresh(node?: ExplorerNode): void {
    const whole = !node || node === this.root;
    this.forgetNodesUnder(whole ? undefined : node);
    this.changed.fire(whole ? undefined : node);
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    const parent = node ?? this.root;
    const children = parent?.getChildren ? await parent.getChildren() : [];
    return children.map((child) => this.canonical(child));
  }

  /**
   * One node object per id until its branch is refreshed. VS Code's reveal() finds a node among
   * its parent's children by object identity, and a search builds its own path to an item: both
   * must meet the same objects. Data only changes on refresh, which drops the branch's objects.
   */
  private canonical(node: ExplorerNode): ExplorerNode {
    const known = this.nodesById.get(node.id);
    if (known) return known;
    this.nodesById.set(node.id, node);
    return node;
  }

  private forgetNodesUnder(node: ExplorerNode | undefined): void {
    if (!node) {
      this.nodesById.clear();
      return;
    }
    const prefix = `${node.id}/`;
    for (const id of this.nodesById.keys()) {
      if (id.startsWith(prefix)) this.nodesById.delete(id);
    }
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    return node.parent === this.root ? undefined : node.parent;
  }

  private contextFor(session: OrgSession): ExplorerContext {
    return {
      store: session.store,
      orgKey: session.orgKey,
      refresh: (node) => this.refresh(node),
      reportUnauthorized: (node) => this.unauthorized.fire(node),
    };
  }

  dispose(): void {
    this.changed.dispose();
    this.unauthorized.dispose();
  }
}
