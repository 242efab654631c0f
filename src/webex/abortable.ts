// Waiting that a caller's abort ends at once: for a promise someone else settles, and for a delay.
// The abort is reported through `abortedError` so each layer rejects with its own error type.
//
// The delay is Node's `timers/promises` setTimeout, which clears its timer on abort (a plain
// `Promise.race` with a timer would keep a 60 s Retry-After wait alive after the caller left).

import { setTimeout as delay } from 'node:timers/promises';

/** Makes the error a wait rejects with when the caller's signal aborts it. */
export type AbortErrorFactory = () => Error;

/**
 * Waits for `work`, or rejects with `abortedError()` as soon as `signal` aborts. The work itself is
 * not stopped (a page in flight still lands in its cache), and a failure it has after the wait was
 * given up is handled, not reported as unhandled. `abortedError` is called only when the wait is
 * given up, so it may also release what the waiting caller held.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, abortedError: AbortErrorFactory): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(abortedError());
  }
  return new Promise<T>((resolve, reject) => {
    const giveUp = (): void => reject(abortedError());
    signal.addEventListener('abort', giveUp, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', giveUp);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', giveUp);
        reject(error);
      },
    );
  });
}

/** Waits `ms` milliseconds; an abort ends the wait at once with `abortedError()`. */
export async function sleep(ms: number, signal: AbortSignal | undefined, abortedError: AbortErrorFactory): Promise<void> {
  try {
    await delay(ms, undefined, { signal });
  } catch (error) {
    if (signal?.aborted) throw abortedError();
    throw error;
  }
}
