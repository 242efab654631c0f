// Nodes that stand for a state rather than a Webex item: an error with Retry, the sign-in prompt
// after a 401, an empty list, and "Load more". Each is one small class.
import * as vscode from 'vscode';
import { errorSummary } from '../../errorText';
import { clip } from '../rowText';
import { contextValue, type ExplorerNode } from '../explorerNode';
import { plainTooltip } from '../tooltip';

export class ErrorNode implements ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: ExplorerNode,
    readonly error: unknown,
  ) {
    this.id = `${parent.id}/error`;
  }

  toTreeItem(): vscode.TreeItem {
    const summary = errorSummary(this.error);
    const item = new vscode.TreeItem(clip(summary.message), vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
    item.description = vscode.l10n.t('Retry');
    item.tooltip = plainTooltip(vscode.l10n.t('Could not load'), [
      summary.message,
      ...(summary.trackingId ? [vscode.l10n.t('Tracking ID: {0}', summary.trackingId)] : []),
      vscode.l10n.t('Click to try again.'),
    ]);
    item.contextValue = contextValue('error');
    item.command = { command: 'webexCalling.refreshNode', title: vscode.l10n.t('Retry'), arguments: [this.parent] };
    return item;
  }
}

export class SignInNode implements ExplorerNode {
  readonly id: string;

  constructor(readonly parent: ExplorerNode | undefined) {
    this.id = `${parent?.id ?? 'root'}/sign-in`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Token expired or revoked — sign in again'));
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('key');
    item.tooltip = vscode.l10n.t('Webex refused the access token (401). Personal access tokens last 12 hours.');
    item.contextValue = contextValue('signIn');
    item.command = { command: 'webexCalling.signIn', title: vscode.l10n.t('Sign In') };
    return item;
  }
}

export class EmptyNode implements ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: ExplorerNode,
    private readonly message: string,
  ) {
    this.id = `${parent.id}/empty`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.message);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('circle-slash');
    item.contextValue = contextValue('empty');
    return item;
  }
}

/** Fetches the next page of a paged folder when clicked. */
export class LoadMoreNode implements ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: ExplorerNode,
    private readonly loadedCount: number,
  ) {
    this.id = `${parent.id}/load-more`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Load more…'));
    item.id = this.id;
    item.description = vscode.l10n.t('{0} shown', this.loadedCount);
    item.iconPath = new vscode.ThemeIcon('more');
    item.contextValue = contextValue('loadMore');
    item.command = { command: 'webexCalling.loadMore', title: vscode.l10n.t('Load More'), arguments: [this.parent] };
    return item;
  }
}

/** A line of text under an item (e.g. why a list was re-read). */
export class NoticeNode implements ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: ExplorerNode,
    private readonly message: string,
    private readonly icon = 'info',
  ) {
    this.id = `${parent.id}/notice`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.message);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon(this.icon);
    return item;
  }
}
