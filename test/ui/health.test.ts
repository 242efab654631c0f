import * as assert from 'node:assert';
import { LOAD_WAIT_MS, Workbench, openRepoWorkbench, type RepoWorkbench } from './workbench';

// Check Organization Health as a user runs it on the sample organization: the command from the
// palette, "Show Problems" in its notification, the Problems panel listing each problem under the
// item's JSON document with the rule id, a click opening the JSON tab at the field, and the view's
// badge and decorated rows.
describe('Health checks in a real VS Code', function () {
  let opened: RepoWorkbench | undefined;
  let workbench: Workbench;

  before(async () => {
    opened = await openRepoWorkbench();
    workbench = opened.workbench;
    await workbench.runCommand('Webex Calling: Explore Sample Organization');
    await workbench.treeRow(/San Jose HQ/).waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.widenSideBar();
    await workbench.expand(/San Jose HQ/);
    await workbench.expand(/^Hunt Groups \(\d+\)/);
  });

  after(async () => {
    await opened?.close();
  });

  it('lists the problems in the Problems panel, and a click opens the JSON tab on the field', async () => {
    await workbench.runCommand('Webex Calling: Check Organization Health');
    const notification = workbench.page.locator('.notification-toast', { hasText: /Found \d+ errors, \d+ warnings and \d+ notes in \d+ items/ });
    await notification.waitFor({ timeout: LOAD_WAIT_MS });
    await notification.getByRole('button', { name: 'Show Problems' }).click();

    const problems = workbench.page.locator('.markers-panel');
    await problems.waitFor({ timeout: LOAD_WAIT_MS });
    const row = (text: RegExp) => problems.locator('.monaco-list-row', { hasText: text }).first();
    await row(/Calls loop: London Overflow Queue → London Switchboard → London Overflow Queue/).waitFor({ timeout: LOAD_WAIT_MS });
    // Each problem is listed under its item's JSON document, with the source and the rule id beside it.
    await row(/^London-Overflow-Queue-[0-9a-f]{12}\.json/).waitFor();
    await row(/Webex Calling\(?forwarding-loop/).waitFor();
    await row(/Webex Calling\(?dead-end-destination/).waitFor();

    // The view's badge counts errors and warnings; a row with problems shows its count.
    // (The entry's label names the badge: "Webex Calling - Organization health: 3 errors, …".)
    const badge = workbench.page.locator('.activitybar .action-item', { has: workbench.page.locator('a[aria-label^="Webex Calling"]') }).locator('.badge-content');
    assert.match((await badge.first().textContent()) ?? '', /^\d+$/);
    // VS Code draws a decoration's badge with a generated CSS class (its text is a ::after content).
    await workbench.treeRow(/^After Hours/).locator('[class*="monaco-decoration-itemBadge"]').first().waitFor();
    await workbench.screenshot('70-health-problems');

    // The panel lists more than it shows: filter it down to one item's problem, as a user would.
    await workbench.page.getByPlaceholder(/^Filter \(e\.g\. text/).first().fill('+14085550190');
    await row(/disabled but still has the phone number \+14085550190/).click();
    await workbench.page.locator('.tabs-container .tab', { hasText: /After-Hours/ }).waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.page.locator('.monaco-editor .view-lines .view-line', { hasText: '"phoneNumber": "+14085550190"' }).waitFor();
    // The field at fault is selected: line 5 of After Hours' payload, `"phoneNumber": "+14085550190",` (30 characters).
    await workbench.page.locator('.statusbar-item', { hasText: /Ln 5, Col 33 \(30 selected\)/ }).first().waitFor({ timeout: LOAD_WAIT_MS });
    await workbench.screenshot('71-health-problem-opened');
  });
});
