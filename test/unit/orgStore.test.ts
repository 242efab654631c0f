import * as assert from 'node:assert';
import { startSampleServer, SAMPLE_TOKEN, type SampleServer } from '../../src/sample/server';
import { OrgStore } from '../../src/store/orgStore';
import { WebexCalling } from '../../src/webex/calling';
import { WebexClient } from '../../src/webex/client';
import { AbortedError } from '../../src/webex/errors';

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
    await Promise.all([store.huntGroup(location.location.id, group.id), store.huntGroup(location.location.id, group.id)]);
    await store.huntGroup(location.location.id, group.id);
    assert.strictEqual(server.stats().total, 1);
    await store.huntGroup(location.location.id, group.id, { force: true });
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
    const list = store.huntGroups(location.location.id);
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
    assert.strictEqual(list.items.length, 2, 'the retry continues where it failed, without duplicates');
    await list.loadAll();
    assert.deepStrictEqual(new Set(list.items.map((h) => h.id)).size, location.huntGroups.length);
    assert.strictEqual(list.complete, true);
  });

  it('forgets a location\u2019s lists and details on refresh of that location only', async () => {
    const store = newStore();
    const [a, b] = server.org.locations.filter((l) => l.huntGroups.length > 0);
    await store.huntGroups(a.location.id).ensureFirstPage();
    await store.huntGroups(b.location.id).ensureFirstPage();
    await store.huntGroup(a.location.id, a.huntGroups[0].id);
    store.forgetLocation(a.location.id);
    server.resetStats();
    await store.huntGroups(a.location.id).ensureFirstPage();
    await store.huntGroups(b.location.id).ensureFirstPage();
    await store.huntGroup(a.location.id, a.huntGroups[0].id);
    assert.strictEqual(server.stats().total, 2, 'location A read again (list + details), B from cache');
  });

  describe('org-wide hunt groups', () => {
    const huntGroupCount = (): number => server.org.locations.reduce((sum, l) => sum + l.huntGroups.length, 0);

    it('lists every hunt group in ceil(n / page size) requests, once, shared by concurrent callers', async () => {
      server.setMaxPageSize(5);
      const store = newStore(5);
      server.resetStats();
      const [first, second] = await Promise.all([store.allHuntGroups(), store.allHuntGroups()]);
      assert.strictEqual(first.length, huntGroupCount());
      assert.deepStrictEqual(second, first);
      assert.strictEqual(server.stats().total, Math.ceil(huntGroupCount() / 5));
      assert.ok(server.stats().log.every((r) => !r.url.includes('locationId=')));
      await store.allHuntGroups();
      assert.strictEqual(server.stats().total, Math.ceil(huntGroupCount() / 5), 'cached');
      assert.strictEqual(store.completeOrgHuntGroups()?.length, huntGroupCount());
    });

    it('then serves each location’s list from memory, complete, keeping lists the tree already read', async () => {
      const store = newStore();
      const [read, ...others] = server.org.locations;
      await store.huntGroups(read.location.id).ensureFirstPage();
      const listShown = store.huntGroups(read.location.id);
      for (const where of others) store.huntGroups(where.location.id); // created by the tree's labels, never read
      await store.allHuntGroups();
      server.resetStats();
      assert.strictEqual(store.huntGroups(read.location.id), listShown, 'the list on screen stays');
      for (const where of others) {
        const list = store.huntGroups(where.location.id);
        await list.ensureFirstPage();
        assert.deepStrictEqual(list.items.map((h) => h.id), where.huntGroups.map((h) => h.id));
        assert.strictEqual(list.complete, true);
        assert.strictEqual(store.huntGroups(where.location.id), list, 'one list per location');
      }
      assert.strictEqual(server.stats().total, 0);
    });

    it('is forgotten with a location’s refresh, so nothing stale is served', async () => {
      const store = newStore();
      const where = server.org.locations.find((l) => l.huntGroups.length > 0)!;
      await store.allHuntGroups();
      store.forgetLocation(where.location.id);
      assert.strictEqual(store.completeOrgHuntGroups(), undefined);
      server.resetStats();
      await store.huntGroups(where.location.id).ensureFirstPage();
      assert.strictEqual(server.stats().total, 1);
      assert.match(server.stats().log[0].url, /locationId=/);
    });

    it('keeps the page in flight when the caller aborts, and continues after it', async () => {
      server.setMaxPageSize(3);
      server.setLatency(30);
      try {
        const store = newStore(3);
        const controller = new AbortController();
        server.resetStats();
        const pages: number[] = [];
        const reading = store.allHuntGroups({ signal: controller.signal, onItems: (items) => pages.push(items.length) });
        setTimeout(() => controller.abort(), 10);
        await assert.rejects(reading, AbortedError);
        await new Promise((resolve) => setTimeout(resolve, 60));
        assert.strictEqual(server.stats().total, 1, 'no page after the abort');
        const all = await store.allHuntGroups();
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
      for await (const page of store.searchHuntGroups({ name: 'sales' })) pages.push(...page);
      for await (const page of store.searchHuntGroups({ name: 'sales' })) pages.push(...page);
      assert.strictEqual(server.stats().total, 2);
      assert.ok(pages.length > 0 && pages.every((h) => h.name.toLowerCase().includes('sales')));
    });
  });

  it('reads all of a location’s call pickups through the list the tree shows', async () => {
    server.setMaxPageSize(1);
    const store = newStore(1);
    const where = server.org.locations.find((l) => l.callPickups.length >= 2)!;
    await store.callPickups(where.location.id).ensureFirstPage();
    server.resetStats();
    const all = await store.allCallPickups(where.location.id);
    assert.deepStrictEqual(all.map((p) => p.id), where.callPickups.map((p) => p.id));
    assert.strictEqual(server.stats().total, where.callPickups.length - 1, 'the first page was already read');
    assert.strictEqual(store.callPickups(where.location.id).hasMore, false);
    await store.allCallPickups(where.location.id);
    assert.strictEqual(server.stats().total, where.callPickups.length - 1);
  });
});
