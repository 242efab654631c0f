// The status bar names the org being browsed; clicking it picks another (partner admins).
import * as vscode from 'vscode';
import type { Connection } from './connection';
import { inertText } from './inertText';

export function createOrgStatusItem(connection: Connection): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('webexCalling.org', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Webex Calling organization');
  const update = (): void => {
    const active = connection.active;
    if (!active) {
      item.hide();
      return;
    }
    item.text = `$(call-incoming) ${active.state === 'sample' ? vscode.l10n.t('Sample organization') : inertText(active.label)}`;
    item.tooltip =
      active.state === 'sample'
        ? vscode.l10n.t('Browsing the built-in sample organization')
        : [active.scopeNote, vscode.l10n.t('Webex Calling: click to select the organization')].filter(Boolean).join('\n');
    item.command = active.state === 'sample' ? 'webexCalling.explorer.focus' : 'webexCalling.selectOrg';
    item.show();
  };
  update();
  const subscription = connection.onDidChange(update);
  return vscode.Disposable.from(item, subscription);
}
