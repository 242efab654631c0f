import * as assert from 'node:assert/strict';
import { findAgent } from '../../src/inventory/findAgent';
import { findItems } from '../../src/inventory/find';
import { collectInventory, type InventoryProgress } from '../../src/inventory/inventory';
import { failureOf, ReadRun } from '../../src/inventory/run';
import { OrgStore } from '../../src/store/orgStore';
import { AbortedError, ServerError, UnauthorizedError } from '../../src/webex/errors';
import type { HuntGroupDetails } from '../../src/kinds/huntGroup/types';
import type { Kind } from '../../src/kinds/kind';
import { callPickupItem, huntGroupItem, ScriptedCalling } from './helpers/scriptedCalling';

// Inventory, Find and Find Agent over a scripted WebexCalling (no HTTP, no timers): the exact
// results, failures, progress and order, and how a run stops.

const serverError = (url: string): ServerError => new ServerError({ method: 'GET', url, status: 500 });
const unauthorized = (): UnauthorizedError => new UnauthorizedError({ method: 'GET', url: '/x', status: 401 });

/** Two locations (listed out of order), three hunt groups org-wide, and call pickups in each location. */
function smallOrg(): ScriptedCalling {
  const calling = new ScriptedCalling();
  calling.locationsResult = async () => [
    { id: 'L2', name: 'West' },
    { id: 'L1', name: 'East' },
  ];
  calling.huntGroupPagesFor = (filter) => {
    const all = [
      huntGroupItem('h2', 'L1', { name: 'beta', locationName: 'East', extension: '5002' }),
      huntGroupItem('h1', 'L1', { name: 'Alpha', locationName: 'East', phoneNumber: '+14085550101' }),
      huntGroupItem('h3', 'L2', { name: 'Gamma', locationName: 'West', extension: '6000', enabled: false }),
    ];
    if (filter.name !== undefined) return [all.filter((item) => item.name.toLowerCase().includes(filter.name!.toLowerCase()))];
    if (filter.phoneNumber !== undefined) return [all];
    return [all.slice(0, 2), all.slice(2)];
  };
  calling.callPickupPagesFor = (locationId) => (locationId === 'L1' ? [[callPickupItem('p1', { name: 'Alpha desk' })]] : [[callPickupItem('p2', { name: 'West desk' })]]);
  calling.huntGroupResult = async (locationId, id) => ({ id, name: `${id} details`, locationId, agents: [{ id: `agent-${id}`, firstName: 'Pat', lastName: id }] }) as HuntGroupDetails;
  return calling;
}

/** The kinds the scripted org has; runs that count progress or calls read only these (other kinds have tests of their own). */
const THESE_KINDS: readonly Kind[] = ['huntGroup', 'callPickup'];

const keys = (items: readonly { kind: string; summary: { id: string } }[]): string[] => items.map((item) => `${item.kind} ${item.summary.id}`);

describe('inventory runs over scripted calls', () => {
  describe('collectInventory', () => {
    it('reads everything once, in the tree’s order, and counts progress to the end', async () => {
      const calling = smallOrg();
      const progress: InventoryProgress[] = [];
      const inventory = await collectInventory(new OrgStore(calling.asCalling()), { kinds: THESE_KINDS, onProgress: (step) => progress.push(step) });
      assert.deepEqual(inventory.locations.map((location) => location.id), ['L1', 'L2']);
      assert.deepEqual(keys(inventory.items), ['huntGroup h1', 'huntGroup h2', 'callPickup p1', 'huntGroup h3', 'callPickup p2']);
      assert.deepEqual(inventory.failures, []);
      assert.equal(calling.count('itemDetails', 'huntGroup'), 3);
      assert.equal(calling.count('itemDetails', 'callPickup'), 2);
      assert.deepEqual(progress[0], { phase: 'locations', done: 0, total: 2, failed: 0 });
      assert.deepEqual(progress.at(-1), { phase: 'details', done: 9, total: 9, failed: 0 });
      const phases = progress.map((step) => step.phase).filter((phase, index, all) => phase !== all[index - 1]);
      assert.deepEqual(phases, ['locations', 'lists', 'details']);
      const listsStep = progress.find((step) => step.phase === 'lists')!;
      assert.equal(listsStep.total >= 4, true, 'the call pickup lists are counted once the locations are in');
    });

    it('records a failed item, a failed list and a failed org-wide listing, and reads the rest', async () => {
      const calling = smallOrg();
      calling.huntGroupResult = async (_locationId, id) => {
        if (id === 'h2') throw serverError('/h2');
        return { id, name: id } as HuntGroupDetails;
      };
      calling.callPickupPagesFor = (locationId) => (locationId === 'L2' ? [{ error: serverError('/pickups') }] : [[callPickupItem('p1')]]);
      const progress: InventoryProgress[] = [];
      const inventory = await collectInventory(new OrgStore(calling.asCalling()), { kinds: THESE_KINDS, onProgress: (step) => progress.push(step) });
      assert.deepEqual(keys(inventory.items), ['huntGroup h1', 'callPickup p1', 'huntGroup h3']);
      assert.deepEqual(
        inventory.failures.map(({ what, location, id, name, message }) => ({ what, location, id, name, message })),
        [
          { what: 'huntGroup', location: { id: 'L1', name: 'East' }, id: 'h2', name: 'beta', message: 'Webex had a server error (500); try again in a moment.' },
          { what: 'callPickupList', location: { id: 'L2', name: 'West' }, id: undefined, name: undefined, message: 'Webex had a server error (500); try again in a moment.' },
        ],
      );
      assert.deepEqual(progress.at(-1), { phase: 'details', done: 8, total: 8, failed: 2 });

      const noListing = smallOrg();
      noListing.huntGroupPagesFor = () => [{ error: serverError('/huntGroups') }];
      const partial = await collectInventory(new OrgStore(noListing.asCalling()));
      assert.deepEqual(keys(partial.items), ['callPickup p1', 'callPickup p2']);
      assert.deepEqual(partial.failures.map((failure) => [failure.what, failure.location]), [['huntGroupList', undefined]]);
    });

    it('stops at the first 401 and throws it', async () => {
      const calling = smallOrg();
      const error = unauthorized();
      calling.huntGroupResult = async () => {
        throw error;
      };
      await assert.rejects(collectInventory(new OrgStore(calling.asCalling()), { concurrency: 1 }), (thrown) => thrown === error);
      assert.equal(calling.count('itemDetails', 'huntGroup'), 1, 'nothing queued is read after the 401');
    });

    it('throws the locations’ error, and lists no call pickups', async () => {
      const calling = smallOrg();
      const error = serverError('/locations');
      calling.locationsResult = async () => {
        throw error;
      };
      await assert.rejects(collectInventory(new OrgStore(calling.asCalling())), (thrown) => thrown === error);
      assert.equal(calling.count('listPages', 'callPickup'), 0);
      assert.equal(calling.count('itemDetails', 'callPickup'), 0);
    });

    it('throws an AbortedError, sends no progress after the abort, and reads nothing more', async () => {
      const calling = smallOrg();
      const held = calling.hold('huntGroupPages:1');
      const controller = new AbortController();
      const progress: InventoryProgress[] = [];
      const run = collectInventory(new OrgStore(calling.asCalling()), { signal: controller.signal, concurrency: 1, onProgress: (step) => progress.push(step) });
      await held.reached;
      const reportedBeforeAbort = progress.length;
      const readsBeforeAbort = calling.calls.length;
      controller.abort();
      await assert.rejects(run, AbortedError);
      held.release();
      assert.equal(progress.length, reportedBeforeAbort);
      assert.equal(calling.calls.length, readsBeforeAbort);

      const aborted = new AbortController();
      aborted.abort();
      const none: InventoryProgress[] = [];
      await assert.rejects(collectInventory(new OrgStore(smallOrg().asCalling()), { signal: aborted.signal, onProgress: (step) => none.push(step) }), AbortedError);
      assert.deepEqual(none, [], 'an aborted run reports nothing at all');
    });

    it('keeps at most `concurrency` details reads in flight, and at least one', async () => {
      for (const [concurrency, expected] of [
        [2.7, 2],
        [0, 1],
      ] as const) {
        const calling = smallOrg();
        let inFlight = 0;
        let most = 0;
        calling.huntGroupResult = async (_locationId, id) => {
          inFlight++;
          most = Math.max(most, inFlight);
          await new Promise((resolve) => setImmediate(resolve));
          inFlight--;
          return { id, name: id } as HuntGroupDetails;
        };
        await collectInventory(new OrgStore(calling.asCalling()), { concurrency });
        assert.equal(most, expected, `concurrency ${concurrency}`);
      }
    });

    it('puts items of a location it did not list last, by location name, and orders same-named items by ID', async () => {
      const calling = smallOrg();
      calling.huntGroupPagesFor = () => [[huntGroupItem('z', 'L9', { name: 'Same', locationName: 'Zulu' }), huntGroupItem('y', 'L8', { name: 'Same', locationName: 'Yankee' }), huntGroupItem('b', 'L1', { name: 'Same', locationName: 'East' }), huntGroupItem('a', 'L1', { name: 'same', locationName: 'East' })]];
      const inventory = await collectInventory(new OrgStore(calling.asCalling()));
      assert.deepEqual(keys(inventory.items), ['huntGroup a', 'huntGroup b', 'callPickup p1', 'callPickup p2', 'huntGroup y', 'huntGroup z']);
    });
  });

  describe('findItems', () => {
    it('searches hunt groups by name through Webex and call pickups in every location, hunt groups first', async () => {
      const calling = smallOrg();
      const batches: string[][] = [];
      const result = await findItems(new OrgStore(calling.asCalling()), ' alpha ', { onResults: (items) => batches.push(items.map((item) => item.id)) });
      assert.deepEqual(result.items, [
        { kind: 'huntGroup', id: 'h1', name: 'Alpha', location: { id: 'L1', name: 'East' }, extension: undefined, phoneNumber: '+14085550101', enabled: true, matchedBy: 'name' },
        { kind: 'callPickup', id: 'p1', name: 'Alpha desk', location: { id: 'L1', name: 'East' }, extension: undefined, phoneNumber: undefined, enabled: undefined, matchedBy: 'name' },
      ]);
      assert.deepEqual(batches.flat().sort(), ['h1', 'p1']);
      assert.deepEqual(batches.filter((batch) => batch.length === 0), [], 'no empty batch is reported');
      const [search] = calling.listFilters('huntGroup');
      assert.ok(search.signal instanceof AbortSignal, 'the search can be stopped');
      assert.deepEqual({ ...search, signal: undefined }, { orgId: undefined, name: 'alpha', phoneNumber: undefined, signal: undefined });
    });

    it('searches numbers as Webex’s phoneNumber filter with the typed +, and never reads call pickups for them', async () => {
      const calling = smallOrg();
      const result = await findItems(new OrgStore(calling.asCalling()), '+1 408 555 0101');
      assert.deepEqual(result.items.map((item) => [item.id, item.matchedBy]), [['h1', 'number']]);
      assert.deepEqual(calling.listFilters('huntGroup').map((filter) => filter.phoneNumber), ['+14085550101']);
      assert.equal(calling.count('listPages', 'callPickup'), 0);
      assert.equal(calling.count('locations'), 0);
      const byExtension = await findItems(new OrgStore(smallOrg().asCalling()), '6000');
      assert.deepEqual(byExtension.items.map((item) => [item.id, item.matchedBy, item.enabled]), [['h3', 'extension', false]]);
    });

    it('shows an item repeated by the search once, and sorts by kind, name and location', async () => {
      const calling = smallOrg();
      calling.huntGroupPagesFor = () => [[huntGroupItem('s2', 'L2', { name: 'Desk', locationName: 'West' }), huntGroupItem('s1', 'L1', { name: 'desk', locationName: 'East' })], [huntGroupItem('s2', 'L2', { name: 'Desk', locationName: 'West' })]];
      const result = await findItems(new OrgStore(calling.asCalling()), 'desk');
      assert.deepEqual(result.items.map((item) => `${item.kind} ${item.id}`), ['huntGroup s1', 'huntGroup s2', 'callPickup p1', 'callPickup p2']);
    });

    it('searches in memory once the org-wide listing is complete', async () => {
      const calling = smallOrg();
      const store = new OrgStore(calling.asCalling());
      await store.allOfOrg('huntGroup');
      const before = calling.count('listPages', 'huntGroup');
      const result = await findItems(store, 'GAMMA');
      assert.deepEqual(result.items.map((item) => item.id), ['h3']);
      assert.equal(calling.count('listPages', 'huntGroup'), before);
    });

    it('returns the lists it could not read with what it found, and throws a 401', async () => {
      const calling = smallOrg();
      calling.callPickupPagesFor = (locationId) => (locationId === 'L2' ? [{ error: serverError('/pickups') }] : [[callPickupItem('p1', { name: 'Alpha desk' })]]);
      const result = await findItems(new OrgStore(calling.asCalling()), 'desk');
      assert.deepEqual(result.items.map((item) => item.id), ['p1']);
      assert.deepEqual(result.failures.map((failure) => [failure.what, failure.location]), [['callPickupList', { id: 'L2', name: 'West' }]]);

      const noLocations = smallOrg();
      noLocations.locationsResult = async () => {
        throw serverError('/locations');
      };
      const partial = await findItems(new OrgStore(noLocations.asCalling()), 'alpha');
      assert.deepEqual(partial.items.map((item) => item.id), ['h1']);
      assert.deepEqual(partial.failures.map((failure) => [failure.what, failure.location]), [['callPickupList', undefined]]);

      const noListing = smallOrg();
      noListing.huntGroupPagesFor = () => [{ error: serverError('/huntGroups') }];
      const pickupsOnly = await findItems(new OrgStore(noListing.asCalling()), 'alpha');
      assert.deepEqual(pickupsOnly.failures.map((failure) => failure.what), ['huntGroupList']);

      const signedOut = smallOrg();
      signedOut.huntGroupPagesFor = () => [{ error: unauthorized() }];
      await assert.rejects(findItems(new OrgStore(signedOut.asCalling()), 'alpha'), UnauthorizedError);
    });

    it('reports nothing after an abort', async () => {
      const calling = smallOrg();
      const held = calling.hold('callPickupPages L2:0');
      const controller = new AbortController();
      const batches: string[][] = [];
      const search = findItems(new OrgStore(calling.asCalling()), 'desk', { signal: controller.signal, onResults: (items) => batches.push(items.map((item) => item.id)) });
      await held.reached;
      const reported = batches.length;
      controller.abort();
      held.release();
      await assert.rejects(search, AbortedError);
      assert.equal(batches.length, reported);
    });
  });

  describe('findAgent', () => {
    it('reads the inventory and returns the agents the query names, with the failures', async () => {
      const calling = smallOrg();
      const result = await findAgent(new OrgStore(calling.asCalling()), 'pat h3');
      assert.deepEqual(result.agents.map((agent) => [agent.id, agent.memberships.map((membership) => membership.groupId)]), [['agent-h3', ['h3']]]);
      assert.deepEqual(result.failures, []);
      const empty = smallOrg();
      assert.deepEqual(await findAgent(new OrgStore(empty.asCalling()), ' '), { agents: [], failures: [] });
      assert.deepEqual(empty.calls, []);
    });
  });

  describe('ReadRun', () => {
    it('describes a failure by what, where and Webex’s sentence', () => {
      const error = serverError('/x');
      assert.deepEqual(failureOf('huntGroup', error, { location: { id: 'L1', name: 'East' }, id: 'h1', name: 'Sales' }), {
        what: 'huntGroup',
        location: { id: 'L1', name: 'East' },
        id: 'h1',
        name: 'Sales',
        message: 'Webex had a server error (500); try again in a moment.',
        error,
      });
      assert.deepEqual(failureOf('callPickupList', 'plain'), { what: 'callPickupList', message: 'plain', error: 'plain' });
    });

    it('starts aborted when the caller’s signal already is, and forgets the caller on finish', async () => {
      const aborted = new AbortController();
      aborted.abort();
      const run = new ReadRun(aborted.signal);
      assert.equal(run.signal.aborted, true);
      assert.equal(await run.slotted(async () => 'never', 'x', () => undefined), undefined);
      assert.throws(() => run.finish(), AbortedError);

      const caller = new AbortController();
      const finished = new ReadRun(caller.signal);
      finished.finish();
      caller.abort();
      assert.equal(finished.signal.aborted, false, 'a finished run no longer follows the caller');
    });

    it('records failures the callback describes, skips the ones it does not, and stops at a 401', async () => {
      const run = new ReadRun(undefined, 1);
      assert.equal(await run.unslotted(async () => 5, 'x', () => undefined), 5);
      assert.equal(
        await run.unslotted(() => Promise.reject(new Error('skip me')), 'x', () => undefined),
        undefined,
      );
      await run.slotted(() => Promise.reject(new Error('keep me')), 'x', (error) => failureOf('huntGroup', error));
      assert.deepEqual(run.failures.map((failure) => failure.message), ['keep me']);
      const error = unauthorized();
      await run.slotted(() => Promise.reject(error), 'x', (failed) => failureOf('huntGroup', failed));
      assert.equal(run.signal.aborted, true);
      assert.equal(run.failures.length, 1, 'the 401 is not a failure of one item');
      assert.throws(() => run.finish(), (thrown) => thrown === error);
    });

    it('rejects work at once when the run has stopped, naming what it was', async () => {
      const run = new ReadRun(undefined);
      run.stop(new Error('first'));
      run.stop(new Error('second'));
      const rejected: unknown = await run.unlessStopped(Promise.reject(new Error('ignored')), '/telephony/x').catch((error: unknown) => error);
      assert.ok(rejected instanceof AbortedError);
      assert.equal(rejected.url, '/telephony/x');
      assert.throws(() => run.finish(), /first/);
    });
  });
});
