import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { CallFlow, FlowNode } from '../../src/callFlow/graph';
import type { IncomingRoute } from '../../src/callFlow/reverse';
import type { ExplorerApi } from '../../src/extension';
import type { Kind } from '../../src/kinds/kind';
import { HOSTILE_COMMAND_LINK_NAME } from '../support/hostileOrg';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { childLabeled, childrenOf, extensionApi, setSetting, until } from './helpers';

// The call-flow tracer on the sample organization's seeded chains, through its commands in a real
// VS Code: the six-step chain, the loop, the dead ends, the external number, a 403 on a person's
// forwarding, Trace a Call on a person's number, What Sends Calls Here?, the tree's Call flow row,
// and the Markdown tab.
describe('Call flows', function () {
  let server: SampleServer;
  let api: ExplorerApi;

  const item = (kind: Kind, name: string): { kind: Kind; locationId: string; itemId: string; name: string } => {
    for (const location of server.org.locations) {
      const lists: Record<Kind, ReadonlyArray<{ id: string; name: string }>> = {
        huntGroup: location.huntGroups,
        callQueue: location.callQueues,
        autoAttendant: location.autoAttendants,
        callPickup: location.callPickups,
      };
      const found = lists[kind].find((candidate) => candidate.name === name);
      if (found) return { kind, locationId: location.location.id, itemId: found.id, name };
    }
    throw new Error(`no ${kind} named ${name}`);
  };
  const showCallFlow = (target: ReturnType<typeof item>): Thenable<CallFlow> => vscode.commands.executeCommand<CallFlow>('webexCalling.showCallFlow', target);
  const nodeLabeled = (flow: CallFlow, label: string): FlowNode => {
    const node = flow.nodes.find((candidate) => candidate.label === label);
    assert.ok(node, `${label} in ${flow.nodes.map((n) => n.label).join(' | ')}`);
    return node;
  };

  before(async () => {
    server = await startSampleServer();
    await setSetting('apiBaseUrl', server.baseUrl);
    api = await extensionApi();
    api.connection.useSession(await api.auth.signInWithToken(SAMPLE_TOKEN));
    await until(() => api.connection.active?.baseUrl === server.baseUrl, 'the test API');
  });

  after(async () => {
    server.clearForbidden();
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setSetting('apiBaseUrl', undefined);
    await server?.close();
  });

  it('follows the six-step chain from an auto attendant to a person and on through their own forwarding', async () => {
    const flow = await showCallFlow(item('autoAttendant', 'Denver Main Menu'));
    for (const label of ['Denver Intake', 'Denver Escalation Queue', 'Denver Tier 2', 'Grace Kim', 'Marcus Reed']) nodeLabeled(flow, label);
    const grace = nodeLabeled(flow, 'Grace Kim');
    const marcus = nodeLabeled(flow, 'Marcus Reed');
    assert.ok(flow.edges.some((edge) => edge.from === grace.id && edge.to === marcus.id), 'Grace Kim\u2019s own forwarding reaches Marcus Reed');
    const external = flow.nodes.filter((node) => node.type === 'external').map((node) => node.label);
    assert.ok(external.includes('+13035550142'), `the outside number is external: ${external.join(', ')}`);
    assert.ok(api.callFlow.panelFor(flow.start), 'the diagram opened');
    await until(() => api.callFlow.rendered(flow.start), 'the diagram to be drawn', 30_000);
  });

  it('flags the loop between two hunt groups, names it, and still ends', async () => {
    const flow = await showCallFlow(item('huntGroup', 'Loop East'));
    assert.deepStrictEqual(flow.loops, [['Loop East', 'Loop West', 'Loop East']]);
    assert.ok(flow.edges.some((edge) => edge.loop), 'the edge closing the loop is marked');
  });

  it('flags dead ends: an unassigned number and a forward with no destination, and a disabled group reached by a redirect', async () => {
    const intake = await showCallFlow(item('huntGroup', 'Denver Intake'));
    assert.ok(intake.nodes.some((node) => node.type === 'deadEnd' && node.label === '+17205550199'), intake.nodes.map((n) => `${n.type} ${n.label}`).join(' | '));
    const newHires = await showCallFlow(item('huntGroup', 'New Hires'));
    assert.ok(newHires.nodes.some((node) => node.type === 'deadEnd'), 'forwarding always with an empty destination is a dead end');
    const tier2 = await showCallFlow(item('huntGroup', 'Denver Tier 2'));
    assert.ok(nodeLabeled(tier2, 'After Hours').problems.some((problem) => problem.kind === 'disabled'), 'the disabled hunt group is flagged');
  });

  it('says which scope is missing when a person\u2019s forwarding is refused, and goes on', async () => {
    await vscode.commands.executeCommand('webexCalling.refresh');
    server.forbidMemberForwarding({ type: 'PEOPLE' });
    try {
      const flow = await showCallFlow(item('huntGroup', 'Denver Tier 2'));
      const grace = nodeLabeled(flow, 'Grace Kim');
      assert.ok(
        grace.problems.some((problem) => problem.kind === 'forbidden' && /spark-admin:people_read/.test(problem.message)),
        grace.problems.map((p) => p.message).join(' | '),
      );
      assert.ok(flow.nodes.some((node) => node.label === 'After Hours'), 'the rest of the trace went on');
    } finally {
      server.clearForbidden();
      await vscode.commands.executeCommand('webexCalling.refresh');
    }
  });

  it('traces a call to a person\u2019s number: their forwarding and every group they are an agent of', async () => {
    const flow = await vscode.commands.executeCommand<CallFlow>('webexCalling.traceCall', '+17205551701');
    const grace = nodeLabeled(flow, 'Grace Kim');
    const groups = flow.edges.filter((edge) => edge.to === grace.id && edge.label === 'rings as agent').map((edge) => flow.nodes.find((node) => node.id === edge.from)?.label);
    assert.ok(groups.length > 0, 'the groups that ring her');
    assert.ok(flow.edges.some((edge) => edge.from === grace.id), 'and her own forwarding');
  });

  it('answers What Sends Calls Here? from the inventory', async () => {
    const routes = await vscode.commands.executeCommand<IncomingRoute[]>('webexCalling.whatSendsCallsHere', item('huntGroup', 'Denver Intake'));
    assert.ok(routes.some((route) => route.item.name === 'Denver Main Menu'), routes.map((route) => `${route.item.name}: ${route.exit.condition}`).join(' | '));
  });

  it('shows a Call flow row under a hunt group that summarises the path and lists its steps', async () => {
    const location = await childLabeled(api, undefined, 'Denver');
    const folder = await childLabeled(api, location.node, /^Hunt Groups/);
    const loopEast = await childLabeled(api, folder.node, 'Loop East');
    const row = await childLabeled(api, loopEast.node, 'Call flow');
    const steps = await childrenOf(api, row.node);
    assert.ok(steps.some((step) => /Loop West/.test(step.label)), steps.map((s) => s.label).join(' | '));
    const summarised = await until(async () => {
      const again = await childLabeled(api, loopEast.node, 'Call flow');
      return again.description && !/expand to trace/.test(String(again.description)) ? String(again.description) : undefined;
    }, 'the one-line summary');
    assert.match(summarised, /Loop West/);
  });

  it('opens the flow as Markdown with a Mermaid flowchart and the steps in words', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('webexCalling.openCallFlowMarkdown', item('huntGroup', 'Loop East'));
    assert.strictEqual(editor.document.languageId, 'markdown');
    const text = editor.document.getText();
    assert.match(text, /```mermaid\nflowchart TD\n/);
    assert.match(text, /## Steps\n\n1\. /);
    assert.match(text, /## Loops\n\n- Loop East → Loop West → Loop East/);
  });

  it('keeps a hostile name inert in the Markdown (no link, no HTML)', async () => {
    const hostile = await startSampleServer({ hostile: true });
    try {
      await setSetting('apiBaseUrl', hostile.baseUrl);
      await until(() => api.connection.active?.baseUrl === hostile.baseUrl, 'the hostile API');
      const group = hostile.org.locations.flatMap((l) => l.huntGroups.map((g) => ({ kind: 'huntGroup' as const, locationId: l.location.id, itemId: g.id, name: g.name }))).find((g) => g.name === HOSTILE_COMMAND_LINK_NAME)!;
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('webexCalling.openCallFlowMarkdown', group);
      const text = editor.document.getText();
      assert.ok(!/(^|[^\\])\]\(command:/.test(text), 'no command link survives: the brackets are escaped');
      assert.ok(!/(^|[^\\])<(img|script)/i.test(text), 'no HTML survives: every < is escaped (\\< in prose, #lt; in the flowchart)');
      assert.ok(text.includes('\\[Retry\\]'), 'the name is still there, as text');
    } finally {
      await setSetting('apiBaseUrl', server.baseUrl);
      await until(() => api.connection.active?.baseUrl === server.baseUrl, 'back to the test API');
      await hostile.close();
    }
  });
});
