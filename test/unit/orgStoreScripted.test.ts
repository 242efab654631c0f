import * as assert from 'node:assert/strict';
import { byName, OrgStore } from '../../src/store/orgStore';
import { AbortedError } from '../../src/webex/errors';
import type { HuntGroupListItem } from '../../src/kinds/huntGroup/types';
import type { CallingFeature } from '../../src/webex/calling';
import type { Location } from '../../src/webex/types';
import { CALL_PICKUPS, callPickupItem, HUNT_GROUPS, huntGroupItem, ScriptedCalling } from './helpers/scriptedCalling';

// The store over a scripted WebexCalling (no HTTP): which calls it makes, with which arguments, what
// it keeps and forgets, and what it hands to callers of the org-wide listing, exactly.

const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);

describe('OrgStore over scripted calls', () => {
  describe('byName', () => {
    it('orders numbers inside names by value and ignores case', () => {
      const names = [
        { id: 'x', name: 'Site 10' },
        { id: 'y', name: 'site 9' },
        { id: 'z', name: 'Site 1' },
      ];
      assert.deepEqual(ids([...names].sort(byName)), ['z', 'y', 'x']);
      assert.equal(byName({ name: 'Alpha' }, { name: 'alpha' }), 0);
      assert.equal(byName({ name: 'Ärger' }, { name: 'arger' }), 0, 'accents are ignored too (base sensitivity)');
    });
  });

  describe('locations', () => {
    it('asks for the store’s org, holds each ID once and sorts by name', async () => {
      const calling = new ScriptedCalling();
      const listed: Location[] = [
        { id: 'b', name: 'Alpha' },
        { id: 'a', name: 'alpha' },
        { id: 'b', name: 'Zulu (repeated)' },
        { id: 'c', name: 'Site 10' },
        { id: 'd', name: 'Site 9' },
      ];
      calling.locationsResult = async () => listed;
      const store = new OrgStore(calling.asCalling(), 'org-1');
      const locations = await store.locations();
      assert.deepEqual(ids(locations), ['b', 'a', 'd', 'c']);
      assert.deepEqual(calling.calls, [{ method: 'locations', args: [{ orgId: 'org-1' }] }]);
      assert.equal(await store.locations(), locations, 'the same list, without a second call');
      assert.equal(calling.count('locations'), 1);
    });

    it('asks again after a failure', async () => {
      const calling = new ScriptedCalling();
      calling.locationsResult = async () => {
        throw new Error('down');
      };
      const store = new OrgStore(calling.asCalling());
      await assert.rejects(store.locations(), /down/);
      calling.locationsResult = async () => [{ id: 'a', name: 'A' }];
      assert.deepEqual(ids(await store.locations()), ['a']);
      assert.equal(calling.count('locations'), 2);
    });
  });

  describe('lists per location', () => {
    it('reads a location’s hunt groups with its ID and the org, once per location', async () => {
      const calling = new ScriptedCalling();
      calling.huntGroupPagesFor = (filter) => [[huntGroupItem(`${filter.locationId}-1`, filter.locationId!)]];
      const store = new OrgStore(calling.asCalling(), 'org-1');
      const list = store.list('huntGroup', 'L1');
      assert.equal(store.list('huntGroup', 'L1'), list);
      await list.ensureFirstPage();
      assert.deepEqual(ids(list.items), ['L1-1']);
      assert.deepEqual(calling.calls, [{ method: 'listPages', args: [HUNT_GROUPS, { orgId: 'org-1', locationId: 'L1' }] }]);
    });

    it('reads a location’s call pickups with the org, and reuses the list for allInLocation', async () => {
      const calling = new ScriptedCalling();
      calling.callPickupPagesFor = () => [[callPickupItem('p1')], [callPickupItem('p2')]];
      const store = new OrgStore(calling.asCalling(), 'org-1');
      const list = store.list('callPickup', 'L1');
      await list.ensureFirstPage();
      assert.deepEqual(ids(await store.allInLocation('callPickup', 'L1')), ['p1', 'p2']);
      assert.equal(store.list('callPickup', 'L1'), list);
      assert.deepEqual(calling.calls, [{ method: 'listPages', args: [CALL_PICKUPS, { orgId: 'org-1', locationId: 'L1' }] }]);
      assert.deepEqual(calling.pageReads, ['callPickupPages L1:0', 'callPickupPages L1:1']);
    });

    it('forgets only the call pickup list it is told to', async () => {
      const calling = new ScriptedCalling();
      calling.callPickupPagesFor = (locationId) => [[callPickupItem(`${locationId}-p`)]];
      const store = new OrgStore(calling.asCalling());
      const first = store.list('callPickup', 'L1');
      const other = store.list('callPickup', 'L2');
      store.forgetList('callPickup', 'L1');
      assert.notEqual(store.list('callPickup', 'L1'), first);
      assert.equal(store.list('callPickup', 'L2'), other);
    });

    it('rejects a pre-aborted caller at once with an AbortedError naming the list', async () => {
      const calling = new ScriptedCalling();
      calling.callPickupPagesFor = () => [[callPickupItem('p1')]];
      const store = new OrgStore(calling.asCalling());
      const controller = new AbortController();
      controller.abort();
      const error: unknown = await store.allInLocation('callPickup', 'L1', { signal: controller.signal }).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      assert.ok(error instanceof AbortedError);
      assert.equal(error.url, '/telephony/config/locations/L1/callPickups');
      assert.equal(error.method, 'GET');
    });

    it('stops waiting at an abort during a page, keeps that page, and continues after it', async () => {
      const calling = new ScriptedCalling();
      calling.callPickupPagesFor = () => [[callPickupItem('p1')], [callPickupItem('p2')]];
      const store = new OrgStore(calling.asCalling());
      const held = calling.hold('callPickupPages L1:1');
      const controller = new AbortController();
      const reading = store.allInLocation('callPickup', 'L1', { signal: controller.signal });
      await held.reached;
      controller.abort();
      await assert.rejects(reading, AbortedError);
      held.release();
      await store.list('callPickup', 'L1').loadNextPage();
      assert.deepEqual(ids(store.list('callPickup', 'L1').items), ['p1', 'p2']);
      assert.deepEqual(ids(await store.allInLocation('callPickup', 'L1', { signal: new AbortController().signal })), ['p1', 'p2']);
      assert.deepEqual(calling.pageReads, ['callPickupPages L1:0', 'callPickupPages L1:1'], 'no page read twice');
    });

    it('refuses an org-wide listing of a kind Webex lists per location only, without a call', async () => {
      const calling = new ScriptedCalling();
      const store = new OrgStore(calling.asCalling());
      await assert.rejects(store.allOfOrg('callPickup'), (error: unknown) => error instanceof TypeError && /callPickups per location only/.test(error.message));
      assert.deepEqual(calling.calls, []);
    });

    it('passes a failed page’s error through a signal that never aborts', async () => {
      const calling = new ScriptedCalling();
      calling.callPickupPagesFor = () => [{ error: new Error('page failed') }];
      const store = new OrgStore(calling.asCalling());
      await assert.rejects(store.allInLocation('callPickup', 'L1', { signal: new AbortController().signal }), /page failed/);
    });
  });

  describe('details', () => {
    it('asks with the org, keeps the answer per location and item, and reads again when forced', async () => {
      const calling = new ScriptedCalling();
      const store = new OrgStore(calling.asCalling(), 'org-1');
      const first = await store.details('huntGroup', 'L1', 'h1');
      assert.equal(await store.details('huntGroup', 'L1', 'h1'), first);
      assert.equal(await store.details('huntGroup', 'L1', 'h1', { force: false }), first);
      await store.details('huntGroup', 'L2', 'h1');
      await store.details('callPickup', 'L1', 'p1');
      await store.details('callPickup', 'L1', 'p1');
      await store.details('callPickup', 'L1', 'p1', { force: true });
      assert.deepEqual(calling.calls, [
        { method: 'itemDetails', args: [HUNT_GROUPS, 'L1', 'h1', { orgId: 'org-1' }] },
        { method: 'itemDetails', args: [HUNT_GROUPS, 'L2', 'h1', { orgId: 'org-1' }] },
        { method: 'itemDetails', args: [CALL_PICKUPS, 'L1', 'p1', { orgId: 'org-1' }] },
        { method: 'itemDetails', args: [CALL_PICKUPS, 'L1', 'p1', { orgId: 'org-1' }] },
      ]);
    });

    it('forgets one item, or a location’s items, and no other location’s (even one whose ID it starts)', async () => {
      const calling = new ScriptedCalling();
      const store = new OrgStore(calling.asCalling());
      const readAll = async (): Promise<void> => {
        await store.details('huntGroup', 'L1', 'h1');
        await store.details('huntGroup', 'L1', 'h2');
        await store.details('huntGroup', 'L10', 'h1');
        await store.details('callPickup', 'L1', 'p1');
        await store.details('callPickup', 'L10', 'p1');
      };
      await readAll();
      const reads = (): string[] =>
        calling.calls.map((call) => {
          const [feature, locationId, id] = call.args as [CallingFeature, string, string];
          return `${call.method} ${feature.listKey} ${locationId} ${id}`;
        });
      assert.equal(reads().length, 5);

      store.forgetDetails('huntGroup', 'L1', 'h1');
      store.forgetDetails('callPickup', 'L10', 'p1');
      await readAll();
      assert.deepEqual(reads().slice(5), ['itemDetails huntGroups L1 h1', 'itemDetails callPickups L10 p1']);

      store.forgetLocation('L1');
      await readAll();
      assert.deepEqual(reads().slice(7), ['itemDetails huntGroups L1 h1', 'itemDetails huntGroups L1 h2', 'itemDetails callPickups L1 p1']);
    });

    it('forgets a location’s lists on its refresh, and keeps the other locations’ lists', async () => {
      const calling = new ScriptedCalling();
      const store = new OrgStore(calling.asCalling());
      const huntGroups = store.list('huntGroup', 'L1');
      const callPickups = store.list('callPickup', 'L1');
      const otherHuntGroups = store.list('huntGroup', 'L2');
      const otherCallPickups = store.list('callPickup', 'L2');
      store.forgetLocation('L1');
      assert.notEqual(store.list('huntGroup', 'L1'), huntGroups);
      assert.notEqual(store.list('callPickup', 'L1'), callPickups);
      assert.equal(store.list('huntGroup', 'L2'), otherHuntGroups);
      assert.equal(store.list('callPickup', 'L2'), otherCallPickups);
    });
  });

  describe('org-wide hunt groups', () => {
    const orgWide: HuntGroupListItem[][] = [
      [huntGroupItem('h1', 'L1'), huntGroupItem('h2', 'L2')],
      [huntGroupItem('h3', 'L1'), huntGroupItem('h1', 'L1')],
    ];

    function orgWideCalling(): ScriptedCalling {
      const calling = new ScriptedCalling();
      calling.huntGroupPagesFor = (filter) => (filter.locationId ? [[huntGroupItem(`${filter.locationId}-own`, filter.locationId)]] : orgWide);
      return calling;
    }

    it('asks for the whole org, reports each page’s new items once, and only then counts as complete', async () => {
      const calling = orgWideCalling();
      const store = new OrgStore(calling.asCalling(), 'org-1');
      assert.equal(store.completeOrgList('huntGroup'), undefined);
      const reported: string[][] = [];
      const items = await store.allOfOrg('huntGroup', { onItems: (batch) => reported.push(ids(batch)) });
      assert.deepEqual(ids(items), ['h1', 'h2', 'h3']);
      assert.deepEqual(reported, [['h1', 'h2'], ['h3']], 'a page that adds nothing new is not reported');
      assert.deepEqual(calling.calls, [{ method: 'listPages', args: [HUNT_GROUPS, { orgId: 'org-1' }] }]);
      assert.deepEqual(ids(store.completeOrgList('huntGroup')!), ['h1', 'h2', 'h3']);

      const again: string[][] = [];
      assert.equal(await store.allOfOrg('huntGroup', { onItems: (batch) => again.push(ids(batch)) }), items);
      assert.deepEqual(again, [['h1', 'h2', 'h3']], 'a complete listing is reported at once, whole');
      assert.equal(calling.count('listPages', 'huntGroup'), 1);
    });

    it('does not count a listing as complete while a page is missing', async () => {
      const calling = orgWideCalling();
      const store = new OrgStore(calling.asCalling());
      const held = calling.hold('huntGroupPages:1');
      const reading = store.allOfOrg('huntGroup');
      await held.reached;
      assert.equal(store.completeOrgList('huntGroup'), undefined);
      held.release();
      await reading;
      assert.deepEqual(ids(store.completeOrgList('huntGroup')!), ['h1', 'h2', 'h3']);
    });

    it('then serves every location from memory: unread lists are filled, lists already read stay', async () => {
      const calling = orgWideCalling();
      const store = new OrgStore(calling.asCalling());
      const readBefore = store.list('huntGroup', 'L2');
      await readBefore.ensureFirstPage();
      const createdNotRead = store.list('huntGroup', 'L1');
      await store.allOfOrg('huntGroup');
      const callsAfterListing = calling.calls.length;

      const l1 = store.list('huntGroup', 'L1');
      assert.notEqual(l1, createdNotRead, 'a list nobody read is replaced');
      assert.equal(l1.complete, true);
      assert.deepEqual(ids(l1.items), ['h1', 'h3']);
      assert.equal(store.list('huntGroup', 'L2'), readBefore, 'a list the tree read stays');
      assert.deepEqual(ids(store.list('huntGroup', 'L2').items), ['L2-own']);

      const empty = store.list('huntGroup', 'L3');
      await empty.ensureFirstPage();
      assert.deepEqual(ids(empty.items), []);
      assert.equal(empty.complete, true);
      assert.equal(store.list('huntGroup', 'L3'), empty, 'a list served from memory is kept');
      assert.equal(calling.calls.length, callsAfterListing, 'no request for any location');
    });

    it('replaces a list the tree created but has not read, when asked after the listing completed', async () => {
      const calling = orgWideCalling();
      const store = new OrgStore(calling.asCalling());
      await store.allOfOrg('huntGroup');
      store.forgetList('huntGroup', 'L1');
      // Forgetting drops the org-wide listing too: L1 is read on its own again.
      const own = store.list('huntGroup', 'L1');
      await own.ensureFirstPage();
      assert.deepEqual(ids(own.items), ['L1-own']);
      assert.deepEqual(calling.calls.at(-1), { method: 'listPages', args: [HUNT_GROUPS, { orgId: undefined, locationId: 'L1' }] });
    });

    it('fills no location from a listing forgotten while it was read', async () => {
      const calling = orgWideCalling();
      const store = new OrgStore(calling.asCalling());
      const held = calling.hold('huntGroupPages:1');
      const reading = store.allOfOrg('huntGroup');
      await held.reached;
      store.forgetList('huntGroup', 'L2');
      held.release();
      assert.deepEqual(ids(await reading), ['h1', 'h2', 'h3']);
      const l1 = store.list('huntGroup', 'L1');
      await l1.ensureFirstPage();
      assert.deepEqual(ids(l1.items), ['L1-own'], 'L1 is read from Webex, not from the forgotten listing');
    });

    it('forgets the org-wide listing with a location’s refresh', async () => {
      const calling = orgWideCalling();
      const store = new OrgStore(calling.asCalling());
      await store.allOfOrg('huntGroup');
      store.forgetLocation('L2');
      assert.equal(store.completeOrgList('huntGroup'), undefined);
      await store.allOfOrg('huntGroup');
      assert.equal(calling.count('listPages', 'huntGroup'), 2);
    });

    it('searches with Webex’s filters, the org and the signal, and does not cache', async () => {
      const calling = orgWideCalling();
      const store = new OrgStore(calling.asCalling(), 'org-1');
      const signal = new AbortController().signal;
      const pages: string[][] = [];
      for await (const page of store.search('huntGroup', { name: 'Sales', phoneNumber: '+1408' }, { signal })) pages.push(ids(page));
      for await (const page of store.search('huntGroup', { name: 'Sales' })) pages.push(ids(page));
      assert.deepEqual(pages, [['h1', 'h2'], ['h3', 'h1'], ['h1', 'h2'], ['h3', 'h1']]);
      assert.deepEqual(calling.calls, [
        { method: 'listPages', args: [HUNT_GROUPS, { orgId: 'org-1', name: 'Sales', phoneNumber: '+1408', signal }] },
        { method: 'listPages', args: [HUNT_GROUPS, { orgId: 'org-1', name: 'Sales', phoneNumber: undefined, signal: undefined }] },
      ]);
      assert.equal(store.completeOrgList('huntGroup'), undefined);
    });
  });
});
