import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { childLabeled, extensionApi, setSetting, until } from './helpers';

// The details view in the real workbench when Webex answers with a payload far outside the usual:
// thousands of levels deep, or tens of thousands of agents. The panel must show content, not stay on
// "Loading", and nothing may end in an unhandled rejection.
describe('Details view under deep and huge payloads', function () {
  this.timeout(60_000);
  let server: SampleServer;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown): void => void rejections.push(reason);

  before(async () => {
    server = await startSampleServer();
    await setSetting('apiBaseUrl', server.baseUrl);
    const api = await extensionApi();
    api.connection.useSession(await api.auth.signInWithToken(SAMPLE_TOKEN));
    await until(() => api.connection.active?.baseUrl === server.baseUrl && api.connection.active.state === 'signedIn', 'the test API');
    process.on('unhandledRejection', onRejection);
  });

  after(async () => {
    process.off('unhandledRejection', onRejection);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setSetting('apiBaseUrl', undefined);
    await server.close();
  });

  beforeEach(async () => {
    rejections.length = 0;
    server.clearFaults();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('webexCalling.refresh');
  });

  const sanJose = () => server.org.locations.find((l) => l.location.name === 'San Jose HQ')!;
  const salesLine = () => sanJose().huntGroups.find((h) => h.name === 'Sales Line')!;
  const key = () => `huntGroup:${sanJose().location.id}:${salesLine().id}`;

  /** Sales Line's details answer with `body` from now on. */
  function serveDetails(body: unknown): void {
    server.addFault({ path: new RegExp(`/huntGroups/${salesLine().id}`), fault: { kind: 'status', status: 200, body } });
  }

  async function salesLineNode() {
    const api = await extensionApi();
    const location = await childLabeled(api, undefined, 'San Jose HQ');
    const folder = await childLabeled(api, location.node, /^Hunt Groups/);
    return (await childLabeled(api, folder.node, 'Sales Line')).node;
  }

  /** Lets any rejection left without a handler reach the listener before it is read. */
  const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  it('shows a payload 3,000 levels deep, cut at the depth limit, from Show Details and from the selection', async () => {
    let deep: unknown = 'end';
    for (let level = 0; level < 3000; level++) deep = { level: deep };
    serveDetails({ ...salesLine(), deep });
    const api = await extensionApi();
    const node = await salesLineNode();

    await vscode.commands.executeCommand('webexCalling.showDetails', node);
    const panel = await until(() => api.details.panelFor(key()), 'the panel');
    // The page counts the cut-off chain as one member not shown (unit tests cover the row itself).
    const summary = await until(() => api.details.renderedSummary(key()), 'the page to draw the cut payload', 15_000);
    assert.match(summary, /^\d+ fields · .*\b1 not shown$/);

    // The selection previews in a panel of its own; it used to end in an unhandled rejection.
    panel.dispose();
    const folder = (await childLabeled(api, (await childLabeled(api, undefined, 'San Jose HQ')).node, /^Hunt Groups/)).node;
    await api.treeView.reveal((await childLabeled(api, folder, 'Support Line')).node, { select: true, focus: true });
    await api.treeView.reveal(node, { select: true, focus: true });
    const preview = await until(() => api.details.panelFor(key()), 'the preview');
    assert.ok(preview);
    await until(() => api.details.renderedSummary(key()), 'the preview to draw the cut payload', 15_000);
    await settled();
    assert.deepStrictEqual(rejections, []);
  });

  it('shows 50,000 agents as a first batch, the rest counted as not shown', async () => {
    const agent = salesLine().agents?.[0];
    assert.ok(agent, 'Sales Line has agents');
    const agents = Array.from({ length: 50_000 }, (_, index) => ({ ...agent, id: `${agent.id}-${index}`, firstName: `Agent ${index}` }));
    serveDetails({ ...salesLine(), agents });
    const api = await extensionApi();
    await vscode.commands.executeCommand('webexCalling.showDetails', await salesLineNode());
    await until(() => api.details.panelFor(key()), 'the panel');
    const summary = await until(() => api.details.renderedSummary(key()), 'the page to draw the first batch', 15_000);
    const notShown = Number(/([\d,]+) not shown$/.exec(summary)?.[1].replace(/,/g, ''));
    assert.ok(notShown >= 48_000 && notShown < 50_000, summary);
    await settled();
    assert.deepStrictEqual(rejections, []);
  });
});
