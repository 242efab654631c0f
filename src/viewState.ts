// What the Webex Calling view says about the connection: its title (who and which org), the line
// above the tree (expired token, sample org, an org picked by the workspace) and the context key the
// welcome content and menus match on.
import * as vscode from 'vscode';
import type { Connection } from './connection';
import { inertText } from './inertText';

export function showConnectionInView(connection: Connection, treeView: vscode.TreeView<unknown>): vscode.Disposable {
  const show = (): void => {
    const active = connection.active;
    void vscode.commands.executeCommand('setContext', 'webexCalling.state', connection.state);
    // A single view's description is hidden in its container's header, its title is not.
    treeView.title = active ? inertText(active.label) : vscode.l10n.t('Explorer');
    treeView.message = connection.expired
      ? connection.expiredBecause === 'sessionEnded'
        ? vscode.l10n.t('Your Webex sign-in ended: its refresh token expired or was revoked. Sign in with Webex again to continue; what is shown stays.')
        : vscode.l10n.t('Your Webex token expired or was revoked. Sign in again to continue; what is shown stays.')
      : active?.state === 'sample'
        ? vscode.l10n.t('This is the built-in sample organization, served on this computer. Nothing here is real.')
        : // An org a workspace picked would otherwise look like the one the administrator chose.
          active?.scope.source === 'workspace'
          ? active.scopeNote
          : undefined;
  };
  show();
  return connection.onDidChange(show);
}
