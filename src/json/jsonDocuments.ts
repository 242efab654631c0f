// Read-only JSON tabs of API payloads, exactly as Webex returned them, pretty-printed. The URIs end
// in .json and sit under huntGroups/ or callPickups/, so VS Code's JSON features apply and the
// schemas package.json contributes for those paths give hovers with each field's description.
import * as vscode from 'vscode';
import { canonicalJson } from '../snapshots/canonicalJson';
import { jsonDocumentPath, type JsonDocumentItem } from '../kinds/documentPath';

export const JSON_SCHEME = 'webex-calling';

export interface JsonSource extends JsonDocumentItem {
  load(force: boolean): Promise<unknown>;
}

/** An item's document URI; tree rows carry it as their resourceUri (decorations find them by it). */
export function jsonDocumentUri(source: JsonDocumentItem): vscode.Uri {
  return vscode.Uri.from({ scheme: JSON_SCHEME, path: jsonDocumentPath(source) });
}

export class JsonDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration: vscode.Disposable;

  constructor() {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(JSON_SCHEME, this);
  }

  /** Stable and unique per item: `webex-calling:/<org>/huntGroups/<name>-<hash of its identity>.json`. */
  uriFor(source: JsonDocumentItem): vscode.Uri {
    return jsonDocumentUri(source);
  }

  /**
   * Gives the item's document this payload without opening it, so a diagnostic on it (health
   * checks) opens on the text its line was computed from; returns its URI.
   */
  provide(source: JsonDocumentItem, payload: unknown): vscode.Uri {
    const uri = this.uriFor(source);
    this.setContent(uri, payload);
    return uri;
  }

  /** Opens (or focuses) the item's tab. */
  async open(source: JsonSource): Promise<vscode.TextEditor> {
    const uri = this.uriFor(source);
    const payload = await source.load(false);
    this.setContent(uri, payload);
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'json') document = await vscode.languages.setTextDocumentLanguage(document, 'json');
    return vscode.window.showTextDocument(document, { preview: false });
  }

  /**
   * Loads the item's payload into its document without showing it (one side of a diff editor);
   * returns its URI. With `sortedKeys`, a variant of the document (same path, `?keys=sorted`) whose
   * keys are sorted as in snapshot files, so a diff against a snapshot shows only real changes.
   */
  async ensureLoaded(source: JsonSource, options: { sortedKeys?: boolean } = {}): Promise<vscode.Uri> {
    const payload = await source.load(false);
    if (!options.sortedKeys) {
      const uri = this.uriFor(source);
      this.setContent(uri, payload);
      return uri;
    }
    const uri = this.uriFor(source).with({ query: 'keys=sorted' });
    this.contents.set(uri.toString(), canonicalJson(payload));
    this.changed.fire(uri);
    return uri;
  }

  /** After a refresh: an open tab shows the new payload. */
  update(source: JsonDocumentItem, payload: unknown): void {
    const uri = this.uriFor(source);
    if (this.contents.has(uri.toString())) this.setContent(uri, payload);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return (
      this.contents.get(uri.toString()) ??
      // A tab restored after a reload has no payload yet; the JSON stays valid and says what to do.
      JSON.stringify({ message: vscode.l10n.t('Open this item again from the Webex Calling view to load it.') }, null, 2)
    );
  }

  private setContent(uri: vscode.Uri, payload: unknown): void {
    this.contents.set(uri.toString(), `${JSON.stringify(payload, null, 2)}\n`);
    this.changed.fire(uri);
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
