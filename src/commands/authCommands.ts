// Sign in, sign out, explore the sample organization, and pick the organization to browse.
import * as vscode from 'vscode';
import type { WebexAuthProvider } from '../auth/webexAuthProvider';
import type { Connection } from '../connection';
import { errorSummary } from '../errorText';
import { inertText } from '../inertText';
import { readSettings } from '../settings';

export function registerAuthCommands(auth: WebexAuthProvider, connection: Connection): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('webexCalling.signIn', async () => {
      try {
        const session = await auth.createSession();
        connection.useSession(session);
        vscode.window.showInformationMessage(vscode.l10n.t('Signed in to Webex as {0}.', inertText(session.account.label)));
      } catch (error) {
        if (error instanceof vscode.CancellationError) return;
        // Nothing was stored: the token was refused or the API could not be reached.
        vscode.window.showErrorMessage(vscode.l10n.t('Sign-in failed: {0}', inertText(errorSummary(error).message)));
      }
    }),
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
