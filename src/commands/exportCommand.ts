// Export Inventory…: every hunt group and call pickup with its details, one row per agent
// membership, to CSV or JSON. Items that could not be read are reported, never silently dropped.
import * as vscode from 'vscode';
import type { Connection } from '../connection';
import { errorSummary, isAborted } from '../errorText';
import { inertText } from '../inertText';
import { collectInventory, inventoryRows, inventoryToCsv, inventoryToJson } from '../inventory';
import type { Logger } from '../log';
import { readSettings } from '../settings';

export interface ExportOutcome {
  file: string;
  rows: number;
  failures: number;
}

export function registerExportCommand(connection: Connection, logger: Logger): vscode.Disposable {
  // A command argument can come from anywhere a command link can be clicked (a notification, a
  // hover, another extension): it only proposes the file, and the user confirms it in the dialog.
  return vscode.commands.registerCommand('webexCalling.export', async (proposed?: unknown): Promise<ExportOutcome | undefined> => {
    const active = connection.active;
    if (!active) {
      vscode.window.showInformationMessage(vscode.l10n.t('Sign in or explore the sample organization first.'));
      return undefined;
    }
    const file = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export Inventory'),
      saveLabel: vscode.l10n.t('Export'),
      defaultUri: proposed instanceof vscode.Uri ? proposed : defaultExportUri(),
      filters: { CSV: ['csv'], JSON: ['json'] },
    });
    if (!file) return undefined;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the inventory…'), cancellable: true },
      async (progress, token) => {
        const controller = new AbortController();
        token.onCancellationRequested(() => controller.abort());
        try {
          const inventory = await collectInventory(active.store, {
            signal: controller.signal,
            concurrency: readSettings().maxConcurrentRequests,
            onProgress: ({ done, total }) => progress.report({ message: vscode.l10n.t('{0} of {1} read', done, total) }),
          });
          const asJson = file.path.toLowerCase().endsWith('.json');
          const content = asJson ? inventoryToJson(inventory.items) : inventoryToCsv(inventory.items);
          await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(content));
          const rows = inventoryRows(inventory.items).length;
          for (const failure of inventory.failures) logger.warn(`Export: could not read ${failure.what} ${failure.name ?? failure.id ?? ''} (${failure.location?.name ?? 'org'}): ${failure.message}`);
          if (inventory.failures.length > 0) {
            void vscode.window
              .showWarningMessage(
                vscode.l10n.t('Exported {0} rows to {1}, but {2} items could not be read and are missing.', rows, inertText(file.fsPath), inventory.failures.length),
                vscode.l10n.t('Show Log'),
              )
              .then((choice) => choice && logger.show());
          } else {
            void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} rows to {1}.', rows, inertText(file.fsPath)));
          }
          return { file: file.fsPath, rows, failures: inventory.failures.length };
        } catch (error) {
          if (!isAborted(error)) vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', inertText(errorSummary(error).message)));
          return undefined;
        }
      },
    );
  });
}

function defaultExportUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, 'webex-calling-inventory.csv');
}
