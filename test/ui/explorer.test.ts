import * as assert from 'node:assert';
import { launchBrowser, type Browser } from '../harness/browser';
import { repoRoot, startCodeServer, workbenchUrl, type RunningCodeServer } from '../harness/codeServer';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { Workbench, LOAD_WAIT_MS } from './workbench';

// A user's first minutes, clicked through the real workbench: the welcome view, the sample
// organization, a hunt group's agents, then signing in through the command palette.
describe('Webex Calling view in a real VS Code', function () {
  let codeServer: RunningCodeServer;
  let sampleApi: SampleServer;
  let browser: Browser;
  let workbench: Workbench;

  before(async () => {
    sampleApi = await startSampleServer();
    codeServer = await startCodeServer({ userSettings: { 'webexCalling.apiBaseUrl': sampleApi.baseUrl } });
    browser = await launchBrowser();
    workbench = new Workbench(await browser.context.newPage());
    await workbench.open(workbenchUrl(codeServer, repoRoot));
  });

  after(async () => {
    await browser?.close();
    await codeServer?.stop();
    await sampleApi?.close();
  });

  it('shows the welcome view with both ways in', async () => {
    const view = await workbench.openWebexView();
    await view.getByRole('button', { name: 'Sign in with access token' }).waitFor();
    await view.getByRole('button', { name: 'Explore the sample organization' }).waitFor();
    await workbench.screenshot('01-welcome');
  });

  it('explores the sample organization down to a hunt group\u2019s agents', async () => {
    const view = await workbench.openWebexView();
    await view.getByRole('button', { name: 'Explore the sample organization' }).click();
    await workbench.treeRow(/San Jose HQ/).waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.widenSideBar();
    await view.getByText(/built-in sample organization/i).waitFor();
    await workbench.screenshot('02-sample-locations');
    await workbench.expand(/San Jose HQ/);
    await workbench.expand(/^Hunt Groups \(\d+\)/);
    await workbench.screenshot('03-hunt-groups');
    await workbench.expand(/^Sales Line/);
    await workbench.treeRow(/^Policy: Circular/).waitFor();
    await workbench.expand(/^Agents \(\d+\)/);
    const agentRows = view.locator('.monaco-list-row[aria-level="5"]');
    await agentRows.first().waitFor();
    assert.ok((await agentRows.count()) > 0, 'agents are listed under the hunt group');
    await workbench.screenshot('04-hunt-group-agents');
  });

  it('finds a hunt group through the palette, reveals it and opens its details', async () => {
    await workbench.runCommand('Webex Calling: Find…');
    // Typing before Find's own box replaces the palette would go to the palette.
    await workbench.page.getByPlaceholder('Name, phone number or extension').waitFor();
    await workbench.page.keyboard.type('support');
    const result = workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Support Line' });
    await result.first().waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.screenshot('07-find');
    await workbench.page.keyboard.press('Enter');
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Support Line' }).waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.treeRow(/^Support Line/).and(workbench.page.locator('.selected')).waitFor();
    await workbench.screenshot('08-find-opened');
  });

  it('signs in with an access token through the command palette', async () => {
    await workbench.runCommand('Webex Calling: Sign In with Access Token');
    const input = workbench.page.locator('.quick-input-widget input.input');
    await input.waitFor();
    assert.strictEqual(await input.getAttribute('type'), 'password', 'the token is typed into a password box');
    await input.fill(SAMPLE_TOKEN);
    await workbench.screenshot('05-sign-in-prompt');
    await workbench.page.keyboard.press('Enter');
    await workbench.openWebexView();
    // The view's title names who is signed in.
    await workbench.page.locator('.sidebar .composite.title', { hasText: new RegExp(String(sampleApi.org.me.displayName), 'i') }).waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.treeRow(/San Jose HQ/).waitFor();
    assert.ok(sampleApi.stats().byPath['/v1/people/me'] >= 1, 'the token was checked before it was kept');
    await workbench.screenshot('06-signed-in');
  });
});
