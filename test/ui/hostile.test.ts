import * as assert from 'node:assert';
import { launchBrowser, type Browser } from '../harness/browser';
import { repoRoot, startCodeServer, workbenchUrl, type RunningCodeServer } from '../harness/codeServer';
import { HOSTILE_STRINGS, startSampleServer, type SampleServer } from '../support/sampleServer';
import { VIEW_CONTAINER, Workbench, LOAD_WAIT_MS } from './workbench';

// An org whose every string is hostile, clicked through the real workbench: nothing injected may
// run, no dialog may open, and the text still shows (as text).
describe('Hostile strings in a real VS Code', function () {
  const token = 'ui-hostile-token-0123456789';
  let sampleApi: SampleServer;
  let codeServer: RunningCodeServer;
  let browser: Browser;
  let workbench: Workbench;
  const dialogs: string[] = [];

  before(async () => {
    sampleApi = await startSampleServer({ hostile: true, tokens: [token] });
    codeServer = await startCodeServer({ userSettings: { 'webexCalling.apiBaseUrl': sampleApi.baseUrl } });
    browser = await launchBrowser();
    workbench = new Workbench(await browser.context.newPage());
    workbench.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await workbench.open(workbenchUrl(codeServer, repoRoot));
    await workbench.runCommand('Webex Calling: Sign In with Access Token');
    await workbench.page.locator('.quick-input-widget input[type="password"]').waitFor();
    await workbench.page.keyboard.type(token);
    await workbench.page.keyboard.press('Enter');
    await workbench.openWebexView();
    await workbench.screenshot('29-hostile-signed-in');
  });

  after(async () => {
    await browser?.close();
    await codeServer?.stop();
    await sampleApi?.close();
  });

  it('shows hostile names in the tree as text', async () => {
    const rows = workbench.page.locator(`${VIEW_CONTAINER} .monaco-list-row`);
    await rows.first().waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.expand(/^Location|<script>|onerror|javascript|click|alert|\u202E|zero|日本語|العربية|Ελληνικά|x{20}/);
    await workbench.expand(/^Hunt Groups \(\d+\)/);
    const labels = await rows.allInnerTexts();
    assert.ok(labels.some((label) => label.includes('<script>') || label.includes('onerror') || label.includes('javascript:')), labels.join(' | '));
    assert.strictEqual(await workbench.page.locator(`${VIEW_CONTAINER} img[src="x"]`).count(), 0);
    await workbench.screenshot('30-hostile-tree');
  });

  it('runs nothing injected in the details view and opens no dialog', async () => {
    const huntGroupRow = workbench.page.locator(`${VIEW_CONTAINER} .monaco-list-row[aria-level="3"]`).first();
    await workbench.clickRow(huntGroupRow);
    await workbench.runCommand('Webex Calling: Show Details');
    const webview = workbench.webview();
    // Injected markup would be live once the payload's rows are in the page.
    await webview.locator('#tree li.node').first().waitFor({ timeout: LOAD_WAIT_MS });
    assert.strictEqual(await webview.locator('img').count(), 0, 'no injected element');
    // The page's own script and the one VS Code injects for acquireVsCodeApi(); none from the payload.
    const scripts = await webview.locator('script').evaluateAll((elements) => elements.map((e) => `${e.getAttribute('src') ?? ''} ${e.textContent ?? ''}`));
    assert.ok(scripts.some((script) => script.includes('details.js')), scripts.join('\n'));
    assert.deepStrictEqual(scripts.filter((script) => /alert|onerror/.test(script)), [], 'no script from the payload');
    assert.strictEqual(await webview.locator('a[href^="javascript:"]').count(), 0, 'no live javascript: link');
    const text = await webview.locator('#tree').innerText();
    const markup = HOSTILE_STRINGS.filter((value) => /[<[]/.test(value) && value.length < 100);
    assert.ok(markup.some((value) => text.includes(value)), 'the hostile markup shows as text');
    await webview.locator('#filter').fill('alert');
    // The filter marks the rows holding the hostile text; once it has, a round trip through the
    // page makes sure any dialog that marking opened has been reported here.
    await webview.locator('.row.match').first().waitFor({ timeout: LOAD_WAIT_MS });
    await webview.locator('body').evaluate(() => undefined);
    assert.deepStrictEqual(dialogs, [], 'no alert, confirm or prompt opened');
    await workbench.screenshot('31-hostile-details');
  });
});
