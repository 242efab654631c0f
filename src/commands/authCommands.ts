// Sign in (a pasted token, or Sign In with Webex), sign out, switch account, explore the sample
// organization, and pick the organization to browse.
import * as vscode from 'vscode';
import type { WebexOAuth } from '../auth/oauthSignIn';
import type { WebexAuthProvider, WebexSession } from '../auth/webexAuthProvider';
import type { Connection } from '../connection';
import { errorSummary } from '../errorText';
import { inertText } from '../inertText';
import { readSettings } from '../settings';

export function registerAuthCommands(auth: WebexAuthProvider, oauth: WebexOAuth, connection: Connection): vscode.Disposable[] {
  const signInWith = async (signIn: () => Promise<WebexSession>): Promise<void> => {
    try {
      const session = await signIn();
      connection.useSession(session);
      vscode.window.showInformationMessage(vscode.l10n.t('Signed in to Webex as {0}.', inertText(session.account.label)));
    } catch (error) {
      if (error instanceof vscode.CancellationError) return;
      // Nothing was stored: the token or the sign-in was refused, or the API could not be reached.
      vscode.window.showErrorMessage(vscode.l10n.t('Sign-in failed: {0}', inertText(errorSummary(error).message)));
    }
  };
  return [
    vscode.commands.registerCommand('webexCalling.signIn', () => signInWith(() => auth.signInWithPastedToken())),
    vscode.commands.registerCommand('webexCalling.signInWithWebex', () => signInWith(() => auth.signInWithOAuth())),
    vscode.commands.registerCommand('webexCalling.setIntegrationSecret', async () => {
      try {
        await oauth.setIntegrationSecret();
      } catch (error) {
        if (!(error instanceof vscode.CancellationError)) vscode.window.showErrorMessage(inertText(errorSummary(error).message));
      }
    }),
    vscode.commands.registerCommand('webexCalling.switchAccount', () => switchAccount(auth, connection)),
    vscode.commands.registerCommand('webexCalling.signOut', () => connection.signOut()),
    vscode.commands.registerCommand('webexCalling.exploreSample', async () => {
      try {
        await connection.exploreSample();
        await vscode.commands.executeCommand('webexCalling.explorer.focus');
      } catch (error) {
        vscode.window.showErrorMessage(vscode.l10n.t('Could not start the sample organization: {0}', inertText(errorSummary(error).message)));
      }
    }),
    vscode.commands.registerCommand('webexCalling.selectOrg', () => selectOrganization(connection)),
  ];
}

/** Picks which signed-in account the view uses; the others stay signed in. */
async function switchAccount(auth: WebexAuthProvider, connection: Connection): Promise<void> {
  const sessions = await auth.getSessions();
  const items = sessions.map((session) => ({
    label: inertText(session.account.label),
    description: session.account.id === connection.accountId ? vscode.l10n.t('shown now') : undefined,
    detail: session.kind === 'oauth' ? vscode.l10n.t('Signed in with Webex') : vscode.l10n.t('Access token'),
    session,
  }));
  const addAccount = { label: vscode.l10n.t('$(add) Sign in to another account…'), description: undefined, detail: undefined, session: undefined };
  const choice = await vscode.window.showQuickPick([...items, addAccount], { title: vscode.l10n.t('Switch Webex Account'), placeHolder: vscode.l10n.t('The account the view uses') });
  if (!choice) return;
  if (!choice.session) {
    await vscode.commands.executeCommand('webexCalling.signInWithWebex');
    return;
  }
  const session = await auth.switchTo(choice.session.account.id);
  if (session) connection.useSession(session);
}

async function selectOrganization(connection: Connection): Promise<void> {
  const active = connection.active;
  if (active?.state !== 'signedIn') {
    vscode.window.showInformationMessage(vscode.l10n.t('Sign in to Webex to choose an organization.'));
    return;
  }
  try {
    const organizations = await vscode.window.withProgress(
      { location: { viewId: 'webexCalling.explorer' } },
      () => active.calling.organizations(),
    );
    const current = active.scope.requestOrgId;
    const items: (vscode.QuickPickItem & { orgId: string | undefined })[] = [
      { label: vscode.l10n.t('My organization'), description: vscode.l10n.t('the signed-in administrator\u2019s own'), orgId: undefined, picked: !current },
      ...organizations.map((org) => ({
        // Org names come from Webex: shown as text, and an org without one by its ID.
        label: typeof org.displayName === 'string' && org.displayName.trim() ? inertText(org.displayName) : vscode.l10n.t('(no name)'),
        description: inertText(org.id),
        orgId: org.id,
        picked: org.id === current,
      })),
    ];
    const workspaceOrg = readSettings().orgIdSource === 'workspace';
    const choice = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Select Organization'),
      placeHolder: workspaceOrg
        ? vscode.l10n.t('This workspace\u2019s settings choose an organization; your choice replaces it in this window')
        : vscode.l10n.t('Organization to browse'),
      matchOnDescription: true,
    });
    if (choice) await connection.selectOrg(choice.orgId);
  } catch (error) {
    vscode.window.showErrorMessage(vscode.l10n.t('Could not list organizations: {0}', inertText(errorSummary(error).message)));
  }
}
