// Drives the real workbench in headless Chromium: open the Webex Calling view, expand rows, run
// palette commands, take screenshots into test-results/ (kept as artifacts; look at them).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../harness/browser';
import { repoRoot, startCodeServer, workbenchUrl, type RunningCodeServer } from '../harness/codeServer';

export const screenshotDir = path.join(repoRoot, 'test-results');

export const VIEW_CONTAINER = '[id="workbench.view.extension.webexCalling"]';
const ACTIVITY_BAR_ENTRY = '.activitybar .action-item a[aria-label^="Webex Calling"]';

/**
 * How long something loaded through the extension host (a tree row, a webview, a tab) may take to
 * appear: on a loaded 2-core machine the host, which also serves the sample API, has taken over 20 s.
 */
export const LOAD_WAIT_MS = 60_000;
/** How long an expanded row may show no children before it is collapsed and expanded again. */
const EXPAND_RETRY_MS = 15_000;
/** How long one look at the palette waits for its row before the palette is reopened. */
const PALETTE_ROW_WAIT_MS = 4_000;
/** How long runCommand keeps reopening the palette before it gives up. */
const PALETTE_DEADLINE_MS = 45_000;

/** Every workbench page still open, so a failure anywhere can picture them (see failureScreenshots.ts). */
export const openWorkbenches = new Set<Workbench>();

export class Workbench {
  constructor(readonly page: Page) {
    openWorkbenches.add(this);
    page.once('close', () => openWorkbenches.delete(this));
  }

  /**
   * Loads the workbench and waits until the extension's contributions are registered. The web
   * workbench paints before the extension host has scanned the extension; a palette opened in that
   * gap lists no Webex Calling command and never refreshes its list.
   */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator(ACTIVITY_BAR_ENTRY).waitFor({ timeout: 60_000 });
  }

  /** Shows the Webex Calling view (clicking its activity bar entry only if it is hidden: a click on the active entry would close it). */
  async openWebexView(): Promise<Locator> {
    const view = this.page.locator(VIEW_CONTAINER);
    if (!(await view.isVisible())) await this.page.locator(ACTIVITY_BAR_ENTRY).click();
    await view.waitFor();
    return view;
  }

  /** Drags the side bar's edge so rows show their descriptions (the default is narrow). */
  async widenSideBar(width = 520): Promise<void> {
    const sideBar = await this.page.locator('.part.sidebar').boundingBox();
    if (!sideBar) return;
    const edge = sideBar.x + sideBar.width;
    const y = sideBar.y + sideBar.height / 2;
    await this.page.mouse.move(edge - 1, y);
    await this.page.mouse.down();
    await this.page.mouse.move(width, y, { steps: 8 });
    await this.page.mouse.up();
  }

  treeRow(name: string | RegExp): Locator {
    return this.page.locator(VIEW_CONTAINER).getByRole('treeitem', { name });
  }

  /**
   * Clicks a row with nothing in the way. The mouse rests where the last click left it, and on a
   * slow machine the hover of that row opens before the next click and covers the rows below it
   * (it stays while the mouse is on it), so the mouse moves off and the hover is waited away first.
   */
  async clickRow(row: Locator): Promise<void> {
    await row.waitFor({ timeout: LOAD_WAIT_MS });
    const titleBar = await this.page.locator('.part.titlebar').boundingBox();
    await this.page.mouse.move(titleBar ? titleBar.x + titleBar.width / 2 : 700, titleBar ? titleBar.y + titleBar.height / 2 : 10);
    await this.page.locator('.monaco-hover:visible').waitFor({ state: 'detached', timeout: 10_000 });
    await row.click();
  }

  /**
   * Clicks a collapsed row and waits until VS Code shows it expanded with children. The row itself
   * may be the child of a branch still loading: on a loaded 2-core machine the extension host (which
   * also serves the sample API) has been seen to take over 20 s for that (see LOAD_WAIT_MS).
   *
   * VS Code cancels every pending children fetch of a tree when its root is refreshed, and the
   * workbench then keeps the node expanded with no children (seen on cold starts, about one run in
   * three, right after the sample organization opens). A person collapses and expands it again; so
   * does this, when no child row appears within EXPAND_RETRY_MS.
   */
  async expand(name: string | RegExp): Promise<Locator> {
    const row = this.treeRow(name).first();
    await row.waitFor({ timeout: LOAD_WAIT_MS });
    const level = Number(await row.getAttribute('aria-level'));
    const childRows = this.page.locator(`${VIEW_CONTAINER} .monaco-list-row[aria-level="${level + 1}"]`);
    const expanded = row.and(this.page.locator('[aria-expanded="true"]'));
    const deadline = Date.now() + LOAD_WAIT_MS;
    for (;;) {
      const childrenBefore = (await row.getAttribute('aria-expanded')) === 'true' ? 0 : await childRows.count();
      if ((await row.getAttribute('aria-expanded')) !== 'true') await this.clickRow(row);
      await expanded.waitFor({ timeout: LOAD_WAIT_MS });
      const wait = Math.max(1, Math.min(EXPAND_RETRY_MS, deadline - Date.now()));
      const shown = await until(() => childRows.count(), (count) => count > childrenBefore, 'child rows', wait).then(
        () => true,
        () => false,
      );
      if (shown) return row;
      if (Date.now() >= deadline) throw new Error(`${String(name)} stayed expanded with no children for ${LOAD_WAIT_MS / 1000} s`);
      await this.clickRow(row); // collapse; the next round expands it again
      await row.and(this.page.locator('[aria-expanded="false"]')).waitFor({ timeout: LOAD_WAIT_MS });
    }
  }

  /**
   * Runs a command through the palette. The palette computes its list once, when it opens, so a
   * command registered after that (the extension host still starting, a context key not yet set)
   * never shows in it: when the row is missing, close the palette and open it again.
   */
  async runCommand(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input.input');
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    const deadline = Date.now() + PALETTE_DEADLINE_MS;
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('F1');
      await input.waitFor();
      await input.fill(`>${title}`);
      try {
        await row.waitFor({ timeout: Math.max(1, Math.min(PALETTE_ROW_WAIT_MS, deadline - Date.now())) });
        break;
      } catch (error) {
        if (Date.now() >= deadline) {
          throw new Error(`The palette never listed "${title}" (opened ${attempt} times in ${PALETTE_DEADLINE_MS / 1000} s)`, { cause: error });
        }
        await this.page.keyboard.press('Escape');
        await input.waitFor({ state: 'hidden' });
      }
    }
    await this.page.keyboard.press('Enter');
  }

  /** The content frame of the active webview panel. */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    await this.animationsSettled();
    await this.page.screenshot({ path: file });
    return file;
  }

  /**
   * Waits until no finite animation or transition (a twistie turning, a list sliding) is running,
   * so a picture shows the steady state. Endless ones (a busy progress bar) never settle and are
   * left out.
   */
  async animationsSettled(timeout = 5_000): Promise<void> {
    await this.page.waitForFunction(
      () => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity),
      undefined,
      { timeout, polling: 'raf' },
    );
  }
}

/**
 * Polls `probe` until `accept` holds for its value, for conditions no single locator expresses
 * (a count that changes, a width that shrinks). Returns the accepted value.
 */
export async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!accept(value)) {
    if (Date.now() >= deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what} (last value: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await probe();
  }
  return value;
}

/** A code-server on this repository with a fresh profile, a browser, and the workbench open in it. */
export interface RepoWorkbench {
  workbench: Workbench;
  codeServer: RunningCodeServer;
  /** Closes the browser and stops code-server, whatever of them started. */
  close(): Promise<void>;
}

export async function openRepoWorkbench(): Promise<RepoWorkbench> {
  let codeServer: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await codeServer?.stop();
  };
  try {
    codeServer = await startCodeServer();
    browser = await launchBrowser();
    const workbench = new Workbench(await browser.context.newPage());
    await workbench.open(workbenchUrl(codeServer, repoRoot));
    return { workbench, codeServer, close };
  } catch (error) {
    await close();
    throw error;
  }
}
