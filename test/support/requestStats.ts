// What the test sample server counts about the requests it receives, for tests and the benchmark.
// The counters cover every request; what is kept per request is bounded, because a benchmark run
// sends millions.

export interface RequestRecord {
  method: string;
  /** Path and query as received, e.g. `/v1/telephony/config/huntGroups?max=100`. */
  url: string;
  status: number;
  /** The Authorization header as received (tests check where the token went). */
  authorization?: string;
  startedAt: number;
  ms: number;
}

export interface RequestStats {
  total: number;
  /** Count per path without the query, e.g. `/v1/telephony/config/locations`. */
  byPath: Record<string, number>;
  /**
   * Count per response status, by `String(status)`, counted when each response has closed; 0 is a
   * request that got no response (hung, reset, or the client gave up). Requests still in flight
   * are not in it yet.
   */
  byStatus: Record<string, number>;
  /** The most requests in flight at once. */
  concurrentPeak: number;
  /** Requests whose method+url (query included) had been received before. */
  duplicates: number;
  /**
   * The most recent requests (up to `keptLogRecords`, default 10,000), in arrival order. The
   * counters above cover every request since the last resetStats(); `duplicates` is counted among
   * the first 100,000 distinct method+URL keys, and byPath counts up to 10,000 distinct paths,
   * later new ones under '(other paths)'.
   */
  log: RequestRecord[];
}

/** How many request records stats().log keeps by default: the most recent ones. */
export const KEPT_LOG_RECORDS = 10_000;
/** How many distinct method+URL keys are remembered to count duplicates. */
export const REMEMBERED_REQUEST_KEYS = 100_000;
/** How many distinct paths byPath counts separately; later new paths count under OTHER_PATHS. */
export const COUNTED_PATHS = 10_000;
export const OTHER_PATHS = '(other paths)';

export class RequestStatsRecorder {
  private total = 0;
  private byPath = new Map<string, number>();
  private byStatus = new Map<number, number>();
  private concurrentPeak = 0;
  private inFlight = 0;
  private duplicates = 0;
  private seen = new Set<string>();
  /** Grows to twice `keptLogRecords`, then drops the older half: amortized O(1) per request. */
  private log: RequestRecord[] = [];

  constructor(private readonly keptLogRecords = KEPT_LOG_RECORDS) {
    if (!Number.isInteger(keptLogRecords) || keptLogRecords < 0) throw new RangeError(`keptLogRecords must be a non-negative integer, got ${keptLogRecords}`);
  }

  /** Counts an arrival and returns its record; call `finished` when its response has closed. */
  arrived(method: string, url: string, authorization: string | undefined, now: number): RequestRecord {
    const record: RequestRecord = { method, url, status: 0, startedAt: now, ms: 0 };
    if (authorization !== undefined) record.authorization = authorization;
    this.total++;
    const path = url.split('?')[0];
    const counted = this.byPath.has(path) || this.byPath.size < COUNTED_PATHS ? path : OTHER_PATHS;
    this.byPath.set(counted, (this.byPath.get(counted) ?? 0) + 1);
    const key = `${method} ${url}`;
    if (this.seen.has(key)) this.duplicates++;
    else if (this.seen.size < REMEMBERED_REQUEST_KEYS) this.seen.add(key);
    this.log.push(record);
    if (this.log.length >= 2 * this.keptLogRecords) this.log = this.log.slice(this.log.length - this.keptLogRecords);
    this.inFlight++;
    this.concurrentPeak = Math.max(this.concurrentPeak, this.inFlight);
    return record;
  }

  finished(record: RequestRecord, status: number, now: number): void {
    this.inFlight--;
    record.status = status;
    record.ms = now - record.startedAt;
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
  }

  snapshot(): RequestStats {
    return {
      total: this.total,
      byPath: Object.fromEntries(this.byPath),
      byStatus: Object.fromEntries(this.byStatus),
      concurrentPeak: this.concurrentPeak,
      duplicates: this.duplicates,
      log: this.log.slice(Math.max(0, this.log.length - this.keptLogRecords)).map((record) => ({ ...record })),
    };
  }

  /** Zeroes the counters and forgets the log; requests still in flight count toward the new peak. */
  reset(): void {
    this.total = 0;
    this.byPath = new Map();
    this.byStatus = new Map();
    this.concurrentPeak = this.inFlight;
    this.duplicates = 0;
    this.seen = new Set();
    this.log = [];
  }
}
