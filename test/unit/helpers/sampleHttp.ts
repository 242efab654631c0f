// Talking to the sample API over real HTTP in its unit tests: Node's own fetch (not the extension's
// client, so a client bug cannot hide a server bug), and node:http for what fetch will not send
// (a foreign Host header, a request target such as `//` or `*`).

import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import { SAMPLE_TOKEN, type SampleServer } from '../../support/sampleServer';

export type Json = Record<string, unknown>;

export const AUTH = { Authorization: `Bearer ${SAMPLE_TOKEN}` };

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export async function get(server: SampleServer, pathOrUrl: string, init: RequestInit = {}): Promise<Reply> {
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : server.baseUrl + pathOrUrl;
  const response = await fetch(url, { ...init, headers: { ...AUTH, ...(init.headers as Record<string, string> | undefined) } });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

export function nextLink(headers: Headers): string | undefined {
  const link = headers.get('link');
  return link ? /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined;
}

/** Follows Link rel="next" from `path` and returns every item under `key`, plus the URLs fetched. */
export async function collectAll(server: SampleServer, path: string, key: string): Promise<{ items: Json[]; urls: string[] }> {
  const items: Json[] = [];
  const urls: string[] = [];
  let url: string | undefined = server.baseUrl + path;
  while (url) {
    urls.push(url);
    const reply = await get(server, url);
    assert.equal(reply.status, 200, reply.text);
    items.push(...((reply.body as Json)[key] as Json[]));
    url = nextLink(reply.headers);
    assert.ok(urls.length < 100, 'paging terminates');
  }
  return { items, urls };
}

export function assertWebexError(reply: Reply, status: number): void {
  assert.equal(reply.status, status, reply.text);
  const trackingId = reply.headers.get('trackingid');
  assert.ok(trackingId, 'trackingid header');
  const body = reply.body as Json;
  assert.equal(typeof body.message, 'string');
  assert.ok(Array.isArray(body.errors) && body.errors.length > 0);
  assert.equal(typeof (body.errors as Json[])[0].description, 'string');
  assert.equal(body.trackingId, trackingId);
}

export interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as received, not decompressed. */
  bytes: Buffer;
}

/** A GET with exactly this request target and headers (Host included, which fetch fixes itself). */
export function rawGet(server: SampleServer, target: string, headers: Record<string, string> = {}): Promise<RawReply> {
  const origin = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: origin.hostname, port: origin.port, method: 'GET', path: target, headers: { ...AUTH, ...headers }, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/** Waits for `condition` to hold, polling; fails with `what` if it has not after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
