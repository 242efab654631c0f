// Check Organization Health: reads the whole org through the store (with progress and cancel, like
// Export), runs the health rules and shows the findings in the Problems panel, on the tree and on
// the view's badge. Also the quick fixes' own commands (reveal an item, copy its ID).
import * as vscode from 'vscode';
import type { Connection } from '../connection';
import { errorSummary, isAborted } from '../errorText';
import { HealthDiagnostics, type HealthCounts, type HealthItemRef } from '../health/healthDiagnostics';
import { readHealthData } from '../health/read';
import { runRules } from '../health/rules';
import type { Finding } from '../health/types';
import { inertText } from '../inertText';
import type { Logger } from '../log';
import { readSettings } from '../settings';
import type { ExplorerNode } from '../tree/explorerNode';
import type { ExplorerTreeProvider } from '../tree/explorerProvider';

/** What a run found (the command's result, for automation and tests). */
export interface HealthOutcome {
  findings: Finding[];
  counts: HealthCounts;
  items: number;
  /** Items, lists and forwarding reads that failed (the check ran without them). */
  failures: number;
  numbersRead: boolean;
}

export function registerHealthCommands(
  connection: Connection,
  tree: ExplorerTreeProvider,
  treeView: vscode.TreeView<ExplorerNode>,
  health: HealthDiagnostics,
  logger: Logger,
): vscode.Disposable[] {
  return [
    // Another org, Refresh or sign-out: the findings no longer describe what the view shows.
    connection.onDidChangeOrgSession(() => health.clear()),
    vscode.commands.registerCommand('webexCalling.checkHealth', async (): Promise<HealthOutcome | undefined> => {
      const active = connection.active;
      if (!active) {
        vscode.window.showInformationMessage(vscode.l10n.t('Sign in or explore the sample organization first.'));
        return undefined;
      }
      const settings = readSettings();
      const outcome = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking organization health…'), cancellable: true },
        async (progress, token) => {
          const controller = new AbortController();
          token.onCancellationRequested(() => controller.abort());
          try {
            const read = await readHealthData(active.store, {
              signal: controller.signal,
              concurrency: settings.maxConcurrentRequests,
              onProgress: ({ done, total }) => progress.report({ message: vscode.l10n.t('{0} of {1} read', done, total) }),
            });
            const findings = runRules(read.model, settings.health);
            for (const failure of read.failures) logger.warn(`Health check: could not read ${failure.what} ${failure.name ?? failure.id ?? ''} (${failure.location?.name ?? 'org'}): ${failure.message}`);
            if (read.numbersFailure) logger.warn(`Health check: could not read the numbers list: ${read.numbersFailure}`);
            // The org may have changed while the check read it.
            if (connection.active?.store !== active.store) return undefined;
            const counts = health.show(active.orgKey, read.model.items, findings);
            return { findings, counts, items: read.model.items.length, failures: read.failures.length, numbersRead: read.model.numbers !== undefined };
          } catch (error) {
            if (!isAborted(error)) vscode.window.showErrorMessage(vscode.l10n.t('The health check failed: {0}', inertText(errorSummary(error).message)));
            return undefined;
          }
        },
      );
      if (outcome) void report(outcome, logger);
      return outcome;
    }),
    vscode.commands.registerCommand('webexCalling.health.reveal', async (item?: HealthItemRef) => {
      if (!isItemRef(item)) return;
      const node = await tree.nodeForItem({ kind: item.kind, id: item.itemId, name: item.name, location: { id: item.locationId, name: item.locationName } });
      if (node) await treeView.reveal(node, { select: true, focus: true, expand: false });
      else vscode.window.showInformationMessage(vscode.l10n.t('{0} is not on a loaded page of its folder; use Load more in the Webex Calling view.', inertText(item.name)));
    }),
    vscode.commands.registerCommand('webexCalling.health.copyId', async (item?: HealthItemRef) => {
      if (!isItemRef(item)) return;
      await vscode.env.clipboard.writeText(item.itemId);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', vscode.l10n.t('ID')), 3000);
    }),
  ];
}

async function report(outcome: HealthOutcome, logger: Logger): Promise<void> {
  const { errors, warnings, information } = outcome.counts;
  const showProblems = vscode.l10n.t('Show Problems');
  const showLog = vscode.l10n.t('Show Log');
  const found =
    errors + warnings + information === 0
      ? vscode.l10n.t('No problems found in {0} items.', outcome.items)
      : vscode.l10n.t('Found {0} errors, {1} warnings and {2} notes in {3} items.', errors, warnings, information, outcome.items);
  const incomplete = outcome.failures > 0 || !outcome.numbersRead;
  const message = incomplete ? `${found} ${vscode.l10n.t('Some things could not be read and were not checked (see the log).')}` : found;
  const choice = incomplete ? await vscode.window.showWarningMessage(message, showProblems, showLog) : await vscode.window.showInformationMessage(message, showProblems);
  if (choice === showProblems) await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (choice === showLog) logger.show();
}

function isItemRef(value: unknown): value is HealthItemRef {
  const item = value as Partial<HealthItemRef> | undefined;
  return typeof item?.kind === 'string' && typeof item.itemId === 'string' && typeof item.locationId === 'string' && typeof item.name === 'string';
}
