// The sample API's rate limit: at most `requests` accepted arrivals in any `windowMs`, across the
// whole server, as Webex limits a token. A ring of the last `requests` accepted arrival times makes
// each check O(1), so a benchmark can set off 429 storms over a 1,000-location org cheaply.

export interface RateLimit {
  /** Requests allowed per window across all paths. */
  requests: number;
  windowMs: number;
  /** Sent as Retry-After on the 429; omitted, the 429 carries no Retry-After header. */
  retryAfterSeconds?: number;
}

export class SlidingWindowLimiter {
  /** The last `limit.requests` accepted arrival times, a ring whose oldest entry is at `oldest`. */
  private readonly arrivals: Float64Array;
  private accepted = 0;
  private oldest = 0;

  constructor(readonly limit: RateLimit) {
    if (!Number.isInteger(limit.requests) || limit.requests < 0) throw new RangeError(`RateLimit.requests must be a non-negative integer, got ${limit.requests}`);
    if (!(limit.windowMs > 0)) throw new RangeError(`RateLimit.windowMs must be positive, got ${limit.windowMs}`);
    this.arrivals = new Float64Array(limit.requests);
  }

  /** True when an arrival at `now` is over the limit; rejected arrivals do not use up the window. */
  rejects(now: number): boolean {
    const { requests, windowMs } = this.limit;
    if (requests === 0) return true;
    if (this.accepted < requests) {
      this.arrivals[this.accepted++] = now;
      return false;
    }
    if (now - this.arrivals[this.oldest] < windowMs) return true;
    this.arrivals[this.oldest] = now;
    this.oldest = (this.oldest + 1) % requests;
    return false;
  }
}
