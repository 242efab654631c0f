// Health checks (issue 13): the requests Check Organization Health makes on the 1,000-location org
// against their lower bound, and the CPU time of the rules over its 10,000 items. The org is the
// 1,000-location one with two call queues and an auto attendant added per location, so that the
// items number 10,000 and every kind's rules have work to do.
import { readHealthData } from '../src/health/read';
import { runRules } from '../src/health/rules';
import type { SampleOrgSize } from '../test/support/sampleServer';
import { describeSize, inventoryBound, newStore, pagesFor, SCALE_ORG, totals, withServer } from './org';
import { formatMs, type BenchRow } from './table';

const FIGURE = 13;
const RULES_TARGET_MS = 500;
/** Runs of the rules; the slowest counts. */
const RULE_RUNS = 5;
const TEN_THOUSAND: SampleOrgSize = { ...SCALE_ORG, callQueuesPerLocation: 2, autoAttendantsPerLocation: 1 };

export async function healthRows(): Promise<BenchRow[]> {
  return withServer({ size: TEN_THOUSAND }, async (server) => {
    const on = `${describeSize(TEN_THOUSAND)} × 2 CQ × 1 AA`;
    server.resetStats();
    const read = await readHealthData(newStore(server));
    const requests = server.stats().total;
    if (read.failures.length > 0 || read.numbersFailure) throw new Error(`the health check could not read everything (${read.failures.length} failures${read.numbersFailure ? ', numbers list' : ''})`);
    const { huntGroups, callQueues, autoAttendants } = totals(server.org);
    const numbers = read.model.numbers?.length ?? 0;
    const bound = inventoryBound(server.org) + pagesFor(numbers) + huntGroups + callQueues + autoAttendants;

    let slowest = 0;
    let findings = 0;
    for (let run = 0; run < RULE_RUNS; run++) {
      const started = process.cpuUsage();
      findings = runRules(read.model).length;
      const used = process.cpuUsage(started);
      slowest = Math.max(slowest, (used.user + used.system) / 1000);
    }
    const items = read.model.items.length;
    return [
      {
        figure: FIGURE,
        measure: `Requests: Check Organization Health (inventory bound + ceil(${numbers.toLocaleString('en-US')} numbers ÷ page size) + ${(huntGroups + callQueues + autoAttendants).toLocaleString('en-US')} forwarding reads)`,
        on,
        value: `${requests} / ${bound} = ${(requests / bound).toFixed(2)}`,
        target: 'ratio 1.0',
        met: requests === bound,
      },
      {
        figure: FIGURE,
        measure: `Rule evaluation over ${items.toLocaleString('en-US')} items, CPU time (${findings} findings; slowest of ${RULE_RUNS})`,
        on,
        value: formatMs(slowest),
        target: `< ${formatMs(RULES_TARGET_MS)}`,
        met: items >= 10_000 && slowest < RULES_TARGET_MS,
      },
    ];
  });
}
