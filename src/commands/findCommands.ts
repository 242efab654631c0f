// Find… and Find Agent…: the questions admins arrive with, answered from the palette. Results come
// from the same store the tree reads, so what is already loaded costs no request.
import * as vscode from 'vscode';
import type { Connection } from '../connection';
import { errorSummary, isAborted } from '../errorText';
import { inertText } from '../inertText';
import { findAgent, findItems, type FindAgentResult, type FindResult, type FoundAgent, type FoundItem } from '../inventory';
import { readSettings } from '../settings';
import { KINDS } from '../kinds/registry';
import { numberSummary } from '../kinds/words';
import type { DetailsTarget, ExplorerNode } from '../tree/explorerNode';
import type { OrgStore } from '../store/orgStore';
import type { ExplorerTreeProvider, FoundTreeItem } from '../tree/explorerProvider';

const SEARCH_DELAY_MS = 250;

interface ItemPick extends vscode.QuickPickItem {
  found: FoundTreeItem;
}

export function registerFindCommands(connection: Connection, tree: ExplorerTreeProvider, treeView: vscode.TreeView<ExplorerNode>): vscode.Disposable[] {
  /** Reveals a found item in the tree (expanding its location) and opens its details. */
  const openFound = async (found: FoundTreeItem): Promise<void> => {
    const node = await tree.nodeForItem(found);
    if (node) await treeView.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
    // Not on a loaded page of its folder ("Load more"): the details still open, from the search result.
    const active = connection.active;
    if (active) await vscode.commands.executeCommand('webexCalling.showDetails', node ?? detailsTargetFor(active.store, found));
  };

  return [
    vscode.commands.registerCommand('webexCalling.find', async (query?: string): Promise<FindResult | undefined> => {
      const active = requireActive(connection);
      if (!active) return undefined;
      if (typeof query === 'string') {
        // Called with a query (automation, tests): search and return the results, no UI.
        return findItems(active.store, query, { concurrency: readSettings().maxConcurrentRequests });
      }
      const choice = await pickFoundItem((text, signal, onResults) =>
        findItems(active.store, text, { signal, onResults, concurrency: readSettings().maxConcurrentRequests }).then((result) => result.failures.length),
      );
      if (choice) await openFound(choice);
      return undefined;
    }),
    vscode.commands.registerCommand('webexCalling.findAgent', async (query?: string): Promise<FindAgentResult | undefined> => {
      const active = requireActive(connection);
      if (!active) return undefined;
      const text =
        typeof query === 'string'
          ? query
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Find Agent'),
              prompt: vscode.l10n.t('Which hunt groups, call queues and call pickups is this person, workspace or virtual line in?'),
              placeHolder: vscode.l10n.t('Name, email, phone number, extension or ID'),
            });
      if (!text?.trim()) return undefined;
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Finding {0} in every group…', inertText(text)), cancellable: true },
        async (progress, token) => {
          const controller = new AbortController();
          token.onCancellationRequested(() => controller.abort());
          try {
            return await findAgent(active.store, text, {
              signal: controller.signal,
              concurrency: readSettings().maxConcurrentRequests,
              onProgress: ({ done, total }) => progress.report({ message: vscode.l10n.t('{0} of {1} read', done, total) }),
            });
          } catch (error) {
            if (!isAborted(error)) vscode.window.showErrorMessage(vscode.l10n.t('Find Agent failed: {0}', inertText(errorSummary(error).message)));
            return undefined;
          }
        },
      );
      if (!result) return undefined;
      if (typeof query !== 'string') void showAgentResults(text, result, openFound);
      return result;
    }),
  ];
}

function detailsTargetFor(store: OrgStore, found: FoundTreeItem): DetailsTarget {
  const load = (force: boolean): Promise<unknown> => store.details(found.kind, found.location.id, found.id, { force });
  return { detailsKind: found.kind, name: found.name, locationId: found.location.id, itemId: found.id, loadDetails: load };
}

function requireActive(connection: Connection): NonNullable<Connection['active']> | undefined {
  const active = connection.active;
  if (!active) vscode.window.showInformationMessage(vscode.l10n.t('Sign in or explore the sample organization first.'));
  return active;
}

type Search = (text: string, signal: AbortSignal, onResults: (items: FoundItem[]) => void) => Promise<number>;

/** A quick pick whose results stream in as the user types; each keystroke cancels the last search. */
function pickFoundItem(search: Search): Promise<FoundTreeItem | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<ItemPick>();
    pick.title = vscode.l10n.t('Find');
    pick.placeholder = vscode.l10n.t('Name, phone number or extension');
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    let current: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = (text: string): void => {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      pick.items = [];
      if (!text.trim()) {
        pick.busy = false;
        return;
      }
      pick.busy = true;
      search(text, controller.signal, (items) => {
        if (current === controller) pick.items = [...pick.items, ...items.map(toItemPick)];
      })
        .then((failed) => {
          if (current !== controller) return;
          if (failed > 0) pick.title = vscode.l10n.t('Find — {0} lists could not be read (see Output)', failed);
        })
        .catch((error: unknown) => {
          if (current === controller && !isAborted(error)) pick.title = vscode.l10n.t('Find failed: {0}', inertText(errorSummary(error).message));
        })
        .finally(() => {
          if (current === controller) pick.busy = false;
        });
    };
    pick.onDidChangeValue((text) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => run(text), SEARCH_DELAY_MS);
    });
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.found);
      pick.hide();
    });
    pick.onDidHide(() => {
      current?.abort();
      if (timer) clearTimeout(timer);
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

function toItemPick(found: FoundItem): ItemPick {
  return {
    label: `$(${KINDS[found.kind].icon}) ${inertText(found.name)}`,
    description: inertText(numberSummary(found)),
    detail: inertText(`${vscode.l10n.t(KINDS[found.kind].labels.title)} · ${found.location.name}`),
    // Every result matched the server-side or in-memory search: keep it visible whatever VS Code's own filter thinks.
    alwaysShow: true,
    found,
  };
}

async function showAgentResults(query: string, result: FindAgentResult, openFound: (found: FoundTreeItem) => Promise<void>): Promise<void> {
  if (result.agents.length === 0) {
    const partial = result.failures.length > 0 ? vscode.l10n.t(' ({0} groups could not be read)', result.failures.length) : '';
    vscode.window.showInformationMessage(vscode.l10n.t('No hunt group, call queue or call pickup has an agent matching "{0}".', inertText(query)) + partial);
    return;
  }
  const picks = result.agents.flatMap((agent) => agentPicks(agent));
  const choice = await vscode.window.showQuickPick(picks, {
    title:
      result.failures.length > 0
        ? vscode.l10n.t('Groups of "{0}" — {1} groups could not be read', inertText(query), result.failures.length)
        : vscode.l10n.t('Groups of "{0}"', inertText(query)),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (choice && 'found' in choice) await openFound(choice.found);
}

function agentPicks(agent: FoundAgent): (ItemPick | vscode.QuickPickItem)[] {
  const who = [agent.name, agent.type, numberSummary(agent)].filter(Boolean).join(' · ');
  return [
    { label: inertText(who), kind: vscode.QuickPickItemKind.Separator },
    ...agent.memberships.map((membership) => ({
      label: `$(${KINDS[membership.kind].icon}) ${inertText(membership.groupName)}`,
      description: inertText(
        [membership.policy, membership.weight !== undefined ? vscode.l10n.t('weight {0}%', membership.weight) : undefined].filter(Boolean).join(' · '),
      ),
      detail: inertText(membership.location.name),
      found: {
        kind: membership.kind,
        id: membership.groupId,
        name: membership.groupName,
        location: membership.location,
        extension: membership.groupExtension,
        phoneNumber: membership.groupNumber,
        enabled: membership.enabled,
      },
    })),
  ];
}
