// Shared pieces of the Webex client tests: a client wired to a log, typed rejection checks and the
// "the token is nowhere" check.

import * as assert from 'node:assert/strict';
import * as util from 'node:util';
import { RequestLogEntry, WebexClient, WebexClientOptions } from '../../../src/webex/client';
import { WebexError } from '../../../src/webex/errors';

export interface LoggedClient {
  client: WebexClient;
  /** What onRequest reported, in order. */
  log: RequestLogEntry[];
}

/** A client for `baseUrl` with `token`, fast retries, and every log entry collected. */
export function loggedClient(baseUrl: string, token: string | undefined, options: Partial<WebexClientOptions> = {}): LoggedClient {
  const log: RequestLogEntry[] = [];
  const client = new WebexClient({
    baseUrl,
    getToken: () => token,
    retryBaseDelayMs: 5,
    timeoutMs: 2000,
    onRequest: (entry) => log.push(entry),
    ...options,
  });
  return { client, log };
}

/** Awaits a rejection and checks it is an instance of `type`; returns the error for further checks. */
export async function rejection<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof type, `expected ${type.name}, got ${util.inspect(error)}`);
    return error;
  }
  assert.fail(`expected ${type.name}, but the promise resolved`);
}

/** Every way an error or a log entry can end up printed or stored, none of which may hold the token. */
export function assertTokenAbsent(value: unknown, token: string): void {
  const renderings = [JSON.stringify(value), util.inspect(value, { depth: 10, showHidden: true })];
  if (value instanceof Error) renderings.push(value.message, value.stack ?? '', String(value));
  if (value instanceof WebexError) renderings.push(value.userMessage);
  for (const text of renderings) assert.ok(!text.includes(token), `the token leaked into: ${text}`);
}

/** Milliseconds `action` took. */
export async function elapsedMs(action: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await action();
  return Date.now() - started;
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves once `condition()` holds, checking on every turn of the event loop; mocha's timeout ends a wait that never does. */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}

/** Whether `promise` has settled by now (after the microtasks already queued have run). */
export async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  const outcome = await Promise.race([promise.then(() => true, () => true), new Promise((resolve) => setImmediate(() => resolve(pending)))]);
  return outcome !== pending;
}
