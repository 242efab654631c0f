// A tiny loopback HTTP server for the cases the sample API does not shape: odd Link headers, null
// list entries, an echoing error body, and "another origin" that must never be contacted.

import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  url: string;
  authorization?: string;
}

export interface HttpStub {
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** `http://127.0.0.1:PORT/v1`. */
  readonly baseUrl: string;
  /** Every request received, in arrival order. */
  readonly requests: StubRequest[];
  close(): Promise<void>;
}

export type StubHandler = (request: http.IncomingMessage, response: http.ServerResponse, origin: string) => void;

/** Answers every request with `handler`; the default handler answers 404 so a stray request is visible. */
export async function startHttpStub(handler: StubHandler = notFound): Promise<HttpStub> {
  const requests: StubRequest[] = [];
  let origin = '';
  const server = http.createServer((request, response) => {
    requests.push({ url: request.url ?? '', authorization: request.headers.authorization });
    handler(request, response, origin);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    baseUrl: `${origin}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function sendJson(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

function notFound(_request: http.IncomingMessage, response: http.ServerResponse): void {
  sendJson(response, 404, { message: 'stub: not found' });
}

/** Starts a server, then closes it: its origin refuses connections. */
export async function refusingOrigin(): Promise<string> {
  const stub = await startHttpStub();
  await stub.close();
  return stub.origin;
}

/** A request the stub has received and not answered yet. */
export interface HeldRequest {
  url: string;
  response: http.ServerResponse;
  /** Set once the client has given up the connection. */
  closed: boolean;
}

/** A handler that answers nothing until told to, so a test can act while requests are provably in flight. */
export function holdingHandler(): { handler: StubHandler; held: HeldRequest[] } {
  const held: HeldRequest[] = [];
  const handler: StubHandler = (request, response) => {
    const entry: HeldRequest = { url: request.url ?? '', response, closed: false };
    response.on('close', () => {
      entry.closed = true;
    });
    held.push(entry);
  };
  return { handler, held };
}
