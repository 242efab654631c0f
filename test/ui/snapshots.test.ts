import * as assert from 'node:assert';
import { LOAD_WAIT_MS, Workbench, openRepoWorkbench, type RepoWorkbench } from './workbench';

// Compare With… as a user runs it: select a hunt group, run the command from the palette, choose
// another hunt group in the quick pick, and read the two side by side in VS Code's diff editor.
describe('Diff editor in a real VS Code', function () {
  let opened: RepoWorkbench | undefined;
  let workbench: Workbench;

  before(async () => {
    opened = await openRepoWorkbench();
    workbench = opened.workbench;
    await workbench.runCommand('Webex Calling: Explore Sample Organization');
    await workbench.expand(/San Jose HQ/);
    await workbench.expand(/^Hunt Groups \(\d+\)/);
    await workbench.clickRow(workbench.treeRow(/^Sales Line/));
  });

  after(async () => {
    await opened?.close();
  });

  it('compares two hunt groups side by side', async () => {
    await workbench.runCommand('Webex Calling: Compare With…');
    const input = workbench.page.locator('.quick-input-widget input.input');
    await workbench.page.locator('.quick-input-widget', { hasText: 'Compare Sales Line with' }).waitFor({ timeout: LOAD_WAIT_MS });
    await input.fill('Support Line');
    await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Support Line' }).first().waitFor();
    await workbench.page.keyboard.press('Enter');
    const tab = workbench.page.locator('.tabs-container .tab', { hasText: 'Sales Line ↔ Support Line' });
    await tab.waitFor({ timeout: LOAD_WAIT_MS });
    const diff = workbench.page.locator('.monaco-diff-editor');
    await diff.waitFor({ timeout: LOAD_WAIT_MS });
    // Both sides hold their payloads: the names differ on one line, marked as changed on each side.
    await diff.locator('.editor.original .view-lines', { hasText: '"Sales Line"' }).waitFor({ timeout: LOAD_WAIT_MS });
    await diff.locator('.editor.modified .view-lines', { hasText: '"Support Line"' }).waitFor({ timeout: LOAD_WAIT_MS });
    assert.ok((await diff.locator('.editor.modified .line-insert, .editor.modified .char-insert').count()) > 0, 'changed lines are marked');
    await workbench.screenshot('60-compare-with-diff');
  });
});
