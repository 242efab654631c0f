// Headless Debian Chromium driven by playwright-core (no browser download).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(options: { colorScheme?: 'dark' | 'light' } = {}): Promise<Browser> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-chromium-'));
  const context = await chromium.launchPersistentContext(dataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? 'dark',
    // The machine's network is closed: without these flags Chromium keeps trying to reach its services.
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
