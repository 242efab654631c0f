import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { FindAgentResult, FindResult } from '../../src/inventory';
import { childLabeled, childrenOf, extensionApi, until } from './helpers';
import { spyOnNotifications, spyOnWindow } from './windowSpy';

// Call queues and auto attendants, kinds three and four, on the built-in sample organization:
// browsed, opened as JSON with schema hovers, found and exported, like hunt groups.
describe('Call queues and auto attendants', () => {
  before(async () => {
    const api = await extensionApi();
    await vscode.commands.executeCommand('webexCalling.exploreSample');
    await until(() => api.connection.state === 'sample', 'sample mode');
  });

  after(async () => {
    await vscode.commands.executeCommand('webexCalling.signOut');
  });

  it('shows a folder per kind under a location, with counts, and the location says what it has', async () => {
    const api = await extensionApi();
    const location = await childLabeled(api, undefined, 'San Jose HQ');
    const folders = await childrenOf(api, location.node);
    assert.deepStrictEqual(
      folders.map((f) => f.label),
      ['Hunt Groups (4)', 'Call Queues (2)', 'Auto Attendants (1)', 'Call Pickups (2)'],
    );
    const described = await until(async () => (await childLabeled(api, undefined, 'San Jose HQ')).description, 'the location\u2019s counts');
    assert.strictEqual(described, '4 hunt groups · 2 call queues · 1 auto attendant · 2 call pickups');
    const reno = await childLabeled(api, undefined, 'Reno Warehouse');
    await childrenOf(api, reno.node);
    assert.strictEqual(await until(async () => (await childLabeled(api, undefined, 'Reno Warehouse')).description, 'Reno\u2019s counts'), 'nothing set up');
  });

  it('expands a call queue into its routing, overflow, queue size and agents', async () => {
    const api = await extensionApi();
    const location = await childLabeled(api, undefined, 'San Jose HQ');
    const folder = await childLabeled(api, location.node, /^Call Queues/);
    const queue = await childLabeled(api, folder.node, 'Customer Care Queue');
    assert.strictEqual(queue.description, 'ext 5101 · +14085550130');
    const children = await childrenOf(api, queue.node);
    assert.deepStrictEqual(children.map((c) => c.label), [
      'Policy: Circular',
      'Queue size: 25 calls',
      'Overflow: transfer to +14085550110',
      'No answer: bounce back to the queue after 5 rings',
      'Agents on a call: offered queued calls as call waiting',
      'Alternate numbers (4)',
      'Agents (5)',
      'Call flow',
    ]);
    assert.strictEqual(children[2].description, 'when full, or after 300 s with no agent free');
    assert.strictEqual(children[3].description, 'also bounce when the agent becomes unavailable; alert the agent when a call is on hold over 30 s');
    const agents = await childrenOf(api, children[6].node);
    assert.strictEqual(agents.find((a) => a.label === 'Lobby Phone')?.description, 'ext 1206 · +14085551206 · PLACE · not joined');
  });

  it('expands an auto attendant into its schedules and its menus, key by key', async () => {
    const api = await extensionApi();
    const location = await childLabeled(api, undefined, 'San Jose HQ');
    const folder = await childLabeled(api, location.node, /^Auto Attendants/);
    const menu = await childLabeled(api, folder.node, 'Acme Main Menu');
    const children = await childrenOf(api, menu.node);
    assert.deepStrictEqual(children.map((c) => c.label), [
      'Business hours: HQ Business Hours',
      'Holidays: US Holidays',
      'Extension dialing: whole organization',
      'Name dialing: this location only',
      'Business hours menu',
      'After hours menu',
      'Alternate numbers (1)',
      'Call flow',
    ]);
    assert.ok(!children.some((c) => /^Agents/.test(c.label)), 'an auto attendant has no agents row');
    const afterHours = await childrenOf(api, children[5].node);
    assert.deepStrictEqual(
      afterHours.map((k) => `${k.label} (${k.description ?? ''})`),
      [
        'Greeting: custom (acme-closed.wav) ()',
        'Enter an extension at any time: off ()',
        '1 → Transfer without prompt to +14085550190 (After-hours line)',
        '7 → Transfer with prompt to +14085550177 (Facilities emergency)',
        '9 → Return to previous menu (Back)',
        '# → Exit (End the call)',
      ],
    );
  });

  for (const [folderLabel, itemName, jsonFolder, key, hoverText] of [
    [/^Call Queues/, 'Customer Care Queue', 'callQueues', '"queueSize"', /calls? .*queue/i],
    [/^Auto Attendants/, 'Acme Main Menu', 'autoAttendants', '"businessSchedule"', /schedule/i],
  ] as const) {
    it(`opens ${itemName} as JSON under ${jsonFolder}/, with the schema's descriptions on hover`, async () => {
      const api = await extensionApi();
      const location = await childLabeled(api, undefined, 'San Jose HQ');
      const folder = await childLabeled(api, location.node, folderLabel);
      const item = await childLabeled(api, folder.node, itemName);
      await vscode.commands.executeCommand('webexCalling.openJson', item.node);
      const editor = await until(
        () => (vscode.window.activeTextEditor?.document.uri.path.includes(`/${jsonFolder}/`) ? vscode.window.activeTextEditor : undefined),
        'the JSON tab',
      );
      assert.match(editor.document.uri.path, new RegExp(`^/sample/${jsonFolder}/[A-Za-z0-9_-]+\\.json$`));
      assert.strictEqual(JSON.parse(editor.document.getText()).name, itemName);
      const position = editor.document.positionAt(editor.document.getText().indexOf(key) + 3);
      const hovers = await until(async () => {
        const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
        const texts = result.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')));
        return texts.some((t) => hoverText.test(t)) ? texts : undefined;
      }, 'a schema hover', 15_000);
      assert.ok(hovers.length > 0);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  }

  it('Find finds a call queue by name and an auto attendant by its number', async () => {
    const byName = await vscode.commands.executeCommand<FindResult>('webexCalling.find', 'care queue');
    assert.deepStrictEqual(byName.items.map((i) => `${i.kind} ${i.name}`), ['callQueue Customer Care Queue']);
    const byNumber = await vscode.commands.executeCommand<FindResult>('webexCalling.find', '(408) 555-0150');
    assert.deepStrictEqual(byNumber.items.map((i) => `${i.kind} ${i.name} ${i.matchedBy}`), ['autoAttendant Acme Main Menu number']);
  });

  it('Find Agent lists call queues among an agent\u2019s groups', async () => {
    const result = await vscode.commands.executeCommand<FindAgentResult>('webexCalling.findAgent', 'Lobby Phone');
    const lobby = result.agents.find((a) => a.name === 'Lobby Phone');
    assert.ok(lobby, 'the agent is found');
    assert.deepStrictEqual(
      lobby.memberships.filter((m) => m.kind === 'callQueue').map((m) => m.groupName),
      ['Customer Care Queue'],
    );
  });

  it('Export writes rows for call queue agents and one row per auto attendant', async () => {
    const file = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wce-kinds-')), 'inventory.json'));
    const dialog = spyOnWindow('showSaveDialog', () => Promise.resolve(file));
    const notifications = spyOnNotifications();
    try {
      await vscode.commands.executeCommand('webexCalling.export');
    } finally {
      dialog.restore();
      notifications.restore();
    }
    const rows = JSON.parse(fs.readFileSync(file.fsPath, 'utf8')) as Array<Record<string, unknown>>;
    const care = rows.filter((r) => r.groupName === 'Customer Care Queue');
    assert.deepStrictEqual(care.map((r) => r.agentName), ['Maria Garcia', 'Priya Patel', 'Wei Chen', 'Lobby Phone', 'Sales Overflow']);
    assert.deepStrictEqual(
      rows.filter((r) => r.groupName === 'Acme Main Menu').map((r) => [r.kind, r.groupExtension, r.groupNumber, r.agentName]),
      [['autoAttendant', '5100', '+14085550150', null]],
    );
  });
});
