// "Open Call Flow as Markdown": read-only editor tabs holding a flow's Mermaid flowchart and its
// steps in words, on `webex-calling-flow:/<org>/<name>.md` so VS Code treats them as Markdown (and
// its preview renders them). Admins copy them into runbooks and tickets.
import * as vscode from 'vscode';
import { slug } from '../kinds/documentPath';

export const FLOW_SCHEME = 'webex-calling-flow';

export class FlowDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(FLOW_SCHEME, this);

  /** Opens (or updates and focuses) the flow's tab. `key` tells flows apart whose titles read the same. */
  async open(orgKey: string, key: string, title: string, markdown: string): Promise<vscode.TextEditor> {
    const uri = vscode.Uri.from({ scheme: FLOW_SCHEME, path: `/${slug(orgKey)}/${slug(title)}-${slug(key).slice(-24)}.md` });
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'markdown') document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    return vscode.window.showTextDocument(document, { preview: false });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? vscode.l10n.t('Open this call flow again from the Webex Calling view to load it.');
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
