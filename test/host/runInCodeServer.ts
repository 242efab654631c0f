// Runs the host suite (test/host/*.test.ts, compiled) inside code-server's real extension host,
// with headless Chromium as the workbench. The workbench reports the suite's result by calling
// window.codeAutomationExit(code), which is exposed here before the page loads.
import * as path from 'node:path';
import * as util from 'node:util';
import type { ConsoleMessage } from 'playwright-core';
import { launchBrowser } from '../harness/browser';
import { repoRoot, startCodeServer, workbenchUrl } from '../harness/codeServer';

const SUITE_TIMEOUT_MS = 10 * 60_000;

async function main(): Promise<number> {
  const server = await startCodeServer({ env: { WCE_TEST_MODE: '1', WCE_HOST_GREP: process.env.WCE_HOST_GREP ?? '' } });
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    page.on('console', (message) => {
      void formatHostConsole(message).then((line) => {
        if (line !== undefined) process.stdout.write(line + '\n');
      });
    });
    const testsIndex = path.join(repoRoot, 'out', 'test', 'host', 'index.js');
    await page.goto(workbenchUrl(server, repoRoot, testsIndex));
    const timeout = new Promise<number>((resolve) =>
      setTimeout(() => {
        console.error(`Host tests did not finish within ${SUITE_TIMEOUT_MS / 1000} s`);
        resolve(1);
      }, SUITE_TIMEOUT_MS).unref(),
    );
    return await Promise.race([exitCode, timeout]);
  } finally {
    await browser.close();
    await server.stop();
  }
}

// Extension-host output reaches the page console as ['%c INFO', 'color: …', format, ...args]:
// drop the two styling arguments and format the rest, so mocha's lines print as in a terminal.
// The workbench's own start-up chatter is dropped: it is not the suite's.
const workbenchChatter =
  /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching|ChatSessionStore|\[Service Worker\])/;

async function formatHostConsole(message: ConsoleMessage): Promise<string | undefined> {
  const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => undefined)));
  if (typeof args[0] !== 'string' || !args[0].startsWith('%c')) return undefined;
  const [format, ...rest] = args.slice(2);
  const line = util.format(format, ...rest);
  return workbenchChatter.test(line) ? undefined : line.replace(/^\[Extension Host\] /, '');
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
