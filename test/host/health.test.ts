import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { HealthOutcome } from '../../src/commands/healthCommands';
import type { ExplorerApi } from '../../src/extension';
import type { Kind } from '../../src/kinds/kind';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { childLabeled, extensionApi, setSetting, until } from './helpers';
import { spyOnNotifications } from './windowSpy';

// Check Organization Health on the sample organization, in a real VS Code: the Problems panel's
// entries (rule ids, items, the JSON document and line of each), the quick fixes, the view's badge
// and the tree rows' decorations, and the severity settings.

const FOLDERS: Record<Kind, 'huntGroups' | 'callQueues' | 'autoAttendants' | 'callPickups'> = {
  huntGroup: 'huntGroups',
  callQueue: 'callQueues',
  autoAttendant: 'autoAttendants',
  callPickup: 'callPickups',
};

interface Target {
  kind: Kind;
  name: string;
  itemId: string;
  locationId: string;
  uri: vscode.Uri;
}

async function checkHealth(): Promise<HealthOutcome> {
  const notifications = spyOnNotifications();
  try {
    const outcome = await vscode.commands.executeCommand<HealthOutcome | undefined>('webexCalling.checkHealth');
    assert.ok(outcome, 'the check finished');
    return outcome;
  } finally {
    notifications.restore();
  }
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Webex Calling');
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

describe('Check Organization Health', function () {
  this.timeout(60_000);
  let server: SampleServer;
  let api: ExplorerApi;
  let outcome: HealthOutcome;

  /** An item of the sample data by kind and name, with its document URI. */
  const target = (kind: Kind, name: string): Target => {
    for (const data of server.org.locations) {
      const found = data[FOLDERS[kind]].find((item) => item.name === name);
      if (found) {
        const source = { kind, orgKey: api.connection.active!.orgKey, name, locationId: data.location.id, itemId: found.id };
        return { kind, name, itemId: found.id, locationId: data.location.id, uri: api.jsonDocuments.uriFor(source) };
      }
    }
    throw new Error(`no ${kind} ${name} in the sample org`);
  };

  /** The diagnostic of `ruleId` on the item, and the text of its line in the item's document. */
  const diagnosticOf = async (item: Target, ruleId: string, lineText: RegExp): Promise<vscode.Diagnostic> => {
    const found = ours(item.uri).filter((diagnostic) => codeOf(diagnostic) === ruleId);
    assert.ok(found.length > 0, `${ruleId} on ${item.name}; it has ${ours(item.uri).map(codeOf).join(', ') || 'nothing'}`);
    const document = await vscode.workspace.openTextDocument(item.uri);
    const lines = found.map((diagnostic) => document.lineAt(diagnostic.range.start.line).text);
    const index = lines.findIndex((text) => lineText.test(text));
    assert.ok(index >= 0, `${ruleId} on ${item.name} at a line like ${lineText}; lines: ${lines.join(' | ')}`);
    return found[index];
  };

  before(async () => {
    server = await startSampleServer();
    await setSetting('apiBaseUrl', server.baseUrl);
    api = await extensionApi();
    api.connection.useSession(await api.auth.signInWithToken(SAMPLE_TOKEN));
    await until(() => api.connection.active?.baseUrl === server.baseUrl, 'the test API');
    outcome = await checkHealth();
  });

  after(async () => {
    await setSetting('health.severity', undefined);
    await setSetting('health.disabledRules', undefined);
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setSetting('apiBaseUrl', undefined);
    await server?.close();
  });

  it('reads everything and reports the seeded problems in the Problems panel, each on its item\u2019s JSON document and field', async () => {
    assert.strictEqual(outcome.failures, 0);
    assert.ok(outcome.numbersRead);

    const afterHours = target('huntGroup', 'After Hours');
    const disabled = await diagnosticOf(afterHours, 'disabled-with-number', /^\s*"phoneNumber": "\+14085550190",?$/);
    assert.strictEqual(disabled.severity, vscode.DiagnosticSeverity.Information);
    assert.match(disabled.message, /After Hours is disabled but still has the phone number \+14085550190/);

    const mainMenu = target('autoAttendant', 'Acme Main Menu');
    const deadEnd = await diagnosticOf(mainMenu, 'dead-end-destination', /^\s*"value": "\+14085550177",?$/);
    assert.strictEqual(deadEnd.severity, vscode.DiagnosticSeverity.Error);
    await diagnosticOf(mainMenu, 'redirect-to-disabled', /^\s*"value": "\+14085550190",?$/);

    const overflowQueue = target('callQueue', 'London Overflow Queue');
    const loop = await diagnosticOf(overflowQueue, 'forwarding-loop', /^\s*"transferNumber": "\+442079460040",?$/);
    assert.match(loop.message, /Calls loop: London Overflow Queue → London Switchboard → London Overflow Queue/);
    await diagnosticOf(target('autoAttendant', 'London Switchboard'), 'forwarding-loop', /^\s*"value": "\+442079460030",?$/);

    const newHires = target('huntGroup', 'New Hires');
    await diagnosticOf(newHires, 'no-agents', /^\s*"agents": \[\],?$/);
    // Call forwarding is not in the document: the problem sits on the item's name.
    await diagnosticOf(newHires, 'empty-destination', /^\s*"name": "New Hires",?$/);

    const code = disabled.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.target.fragment, 'disabled-with-number');
    assert.match(code.target.path, /README\.md$/);
  });

  it('opens the JSON document on the text the lines were computed on (it is provided without opening the item first)', async () => {
    const document = await vscode.workspace.openTextDocument(target('huntGroup', 'After Hours').uri);
    const payload = JSON.parse(document.getText()) as { name: string; enabled: boolean };
    assert.strictEqual(payload.name, 'After Hours');
    assert.strictEqual(payload.enabled, false);
  });

  it('offers Reveal in Webex Calling view, Show Call Flow and Copy ID as quick fixes, and they act on the item', async () => {
    const afterHours = target('huntGroup', 'After Hours');
    const diagnostic = ours(afterHours.uri)[0];
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', afterHours.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    for (const title of ['Reveal in Webex Calling view', 'Show Call Flow', 'Copy ID']) assert.ok(titles.includes(title), `${title} in ${titles.join(', ')}`);
    const showCallFlow = actions.find((action) => action.title === 'Show Call Flow')!;
    assert.strictEqual(showCallFlow.command?.command, 'webexCalling.showCallFlow');
    assert.deepStrictEqual(showCallFlow.command?.arguments, [{ kind: 'huntGroup', locationId: afterHours.locationId, itemId: afterHours.itemId, name: 'After Hours' }]);

    const copyId = actions.find((action) => action.title === 'Copy ID')!;
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand(copyId.command!.command, ...(copyId.command!.arguments ?? []));
    assert.strictEqual(await vscode.env.clipboard.readText(), afterHours.itemId);

    const reveal = actions.find((action) => action.title === 'Reveal in Webex Calling view')!;
    await vscode.commands.executeCommand(reveal.command!.command, ...(reveal.command!.arguments ?? []));
    await until(() => api.treeView.selection.some((node) => node.id.endsWith(`/${afterHours.itemId}`)), 'After Hours selected in the tree');

    // A call pickup routes no calls: no Show Call Flow for it.
    const pickups = server.org.locations.flatMap((data) => data.callPickups.map((pickup) => pickup.name));
    const pickupWithProblem = pickups.map((name) => target('callPickup', name)).find((item) => ours(item.uri).length > 0);
    if (pickupWithProblem) {
      const pickupActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', pickupWithProblem.uri, ours(pickupWithProblem.uri)[0].range);
      assert.ok(!pickupActions.some((action) => action.title === 'Show Call Flow'));
    }
  });

  it('counts errors and warnings on the view\u2019s badge', () => {
    const all = vscode.languages.getDiagnostics().flatMap(([, diagnostics]) => diagnostics.filter((diagnostic) => diagnostic.source === 'Webex Calling'));
    const serious = all.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error || diagnostic.severity === vscode.DiagnosticSeverity.Warning).length;
    assert.ok(serious > 0);
    assert.strictEqual(api.treeView.badge?.value, serious);
    assert.match(api.treeView.badge?.tooltip ?? '', /errors?.*warnings?/);
    assert.strictEqual(outcome.counts.errors + outcome.counts.warnings, serious);
  });

  it('decorates the tree row of an item with problems, through the row\u2019s resource URI, in the Problems panel\u2019s colours', async () => {
    const mainMenu = target('autoAttendant', 'Acme Main Menu');
    const decoration = api.health.provideFileDecoration(mainMenu.uri);
    assert.ok(decoration, 'a decoration for Acme Main Menu');
    assert.strictEqual(decoration.badge, String(ours(mainMenu.uri).length));
    assert.strictEqual((decoration.color as vscode.ThemeColor).id, 'list.errorForeground');
    assert.match(decoration.tooltip ?? '', /error/);
    const afterHours = api.health.provideFileDecoration(target('huntGroup', 'After Hours').uri);
    assert.strictEqual(afterHours?.color, undefined, 'information only: no colour');

    const location = await childLabeled(api, undefined, 'San Jose HQ');
    const folder = await childLabeled(api, location.node, /^Auto Attendants/);
    const row = await childLabeled(api, folder.node, 'Acme Main Menu');
    assert.strictEqual(row.item.resourceUri?.toString(), mainMenu.uri.toString());

    const healthy = target('huntGroup', 'Sales Line');
    assert.strictEqual(ours(healthy.uri).length, 0);
    assert.strictEqual(api.health.provideFileDecoration(healthy.uri), undefined);
  });

  it('follows the severity and disabled-rules settings', async () => {
    await setSetting('health.severity', { 'disabled-with-number': 'error', 'no-agents': 'off' });
    await setSetting('health.disabledRules', ['forwarding-loop']);
    const again = await checkHealth();
    assert.ok(!again.findings.some((finding) => finding.ruleId === 'forwarding-loop' || finding.ruleId === 'no-agents'));
    const afterHours = target('huntGroup', 'After Hours');
    const disabled = ours(afterHours.uri).find((diagnostic) => codeOf(diagnostic) === 'disabled-with-number');
    assert.strictEqual(disabled?.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(ours(target('callQueue', 'London Overflow Queue').uri).filter((diagnostic) => codeOf(diagnostic) === 'forwarding-loop').length, 0);
    await setSetting('health.severity', undefined);
    await setSetting('health.disabledRules', undefined);
  });

  it('clears the problems, the badge and the decorations when the org session changes', async () => {
    await checkHealth();
    const mainMenu = target('autoAttendant', 'Acme Main Menu');
    assert.ok(ours(mainMenu.uri).length > 0);
    await vscode.commands.executeCommand('webexCalling.refresh');
    await until(() => ours(mainMenu.uri).length === 0 || undefined, 'the problems cleared');
    assert.strictEqual(api.treeView.badge, undefined);
    assert.strictEqual(api.health.provideFileDecoration(mainMenu.uri), undefined);
  });
});
