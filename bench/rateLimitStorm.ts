// The full inventory of the 1,000-location org under a rate limit of half what the client sends
// unthrottled on this machine (measured first, in the same run), so 429s come in storms: every item must still be read (0 failed), and the run may take at
// most 1.2 × the rate-limit bound.
//
// The bound is the larger of two floors no client that honours Retry-After can go under:
// - the accepted requests ÷ the allowed rate (the server lets no more through);
// - the same client's unthrottled time for the same work, measured just before in the same run,
//   plus the time the server told it to wait: the union of [429, 429 + Retry-After] over every 429.
// A client that stacked its waits (one pause per 429 instead of one per storm), or kept sending
// into a pause, shows up as a ratio above 1.
import { collectInventory } from '../src/inventory';
import type { RateLimit, RequestRecord } from '../test/support/sampleServer';
import { CONCURRENCY, newStore, SCALE_ORG, describeSize, withServer } from './org';
import { formatMs, type BenchRow } from './table';

/** The limit allows this share of the client's own unthrottled pace (measured first), so 429s come in storms on any machine. */
const ALLOWED_SHARE = 0.5;
const WINDOW_MS = 250;
const RETRY_AFTER_SECONDS = 1;

export async function rateLimitStormRows(): Promise<BenchRow[]> {
  // Every 429's arrival time is needed for the waits, so the server keeps its whole request log.
  return withServer({ size: SCALE_ORG, keptLogRecords: 1_000_000 }, async (server) => {
    server.resetStats();
    let started = performance.now();
    const free = await collectInventory(newStore(server), { concurrency: CONCURRENCY });
    const freeMs = performance.now() - started;
    const freeRequests = server.stats().total;

    const perWindow = Math.max(1, Math.floor(((freeRequests / freeMs) * WINDOW_MS) * ALLOWED_SHARE));
    const STORM_LIMIT: Required<RateLimit> = { requests: perWindow, windowMs: WINDOW_MS, retryAfterSeconds: RETRY_AFTER_SECONDS };
    server.setRateLimit(STORM_LIMIT);
    server.resetStats();
    started = performance.now();
    const throttled = await collectInventory(newStore(server), { concurrency: CONCURRENCY });
    const ms = performance.now() - started;
    server.setRateLimit(undefined);
    const stats = server.stats();
    const rejected = stats.log.filter((record) => record.status === 429);
    if (stats.log.length !== stats.total) throw new Error(`the server kept ${stats.log.length} of ${stats.total} request records`);
    const accepted = stats.total - rejected.length;
    if (accepted !== freeRequests) throw new Error(`the throttled run made ${accepted} accepted requests, the free one ${freeRequests}`);

    const rateFloorMs = (accepted / STORM_LIMIT.requests) * STORM_LIMIT.windowMs;
    const waitsMs = unionMs(rejected, STORM_LIMIT.retryAfterSeconds * 1000);
    const boundMs = Math.max(rateFloorMs, freeMs + waitsMs);
    const rate = Math.round((STORM_LIMIT.requests * 1000) / STORM_LIMIT.windowMs);
    return [
      {
        figure: 2,
        measure: `Full inventory under a ${rate} requests/s limit (429 storms, Retry-After ${STORM_LIMIT.retryAfterSeconds} s): ${throttled.items.length} items, ${accepted} requests, ${rejected.length} × 429`,
        on: describeSize(SCALE_ORG),
        value: `${throttled.failures.length} failed; ${formatMs(ms)} = ${(ms / boundMs).toFixed(2)} × bound ${formatMs(boundMs)} (rate ${formatMs(rateFloorMs)}; unthrottled ${formatMs(freeMs)} + waits ${formatMs(waitsMs)})`,
        target: '0 failed, ≤ 1.2 × bound',
        met: throttled.failures.length === 0 && throttled.items.length === free.items.length && ms <= 1.2 * boundMs,
      },
    ];
  });
}

/** The length of the union of [start, start + waitMs) over the records. */
function unionMs(records: readonly RequestRecord[], waitMs: number): number {
  const starts = records.map((record) => record.startedAt).sort((a, b) => a - b);
  let total = 0;
  let end = -Infinity;
  for (const start of starts) {
    const from = Math.max(start, end);
    const to = start + waitMs;
    if (to > from) total += to - from;
    end = Math.max(end, to);
  }
  return total;
}
