import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser, type Browser } from '../harness/browser';
import { repoRoot, startCodeServer, workbenchUrl, type RunningCodeServer } from '../harness/codeServer';
import { HOSTILE_NAMES, largeFlow, smallFlow } from '../support/callFlowSamples';
import { LOAD_WAIT_MS, until, Workbench } from './workbench';

/**
 * A second extension, installed beside ours, that opens the Call Flow view on a
 * hand-made flow through the API object our activate() returns, and tells of every node the view asks
 * to open in a notification. The browser can only run palette commands; this gives it one.
 */
function writeDriverExtension(dir: string): void {
  const flows = { sample: smallFlow(), large: largeFlow(60) };
  fs.writeFileSync(path.join(dir, 'flows.json'), JSON.stringify(flows));
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'call-flow-test-driver',
      publisher: 'test',
      version: '0.0.1',
      engines: { vscode: '^1.100.0' },
      main: './extension.js',
      contributes: {
        commands: [
          { command: 'callFlowTest.sample', title: 'Call Flow Test: Show Sample Flow' },
          { command: 'callFlowTest.large', title: 'Call Flow Test: Show Large Flow' },
        ],
      },
    }),
  );
  fs.writeFileSync(
    path.join(dir, 'extension.js'),
    `const vscode = require('vscode');
const flows = require('./flows.json');
exports.activate = (context) => {
  for (const name of Object.keys(flows)) {
    context.subscriptions.push(vscode.commands.registerCommand('callFlowTest.' + name, async () => {
      const explorer = await vscode.extensions.getExtension('webex-calling-explorer.webex-calling-explorer').activate();
      explorer.callFlow.onOpen = (node) => { void vscode.window.showInformationMessage('Opened ' + node.id); };
      explorer.callFlow.show(name + ' flow', flows[name]);
    }));
  }
};
`,
  );
}

/** The colour `value` (a CSS colour or var()) resolves to in the page, as computed styles report colours. */
function resolvedColour(body: HTMLElement, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

// The Call Flow diagram as a user sees it, in a light and a dark theme, driven by mouse and keyboard.
describe('Call Flow view in a real VS Code', function () {
  let codeServer: RunningCodeServer;
  let browser: Browser;
  let workbench: Workbench;
  let driverDir: string;
  let lightBoxFill: string;

  before(async () => {
    // Installed as a user extension (code-server lists what it finds in its extensions folder at start).
    driverDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-call-flow-driver-'));
    const driver = path.join(driverDir, 'test.call-flow-test-driver-0.0.1');
    fs.mkdirSync(driver);
    writeDriverExtension(driver);
    codeServer = await startCodeServer({ extensionsDir: driverDir });
    browser = await launchBrowser();
    workbench = new Workbench(await browser.context.newPage());
    await workbench.open(workbenchUrl(codeServer, repoRoot));
    await workbench.runCommand('Call Flow Test: Show Sample Flow');
    await workbench.webview().locator('g.node').first().waitFor({ timeout: LOAD_WAIT_MS });
  });

  after(async () => {
    await browser?.close();
    await codeServer?.stop();
    if (driverDir) fs.rmSync(driverDir, { recursive: true, force: true });
  });

  it('draws every node and edge, the loop and the dead end in the error colour, and names as text', async () => {
    const webview = workbench.webview();
    assert.strictEqual(await webview.locator('g.node').count(), 8);
    assert.strictEqual(await webview.locator('g.edge').count(), 8);
    assert.strictEqual(await webview.locator('ol.steps > li').count(), 8, 'the steps in words, one per node');
    const errorColour = await webview.locator('body').evaluate(resolvedColour, 'var(--vscode-errorForeground)');
    const loopLine = webview.locator('g.edge.loop path.line');
    assert.strictEqual(await loopLine.count(), 1, 'the edge that closes the loop');
    assert.strictEqual(await loopLine.evaluate((line) => getComputedStyle(line).stroke), errorColour);
    for (const id of ['feature:huntGroup:loopA', 'feature:huntGroup:loopB', 'number:+14085550199']) {
      const box = webview.locator(`g.node[data-node-id="${id}"] rect.box`);
      assert.strictEqual(await box.evaluate((rect) => getComputedStyle(rect).stroke), errorColour, `${id} is drawn in the error colour`);
    }
    assert.match(await webview.locator('.loops').innerText(), /Loop A → Loop B → Loop A/);

    const sales = webview.locator('g.node[data-node-id="feature:huntGroup:sales"]');
    assert.strictEqual(await sales.getAttribute('aria-label'), `Hunt group: ${HOSTILE_NAMES.markup}, ext 5100 · +14085550100`);
    const shownLabel = (await sales.locator('text.label').textContent()) ?? '';
    assert.ok(shownLabel.length > 5 && HOSTILE_NAMES.markup.startsWith(shownLabel.replace(/…$/, '')), `the name drawn as its own text (${shownLabel})`);
    assert.strictEqual(await webview.locator('img').count(), 0, 'no name became an element');
    const person = webview.locator('g.node[data-node-id="member:PEOPLE:p1"]');
    assert.strictEqual(await person.locator('text.detail').textContent(), 'Sales gnp.exe', 'the right-to-left override is gone');
    assert.strictEqual(await webview.locator('a').count(), 0, 'no name became a link');

    lightBoxFill = await sales.locator('rect.box').evaluate((rect) => getComputedStyle(rect).fill);
    await workbench.screenshot('50-call-flow-light');
  });

  it('moves between nodes with Tab and the arrow keys, and opens a feature with Enter', async () => {
    const webview = workbench.webview();
    const focusedNode = (): Promise<string | null> => webview.locator(':focus').getAttribute('data-node-id', { timeout: 2_000 }).catch(() => null);
    // Into the page (on the diagram's background), then Tab past the zoom buttons to the first node.
    await webview.locator('.diagram-scroll').click({ position: { x: 4, y: 4 } });
    for (let presses = 0; presses < 10 && (await focusedNode()) === null; presses++) await workbench.page.keyboard.press('Tab');
    assert.strictEqual(await focusedNode(), 'number:+14085550100', 'Tab reaches the start first');
    await workbench.page.keyboard.press('ArrowRight');
    assert.strictEqual(await focusedNode(), 'feature:huntGroup:sales', 'right goes on to where the call goes');
    await workbench.page.keyboard.press('ArrowDown');
    assert.strictEqual(await focusedNode(), 'step:sales:agents');
    await workbench.page.keyboard.press('ArrowLeft');
    assert.strictEqual(await focusedNode(), 'feature:huntGroup:sales', 'left goes back');
    await workbench.page.keyboard.press('Tab');
    assert.strictEqual(await focusedNode(), 'step:sales:agents', 'Tab walks the same order');
    await workbench.page.keyboard.press('Shift+Tab');
    await workbench.page.keyboard.press('Enter');
    await workbench.page.locator('.notification-toast', { hasText: 'Opened feature:huntGroup:sales' }).waitFor({ timeout: LOAD_WAIT_MS });
  });

  it('opens a node when it is clicked, and not a node that stands for no item', async () => {
    const webview = workbench.webview();
    await webview.locator('g.node[data-node-id="feature:huntGroup:loopA"]').click();
    await workbench.page.locator('.notification-toast', { hasText: 'Opened feature:huntGroup:loopA' }).waitFor({ timeout: LOAD_WAIT_MS });
    // Playwright will not click a node marked aria-disabled on its own; a reader can.
    await webview.locator('g.node[data-node-id="number:+14085550199"]').click({ force: true });
    await webview.locator('ol.steps button', { hasText: 'Loop B' }).click();
    // The step list's button opens Loop B; the dead end before it opened nothing.
    await workbench.page.locator('.notification-toast', { hasText: 'Opened feature:huntGroup:loopB' }).waitFor({ timeout: LOAD_WAIT_MS });
    assert.strictEqual(await workbench.page.locator('.notification-toast', { hasText: 'Opened number:' }).count(), 0);
  });

  it('follows a dark theme', async () => {
    await workbench.runCommand('Notifications: Clear All Notifications');
    await workbench.runCommand('Preferences: Toggle between Light/Dark Themes');
    await workbench.page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: LOAD_WAIT_MS });
    const box = workbench.webview().locator('g.node[data-node-id="feature:huntGroup:sales"] rect.box');
    await until(() => box.evaluate((rect) => getComputedStyle(rect).fill), (fill) => fill !== lightBoxFill, 'the boxes to take the dark theme');
    await workbench.screenshot('51-call-flow-dark');
  });

  it('shows a 60-node flow zoomed to fit, or at a readable size with scrolling', async () => {
    await workbench.runCommand('View: Close All Editors');
    await workbench.runCommand('Call Flow Test: Show Large Flow');
    const webview = workbench.webview();
    await until(() => webview.locator('g.node').count(), (count) => count === 60, 'the 60 nodes');
    const fit = await webview.locator('.diagram-scroll').evaluate((scroller) => {
      const svg = scroller.querySelector('svg')!;
      return { scale: Number(svg.dataset.scale), scrolls: scroller.scrollWidth > scroller.clientWidth + 1 || scroller.scrollHeight > scroller.clientHeight + 1 };
    });
    assert.ok(fit.scale >= 0.7 && fit.scale <= 1, `a readable scale (${fit.scale})`);
    assert.ok(fit.scale > 0.7 || fit.scrolls, 'what does not fit at the smallest readable scale scrolls');
    await workbench.screenshot('52-call-flow-large-dark');
  });
});
