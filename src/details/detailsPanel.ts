// One details webview per item (hunt group, call pickup…). Each panel's page is set once: a shell
// whose script (dist/details.js) draws the rows from the view posted to it after every load, so the
// page keeps its filter, scroll and open rows without being rebuilt.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { type DocumentedKind, schemaOf } from '../fields/fieldDocs';
import { buildDetailsShell } from './detailsHtml';
import { loadErrorText } from './loadError';
import { type DetailsView, type HostMessage, isPageMessage, type PageMessage } from './messages';
import { PageChannel } from '../webviewChannel';

export interface DetailsSource {
  kind: DocumentedKind;
  /** Unique per item, e.g. `huntGroup:<locationId>:<id>`: one panel per key. */
  key: string;
  title: string;
  /** The kind as a heading ("Hunt group"), shown beside the title; none if left out. */
  kindTitle?: string;
  /** `force` bypasses the source's cache (the page's Refresh button). */
  load(force: boolean): Promise<unknown>;
}

export interface DetailsActions {
  openJson(source: DetailsSource): void | Thenable<void>;
}

const viewType = 'webexCalling.details';

export class DetailsPanels implements vscode.Disposable {
  private readonly panels = new Map<string, DetailsPanel>();
  private previewPanel: DetailsPanel | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly actions: DetailsActions,
  ) {}

  /** Reveals the item's panel if it is open (pinning it, if it was the preview); otherwise opens one and resolves after its first load. */
  async show(source: DetailsSource): Promise<vscode.WebviewPanel> {
    const existing = this.panels.get(source.key);
    if (existing) {
      existing.source = source;
      if (existing === this.previewPanel) this.previewPanel = undefined;
      existing.panel.reveal();
      return existing.panel;
    }
    const details = this.open(source, false);
    await details.load(false);
    return details.panel;
  }

  /**
   * Selecting an item in the tree: shows it in the one preview panel, reused from item to item as
   * VS Code's preview editors are, with the focus left in the tree so arrow keys keep browsing.
   * Show Details pins a panel.
   */
  async preview(source: DetailsSource): Promise<void> {
    const existing = this.panels.get(source.key);
    if (existing) {
      existing.panel.reveal(undefined, true);
      return;
    }
    const preview = this.previewPanel;
    if (preview) {
      this.panels.delete(preview.source.key);
      preview.retarget(source);
      this.panels.set(source.key, preview);
      preview.panel.reveal(undefined, true);
      await preview.load(false);
      return;
    }
    this.previewPanel = this.open(source, true);
    await this.previewPanel.load(false);
  }

  private open(source: DetailsSource, preserveFocus: boolean): DetailsPanel {
    const mediaRoot = vscode.Uri.joinPath(this.extensionUri, 'media');
    const scriptRoot = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(viewType, source.title, { viewColumn: vscode.ViewColumn.Active, preserveFocus }, {
      enableScripts: true,
      localResourceRoots: [mediaRoot, scriptRoot],
    });
    const uri = (root: vscode.Uri, ...segments: string[]): string => panel.webview.asWebviewUri(vscode.Uri.joinPath(root, ...segments)).toString();
    panel.webview.html = buildDetailsShell({
      title: source.title,
      nonce: randomBytes(16).toString('base64'),
      cspSource: panel.webview.cspSource,
      scriptUri: uri(scriptRoot, 'details.js'),
      styleUri: uri(mediaRoot, 'details.css'),
      codiconsUri: uri(mediaRoot, 'codicons', 'codicon.css'),
      loadingText: vscode.l10n.t('Loading…'),
    });
    const details = new DetailsPanel(panel, source, this.actions);
    this.panels.set(source.key, details);
    panel.onDidDispose(() => {
      // The key at disposal: a preview panel may have moved on to other items since it opened.
      if (this.panels.get(details.source.key) === details) this.panels.delete(details.source.key);
      if (this.previewPanel === details) this.previewPanel = undefined;
    });
    return details;
  }

  /** Re-loads an open panel; `force` bypasses the source's cache (leave it off when the caller just refreshed it). */
  async refresh(key: string, force = false): Promise<void> {
    await this.panels.get(key)?.load(force);
  }

  panelFor(key: string): vscode.WebviewPanel | undefined {
    return this.panels.get(key)?.panel;
  }

  /** The summary line the item's page reported drawing since its last load started ("12 fields · 3 not set"). */
  renderedSummary(key: string): string | undefined {
    return this.panels.get(key)?.renderedSummary;
  }

  dispose(): void {
    for (const details of [...this.panels.values()]) details.dispose();
    this.panels.clear();
  }
}

class DetailsPanel {
  private payload: unknown;
  private fetchedAt: Date | undefined;
  private error: string | undefined;
  private loading = false;
  /** Only the latest load may show: an older one finishing late must not overwrite it. */
  private loadCount = 0;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[];
  private readonly channel: PageChannel<HostMessage, PageMessage>;
  /** What the page said it drew for the current item since the last load started. */
  renderedSummary: string | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    public source: DetailsSource,
    private readonly actions: DetailsActions,
  ) {
    this.channel = new PageChannel(panel.webview, isPageMessage, (message) => this.handle(message), vscode.l10n.t('Webex Calling details'));
    this.subscriptions = [this.channel, panel.onDidDispose(() => this.dispose())];
  }

  async load(force: boolean): Promise<void> {
    if (this.disposed) return;
    const thisLoad = ++this.loadCount;
    this.loading = true;
    this.renderedSummary = undefined;
    // With nothing shown yet the page shows "Loading"; otherwise only its Refresh button spins.
    if (this.payload === undefined) this.postView();
    else this.post({ type: 'loading', loading: true });
    try {
      const payload = await this.source.load(force);
      if (this.disposed || thisLoad !== this.loadCount) return;
      this.payload = payload;
      this.fetchedAt = new Date();
      this.error = undefined;
    } catch (error) {
      if (this.disposed || thisLoad !== this.loadCount) return;
      this.error = loadErrorText(error);
    }
    this.loading = false;
    this.panel.title = this.source.title;
    this.postView();
  }

  /** Shows another item in this panel (the preview panel following the tree's selection). */
  retarget(source: DetailsSource): void {
    this.source = source;
    this.payload = undefined;
    this.fetchedAt = undefined;
    this.error = undefined;
    this.renderedSummary = undefined;
    this.panel.title = source.title;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel.dispose();
  }

  /**
   * The whole view for the page. A payload that cannot be written as JSON (one built in code can be
   * cyclic or throw from a getter) becomes the page's error, with Retry: the panel never stays on Loading.
   */
  private view(): DetailsView {
    const view: DetailsView = {
      key: this.source.key,
      title: this.source.title,
      kindTitle: this.source.kindTitle ?? '',
      schema: schemaOf(this.source.kind),
      fetchedAt: this.fetchedAt?.toLocaleString(),
      error: this.error,
      loading: this.loading,
    };
    if (this.payload === undefined) return view;
    try {
      return { ...view, payloadJson: JSON.stringify(this.payload) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ...view, error: vscode.l10n.t('Could not show these details: {0}', reason) };
    }
  }

  private postView(): void {
    this.post({ type: 'show', view: this.view() });
  }

  private post(message: HostMessage): void {
    this.channel.post(message);
  }

  private async handle(message: PageMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A new page: the panel's first, or one shown again after being hidden. It draws what it is sent.
        this.postView();
        return;
      case 'rendered':
        if (message.key === this.source.key) this.renderedSummary = message.summary;
        return;
      case 'copyJson':
        if (this.payload === undefined) return;
        await vscode.env.clipboard.writeText(JSON.stringify(this.payload, null, 2));
        vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0} as JSON', this.source.title), 3000);
        return;
      case 'openJson':
        await this.actions.openJson(this.source);
        return;
      case 'refresh':
        await this.load(true);
        return;
    }
  }
}
