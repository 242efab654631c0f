import * as assert from 'node:assert';
import { startSampleServer, SAMPLE_TOKEN, type SampleServer } from '../../src/sample/server';
import { OrgStore } from '../../src/store/orgStore';
import { WebexCalling } from '../../src/webex/calling';
import { WebexClient } from '../../src/webex/client';

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
});
