// The loopback redirect target (RFC 8252 §7.3): an HTTP server on 127.0.0.1 and ::1 at the
// configured port, for one redirect. It answers the browser with a short page and then closes.
// Requests for another path or with another Host header (DNS rebinding) are refused and do not end
// the wait; a redirect whose state does not match, or an error redirect, ends it with that reason.
// node:http only, no 'vscode'.
import * as http from 'node:http';
import { AuthorizationRefusedError, codeFromRedirect } from './authorizationResponse';

export const CALLBACK_PATH = '/callback';

export interface LoopbackRedirect {
  /** Settles with the authorization code of the one redirect, or rejects with why there is none. */
  readonly code: Promise<string>;
  /** Stops listening and drops every connection; safe to call more than once. */
  close(): Promise<void>;
}

export interface LoopbackOptions {
  port: number;
  expectedState: string;
  /** Told about each request that was refused without ending the wait, in plain words. */
  onRefused?: (message: string) => void;
}

/** Where the redirect URI registered with the integration points. */
export function redirectUriFor(port: number): string {
  return `http://localhost:${port}${CALLBACK_PATH}`;
}

export class LoopbackPortError extends Error {
  override readonly name = 'LoopbackPortError';
}

/** Starts listening; rejects with a LoopbackPortError when neither loopback address can be bound. */
export async function listenForRedirect(options: LoopbackOptions): Promise<LoopbackRedirect> {
  const { port, expectedState } = options;
  const allowedHosts = new Set([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
  let settle: { resolve: (code: string) => void; reject: (error: Error) => void } | undefined;
  const code = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  // Nobody may be awaiting yet when a refusal arrives; the caller still sees it through `code`.
  code.catch(() => undefined);
  let done = false;

  const handle = (request: http.IncomingMessage, response: http.ServerResponse): void => {
    const refuse = (status: number, message: string): void => {
      answer(response, status, 'Not signed in', message);
      options.onRefused?.(message);
    };
    if (!allowedHosts.has((request.headers.host ?? '').toLowerCase())) {
      refuse(400, `The sign-in redirect was refused: it was addressed to another host (${hostForMessage(request.headers.host)}).`);
      return;
    }
    const url = new URL(request.url ?? '/', `http://localhost:${port}`);
    if (request.method !== 'GET' || url.pathname !== CALLBACK_PATH) {
      refuse(404, `The sign-in server only answers GET ${CALLBACK_PATH}; a request for another path was refused.`);
      return;
    }
    if (done) {
      refuse(409, 'This sign-in already received its redirect; a second one was refused.');
      return;
    }
    done = true;
    try {
      const received = codeFromRedirect(url.searchParams, expectedState);
      answer(response, 200, 'Signed in', 'You are signed in to Webex. You can close this tab and return to VS Code.');
      settle?.resolve(received);
    } catch (error) {
      const message = error instanceof AuthorizationRefusedError ? error.message : 'The sign-in response could not be read.';
      answer(response, 400, 'Not signed in', message);
      settle?.reject(error instanceof Error ? error : new Error(message));
    }
    // One redirect: no further connection is accepted once the page has gone out.
    response.once('finish', () => void close());
  };

  const servers: http.Server[] = [];
  const failures: string[] = [];
  for (const host of ['127.0.0.1', '::1']) {
    const server = http.createServer(handle);
    server.keepAliveTimeout = 1000;
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port, host, exclusive: true }, () => resolve());
      });
      servers.push(server);
    } catch (error) {
      failures.push(`${host}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  // ::1 is missing where IPv6 is off; 127.0.0.1 alone still serves "localhost". In use is fatal.
  if (servers.length === 0 || failures.some((failure) => failure.endsWith('EADDRINUSE'))) {
    await Promise.all(servers.map(stop));
    throw new LoopbackPortError(
      `Could not listen for the sign-in redirect on port ${port} (${failures.join(', ')}). Close what uses the port, or choose another in webexCalling.oauth.redirectPort and register its redirect URI with the integration.`,
    );
  }

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= Promise.all(servers.map(stop)).then(() => {
      if (!done) settle?.reject(new AuthorizationRefusedError('notUnderstood', 'The sign-in server was closed before a redirect arrived.'));
    });
    return closing;
  };
  return { code, close };
}

function stop(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** A Host header as it may appear in a message: short, and nothing but host characters. */
function hostForMessage(host: string | undefined): string {
  return (host ?? 'none').replace(/[^A-Za-z0-9.:[\]-]/g, '').slice(0, 80) || 'none';
}

const PAGE_STYLE = 'body{font:16px system-ui,sans-serif;margin:15vh auto;max-width:34em;padding:0 1em;color:#222}';

/** A fixed page: the message is ours, never text from the request. */
function answer(response: http.ServerResponse, status: number, title: string, message: string): void {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${PAGE_STYLE}</style></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>`;
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    Connection: 'close',
  });
  response.end(html);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
