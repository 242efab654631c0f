// Drives the real workbench in headless Chromium: open the Webex Calling view, expand rows, run
// palette commands, take screenshots into test-results/ (kept as artifacts; look at them).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { repoRoot } from '../harness/codeServer';

export const screenshotDir = path.join(repoRoot, 'test-results');

export const VIEW_CONTAINER = '[id="workbench.view.extension.webexCalling"]';

export class Workbench {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.activitybar').waitFor();
  }

  /** Shows the Webex Calling view (clicking its activity bar entry only if it is hidden: a click on the active entry would close it). */
  async openWebexView(): Promise<Locator> {
    const view = this.page.locator(VIEW_CONTAINER);
    if (!(await view.isVisible())) await this.page.locator('.activitybar .action-item a[aria-label^="Webex Calling"]').click();
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

  /** Clicks a collapsed row and waits until VS Code reports it expanded. */
  async expand(name: string | RegExp): Promise<Locator> {
    const row = this.treeRow(name).first();
    await row.waitFor({ timeout: 20_000 });
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    await row.and(this.page.locator('[aria-expanded="true"]')).waitFor({ timeout: 20_000 });
    return row;
  }

  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** The content frame of the active webview panel. */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    // Let animations (tree twisties, progress bars) settle so the picture shows the steady state.
    await this.page.waitForTimeout(300);
    await this.page.screenshot({ path: file });
    return file;
  }
}
