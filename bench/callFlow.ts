// Call flows (issue 12): the requests one trace makes against its lower bound (one lookup per
// distinct destination, one details and one forwarding read per distinct feature, one forwarding
// read per person or workspace reached by a redirect: what the tracer counts as it goes), a trace
// again on the same store (nothing read twice), the wall time of the six-step chain at 50 ms a
// request, and What Sends Calls Here? against Export's requests.
import { routedItemsOf, routeTargetOf, whatSendsCallsHere } from '../src/callFlow/reverse';
import { traceCall } from '../src/callFlow/trace';
import { collectInventory } from '../src/inventory';
import { KINDS } from '../src/kinds/registry';
import { inventoryBound, LATENCY_MS, newStore, THOUSAND_LOCATIONS, withServer } from './org';
import { formatMs, type BenchRow } from './table';

const FIGURE = 12;

export async function callFlowRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  await withServer({ latencyMs: LATENCY_MS }, async (server) => {
    const denver = server.org.locations.find((location) => location.location.name === 'Denver')!;
    const menu = denver.autoAttendants.find((item) => item.name === 'Denver Main Menu')!;
    const store = newStore(server);
    server.resetStats();
    const started = performance.now();
    const flow = await traceCall(store, { kind: 'autoAttendant', locationId: denver.location.id, itemId: menu.id });
    const ms = performance.now() - started;
    const requests = server.stats().total;
    rows.push({
      figure: FIGURE,
      measure: `Requests: trace Denver Main Menu (${flow.nodes.length} nodes; bound: distinct lookups + details + forwarding reads)`,
      on: 'default org',
      value: `${requests} / ${flow.requests} = ${(requests / (flow.requests ?? 1)).toFixed(2)}`,
      target: 'ratio 1.0',
      met: requests === flow.requests,
    });
    // The chain's reads that must follow one another: each step's number lookup, then its details and forwarding.
    const chainSteps = 6;
    rows.push({
      figure: FIGURE,
      measure: `Wall time of that trace (a ${chainSteps}-step chain, independent reads in parallel)`,
      on: `default org, ${LATENCY_MS} ms a request`,
      value: `${formatMs(ms)} = ${(ms / LATENCY_MS).toFixed(1)} round trips`,
      target: `≤ ${formatMs((chainSteps + 1) * LATENCY_MS * 1.1)} ((depth + 1) × ${LATENCY_MS} ms + 10%)`,
      met: ms <= (chainSteps + 1) * LATENCY_MS * 1.1,
    });
    server.resetStats();
    await traceCall(store, { kind: 'autoAttendant', locationId: denver.location.id, itemId: menu.id });
    rows.push({ figure: FIGURE, measure: 'Requests: the same trace again (same store)', on: 'default org', value: `${server.stats().total} / 0`, target: '0 (all cached)', met: server.stats().total === 0 });
  });
  await withServer({ size: THOUSAND_LOCATIONS.size }, async (server) => {
    const store = newStore(server);
    server.resetStats();
    const inventory = await collectInventory(store);
    // The same reads the command makes: the inventory, then each traceable item's forwarding.
    const items = await routedItemsOf(store, inventory.items);
    const target = items.find((item) => item.owner === 'huntGroup')!;
    whatSendsCallsHere(items, routeTargetOf(target.details, target.locationId));
    const traceable = inventory.items.filter((item) => KINDS[item.kind].traceable).length;
    const bound = inventoryBound(server.org) + traceable;
    const requests = server.stats().total;
    rows.push({
      figure: FIGURE,
      measure: `Requests: What Sends Calls Here? (Export's bound + ${traceable.toLocaleString('en-US')} forwarding reads)`,
      on: THOUSAND_LOCATIONS.label,
      value: `${requests} / ${bound} = ${(requests / bound).toFixed(2)}`,
      target: 'ratio 1.0',
      met: requests === bound,
    });
  });
  return rows;
}
