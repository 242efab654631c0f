// The plumbing one org-wide read shares (inventory, Find, Find Agent): its own abort signal linked
// to the caller's, a cap on the requests it has queued, one fatal error that stops everything, and
// failures recorded per item instead of dropped.
import { setMaxListeners } from 'node:events';
import type { Kind } from '../kinds/kind';
import { errorSummary, isAborted, isUnauthorized } from '../errorText';
import { untilAborted } from '../webex/abortable';
import { Semaphore } from '../webex/concurrency';
import { AbortedError } from '../webex/errors';

/** The client's default cap (`webexCalling.maxConcurrentRequests`); callers pass the configured one. */
export const DEFAULT_CONCURRENCY = 10;

export interface LocationRef {
  id: string;
  name: string;
}

/** Something that could not be read; the rest of the run went on without it. */
export interface ReadFailure {
  /** An item's details (`huntGroup`), or a list (`huntGroupList`). */
  what: Kind | `${Kind}List`;
  /**
   * The location it belongs to; undefined for org-wide lists (or the locations, when a search could
   * not reach the per-location lists).
   */
  location?: LocationRef;
  /** The item's ID and name, for details that failed. */
  id?: string;
  name?: string;
  /** One sentence for people (Webex's wording, with a tracking ID when there is one). */
  message: string;
  error: unknown;
}

/**
 * One run's shared state. Work is started all at once and waits here for a slot, so a queue of
 * thousands costs no request after an abort: waiting tasks leave the queue at once.
 */
export class ReadRun {
  readonly signal: AbortSignal;
  readonly failures: ReadFailure[] = [];
  private readonly controller = new AbortController();
  private readonly slots: Semaphore;
  private fatal: unknown;
  private readonly unlink: () => void;

  constructor(
    private readonly callerSignal: AbortSignal | undefined,
    concurrency: number = DEFAULT_CONCURRENCY,
  ) {
    this.signal = this.controller.signal;
    // Every queued task listens for the abort; thousands of listeners are expected, not a leak.
    setMaxListeners(0, this.signal);
    this.slots = new Semaphore(Math.max(1, Math.floor(concurrency)));
    const forward = (): void => this.controller.abort();
    if (callerSignal?.aborted) this.controller.abort();
    callerSignal?.addEventListener('abort', forward, { once: true });
    this.unlink = () => callerSignal?.removeEventListener('abort', forward);
  }

  /** Runs `work` when a slot is free; resolves undefined if it failed (recorded) or the run stopped. */
  async slotted<T>(work: () => Promise<T>, what: string, onFailure: (error: unknown) => ReadFailure | undefined): Promise<T | undefined> {
    let release: (() => void) | undefined;
    try {
      release = await this.slots.acquire(this.signal, () => this.abortedError(what));
      return await this.unlessStopped(work(), what);
    } catch (error) {
      this.recordFailure(error, onFailure);
      return undefined;
    } finally {
      release?.();
    }
  }

  /** Runs `work` without taking a slot (a serial chain of pages is one request at a time anyway). */
  async unslotted<T>(work: () => Promise<T>, what: string, onFailure: (error: unknown) => ReadFailure | undefined): Promise<T | undefined> {
    try {
      return await this.unlessStopped(work(), what);
    } catch (error) {
      this.recordFailure(error, onFailure);
      return undefined;
    }
  }

  /** Waits for `work`, or rejects as soon as the run stops; the work itself is left to finish (and be cached). */
  unlessStopped<T>(work: Promise<T>, what: string): Promise<T> {
    return untilAborted(work, this.signal, () => this.abortedError(what));
  }

  /** Throws what ended the run early (a 401, or the caller's abort); call it once all work has settled. */
  finish(): void {
    this.unlink();
    if (this.fatal !== undefined) throw this.fatal;
    if (this.callerSignal?.aborted) throw this.abortedError('the organization');
  }

  /** A failure that makes every further request pointless (the token expired): stop at once. */
  stop(error: unknown): void {
    this.fatal ??= error;
    this.controller.abort();
  }

  private recordFailure(error: unknown, onFailure: (error: unknown) => ReadFailure | undefined): void {
    if (this.signal.aborted || isAborted(error)) return; // reported once, by finish()
    if (isUnauthorized(error)) {
      this.stop(error);
      return;
    }
    const failure = onFailure(error);
    if (failure) this.failures.push(failure);
  }

  private abortedError(what: string): AbortedError {
    return new AbortedError({ method: 'GET', url: what });
  }
}

export function failureOf(what: ReadFailure['what'], error: unknown, about: Omit<ReadFailure, 'what' | 'message' | 'error'> = {}): ReadFailure {
  return { what, ...about, message: errorSummary(error).message, error };
}
