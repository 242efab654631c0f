// Sign In with Webex in the extension host against the sample API: a stand-in for the browser that
// vscode.env.openExternal would open, which reads the consent page, posts its form (Approve or Deny,
// as one of the two sample admins) and follows the redirect to the loopback server.
import * as net from 'node:net';
import * as vscode from 'vscode';

export interface BrowserVisit {
  authorizeUrl: URL;
  consentStatus: number;
  /** Where the consent form sent the browser (the redirect URI with code or error). */
  redirectedTo?: string;
  loopbackStatus?: number;
  loopbackPage?: string;
}

export interface FakeBrowser {
  readonly visits: BrowserVisit[];
  restore(): void;
}

/** Replaces vscode.env.openExternal (patchable in an extension test host) with a browser that decides as told. */
export function fakeBrowser(decide: () => { decision: 'approve' | 'deny'; admin: 'home' | 'partner' }): FakeBrowser {
  const env = vscode.env as unknown as Record<string, unknown>;
  const original = env.openExternal;
  const visits: BrowserVisit[] = [];
  env.openExternal = async (uri: vscode.Uri) => {
    const authorizeUrl = new URL(uri.toString(true));
    const visit: BrowserVisit = { authorizeUrl, consentStatus: 0 };
    visits.push(visit);
    const consent = await fetch(authorizeUrl, { redirect: 'manual' });
    visit.consentStatus = consent.status;
    const html = await consent.text();
    const ticket = /name="ticket" value="([^"]+)"/.exec(html)?.[1];
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (!ticket || !action) return true;
    const { decision, admin } = decide();
    const posted = await fetch(new URL(action.replace(/&amp;/g, '&'), authorizeUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ticket: ticket.replace(/&amp;/g, '&'), decision, admin }).toString(),
      redirect: 'manual',
    });
    visit.redirectedTo = posted.headers.get('location') ?? undefined;
    if (visit.redirectedTo) {
      const loopback = await fetch(visit.redirectedTo);
      visit.loopbackStatus = loopback.status;
      visit.loopbackPage = await loopback.text();
    }
    return true;
  };
  if (env.openExternal === original) throw new Error('vscode.env.openExternal cannot be replaced in this host');
  return { visits, restore: () => (env.openExternal = original) };
}

/** Answers vscode.window.showInputBox for the length of a test. */
export function answerInputBoxes(answers: string[]): { prompts: string[]; restore(): void } {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window.showInputBox;
  const prompts: string[] = [];
  window.showInputBox = (options?: vscode.InputBoxOptions) => {
    prompts.push(options?.title ?? '');
    return Promise.resolve(answers.shift());
  };
  return { prompts, restore: () => (window.showInputBox = original) };
}

/** A port nothing listens on now (other suites on this machine use 8085). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
