// Wires the pieces together and nothing else. The sample organization's API loads only when
// someone explores it, and the call-flow, health and snapshot commands (dist/tools.js) the first
// time one of them runs.
import * as vscode from 'vscode';
import { KnownSecrets } from './auth/knownSecrets';
import { WebexOAuth } from './auth/oauthSignIn';
import { WebexAuthProvider, type VerifiedAccount } from './auth/webexAuthProvider';
import { registerAuthCommands } from './commands/authCommands';
import { registerCopyCommands } from './commands/copyCommands';
import { registerExportCommand } from './commands/exportCommand';
import { registerFindCommands } from './commands/findCommands';
import { type ItemDetailsSource, registerItemCommands, detailsSourceFor, openViewsRefresher } from './commands/itemCommands';
import { registerTreeCommands } from './commands/treeCommands';
import { Connection, createClient } from './connection';
import { CallFlowPanels } from './callFlow/callFlowPanel';
import { FlowDocuments } from './callFlow/flowDocuments';
import { DetailsPanels } from './details/detailsPanel';
import { HealthDiagnostics } from './health/healthDiagnostics';
import { JsonDocuments } from './json/jsonDocuments';
import { registerLazily } from './lazyTools';
import { inertText } from './inertText';
import { createLogger, type Logger } from './log';
import { affectsExplorerSettings, readSettings } from './settings';
import { registerSessionPrompts } from './sessionPrompts';
import { createOrgStatusItem } from './statusBar';
import { isDetailsNode, type ExplorerNode } from './tree/explorerNode';
import { ExplorerTreeProvider } from './tree/explorerProvider';
import { showConnectionInView } from './viewState';
import { WebexCalling } from './webex/calling';

/** What activate() returns: the extension's parts, for its own tests in the extension host. */
export interface ExplorerApi {
  readonly connection: Connection;
  readonly tree: ExplorerTreeProvider;
  readonly treeView: vscode.TreeView<ExplorerNode>;
  readonly auth: WebexAuthProvider;
  readonly oauth: WebexOAuth;
  readonly details: DetailsPanels;
  /** The Call Flow views; whoever wires the commands sets its `onOpen`. */
  readonly callFlow: CallFlowPanels;
  readonly jsonDocuments: JsonDocuments;
  /** Check Organization Health's diagnostics, badge and tree decorations. */
  readonly health: HealthDiagnostics;
  readonly logger: Logger;
  /** Settles once the kept session (if any) has been read. */
  readonly ready: Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<ExplorerApi> {
  // Tokens being checked, a sign-in's verifier and code, the integration's secret: not a session's
  // tokens (yet), and masked in the log all the same.
  const knownSecrets = new KnownSecrets();
  // eslint-disable-next-line prefer-const -- the logger reads them lazily, and they need the logger
  let connection: Connection | undefined, auth: WebexAuthProvider | undefined;
  const logger = createLogger(() => [...knownSecrets, ...(connection?.secrets ?? []), ...(auth?.secretsInUse ?? [])]);
  const verify = (token: string): Promise<VerifiedAccount> => knownSecrets.while([token], () => verifyToken(token, logger));
  const oauth = new WebexOAuth(context.secrets, knownSecrets, verify, logger);
  auth = new WebexAuthProvider(context.secrets, verify, oauth);
  connection = new Connection(auth, logger, loadSampleApi);
  const tree = new ExplorerTreeProvider();
  const treeView = vscode.window.createTreeView('webexCalling.explorer', { treeDataProvider: tree, showCollapseAll: true });
  const jsonDocuments = new JsonDocuments();
  const details = new DetailsPanels(context.extensionUri, {
    openJson: (source) => jsonDocuments.open((source as ItemDetailsSource).json).then(() => undefined),
  });

  // The tree follows the org session the connection announces (sign-in, org switch, Refresh).
  const followOrgSession = connection.onDidChangeOrgSession((session) => tree.show(session));
  const callFlow = new CallFlowPanels(context.extensionUri);
  const flowDocuments = new FlowDocuments();
  const detailsRefreshed = openViewsRefresher(connection, details, jsonDocuments);
  const health = new HealthDiagnostics(jsonDocuments, treeView, vscode.Uri.joinPath(context.extensionUri, 'README.md'));

  context.subscriptions.push(
    logger,
    connection,
    auth,
    tree,
    treeView,
    jsonDocuments,
    details,
    callFlow,
    flowDocuments,
    followOrgSession,
    showConnectionInView(connection, treeView),
    ...registerSessionPrompts(connection, auth, tree, logger),
    ...registerAuthCommands(auth, oauth, connection),
    ...registerTreeCommands(connection, tree, { detailsRefreshed }),
    ...registerItemCommands(connection, treeView, details, jsonDocuments),
    ...registerFindCommands(connection, tree, treeView),
    registerExportCommand(connection, logger),
    health,
    registerLazily(
      ['webexCalling.showCallFlow', 'webexCalling.traceCall', 'webexCalling.openCallFlowMarkdown', 'webexCalling.whatSendsCallsHere'],
      (tools) => tools.registerCallFlowCommands(connection, tree, treeView, callFlow, flowDocuments),
      context.subscriptions,
    ),
    registerLazily(['webexCalling.checkHealth'], (tools) => tools.registerHealthCommands(connection, tree, treeView, health, logger), context.subscriptions),
    registerLazily(
      ['webexCalling.saveSnapshot', 'webexCalling.compareWithSnapshot', 'webexCalling.compareWith'],
      (tools) => tools.registerSnapshotCommands(connection, treeView, jsonDocuments, logger),
      context.subscriptions,
    ),
    ...registerCopyCommands(),
    createOrgStatusItem(connection),
    vscode.commands.registerCommand('webexCalling.showLog', () => logger.show()),
    treeView.onDidChangeSelection(({ selection }) => {
      const orgKey = connection.active?.orgKey;
      if (selection.length !== 1 || !isDetailsNode(selection[0]) || !orgKey || !readSettings().showDetailsOnSelect) return;
      void details.preview(detailsSourceFor(selection[0], orgKey));
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affectsExplorerSettings(event)) return;
      for (const problem of readSettings().problems) vscode.window.showWarningMessage(inertText(problem));
      connection.reconfigure();
    }),
  );

  // Reading the kept session is a round trip to VS Code's secret storage: activation does not wait
  // for it. Until it answers, the view shows neither the welcome content nor a tree.
  const ready = connection.restore().then(async () => {
    // `npm start` opens the extension on the sample organization.
    if (connection.state === 'signedOut' && process.env.WEBEX_CALLING_START_WITH_SAMPLE === '1') await connection.exploreSample();
  });
  ready.catch((error: unknown) => logger.error(`Could not read the kept Webex session: ${String(error)}`));
  return { connection, tree, treeView, auth, oauth, details, callFlow, jsonDocuments, health, logger, ready };
}

/** The sign-in check: GET /people/me with the new token against the configured API. */
async function verifyToken(token: string, logger: Logger): Promise<VerifiedAccount> {
  const settings = readSettings();
  const calling = new WebexCalling(createClient(settings.apiBaseUrl, settings, () => token, logger));
  const me = await calling.me();
  return {
    personId: me.id,
    displayName: me.displayName ?? me.emails?.[0] ?? me.id,
    email: me.emails?.[0],
    orgId: me.orgId,
  };
}

/** The sample API is a separate bundle next to this one (dist/sample.js), loaded on first use. */
async function loadSampleApi(): Promise<typeof import('./sample/server')> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime path, not bundled (see esbuild.js)
  return require('./sample.js') as typeof import('./sample/server');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
