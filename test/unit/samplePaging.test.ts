// The sample API's paging modes, per list, over real HTTP: Link paging as documented, offset paging
// without Link (ending in an empty page or in a 404, as some Webex telephony lists do), pages that
// repeat an item, /organizations unpaginated, and each list's default `max` from the specs.
// Number entries have no ID: they are told apart by location, number and extension.

import * as assert from 'node:assert/strict';
import { LIST_PATHS, startSampleServer, type ListPath, type PagingMode, type SampleOrgSize, type SampleServer } from '../support/sampleServer';
import { nameDerivedId } from '../../src/sample/ids';
import { assertWebexError, collectAll, get, nextLink, type Json } from './helpers/sampleHttp';

interface ListUnderTest {
  path: ListPath;
  /** Where it is served (the call pickup list is per location). */
  url: string;
  key: string;
  /** The IDs the server holds, in order. */
  ids: string[];
}

/** An item's identity: its ID, or for number entries (which have none) where it is and what it is. */
function idOf(item: Json): string {
  if (item.id !== undefined) return String(item.id);
  return `${String((item.location as Json).id)} ${String(item.phoneNumber ?? '')} ${String(item.extension ?? '')}`;
}

/** `url` with more query parameters. */
const withQuery = (url: string, query: string): string => `${url}${url.includes('?') ? '&' : '?'}${query}`;

/** One location's numbers (a few pages; the filter must survive paging). */
const numbersUrl = (server: SampleServer): string => `/telephony/config/numbers?locationId=${server.org.locations[0].location.id}`;

/**
 * The numbers list as one page holds it: the reference the paged reads must reproduce (which
 * entries it holds and in what order is tested in sampleRouting.test.ts).
 */
async function allNumberIds(server: SampleServer): Promise<string[]> {
  const reply = await get(server, `${numbersUrl(server)}&max=2000`);
  assert.equal(reply.status, 200, reply.text);
  assert.equal(nextLink(reply.headers), undefined, 'one page holds them all');
  return ((reply.body as Json).phoneNumbers as Json[]).map(idOf);
}

let numberIds: string[] = [];

function listsOf(server: SampleServer): ListUnderTest[] {
  const org = server.org;
  const pickupLocation = [...org.locations].sort((a, b) => b.callPickups.length - a.callPickups.length)[0];
  const scheduleLocation = [...org.locations].sort((a, b) => b.autoAttendants.length - a.autoAttendants.length)[0];
  return [
    { path: '/locations', url: '/locations', key: 'items', ids: org.locations.map((l) => l.location.id) },
    { path: '/telephony/config/locations', url: '/telephony/config/locations', key: 'locations', ids: org.locations.map((l) => l.location.id) },
    { path: '/telephony/config/huntGroups', url: '/telephony/config/huntGroups', key: 'huntGroups', ids: org.locations.flatMap((l) => l.huntGroups.map((h) => h.id)) },
    {
      path: '/telephony/config/callPickups',
      url: `/telephony/config/locations/${pickupLocation.location.id}/callPickups`,
      key: 'callPickups',
      ids: pickupLocation.callPickups.map((c) => c.id),
    },
    { path: '/telephony/config/queues', url: '/telephony/config/queues', key: 'queues', ids: org.locations.flatMap((l) => l.callQueues.map((q) => q.id)) },
    { path: '/telephony/config/autoAttendants', url: '/telephony/config/autoAttendants', key: 'autoAttendants', ids: org.locations.flatMap((l) => l.autoAttendants.map((a) => a.id)) },
    { path: '/telephony/config/numbers', url: numbersUrl(server), key: 'phoneNumbers', ids: numberIds },
    {
      path: '/telephony/config/schedules',
      url: `/telephony/config/locations/${scheduleLocation.location.id}/schedules`,
      key: 'schedules',
      // Each generated auto attendant names its own business hours; they share the country's holidays.
      ids: [...new Map(scheduleLocation.autoAttendants.flatMap((a) => [
        [`businessHours ${a.businessSchedule}`, nameDerivedId('SCHEDULE', a.businessSchedule!)],
        ...(a.holidaySchedule ? [[`holidays ${a.holidaySchedule}`, nameDerivedId('SCHEDULE', a.holidaySchedule)] as [string, string]] : []),
      ] as Array<[string, string]>)).values()],
    },
  ];
}

const PAGE = 2;

/** The page at `start`: its status, its item IDs and its next link. */
async function pageAt(server: SampleServer, list: ListUnderTest, start: number): Promise<{ status: number; ids: string[]; next?: string; reply: Awaited<ReturnType<typeof get>> }> {
  const reply = await get(server, withQuery(list.url, `max=${PAGE}&start=${start}`));
  const items = reply.status === 200 ? ((reply.body as Json)[list.key] as Json[]) : [];
  return { status: reply.status, ids: items.map(idOf), next: nextLink(reply.headers), reply };
}

/** Reads a list by offset alone: the next start is start + max while pages are full. */
async function readByOffset(server: SampleServer, list: ListUnderTest): Promise<{ ids: string[]; links: number; endStatus: number }> {
  const ids: string[] = [];
  let links = 0;
  for (let start = 0; ; start += PAGE) {
    const page = await pageAt(server, list, start);
    if (page.next !== undefined) links++;
    if (page.status !== 200) return { ids, links, endStatus: page.status };
    ids.push(...page.ids);
    if (page.ids.length < PAGE) return { ids, links, endStatus: page.status };
  }
}

describe('sample API paging modes', () => {
  let server: SampleServer;
  before(async () => {
    // Every list a few pages long; the hunt group (10) and auto attendant (20) lists end on a full
    // page, the others short.
    server = await startSampleServer({ size: { locations: 5, huntGroupsPerLocation: 2, callPickupsPerLocation: 5, callQueuesPerLocation: 3, autoAttendantsPerLocation: 4 }, maxPageSize: 2000 });
    numberIds = await allNumberIds(server);
    for (const list of listsOf(server)) assert.ok(list.ids.length > 2 * PAGE, `${list.path} spans several pages`);
  });
  after(async () => {
    await server.close();
  });
  afterEach(() => {
    server.setPaging('link');
  });

  it('serves every list the server pages', () => {
    assert.deepEqual(listsOf(server).map((list) => list.path).sort(), [...LIST_PATHS].sort());
  });

  for (const path of LIST_PATHS) {
    describe(path, () => {
      const list = (): ListUnderTest => listsOf(server).find((each) => each.path === path)!;

      it('link: Link rel="next" while items remain, and every item once', async () => {
        server.setPaging('link', list().path);
        const { items, urls } = await collectAll(server, withQuery(list().url, `max=${PAGE}`), list().key);
        assert.deepEqual(items.map(idOf), list().ids, list().path);
        assert.equal(urls.length, Math.ceil(list().ids.length / PAGE));
      });

      it('offset: no Link header; pages by start/max; past the end is 200 with no items', async () => {
        server.setPaging('offset', list().path);
        const read = await readByOffset(server, list());
        assert.deepEqual(read.ids, list().ids, list().path);
        assert.equal(read.links, 0, 'no page has a Link header');
        for (const start of [list().ids.length, list().ids.length + 5]) {
          const past = await pageAt(server, list(), start);
          assert.equal(past.status, 200);
          assert.deepEqual(past.ids, []);
        }
      });

      it('offset404: no Link header; a start > 0 at or past the end is a 404 with a Webex error body', async () => {
        server.setPaging('offset404', list().path);
        const read = await readByOffset(server, list());
        assert.deepEqual(read.ids, list().ids, list().path);
        assert.equal(read.links, 0, 'no page has a Link header');
        assert.equal(read.endStatus, list().ids.length % PAGE === 0 ? 404 : 200, 'a list ending on a full page ends with a 404');
        for (const start of [list().ids.length, list().ids.length + 5]) assertWebexError((await pageAt(server, list(), start)).reply, 404);
        const last = await pageAt(server, list(), list().ids.length - 1);
        assert.deepEqual(last.ids, list().ids.slice(-1), 'the last item is still served');
      });

      it('duplicates: Links as usual, each page after the first repeats the last item of the one before', async () => {
        server.setPaging('duplicates', list().path);
        const pages: string[][] = [];
        let url: string | undefined = server.baseUrl + withQuery(list().url, `max=${PAGE}`);
        while (url) {
          const reply = await get(server, url);
          pages.push(((reply.body as Json)[list().key] as Json[]).map(idOf));
          url = nextLink(reply.headers);
          assert.ok(pages.length < 100, 'paging terminates');
        }
        assert.ok(pages.length > 2);
        for (let i = 1; i < pages.length; i++) assert.equal(pages[i][0], pages[i - 1][pages[i - 1].length - 1], `page ${i} starts with the previous page's last item`);
        const all = pages.flat();
        assert.equal(all.length - new Set(all).size, pages.length - 1, 'one repeat per boundary');
        assert.deepEqual([...new Set(all)], list().ids, 'every item, in order');
      });
    });
  }

  it('offset404 answers 200 to start=0 of an empty list', async () => {
    server.setPaging('offset404');
    const reply = await get(server, '/telephony/config/huntGroups?name=no-such-hunt-group');
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { huntGroups: [] });
  });

  it('setPaging(mode, path) changes only that list; setPaging(mode) every list', async () => {
    server.setPaging('offset', '/telephony/config/huntGroups');
    assert.equal(nextLink((await get(server, `/telephony/config/huntGroups?max=${PAGE}`)).headers), undefined);
    assert.ok(nextLink((await get(server, `/telephony/config/locations?max=${PAGE}`)).headers));
    server.setPaging('offset');
    assert.equal(nextLink((await get(server, `/telephony/config/locations?max=${PAGE}`)).headers), undefined);
    server.setPaging('link');
    assert.ok(nextLink((await get(server, `/telephony/config/huntGroups?max=${PAGE}`)).headers));
  });

  it('rejects an unknown list path or mode, and /organizations, which is not paginated', () => {
    assert.throws(() => server.setPaging('offset', '/telephony/config/huntgroups'), /pages no list/);
    assert.throws(() => server.setPaging('offset', '/organizations'), /not paginated/);
    assert.throws(() => server.setPaging('sideways' as PagingMode), /Unknown paging mode/);
  });

  it('/organizations is served whole, without Link, whatever max says', async () => {
    server.setPaging('offset404');
    for (const query of ['', '?max=1', '?max=1&start=1']) {
      const reply = await get(server, `/organizations${query}`);
      assert.equal(reply.status, 200);
      assert.deepEqual(((reply.body as Json).items as Json[]).map((org) => org.id), [...server.orgs.keys()], query);
      assert.equal(reply.headers.get('link'), null);
    }
  });
});

describe('sample API paging options', () => {
  it('takes one mode per list path at start', async () => {
    const server = await startSampleServer({ paging: { '/telephony/config/callPickups': 'offset404', '/telephony/config/huntGroups': 'duplicates' } });
    try {
      const [, locations, huntGroups, callPickups] = listsOf(server);
      assert.ok(nextLink((await get(server, `${locations.url}?max=${PAGE}`)).headers), 'unnamed lists page by link');
      const second = await pageAt(server, huntGroups, PAGE);
      assert.equal(second.ids[0], huntGroups.ids[PAGE - 1], 'hunt groups repeat an item');
      assert.equal((await pageAt(server, callPickups, 0)).next, undefined);
      assertWebexError((await pageAt(server, callPickups, callPickups.ids.length)).reply, 404);
    } finally {
      await server.close();
    }
  });

  it('takes one mode for every list, and rejects an unknown path', async () => {
    const server = await startSampleServer({ paging: 'offset' });
    try {
      for (const list of listsOf(server)) assert.equal((await pageAt(server, list, 0)).next, undefined, list.path);
    } finally {
      await server.close();
    }
    await assert.rejects(startSampleServer({ paging: { '/people': 'offset' } }), /pages no list/);
  });

  describe('default max per list, from the OpenAPI specs', () => {
    const cases: Array<{ what: string; size: SampleOrgSize; defaultMax: number; list: (server: SampleServer) => ListUnderTest }> = [
      // webex-features-call-pickup-api: "Limit the number of call pickups returned to this maximum count. Default is 2000."
      { what: 'call pickups: 2000', size: { locations: 1, huntGroupsPerLocation: 0, callPickupsPerLocation: 2001 }, defaultMax: 2000, list: (s) => listsOf(s)[3] },
      // webex-locations-api: listLocations max, `default: 500`.
      { what: 'locations: 500', size: { locations: 501, huntGroupsPerLocation: 0, callPickupsPerLocation: 0 }, defaultMax: 500, list: (s) => listsOf(s)[0] },
      // Documented without a default: 100.
      { what: 'hunt groups: 100', size: { locations: 1, huntGroupsPerLocation: 101, callPickupsPerLocation: 0 }, defaultMax: 100, list: (s) => listsOf(s)[2] },
      { what: 'call queues: 100', size: { locations: 1, huntGroupsPerLocation: 0, callPickupsPerLocation: 0, callQueuesPerLocation: 101 }, defaultMax: 100, list: (s) => listsOf(s)[4] },
      { what: 'auto attendants: 100', size: { locations: 1, huntGroupsPerLocation: 0, callPickupsPerLocation: 0, autoAttendantsPerLocation: 101 }, defaultMax: 100, list: (s) => listsOf(s)[5] },
      { what: 'calling locations: 100', size: { locations: 101, huntGroupsPerLocation: 0, callPickupsPerLocation: 0 }, defaultMax: 100, list: (s) => listsOf(s)[1] },
    ];
    for (const { what, size, defaultMax, list } of cases) {
      it(what, async () => {
        const server = await startSampleServer({ size, maxPageSize: 5000 });
        try {
          const under = list(server);
          assert.equal(under.ids.length, defaultMax + 1);
          const reply = await get(server, under.url);
          assert.equal(((reply.body as Json)[under.key] as Json[]).length, defaultMax);
          assert.equal(new URL(nextLink(reply.headers)!).searchParams.get('start'), String(defaultMax));
          assert.equal((await get(server, withQuery(under.url, `max=${Math.max(1000, defaultMax)}`))).status, 200);
          assertWebexError(await get(server, withQuery(under.url, `max=${Math.max(1000, defaultMax) + 1}`)), 400);
        } finally {
          await server.close();
        }
      });
    }
  });
});
