// One details webview per item (hunt group, call pickup…). The page is rebuilt from the payload on
// every load; it keeps its own view state (filter, scroll, expanded nodes) across rebuilds.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { errorSummary } from '../errorText';
import { inertText } from '../inertText';
import type { DocumentedKind } from '../fields/fieldDocs';
import { buildDetailsHtmlOrError, buildLoadingHtml, pathKey, type PathSegment, type Translate } from './detailsHtml';
import { loadErrorText } from './loadError';
import { type DetailsNotice, isDetailsRequest } from './messages';

export interface DetailsSource {
  kind: DocumentedKind;
  /** Unique per item, e.g. `huntGroup:<locationId>:<id>`: one panel per key. */
  key: string;
  title: string;
  /** `force` bypasses the source's cache (the page's Refresh button). */
  load(force: boolean): Promise<unknown>;
}

export interface DetailsActions {
  openJson(source: DetailsSource): void | Thenable<void>;
}

const viewType = 'webexCalling.details';

const translate: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

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
    const panel = vscode.window.createWebviewPanel(viewType, source.title, { viewColumn: vscode.ViewColumn.Active, preserveFocus }, {
      enableScripts: true,
      localResourceRoots: [mediaRoot],
    });
    const details = new DetailsPanel(panel, source, mediaRoot, this.actions);
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

  dispose(): void {
    for (const details of [...this.panels.values()]) details.dispose();
    this.panels.clear();
  }
}

class DetailsPanel {
  private payload: unknown;
  private fetchedAt: Date | undefined;
  private error: string | undefined;
  /** The page's "Show more" requests, by container: kept across refreshes of the same item. */
  private readonly moreRequested = new Map<string, number>();
  private loading = false;
  /** Only the latest load may render: an older one finishing late must not overwrite it. */
  private loadCount = 0;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    readonly panel: vscode.WebviewPanel,
    public source: DetailsSource,
    private readonly mediaRoot: vscode.Uri,
    private readonly actions: DetailsActions,
  ) {
    this.subscriptions = [
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      panel.onDidDispose(() => this.dispose()),
    ];
  }

  async load(force: boolean): Promise<void> {
    if (this.disposed) return;
    const thisLoad = ++this.loadCount;
    if (this.payload === undefined) {
      // The first load shows a loading page of its own. A message posted now would be queued and
      // delivered to the page rendered after the load, leaving its Refresh button spinning.
      this.loading = true;
      this.panel.webview.html = buildLoadingHtml({ ...this.pageResources(), title: this.source.title, translate });
    } else {
      this.setLoading(true);
    }
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
    this.render();
  }

  /** Shows another item in this panel (the preview panel following the tree's selection). */
  retarget(source: DetailsSource): void {
    this.source = source;
    this.payload = undefined;
    this.fetchedAt = undefined;
    this.error = undefined;
    this.moreRequested.clear();
    this.panel.title = source.title;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel.dispose();
  }

  /** Never throws: a payload that cannot be shown becomes the page's error, with Retry. */
  private render(): void {
    this.panel.title = this.source.title;
    this.panel.webview.html = buildDetailsHtmlOrError({
      ...this.pageResources(),
      kind: this.source.kind,
      title: this.source.title,
      payload: this.payload,
      fetchedAt: this.fetchedAt,
      error: this.error,
      scriptUri: this.mediaUri('details.js'),
      translate,
      moreRequested: this.moreRequested,
    });
  }

  /** The next batch of a list or object's members, if `path` names one in the payload shown. */
  private showMore(path: PathSegment[]): void {
    if (!isContainerAt(this.payload, path)) return;
    const key = pathKey(path);
    this.moreRequested.set(key, (this.moreRequested.get(key) ?? 0) + 1);
    this.render();
  }

  /** A fresh nonce per page: each render is a new document. */
  private pageResources(): { nonce: string; cspSource: string; styleUri: string; codiconsUri: string } {
    return {
      nonce: randomBytes(16).toString('base64'),
      cspSource: this.panel.webview.cspSource,
      styleUri: this.mediaUri('details.css'),
      codiconsUri: this.mediaUri('codicons', 'codicon.css'),
    };
  }

  private mediaUri(...segments: string[]): string {
    return this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, ...segments)).toString();
  }

  private setLoading(loading: boolean): void {
    this.loading = loading;
    this.notify({ type: 'loading', loading });
  }

  private notify(notice: DetailsNotice): void {
    if (!this.disposed) void this.panel.webview.postMessage(notice);
  }

  private async onMessage(message: unknown): Promise<void> {
    if (this.disposed || !isDetailsRequest(message)) return;
    try {
      switch (message.type) {
        case 'ready':
          // A page that was hidden and shown again during a refresh is new: tell it the refresh is on.
          if (this.loading) this.notify({ type: 'loading', loading: true });
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
        case 'showMore':
          this.showMore(message.path);
          return;
      }
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Webex Calling details: {0}', inertText(errorSummary(error).message)));
    }
  }
}

/** Whether `path` leads through own members of `payload` to a list or object. */
function isContainerAt(payload: unknown, path: PathSegment[]): boolean {
  let value = payload;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return false;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return typeof value === 'object' && value !== null;
}
