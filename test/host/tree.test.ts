import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { generateSampleOrg } from '../../src/sample/data';
import { childLabeled, childrenOf, extensionApi, tooltipText, until } from './helpers';

// The built-in sample organization, browsed through the real tree the way VS Code asks for it.
describe('Tree on the sample organization', () => {
  const org = generateSampleOrg();

  before(async () => {
    const api = await extensionApi();
    await vscode.commands.executeCommand('webexCalling.exploreSample');
    await until(() => api.connection.state === 'sample', 'sample mode');
  });

  after(async () => {
    await vscode.commands.executeCommand('webexCalling.signOut');
  });

  it('says plainly that it is the sample organization', async () => {
    const api = await extensionApi();
    assert.match(api.treeView.message ?? '', /sample organization/i);
    assert.match(api.treeView.title ?? '', /Sample organization/);
  });

  it('lists every calling location, sorted by name', async () => {
    const api = await extensionApi();
    const labels = (await childrenOf(api)).map((child) => child.label);
    const expected = org.locations.map((l) => l.location.name).sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }));
    assert.deepStrictEqual(labels, expected);
  });

  it('shows a location\u2019s hunt groups and call pickups with their counts', async () => {
    const api = await extensionApi();
    const sanJose = org.locations.find((l) => l.location.name === 'San Jose HQ')!;
    const location = await childLabeled(api, undefined, 'San Jose HQ');
    const folders = await childrenOf(api, location.node);
    assert.deepStrictEqual(
      folders.map((f) => f.label),
      [`Hunt Groups (${sanJose.huntGroups.length})`, `Call Queues (${sanJose.callQueues.length})`, `Auto Attendants (${sanJose.autoAttendants.length})`, `Call Pickups (${sanJose.callPickups.length})`],
    );
    const huntGroups = await childrenOf(api, folders[0].node);
    assert.deepStrictEqual(
      huntGroups.map((h) => h.label).sort(),
      sanJose.huntGroups.map((h) => h.name).sort(),
    );
    const sales = huntGroups.find((h) => h.label === 'Sales Line')!;
    assert.strictEqual(sales.description, 'ext 5001 · +14085550101');
    assert.match(String(sales.item.contextValue), /\bdetails\b/);
  });

  it('expands a hunt group into its policy in words, redirects and agents', async () => {
    const api = await extensionApi();
    const details = org.locations.flatMap((l) => l.huntGroups).find((h) => h.name === 'Sales Line')!;
    const location = await childLabeled(api, undefined, 'San Jose HQ');
    const folder = await childLabeled(api, location.node, /^Hunt Groups/);
    const sales = await childLabeled(api, folder.node, 'Sales Line');
    const children = await childrenOf(api, sales.node);
    const labels = children.map((c) => c.label);
    assert.ok(labels.includes('Policy: Circular'), labels.join(' | '));
    const policy = children.find((c) => c.label === 'Policy: Circular')!;
    assert.match(tooltipText(policy.item), /last agent/i, 'the tooltip says what the policy means');
    assert.ok(labels.some((l) => l.startsWith('No answer: ')));
    assert.ok(labels.some((l) => l.startsWith('Busy redirect: ')));
    const agents = await childLabeled(api, sales.node, /^Agents \(/);
    assert.strictEqual(agents.label, `Agents (${details.agents!.length})`);
    const agentRows = await childrenOf(api, agents.node);
    const first = details.agents![0];
    assert.strictEqual(agentRows[0].label, `${first.firstName} ${first.lastName}`);
    assert.ok(agentRows[0].description.includes(String(first.type)), agentRows[0].description);
  });

  it('shows weights of agents under a WEIGHTED policy', async () => {
    const api = await extensionApi();
    const austin = org.locations.find((l) => l.location.name === 'Austin')!;
    const weighted = austin.huntGroups.find((h) => h.callPolicies?.policy === 'WEIGHTED')!;
    const location = await childLabeled(api, undefined, 'Austin');
    const folder = await childLabeled(api, location.node, /^Hunt Groups/);
    const group = await childLabeled(api, folder.node, weighted.name);
    const agents = await childLabeled(api, group.node, /^Agents \(/);
    const rows = await childrenOf(api, agents.node);
    rows.forEach((row, index) => assert.ok(row.description.includes(`weight ${weighted.agents![index].weight}%`), row.description));
  });

  it('expands a call pickup into its notification and agents with numbers', async () => {
    const api = await extensionApi();
    const alaska = org.locations.find((l) => l.location.name === 'Alaska')!;
    const pickup = alaska.callPickups[0];
    const location = await childLabeled(api, undefined, 'Alaska');
    const folder = await childLabeled(api, location.node, /^Call Pickups/);
    const node = await childLabeled(api, folder.node, pickup.name);
    const children = await childrenOf(api, node.node);
    assert.ok(children.some((c) => c.label.startsWith('Notification: ')));
    const agents = await childLabeled(api, node.node, /^Agents \(/);
    const rows = await childrenOf(api, agents.node);
    assert.strictEqual(rows.length, pickup.agents!.length);
    assert.ok(rows.every((row) => /ext \d+/.test(row.description)), rows.map((r) => r.description).join(' | '));
  });

  it('shows an empty location as empty, not as an error', async () => {
    const api = await extensionApi();
    const empty = org.locations.find((l) => l.huntGroups.length === 0 && l.callPickups.length === 0)!;
    const location = await childLabeled(api, undefined, empty.location.name);
    const folders = await childrenOf(api, location.node);
    assert.deepStrictEqual(folders.map((f) => f.label), ['Hunt Groups (0)', 'Call Queues (0)', 'Auto Attendants (0)', 'Call Pickups (0)']);
    const rows = await childrenOf(api, folders[0].node);
    assert.deepStrictEqual(rows.map((r) => r.label), ['No hunt groups in this location']);
  });
});
