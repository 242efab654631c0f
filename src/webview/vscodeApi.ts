/// <reference lib="dom" />
// A webview page's side of VS Code, for every page of the extension: the one way to talk to the
// extension, and the state VS Code keeps for the page while its panel lives (also across the page
// being hidden and shown again). Each page says what its messages and its state are.

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export interface PageConnection<Message, State> {
  post(message: Message): void;
  /** The state saved before, if it still reads as this page's state. */
  savedState(): State | undefined;
  saveState(state: State): void;
}

/** Call once per page: VS Code hands its API out only once. `readState` checks what was kept. */
export function connectPage<Message, State>(readState: (kept: unknown) => State | undefined): PageConnection<Message, State> {
  const vscode = acquireVsCodeApi();
  return {
    post: (message) => vscode.postMessage(message),
    savedState: () => readState(vscode.getState()),
    saveState: (state) => vscode.setState(state),
  };
}
