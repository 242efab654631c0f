// The client-wide pause a 429 starts. Webex rate-limits per token, so when one request is told to
// wait, every other request of the same client would only earn its own 429 (and push the limit
// further out); they all wait for the same moment instead.

import { AbortErrorFactory, sleep } from './abortable';

export class RateLimitGate {
  private openAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Holds every request for `ms` from now; a pause already in force that ends later is kept. */
  pause(ms: number): void {
    this.openAt = Math.max(this.openAt, this.now() + ms);
  }

  /** When the current pause ends (epoch ms); in the past when there is none. */
  get pausedUntil(): number {
    return this.openAt;
  }

  /** Resolves once no pause is in force, waiting again if the pause grew meanwhile; an abort ends the wait. */
  async pass(signal: AbortSignal | undefined, onAbort: AbortErrorFactory): Promise<void> {
    for (let waitMs = this.openAt - this.now(); waitMs > 0; waitMs = this.openAt - this.now()) {
      await sleep(waitMs, signal, onAbort);
    }
    if (signal?.aborted) throw onAbort();
  }
}
