import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { HOSTILE_NAMES, largeFlow, smallFlow } from '../support/callFlowSamples';
import { extensionApi, until } from './helpers';

// The Call Flow webview in the real workbench: one panel per traced start, the flow posted to a page
// that holds none of it in its HTML, and the page's own report of what it drew and how long it took.
describe('Call Flow view', function () {
  // A webview's first page load on a loaded machine takes seconds.
  this.timeout(90_000);
  const pageWaitMs = 60_000;

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('draws a flow with a loop, a dead end and hostile names, in a panel whose HTML carries none of it', async () => {
    const api = await extensionApi();
    const flow = smallFlow();
    // The title is the traced item's name, hostile too (the flow's own names are others).
    const panel = api.callFlow.show('[Sales](command:workbench.action.quit)', flow);
    assert.strictEqual(panel.viewType, 'webexCalling.callFlow');
    assert.strictEqual(api.callFlow.panelFor(flow.start), panel);
    assert.doesNotMatch(panel.title, /\]\(/, 'the tab title cannot be read as a command link');
    const html = panel.webview.html;
    assert.match(html, /Content-Security-Policy/);
    assert.match(html, /script-src &#39;nonce-/);
    for (const name of [...Object.values(HOSTILE_NAMES), 'Loop A', '+14085550199']) assert.ok(!html.includes(name), `${name} is posted to the page, not written into its HTML`);

    const report = await until(() => api.callFlow.rendered(flow.start), 'the page to draw the flow', pageWaitMs);
    assert.deepStrictEqual({ nodes: report.nodes, edges: report.edges }, { nodes: 8, edges: 8 });
  });

  it('reuses the start\u2019s panel when the same start is traced again, and draws the new flow in it', async () => {
    const api = await extensionApi();
    const first = smallFlow();
    const panel = api.callFlow.show('Sales', first);
    await until(() => api.callFlow.rendered(first.start), 'the first drawing', pageWaitMs);
    const html = panel.webview.html;
    const second = smallFlow();
    second.nodes = second.nodes.filter((node) => node.id !== 'voicemail:sales');
    second.edges = second.edges.filter((edge) => edge.to !== 'voicemail:sales');
    assert.strictEqual(api.callFlow.show('Sales again', second), panel, 'the same panel');
    const report = await until(() => api.callFlow.rendered(first.start), 'the page to draw the new flow', pageWaitMs);
    assert.deepStrictEqual({ nodes: report.nodes, edges: report.edges }, { nodes: 7, edges: 7 });
    assert.strictEqual(panel.webview.html, html, 'the same page, nonce included');
    assert.match(panel.title, /Sales again/);
  });

  it('opens another panel for another start', async () => {
    const api = await extensionApi();
    const first = api.callFlow.show('Sales', smallFlow());
    const other = largeFlow(8);
    const second = api.callFlow.show('Other', other);
    assert.notStrictEqual(second, first);
    await until(() => api.callFlow.rendered(other.start), 'the second page to draw', pageWaitMs);
  });

  it('reports the time the page took to lay out and draw a 60-node flow', async () => {
    const api = await extensionApi();
    const flow = largeFlow(60);
    api.callFlow.show('Sixty steps', flow);
    const report = await until(() => api.callFlow.rendered(flow.start), 'the page to draw 60 nodes', pageWaitMs);
    assert.deepStrictEqual({ nodes: report.nodes, edges: report.edges }, { nodes: 60, edges: flow.edges.length });
    assert.ok(report.layoutMs > 0, `a measured time (${report.layoutMs} ms)`);
    console.log(`      60-node call flow laid out and drawn in ${report.layoutMs.toFixed(1)} ms`);
  });
});
