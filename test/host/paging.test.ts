import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { inventoryRequests, PAGING_MODE_LIST } from '../../bench/bounds';
import { collectInventory, inventoryRows, type FindAgentResult, type FindResult } from '../../src/inventory';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import type { OrgStore } from '../../src/store/orgStore';
import { childLabeled, childrenOf, extensionApi, setSetting, until, type ShownNode } from './helpers';

// Every way Webex has been seen to page a list (the sample API's paging modes), through the real
// extension: lists span pages, and the tree, Find, Find Agent and Export must each show every item
// exactly once. Expectations come from the sample org's data, never from the code under test.

/** Small pages, so every list spans several: 10 hunt groups a location (a multiple of the page, so
 * offset modes end on an empty page or a 404), 7 call pickups (ends on a short page), 7 locations. */
const PAGE_SIZE = 5;
const SIZE = { locations: 7, huntGroupsPerLocation: 10, callPickupsPerLocation: 7 };

describe('Lists in every paging mode', function () {
  this.timeout(60_000);
  let server: SampleServer;

  before(async () => {
    server = await startSampleServer({ size: SIZE, maxPageSize: PAGE_SIZE });
    await setSetting('apiBaseUrl', server.baseUrl);
    await setSetting('pageSize', PAGE_SIZE);
    const api = await extensionApi();
    api.connection.useSession(await api.auth.signInWithToken(SAMPLE_TOKEN));
    await until(() => api.connection.active?.baseUrl === server.baseUrl && api.connection.active.state === 'signedIn', 'the test API');
  });

  after(async () => {
    await vscode.commands.executeCommand('webexCalling.signOut');
    await setSetting('apiBaseUrl', undefined);
    await setSetting('pageSize', undefined);
    await server.close();
  });

  /** The location last in the API's own order: its lists are read last, on the last pages. */
  const lastLocation = () => server.org.locations[server.org.locations.length - 1];

  async function freshStore(): Promise<OrgStore> {
    const api = await extensionApi();
    const before = api.connection.active?.store;
    await vscode.commands.executeCommand('webexCalling.refresh');
    return until(() => (api.connection.active?.store !== before ? api.connection.active?.store : undefined), 'a fresh store');
  }

  /** Expands a folder and clicks "Load more…" until the list is complete; every row shown. */
  async function expandFully(folder: ShownNode): Promise<ShownNode[]> {
    const api = await extensionApi();
    let rows = await childrenOf(api, folder.node);
    for (let clicks = 0; rows.some((r) => r.item.contextValue === 'loadMore'); clicks++) {
      assert.ok(clicks < 20, 'the list ends');
      await vscode.commands.executeCommand('webexCalling.loadMore', folder.node);
      rows = await childrenOf(api, folder.node);
    }
    return rows;
  }

  const rowsOf = (rows: ShownNode[], kind: string): ShownNode[] => rows.filter((r) => String(r.item.contextValue).split(' ').includes(kind));

  for (const mode of PAGING_MODE_LIST) {
    describe(`paging mode "${mode}"`, () => {
      before(() => server.setPaging(mode));
      after(() => server.setPaging('link'));

      it('the tree shows every location, hunt group and call pickup once, with the right counts', async () => {
        const api = await extensionApi();
        await freshStore();
        const locations = await childrenOf(api);
        assert.deepStrictEqual(locations.map((l) => l.label).sort(), server.org.locations.map((l) => l.location.name).sort());
        const where = lastLocation();
        const location = await childLabeled(api, undefined, where.location.name);
        for (const [title, kind, expected] of [
          ['Hunt Groups', 'huntGroup', where.huntGroups],
          ['Call Pickups', 'callPickup', where.callPickups],
        ] as const) {
          const folder = await childLabeled(api, location.node, new RegExp(`^${title}`));
          const rows = rowsOf(await expandFully(folder), kind);
          const ids = rows.map((r) => r.node.id);
          assert.strictEqual(new Set(ids).size, ids.length, `${title}: no tree ID twice`);
          assert.deepStrictEqual(rows.map((r) => r.label).sort(), expected.map((item) => item.name).sort(), `${title}: each once`);
          const shown = await childLabeled(api, location.node, new RegExp(`^${title}`));
          assert.strictEqual(shown.label, `${title} (${expected.length})`);
        }
      });

      it('Export reads every membership once, in exactly the requests the mode needs', async () => {
        const store = await freshStore();
        server.resetStats();
        const inventory = await collectInventory(store);
        assert.strictEqual(server.stats().total, inventoryRequests(server.org, PAGE_SIZE, mode), 'requests (bench/bounds.ts)');
        assert.deepStrictEqual(inventory.failures, []);
        const written = inventoryRows(inventory.items).map((row) => `${row.groupId} ${row.agentId}`);
        const expected = server.org.locations.flatMap((l) =>
          [...l.huntGroups, ...l.callPickups, ...l.callQueues].flatMap((group) => (group.agents ?? []).map((agent) => `${group.id} ${agent.id}`)),
        );
        assert.strictEqual(new Set(written).size, written.length, 'no membership twice');
        assert.deepStrictEqual(written.sort(), expected.sort());
      });

      it('Find finds the items on the last pages', async () => {
        await freshStore();
        const where = lastLocation();
        // The city names all 10 hunt groups and 7 call pickups of the location: the search spans pages.
        const query = String((where.location as { address?: { city?: string } }).address?.city);
        const expected = server.org.locations
          .flatMap((l) => [...l.huntGroups, ...l.callPickups])
          .filter((group) => group.name.toLowerCase().includes(query.toLowerCase()))
          .map((group) => group.id);
        assert.ok(expected.length > PAGE_SIZE, `"${query}" matches more than a page`);
        const result = await vscode.commands.executeCommand<FindResult>('webexCalling.find', query);
        const found = result.items.map((item) => item.id);
        assert.strictEqual(new Set(found).size, found.length, 'no result twice');
        assert.deepStrictEqual(found.sort(), expected.sort());
        assert.ok(found.includes(where.huntGroups[where.huntGroups.length - 1].id), 'the last hunt group');
        assert.ok(found.includes(where.callPickups[where.callPickups.length - 1].id), 'the last call pickup');
      });

      it('Find Agent finds an agent of the last call pickup, with every group it is in', async () => {
        await freshStore();
        const where = lastLocation();
        const pickup = where.callPickups[where.callPickups.length - 1];
        const agentId = pickup.agents![pickup.agents!.length - 1].id;
        const expected = server.org.locations
          .flatMap((l) => [...l.huntGroups, ...l.callPickups])
          .filter((group) => (group.agents ?? []).some((agent) => agent.id === agentId))
          .map((group) => group.id);
        const result = await vscode.commands.executeCommand<FindAgentResult>('webexCalling.findAgent', agentId);
        assert.deepStrictEqual(result.agents.map((a) => a.id), [agentId]);
        const groups = result.agents[0].memberships.map((m) => m.groupId);
        assert.strictEqual(new Set(groups).size, groups.length, 'no group twice');
        assert.deepStrictEqual(groups.sort(), expected.sort());
        assert.ok(groups.includes(pickup.id));
      });
    });
  }
});
