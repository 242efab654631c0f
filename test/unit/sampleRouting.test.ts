// The sample API's routing reads over real HTTP: the org's numbers with their owners and filters,
// the call forwarding of hunt groups, queues, auto attendants, people and workspaces, schedules,
// and the call-flow scenarios of the default org (a chain, a loop, dead ends, external numbers),
// each named literally so the tracer's tests can rely on them.

import * as assert from 'node:assert/strict';
import type { AutoAttendantDetails } from '../../src/kinds/autoAttendant/types';
import type { CallQueueDetails } from '../../src/kinds/callQueue/types';
import type { HuntGroupDetails } from '../../src/kinds/huntGroup/types';
import { startSampleServer, type SampleLocationData, type SampleServer } from '../support/sampleServer';
import { assertWebexError, collectAll, get, nextLink, type Json } from './helpers/sampleHttp';

/** One number entry, shortened to what the assertions compare. */
function brief(entry: Json): [phoneNumber: unknown, extension: unknown, ownerType: unknown, ownerName: unknown] {
  const owner = entry.owner as Json | undefined;
  const name = owner === undefined ? undefined : owner.displayName ?? `${String(owner.firstName)} ${String(owner.lastName)}`;
  return [entry.phoneNumber, entry.extension, owner?.type, name];
}

describe('sample API routing reads', () => {
  let server: SampleServer;
  before(async () => {
    server = await startSampleServer({ maxPageSize: 2000 });
  });
  after(async () => {
    await server.close();
  });

  const locationNamed = (name: string): SampleLocationData => server.org.locations.find((where) => where.location.name === name)!;
  const huntGroupNamed = (name: string): HuntGroupDetails => server.org.locations.flatMap((where) => where.huntGroups).find((item) => item.name === name)!;
  const memberNamed = (first: string, last: string) => server.org.locations.flatMap((where) => where.members ?? []).find((m) => m.firstName === first && m.lastName === last)!;

  async function numbers(query: string): Promise<Json[]> {
    const reply = await get(server, `/telephony/config/numbers?${query}`);
    assert.equal(reply.status, 200, reply.text);
    return (reply.body as Json).phoneNumbers as Json[];
  }

  describe('GET /telephony/config/numbers', () => {
    it('finds the owner of a number, of every owner type', async () => {
      const cases: Array<[string, ReturnType<typeof brief>]> = [
        ['+14085550101', ['+14085550101', '5001', 'HUNT_GROUP', 'Sales Line']],
        ['+14085550130', ['+14085550130', '5101', 'CALL_QUEUE', 'Customer Care Queue']],
        ['+14085550150', ['+14085550150', '5100', 'AUTO_ATTENDANT', 'Acme Main Menu']],
        ['+14085551201', ['+14085551201', '1201', 'PEOPLE', 'Maria Garcia']],
        ['+14085551206', ['+14085551206', '1206', 'PLACE', 'Lobby Phone']],
        ['+14085551208', ['+14085551208', '1208', 'VIRTUAL_LINE', 'Sales Overflow']],
        ['+14085550199', ['+14085550199', '5199', 'VOICEMAIL_GROUP', 'Sales Voicemail']],
        ['+14085550100', ['+14085550100', '5000', 'VOICE_MESSAGING', 'Voice Portal']],
        ['+14085550198', ['+14085550198', undefined, 'CONTACT_CENTER_LINK', 'Contact Center Entry']],
        ['+19075552899', ['+19075552899', '2099', 'GROUP_PAGING', 'Anchorage Paging']],
        ['+19075552898', ['+19075552898', undefined, 'ROUTE_LIST', 'Alaska PBX Route List']],
        ['+17205550170', ['+17205550170', undefined, 'BROADWORKS_ANYWHERE', 'Denver Anywhere']],
        ['+15125550199', ['+15125550199', '1399', 'PLACE', 'Dispatch Desk']],
        ['+18005550142', ['+18005550142', undefined, 'AUTO_ATTENDANT', 'Austin Main Menu']],
        ['+14085550177', ['+14085550177', undefined, undefined, undefined]],
      ];
      for (const [phoneNumber, expected] of cases) {
        assert.deepEqual((await numbers(`phoneNumber=${encodeURIComponent(phoneNumber)}`)).map(brief), [expected], phoneNumber);
      }
      assert.deepEqual(await numbers('phoneNumber=7037344404'), [], 'an external number is in no location');
    });

    it('finds the owner of an extension within a location, numbers or not', async () => {
      const sanJose = locationNamed('San Jose HQ').location.id;
      const denver = locationNamed('Denver').location.id;
      const alaska = locationNamed('Alaska').location.id;
      const cases: Array<[string, string, ReturnType<typeof brief>[]]> = [
        ['5099', sanJose, [[undefined, '5099', 'VOICEMAIL_GROUP', 'Support Voicemail']]],
        ['1205', sanJose, [[undefined, '1205', 'PEOPLE', 'Sofia Rossi']]],
        ['5003', sanJose, [[undefined, '5003', 'HUNT_GROUP', 'Executive Assistants']]],
        ['9101', denver, [['+17205550120', '9101', 'CALL_QUEUE', 'Denver Escalation Queue']]],
        ['9011', denver, [['+17205550111', '9011', 'HUNT_GROUP', 'Loop East']]],
        ['1702', denver, [['+17205551702', '1702', 'PEOPLE', 'Marcus Reed']]],
        // The public example gives its workspace John Doe's extension: John Doe owns it.
        ['7781', alaska, [['+15558675310', '7781', 'PEOPLE', 'John Doe']]],
        ['9101', sanJose, []],
      ];
      for (const [extension, locationId, expected] of cases) {
        assert.deepEqual((await numbers(`extension=${extension}&locationId=${locationId}`)).map(brief), expected, extension);
      }
    });

    it('lists numbers of every owner type, owners as the docs shape them, and location and flags on each', async () => {
      const all = await numbers('max=2000');
      assert.equal(all.length, 110);
      assert.deepEqual([...new Set(all.map((entry) => (entry.owner as Json | undefined)?.type))].sort(), [
        'AUTO_ATTENDANT', 'BROADWORKS_ANYWHERE', 'CALL_QUEUE', 'CONTACT_CENTER_LINK', 'GROUP_PAGING', 'HUNT_GROUP',
        'PEOPLE', 'PLACE', 'ROUTE_LIST', 'VIRTUAL_LINE', 'VOICEMAIL_GROUP', 'VOICE_MESSAGING', undefined,
      ]);
      const grace = all.find((entry) => entry.phoneNumber === '+17205551701')!;
      const denver = locationNamed('Denver').location;
      assert.deepEqual(grace, {
        phoneNumber: '+17205551701', extension: '1701', routingPrefix: '8006', esn: '80061701', state: 'ACTIVE', phoneNumberType: 'PRIMARY',
        mainNumber: false, tollFreeNumber: false, location: { id: denver.id, name: 'Denver' },
        owner: { id: memberNamed('Grace', 'Kim').id, type: 'PEOPLE', firstName: 'Grace', lastName: 'Kim' },
      });
      assert.deepEqual(all.filter((entry) => entry.mainNumber).map((entry) => entry.phoneNumber), [
        '+14085550100', '+15125550100', '+442079460100', '+498955550100', '+81355550100', '+19075552800', '+17755550100', '+17205550100',
      ]);
      assert.equal(all.find((entry) => entry.phoneNumber === '+17755550100')!.owner, undefined, 'Reno\u2019s main number is unassigned');
      // The workspace of the public example shares John Doe's extension and Alice's number: it owns neither.
      assert.deepEqual(all.filter((entry) => entry.location && (entry.location as Json).name === 'Alaska' && (entry.owner as Json | undefined)?.type === 'PLACE'), []);
    });

    it('filters by ownerType, ownerId, ownerName, locationId, available, state, phoneNumberType, numberType and tollFreeNumbers', async () => {
      assert.deepEqual((await numbers('ownerType=VIRTUAL_LINE')).map(brief), [
        ['+14085551208', '1208', 'VIRTUAL_LINE', 'Sales Overflow'],
        [undefined, '1306', 'VIRTUAL_LINE', 'Dispatch Overflow'],
        ['+15558675311', '7782', 'VIRTUAL_LINE', 'Alice Smith'],
        ['+17205551704', '1704', 'VIRTUAL_LINE', 'Denver Night Line'],
      ], 'location by location, numbers before extensions alone');
      const loopWest = huntGroupNamed('Loop West');
      assert.deepEqual((await numbers(`ownerId=${loopWest.id}`)).map(brief), [['+17205550112', '9012', 'HUNT_GROUP', 'Loop West']]);
      assert.deepEqual((await numbers('ownerName=VOICEMAIL')).map(brief), [
        ['+14085550199', '5199', 'VOICEMAIL_GROUP', 'Sales Voicemail'],
        [undefined, '5099', 'VOICEMAIL_GROUP', 'Support Voicemail'],
        ['+442079460099', '7199', 'VOICEMAIL_GROUP', 'EMEA Voicemail'],
      ]);
      assert.deepEqual((await numbers('available=true')).map((entry) => entry.phoneNumber), [
        '+14085550177', '+15125550100', '+442079460100', '+81355550100', '+19075552800', '+17755550100', '+17205550100', '+17205550198', '+17205550199',
      ]);
      assert.deepEqual((await numbers('state=INACTIVE')).map(brief), [['+17205550198', undefined, undefined, undefined]]);
      assert.deepEqual((await numbers('tollFreeNumbers=true')).map(brief), [['+18005550142', undefined, 'AUTO_ATTENDANT', 'Austin Main Menu']]);
      const denver = locationNamed('Denver').location.id;
      assert.deepEqual((await numbers(`locationId=${denver}&numberType=EXTENSION&ownerType=PEOPLE`)).map(brief), [
        ['+17205551701', '1701', 'PEOPLE', 'Grace Kim'],
        ['+17205551702', '1702', 'PEOPLE', 'Marcus Reed'],
        [undefined, '1705', 'PEOPLE', 'Rosa Díaz'],
      ]);
      assert.deepEqual((await numbers(`locationId=${denver}&numberType=NUMBER&ownerType=PEOPLE`)).map((entry) => entry.extension), ['1701', '1702']);
      assert.equal((await numbers('phoneNumberType=ALTERNATE')).length, 22, 'Sales Line 2, Support Line 10, Customer Care Queue 4, Acme Main Menu 1, Austin Front Desk 1, Austin Main Menu 2, London Reception 2');
    });

    it('refuses the combinations the docs forbid, and values it does not know, with 400', async () => {
      for (const query of ['available=true&ownerType=PEOPLE', 'numberType=NUMBER&state=ACTIVE', 'numberType=NUMBER&available=true', 'numberType=MOBILE', 'available=yes']) {
        assertWebexError(await get(server, `/telephony/config/numbers?${query}`), 400);
      }
    });

    it('pages 2000 entries when max is not given, as documented', async () => {
      const big = await startSampleServer({ size: { locations: 1, huntGroupsPerLocation: 2100, callPickupsPerLocation: 0 }, maxPageSize: 5000 });
      try {
        const reply = await get(big, '/telephony/config/numbers');
        assert.equal(((reply.body as Json).phoneNumbers as Json[]).length, 2000);
        assert.equal(new URL(nextLink(reply.headers)!).searchParams.get('start'), '2000');
        assertWebexError(await get(big, '/telephony/config/numbers?max=2001'), 400);
      } finally {
        await big.close();
      }
    });
  });

  describe('call forwarding', () => {
    const forwardingPath = (where: SampleLocationData, collection: string, id: string): string => `/telephony/config/locations/${where.location.id}/${collection}/${id}/callForwarding`;

    it('serves a hunt group\u2019s always, selective and rules, with the schedules a rule runs on', async () => {
      const denver = locationNamed('Denver');
      const tier2 = huntGroupNamed('Denver Tier 2');
      const reply = await get(server, forwardingPath(denver, 'huntGroups', tier2.id));
      assert.equal(reply.status, 200, reply.text);
      const rules = ((reply.body as Json).callForwarding as Json).rules as Json[];
      assert.deepEqual(reply.body, {
        callForwarding: {
          always: { enabled: false, ringReminderEnabled: false, destinationVoicemailEnabled: false },
          selective: { enabled: true, ringReminderEnabled: false, destinationVoicemailEnabled: false, destination: '+17205551704' },
          rules: [
            {
              id: rules[0].id, name: 'Outside office hours', callFrom: 'Any', callsTo: '+17205550102', enabled: true,
              businessSchedule: 'Denver Evenings', holidaySchedule: 'US Federal Holidays',
            },
            { id: rules[1].id, name: 'VIP callers', callFrom: '+13035550199', callsTo: '+17205550102', forwardTo: '1702', enabled: false },
          ],
        },
      });
      assert.equal(Buffer.from(String(rules[0].id), 'base64').toString(), `ciscospark://us/CALL_FORWARDING_SELECTIVE_RULE/${Buffer.from('Outside office hours').toString('base64')}`);
    });

    it('spells the auto attendant\u2019s fields its way, and serves every feature\u2019s forwarding, off unless set', async () => {
      const denver = locationNamed('Denver');
      const menu = denver.autoAttendants[0];
      assert.deepEqual((await get(server, forwardingPath(denver, 'autoAttendants', menu.id))).body, {
        callForwarding: {
          always: { enabled: false, ringReminderEnabled: false, sendToVoicemailEnabled: false },
          selective: { enabled: false, ringReminderEnabled: false, sendToVoicemailEnabled: false },
          rules: [],
        },
      });
      const austin = locationNamed('Austin');
      const newHires = austin.huntGroups.find((item) => item.name === 'New Hires')!;
      const always = (((await get(server, forwardingPath(austin, 'huntGroups', newHires.id))).body as Json).callForwarding as Json).always;
      assert.deepEqual(always, { enabled: true, ringReminderEnabled: false, destinationVoicemailEnabled: false }, 'enabled, with no destination');
      for (const where of server.org.locations) {
        for (const [collection, items] of [['huntGroups', where.huntGroups], ['queues', where.callQueues], ['autoAttendants', where.autoAttendants]] as const) {
          for (const item of items) assert.equal((await get(server, forwardingPath(where, collection, item.id))).status, 200, item.name);
        }
      }
    });

    it('answers 404 for an unknown feature, a feature of another location, and call pickups', async () => {
      const denver = locationNamed('Denver');
      const sanJose = locationNamed('San Jose HQ');
      assertWebexError(await get(server, forwardingPath(denver, 'huntGroups', 'no-such-group')), 404);
      assertWebexError(await get(server, forwardingPath(denver, 'huntGroups', sanJose.huntGroups[0].id)), 404);
      assertWebexError(await get(server, forwardingPath(denver, 'queues', denver.huntGroups[0].id)), 404);
      assertWebexError(await get(server, forwardingPath(sanJose, 'callPickups', sanJose.callPickups[0].id)), 404);
    });

    it('serves a person\u2019s and a workspace\u2019s forwarding and business continuity, 404 for the other kind\u2019s ID', async () => {
      const grace = memberNamed('Grace', 'Kim');
      const lobby = memberNamed('Denver', 'Lobby');
      assert.deepEqual((await get(server, `/people/${grace.id}/features/callForwarding`)).body, {
        callForwarding: {
          always: { enabled: false, ringReminderEnabled: false, destinationVoicemailEnabled: false },
          busy: { enabled: true, destinationVoicemailEnabled: false, destination: '+13035550142' },
          noAnswer: { enabled: true, numberOfRings: 4, systemMaxNumberOfRings: 20, destinationVoicemailEnabled: false, destination: '1702' },
        },
        businessContinuity: { enabled: true, destinationVoicemailEnabled: false, destination: '+13035550142' },
      });
      const workspace = (await get(server, `/workspaces/${lobby.id}/features/callForwarding`)).body as Json;
      assert.deepEqual((workspace.callForwarding as Json).busy, { enabled: true, destinationVoicemailEnabled: false }, 'enabled, with no destination');
      assert.deepEqual((workspace.callForwarding as Json).noAnswer, { enabled: true, numberOfRings: 3, systemMaxNumberOfRings: 20, destinationVoicemailEnabled: false, destination: '+17205550101' });
      assertWebexError(await get(server, `/people/${lobby.id}/features/callForwarding`), 404);
      assertWebexError(await get(server, `/workspaces/${grace.id}/features/callForwarding`), 404);
      assertWebexError(await get(server, '/people/no-such-person/features/callForwarding'), 404);
    });

    it('answers 403 with Webex\u2019s error body when a test forbids member forwarding, for one kind or one member', async () => {
      const grace = memberNamed('Grace', 'Kim');
      const marcus = memberNamed('Marcus', 'Reed');
      const lobby = memberNamed('Denver', 'Lobby');
      const person = (id: string) => get(server, `/people/${id}/features/callForwarding`);
      const workspace = (id: string) => get(server, `/workspaces/${id}/features/callForwarding?orgId=${server.org.orgId}`);
      try {
        server.forbidMemberForwarding({ type: 'PEOPLE' });
        assertWebexError(await person(grace.id), 403);
        assert.match(String(((await person(marcus.id)).body as Json).message), /missing required scopes/);
        assert.equal((await workspace(lobby.id)).status, 200, 'workspaces are another scope');
        assert.equal((await get(server, '/telephony/config/numbers?max=1')).status, 200);
        server.clearForbidden();
        assert.equal((await person(grace.id)).status, 200);

        server.forbidMemberForwarding({ id: lobby.id });
        assertWebexError(await workspace(lobby.id), 403);
        assert.equal((await person(grace.id)).status, 200);
        server.clearForbidden();
        server.forbidMemberForwarding();
        assertWebexError(await person(marcus.id), 403);
        assertWebexError(await workspace(lobby.id), 403);
      } finally {
        server.clearForbidden();
      }
      assert.equal((await workspace(lobby.id)).status, 200);
    });
  });

  describe('schedules', () => {
    it('lists the schedules a location\u2019s auto attendants and selective rules name, filtered by type and name', async () => {
      const denver = locationNamed('Denver');
      const { items } = await collectAll(server, `/telephony/config/locations/${denver.location.id}/schedules`, 'schedules');
      assert.deepEqual(items.map((item) => [item.name, item.type, item.locationName, item.locationId]), [
        ['Denver Office Hours', 'businessHours', 'Denver', denver.location.id],
        ['US Federal Holidays', 'holidays', 'Denver', denver.location.id],
        ['Denver Evenings', 'businessHours', 'Denver', denver.location.id],
      ]);
      const named = await get(server, `/telephony/config/locations/${denver.location.id}/schedules?type=businessHours&name=${encodeURIComponent('Denver Evenings')}`);
      assert.deepEqual(((named.body as Json).schedules as Json[]).map((item) => item.name), ['Denver Evenings']);
      const sanJose = locationNamed('San Jose HQ');
      const hq = (await get(server, `/telephony/config/locations/${sanJose.location.id}/schedules`)).body as Json;
      assert.deepEqual((hq.schedules as Json[]).map((item) => item.name), ['HQ Business Hours', 'US Holidays']);
      assertWebexError(await get(server, `/telephony/config/locations/${denver.location.id}/schedules?type=weekly`), 400);
    });

    it('serves a schedule\u2019s events by type and ID, and 404s an unknown one', async () => {
      const denver = locationNamed('Denver');
      const list = (await get(server, `/telephony/config/locations/${denver.location.id}/schedules`)).body as Json;
      const [, holidays, evenings] = list.schedules as Json[];
      const base = `/telephony/config/locations/${denver.location.id}/schedules`;
      const business = (await get(server, `${base}/businessHours/${String(evenings.id)}`)).body as Json;
      assert.deepEqual([business.id, business.name, business.type], [evenings.id, 'Denver Evenings', 'businessHours']);
      const [weekdays] = business.events as Json[];
      assert.deepEqual([weekdays.startTime, weekdays.endTime, weekdays.allDayEnabled, weekdays.recurrence], ['09:00', '17:00', false, {
        recurForEver: true, recurWeekly: { sunday: false, monday: true, tuesday: true, wednesday: true, thursday: true, friday: true, saturday: false },
      }]);
      const holidayEvents = ((await get(server, `${base}/holidays/${String(holidays.id)}`)).body as Json).events as Json[];
      assert.deepEqual(holidayEvents.map((event) => [event.name, event.allDayEnabled, Object.keys(event.recurrence as Json).sort()]), [
        ["New Year's Day", true, ['recurForEver', 'recurYearlyByDate']],
        ['Thanksgiving', true, ['recurEndDate', 'recurForEver', 'recurYearlyByDay']],
      ]);
      assertWebexError(await get(server, `${base}/holidays/${String(evenings.id)}`), 404);
      assertWebexError(await get(server, `${base}/businessHours/no-such-schedule`), 404);
      assertWebexError(await get(server, `${base}/weekly/${String(evenings.id)}`), 400);
    });
  });

  describe('call-flow scenarios of the default org', () => {
    /** What a destination reaches: its number entry's owner, 'unassigned', or 'not in the org'. */
    async function resolve(destination: string, locationId: string): Promise<{ type: string; id?: string; name?: string } | 'unassigned' | 'not in the org'> {
      const query = destination.startsWith('+') ? `phoneNumber=${encodeURIComponent(destination)}` : `extension=${destination}&locationId=${locationId}`;
      const found = await numbers(query);
      assert.ok(found.length <= 1, `${destination} has one entry`);
      if (found.length === 0) return 'not in the org';
      const owner = found[0].owner as Json | undefined;
      if (!owner) return 'unassigned';
      return { type: String(owner.type), id: String(owner.id), name: brief(found[0])[3] as string };
    }

    /** Every destination of the org's items and members: [who, setting, destination (undefined: enabled, empty), location]. */
    async function destinations(): Promise<Array<[string, string, string | undefined, string]>> {
      const found: Array<[string, string, string | undefined, string]> = [];
      const transfers = new Set(['TRANSFER_WITHOUT_PROMPT', 'TRANSFER_WITH_PROMPT', 'TRANSFER_TO_OPERATOR', 'TRANSFER_TO_MAILBOX']);
      const forwardingOf = async (path: string): Promise<Json> => {
        const reply = await get(server, path);
        assert.equal(reply.status, 200, path);
        return reply.body as Json;
      };
      for (const where of server.org.locations) {
        const at = where.location.id;
        const base = `/telephony/config/locations/${at}`;
        const featureForwarding = async (name: string, collection: string, id: string): Promise<void> => {
          const forwarding = (await forwardingOf(`${base}/${collection}/${id}/callForwarding`)).callForwarding as Json;
          for (const setting of ['always', 'selective'] as const) {
            const part = forwarding[setting] as Json;
            if (part.enabled) found.push([name, `callForwarding.${setting}`, part.destination as string | undefined, at]);
          }
          for (const rule of forwarding.rules as Json[]) if (rule.forwardTo !== undefined) found.push([name, `rule ${String(rule.name)}`, String(rule.forwardTo), at]);
        };
        for (const group of where.huntGroups as HuntGroupDetails[]) {
          const policies = group.callPolicies!;
          if (policies.noAnswer?.forwardEnabled) found.push([group.name, 'noAnswer', policies.noAnswer.destination, at]);
          if (policies.busyRedirect?.enabled) found.push([group.name, 'busyRedirect', policies.busyRedirect.destination, at]);
          if (policies.businessContinuityRedirect?.enabled) found.push([group.name, 'businessContinuityRedirect', policies.businessContinuityRedirect.destination, at]);
          await featureForwarding(group.name, 'huntGroups', group.id);
        }
        for (const queue of where.callQueues as CallQueueDetails[]) {
          const overflow = queue.queueSettings?.overflow;
          if (overflow?.action === 'TRANSFER_TO_PHONE_NUMBER') found.push([queue.name, 'overflow', overflow.transferNumber, at]);
          await featureForwarding(queue.name, 'queues', queue.id);
        }
        for (const menu of where.autoAttendants as AutoAttendantDetails[]) {
          for (const [hours, keys] of [['business', menu.businessHoursMenu?.keyConfigurations], ['after', menu.afterHoursMenu?.keyConfigurations]] as const) {
            for (const key of keys ?? []) if (transfers.has(String(key.action))) found.push([menu.name, `${hours} key ${key.key}`, key.value, at]);
          }
          await featureForwarding(menu.name, 'autoAttendants', menu.id);
        }
        for (const member of where.members ?? []) {
          if (member.type === 'VIRTUAL_LINE') continue;
          const body = await forwardingOf(`/${member.type === 'PEOPLE' ? 'people' : 'workspaces'}/${member.id}/features/callForwarding`);
          const settings: Array<[string, Json]> = [...Object.entries(body.callForwarding as Record<string, Json>), ['businessContinuity', body.businessContinuity as Json]];
          for (const [setting, part] of settings) if (part.enabled) found.push([member.displayName, setting, part.destination as string | undefined, at]);
        }
      }
      return found;
    }

    it('resolves every destination to an owner in the org, except the deliberate dead ends and external numbers', async () => {
      const all = await destinations();
      assert.equal(all.length, 64);
      const emptyDestinations = all.filter(([, , destination]) => destination === undefined).map(([who, setting]) => [who, setting]);
      assert.deepEqual(emptyDestinations, [['New Hires', 'callForwarding.always'], ['Denver Lobby', 'busy']]);
      const unassigned: string[][] = [];
      const outside: string[][] = [];
      for (const [who, setting, destination, locationId] of all) {
        if (destination === undefined) continue;
        const reached = await resolve(destination, locationId);
        if (reached === 'unassigned') unassigned.push([who, setting, destination]);
        if (reached === 'not in the org') outside.push([who, setting, destination]);
      }
      assert.deepEqual(unassigned, [
        ['Acme Main Menu', 'after key 7', '+14085550177'],
        ['Denver Intake', 'busyRedirect', '+17205550199'],
      ]);
      assert.deepEqual(outside, [
        ['Sales Line', 'busyRedirect', '7037344404'],
        ['hgnME3', 'busyRedirect', '7037344404'],
        ['hgnME3', 'businessContinuityRedirect', '7037344405'],
        ['Grace Kim', 'busy', '+13035550142'],
        ['Grace Kim', 'businessContinuity', '+13035550142'],
      ]);
    });

    it('chains six steps from Denver Main Menu through hunt groups and a queue to a person who forwards to another', async () => {
      const denver = locationNamed('Denver');
      const at = denver.location.id;
      const menu = denver.autoAttendants.find((item) => item.name === 'Denver Main Menu')!;
      const steps: string[] = [];
      let reached = await resolve(menu.businessHoursMenu!.keyConfigurations!.find((key) => key.key === '1')!.value!, at);
      const visit = (expectedType: string): string => {
        assert.ok(typeof reached === 'object', String(reached));
        assert.equal(reached.type, expectedType, reached.name);
        steps.push(`${reached.type} ${reached.name}`);
        return reached.id!;
      };
      const intakeId = visit('HUNT_GROUP');
      const intake = denver.huntGroups.find((item) => item.id === intakeId)!;
      reached = await resolve(intake.callPolicies!.noAnswer!.destination!, at);
      const queueId = visit('CALL_QUEUE');
      const queue = denver.callQueues.find((item) => item.id === queueId)!;
      reached = await resolve(queue.queueSettings!.overflow!.transferNumber!, at);
      const tier2Id = visit('HUNT_GROUP');
      const tier2 = denver.huntGroups.find((item) => item.id === tier2Id)!;
      reached = await resolve(tier2.callPolicies!.noAnswer!.destination!, at);
      const graceId = visit('PEOPLE');
      const graceForwarding = (await get(server, `/people/${graceId}/features/callForwarding`)).body as Json;
      reached = await resolve(String(((graceForwarding.callForwarding as Json).noAnswer as Json).destination), at);
      const marcusId = visit('PEOPLE');
      const marcusForwarding = (await get(server, `/people/${marcusId}/features/callForwarding`)).body as Json;
      assert.deepEqual(steps, ['HUNT_GROUP Denver Intake', 'CALL_QUEUE Denver Escalation Queue', 'HUNT_GROUP Denver Tier 2', 'PEOPLE Grace Kim', 'PEOPLE Marcus Reed']);
      assert.ok(Object.values(marcusForwarding.callForwarding as Record<string, Json>).every((setting) => setting.enabled === false), 'the chain ends with Marcus');
    });

    it('has two hunt groups that send calls to each other (a loop)', async () => {
      const at = locationNamed('Denver').location.id;
      const east = huntGroupNamed('Loop East');
      const west = huntGroupNamed('Loop West');
      const eastGoesTo = await resolve(east.callPolicies!.noAnswer!.destination!, at);
      const westForwarding = (await get(server, `/telephony/config/locations/${at}/huntGroups/${west.id}/callForwarding`)).body as Json;
      const westGoesTo = await resolve(String(((westForwarding.callForwarding as Json).always as Json).destination), at);
      assert.deepEqual([eastGoesTo, westGoesTo], [
        { type: 'HUNT_GROUP', id: west.id, name: 'Loop West' },
        { type: 'HUNT_GROUP', id: east.id, name: 'Loop East' },
      ]);
    });

    it('redirects to a disabled hunt group', async () => {
      const tier2 = huntGroupNamed('Denver Tier 2');
      const reached = await resolve(tier2.callPolicies!.busyRedirect!.destination!, locationNamed('Denver').location.id);
      const afterHours = huntGroupNamed('After Hours');
      assert.deepEqual(reached, { type: 'HUNT_GROUP', id: afterHours.id, name: 'After Hours' });
      assert.equal(afterHours.enabled, false);
    });
  });

  it('keeps hostile names possible: the hostile org serves numbers and forwarding with replaced strings, IDs intact', async () => {
    const hostile = await startSampleServer({ hostile: true, maxPageSize: 2000 });
    try {
      const entries = (((await get(hostile, '/telephony/config/numbers')).body as Json).phoneNumbers as Json[]);
      assert.equal(entries.length, 110);
      const owners = entries.map((entry) => entry.owner as Json | undefined).filter((owner) => owner !== undefined);
      assert.ok(owners.some((owner) => owner.type === 'HUNT_GROUP' && owner.displayName === '[Retry](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22id%5Cn%22%7D)'));
      const grace = hostile.org.locations.flatMap((where) => where.members ?? []).find((member) => member.id === memberNamed('Grace', 'Kim').id)!;
      assert.notEqual(grace.firstName, 'Grace');
      assert.equal((await get(hostile, `/people/${grace.id}/features/callForwarding`)).status, 200);
    } finally {
      await hostile.close();
    }
  });
});
