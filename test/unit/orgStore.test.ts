import * as assert from 'node:assert';
import { startSampleServer, SAMPLE_TOKEN, type SampleServer } from '../support/sampleServer';
import { OrgStore } from '../../src/store/orgStore';
import { WebexCalling, type CallingFeature, type ListFilter } from '../../src/webex/calling';
import { WebexClient } from '../../src/webex/client';
import { AbortedError } from '../../src/webex/errors';

/** Waits for a condition, a turn of the event loop at a time. */
async function until(probe: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// The store the view reads through, over real HTTP against the sample API: nothing fetched twice,
// failures not kept, pages loaded one at a time.
describe('OrgStore', () => {
  let server: SampleServer;

  before(async () => {
    server = await startSampleServer();
  });
  after(() => server.close());
  afterEach(() => {
    server.clearFaults();
    server.setMaxPageSize(100);
  });

  function newStore(pageSize = 100): OrgStore {
    return new OrgStore(new WebexCalling(new WebexClient({ baseUrl: server.baseUrl, getToken: () => SAMPLE_TOKEN, pageSize, maxRetries: 0 })));
  }

  it('reads locations once and sorts them by name', async () => {
    const store = newStore();
    server.resetStats();
    const [first, second] = await Promise.all([store.locations(), store.locations()]);
    assert.strictEqual(first, second);
    assert.strictEqual(server.stats().total, 1);
    const names = first.map((l) => l.name);
    assert.deepStrictEqual(names, [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
  });

  it('caches details until forced, and single-flights concurrent reads', async () => {
    const store = newStore();
    const location = server.org.locations.find((l) => l.huntGroups.length > 0)!;
    const group = location.huntGroups[0];
    server.resetStats();
    await Promise.all([store.details('huntGroup', location.location.id, group.id), store.details('huntGroup', location.location.id, group.id)]);
    await store.details('huntGroup', location.location.id, group.id);
    assert.strictEqual(server.stats().total, 1);
    await store.details('huntGroup', location.location.id, group.id, { force: true });
    assert.strictEqual(server.stats().total, 2);
  });

  it('does not keep a failure: the next read asks again', async () => {
    const store = newStore();
    server.addFault({ path: '/telephony/config/locations', fault: { kind: 'status', status: 400 }, times: 1 });
    await assert.rejects(store.locations());
    const locations = await store.locations();
    assert.strictEqual(locations.length, server.org.locations.length);
  });

  it('loads a long list a page at a time and keeps loaded pages when a later page fails', async () => {
    server.setMaxPageSize(1);
    const store = newStore(1);
    const location = server.org.locations.find((l) => l.huntGroups.length >= 3)!;
    const list = store.list('huntGroup', location.location.id);
    server.resetStats();
    await list.ensureFirstPage();
    assert.strictEqual(list.items.length, 1);
    assert.strictEqual(list.hasMore, true);
    assert.strictEqual(server.stats().total, 1, 'only the first page was read');

    server.addFault({ path: /start=1\b/, fault: { kind: 'status', status: 500 }, times: 1 });
    await assert.rejects(list.loadNextPage());
    assert.strictEqual(list.items.length, 1, 'the first page stays');
    assert.ok(list.error);
    await list.loadNextPage();
    const expected = location.huntGroups.map((h) => h.id);
    assert.deepStrictEqual(list.items.map((h) => h.id), expected.slice(0, 2), 'the retry continues where it failed, without duplicates');
    await list.loadAll();
    assert.deepStrictEqual(list.items.map((h) => h.id), expected, 'every hunt group once, in the API\u2019s order');
    assert.strictEqual(list.complete, true);
  });

  it('does not keep a failed details read: the next expand asks again', async () => {
    const store = newStore();
    const location = server.org.locations.find((l) => l.huntGroups.length > 0 && l.callPickups.length > 0)!;
    const group = location.huntGroups[0];
    const pickup = location.callPickups[0];
    server.addFault({ path: `/telephony/config/locations/${location.location.id}/huntGroups/${group.id}`, fault: { kind: 'status', status: 500 }, times: 1 });
    server.addFault({ path: `/telephony/config/locations/${location.location.id}/callPickups/${pickup.id}`, fault: { kind: 'status', status: 500 }, times: 1 });
    server.resetStats();
    await assert.rejects(store.details('huntGroup', location.location.id, group.id));
    await assert.rejects(store.details('callPickup', location.location.id, pickup.id));
    assert.strictEqual(((await store.details('huntGroup', location.location.id, group.id)) as { id: string }).id, group.id);
    assert.strictEqual(((await store.details('callPickup', location.location.id, pickup.id)) as { id: string }).id, pickup.id);
    assert.strictEqual(server.stats().total, 4, 'each failure was asked again, once');
    await store.details('huntGroup', location.location.id, group.id);
    await store.details('callPickup', location.location.id, pickup.id);
    assert.strictEqual(server.stats().total, 4, 'the successes are kept');
  });

  it('keeps a forced read that succeeded while an older read of the same item failed', async () => {
    // Scripted answers (the client would send identical reads in flight once): the first read
    // fails only after the forced one has answered.
    const answers: Array<{ resolve: (value: unknown) => void; reject: (error: unknown) => void }> = [];
    const calling = { itemDetails: () => new Promise((resolve, reject) => answers.push({ resolve, reject })) } as unknown as WebexCalling;
    const store = new OrgStore(calling);
    const older = store.details('huntGroup', 'L', 'H');
    const newer = store.details('huntGroup', 'L', 'H', { force: true });
    answers[1].resolve({ id: 'H', name: 'fresh' });
    await newer;
    answers[0].reject(new Error('the older read failed'));
    await assert.rejects(older);
    assert.strictEqual(await store.details('huntGroup', 'L', 'H'), await newer);
    assert.strictEqual(answers.length, 2, 'the newer read stayed cached when the older one failed');
  });

  it('holds each location once, even when Webex repeats one across pages', async () => {
    // Webex can repeat an item when the list shifts between two page reads; the store must not
    // pass that on, whatever the client does (here the listing itself repeats one).
    const [a, b, c] = server.org.locations.map((l) => l.location);
    const calling = { locations: async () => [b, a, b, c, a] } as unknown as WebexCalling;
    const locations = await new OrgStore(calling).locations();
    assert.deepStrictEqual(locations.map((l) => l.id), [a, b, c].sort((x, y) => x.name.localeCompare(y.name)).map((l) => l.id));
  });

  it('forgets a location\u2019s lists and details on refresh of that location only', async () => {
    const store = newStore();
    const [a, b] = server.org.locations.filter((l) => l.huntGroups.length > 0);
    await store.list('huntGroup', a.location.id).ensureFirstPage();
    await store.list('huntGroup', b.location.id).ensureFirstPage();
    await store.details('huntGroup', a.location.id, a.huntGroups[0].id);
    store.forgetLocation(a.location.id);
    server.resetStats();
    await store.list('huntGroup', a.location.id).ensureFirstPage();
    await store.list('huntGroup', b.location.id).ensureFirstPage();
    await store.details('huntGroup', a.location.id, a.huntGroups[0].id);
    assert.strictEqual(server.stats().total, 2, 'location A read again (list + details), B from cache');
  });

  describe('org-wide hunt groups', () => {
    const huntGroupCount = (): number => server.org.locations.reduce((sum, l) => sum + l.huntGroups.length, 0);

    it('lists every hunt group in ceil(n / page size) requests, once, shared by concurrent callers', async () => {
      server.setMaxPageSize(5);
      const store = newStore(5);
      server.resetStats();
      const [first, second] = await Promise.all([store.allOfOrg('huntGroup'), store.allOfOrg('huntGroup')]);
      assert.strictEqual(first.length, huntGroupCount());
      assert.deepStrictEqual(second, first);
      assert.strictEqual(server.stats().total, Math.ceil(huntGroupCount() / 5));
      assert.ok(server.stats().log.every((r) => !r.url.includes('locationId=')));
      await store.allOfOrg('huntGroup');
      assert.strictEqual(server.stats().total, Math.ceil(huntGroupCount() / 5), 'cached');
      assert.strictEqual(store.completeOrgList('huntGroup')?.length, huntGroupCount());
    });

    it('then serves each location’s list from memory, complete, keeping lists the tree already read', async () => {
      const store = newStore();
      const [read, ...others] = server.org.locations;
      await store.list('huntGroup', read.location.id).ensureFirstPage();
      const listShown = store.list('huntGroup', read.location.id);
      for (const where of others) store.list('huntGroup', where.location.id); // created by the tree's labels, never read
      await store.allOfOrg('huntGroup');
      server.resetStats();
      assert.strictEqual(store.list('huntGroup', read.location.id), listShown, 'the list on screen stays');
      for (const where of others) {
        const list = store.list('huntGroup', where.location.id);
        await list.ensureFirstPage();
        assert.deepStrictEqual(list.items.map((h) => h.id), where.huntGroups.map((h) => h.id));
        assert.strictEqual(list.complete, true);
        assert.strictEqual(store.list('huntGroup', where.location.id), list, 'one list per location');
      }
      assert.strictEqual(server.stats().total, 0);
    });

    it('is forgotten with a location’s refresh, so nothing stale is served', async () => {
      const store = newStore();
      const where = server.org.locations.find((l) => l.huntGroups.length > 0)!;
      await store.allOfOrg('huntGroup');
      store.forgetLocation(where.location.id);
      assert.strictEqual(store.completeOrgList('huntGroup'), undefined);
      server.resetStats();
      await store.list('huntGroup', where.location.id).ensureFirstPage();
      assert.strictEqual(server.stats().total, 1);
      assert.match(server.stats().log[0].url, /locationId=/);
    });

    it('keeps the page in flight when the caller aborts, and continues after it', async () => {
      server.setMaxPageSize(3);
      server.setLatency(30);
      try {
        // Page reads are watched where the store asks for them: how many were asked for, how many landed.
        const client = new WebexClient({ baseUrl: server.baseUrl, getToken: () => SAMPLE_TOKEN, pageSize: 3, maxRetries: 0 });
        const calling = new WebexCalling(client);
        let asked = 0;
        let landed = 0;
        const listPages = calling.listPages.bind(calling);
        calling.listPages = (<T>(feature: CallingFeature, filter?: ListFilter) => {
          const pages = listPages<T>(feature, filter)[Symbol.asyncIterator]();
          return {
            [Symbol.asyncIterator]: () => ({
              next: async () => {
                asked++;
                const page = await pages.next();
                landed++;
                return page;
              },
            }),
          };
        }) as typeof calling.listPages;
        const store = new OrgStore(calling);
        const controller = new AbortController();
        server.resetStats();
        const reading = store.allOfOrg('huntGroup', { signal: controller.signal });
        await until(() => server.stats().total === 1, 'the first page request');
        controller.abort();
        await assert.rejects(reading, AbortedError);
        await until(() => landed === 1, 'the page in flight to land');
        // Had the listing gone on after the abort, the next page would be asked for in this turn.
        await new Promise((resolve) => setImmediate(resolve));
        assert.strictEqual(asked, 1, 'no page asked for after the abort');
        const all = await store.allOfOrg('huntGroup');
        assert.strictEqual(all.length, huntGroupCount());
        assert.strictEqual(server.stats().total, Math.ceil(huntGroupCount() / 3), 'the first page was not read twice');
        assert.strictEqual(server.stats().duplicates, 0);
      } finally {
        server.setLatency(0);
      }
    });

    it('searches with Webex’s filters, uncached', async () => {
      const store = newStore();
      server.resetStats();
      const pages = [];
      for await (const page of store.search('huntGroup', { name: 'sales' })) pages.push(...page);
      for await (const page of store.search('huntGroup', { name: 'sales' })) pages.push(...page);
      assert.strictEqual(server.stats().total, 2);
      assert.ok(pages.length > 0 && pages.every((h) => h.name.toLowerCase().includes('sales')));
    });
  });

  it('reads all of a location’s call pickups through the list the tree shows', async () => {
    server.setMaxPageSize(1);
    const store = newStore(1);
    const where = server.org.locations.find((l) => l.callPickups.length >= 2)!;
    await store.list('callPickup', where.location.id).ensureFirstPage();
    server.resetStats();
    const all = await store.allInLocation('callPickup', where.location.id);
    assert.deepStrictEqual(all.map((p) => p.id), where.callPickups.map((p) => p.id));
    assert.strictEqual(server.stats().total, where.callPickups.length - 1, 'the first page was already read');
    assert.strictEqual(store.list('callPickup', where.location.id).hasMore, false);
    await store.allInLocation('callPickup', where.location.id);
    assert.strictEqual(server.stats().total, where.callPickups.length - 1);
  });
});
