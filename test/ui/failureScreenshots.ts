// Every UI failure leaves a picture of each open workbench in test-results/FAILED-*.png.
// Loaded by .mocharc.ui.json as a root-hook plugin. A failed test is pictured by the root
// afterEach. Mocha runs no afterEach when a `before all` or `before each` hook fails, and the
// suite's `after` hook then closes the browser, so the root beforeAll wraps every such hook of
// every suite to take its picture before the error reaches mocha.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Context, Hook, Suite } from 'mocha';
import { openWorkbenches, screenshotDir } from './workbench';

async function pictureOpenWorkbenches(title: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const base = `FAILED-${title.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '').slice(0, 120)}`;
  let index = 0;
  for (const workbench of openWorkbenches) {
    if (workbench.page.isClosed()) continue;
    const file = path.join(screenshotDir, `${base}${index++ === 0 ? '' : `-${index}`}.png`);
    try {
      await workbench.page.screenshot({ path: file, timeout: 10_000 });
      console.log(`    screenshot of the failure: ${path.relative(process.cwd(), file)}`);
    } catch (error) {
      console.log(`    no screenshot of the failure (${String(error)})`);
    }
  }
}

/** Time left for the picture of a hook about to time out. */
const TIMEOUT_MARGIN_MS = 10_000;

type HookFn = (this: Context) => unknown;

/** Only promise-style hooks are wrapped: a hook taking `done` would change meaning with another arity. */
function wrapSetupHook(hook: Hook): void {
  const original = hook.fn as HookFn | undefined;
  if (!original || original.length > 0) return;
  hook.fn = async function (this: Context) {
    // A hook that runs out of time is failed by mocha without an error reaching this wrapper, so
    // picture it shortly before its timeout instead.
    const budget = this.timeout();
    const nearTimeout = budget > 2 * TIMEOUT_MARGIN_MS
      ? setTimeout(() => void pictureOpenWorkbenches(`${hook.fullTitle()} near its timeout`), budget - TIMEOUT_MARGIN_MS)
      : undefined;
    try {
      await original.call(this);
    } catch (error) {
      await pictureOpenWorkbenches(hook.fullTitle());
      throw error;
    } finally {
      clearTimeout(nearTimeout);
    }
  };
}

function wrapSetupHooksIn(suite: Suite): void {
  // Mocha's Suite keeps its hooks in these arrays; they are not in its typings.
  const hooks = suite as unknown as { _beforeAll: Hook[]; _beforeEach: Hook[] };
  for (const hook of [...hooks._beforeAll, ...hooks._beforeEach]) wrapSetupHook(hook);
  suite.suites.forEach(wrapSetupHooksIn);
}

export const mochaHooks = {
  beforeAll(this: Context): void {
    const root = this.test?.parent;
    if (!root) throw new Error('The failure-screenshot plugin found no root suite');
    root.suites.forEach(wrapSetupHooksIn);
  },
  async afterEach(this: Context): Promise<void> {
    if (this.currentTest?.state === 'failed') await pictureOpenWorkbenches(this.currentTest.fullTitle());
  },
};
