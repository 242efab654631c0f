// Show Call Flow, Trace a Call…, Open Call Flow as Markdown and What Sends Calls Here?: the call-flow
// tracer from the tree's context menu and the palette. Traces read through the store, so what the
// tree already read is not read again, and a second trace of the same item costs nothing.
import * as vscode from 'vscode';
import { type AgentGroup, reachedMember, withAgentGroups } from '../callFlow/agentGroups';
import type { CallFlowPanels } from '../callFlow/callFlowPanel';
import type { FlowDocuments } from '../callFlow/flowDocuments';
import type { CallFlow, FlowNode } from '../callFlow/graph';
import { callFlowMarkdown } from '../callFlow/markdown';
import { routedItemsOf, routeTargetOf, whatSendsCallsHere, type IncomingRoute, type RouteTarget } from '../callFlow/reverse';
import { classifyDestination, traceCall, type TraceStart } from '../callFlow/trace';
import type { Connection } from '../connection';
import { errorSummary, isAborted } from '../errorText';
import { inertText } from '../inertText';
import { collectInventory, findAgent } from '../inventory';
import type { Kind } from '../kinds/kind';
import { KINDS } from '../kinds/registry';
import { readSettings } from '../settings';
import type { ForwardingKind, OrgStore } from '../store/orgStore';
import { type DetailsTarget, type ExplorerNode, isDetailsNode, isDetailsTarget } from '../tree/explorerNode';
import type { ExplorerTreeProvider } from '../tree/explorerProvider';
import { isAgentNode } from '../tree/nodes/agentNode';

/** A traceable item, as the tree, a search result or a quick fix names it. */
interface TraceTarget {
  kind: ForwardingKind;
  locationId: string;
  itemId: string;
  name: string;
}

export function registerCallFlowCommands(
  connection: Connection,
  tree: ExplorerTreeProvider,
  treeView: vscode.TreeView<ExplorerNode>,
  panels: CallFlowPanels,
  flowDocuments: FlowDocuments,
): vscode.Disposable[] {
  // A click on a diagram node: its item in the tree, and its details.
  panels.onOpen = async (node: FlowNode) => {
    if (!node.kind || !node.itemId || !node.locationId) return;
    const found = { kind: node.kind, id: node.itemId, name: node.label, location: { id: node.locationId, name: '' } };
    const treeNode = await tree.nodeForItem(found);
    if (treeNode) await treeView.reveal(treeNode, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('webexCalling.showDetails', treeNode ?? detailsTarget(connection, found.kind, node.locationId, node.itemId, node.label));
  };

  const traceOf = (target: TraceTarget): Promise<CallFlow | undefined> =>
    traced(connection, vscode.l10n.t('Tracing calls to {0}…', inertText(target.name)), (store) => traceCall(store, target));

  return [
    vscode.commands.registerCommand('webexCalling.showCallFlow', async (argument?: unknown): Promise<CallFlow | undefined> => {
      const target = traceTarget(argument, treeView);
      const flow = target && (await traceOf(target));
      if (target && flow) panels.show(target.name, flow);
      return flow;
    }),
    vscode.commands.registerCommand('webexCalling.openCallFlowMarkdown', async (argument?: unknown): Promise<vscode.TextEditor | undefined> => {
      const target = traceTarget(argument, treeView);
      const flow = target && (await traceOf(target));
      const orgKey = connection.active?.orgKey;
      if (!target || !flow || !orgKey) return undefined;
      return flowDocuments.open(orgKey, flow.start, target.name, callFlowMarkdown(flow, target.name));
    }),
    vscode.commands.registerCommand('webexCalling.traceCall', async (dialled?: unknown): Promise<CallFlow | undefined> => {
      if (!connection.active) return notConnected();
      const text =
        typeof dialled === 'string'
          ? dialled
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Trace a Call'),
              prompt: vscode.l10n.t('Where does a call to this number or extension go?'),
              placeHolder: vscode.l10n.t('+14085550101, 5001'),
              validateInput: (value) => (value.trim() && classifyDestination(value.trim()).type === 'invalid' ? vscode.l10n.t('Enter a phone number or an extension.') : undefined),
            });
      if (!text?.trim()) return undefined;
      const start: TraceStart = { dialled: text.trim() };
      const flow = await traced(connection, vscode.l10n.t('Tracing calls to {0}…', inertText(text)), async (store, signal) => {
        const traced = await traceCall(store, start);
        // A person's (or workspace's) number: also every group that rings them as an agent.
        const member = reachedMember(traced);
        if (!member) return traced;
        const agent = (await findAgent(store, member.ownerId, { signal, concurrency: readSettings().maxConcurrentRequests })).agents.find((found) => found.id === member.ownerId);
        const groups: AgentGroup[] = (agent?.memberships ?? []).map((membership) => ({ kind: membership.kind, id: membership.groupId, name: membership.groupName, locationId: membership.location.id }));
        return withAgentGroups(traced, member.nodeId, groups);
      });
      if (flow) panels.show(text.trim(), flow);
      return flow;
    }),
    vscode.commands.registerCommand('webexCalling.whatSendsCallsHere', async (argument?: unknown): Promise<IncomingRoute[] | undefined> => {
      const target = await routeTargetFor(connection, argument, treeView);
      if (!target) return undefined;
      const routes = await traced(connection, vscode.l10n.t('Finding what sends calls to {0}…', inertText(target.name)), (store, signal) => incomingRoutes(store, target.target, signal));
      // Called with an item reference (automation, tests): the routes, no UI.
      if (routes && !isItemReference(argument)) void showIncomingRoutes(target.name, routes);
      return routes;
    }),
  ];
}

/** Runs a read with progress and cancel; a failure is said in a message, a cancel says nothing. */
async function traced<T>(connection: Connection, title: string, work: (store: OrgStore, signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
  const active = connection.active;
  if (!active) return notConnected();
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_progress, token) => {
    const controller = new AbortController();
    token.onCancellationRequested(() => controller.abort());
    try {
      return await work(active.store, controller.signal);
    } catch (error) {
      if (!isAborted(error)) vscode.window.showErrorMessage(vscode.l10n.t('Could not trace the call: {0}', inertText(errorSummary(error).message)));
      return undefined;
    }
  });
}

function notConnected(): undefined {
  vscode.window.showInformationMessage(vscode.l10n.t('Sign in or explore the sample organization first.'));
  return undefined;
}

/** The item a command acts on: its argument (a tree node, a search result, a quick fix's item) or the tree's selection. */
function traceTarget(argument: unknown, treeView: vscode.TreeView<ExplorerNode>): TraceTarget | undefined {
  const chosen = isDetailsTarget(argument) ? argument : isItemReference(argument) ? argument : treeView.selection.find(isDetailsNode);
  const target = chosen && toTraceTarget(chosen);
  if (!target) vscode.window.showInformationMessage(vscode.l10n.t('Select a hunt group, call queue or auto attendant in the Webex Calling view first.'));
  return target;
}

/** `{ kind, locationId, itemId, name }`, as health quick fixes pass an item. */
interface ItemReference {
  kind: Kind;
  locationId: string;
  itemId: string;
  name: string;
}

function isItemReference(value: unknown): value is ItemReference {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, locationId, itemId, name } = value as Record<string, unknown>;
  return typeof kind === 'string' && Object.hasOwn(KINDS, kind) && typeof locationId === 'string' && typeof itemId === 'string' && typeof name === 'string';
}

function toTraceTarget(item: DetailsTarget | ItemReference): TraceTarget | undefined {
  const kind = 'detailsKind' in item ? item.detailsKind : item.kind;
  if (!KINDS[kind].traceable) return undefined;
  return { kind: kind as ForwardingKind, locationId: item.locationId, itemId: item.itemId, name: item.name };
}

function detailsTarget(connection: Connection, kind: Kind, locationId: string, itemId: string, name: string): DetailsTarget | undefined {
  const store = connection.active?.store;
  return store && { detailsKind: kind, name, locationId, itemId, loadDetails: (force) => store.details(kind, locationId, itemId, { force }) };
}

/** What "What Sends Calls Here?" looks for: an item's numbers, or an agent's. */
async function routeTargetFor(connection: Connection, argument: unknown, treeView: vscode.TreeView<ExplorerNode>): Promise<{ name: string; target: RouteTarget } | undefined> {
  const store = connection.active?.store;
  if (!store) return notConnected();
  const chosen = argument ?? treeView.selection[0];
  if (isAgentNode(chosen)) return { name: chosen.agent.name, target: { phoneNumbers: chosen.agent.phoneNumbers, extensions: chosen.agent.extensions } };
  const item = isDetailsTarget(chosen) ? { kind: chosen.detailsKind, locationId: chosen.locationId, itemId: chosen.itemId, name: chosen.name } : isItemReference(chosen) ? chosen : undefined;
  if (!item) {
    vscode.window.showInformationMessage(vscode.l10n.t('Select an item or an agent in the Webex Calling view first.'));
    return undefined;
  }
  try {
    return { name: item.name, target: routeTargetOf(await store.details(item.kind, item.locationId, item.itemId), item.locationId) };
  } catch (error) {
    vscode.window.showErrorMessage(vscode.l10n.t('Could not read {0}: {1}', inertText(item.name), inertText(errorSummary(error).message)));
    return undefined;
  }
}

/** Every exit of every item of the org that reaches the target: the inventory, plus each traceable item's call forwarding. */
async function incomingRoutes(store: OrgStore, target: RouteTarget, signal: AbortSignal): Promise<IncomingRoute[]> {
  const inventory = await collectInventory(store, { signal, concurrency: readSettings().maxConcurrentRequests });
  const items = await routedItemsOf(store, inventory.items);
  return whatSendsCallsHere(items, target);
}

async function showIncomingRoutes(name: string, routes: readonly IncomingRoute[]): Promise<void> {
  if (routes.length === 0) {
    vscode.window.showInformationMessage(vscode.l10n.t('Nothing in the organization sends calls to {0}.', inertText(name)));
    return;
  }
  const choice = await vscode.window.showQuickPick(
    routes.map((route) => ({
      label: inertText(route.item.name),
      description: inertText(route.exit.condition),
      detail: route.item.owner === 'member' ? undefined : inertText(vscode.l10n.t(KINDS[route.item.owner].labels.title)),
      route,
    })),
    { title: vscode.l10n.t('What sends calls to {0}', inertText(name)), matchOnDescription: true },
  );
  const item = choice?.route.item;
  if (item && item.owner !== 'member' && item.locationId) {
    await vscode.commands.executeCommand('webexCalling.showCallFlow', { kind: item.owner, locationId: item.locationId, itemId: item.id, name: item.name });
  }
}
