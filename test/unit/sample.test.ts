// The sample organization's HTTP contract, exercised over real HTTP with Node's own fetch (not the
// extension's client, so a client bug cannot hide a server bug): shapes per the Webex specs,
// paging, validation, auth, every knob and fault, and the request statistics.

import * as assert from 'node:assert/strict';
import { HOSTILE_STRINGS, SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';
import { SEED_CALL_PICKUP_DETAILS, SEED_HUNT_GROUP_DETAILS } from '../../src/sample/seedPayloads';
import { decodeWebexId } from '../../src/sample/ids';
import { AUTH, assertWebexError, collectAll, get, nextLink, waitFor, type Json } from './helpers/sampleHttp';

// Required properties, copied from the reference OpenAPI specs (schema names cited):
/** webex-features-hunt-group-api: ListHuntGroupObject.required */
const LIST_HUNT_GROUP_REQUIRED = ['id', 'name', 'locationName', 'locationId', 'enabled'];
/** webex-features-hunt-group-api: GetHuntGroupObject.required */
const GET_HUNT_GROUP_REQUIRED = ['id', 'name', 'enabled', 'distinctiveRing', 'alternateNumbers', 'callPolicies', 'agents'];
/** webex-features-hunt-group-api: GetHuntGroupCallPolicyObject.required */
const HUNT_GROUP_CALL_POLICY_REQUIRED = ['policy', 'noAnswer'];
/**
 * webex-features-hunt-group-api: GetHuntGroupCallPolicyObject.noAnswer.required, less
 * `systemMaxNumberOfRings`, which real payloads spell `systemMaxNumberOfRing` (checked apart).
 */
const NO_ANSWER_REQUIRED = ['nextAgentEnabled', 'nextAgentRings', 'forwardEnabled', 'numberOfRings', 'destinationVoicemailEnabled'];
/** webex-features-hunt-group-api: GetPersonPlaceVirtualLineHuntGroupObject.required */
const HUNT_GROUP_AGENT_REQUIRED = ['id'];
/** webex-features-hunt-group-api: AlternateNumbersWithPattern.required */
const ALTERNATE_NUMBER_REQUIRED = ['phoneNumber'];
/** webex-features-call-pickup-api: ListCallPickupObject.required */
const LIST_CALL_PICKUP_REQUIRED = ['name', 'id', 'locationName', 'locationId'];
/** webex-features-call-pickup-api: GetCallPickupObject.required */
const GET_CALL_PICKUP_REQUIRED = ['id', 'name'];
/** webex-features-call-pickup-api: GetPersonPlaceVirtualLineCallPickupObject.required */
const CALL_PICKUP_AGENT_REQUIRED = ['id', 'firstName', 'lastName', 'displayName', 'type', 'email'];
/** webex-locations-api: Location.required */
const LOCATION_REQUIRED = ['name', 'id'];
/** webex-locations-api: PostCommonLocationObject.address.required (the address every location has) */
const ADDRESS_REQUIRED = ['address1', 'city', 'state', 'postalCode', 'country'];
/** webex-organizations-api: Organization has no required list; these are its documented properties. */
const ORGANIZATION_PROPERTIES = ['id', 'displayName', 'created'];

function assertHasKeys(object: unknown, keys: string[], what: string): void {
  assert.ok(object !== null && typeof object === 'object', `${what} is an object`);
  for (const key of keys) assert.ok(key in (object as Json), `${what} has ${key}: ${JSON.stringify(object).slice(0, 300)}`);
}

describe('sample API', () => {
  let server: SampleServer;
  const alaska = (): { id: string; huntGroups: Json[]; callPickups: Json[] } => {
    const data = server.org.locations.find((l) => l.location.name === 'Alaska')!;
    return { id: data.location.id, huntGroups: data.huntGroups, callPickups: data.callPickups };
  };

  before(async () => {
    server = await startSampleServer();
  });
  after(async () => {
    await server.close();
  });
  afterEach(() => {
    server.clearFaults();
    server.clearForbidden();
    server.setRateLimit(undefined);
    server.setLatency(0);
    server.setMaxPageSize(100);
    server.setPaging('link');
    server.setTokens([SAMPLE_TOKEN]);
  });

  describe('endpoints and shapes', () => {
    it('serves on 127.0.0.1 with a /v1 base URL', () => {
      assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.equal(server.baseUrl, `${server.origin}/v1`);
    });

    it('GET /people/me describes the admin of the home org', async () => {
      const reply = await get(server, '/people/me');
      assert.equal(reply.status, 200);
      assertHasKeys(reply.body, ['id', 'emails', 'displayName', 'firstName', 'lastName', 'orgId'], 'me');
      assert.equal((reply.body as Json).orgId, server.org.orgId);
      assert.match(reply.headers.get('content-type') ?? '', /application\/json/);
    });

    it('GET /organizations lists the home org and its customers; GET /organizations/{id} one of them', async () => {
      const reply = await get(server, '/organizations');
      const items = (reply.body as Json).items as Json[];
      assert.ok(items.length >= 2);
      for (const item of items) assertHasKeys(item, ORGANIZATION_PROPERTIES, 'organization');
      assert.equal(items[0].id, server.org.orgId);
      assert.deepEqual(items.map((item) => item.id), [...server.orgs.keys()]);
      const one = await get(server, `/organizations/${encodeURIComponent(String(items[1].id))}`);
      assert.deepEqual(one.body, items[1]);
      assertWebexError(await get(server, '/organizations/nope'), 404);
    });

    it('GET /locations and /locations/{id} follow the locations spec', async () => {
      const { items } = await collectAll(server, '/locations', 'items');
      assert.equal(items.length, server.org.locations.length);
      for (const item of items) {
        assertHasKeys(item, [...LOCATION_REQUIRED, 'orgId', 'timeZone', 'preferredLanguage', 'address'], 'location');
        assertHasKeys(item.address, ADDRESS_REQUIRED, 'address');
      }
      const one = await get(server, `/locations/${items[0].id}`);
      assert.deepEqual(one.body, items[0]);
      assert.equal((await get(server, '/locations?name=münchen')).status, 200);
      assert.deepEqual(((await get(server, '/locations?name=MÜNCHEN')).body as Json).items, items.filter((i) => i.name === 'München'));
    });

    it('GET /telephony/config/locations lists calling locations under `locations`, filtered by name', async () => {
      const reply = await get(server, '/telephony/config/locations');
      const locations = (reply.body as Json).locations as Json[];
      assert.deepEqual(locations.map((l) => l.id), server.org.locations.map((l) => l.location.id));
      for (const location of locations) assertHasKeys(location, ['id', 'name', 'routingPrefix', 'callingLineId'], 'calling location');
      const filtered = (await get(server, '/telephony/config/locations?name=alas')).body as Json;
      assert.deepEqual((filtered.locations as Json[]).map((l) => l.name), ['Alaska']);
      const one = await get(server, `/telephony/config/locations/${locations[0].id}`);
      assert.equal((one.body as Json).name, locations[0].name);
    });

    it('GET /telephony/config/huntGroups lists ListHuntGroupObject items org-wide', async () => {
      const { items } = await collectAll(server, '/telephony/config/huntGroups', 'huntGroups');
      const expected = server.org.locations.flatMap((l) => l.huntGroups.map((hg) => hg.id));
      assert.deepEqual(items.map((i) => i.id), expected);
      for (const item of items) assertHasKeys(item, LIST_HUNT_GROUP_REQUIRED, 'hunt group list item');
      const seedItem = items.find((i) => i.id === SEED_HUNT_GROUP_DETAILS.id)!;
      assert.equal(seedItem.locationName, 'Alaska');
      assert.equal(seedItem.esn, '123079999');
    });

    it('filters hunt groups by locationId, name (case-insensitive, contains) and phoneNumber (primary or extension)', async () => {
      const byLocation = (await get(server, `/telephony/config/huntGroups?locationId=${alaska().id}`)).body as Json;
      assert.deepEqual((byLocation.huntGroups as Json[]).map((h) => h.id), alaska().huntGroups.map((h) => h.id));
      const byName = (await get(server, '/telephony/config/huntGroups?name=SALES')).body as Json;
      assert.deepEqual((byName.huntGroups as Json[]).map((h) => h.name), ['Sales Line']);
      const byNumber = (await get(server, '/telephony/config/huntGroups?phoneNumber=%2B14085550110')).body as Json;
      assert.deepEqual((byNumber.huntGroups as Json[]).map((h) => h.name), ['Support Line']);
      const byExtension = (await get(server, '/telephony/config/huntGroups?phoneNumber=079999')).body as Json;
      assert.deepEqual((byExtension.huntGroups as Json[]).map((h) => h.name), ['hgnME3']);
    });

    it('GET /telephony/config/queues lists ListCallQueueObject items org-wide, filtered by locationId, name and phoneNumber (number or extension)', async () => {
      const { items } = await collectAll(server, '/telephony/config/queues?max=2', 'queues');
      assert.deepEqual(items.map((i) => i.name), ['Customer Care Queue', 'Billing Queue', 'Austin Service Queue', 'EMEA Escalations', 'London Overflow Queue', 'Warteschlange Kundendienst', 'Denver Escalation Queue']);
      assert.deepEqual(Object.keys(items[0]), ['id', 'name', 'locationName', 'locationId', 'phoneNumber', 'extension', 'enabled'], 'the fields of read-the-list-of-call-queues');
      assert.deepEqual({ ...items[1], id: undefined, locationId: undefined }, { id: undefined, name: 'Billing Queue', locationName: 'San Jose HQ', locationId: undefined, extension: '5102', enabled: true });
      const london = server.org.locations.find((l) => l.location.name === 'London')!.location.id;
      const names = async (query: string): Promise<unknown[]> => (((await get(server, `/telephony/config/queues?${query}`)).body as Json).queues as Json[]).map((q) => q.name);
      assert.deepEqual(await names(`locationId=${london}`), ['EMEA Escalations', 'London Overflow Queue']);
      assert.deepEqual(await names('name=billing'), ['Billing Queue']);
      assert.deepEqual(await names('phoneNumber=%2B14085550130'), ['Customer Care Queue']);
      assert.deepEqual(await names('phoneNumber=7102'), ['London Overflow Queue']);
    });

    it('GET call queue and auto attendant details serve their payloads; unknown ones 404 in Webex words', async () => {
      const sanJose = server.org.locations.find((l) => l.location.name === 'San Jose HQ')!;
      const queue = sanJose.callQueues[0];
      const reply = await get(server, `/telephony/config/locations/${sanJose.location.id}/queues/${queue.id}`);
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, queue);
      assert.equal((reply.body as Json).name, 'Customer Care Queue');
      const aa = sanJose.autoAttendants[0];
      const aaReply = await get(server, `/telephony/config/locations/${sanJose.location.id}/autoAttendants/${aa.id}`);
      assert.deepEqual(aaReply.body, aa);
      assert.equal(((aaReply.body as Json).businessHoursMenu as Json).greeting, 'CUSTOM');
      const missingQueue = await get(server, `/telephony/config/locations/${sanJose.location.id}/queues/nope`);
      assertWebexError(missingQueue, 404);
      assert.equal((missingQueue.body as Json).message, 'Call queue not found.');
      assert.equal(((await get(server, `/telephony/config/locations/${sanJose.location.id}/autoAttendants/nope`)).body as Json).message, 'Auto attendant not found.');
      // Webex lists both org-wide only.
      assertWebexError(await get(server, `/telephony/config/locations/${sanJose.location.id}/queues`), 404);
      assertWebexError(await get(server, `/telephony/config/locations/${sanJose.location.id}/autoAttendants`), 404);
    });

    it('GET /telephony/config/autoAttendants lists ListAutoAttendantObject items org-wide with tollFreeNumber', async () => {
      const { items } = await collectAll(server, '/telephony/config/autoAttendants', 'autoAttendants');
      assert.deepEqual(items.map((i) => [i.name, i.locationName, i.phoneNumber, i.extension, i.tollFreeNumber]), [
        ['Acme Main Menu', 'San Jose HQ', '+14085550150', '5100', false],
        ['Austin Main Menu', 'Austin', '+15125550150', '6100', false],
        ['London Switchboard', 'London', '+442079460040', '7100', false],
        ['Zentrale Menü', 'München', '+498955550130', '4100', false],
        ['東京 メインメニュー', '東京 Tokyo', '+81355550130', '3100', false],
        ['Denver Main Menu', 'Denver', '+17205550150', '9100', false],
      ]);
      const byNumber = (await get(server, '/telephony/config/autoAttendants?phoneNumber=3100')).body as Json;
      assert.deepEqual((byNumber.autoAttendants as Json[]).map((a) => a.name), ['東京 メインメニュー']);
      const byName = (await get(server, '/telephony/config/autoAttendants?name=MAIN%20MENU')).body as Json;
      assert.deepEqual((byName.autoAttendants as Json[]).map((a) => a.name), ['Acme Main Menu', 'Austin Main Menu', 'Denver Main Menu']);
    });

    it('GET hunt group details carries GetHuntGroupObject fields for every hunt group', async () => {
      for (const location of server.org.locations) {
        for (const huntGroup of location.huntGroups) {
          const reply = await get(server, `/telephony/config/locations/${location.location.id}/huntGroups/${huntGroup.id}`);
          assert.equal(reply.status, 200);
          const body = reply.body as Json;
          assertHasKeys(body, GET_HUNT_GROUP_REQUIRED, huntGroup.name);
          assertHasKeys(body.callPolicies, HUNT_GROUP_CALL_POLICY_REQUIRED, `${huntGroup.name} callPolicies`);
          const noAnswer = (body.callPolicies as Json).noAnswer as Json;
          assertHasKeys(noAnswer, NO_ANSWER_REQUIRED, `${huntGroup.name} noAnswer`);
          assert.ok('systemMaxNumberOfRings' in noAnswer || 'systemMaxNumberOfRing' in noAnswer);
          for (const agent of body.agents as Json[]) assertHasKeys(agent, HUNT_GROUP_AGENT_REQUIRED, 'agent');
          for (const alternate of body.alternateNumbers as Json[]) assertHasKeys(alternate, ALTERNATE_NUMBER_REQUIRED, 'alternate number');
        }
      }
    });

    it('GET call pickups lists ListCallPickupObject items, filtered by name; details carry GetCallPickupObject fields', async () => {
      for (const location of server.org.locations) {
        const list = await get(server, `/telephony/config/locations/${location.location.id}/callPickups`);
        const items = (list.body as Json).callPickups as Json[];
        assert.deepEqual(items.map((i) => i.id), location.callPickups.map((c) => c.id));
        for (const item of items) {
          assertHasKeys(item, LIST_CALL_PICKUP_REQUIRED, 'call pickup list item');
          assert.equal(item.locationId, location.location.id);
          const details = await get(server, `/telephony/config/locations/${location.location.id}/callPickups/${item.id}`);
          assertHasKeys(details.body, GET_CALL_PICKUP_REQUIRED, String(item.name));
          for (const agent of ((details.body as Json).agents ?? []) as Json[]) assertHasKeys(agent, CALL_PICKUP_AGENT_REQUIRED, 'pickup agent');
        }
      }
      const filtered = await get(server, `/telephony/config/locations/${alaska().id}/callPickups?name=south`);
      assert.deepEqual(((filtered.body as Json).callPickups as Json[]).map((c) => c.name), ['South Alaska-Group']);
    });

    it('serves the two public example payloads exactly', async () => {
      const huntGroup = await get(server, `/telephony/config/locations/${alaska().id}/huntGroups/${SEED_HUNT_GROUP_DETAILS.id}`);
      assert.deepEqual(huntGroup.body, SEED_HUNT_GROUP_DETAILS);
      const pickup = await get(server, `/telephony/config/locations/${alaska().id}/callPickups/${SEED_CALL_PICKUP_DETAILS.id}`);
      assert.deepEqual(pickup.body, SEED_CALL_PICKUP_DETAILS);
    });

    it('selects the org by orgId and answers 404 for an unknown one', async () => {
      const customer = [...server.orgs.values()][1];
      const reply = await get(server, `/telephony/config/locations?orgId=${customer.orgId}`);
      assert.deepEqual(((reply.body as Json).locations as Json[]).map((l) => l.id), customer.locations.map((l) => l.location.id));
      const huntGroups = await get(server, `/telephony/config/huntGroups?orgId=${customer.orgId}`);
      assert.equal(((huntGroups.body as Json).huntGroups as Json[]).length, customer.locations.reduce((n, l) => n + l.huntGroups.length, 0));
      assertWebexError(await get(server, '/telephony/config/locations?orgId=unknown-org'), 404);
      assertWebexError(await get(server, '/people/me?orgId=unknown-org'), 404);
    });
  });

  describe('paging', () => {
    it('pages with max and an absolute Link rel="next" that keeps the query; none on the last page', async () => {
      const all = ((await get(server, '/telephony/config/huntGroups')).body as Json).huntGroups as Json[];
      const { items, urls } = await collectAll(server, '/telephony/config/huntGroups?max=4&name=e', 'huntGroups');
      assert.deepEqual(items, all.filter((h) => String(h.name).toLowerCase().includes('e')));
      assert.equal(urls.length, Math.ceil(items.length / 4));
      for (const url of urls.slice(1)) {
        const parsed = new URL(url);
        assert.equal(parsed.origin, server.origin);
        assert.equal(parsed.searchParams.get('max'), '4');
        assert.equal(parsed.searchParams.get('name'), 'e');
      }
      assert.deepEqual(urls.slice(1).map((u) => new URL(u).searchParams.get('start')), urls.slice(1).map((_, i) => String((i + 1) * 4)));
    });

    it('caps the page at maxPageSize whatever max asks', async () => {
      server.setMaxPageSize(2);
      const reply = await get(server, '/telephony/config/locations?max=1000');
      assert.equal(((reply.body as Json).locations as Json[]).length, 2);
      assert.equal(new URL(nextLink(reply.headers)!).searchParams.get('start'), '2');
      const { items } = await collectAll(server, '/telephony/config/locations?max=1000', 'locations');
      assert.equal(items.length, server.org.locations.length);
    });

    it('rejects a bad max or start with 400 and a Webex error body', async () => {
      for (const query of ['max=0', 'max=1001', 'max=abc', 'max=2.5', 'max=-3', 'start=-1', 'start=x', 'start=1.5']) {
        assertWebexError(await get(server, `/telephony/config/huntGroups?${query}`), 400);
      }
      assert.equal((await get(server, '/telephony/config/huntGroups?max=1000&start=999')).status, 200);
    });
  });

  describe('errors and auth', () => {
    it('answers 404 for unknown locations, hunt groups, call pickups and paths', async () => {
      const locationId = alaska().id;
      assertWebexError(await get(server, '/telephony/config/locations/nope/callPickups'), 404);
      assertWebexError(await get(server, '/telephony/config/locations/nope/huntGroups/x'), 404);
      assertWebexError(await get(server, `/telephony/config/locations/${locationId}/huntGroups/nope`), 404);
      assertWebexError(await get(server, `/telephony/config/locations/${locationId}/callPickups/nope`), 404);
      assertWebexError(await get(server, '/locations/nope'), 404);
      assertWebexError(await get(server, '/no/such/path'), 404);
      assertWebexError(await get(server, `${server.origin}/outside-v1`), 404);
    });

    it('answers 401 with Webex error body without a token or with an unknown one', async () => {
      const missing = await fetch(`${server.baseUrl}/people/me`);
      assertWebexError({ status: missing.status, headers: missing.headers, text: '', body: await missing.json() }, 401);
      assertWebexError(await get(server, '/people/me', { headers: { Authorization: 'Bearer wrong' } }), 401);
      assertWebexError(await get(server, '/people/me', { headers: { Authorization: SAMPLE_TOKEN } }), 401);
    });

    it('gives every response a distinct trackingid', async () => {
      const replies = await Promise.all([get(server, '/people/me'), get(server, '/nope'), get(server, '/people/me')]);
      const ids = replies.map((r) => r.headers.get('trackingid'));
      assert.ok(ids.every((id) => id && id.startsWith('ROUTER_')));
      assert.equal(new Set(ids).size, ids.length);
    });

    it('answers 405 to methods other than GET', async () => {
      assertWebexError(await get(server, '/people/me', { method: 'DELETE' }), 405);
    });

    it('forbid() answers 403 with Webex error body until cleared', async () => {
      server.forbid('/locations');
      assertWebexError(await get(server, '/locations'), 403);
      assertWebexError(await get(server, `/locations/${alaska().id}`), 403);
      assert.equal((await get(server, '/telephony/config/locations')).status, 200);
      server.clearForbidden();
      assert.equal((await get(server, '/locations')).status, 200);
    });

    it('expireTokensAfter(n) lets n authorized requests through, then 401s until setTokens()', async () => {
      server.expireTokensAfter(2);
      assert.equal((await get(server, '/people/me')).status, 200);
      assert.equal((await get(server, '/people/me')).status, 200);
      assertWebexError(await get(server, '/people/me'), 401);
      server.setTokens(['fresh-token']);
      assert.equal((await get(server, '/people/me', { headers: { Authorization: 'Bearer fresh-token' } })).status, 200);
      assert.equal((await get(server, '/people/me')).status, 401, 'the old token is no longer accepted');
    });

    it('rate limits with 429, Retry-After and an error body, then recovers once the window has passed', async () => {
      const windowMs = 150;
      server.setRateLimit({ requests: 2, windowMs, retryAfterSeconds: 1 });
      const started = Date.now();
      assert.equal((await get(server, '/people/me')).status, 200);
      assert.equal((await get(server, '/people/me')).status, 200);
      const limited = await get(server, '/people/me');
      assertWebexError(limited, 429);
      assert.equal(limited.headers.get('retry-after'), '1');
      let status = limited.status;
      while (status === 429) {
        assert.ok(Date.now() - started < 10_000, 'recovers');
        await new Promise((resolve) => setTimeout(resolve, 10));
        status = (await get(server, '/people/me')).status;
      }
      assert.equal(status, 200);
      // Timers never fire early, so this lower bound holds on any machine, however loaded.
      assert.ok(Date.now() - started >= windowMs - 1, 'not before the window has passed');
    });

    it('rate limits without Retry-After when the limit sets none', async () => {
      server.setRateLimit({ requests: 1, windowMs: 60_000 });
      assert.equal((await get(server, '/people/me')).status, 200);
      const limited = await get(server, '/people/me');
      assertWebexError(limited, 429);
      assert.equal(limited.headers.get('retry-after'), null);
    });
  });

  describe('faults', () => {
    const huntGroups = '/telephony/config/huntGroups';

    it('status: answers the status with Retry-After for `times` requests, then normally', async () => {
      server.addFault({ path: huntGroups, fault: { kind: 'status', status: 503, retryAfterSeconds: 2 }, times: 2 });
      for (let i = 0; i < 2; i++) {
        const reply = await get(server, huntGroups);
        assertWebexError(reply, 503);
        assert.equal(reply.headers.get('retry-after'), '2');
      }
      assert.equal((await get(server, huntGroups)).status, 200);
      assert.equal((await get(server, '/people/me')).status, 200, 'other paths are unaffected');
    });

    it('status: sends a given body', async () => {
      server.addFault({ path: '/people/me', fault: { kind: 'status', status: 423, body: { message: 'locked' } } });
      const reply = await get(server, '/people/me');
      assert.equal(reply.status, 423);
      assert.deepEqual(reply.body, { message: 'locked' });
    });

    it('matches a RegExp on path and query', async () => {
      server.addFault({ path: /huntGroups\?.*name=x/, fault: { kind: 'status', status: 500 } });
      assert.equal((await get(server, `${huntGroups}?name=x`)).status, 500);
      assert.equal((await get(server, `${huntGroups}?name=y`)).status, 200);
    });

    it('hang: never answers (the client times out)', async () => {
      server.addFault({ path: '/people/me', fault: { kind: 'hang' }, times: 1 });
      await assert.rejects(fetch(`${server.baseUrl}/people/me`, { headers: AUTH, signal: AbortSignal.timeout(100) }), /abort|timeout/i);
      assert.equal((await get(server, '/people/me')).status, 200);
    });

    it('reset: sends headers and part of the body, then drops the connection', async () => {
      server.addFault({ path: huntGroups, fault: { kind: 'reset' }, times: 1 });
      const response = await fetch(server.baseUrl + huntGroups, { headers: AUTH });
      assert.equal(response.status, 200);
      await assert.rejects(response.text());
    });

    it('malformedJson: 200 with a truncated JSON body', async () => {
      server.addFault({ path: huntGroups, fault: { kind: 'malformedJson' }, times: 1 });
      const reply = await get(server, huntGroups);
      assert.equal(reply.status, 200);
      assert.ok(reply.text.startsWith('{"huntGroups":['));
      assert.throws(() => JSON.parse(reply.text));
    });

    it('html: 200 with an HTML page', async () => {
      server.addFault({ path: huntGroups, fault: { kind: 'html' }, times: 1 });
      const reply = await get(server, huntGroups);
      assert.equal(reply.status, 200);
      assert.match(reply.headers.get('content-type') ?? '', /text\/html/);
      assert.match(reply.text, /<html>/);
    });

    it('wrongShape: lists lose their key, get null items or become bare arrays; details become {}', async () => {
      server.addFault({ path: huntGroups, fault: { kind: 'wrongShape' }, times: 1 });
      server.addFault({ path: huntGroups, fault: { kind: 'wrongShape', variant: 'nullItems' }, times: 1 });
      server.addFault({ path: huntGroups, fault: { kind: 'wrongShape', variant: 'notObject' }, times: 1 });
      const missingKey = (await get(server, huntGroups)).body as Json;
      assert.ok(!('huntGroups' in missingKey));
      assert.deepEqual((await get(server, huntGroups)).body, { huntGroups: null });
      assert.ok(Array.isArray((await get(server, huntGroups)).body));
      server.addFault({ path: '/people/me', fault: { kind: 'wrongShape' }, times: 1 });
      assert.deepEqual((await get(server, '/people/me')).body, {});
    });

    it('linkLoop: the next link points back at the same URL', async () => {
      server.addFault({ path: huntGroups, fault: { kind: 'linkLoop' } });
      const url = `${server.baseUrl}${huntGroups}?max=2&start=2`;
      const reply = await get(server, url);
      assert.equal(nextLink(reply.headers), url);
    });

    it('emptyPageWithNext: an empty page whose next link continues after it', async () => {
      server.addFault({ path: huntGroups, fault: { kind: 'emptyPageWithNext' }, times: 1 });
      const reply = await get(server, `${huntGroups}?max=3`);
      assert.deepEqual(reply.body, { huntGroups: [] });
      assert.equal(new URL(nextLink(reply.headers)!).searchParams.get('start'), '3');
    });

    it('crossOriginNext: the next link is on another origin', async () => {
      server.addFault({ path: huntGroups, fault: { kind: 'crossOriginNext', origin: 'https://evil.example' } });
      const reply = await get(server, `${huntGroups}?max=3`);
      assert.equal(((reply.body as Json).huntGroups as Json[]).length, 3);
      assert.equal(new URL(nextLink(reply.headers)!).origin, 'https://evil.example');
    });

    it('nextDropsParams: the next link keeps only start and max', async () => {
      const customer = [...server.orgs.values()][1];
      server.addFault({ path: huntGroups, fault: { kind: 'nextDropsParams' } });
      const reply = await get(server, `${huntGroups}?max=1&orgId=${customer.orgId}`);
      const next = new URL(nextLink(reply.headers)!);
      assert.deepEqual([...next.searchParams.keys()].sort(), ['max', 'start']);
    });

    it('redirect: answers with the status and Location', async () => {
      server.addFault({ path: '/people/me', fault: { kind: 'redirect', location: 'https://elsewhere.example/v1/people/me', status: 307 }, times: 1 });
      const response = await fetch(`${server.baseUrl}/people/me`, { headers: AUTH, redirect: 'manual' });
      assert.equal(response.status, 307);
      assert.equal(response.headers.get('location'), 'https://elsewhere.example/v1/people/me');
    });
  });

  describe('latency and stats', () => {
    it('adds latency to every response, beyond the same request without it', async () => {
      const latencyMs = 150;
      server.resetStats();
      await get(server, '/people/me');
      server.setLatency(latencyMs);
      await get(server, '/people/me');
      const [baseline, delayed] = server.stats().log;
      // The server's own timing of each response: a load can only lengthen both, and a timer never
      // fires early, so the delayed one is at least the latency and longer than the baseline.
      assert.ok(delayed.ms >= latencyMs - 1, `delayed ${delayed.ms} ms`);
      assert.ok(delayed.ms > baseline.ms, `delayed ${delayed.ms} ms, baseline ${baseline.ms} ms`);
    });

    it('counts requests on arrival, before they are answered: by path, with duplicates and peak concurrency', async () => {
      server.resetStats();
      server.addFault({ path: '/telephony/config/huntGroups', fault: { kind: 'hang' }, times: 5 });
      const abort = new AbortController();
      const hung = Array.from({ length: 5 }, (_, i) =>
        fetch(`${server.baseUrl}/telephony/config/huntGroups?start=${i % 3}`, { headers: AUTH, signal: abort.signal }).catch(() => 'aborted'));
      await waitFor(() => server.stats().total === 5, 'five arrivals');
      const stats = server.stats();
      assert.deepEqual(stats.byPath, { '/v1/telephony/config/huntGroups': 5 });
      assert.equal(stats.duplicates, 2);
      assert.equal(stats.concurrentPeak, 5, 'all five in flight at once');
      assert.ok(stats.log.every((r) => r.status === 0), 'none answered yet');
      abort.abort();
      assert.deepEqual(await Promise.all(hung), Array(5).fill('aborted'));
    });

    it('logs each request with its method, status, Authorization and time; resetStats() zeroes everything', async () => {
      server.resetStats();
      await get(server, '/people/me');
      await get(server, '/people/me', { headers: { Authorization: 'Bearer other' } });
      await waitFor(() => server.stats().log.every((r) => r.status !== 0), 'both responses closed');
      const stats = server.stats();
      assert.equal(stats.total, 2);
      assert.deepEqual(stats.log.map((r) => [r.method, r.url, r.status, r.authorization]), [
        ['GET', '/v1/people/me', 200, AUTH.Authorization],
        ['GET', '/v1/people/me', 401, 'Bearer other'],
      ]);
      assert.ok(stats.log.every((r) => r.ms >= 0 && r.startedAt > 0));
      assert.deepEqual(stats.byStatus, { '200': 1, '401': 1 });
      server.resetStats();
      assert.deepEqual(server.stats(), { total: 0, byPath: {}, byStatus: {}, concurrentPeak: 0, duplicates: 0, log: [] });
    });
  });
});

describe('sample API mutations', () => {
  let server: SampleServer;
  beforeEach(async () => {
    server = await startSampleServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('renameCallPickup changes the ID: the old one 404s, the new one answers with the new name', async () => {
    const where = server.org.locations.find((l) => l.location.name === 'San Jose HQ')!;
    const oldId = where.callPickups[0].id;
    const newId = server.renameCallPickup(where.location.id, oldId, 'Sales Floor Pickup (East)');
    assert.notEqual(newId, oldId);
    assert.deepEqual(decodeWebexId(newId)?.type, 'CALL_PICKUP');
    const base = `/telephony/config/locations/${where.location.id}/callPickups`;
    assertWebexError(await get(server, `${base}/${oldId}`), 404);
    const renamed = await get(server, `${base}/${newId}`);
    assert.equal(renamed.status, 200);
    assert.equal((renamed.body as Json).name, 'Sales Floor Pickup (East)');
    const list = ((await get(server, base)).body as Json).callPickups as Json[];
    assert.deepEqual(list.map((c) => c.id).includes(newId), true);
    assert.deepEqual(list.map((c) => c.id).includes(oldId), false);
  });

  it('deleteHuntGroup removes it from the list and its details 404', async () => {
    const where = server.org.locations[0];
    const huntGroupId = where.huntGroups[0].id;
    server.deleteHuntGroup(where.location.id, huntGroupId);
    assertWebexError(await get(server, `/telephony/config/locations/${where.location.id}/huntGroups/${huntGroupId}`), 404);
    const list = ((await get(server, '/telephony/config/huntGroups')).body as Json).huntGroups as Json[];
    assert.ok(!list.some((h) => h.id === huntGroupId));
  });

  it('close() ends hung requests', async () => {
    server.addFault({ path: '/people/me', fault: { kind: 'hang' } });
    const hung = fetch(`${server.baseUrl}/people/me`, { headers: AUTH });
    await waitFor(() => server.stats().total === 1, 'the request to arrive');
    await server.close();
    await assert.rejects(hung);
  });

  it('close() ends requests waiting out their latency', async () => {
    const latencyMs = 60_000;
    server.setLatency(latencyMs);
    const waiting = fetch(`${server.baseUrl}/people/me`, { headers: AUTH });
    await waitFor(() => server.stats().total === 1, 'the request to arrive');
    const started = Date.now();
    await server.close();
    await assert.rejects(waiting);
    assert.ok(Date.now() - started < latencyMs / 10, 'without waiting out the latency');
  });
});

describe('sample API options', () => {
  it('accepts the tokens given, a latency, a page size and a fixed port', async () => {
    const probe = await startSampleServer();
    const port = Number(new URL(probe.origin).port);
    await probe.close();
    const server = await startSampleServer({ tokens: ['a', 'b'], maxPageSize: 1, port });
    try {
      assert.equal(server.origin, `http://127.0.0.1:${port}`);
      assert.equal((await get(server, '/people/me')).status, 401);
      const reply = await get(server, '/telephony/config/locations', { headers: { Authorization: 'Bearer b' } });
      assert.equal(((reply.body as Json).locations as Json[]).length, 1);
    } finally {
      await server.close();
    }
  });

  it('serves a scale org with paging over thousands of hunt groups', async () => {
    const server = await startSampleServer({ size: { locations: 300, huntGroupsPerLocation: 5, callPickupsPerLocation: 1 } });
    try {
      const { items, urls } = await collectAll(server, '/telephony/config/huntGroups?max=1000', 'huntGroups');
      assert.equal(items.length, 1500);
      assert.equal(urls.length, 15, 'the default page size limit of 100 applies');
      assert.equal(new Set(items.map((i) => i.id)).size, 1500);
    } finally {
      await server.close();
    }
  });

  it('hostile mode returns hostile strings in valid JSON with valid, unique IDs', async () => {
    const server = await startSampleServer({ hostile: true });
    try {
      const seen = new Set<string>();
      const collect = (value: unknown): void => {
        if (typeof value === 'string') seen.add(value);
        else if (Array.isArray(value)) value.forEach(collect);
        else if (value && typeof value === 'object') Object.values(value).forEach(collect);
      };
      const me = await get(server, '/people/me');
      assert.ok(HOSTILE_STRINGS.includes(String((me.body as Json).displayName)));
      const locations = ((await get(server, '/telephony/config/locations')).body as Json).locations as Json[];
      assert.ok(locations.every((l) => HOSTILE_STRINGS.includes(String(l.name))));
      const huntGroups = ((await get(server, '/telephony/config/huntGroups?max=1000')).body as Json).huntGroups as Json[];
      assert.equal(new Set(huntGroups.map((h) => h.id)).size, huntGroups.length);
      for (const item of huntGroups) {
        assert.ok(HOSTILE_STRINGS.includes(String(item.name)));
        assert.ok(decodeWebexId(String(item.id)), 'IDs stay valid');
        const details = await get(server, `/telephony/config/locations/${item.locationId}/huntGroups/${item.id}`);
        assert.equal(details.status, 200);
        assert.ok(['CIRCULAR', 'REGULAR', 'SIMULTANEOUS', 'UNIFORM', 'WEIGHTED'].includes(String(((details.body as Json).callPolicies as Json).policy)));
        collect(details.body);
      }
      for (const location of locations) {
        const pickups = ((await get(server, `/telephony/config/locations/${location.id}/callPickups`)).body as Json).callPickups as Json[];
        for (const pickup of pickups) collect((await get(server, `/telephony/config/locations/${location.id}/callPickups/${pickup.id}`)).body);
      }
      for (const hostile of HOSTILE_STRINGS) assert.ok(seen.has(hostile), `served somewhere: ${hostile.slice(0, 40)}`);
    } finally {
      await server.close();
    }
  });
});
