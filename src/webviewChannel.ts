// The extension's side of a webview page's messages, for every panel of the extension: posts while
// the panel lives, takes in only the messages the page's allow-list knows, and says a failure in a
// notification (with any Webex text kept inert) instead of losing it.
import * as vscode from 'vscode';
import { errorSummary } from './errorText';
import { inertText } from './inertText';

export class PageChannel<HostMessage, PageMessage> implements vscode.Disposable {
  private closed = false;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly webview: vscode.Webview,
    isPageMessage: (message: unknown) => message is PageMessage,
    handle: (message: PageMessage) => unknown,
    /** Names the view in a failure's notification: "Webex Calling details". */
    viewName: string,
  ) {
    this.subscription = webview.onDidReceiveMessage(async (message: unknown) => {
      if (this.closed || !isPageMessage(message)) return;
      try {
        await handle(message);
      } catch (error) {
        void vscode.window.showErrorMessage(`${viewName}: ${inertText(errorSummary(error).message)}`);
      }
    });
  }

  post(message: HostMessage): void {
    if (!this.closed) void this.webview.postMessage(message);
  }

  dispose(): void {
    this.closed = true;
    this.subscription.dispose();
  }
}
