import * as assert from 'node:assert/strict';
import { listRequests } from '../../bench/bounds';
import {
  collectInventory,
  findAgent,
  findItems,
  inventoryRows,
  inventoryToJson,
  type InventoryProgress,
  type InventoryRow,
} from '../../src/inventory';
import { startSampleServer, SAMPLE_TOKEN, type SampleOrg, type SampleServer } from '../support/sampleServer';
import type { CallPickupAgent } from '../../src/kinds/callPickup/types';
import type { HuntGroupAgent } from '../../src/kinds/huntGroup/types';
import type { Kind } from '../../src/kinds/kind';
import { OrgStore } from '../../src/store/orgStore';
import { WebexCalling, type CallingFeature } from '../../src/webex/calling';
import { WebexClient, type WebexClientOptions } from '../../src/webex/client';
import { AbortedError, ServerError, UnauthorizedError } from '../../src/webex/errors';
import { decodeWebexId } from '../../src/webex/ids';

// Find, Find Agent and Export over real HTTP against the sample API. Every expectation is computed
// from the sample org's own data (server.org), never from the code under test, and request counts
// are the server's.
//
// These tests are about hunt groups and call pickups. Other kinds (call queues, auto attendants)
// join the inventory, Find and Find Agent with tests of their own: where a run cannot be limited to
// these two kinds, only their results and the requests about them are compared.

const PAGE_SIZE = 100;

const THESE_KINDS: readonly Kind[] = ['huntGroup', 'callPickup'];

function ofTheseKinds<T extends { kind: Kind }>(items: readonly T[]): T[] {
  return items.filter((item) => THESE_KINDS.includes(item.kind));
}

/** Paths (without the query) of the locations list and of hunt group and call pickup lists and details. */
const PATH_OF_THESE_KINDS = /\/telephony\/config\/(locations|huntGroups|locations\/[^/]+\/(huntGroups|callPickups)(\/[^/]+)?)$/;

/** The fewest requests a list can take in the sample API's default (link) paging: see bench/bounds.ts. */
function pagesFor(items: number, pageSize = PAGE_SIZE): number {
  return listRequests(items, pageSize, 'link');
}

function countsOf(org: SampleOrg) {
  const huntGroups = org.locations.reduce((sum, l) => sum + l.huntGroups.length, 0);
  const callPickups = org.locations.reduce((sum, l) => sum + l.callPickups.length, 0);
  return { locations: org.locations.length, huntGroups, callPickups };
}

/** Locations list + org-wide hunt group pages + a call pickup list per location + one GET per item. */
function inventoryLowerBound(org: SampleOrg, pageSize = PAGE_SIZE): number {
  const counts = countsOf(org);
  const callPickupPages = org.locations.reduce((sum, l) => sum + pagesFor(l.callPickups.length, pageSize), 0);
  return pagesFor(counts.locations, pageSize) + pagesFor(counts.huntGroups, pageSize) + callPickupPages + counts.huntGroups + counts.callPickups;
}

type Membership = { kind: Kind; groupId: string; weight?: string };

/** Every agent's groups, straight from the sample data. */
function membershipsByAgent(org: SampleOrg): Map<string, Membership[]> {
  const byAgent = new Map<string, Membership[]>();
  const add = (agentId: string, membership: Membership): void => {
    byAgent.set(agentId, [...(byAgent.get(agentId) ?? []), membership]);
  };
  for (const location of org.locations) {
    for (const group of location.huntGroups) {
      for (const agent of (group.agents ?? []) as HuntGroupAgent[]) {
        const weighted = group.callPolicies?.policy === 'WEIGHTED' && agent.weight !== undefined;
        add(agent.id, weighted ? { kind: 'huntGroup', groupId: group.id, weight: String(agent.weight) } : { kind: 'huntGroup', groupId: group.id });
      }
    }
    for (const pickup of location.callPickups) {
      for (const agent of (pickup.agents ?? []) as CallPickupAgent[]) add(agent.id, { kind: 'callPickup', groupId: pickup.id });
    }
  }
  return byAgent;
}

function sortedMemberships(list: Membership[]): Membership[] {
  return [...list].sort((a, b) => `${a.kind}${a.groupId}`.localeCompare(`${b.kind}${b.groupId}`));
}

describe('Inventory, Find and Find Agent', () => {
  let server: SampleServer;

  before(async () => {
    server = await startSampleServer();
  });
  after(() => server.close());
  afterEach(() => {
    server.clearFaults();
    server.setLatency(0);
    server.setMaxPageSize(100);
    server.setTokens([SAMPLE_TOKEN]);
  });

  function newStore(options: Partial<WebexClientOptions> = {}): OrgStore {
    const client = new WebexClient({ baseUrl: server.baseUrl, getToken: () => SAMPLE_TOKEN, pageSize: PAGE_SIZE, maxRetries: 0, ...options });
    return new OrgStore(new WebexCalling(client));
  }

  function requests(): string[] {
    return server.stats().log.map((record) => record.url);
  }

  /** URLs of the requests for the locations list and for hunt groups and call pickups, in arrival order. */
  function requestUrlsOfTheseKinds(): string[] {
    return requests().filter((url) => PATH_OF_THESE_KINDS.test(url.split('?')[0]));
  }

  /** How many requests were for the locations list and for hunt groups and call pickups (see PATH_OF_THESE_KINDS). */
  function requestsOfTheseKinds(): number {
    return Object.entries(server.stats().byPath).reduce((sum, [path, count]) => sum + (PATH_OF_THESE_KINDS.test(path) ? count : 0), 0);
  }

  describe('collectInventory', () => {
    it('reads every hunt group and call pickup with details in exactly the lower bound of requests', async () => {
      const store = newStore();
      server.resetStats();
      const progress: InventoryProgress[] = [];
      const inventory = await collectInventory(store, { kinds: THESE_KINDS, onProgress: (p) => progress.push(p) });

      assert.equal(server.stats().total, inventoryLowerBound(server.org));
      assert.equal(server.stats().duplicates, 0);
      assert.ok(!requests().some((url) => /huntGroups\?.*locationId=/.test(url)), 'hunt groups are listed org-wide, not per location');
      assert.deepEqual(inventory.failures, []);

      const expected = server.org.locations.flatMap((l) => [...l.huntGroups.map((g) => `huntGroup ${g.id}`), ...l.callPickups.map((p) => `callPickup ${p.id}`)]);
      assert.deepEqual(inventory.items.map((item) => `${item.kind} ${item.details.id}`).sort(), expected.sort());
      for (const item of inventory.items) {
        const where = server.org.locations.find((l) => l.location.id === item.location.id)!;
        assert.equal(item.location.name, where.location.name);
      }

      const last = progress.at(-1)!;
      assert.deepEqual(last, { phase: 'details', done: last.total, total: server.stats().total, failed: 0 });
      assert.ok(progress.every((p, i) => i === 0 || p.done >= progress[i - 1].done), 'done never goes back');
    });

    it('costs nothing the second time, and serves the tree\u2019s location lists from the org-wide listing', async () => {
      const store = newStore();
      await collectInventory(store);
      server.resetStats();
      await collectInventory(store);
      for (const where of server.org.locations) {
        const list = store.list('huntGroup', where.location.id);
        await list.ensureFirstPage();
        assert.deepEqual(list.items.map((g) => g.id), where.huntGroups.map((g) => g.id));
        assert.equal(list.hasMore, false, 'served complete: no "Load more"');
        await store.details('huntGroup', where.location.id, where.huntGroups[0]?.id ?? 'none').catch(() => undefined);
      }
      const extra = server.stats().log.filter((r) => !r.url.includes('/huntGroups/none'));
      assert.deepEqual(extra.map((r) => r.url), []);
    });

    it('reuses what the tree already read', async () => {
      const store = newStore();
      const where = server.org.locations.find((l) => l.huntGroups.length > 0 && l.callPickups.length > 0)!;
      await store.locations();
      await store.list('callPickup', where.location.id).ensureFirstPage();
      await store.details('huntGroup', where.location.id, where.huntGroups[0].id);
      server.resetStats();
      await collectInventory(store, { kinds: THESE_KINDS });
      assert.equal(server.stats().total, inventoryLowerBound(server.org) - 3);
      assert.equal(server.stats().duplicates, 0);
    });

    it('follows pages: ceil(n / page size) requests per list', async () => {
      server.setMaxPageSize(2);
      const store = newStore({ pageSize: 2 });
      server.resetStats();
      const inventory = await collectInventory(store, { kinds: THESE_KINDS });
      assert.equal(server.stats().total, inventoryLowerBound(server.org, 2));
      assert.equal(inventory.items.length, countsOf(server.org).huntGroups + countsOf(server.org).callPickups);
    });

    it('reports a failed item and a failed list, and reads everything else', async () => {
      const where = server.org.locations.find((l) => l.huntGroups.length >= 2)!;
      const broken = where.huntGroups[1];
      const otherLocation = server.org.locations.find((l) => l !== where && l.callPickups.length > 0)!;
      server.addFault({ path: `/telephony/config/locations/${where.location.id}/huntGroups/${broken.id}`, fault: { kind: 'status', status: 500 } });
      server.addFault({ path: `/telephony/config/locations/${otherLocation.location.id}/callPickups`, fault: { kind: 'status', status: 403 } });
      const inventory = await collectInventory(newStore(), { kinds: THESE_KINDS });

      assert.equal(inventory.failures.length, 2);
      const itemFailure = inventory.failures.find((f) => f.what === 'huntGroup')!;
      assert.equal(itemFailure.id, broken.id);
      assert.equal(itemFailure.name, broken.name);
      assert.equal(itemFailure.location?.id, where.location.id);
      assert.match(itemFailure.message, /500/);
      const listFailure = inventory.failures.find((f) => f.what === 'callPickupList')!;
      assert.equal(listFailure.location?.name, otherLocation.location.name);
      assert.match(listFailure.message, /403/);

      const counts = countsOf(server.org);
      assert.equal(inventory.items.length, counts.huntGroups - 1 + counts.callPickups - otherLocation.callPickups.length);
    });

    it('stops at the first 401: the token is gone, further requests would all fail', async () => {
      server.expireTokensAfter(3);
      server.resetStats();
      await assert.rejects(collectInventory(newStore(), { kinds: THESE_KINDS }), UnauthorizedError);
      assert.ok(server.stats().total < inventoryLowerBound(server.org));
    });

    it('fails as a whole when the locations cannot be read', async () => {
      server.addFault({ path: /^\/telephony\/config\/locations\?/, fault: { kind: 'status', status: 500 } });
      await assert.rejects(collectInventory(newStore()), ServerError);
    });

    it('stops on abort without waiting for requests in flight, and starts nothing queued afterwards', async () => {
      // Scripted Webex reads: details never answer until released, so the run can only reject at
      // once (not when they finish), and every read started is counted where it starts.
      const org = server.org;
      const started: string[] = [];
      const held: Array<() => void> = [];
      const hold = <T>(what: string, value: T): Promise<T> => {
        started.push(what);
        return new Promise<T>((resolve) => held.push(() => resolve(value)));
      };
      const onePage = <T>(items: T[]) => (async function* () {
        yield Object.assign(items, { hasMore: false });
      })();
      const calling = {
        locations: async () => org.locations.map((l) => l.location),
        listPages: (feature: CallingFeature, filter: { locationId?: string }) =>
          feature.listKey === 'huntGroups'
            ? onePage(org.locations.flatMap((l) => l.huntGroups.map((g) => ({ ...g, locationId: l.location.id, locationName: l.location.name }))))
            : onePage(org.locations.find((l) => l.location.id === filter.locationId)!.callPickups.map((p) => ({ ...p }))),
        itemDetails: (feature: CallingFeature, _locationId: string, id: string) => hold(`${feature.listKey} ${id}`, { id }),
      } as unknown as WebexCalling;
      const controller = new AbortController();
      const concurrency = 4;
      const run = collectInventory(new OrgStore(calling), {
        kinds: THESE_KINDS,
        signal: controller.signal,
        concurrency,
        onProgress: (p) => {
          if (p.phase === 'details' && !controller.signal.aborted) controller.abort();
        },
      });
      await assert.rejects(run, AbortedError);
      assert.ok(held.length > 0 && held.length <= concurrency, `${held.length} details reads held open when the run rejected`);
      const startedByAbort = started.length;
      for (const release of held.splice(0)) release();
      // Slots freed by the released reads would start queued work within these turns.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(started.slice(startedByAbort), [], 'nothing queued was started after the abort');
      assert.ok(startedByAbort < countsOf(org).huntGroups + countsOf(org).callPickups);
    });
  });

  describe('findItems', () => {
    const salesLine = () => server.org.locations.flatMap((l) => l.huntGroups).find((g) => g.name === 'Sales Line')!;

    it('finds a hunt group by name with one org-wide request, and call pickups from the location lists', async () => {
      const store = newStore();
      server.resetStats();
      const batches: number[] = [];
      const result = await findItems(store, 'sales', { onResults: (items) => batches.push(items.length) });
      const expected = server.org.locations.flatMap((l) => [
        ...l.huntGroups.filter((g) => g.name.toLowerCase().includes('sales')).map((g) => g.id),
        ...l.callPickups.filter((p) => p.name.toLowerCase().includes('sales')).map((p) => p.id),
      ]);
      assert.deepEqual(ofTheseKinds(result.items).map((i) => i.id).sort(), expected.sort());
      assert.ok(result.items.some((i) => i.id === salesLine().id && i.matchedBy === 'name'));
      assert.equal(batches.reduce((a, b) => a + b, 0), result.items.length, 'every result was streamed');
      // 1 filtered hunt group listing + locations + one call pickup list per location.
      assert.equal(requestsOfTheseKinds(), 1 + 1 + server.org.locations.length);
      assert.ok(requests().some((url) => url.includes('/huntGroups?') && url.includes('name=sales')));
    });

    it('matches names as Webex does (ignoring case), the same with and without the inventory loaded', async () => {
      const expected = server.org.locations.flatMap((l) => [...l.huntGroups, ...l.callPickups]).filter((g) => g.name.includes('München'));
      assert.ok(expected.length >= 2, 'a hunt group and a call pickup');
      const loaded = newStore();
      await collectInventory(loaded);
      for (const store of [newStore(), loaded]) {
        assert.deepEqual(ofTheseKinds((await findItems(store, 'sales LINE')).items).map((i) => i.name), ['Sales Line']);
        assert.deepEqual(ofTheseKinds((await findItems(store, 'line sales')).items), []);
        const munich = await findItems(store, 'MÜNCHEN');
        assert.deepEqual(ofTheseKinds(munich.items).map((i) => i.id).sort(), expected.map((g) => g.id).sort());
      }
    });

    it('treats digits as a number or an extension, with one request and no call pickup lists', async () => {
      for (const [query, matchedBy] of [
        ['+14085550101', 'number'],
        ['(408) 555-0101', 'number'],
        ['5001', 'extension'],
      ] as const) {
        server.resetStats();
        const result = await findItems(newStore(), query);
        assert.deepEqual(ofTheseKinds(result.items).map((i) => [i.id, i.matchedBy]), [[salesLine().id, matchedBy]], query);
        assert.equal(requestsOfTheseKinds(), 1, query);
        assert.ok(requestUrlsOfTheseKinds()[0].includes('phoneNumber='), query);
      }
    });

    it('searches in memory once the inventory is loaded', async () => {
      const store = newStore();
      await collectInventory(store);
      server.resetStats();
      assert.deepEqual(ofTheseKinds((await findItems(store, '5001')).items).map((i) => i.id), [salesLine().id]);
      assert.ok((await findItems(store, 'pickup')).items.length > 0);
      assert.equal(server.stats().total, 0);
    });

    it('returns nothing for an empty query without a request, and rejects on abort', async () => {
      server.resetStats();
      assert.deepEqual(await findItems(newStore(), '   '), { items: [], failures: [] });
      assert.equal(server.stats().total, 0);
      const controller = new AbortController();
      controller.abort();
      await assert.rejects(findItems(newStore(), 'sales', { signal: controller.signal }), AbortedError);
    });
  });

  describe('findAgent', () => {
    it('returns exactly the groups an agent is in, with weights under WEIGHTED, in the lower bound of requests', async () => {
      const byAgent = membershipsByAgent(server.org);
      // The sample agent in the most groups, with at least one WEIGHTED hunt group.
      const [agentId, expected] = [...byAgent].filter(([, list]) => list.some((m) => m.weight)).sort((a, b) => b[1].length - a[1].length)[0];
      const agent = server.org.locations.flatMap((l) => l.huntGroups.flatMap((g) => (g.agents ?? []) as HuntGroupAgent[])).find((a) => a.id === agentId)!;

      const store = newStore();
      server.resetStats();
      const result = await findAgent(store, `${agent.lastName} ${agent.firstName}`);
      assert.equal(requestsOfTheseKinds(), inventoryLowerBound(server.org));
      assert.equal(server.stats().duplicates, 0);
      const found = result.agents.find((a) => a.id === agentId)!;
      assert.ok(found, `found ${agent.firstName} ${agent.lastName}`);
      assert.deepEqual(
        sortedMemberships(ofTheseKinds(found.memberships).map((m) => (m.weight === undefined ? { kind: m.kind, groupId: m.groupId } : { kind: m.kind, groupId: m.groupId, weight: m.weight }))),
        sortedMemberships(expected),
      );
      for (const membership of ofTheseKinds(found.memberships)) {
        const group = server.org.locations.flatMap((l) => l.huntGroups).find((g) => g.id === membership.groupId);
        assert.equal(membership.policy, group?.callPolicies?.policy, 'hunt groups carry their policy; call pickups none');
      }

      server.resetStats();
      const byExtension = await findAgent(store, String(agent.extension));
      assert.equal(server.stats().total, 0, 'the second search reads only the cache');
      assert.deepEqual(byExtension.agents.map((a) => [a.id, a.matchedBy]), [[agentId, 'extension']]);
      const byNumber = await findAgent(store, String(agent.phoneNumber));
      assert.deepEqual(byNumber.agents.map((a) => [a.id, a.matchedBy]), [[agentId, 'number']]);
      const byUuid = await findAgent(store, decodeWebexId(agentId)!.innerId.toUpperCase());
      assert.deepEqual(byUuid.agents.map((a) => [a.id, a.matchedBy]), [[agentId, 'id']]);
      const byId = await findAgent(store, agentId);
      assert.deepEqual(byId.agents.map((a) => ofTheseKinds(a.memberships).length), [expected.length]);
      assert.equal(server.stats().total, 0);
    });

    it('finds workspaces and virtual lines, and everyone whose name holds the words', async () => {
      // Agents found in hunt groups and call pickups (others may be in other kinds only).
      const inTheseKinds = (agents: Awaited<ReturnType<typeof findAgent>>['agents']) => agents.filter((a) => ofTheseKinds(a.memberships).length > 0);
      const result = await findAgent(newStore(), 'john');
      const byAgent = membershipsByAgent(server.org);
      const expectedIds = new Set<string>();
      for (const location of server.org.locations) {
        const agents = [...location.huntGroups.flatMap((g) => g.agents ?? []), ...location.callPickups.flatMap((p) => p.agents ?? [])] as Array<HuntGroupAgent & CallPickupAgent>;
        for (const a of agents) if (`${a.firstName} ${a.lastName} ${a.displayName ?? ''} ${a.email ?? ''}`.toLowerCase().includes('john')) expectedIds.add(a.id);
      }
      assert.deepEqual(inTheseKinds(result.agents).map((a) => a.id).sort(), [...expectedIds].sort());
      for (const agent of inTheseKinds(result.agents)) assert.equal(ofTheseKinds(agent.memberships).length, byAgent.get(agent.id)!.length);

      const store = newStore();
      const mueller = await findAgent(store, 'muller LUKAS');
      const lukas = server.org.locations.flatMap((l) => l.huntGroups.flatMap((g) => (g.agents ?? []) as HuntGroupAgent[])).find((a) => a.lastName === 'Müller')!;
      assert.deepEqual(inTheseKinds(mueller.agents).map((a) => [a.id, a.name]), [[lukas.id, 'Lukas Müller']], 'words in any order, without accents');
      for (const type of ['PLACE', 'VIRTUAL_LINE']) {
        const member = server.org.locations.flatMap((l) => l.huntGroups.flatMap((g) => (g.agents ?? []) as HuntGroupAgent[])).find((a) => a.type === type)!;
        const found = await findAgent(store, member.id);
        assert.deepEqual(found.agents.map((a) => [a.type, ofTheseKinds(a.memberships).length]), [[type, byAgent.get(member.id)!.length]]);
      }
    });
  });

  describe('export rows', () => {
    it('has one row per agent membership, and one for a group without agents', async () => {
      // Webex may send a weight under any policy; only WEIGHTED uses it. Give agents of a group of
      // every other policy a weight, so "no weight where the policy ignores it" is put to the test.
      const unweighted = server.org.locations.flatMap((l) => l.huntGroups).filter((g) => g.callPolicies?.policy !== 'WEIGHTED' && (g.agents ?? []).length > 0);
      const policiesGivenWeights = new Set(unweighted.map((g) => g.callPolicies?.policy));
      assert.deepEqual([...policiesGivenWeights].sort(), ['CIRCULAR', 'REGULAR', 'SIMULTANEOUS', 'UNIFORM']);
      for (const group of unweighted) for (const agent of group.agents as HuntGroupAgent[]) agent.weight = '25';
      const inventory = await collectInventory(newStore(), { kinds: THESE_KINDS });
      const rows = inventoryRows(inventory.items);
      const groups = server.org.locations.flatMap((l) => [...l.huntGroups, ...l.callPickups]);
      assert.equal(rows.length, groups.reduce((sum, g) => sum + Math.max(1, g.agents?.length ?? 0), 0));

      const empty = groups.find((g) => (g.agents ?? []).length === 0)!;
      const emptyRows = rows.filter((r) => r.groupId === empty.id);
      assert.equal(emptyRows.length, 1);
      assert.equal(emptyRows[0].agentName, null);

      const weighted = server.org.locations.flatMap((l) => l.huntGroups).find((g) => g.callPolicies?.policy === 'WEIGHTED')!;
      const weightedAgent = (weighted.agents as HuntGroupAgent[])[0];
      const row = rows.find((r) => r.groupId === weighted.id && r.agentId === weightedAgent.id)!;
      assert.equal(row.weight, String(weightedAgent.weight));
      assert.equal(row.policy, 'WEIGHTED');
      const unweightedRows = rows.filter((r) => unweighted.some((g) => g.id === r.groupId));
      assert.equal(unweightedRows.length, unweighted.reduce((sum, g) => sum + g.agents!.length, 0));
      assert.deepEqual([...new Set(unweightedRows.map((r) => r.weight))], [null], 'no weight where the policy ignores it');

      const json = JSON.parse(inventoryToJson(inventory.items)) as InventoryRow[];
      assert.deepEqual(json, rows);
      assert.ok(json.every((r) => Object.keys(r).length === 15), 'every row has every key');
    });
  });
});
