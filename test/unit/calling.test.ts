// The typed Webex Calling reads against the sample API: endpoints, list keys, filters, orgId
// handling, ID encoding and shape checks.

import * as assert from 'node:assert/strict';
import { SAMPLE_TOKEN, SampleServer, startSampleServer } from '../support/sampleServer';
import type { CallPickupDetails, CallPickupListItem } from '../../src/kinds/callPickup/types';
import type { HuntGroupDetails, HuntGroupListItem } from '../../src/kinds/huntGroup/types';
import { KINDS } from '../../src/kinds/registry';
import { WebexCalling } from '../../src/webex/calling';
import { WebexClient } from '../../src/webex/client';
import { AbortedError, BadResponseError, NotFoundError } from '../../src/webex/errors';
import { rejection } from './helpers/clientKit';
import { sendJson, startHttpStub } from './helpers/httpStub';

const HUNT_GROUPS = KINDS.huntGroup.endpoint;
const CALL_PICKUPS = KINDS.callPickup.endpoint;

describe('WebexCalling', () => {
  let sample: SampleServer;

  function callingFor(server: { baseUrl: string }, defaultOrgId?: string): WebexCalling {
    return new WebexCalling(new WebexClient({ baseUrl: server.baseUrl, getToken: () => SAMPLE_TOKEN }), () => defaultOrgId);
  }
  const requestedUrls = () => sample.stats().log.map((record) => record.url);
  const home = () => sample.org.locations[0];
  /** What the views get: the payload as JSON carries it. */
  const asServed = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

  before(async () => {
    sample = await startSampleServer();
  });
  after(() => sample.close());
  beforeEach(() => sample.resetStats());
  afterEach(() => {
    sample.clearFaults();
    sample.setMaxPageSize(100);
  });

  it('lists the calling locations from /telephony/config/locations', async () => {
    const locations = await callingFor(sample).locations();
    assert.deepEqual(
      locations.map((location) => [location.id, location.name]),
      sample.org.locations.map((data) => [data.location.id, data.location.name]),
    );
    assert.deepEqual(requestedUrls(), ['/v1/telephony/config/locations?max=100']);
  });

  it('lists hunt groups org-wide, each naming its location', async () => {
    const huntGroups = await callingFor(sample).list<HuntGroupListItem>(HUNT_GROUPS);
    const expected = sample.org.locations.flatMap((data) => data.huntGroups.map((huntGroup) => [huntGroup.id, data.location.id, data.location.name]));
    assert.deepEqual(huntGroups.map((item) => [item.id, item.locationId, item.locationName]), expected);
  });

  it('filters hunt groups by location, name and phone number', async () => {
    const calling = callingFor(sample);
    const byLocation = await calling.list<HuntGroupListItem>(HUNT_GROUPS, { locationId: home().location.id });
    assert.deepEqual(byLocation.map((item) => item.id), home().huntGroups.map((huntGroup) => huntGroup.id));
    const byName = await calling.list<HuntGroupListItem>(HUNT_GROUPS, { name: 'Sales Line' });
    assert.deepEqual(byName.map((item) => item.name), ['Sales Line']);
    const byNumber = await calling.list<HuntGroupListItem>(HUNT_GROUPS, { phoneNumber: '+14085550110' });
    assert.deepEqual(byNumber.map((item) => item.name), ['Support Line']);
    assert.match(requestedUrls()[2], /phoneNumber=%2B14085550110/);
  });

  it('yields hunt groups page by page', async () => {
    sample.setMaxPageSize(4);
    const sizes: number[] = [];
    for await (const page of callingFor(sample).listPages(HUNT_GROUPS)) sizes.push(page.length);
    const total = sample.org.locations.reduce((sum, data) => sum + data.huntGroups.length, 0);
    assert.equal(sizes.reduce((sum, size) => sum + size, 0), total);
    assert.ok(sizes.length > 1 && sizes.slice(0, -1).every((size) => size === 4));
  });

  it('reads hunt group details by location and ID', async () => {
    const [huntGroup] = home().huntGroups;
    const details = await callingFor(sample).itemDetails(HUNT_GROUPS, home().location.id, huntGroup.id);
    assert.deepEqual(details, asServed(huntGroup));
  });

  it('lists the call pickups of a location and reads their details', async () => {
    const calling = callingFor(sample);
    const pickups = await calling.list<CallPickupListItem>(CALL_PICKUPS, { locationId: home().location.id });
    assert.deepEqual(pickups.map((pickup) => pickup.id), home().callPickups.map((pickup) => pickup.id));
    const named = await calling.list<CallPickupListItem>(CALL_PICKUPS, { locationId: home().location.id, name: 'Engineering' });
    assert.deepEqual(named.map((pickup) => pickup.name), ['Engineering Pickup']);
    const details = await calling.itemDetails(CALL_PICKUPS, home().location.id, pickups[0].id);
    assert.deepEqual(details, asServed(home().callPickups[0]));
  });

  it('reads the org given by orgId, else the default org, else the token’s own', async () => {
    const [customerId, customer] = [...sample.orgs.entries()][1];
    const customerLocations = customer.locations.map((data) => data.location.id);
    const homeLocations = sample.org.locations.map((data) => data.location.id);
    const ids = async (calling: WebexCalling, orgId?: string) => (await calling.locations({ orgId })).map((location) => location.id);

    assert.deepEqual(await ids(callingFor(sample), customerId), customerLocations);
    assert.deepEqual(await ids(callingFor(sample, customerId)), customerLocations);
    assert.deepEqual(await ids(callingFor(sample, 'someone-else'), customerId), customerLocations);
    assert.deepEqual(await ids(callingFor(sample)), homeLocations);
    const [customerLocation] = customer.locations;
    const details = await callingFor(sample, customerId).itemDetails<HuntGroupDetails>(HUNT_GROUPS, customerLocation.location.id, customerLocation.huntGroups[0].id);
    assert.equal(details.id, customerLocation.huntGroups[0].id);
    assert.match(requestedUrls().at(-1) ?? '', new RegExp(`\\?orgId=${customerId}$`));
  });

  it('never sends orgId to /people/me', async () => {
    const me = await callingFor(sample, [...sample.orgs.keys()][1]).me();
    assert.equal(me.id, sample.org.me.id);
    assert.deepEqual(requestedUrls(), ['/v1/people/me']);
  });

  it('lists the organizations under `items` with one GET, since that list is not paged', async () => {
    const organizations = await callingFor(sample).organizations();
    assert.deepEqual(
      organizations.map((org) => [org.id, org.displayName]),
      [...sample.orgs.values()].map((org) => [org.orgId, org.name]),
    );
    assert.deepEqual(requestedUrls(), ['/v1/organizations']);
  });

  it('reads no second page of organizations, even after a full first one', async () => {
    const full = Array.from({ length: 100 }, (_, index) => ({ id: `org-${index}`, displayName: `Org ${index}` }));
    const stub = await startHttpStub((_request, response) => sendJson(response, 200, { items: [...full, full[0]] }));
    try {
      const organizations = await callingFor(stub).organizations();
      assert.equal(organizations.length, 100, 'each org once');
      assert.deepEqual(stub.requests.map((request) => request.url), ['/v1/organizations']);
    } finally {
      await stub.close();
    }
  });

  it('refuses to list call pickups without a location (Webex lists them per location only), before any request', async () => {
    const calling = callingFor(sample);
    const error = await rejection(calling.list(CALL_PICKUPS), TypeError);
    assert.match(error.message, /callPickups per location only/);
    await assert.rejects(calling.list(CALL_PICKUPS, { name: 'Engineering' }), TypeError);
    assert.deepEqual(requestedUrls(), []);
  });

  it('sends orgId with call pickup details and lists', async () => {
    const [customerId, customer] = [...sample.orgs.entries()][1];
    const location = customer.locations.find((data) => data.callPickups.length > 0)!;
    const calling = callingFor(sample);
    const details = await calling.itemDetails<CallPickupDetails>(CALL_PICKUPS, location.location.id, location.callPickups[0].id, { orgId: customerId });
    assert.equal(details.id, location.callPickups[0].id);
    await calling.list(CALL_PICKUPS, { locationId: location.location.id, orgId: customerId });
    for (const url of requestedUrls()) assert.equal(new URL(url, sample.origin).searchParams.get('orgId'), customerId, url);
  });

  it('URL-encodes IDs so they cannot reach another path or the query', async () => {
    const stub = await startHttpStub((_request, response) => sendJson(response, 200, { id: 'x', callPickups: [] }));
    try {
      const calling = callingFor(stub);
      await calling.itemDetails(HUNT_GROUPS, 'loc/../1', 'hg?orgId=evil#2');
      await calling.itemDetails(CALL_PICKUPS, 'loc 1', 'cp&max=1');
      await calling.list(CALL_PICKUPS, { locationId: '../people' });
      assert.deepEqual(stub.requests.map((request) => request.url), [
        '/v1/telephony/config/locations/loc%2F..%2F1/huntGroups/hg%3ForgId%3Devil%232',
        '/v1/telephony/config/locations/loc%201/callPickups/cp%26max%3D1',
        '/v1/telephony/config/locations/..%2Fpeople/callPickups?max=100',
      ]);
      for (const id of ['', '.', '..']) {
        await assert.rejects(calling.itemDetails(HUNT_GROUPS, id, 'x'), /Not a usable Webex ID/);
        await assert.rejects(calling.list(CALL_PICKUPS, { locationId: id }), /Not a usable Webex ID/);
      }
      assert.equal(stub.requests.length, 3);
    } finally {
      await stub.close();
    }
  });

  it('rejects details that are not an object with an id', async () => {
    const [huntGroup] = home().huntGroups;
    const calling = callingFor(sample);
    for (const variant of ['missingKey', 'nullItems', 'notObject'] as const) {
      sample.clearFaults();
      sample.addFault({ path: '/telephony/config/locations', fault: { kind: 'wrongShape', variant } });
      const error = await rejection(calling.itemDetails(HUNT_GROUPS, home().location.id, huntGroup.id), BadResponseError);
      assert.ok(error.url.startsWith('/v1/telephony/config/locations/'), error.url);
    }
    sample.clearFaults();
    sample.addFault({ path: '/people/me', fault: { kind: 'wrongShape' } });
    await rejection(calling.me(), BadResponseError);
  });

  it('passes the abort signal on', async () => {
    const controller = new AbortController();
    controller.abort();
    await rejection(callingFor(sample).list(HUNT_GROUPS, { signal: controller.signal }), AbortedError);
    await rejection(callingFor(sample).itemDetails(CALL_PICKUPS, home().location.id, home().callPickups[0].id, { signal: controller.signal }), AbortedError);
    assert.equal(sample.stats().total, 0);
  });

  describe('when items change on the server', () => {
    let changing: SampleServer;
    beforeEach(async () => {
      changing = await startSampleServer();
    });
    afterEach(() => changing.close());

    it('gets NotFoundError for a renamed call pickup’s old ID, and the new ID from the list', async () => {
      const location = changing.org.locations[0];
      const oldId = location.callPickups[0].id;
      const newId = changing.renameCallPickup(location.location.id, oldId, 'Renamed Pickup');
      const calling = callingFor(changing);
      await rejection(calling.itemDetails(CALL_PICKUPS, location.location.id, oldId), NotFoundError);
      const listed = await calling.list<CallPickupListItem>(CALL_PICKUPS, { locationId: location.location.id });
      assert.ok(listed.some((pickup) => pickup.id === newId && pickup.name === 'Renamed Pickup'));
    });

    it('gets NotFoundError for a deleted hunt group', async () => {
      const location = changing.org.locations[0];
      const [huntGroup] = location.huntGroups;
      changing.deleteHuntGroup(location.location.id, huntGroup.id);
      await rejection(callingFor(changing).itemDetails(HUNT_GROUPS, location.location.id, huntGroup.id), NotFoundError);
    });
  });
});
