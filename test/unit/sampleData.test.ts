// The sample organization's data: deterministic, fast at scale, and covering every policy, ring
// pattern, agent type, notification type and documented field, with the public examples intact.

import * as assert from 'node:assert/strict';
import type { CallPickupAgent, CallPickupDetails, HuntGroupDetails } from '../../src/webex/types';
import {
  AGENT_TYPES,
  generateSampleOrg,
  generateSampleOrgs,
  HOSTILE_COMMAND_LINK_NAME,
  HOSTILE_STRINGS,
  HUNT_POLICIES,
  makeHostile,
  MAX_ALTERNATE_NUMBERS,
  NOTIFICATION_TYPES,
  Prng,
  RING_PATTERNS,
  weightsSummingTo100,
  type SampleOrg,
} from '../../src/sample/data';
import { callPickupIdForName, decodeWebexId, uuidLike, webexId } from '../../src/sample/ids';
import { SEED_CALL_PICKUP_DETAILS, SEED_HUNT_GROUP_DETAILS, SEED_NORTH_ALASKA_PICKUP_ID } from '../../src/sample/seedPayloads';

// Every property the reference specs document for the details payloads, as dotted paths
// ("[]" for array items). webex-features-hunt-group-api: GetHuntGroupObject and the objects it
// refers to (GetHuntGroupCallPolicyObject, AlternateNumbersWithPattern,
// GetPersonPlaceVirtualLineHuntGroupObject, DirectLineCallerIdNameObject).
const DOCUMENTED_HUNT_GROUP_PATHS = [
  'id', 'name', 'enabled', 'phoneNumber', 'extension', 'distinctiveRing',
  'alternateNumbers[].phoneNumber', 'alternateNumbers[].ringPattern',
  'language', 'languageCode', 'firstName', 'lastName', 'timeZone',
  'callPolicies.policy', 'callPolicies.waitingEnabled', 'callPolicies.groupBusyEnabled', 'callPolicies.allowMembersToControlGroupBusyEnabled',
  'callPolicies.noAnswer.nextAgentEnabled', 'callPolicies.noAnswer.nextAgentRings', 'callPolicies.noAnswer.forwardEnabled',
  'callPolicies.noAnswer.destination', 'callPolicies.noAnswer.numberOfRings', 'callPolicies.noAnswer.systemMaxNumberOfRings',
  'callPolicies.noAnswer.destinationVoicemailEnabled',
  'callPolicies.busyRedirect.enabled', 'callPolicies.busyRedirect.destination', 'callPolicies.busyRedirect.destinationVoicemailEnabled',
  'callPolicies.businessContinuityRedirect.enabled', 'callPolicies.businessContinuityRedirect.destination',
  'callPolicies.businessContinuityRedirect.destinationVoicemailEnabled',
  'agents[].id', 'agents[].firstName', 'agents[].lastName', 'agents[].phoneNumber', 'agents[].extension',
  'agents[].routingPrefix', 'agents[].esn', 'agents[].weight',
  'huntGroupCallerIdForOutgoingCallsEnabled', 'directLineCallerIdName.selection', 'directLineCallerIdName.customName', 'dialByName',
];
/** webex-features-call-pickup-api: GetCallPickupObject, GetPersonPlaceVirtualLineCallPickupObject, GetUserNumberItemObject. */
const DOCUMENTED_CALL_PICKUP_PATHS = [
  'id', 'name', 'notificationType', 'notificationDelayTimerSeconds',
  'agents[].id', 'agents[].firstName', 'agents[].lastName', 'agents[].displayName', 'agents[].type', 'agents[].email',
  'agents[].phoneNumber[].external', 'agents[].phoneNumber[].extension',
];
/** Fields real payloads carry that the schemas lack (DESIGN "Spec vs reality"). */
const OBSERVED_HUNT_GROUP_PATHS = ['callingFirstName', 'callingLastName', 'callPolicies.noAnswer.systemMaxNumberOfRing', 'agents[].type'];
const OBSERVED_CALL_PICKUP_PATHS = ['agents[].numbers[].external', 'agents[].numbers[].extension', 'agents[].numbers[].primary'];

/** Every dotted path present in a value, arrays written as "[]". */
function pathsOf(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) pathsOf(item, `${prefix}[]`, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      into.add(path);
      pathsOf(child, path, into);
    }
  }
  return into;
}

const allHuntGroups = (org: SampleOrg): HuntGroupDetails[] => org.locations.flatMap((l) => l.huntGroups);
const allCallPickups = (org: SampleOrg): CallPickupDetails[] => org.locations.flatMap((l) => l.callPickups);

describe('sample data', () => {
  const org = generateSampleOrg();
  const huntGroups = allHuntGroups(org);
  const callPickups = allCallPickups(org);

  describe('determinism and scale', () => {
    it('generates the same org every time', () => {
      assert.deepEqual(generateSampleOrg(), org);
      assert.deepEqual(generateSampleOrgs(), generateSampleOrgs());
      const size = { locations: 20, huntGroupsPerLocation: 3, callPickupsPerLocation: 2 };
      assert.deepEqual(generateSampleOrg(size), generateSampleOrg(size));
    });

    it('generates 1000 locations × (5 hunt groups + 2 call pickups) in time linear in its size (baseline: 200 locations, same run)', function () {
      this.timeout(60_000); // several large orgs on a machine that may be busy
      const timeToGenerate = (locations: number): number => {
        const started = performance.now();
        generateSampleOrg({ locations, huntGroupsPerLocation: 5, callPickupsPerLocation: 2 });
        return performance.now() - started;
      };
      timeToGenerate(200); // warm up
      // The faster of two runs each, so one garbage collection or busy moment does not decide. The
      // baseline is big enough to pay for garbage collection as the large org does (a 100-location
      // org fits in the young generation and would make the ratio look quadratic).
      const small = Math.min(timeToGenerate(200), timeToGenerate(200));
      const large = Math.min(timeToGenerate(1000), timeToGenerate(1000));
      // Five times the org: linear work takes about 5× the baseline; quadratic work would take 25×.
      assert.ok(large < 15 * Math.max(small, 1), `1000 locations: ${large.toFixed(0)} ms; 200 locations: ${small.toFixed(0)} ms`);
      const big = generateSampleOrg({ locations: 1000, huntGroupsPerLocation: 5, callPickupsPerLocation: 2 });
      assert.equal(big.locations.length, 1000);
      assert.equal(allHuntGroups(big).length, 5000);
      assert.equal(allCallPickups(big).length, 2000);
      const ids = [...big.locations.map((l) => l.location.id), ...allHuntGroups(big).map((h) => h.id), ...allCallPickups(big).map((c) => c.id)];
      assert.equal(new Set(ids).size, ids.length, 'IDs are unique');
      assert.equal(new Set(big.locations.map((l) => l.location.name)).size, 1000, 'location names are unique');
      assert.ok(JSON.stringify(big).length < 20_000_000, 'stays compact');
    });

    it('generated orgs use every policy and notification type and WEIGHTED weights sum to 100', () => {
      const generated = generateSampleOrg({ locations: 10, huntGroupsPerLocation: 5, callPickupsPerLocation: 4 });
      assert.deepEqual(new Set(allHuntGroups(generated).map((h) => h.callPolicies?.policy)), new Set(HUNT_POLICIES));
      assert.deepEqual(new Set(allCallPickups(generated).map((c) => c.notificationType)), new Set(NOTIFICATION_TYPES));
      for (const huntGroup of allHuntGroups(generated).filter((h) => h.callPolicies?.policy === 'WEIGHTED')) {
        assert.equal(huntGroup.agents!.reduce((sum, a) => sum + Number(a.weight), 0), 100);
      }
    });

    it('a partner admin sees the home org, a customer with its own data, and an empty customer', () => {
      const orgs = generateSampleOrgs();
      assert.deepEqual(orgs[0], org);
      assert.ok(orgs.length >= 2);
      assert.ok(orgs[1].locations.length > 0 && allHuntGroups(orgs[1]).length > 0);
      assert.equal(new Set(orgs.map((o) => o.orgId)).size, orgs.length);
      assert.ok(orgs.some((o) => o.locations.length === 0));
    });
  });

  describe('the default org', () => {
    it('has realistic locations including Alaska and one with nothing in it', () => {
      const names = org.locations.map((l) => l.location.name);
      for (const name of ['San Jose HQ', 'Austin', 'London', 'München', 'Alaska']) assert.ok(names.includes(name), name);
      assert.ok(org.locations.length >= 6);
      assert.ok(org.locations.some((l) => l.huntGroups.length === 0 && l.callPickups.length === 0));
      assert.equal(org.name, 'Acme Sample Co.');
      assert.equal(org.me.orgId, org.orgId);
    });

    it('holds the public examples in Alaska exactly as printed', () => {
      const alaska = org.locations.find((l) => l.location.name === 'Alaska')!;
      assert.deepEqual(alaska.huntGroups.find((h) => h.id === SEED_HUNT_GROUP_DETAILS.id), SEED_HUNT_GROUP_DETAILS);
      assert.deepEqual(alaska.callPickups.find((c) => c.id === SEED_CALL_PICKUP_DETAILS.id), SEED_CALL_PICKUP_DETAILS);
      assert.ok(alaska.callPickups.some((c) => c.id === SEED_NORTH_ALASKA_PICKUP_ID && c.name === 'North Alaska-Group'));
    });

    it('uses every hunt policy, ring pattern, agent type and notification type', () => {
      assert.deepEqual(new Set(huntGroups.map((h) => h.callPolicies?.policy)), new Set(HUNT_POLICIES));
      assert.deepEqual(new Set(huntGroups.flatMap((h) => h.alternateNumbers ?? []).map((a) => a.ringPattern).filter(Boolean)), new Set(RING_PATTERNS));
      assert.deepEqual(new Set(huntGroups.flatMap((h) => h.agents ?? []).map((a) => a.type)), new Set(AGENT_TYPES));
      assert.deepEqual(new Set(callPickups.flatMap((c) => c.agents ?? []).map((a) => a.type)), new Set(['PEOPLE', 'PLACE']));
      assert.deepEqual(new Set(callPickups.map((c) => c.notificationType).filter(Boolean)), new Set(NOTIFICATION_TYPES));
    });

    it('has distinctive ring with up to ten alternate numbers', () => {
      assert.ok(huntGroups.every((h) => (h.alternateNumbers ?? []).length <= MAX_ALTERNATE_NUMBERS));
      const full = huntGroups.find((h) => h.alternateNumbers?.length === MAX_ALTERNATE_NUMBERS);
      assert.ok(full?.distinctiveRing);
    });

    it('WEIGHTED hunt groups give weights that sum to 100; others give none', () => {
      const weighted = huntGroups.filter((h) => h.callPolicies?.policy === 'WEIGHTED');
      assert.ok(weighted.length >= 2);
      for (const huntGroup of weighted) assert.equal(huntGroup.agents!.reduce((sum, a) => sum + Number(a.weight), 0), 100, huntGroup.name);
      for (const huntGroup of huntGroups.filter((h) => h.callPolicies?.policy !== 'WEIGHTED')) {
        assert.ok(huntGroup.agents!.every((a) => a.weight === undefined), huntGroup.name);
      }
    });

    it('has no-answer forwarding, and busy and business-continuity redirects with and without voicemail', () => {
      const policies = huntGroups.map((h) => h.callPolicies!);
      assert.ok(policies.some((p) => p.noAnswer?.forwardEnabled && p.noAnswer.destination));
      assert.ok(policies.some((p) => p.noAnswer?.forwardEnabled && p.noAnswer.destinationVoicemailEnabled));
      for (const redirect of ['busyRedirect', 'businessContinuityRedirect'] as const) {
        assert.ok(policies.some((p) => p[redirect]?.enabled && p[redirect]?.destinationVoicemailEnabled), `${redirect} to voicemail`);
        assert.ok(policies.some((p) => p[redirect]?.enabled && !p[redirect]?.destinationVoicemailEnabled), `${redirect} without voicemail`);
        assert.ok(policies.some((p) => !p[redirect]?.enabled), `${redirect} off`);
      }
    });

    it('has a disabled hunt group and one with no agents', () => {
      assert.ok(huntGroups.some((h) => h.enabled === false));
      assert.ok(huntGroups.some((h) => h.agents?.length === 0));
    });

    it('shows every documented details field somewhere, and the fields real payloads add', () => {
      const huntGroupPaths = new Set<string>();
      for (const huntGroup of huntGroups) pathsOf(huntGroup, '', huntGroupPaths);
      for (const path of [...DOCUMENTED_HUNT_GROUP_PATHS, ...OBSERVED_HUNT_GROUP_PATHS]) assert.ok(huntGroupPaths.has(path), `hunt group ${path}`);
      const callPickupPaths = new Set<string>();
      for (const pickup of callPickups) pathsOf(pickup, '', callPickupPaths);
      for (const path of [...DOCUMENTED_CALL_PICKUP_PATHS, ...OBSERVED_CALL_PICKUP_PATHS]) assert.ok(callPickupPaths.has(path), `call pickup ${path}`);
    });

    it('sends call pickup agent numbers as `numbers` mostly and `phoneNumber` on some; primary as the string "true" in `numbers`', () => {
      const agents: CallPickupAgent[] = callPickups.flatMap((c) => c.agents ?? []);
      const withNumbers = agents.filter((a) => a.numbers);
      const withPhoneNumber = agents.filter((a) => a.phoneNumber);
      assert.ok(withNumbers.length > withPhoneNumber.length && withPhoneNumber.length > 0);
      assert.ok(withNumbers.every((a) => a.numbers!.every((n) => n.primary === 'true')));
    });

    it('puts some agents in several hunt groups and call pickups', () => {
      const huntGroupsOf = new Map<string, number>();
      for (const agent of huntGroups.flatMap((h) => h.agents ?? [])) huntGroupsOf.set(agent.id, (huntGroupsOf.get(agent.id) ?? 0) + 1);
      const pickupAgents = new Set(callPickups.flatMap((c) => c.agents ?? []).map((a) => a.id));
      const busy = [...huntGroupsOf].filter(([id, count]) => count >= 2 && pickupAgents.has(id));
      assert.ok(busy.length >= 3, `agents in 2+ hunt groups and a call pickup: ${busy.length}`);
    });

    it('mints Webex-style IDs of the right type, unique across the org', () => {
      const typed: Array<[string, string]> = [
        [org.orgId, 'ORGANIZATION'],
        ...org.locations.map((l): [string, string] => [l.location.id, 'LOCATION']),
        ...huntGroups.map((h): [string, string] => [h.id, 'HUNT_GROUP']),
        ...callPickups.map((c): [string, string] => [c.id, 'CALL_PICKUP']),
        ...huntGroups.flatMap((h) => h.agents ?? []).map((a): [string, string] => [a.id, String(a.type)]),
      ];
      for (const [id, type] of typed) {
        assert.match(id, /^[A-Za-z0-9_=-]+$/, id);
        assert.equal(decodeWebexId(id)?.type, type, id);
      }
      const entityIds = [...org.locations.map((l) => l.location.id), ...huntGroups.map((h) => h.id), ...callPickups.map((c) => c.id)];
      assert.equal(new Set(entityIds).size, entityIds.length);
    });

    it('derives call pickup IDs from their names (the public examples keep their printed IDs)', () => {
      const printed = new Set([SEED_CALL_PICKUP_DETAILS.id, SEED_NORTH_ALASKA_PICKUP_ID]);
      for (const pickup of callPickups.filter((c) => !printed.has(c.id))) assert.equal(pickup.id, callPickupIdForName(pickup.name));
    });
  });

  describe('IDs', () => {
    it('encodes ciscospark URIs as unpadded base64 and reads them back', () => {
      const id = webexId('LOCATION', 'abc-123');
      assert.ok(!id.includes('='));
      assert.equal(Buffer.from(id, 'base64').toString(), 'ciscospark://us/LOCATION/abc-123');
      assert.deepEqual(decodeWebexId(id), { type: 'LOCATION', innerId: 'abc-123' });
      assert.equal(decodeWebexId('not-an-id'), undefined);
    });

    it('derives a call pickup ID the way the public example was made', () => {
      // The printed example's inner part is base64("callPickup2").
      assert.equal(callPickupIdForName('callPickup2'), SEED_CALL_PICKUP_DETAILS.id);
      assert.notEqual(callPickupIdForName('A'), callPickupIdForName('B'));
    });

    it('makes UUID-shaped strings from a seeded PRNG, deterministically', () => {
      const a = new Prng(7);
      const b = new Prng(7);
      const uuid = uuidLike(() => a.nextUint32());
      assert.match(uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      assert.equal(uuid, uuidLike(() => b.nextUint32()));
    });
  });

  describe('helpers', () => {
    it('weightsSummingTo100 splits 100 into integer weights', () => {
      for (let count = 1; count <= 12; count++) {
        const weights = weightsSummingTo100(count);
        assert.equal(weights.length, count);
        assert.equal(weights.reduce((a, b) => a + b, 0), 100);
      }
      assert.deepEqual(weightsSummingTo100(0), []);
    });
  });

  describe('hostile mode', () => {
    const hostile = makeHostile(org);

    it('keeps IDs and enum values and replaces display strings with hostile ones', () => {
      assert.deepEqual(allHuntGroups(hostile).map((h) => h.id), huntGroups.map((h) => h.id));
      assert.deepEqual(allHuntGroups(hostile).map((h) => h.callPolicies?.policy), huntGroups.map((h) => h.callPolicies?.policy));
      assert.deepEqual(allCallPickups(hostile).map((c) => c.notificationType), callPickups.map((c) => c.notificationType));
      assert.ok(allHuntGroups(hostile).every((h) => HOSTILE_STRINGS.includes(h.name)));
      assert.deepEqual(allHuntGroups(hostile).filter((h) => h.name === HOSTILE_COMMAND_LINK_NAME).map((h) => h.id), [allHuntGroups(org)[0].id], 'the first hunt group carries the command link');
      const sized = makeHostile(generateSampleOrg({ locations: 3, huntGroupsPerLocation: 2, callPickupsPerLocation: 1 }));
      assert.equal(allHuntGroups(sized)[0].name, HOSTILE_COMMAND_LINK_NAME, 'in a generated org too');
      assert.ok(hostile.locations.every((l) => HOSTILE_STRINGS.includes(l.location.name)));
      assert.ok(HOSTILE_STRINGS.includes(String(hostile.me.displayName)));
      assert.ok(hostile.me.emails!.every((e) => HOSTILE_STRINGS.includes(e)));
      assert.deepEqual(org, generateSampleOrg(), 'the original is left alone');
    });

    it('lists markup, command links, bidi overrides, zero-width characters, a 10 KB string and non-Latin scripts', () => {
      const joined = HOSTILE_STRINGS.join('\n');
      assert.ok(HOSTILE_STRINGS.includes('[Retry](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22id%5Cn%22%7D)'));
      for (const needle of ['<script>alert(1)</script>', 'onerror=', 'javascript:', 'command:', '\u202E', '\u200B', '日本語', 'العربية', 'Ελληνικά']) {
        assert.ok(joined.includes(needle), needle);
      }
      assert.ok(HOSTILE_STRINGS.some((s) => s.length >= 10 * 1024));
    });
  });
});
