import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../harness/browser';
import { freePort, repoRoot, startCodeServer, workbenchUrl, type RunningCodeServer } from '../harness/codeServer';
import { SAMPLE_OAUTH_CLIENT_ID, SAMPLE_OAUTH_CLIENT_SECRET, startSampleServer, type SampleServer } from '../support/sampleServer';
import { screenshotDir, Workbench } from './workbench';

/** A browser tab that is not the workbench, pictured as it is now. */
async function screenshotTab(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/**
 * The sample API reached on [::1] at its own port too (its Host check accepts `[::1]:<port>`).
 * code-server sends every http address on localhost or 127.0.0.1 that an extension opens through its
 * port proxy (/proxy/<port>/), dropping the path and query, so the authorize address has to name
 * the API by a loopback address code-server leaves as it is.
 */
async function onIpv6Loopback(api: SampleServer): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const port = Number(new URL(api.origin).port);
  const sockets = new Set<net.Socket>();
  const forwarder = net.createServer((client) => {
    const upstream = net.connect(port, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    forwarder.once('error', reject);
    forwarder.listen(port, '::1', resolve);
  });
  const baseUrl = new URL(api.baseUrl);
  baseUrl.hostname = '[::1]';
  return {
    baseUrl: baseUrl.href,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => forwarder.close(() => resolve()));
    },
  };
}

// Sign In with Webex clicked through the real workbench and the sample organization's real consent
// page: the browser tab VS Code opens, Approve, the redirect to the extension's loopback server on
// this machine, and the tree that follows.
describe('Sign In with Webex in a real VS Code and browser', function () {
  let codeServer: RunningCodeServer;
  let sampleApi: SampleServer;
  let ipv6: Awaited<ReturnType<typeof onIpv6Loopback>>;
  let browser: Browser;
  let workbench: Workbench;
  let redirectPort: number;

  before(async () => {
    redirectPort = await freePort();
    sampleApi = await startSampleServer({
      oauthClients: [{ clientId: SAMPLE_OAUTH_CLIENT_ID, clientSecret: SAMPLE_OAUTH_CLIENT_SECRET, redirectUris: [`http://localhost:${redirectPort}/callback`] }],
    });
    ipv6 = await onIpv6Loopback(sampleApi);
    codeServer = await startCodeServer({
      userSettings: {
        'webexCalling.apiBaseUrl': ipv6.baseUrl,
        'webexCalling.oauth.clientId': SAMPLE_OAUTH_CLIENT_ID,
        'webexCalling.oauth.redirectPort': redirectPort,
      },
    });
    browser = await launchBrowser();
    workbench = new Workbench(await browser.context.newPage());
    await workbench.open(workbenchUrl(codeServer, repoRoot));
  });

  after(async () => {
    await browser?.close();
    await codeServer?.stop();
    await ipv6?.close();
    await sampleApi?.close();
  });

  it('signs in through the consent page in a new tab and shows the org', async () => {
    const view = await workbench.openWebexView();
    await view.getByRole('button', { name: 'Sign in with Webex' }).click();

    // First use: the integration's secret, typed into a password box.
    const quickInput = workbench.page.locator('.quick-input-widget');
    await quickInput.getByText('Webex integration: client secret').waitFor({ timeout: 20_000 });
    const secretBox = quickInput.locator('input.input');
    assert.strictEqual(await secretBox.getAttribute('type'), 'password', 'the secret is typed into a password box');
    await secretBox.fill(SAMPLE_OAUTH_CLIENT_SECRET);
    const newTab = browser.context.waitForEvent('page', { timeout: 30_000 });
    await workbench.page.keyboard.press('Enter');

    // VS Code opens the authorize address in a new tab, asking first if the address is not trusted.
    const openButton = workbench.page.locator('.monaco-dialog-box').getByRole('button', { name: 'Open', exact: true });
    const consent = await Promise.race([
      newTab,
      openButton.waitFor({ timeout: 30_000 }).then(async () => {
        await openButton.click();
        return newTab;
      }),
    ]);
    await consent.waitForLoadState('domcontentloaded');
    assert.strictEqual(new URL(consent.url()).pathname, '/v1/authorize', `the tab opened ${consent.url()}`);
    const approve = consent.getByRole('button', { name: 'Approve' });
    await approve.waitFor({ timeout: 20_000 });
    await consent.getByText('spark-admin:telephony_config_read').waitFor();
    await consent.getByText(`http://localhost:${redirectPort}/callback`).waitFor();
    await consent.emulateMedia({ colorScheme: 'light' });
    await screenshotTab(consent, '40-oauth-consent');
    await consent.emulateMedia({ colorScheme: 'dark' });
    const darkBackground = await consent.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    assert.notStrictEqual(darkBackground, 'rgb(255, 255, 255)', 'the consent page follows a dark scheme');
    await screenshotTab(consent, '40-oauth-consent-dark');

    await approve.click();
    // The browser went to the extension's loopback server on this machine.
    await consent.getByText(/You can close this tab/).waitFor({ timeout: 20_000 });
    assert.strictEqual(new URL(consent.url()).origin, `http://localhost:${redirectPort}`, consent.url());

    await workbench.page.bringToFront();
    await workbench.openWebexView();
    const [firstLocation] = sampleApi.org.locations;
    await workbench.treeRow(String(firstLocation.location.name)).first().waitFor({ timeout: 30_000 });
    await workbench.page.locator('.sidebar .composite.title', { hasText: new RegExp(String(sampleApi.org.me.displayName), 'i') }).waitFor({ timeout: 20_000 });
    const oauth = sampleApi.oauthStats();
    assert.strictEqual(oauth.tokenRequests.authorization_code, 1, 'one code was exchanged');
    assert.ok(sampleApi.stats().byPath['/v1/people/me'] >= 1, 'the new token was checked');
    await workbench.widenSideBar();
    // Off the side bar's edge, which stays highlighted while the mouse is on it.
    await workbench.page.mouse.move(900, 450);
    await workbench.screenshot('41-oauth-signed-in');
  });
});
