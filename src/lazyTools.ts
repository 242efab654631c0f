// Loads dist/tools.js (see tools.ts) the first time one of its commands runs. Its commands are
// registered at activation as stand-ins (VS Code lists and runs them as usual); the first call loads
// the bundle, lets it register the real commands in their place, and runs the one asked for.
import * as vscode from 'vscode';

export type Tools = typeof import('./tools');

let loading: Promise<Tools> | undefined;

/** The tools bundle, loaded once. */
export function loadTools(): Promise<Tools> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime path, not bundled (see esbuild.js)
  loading ??= Promise.resolve().then(() => require('./tools.js') as Tools);
  return loading;
}

/**
 * Stand-ins for `commands` that, on the first call of any of them, load the tools bundle, register
 * the real commands with `register` (their disposables join `subscriptions`) and run the call.
 */
export function registerLazily(commands: readonly string[], register: (tools: Tools) => vscode.Disposable[], subscriptions: vscode.Disposable[]): vscode.Disposable {
  let registered: Promise<void> | undefined;
  const standIns = commands.map((command) =>
    vscode.commands.registerCommand(command, async (...args: unknown[]) => {
      registered ??= loadTools().then((tools) => {
        for (const standIn of standIns) standIn.dispose();
        subscriptions.push(...register(tools));
      });
      await registered;
      return vscode.commands.executeCommand(command, ...args);
    }),
  );
  return vscode.Disposable.from(...standIns);
}
