// When Webex stops accepting the session: a 401 in the tree, an OAuth sign-in whose refresh token
// ended, or the account signed out elsewhere. What is shown stays, and the user is asked to sign in
// again with the same kind of sign-in they used.
import * as vscode from 'vscode';
import type { WebexAuthProvider } from './auth/webexAuthProvider';
import type { Connection } from './connection';
import type { Logger } from './log';
import type { ExplorerTreeProvider } from './tree/explorerProvider';

export function registerSessionPrompts(connection: Connection, auth: WebexAuthProvider, tree: ExplorerTreeProvider, logger: Logger): vscode.Disposable[] {
  // The sign-in command that brings the shown account back: the one it used.
  const signInAgainCommand = (): string => (connection.sessionKind === 'oauth' ? 'webexCalling.signInWithWebex' : 'webexCalling.signIn');
  return [
    tree.onUnauthorized(() => {
      if (connection.expired) return;
      const command = signInAgainCommand();
      connection.markExpired();
      void vscode.window
        .showWarningMessage(vscode.l10n.t('Webex refused the access token (it may have expired). Sign in again to continue.'), vscode.l10n.t('Sign In'))
        .then((choice) => choice && vscode.commands.executeCommand(command));
    }),
    auth.onDidEndSession(({ accountId, reason }) => {
      if (connection.accountId !== accountId) return;
      connection.sessionEnded(accountId);
      logger.warn(`The Webex sign-in ended: the refresh token ${reason === 'expired' ? 'expired' : 'was refused'}`);
      void vscode.window
        .showWarningMessage(
          reason === 'expired'
            ? vscode.l10n.t('Your Webex sign-in ended: its refresh token expired. Sign in again to continue.')
            : vscode.l10n.t('Your Webex sign-in ended: Webex refused its refresh token (revoked or expired). Sign in again to continue.'),
          vscode.l10n.t('Sign In with Webex'),
        )
        .then((choice) => choice && vscode.commands.executeCommand('webexCalling.signInWithWebex'));
    }),
    auth.onDidChangeSessions(async () => {
      // An account signed out elsewhere (Accounts menu, another window): the view follows. An ended
      // session keeps what is shown (sessionEnded), so it is not treated as a sign-out.
      if (connection.state !== 'signedIn' || (connection.expired && connection.expiredBecause === 'sessionEnded')) return;
      const sessions = await auth.getSessions();
      if (sessions.some((session) => session.account.id === connection.accountId)) return;
      const next = await auth.currentSession();
      if (next) connection.useSession(next);
      else connection.sessionRemoved();
    }),
  ];
}
