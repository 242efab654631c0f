// The client's request log hook: one entry per HTTP exchange, and one per decision taken without
// sending anything. Entries carry the path and query only, never the token.

import { requestPathOf, WebexError, WebexErrorKind } from './errors';

/**
 * One entry per HTTP exchange: every retry and every redirect hop is its own entry, so the log shows
 * exactly what went over the wire. Entries without a `status` and with a `note` record a decision
 * taken without sending anything (e.g. a repeated next link, no token).
 */
export interface RequestLogEntry {
  method: string;
  /** Path and query relative to the origin, e.g. `/v1/telephony/config/huntGroups?max=100`. */
  url: string;
  status?: number;
  ms: number;
  trackingId?: string;
  /** How many attempts of the same logical request came before this one. */
  retries: number;
  errorKind?: WebexErrorKind;
  note?: string;
}

export class RequestLog {
  constructor(private readonly sink: ((entry: RequestLogEntry) => void) | undefined) {}

  /** Runs one HTTP exchange's work and logs it, whatever its outcome; `work` fills in what it learns. */
  async exchange<T>(url: URL, retries: number, work: (entry: RequestLogEntry) => Promise<T>): Promise<T> {
    const entry: RequestLogEntry = { method: 'GET', url: requestPathOf(url), ms: 0, retries };
    const started = Date.now();
    try {
      return await work(entry);
    } catch (error) {
      if (error instanceof WebexError) entry.errorKind = error.kind;
      throw error;
    } finally {
      entry.ms = Date.now() - started;
      this.write(entry);
    }
  }

  /** Logs a decision about `url` taken without sending anything; `errorKind` when it fails the request. */
  note(url: URL, note: string, errorKind?: WebexErrorKind, retries = 0): void {
    this.write({ method: 'GET', url: requestPathOf(url), ms: 0, retries, ...(errorKind && { errorKind }), note });
  }

  private write(entry: RequestLogEntry): void {
    try {
      this.sink?.(entry);
    } catch {
      // A faulty log sink must not fail the request it describes.
    }
  }
}
