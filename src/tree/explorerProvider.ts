// The Webex Calling tree: locations → hunt groups / call pickups → their behaviour and agents.
// The provider only dispatches; each node kind builds its own TreeItem and children.
import * as vscode from 'vscode';
import type { OrgStore } from '../store/orgStore';
import { type ExplorerContext, type ExplorerNode } from './explorerNode';
import { loadChildren } from './nodes/loadChildren';
import { CallPickupNode } from './nodes/callPickupNode';
import { CallPickupsFolderNode, HuntGroupsFolderNode } from './nodes/folderNodes';
import { HuntGroupNode } from './nodes/huntGroupNode';
import { LocationNode } from './nodes/locationNode';
import { EmptyNode } from './nodes/stateNodes';

/** The invisible root: its children are the locations; an error loading them shows as a node. */
export class OrgRootNode implements ExplorerNode {
  readonly id = 'root';
  readonly parent = undefined;

  constructor(readonly context: ExplorerContext) {}

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

/** A hunt group or call pickup as searches report it. */
export interface FoundTreeItem {
  kind: 'huntGroup' | 'callPickup';
  id: string;
  name: string;
  location: { id: string; name: string };
  extension?: string;
  phoneNumber?: string;
  enabled?: boolean;
}

export interface OrgView {
  store: OrgStore;
  orgKey: string;
}

export class ExplorerTreeProvider implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private root: OrgRootNode | undefined;
  private readonly unauthorized = new vscode.EventEmitter<ExplorerNode>();
  /** Fires when a branch failed with 401 (token expired or revoked). */
  readonly onUnauthorized = this.unauthorized.event;

  /** Shows an org (or nothing, when signed out). Nodes keep their ids, so VS Code keeps expansion. */
  show(view: OrgView | undefined): void {
    this.root = view ? new OrgRootNode(this.contextFor(view)) : undefined;
    this.changed.fire(undefined);
  }

  get rootNode(): OrgRootNode | undefined {
    return this.root;
  }

  /**
   * The tree node of a hunt group or call pickup found by a search, built along its path so that
   * TreeView.reveal() can expand its location and folder (nodes are matched by their ids).
   */
  nodeForItem(found: FoundTreeItem): HuntGroupNode | CallPickupNode | undefined {
    const context = this.root?.context;
    if (!context) return undefined;
    const location = new LocationNode(context, { id: found.location.id, name: found.location.name });
    const listItem = { id: found.id, name: found.name, locationId: found.location.id, locationName: found.location.name };
    return found.kind === 'huntGroup'
      ? new HuntGroupNode(context, new HuntGroupsFolderNode(context, location), { ...listItem, enabled: found.enabled ?? true, extension: found.extension, phoneNumber: found.phoneNumber })
      : new CallPickupNode(context, new CallPickupsFolderNode(context, location), listItem);
  }

  refresh(node?: ExplorerNode): void {
    this.changed.fire(node === this.root ? undefined : node);
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> | ExplorerNode[] {
    if (!node) return this.root ? this.root.getChildren() : [];
    return node.getChildren ? node.getChildren() : [];
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    return node.parent === this.root ? undefined : node.parent;
  }

  private contextFor(view: OrgView): ExplorerContext {
    return {
      store: view.store,
      orgKey: view.orgKey,
      refresh: (node) => this.refresh(node),
      reportUnauthorized: (node) => this.unauthorized.fire(node),
    };
  }

  dispose(): void {
    this.changed.dispose();
    this.unauthorized.dispose();
  }
}
