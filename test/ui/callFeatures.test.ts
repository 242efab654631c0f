import * as assert from 'node:assert';
import { LOAD_WAIT_MS, Workbench, openRepoWorkbench, type RepoWorkbench } from './workbench';

// Call queues and auto attendants as a user sees them in the tree and the details view, in a light
// and a dark theme.
describe('Call queues and auto attendants in a real VS Code', function () {
  let opened: RepoWorkbench | undefined;
  let workbench: Workbench;

  before(async () => {
    opened = await openRepoWorkbench();
    workbench = opened.workbench;
    await workbench.runCommand('Webex Calling: Explore Sample Organization');
    await workbench.openWebexView();
    await workbench.treeRow(/San Jose HQ/).waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.widenSideBar();
    await workbench.expand(/San Jose HQ/);
  });

  after(async () => {
    await opened?.close();
  });

  it('shows a call queue\u2019s overflow, queue size and agents in words', async () => {
    await workbench.expand(/^Call Queues \(2\)/);
    await workbench.expand(/^Customer Care Queue/);
    await workbench.treeRow(/^Overflow: transfer to \+14085550110/).waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.treeRow(/^Queue size: 25 calls/).waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.expand(/^Agents \(5\)/);
    await workbench.treeRow(/^Lobby Phone/).waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.screenshot('40-call-queue-light');
  });

  it('shows an auto attendant\u2019s menus key by key', async () => {
    // Collapse the queues so the menu's rows are on screen (the tree draws only visible rows).
    await workbench.clickRow(workbench.treeRow(/^Call Queues \(2\)/));
    await workbench.expand(/^Auto Attendants \(1\)/);
    await workbench.expand(/^Acme Main Menu/);
    await workbench.expand(/^After hours menu/);
    const key = workbench.treeRow(/^7 → Transfer with prompt to \+14085550177/);
    await key.waitFor({ timeout: LOAD_WAIT_MS });
    assert.match(await key.innerText(), /Facilities emergency/, 'the key\u2019s own label is beside it');
    await workbench.screenshot('41-auto-attendant-light');
  });

  it('shows a call queue\u2019s details with every field documented', async () => {
    await workbench.expand(/^Call Queues \(2\)/);
    await workbench.clickRow(workbench.treeRow(/^Customer Care Queue/));
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Customer Care Queue' }).waitFor({ timeout: LOAD_WAIT_MS });
    const row = workbench.webview().locator('li.node', { hasText: /queueSize/ }).first();
    await row.waitFor({ timeout: LOAD_WAIT_MS });
    assert.match(await row.innerText(), /overflow/i, 'the field\u2019s documented meaning is beside it');
    assert.strictEqual(await workbench.webview().locator('.badge-undocumented').count(), 0, 'every field of the payload is documented');
    await workbench.screenshot('42-call-queue-details-light');
  });

  it('reads well in a dark theme', async () => {
    await workbench.runCommand('Preferences: Toggle between Light/Dark Themes');
    await workbench.page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.screenshot('43-call-queue-details-dark');
    await workbench.clickRow(workbench.treeRow(/^Call Queues \(2\)/));
    await workbench.clickRow(workbench.treeRow(/^Acme Main Menu/));
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Acme Main Menu' }).waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.webview().locator('li.node', { hasText: /keyConfigurations/ }).first().waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.screenshot('44-auto-attendant-dark');
  });

  it('draws the call flow of an auto attendant, from the tree through the palette, in both themes', async () => {
    // Collapse San Jose HQ so Denver's rows are on screen (the tree draws only visible rows).
    await workbench.clickRow(workbench.treeRow(/^San Jose HQ/));
    await workbench.expand(/^Denver/);
    await workbench.expand(/^Auto Attendants \(1\)/);
    await workbench.clickRow(workbench.treeRow(/^Denver Main Menu/));
    await workbench.runCommand('Webex Calling: Show Call Flow');
    const webview = workbench.webview();
    await webview.locator('g.node', { hasText: 'Grace Kim' }).first().waitFor({ timeout: LOAD_WAIT_MS });
    assert.match(await webview.locator('.loops').innerText(), /Loop East → Loop West → Loop East/);
    await workbench.screenshot('46-call-flow-dark');
    await workbench.runCommand('Preferences: Toggle between Light/Dark Themes');
    await workbench.page.locator('.monaco-workbench.vs').waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.webview().locator('g.node', { hasText: 'Grace Kim' }).first().waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.screenshot('45-call-flow-light');
  });
});
