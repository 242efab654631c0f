// Stands in for one of vscode.window's functions for the length of a test: what the extension
// passes to notifications, quick picks and dialogs is recorded, and the stand-in answers as the
// user would. The extension and these tests share one `vscode` API object in the extension host.
import * as vscode from 'vscode';

type WindowFunction = 'showErrorMessage' | 'showWarningMessage' | 'showInformationMessage' | 'showQuickPick' | 'showSaveDialog' | 'withProgress';

export interface WindowSpy {
  /** The arguments of every call, in order. */
  readonly calls: unknown[][];
  restore(): void;
}

export function spyOnWindow(name: WindowFunction, answer: (...args: unknown[]) => unknown): WindowSpy {
  const target = vscode.window as unknown as Record<string, unknown>;
  const original = target[name];
  const calls: unknown[][] = [];
  target[name] = (...args: unknown[]) => {
    calls.push(args);
    return answer(...args);
  };
  if (target[name] === original) throw new Error(`vscode.window.${name} cannot be replaced in this host`);
  return { calls, restore: () => (target[name] = original) };
}

/** Every notification the extension shows, by its message; none is shown for real. */
export function spyOnNotifications(): WindowSpy {
  const spies = (['showErrorMessage', 'showWarningMessage', 'showInformationMessage'] as const).map((name) => spyOnWindow(name, () => Promise.resolve(undefined)));
  return {
    get calls() {
      return spies.flatMap((spy) => spy.calls);
    },
    restore: () => spies.forEach((spy) => spy.restore()),
  };
}
