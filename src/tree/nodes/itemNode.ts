import * as vscode from 'vscode';
import { jsonDocumentUri } from '../../json/jsonDocuments';
import type { KindDescriptor, ListItem } from '../../kinds/kind';
import { clip } from '../rowText';
import { contextValue, type DetailsNode, type ExplorerContext, type ExplorerNode } from '../explorerNode';
import { plainTooltip } from '../tooltip';
import type { ForwardingKind } from '../../store/orgStore';
import { AgentsNode } from './agentsNode';
import { CallFlowNode } from './callFlowNode';
import { FactGroupNode } from './factGroupNode';
import { FactNode } from './factNode';
import type { KindFolderNode } from './folderNodes';
import { loadDetailsChildren } from './loadChildren';

/**
 * A hunt group, call pickup, call queue or auto attendant. Its identity comes from its list entry;
 * expanding it fetches its details (one GET, cached until refreshed) and shows what its kind's
 * descriptor says about them; a 404 re-reads the list (the item was deleted, or renamed).
 */
export class ItemNode implements DetailsNode {
  readonly id: string;

  constructor(
    private readonly context: ExplorerContext,
    readonly parent: KindFolderNode,
    readonly descriptor: KindDescriptor,
    readonly item: ListItem,
  ) {
    this.id = `${parent.id}/${item.id}`;
  }

  get detailsKind(): KindDescriptor['kind'] {
    return this.descriptor.kind;
  }

  get name(): string {
    return this.item.name;
  }

  get locationId(): string {
    return this.parent.locationId;
  }

  get itemId(): string {
    return this.item.id;
  }

  loadDetails(force: boolean): Promise<unknown> {
    return this.context.store.details(this.descriptor.kind, this.locationId, this.item.id, { force });
  }

  toTreeItem(): vscode.TreeItem {
    const disabled = this.descriptor.isDisabled(this.item);
    const treeItem = new vscode.TreeItem(clip(this.item.name), vscode.TreeItemCollapsibleState.Collapsed);
    treeItem.id = this.id;
    treeItem.description = clip(this.descriptor.rowDescription(this.item)) || undefined;
    treeItem.iconPath = new vscode.ThemeIcon(this.descriptor.icon, disabled ? new vscode.ThemeColor('disabledForeground') : undefined);
    treeItem.tooltip = plainTooltip(this.item.name, [...this.descriptor.tooltipLines(this.item), `ID: ${this.item.id}`]);
    // Its JSON document's URI: health check problems decorate the row through it (FileDecorationProvider).
    treeItem.resourceUri = jsonDocumentUri({ kind: this.descriptor.kind, orgKey: this.context.orgKey, name: this.item.name, locationId: this.locationId, itemId: this.item.id });
    // `numbered` offers Copy Phone Number and Copy Extension, `traceable` Show Call Flow (package.json menus).
    const tokens = [this.descriptor.kind, 'details', 'refreshable', 'copyable', ...(this.descriptor.hasNumbers ? ['numbered'] : []), ...(this.descriptor.traceable ? ['traceable'] : [])];
    treeItem.contextValue = contextValue(...tokens);
    return treeItem;
  }

  getChildren(): Promise<ExplorerNode[]> {
    return loadDetailsChildren(this, this.context, () => this.loadDetails(false), (details) => this.childrenOf(details), vscode.l10n.t(this.descriptor.labels.gone));
  }

  private childrenOf(details: unknown): ExplorerNode[] {
    // The descriptors read payloads defensively: any field may be missing or of another type.
    const payload = (typeof details === 'object' && details !== null ? details : {}) as { id: string };
    const children: ExplorerNode[] = this.descriptor.facts(payload).map((fact) => new FactNode(this, fact));
    children.push(...this.descriptor.factGroups(payload).map((group) => new FactGroupNode(this, group)));
    if (this.descriptor.hasMembers) children.push(new AgentsNode(this, this.descriptor.members(payload)));
    if (this.descriptor.traceable) children.push(new CallFlowNode(this.context, this, this.descriptor.kind as ForwardingKind));
    return children;
  }
}
