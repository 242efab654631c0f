// Sign in, sign out, explore the sample organization, and pick the organization to browse.
import * as vscode from 'vscode';
import type { WebexAuthProvider } from '../auth/webexAuthProvider';
import type { Connection } from '../connection';
import { errorSummary } from '../errorText';
import { readSettings, saveOrgId } from '../settings';

export function registerAuthCommands(auth: WebexAuthProvider, connection: Connection): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('webexCalling.signIn', async () => {
      try {
        const session = await auth.createSession();
        connection.useSession(session);
        vscode.window.showInformationMessage(vscode.l10n.t('Signed in to Webex as {0}.', session.account.label));
      } catch (error) {
        if (error instanceof vscode.CancellationError) return;
        // Nothing was stored: the token was refused or the API could not be reached.
        vscode.window.showErrorMessage(vscode.l10n.t('Sign-in failed: {0}', errorSummary(error).message));
      }
    }),
    vscode.commands.registerCommand('webexCalling.signOut', () => connection.signOut()),
    vscode.commands.registerCommand('webexCalling.exploreSample', async () => {
      try {
        await connection.exploreSample();
        await vscode.commands.executeCommand('webexCalling.explorer.focus');
      } catch (error) {
        vscode.window.showErrorMessage(vscode.l10n.t('Could not start the sample organization: {0}', errorSummary(error).message));
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
    const current = readSettings().orgId;
    const items: (vscode.QuickPickItem & { orgId: string | undefined })[] = [
      { label: vscode.l10n.t('My organization'), description: vscode.l10n.t('the signed-in administrator\u2019s own'), orgId: undefined, picked: !current },
      ...organizations.map((org) => ({ label: org.displayName, description: org.id, orgId: org.id, picked: org.id === current })),
    ];
    const choice = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Select Organization'),
      placeHolder: vscode.l10n.t('Organization to browse'),
      matchOnDescription: true,
    });
    if (choice) await saveOrgId(choice.orgId);
  } catch (error) {
    vscode.window.showErrorMessage(vscode.l10n.t('Could not list organizations: {0}', errorSummary(error).message));
  }
}
