// Figure 1: requests per user action against the lower bound, driving the code the extension runs
// (OrgStore, findItems, findAgent, collectInventory over a real WebexClient) and counting what the
// sample server received. Counts do not depend on latency, so this runs without it (and without a
// rate limit, whose 429s are the server's doing, not the view's).
import { collectInventory, findAgent, findItems, inventoryToCsv } from '../src/inventory';
import type { SampleServer } from '../test/support/sampleServer';
import type { HuntGroupAgent } from '../src/kinds/huntGroup/types';
import { ALL_KINDS } from '../src/kinds/registry';
import { inventoryBound, locationAndPickupListsBound, memberInventoryBound, newStore, pagesFor, totals, withServer, type BenchOrg } from './org';
import type { BenchRow } from './table';

export async function requestCountRows(org: BenchOrg): Promise<BenchRow[]> {
  const mode = org.paging ?? 'link';
  return withServer({ size: org.size, paging: mode }, async (server) => {
    const rows: BenchRow[] = [];
    const measure = async (action: string, bound: number, work: () => Promise<unknown>): Promise<void> => {
      server.resetStats();
      await work();
      const { total, duplicates } = server.stats();
      const ratio = bound === 0 ? (total === 0 ? '—' : '∞') : (total / bound).toFixed(2);
      rows.push({
        figure: 1,
        measure: `Requests: ${action}`,
        on: mode === 'link' ? org.label : `${org.label}, paging ${mode}`,
        value: `${total} / ${bound} = ${ratio}${duplicates > 0 ? ` (${duplicates} repeated)` : ''}`,
        target: bound === 0 ? '0 (all cached)' : 'ratio 1.0',
        met: total === bound,
      });
    };

    // The tree, in the order a user opens it, on one store.
    const tree = newStore(server);
    const { locations: locationCount } = totals(server.org);
    await measure('open the view (locations)', pagesFor(locationCount, undefined, mode), () => tree.locations());
    const shown = await tree.locations();
    const where = shown.find((location) => {
      const data = locationData(server, location.id);
      return data.huntGroups.length > 0 && data.callPickups.length > 0;
    })!;
    // One first page per kind: the folders show their counts.
    await measure('expand a location (first pages)', ALL_KINDS.length, () => Promise.all(ALL_KINDS.map((kind) => tree.list(kind, where.id).ensureFirstPage())));
    await measure('expand a hunt group', 1, () => tree.details('huntGroup', where.id, tree.list('huntGroup', where.id).items[0].id));
    await measure('expand a call pickup', 1, () => tree.details('callPickup', where.id, tree.list('callPickup', where.id).items[0].id));
    const queue = tree.list('callQueue', where.id).items[0];
    if (queue) await measure('expand a call queue', 1, () => tree.details('callQueue', where.id, queue.id));
    const menu = tree.list('autoAttendant', where.id).items[0];
    if (menu) await measure('expand an auto attendant', 1, () => tree.details('autoAttendant', where.id, menu.id));

    // The commands, each on a store that has read nothing yet (the cold case).
    const huntGroups = server.org.locations.flatMap((l) => l.huntGroups);
    const named = huntGroups[0];
    const nameQuery = named.name;
    // Each org-wide kind is searched by Webex (the pages of its matches); call pickups per location.
    const matching = (items: ReadonlyArray<{ name: string }>): number => items.filter((item) => item.name.toLowerCase().includes(nameQuery.toLowerCase())).length;
    const everywhere = <K extends 'huntGroups' | 'callQueues' | 'autoAttendants'>(key: K) => server.org.locations.flatMap((l) => l[key] as ReadonlyArray<{ name: string }>);
    const orgWideSearchPages = (['huntGroups', 'callQueues', 'autoAttendants'] as const).reduce((sum, key) => sum + pagesFor(matching(everywhere(key)), undefined, mode), 0);
    await measure(`Find by name ("${nameQuery}")`, orgWideSearchPages + locationAndPickupListsBound(server.org, mode), () => findItems(newStore(server), nameQuery));
    const numbered = huntGroups.find((g) => g.phoneNumber)!;
    // One search per kind that has numbers (hunt groups, call queues, auto attendants).
    await measure(`Find by number (${numbered.phoneNumber})`, 3, () => findItems(newStore(server), String(numbered.phoneNumber)));

    const agent = (named.agents as HuntGroupAgent[])[0];
    const agentQuery = `${agent.firstName} ${agent.lastName}`;
    const searched = newStore(server);
    await measure(`Find Agent ("${agentQuery}")`, memberInventoryBound(server.org, mode), () => findAgent(searched, agentQuery));
    await measure('Find Agent again (same org)', 0, () => findAgent(searched, String(agent.extension)));
    await measure('Export Inventory', inventoryBound(server.org, mode), async () => inventoryToCsv((await collectInventory(newStore(server))).items));
    // Find Agent read every kind with members: Export adds only the auto attendants.
    const menus = totals(server.org).autoAttendants;
    await measure('Export Inventory after Find Agent', pagesFor(menus, undefined, mode) + menus, async () => inventoryToCsv((await collectInventory(searched)).items));
    return rows;
  });
}

function locationData(server: SampleServer, locationId: string) {
  return server.org.locations.find((l) => l.location.id === locationId)!;
}
