// The client's concurrency cap (a counting semaphore) and its single flight for identical GETs. They
// know nothing about HTTP; a caller's abort is reported through `onAbort` so the client can turn it
// into its own error type.
//
// Why not p-limit or p-queue for the cap: a caller that aborts while queued must leave the queue at
// once (an org-wide read queues thousands of tasks, and Cancel must cost no request and no wait).
// p-limit 7 (2.1 KB minified with yocto-queue) has no per-task signal, so an aborted task waits for
// its turn. p-queue 9 does drop an aborted task from its queue, but bundles to 12.4 KB minified
// (with eventemitter3 and p-timeout), four times the room dist/extension.js had left under its
// 150 KB limit; p-queue 10 needs Node 22, which VS Code 1.100 does not ship. This file minifies to
// 1.3 KB.

import { AbortErrorFactory, untilAborted } from './abortable';

/** A counting semaphore: the client's cap on requests in flight, and an org-wide read's cap on queued work. */
export class Semaphore {
  private available: number;
  private readonly waiting: Array<() => void> = [];

  constructor(permits: number) {
    if (!Number.isInteger(permits) || permits < 1) {
      throw new RangeError(`A semaphore needs at least one permit, got ${permits}`);
    }
    this.available = permits;
  }

  /** Resolves with a release function once a permit is free; an abort while queued gives up the place. */
  acquire(signal: AbortSignal | undefined, onAbort: AbortErrorFactory): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(onAbort());
    if (this.available > 0) {
      this.available--;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        signal?.removeEventListener('abort', abandon);
        resolve(this.releaser());
      };
      const abandon = (): void => {
        const index = this.waiting.indexOf(grant);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(onAbort());
      };
      signal?.addEventListener('abort', abandon, { once: true });
      this.waiting.push(grant);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next(); // the permit passes straight to the next waiter
      else this.available++;
    };
  }
}

interface Flight<T> {
  readonly promise: Promise<T>;
  readonly controller: AbortController;
  callers: number;
}

/**
 * Runs one operation per key at a time: callers arriving while it runs share its outcome. Each
 * caller can abort on its own; the shared operation is aborted only when every caller has left.
 */
export class SingleFlight<T> {
  private readonly flights = new Map<string, Flight<T>>();

  /**
   * `copy` gives callers after the first their own copy of the result, so one caller mutating what
   * it got cannot change what another one sees.
   */
  constructor(private readonly copy: (value: T) => T = (value) => value) {}

  run(
    key: string,
    operation: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal | undefined,
    onAbort: AbortErrorFactory,
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(onAbort());
    const existing = this.flights.get(key);
    const flight = existing ?? this.start(key, operation);
    flight.callers++;
    const result = existing ? flight.promise.then(this.copy) : flight.promise;
    return this.leaveOnAbort(key, flight, result, signal, onAbort);
  }

  /** How many operations are running; for tests and diagnostics. */
  get size(): number {
    return this.flights.size;
  }

  private start(key: string, operation: (signal: AbortSignal) => Promise<T>): Flight<T> {
    const controller = new AbortController();
    const flight: Flight<T> = { controller, callers: 0, promise: operation(controller.signal) };
    this.flights.set(key, flight);
    const forget = (): void => this.forget(key, flight);
    flight.promise.then(forget, forget);
    return flight;
  }

  /** The caller's wait for `result`; a caller who aborts leaves, and the last one to leave aborts the operation. */
  private leaveOnAbort(
    key: string,
    flight: Flight<T>,
    result: Promise<T>,
    signal: AbortSignal | undefined,
    onAbort: AbortErrorFactory,
  ): Promise<T> {
    return untilAborted(result, signal, () => {
      if (--flight.callers === 0) {
        // Forget it before aborting, so a caller arriving now starts afresh instead of joining a dead flight.
        this.forget(key, flight);
        flight.controller.abort();
      }
      return onAbort();
    });
  }

  private forget(key: string, flight: Flight<T>): void {
    if (this.flights.get(key) === flight) this.flights.delete(key);
  }
}
