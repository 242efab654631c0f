// One Call Flow webview per traced start (a hunt group, a number), reused when the same start is
// traced again. Each panel's page is set once: a shell whose script (dist/callFlow.js) lays the flow
// out and draws it when the flow is posted to it. The page asks for nothing but to open a node, which
// is looked up in the flow this side sent and handed to `onOpen`.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
// The details page's shell is the generic one: CSP by nonce, codicons, one stylesheet, one script.
import { buildDetailsShell } from '../details/detailsHtml';
import { inertText } from '../inertText';
import type { CallFlow, FlowNode } from './graph';
import { type HostMessage, isPageMessage, type PageMessage, type RenderedReport } from './messages';
import { PageChannel } from '../webviewChannel';

const viewType = 'webexCalling.callFlow';

/** What a node click asks of the rest of the extension: reveal the item in the tree, open its details. */
export type OpenNode = (node: FlowNode) => void | Thenable<void>;

export class CallFlowPanels implements vscode.Disposable {
  private readonly panels = new Map<string, CallFlowPanel>();

  /** Called when the reader clicks a feature or member node (or presses Enter on one). */
  onOpen: OpenNode | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    onOpen?: OpenNode,
  ) {
    this.onOpen = onOpen;
  }

  /** Shows the flow in its start's panel (revealed and redrawn if open, else opened). */
  show(title: string, flow: CallFlow): vscode.WebviewPanel {
    const key = flow.start;
    const existing = this.panels.get(key);
    if (existing) {
      existing.update(title, flow);
      existing.panel.reveal();
      return existing.panel;
    }
    const created = this.open(key, title, flow);
    return created.panel;
  }

  private open(key: string, title: string, flow: CallFlow): CallFlowPanel {
    const mediaRoot = vscode.Uri.joinPath(this.extensionUri, 'media');
    const scriptRoot = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(viewType, panelTitle(title), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [mediaRoot, scriptRoot],
    });
    const uri = (root: vscode.Uri, ...segments: string[]): string => panel.webview.asWebviewUri(vscode.Uri.joinPath(root, ...segments)).toString();
    panel.webview.html = buildDetailsShell({
      title: panelTitle(title),
      nonce: randomBytes(16).toString('base64'),
      cspSource: panel.webview.cspSource,
      scriptUri: uri(scriptRoot, 'callFlow.js'),
      styleUri: uri(mediaRoot, 'callFlow.css'),
      codiconsUri: uri(mediaRoot, 'codicons', 'codicon.css'),
      loadingText: vscode.l10n.t('Loading…'),
    });
    const shown = new CallFlowPanel(panel, key, title, flow, (node) => this.onOpen?.(node));
    this.panels.set(key, shown);
    panel.onDidDispose(() => {
      if (this.panels.get(key) === shown) this.panels.delete(key);
    });
    return shown;
  }

  panelFor(key: string): vscode.WebviewPanel | undefined {
    return this.panels.get(key)?.panel;
  }

  /** What the page of the flow starting at `key` reported drawing since it was last sent a flow, with the time it took. */
  rendered(key: string): RenderedReport | undefined {
    return this.panels.get(key)?.rendered;
  }

  dispose(): void {
    for (const shown of [...this.panels.values()]) shown.dispose();
    this.panels.clear();
  }
}

function panelTitle(title: string): string {
  return vscode.l10n.t('Call Flow: {0}', inertText(title));
}

class CallFlowPanel {
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[];
  private readonly channel: PageChannel<HostMessage, PageMessage>;
  /** What the page said it drew for the flow last sent. */
  rendered: RenderedReport | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly key: string,
    private title: string,
    private flow: CallFlow,
    private readonly openNode: OpenNode,
  ) {
    this.channel = new PageChannel(panel.webview, isPageMessage, (message) => this.handle(message), vscode.l10n.t('Webex Calling call flow'));
    this.subscriptions = [this.channel, panel.onDidDispose(() => this.dispose())];
  }

  update(title: string, flow: CallFlow): void {
    this.title = title;
    this.flow = flow;
    this.panel.title = panelTitle(title);
    this.postFlow();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel.dispose();
  }

  private postFlow(): void {
    this.rendered = undefined;
    this.post({ type: 'show', key: this.key, title: this.title, flow: this.flow });
  }

  private post(message: HostMessage): void {
    this.channel.post(message);
  }

  private async handle(message: PageMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A new page: the panel's first, or one shown again after being hidden. It draws what it is sent.
        this.postFlow();
        return;
      case 'rendered':
        if (message.key === this.key) this.rendered = { key: message.key, nodes: message.nodes, edges: message.edges, layoutMs: message.layoutMs };
        return;
      case 'open': {
        // Only a node of the flow this side sent, and only one that stands for an item of the org.
        const node = this.flow.nodes.find((candidate) => candidate.id === message.nodeId);
        if (node && (node.type === 'feature' || node.type === 'member')) await this.openNode(node);
        return;
      }
    }
  }
}
