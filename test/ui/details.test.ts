import * as assert from 'node:assert';
import { until, Workbench, LOAD_WAIT_MS, openRepoWorkbench, type RepoWorkbench } from './workbench';

// The details webview and the JSON tab as a user sees them, in a light and a dark theme (the page
// uses only the theme's variables).
describe('Details view in a real VS Code', function () {
  let opened: RepoWorkbench | undefined;
  let workbench: Workbench;

  before(async () => {
    opened = await openRepoWorkbench();
    workbench = opened.workbench;
    await workbench.runCommand('Webex Calling: Explore Sample Organization');
    await workbench.expand(/San Jose HQ/);
    await workbench.expand(/^Hunt Groups \(\d+\)/);
    // Selecting the row previews its details; Show Details then pins that panel.
    await workbench.clickRow(workbench.treeRow(/^Sales Line/));
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Sales Line' }).waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.runCommand('Webex Calling: Show Details');
  });

  after(async () => {
    await opened?.close();
  });

  it('shows the policy with what it means', async () => {
    assert.strictEqual(await workbench.page.getByText('Select a hunt group, call queue, auto attendant or call pickup').count(), 0, 'Show Details found the selection');
    const webview = workbench.webview();
    const policyRow = webview.locator('li.node', { hasText: /^\s*policy/ }).filter({ hasText: 'CIRCULAR' }).first();
    await policyRow.waitFor({ timeout: LOAD_WAIT_MS });
    assert.match(await policyRow.innerText(), /last agent/i, 'the current value\u2019s meaning is beside it');
    await workbench.screenshot('20-details-light');
  });

  it('narrows the rows with the filter box', async () => {
    const webview = workbench.webview();
    const visibleRows = webview.locator('li.node:visible');
    const before = await visibleRows.count();
    await webview.locator('#filter').fill('voicemail');
    // The page applies the filter in one pass after a short debounce: the count changes once.
    const after = await until(() => visibleRows.count(), (count) => count !== before, 'the filter to change the visible rows');
    assert.ok(after > 0 && after < before, `filtering narrows the rows (${before} → ${after})`);
    const texts = await visibleRows.allInnerTexts();
    assert.ok(texts.some((t) => /voicemail/i.test(t)));
    await workbench.screenshot('21-details-filtered');
    await webview.locator('#filter').fill('');
  });

  it('keeps the filter and the rows it shows through a refresh, in the same page', async () => {
    const webview = workbench.webview();
    const visibleRows = webview.locator('li.node:visible');
    await webview.locator('#filter').fill('voicemail');
    await webview.locator('.row.match').first().waitFor({ timeout: LOAD_WAIT_MS });
    const filtered = await until(() => visibleRows.count(), (count) => count > 0, 'the filtered rows');
    // Marks that only this document carries: a page whose HTML was replaced would lose them.
    await webview.locator('#tree').evaluate((tree) => {
      document.body.dataset.drawnBefore = 'yes';
      tree.dataset.drawnBefore = 'yes';
    });
    await webview.getByRole('button', { name: 'Refresh' }).click();
    await webview.locator('#tree:not([data-drawn-before])').waitFor({ timeout: LOAD_WAIT_MS });
    assert.strictEqual(await webview.locator('body').getAttribute('data-drawn-before'), 'yes', 'the same page drew the refreshed payload');
    assert.strictEqual(await webview.locator('#filter').inputValue(), 'voicemail');
    await until(() => visibleRows.count(), (count) => count === filtered, 'the refreshed rows to be filtered as before');
    await webview.locator('#filter').fill('');
  });

  it('follows a dark theme', async () => {
    await workbench.runCommand('Preferences: Toggle between Light/Dark Themes');
    await workbench.page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: LOAD_WAIT_MS });
    const background = await workbench.webview().locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    assert.notStrictEqual(background, 'rgb(255, 255, 255)', 'the page follows the theme');
    await workbench.screenshot('22-details-dark');
  });

  it('stays readable in a narrow editor group: no sideways scrolling', async () => {
    const root = workbench.webview().locator('html');
    const wideWidth = await root.evaluate((element) => element.clientWidth);
    await workbench.page.setViewportSize({ width: 760, height: 900 });
    try {
      const webview = workbench.webview();
      await webview.locator('li.node').first().waitFor();
      // The workbench lays the editor out again after the window shrinks; measure once the page has
      // the narrow width and it holds for a frame.
      await until(() => root.evaluate(frameStableWidth), (width) => width !== null && width < wideWidth, `the details page to narrow from ${wideWidth} px`);
      const overflow = await root.evaluate((element) => element.scrollWidth - element.clientWidth);
      assert.ok(overflow <= 1, `the page is ${overflow} px wider than its editor`);
      await workbench.screenshot('25-details-narrow');
    } finally {
      await workbench.page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  it('opens the JSON tab from the webview\u2019s button', async () => {
    await workbench.webview().getByRole('button', { name: /Open as JSON/ }).click();
    const tab = workbench.page.locator('.tabs-container .tab', { hasText: /Sales-Line-.*\.json/ });
    await tab.waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.page.locator('.monaco-editor .view-lines', { hasText: '"callPolicies"' }).waitFor();
    await workbench.screenshot('23-json-tab');
  });
});

/** The page's width if it is the same across two animation frames, else null (still being laid out). */
function frameStableWidth(root: HTMLElement): Promise<number | null> {
  const first = root.clientWidth;
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(root.clientWidth === first ? first : null))));
}
