// Figure 2: the full inventory's wall time at 50 ms a request, against the concurrency-capped lower
// bound and against the naive sequential client in the same run; then under a rate limit tight
// enough to answer 429, to show those are absorbed through Retry-After. It runs on a slice of the
// 1,000-location org so the sequential baseline finishes in about 20 seconds.
import { collectInventory } from '../src/inventory';
import { SAMPLE_TOKEN, type RateLimit, type SampleOrgSize } from '../test/support/sampleServer';
import { naiveInventory } from './naiveClient';
import { CONCURRENCY, describeSize, inventoryBound, inventoryChain, LATENCY_MS, newStore, withServer } from './org';
import { formatMs, type BenchRow } from './table';

const SLICE: SampleOrgSize = { locations: 50, huntGroupsPerLocation: 5, callPickupsPerLocation: 2 };
/** Above what 10 parallel requests at 50 ms can send (200 a second): it never needs to answer 429. */
const ROOMY_LIMIT: RateLimit = { requests: 300, windowMs: 1000, retryAfterSeconds: 1 };
/** Half of that rate: the inventory runs into 429s all along. */
const TIGHT_LIMIT: RateLimit = { requests: 100, windowMs: 1000, retryAfterSeconds: 1 };

export async function inventoryTimingRows(): Promise<BenchRow[]> {
  const on = `${describeSize(SLICE)}, ${LATENCY_MS} ms`;
  return withServer({ size: SLICE, latencyMs: LATENCY_MS }, async (server) => {
    const requestsBound = inventoryBound(server.org);
    const boundMs = (requestsBound * LATENCY_MS) / CONCURRENCY + inventoryChain(server.org) * LATENCY_MS;

    const timedInventory = async (limit: RateLimit) => {
      server.setRateLimit(limit);
      server.resetStats();
      const started = performance.now();
      const inventory = await collectInventory(newStore(server), { concurrency: CONCURRENCY });
      const ms = performance.now() - started;
      const log = server.stats().log;
      return { ms, inventory, requests: log.length, throttled: log.filter((r) => r.status === 429).length, failed: inventory.failures.length };
    };

    const fast = await timedInventory(ROOMY_LIMIT);
    server.setRateLimit(undefined);
    const naiveStarted = performance.now();
    const naive = await naiveInventory(server.baseUrl, SAMPLE_TOKEN);
    const naiveMs = performance.now() - naiveStarted;
    if (naive.items !== fast.inventory.items.length) throw new Error(`the naive client read ${naive.items} items, the extension ${fast.inventory.items.length}`);
    const throttled = await timedInventory(TIGHT_LIMIT);
    server.setRateLimit(undefined);

    const items = fast.inventory.items.length;
    return [
      {
        figure: 2,
        measure: `Full inventory (${items} items, ${fast.requests} requests, ${CONCURRENCY} at a time)`,
        on,
        value: `${formatMs(fast.ms)} = ${(fast.ms / boundMs).toFixed(2)} × bound ${formatMs(boundMs)}`,
        target: '≤ 1.2 × bound',
        met: fast.ms <= 1.2 * boundMs && fast.failed === 0,
      },
      {
        figure: 2,
        measure: `… against a naive sequential client (${naive.requests} requests)`,
        on,
        value: `${formatMs(naiveMs)}: ${(naiveMs / fast.ms).toFixed(1)}× slower`,
        target: '≥ 5× faster',
        met: naiveMs >= 5 * fast.ms,
      },
      {
        figure: 2,
        measure: `… under a rate limit of ${TIGHT_LIMIT.requests} requests/s (Retry-After ${TIGHT_LIMIT.retryAfterSeconds} s)`,
        on,
        value: `${throttled.failed} failed, ${throttled.throttled} × 429 absorbed, ${formatMs(throttled.ms)}`,
        target: '0 failed',
        met: throttled.failed === 0 && throttled.inventory.items.length === items,
      },
    ];
  });
}
