// The sample organization's data: deterministic, fast at scale, and covering every policy, ring
// pattern, agent type, notification type and documented field, with the public examples intact.

import * as assert from 'node:assert/strict';
import type { CallPickupAgent, CallPickupDetails } from '../../src/kinds/callPickup/types';
import type { AutoAttendantDetails, KeyConfiguration } from '../../src/kinds/autoAttendant/types';
import type { CallQueueDetails } from '../../src/kinds/callQueue/types';
import type { HuntGroupDetails } from '../../src/kinds/huntGroup/types';
import {
  AGENT_TYPES,
  DEAD_END_NUMBER,
  generateSampleOrg,
  generateSampleOrgs,
  HUNT_POLICIES,
  MAX_ALTERNATE_NUMBERS,
  MENU_ACTIONS,
  NOTIFICATION_TYPES,
  Prng,
  RING_PATTERNS,
  weightsSummingTo100,
  type SampleOrg,
} from '../../src/sample/data';
import { HOSTILE_COMMAND_LINK_NAME, HOSTILE_STRINGS, makeHostile } from '../support/hostileOrg';
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

/** get-details-for-a-call-queue.yml: every response property, nested ones included. */
const DOCUMENTED_CALL_QUEUE_PATHS = [
  'id', 'name', 'enabled', 'language', 'languageCode', 'firstName', 'lastName', 'timeZone', 'phoneNumber', 'extension',
  'phoneNumberForOutgoingCallsEnabled',
  'alternateNumberSettings.distinctiveRingEnabled', 'alternateNumberSettings.alternateNumbers[].phoneNumber', 'alternateNumberSettings.alternateNumbers[].ringPattern',
  'callPolicies.routingType', 'callPolicies.policy',
  'callPolicies.callBounce.callBounceEnabled', 'callPolicies.callBounce.callBounceMaxRings', 'callPolicies.callBounce.agentUnavailableEnabled',
  'callPolicies.callBounce.alertAgentEnabled', 'callPolicies.callBounce.alertAgentMaxSeconds', 'callPolicies.callBounce.callBounceOnHoldEnabled',
  'callPolicies.callBounce.callBounceOnHoldMaxSeconds', 'callPolicies.distinctiveRing.enabled', 'callPolicies.distinctiveRing.ringPattern',
  'queueSettings.queueSize', 'queueSettings.callOfferToneEnabled', 'queueSettings.resetCallStatisticsEnabled',
  'queueSettings.overflow.action', 'queueSettings.overflow.sendToVoicemail', 'queueSettings.overflow.transferNumber',
  'queueSettings.overflow.overflowAfterWaitEnabled', 'queueSettings.overflow.overflowAfterWaitTime', 'queueSettings.overflow.playOverflowGreetingEnabled',
  'queueSettings.overflow.greeting', 'queueSettings.overflow.audioFiles',
  'queueSettings.welcomeMessage.enabled', 'queueSettings.welcomeMessage.alwaysEnabled', 'queueSettings.welcomeMessage.greeting', 'queueSettings.welcomeMessage.audioFiles',
  'queueSettings.waitMessage.enabled', 'queueSettings.waitMessage.waitMode', 'queueSettings.waitMessage.handlingTime', 'queueSettings.waitMessage.defaultHandlingTime',
  'queueSettings.waitMessage.queuePosition', 'queueSettings.waitMessage.highVolumeMessageEnabled', 'queueSettings.waitMessage.estimatedWaitingTime',
  'queueSettings.waitMessage.callbackOptionEnabled', 'queueSettings.waitMessage.minimumEstimatedCallbackTime', 'queueSettings.waitMessage.internationalCallbackEnabled',
  'queueSettings.waitMessage.playUpdatedEstimatedWaitMessage',
  'queueSettings.comfortMessage.enabled', 'queueSettings.comfortMessage.timeBetweenMessages', 'queueSettings.comfortMessage.greeting', 'queueSettings.comfortMessage.audioFiles',
  'queueSettings.comfortMessageBypass.enabled', 'queueSettings.comfortMessageBypass.callWaitingAgeThreshold', 'queueSettings.comfortMessageBypass.greeting',
  'queueSettings.comfortMessageBypass.audioFiles',
  'queueSettings.mohMessage.normalSource.enabled', 'queueSettings.mohMessage.normalSource.greeting', 'queueSettings.mohMessage.normalSource.audioFiles',
  'queueSettings.mohMessage.alternateSource.enabled', 'queueSettings.mohMessage.alternateSource.greeting', 'queueSettings.mohMessage.alternateSource.audioFiles',
  'queueSettings.whisperMessage.enabled', 'queueSettings.whisperMessage.greeting', 'queueSettings.whisperMessage.audioFiles',
  'allowCallWaitingForAgentsEnabled',
  'agents[].id', 'agents[].type', 'agents[].firstName', 'agents[].lastName', 'agents[].phoneNumber', 'agents[].extension', 'agents[].weight',
  'agents[].skillLevel', 'agents[].joinEnabled',
  'allowAgentJoinEnabled',
];
/** get-details-for-an-auto-attendant.yml: every response property, nested ones included. */
const DOCUMENTED_AUTO_ATTENDANT_PATHS = [
  'id', 'name', 'enabled', 'phoneNumber', 'extension', 'tollFreeNumber', 'firstName', 'lastName',
  'alternateNumbers[].phoneNumber', 'alternateNumbers[].tollFreeNumber', 'alternateNumbers[].ringPattern',
  'language', 'languageCode', 'businessSchedule', 'holidaySchedule', 'extensionDialing', 'nameDialing', 'timeZone',
  ...['businessHoursMenu', 'afterHoursMenu'].flatMap((menu) => [
    `${menu}.greeting`, `${menu}.extensionEnabled`, `${menu}.audioFile.name`, `${menu}.audioFile.mediaType`,
    `${menu}.keyConfigurations[].key`, `${menu}.keyConfigurations[].action`, `${menu}.keyConfigurations[].description`, `${menu}.keyConfigurations[].value`,
  ]),
];

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

    it('WEIGHTED hunt groups give weights that sum to 100, except one misconfigured on purpose; others give none', () => {
      const weighted = huntGroups.filter((h) => h.callPolicies?.policy === 'WEIGHTED');
      assert.ok(weighted.length >= 2);
      const total = (huntGroup: HuntGroupDetails): number => huntGroup.agents!.reduce((sum, a) => sum + Number(a.weight), 0);
      assert.deepEqual(weighted.filter((h) => total(h) !== 100).map((h) => [h.name, total(h)]), [['Denver Projects', 90]]);
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

  describe('call queues and auto attendants of the default org', () => {
    const queues: CallQueueDetails[] = org.locations.flatMap((l) => l.callQueues);
    const autoAttendants: AutoAttendantDetails[] = org.locations.flatMap((l) => l.autoAttendants);
    const keysOf = (aa: AutoAttendantDetails): KeyConfiguration[] => [...(aa.businessHoursMenu?.keyConfigurations ?? []), ...(aa.afterHoursMenu?.keyConfigurations ?? [])];
    const transfers = new Set(['TRANSFER_WITHOUT_PROMPT', 'TRANSFER_WITH_PROMPT', 'TRANSFER_TO_OPERATOR', 'TRANSFER_TO_MAILBOX']);

    it('sits in the locations that have other features, none in Alaska or Reno', () => {
      assert.deepEqual(
        org.locations.map((l) => [l.location.name, l.callQueues.map((q) => q.name), l.autoAttendants.map((a) => a.name)]),
        [
          ['San Jose HQ', ['Customer Care Queue', 'Billing Queue'], ['Acme Main Menu']],
          ['Austin', ['Austin Service Queue'], ['Austin Main Menu']],
          ['London', ['EMEA Escalations', 'London Overflow Queue'], ['London Switchboard']],
          ['München', ['Warteschlange Kundendienst'], ['Zentrale Menü']],
          ['東京 Tokyo', [], ['東京 メインメニュー']],
          ['Alaska', [], []],
          ['Reno Warehouse', [], []],
          ['Denver', ['Denver Escalation Queue'], ['Denver Main Menu']],
        ],
      );
    });

    it('shows every documented details field somewhere', () => {
      const queuePaths = new Set<string>();
      for (const queue of queues) pathsOf(queue, '', queuePaths);
      assert.deepEqual(DOCUMENTED_CALL_QUEUE_PATHS.filter((path) => !queuePaths.has(path)), []);
      const autoAttendantPaths = new Set<string>();
      for (const aa of autoAttendants) pathsOf(aa, '', autoAttendantPaths);
      assert.deepEqual(DOCUMENTED_AUTO_ATTENDANT_PATHS.filter((path) => !autoAttendantPaths.has(path)), []);
    });

    it('uses every documented enum value', () => {
      const sorted = (values: unknown[]): unknown[] => [...new Set(values)].sort();
      assert.deepEqual(sorted(queues.map((q) => q.callPolicies?.routingType)), ['PRIORITY_BASED', 'SKILL_BASED']);
      assert.deepEqual(sorted(queues.map((q) => q.callPolicies?.policy)), [...HUNT_POLICIES].sort());
      assert.deepEqual(sorted(queues.map((q) => q.queueSettings?.overflow?.action)), ['PERFORM_BUSY_TREATMENT', 'PLAY_RINGING_UNTIL_CALLER_HANGS_UP', 'TRANSFER_TO_PHONE_NUMBER']);
      assert.deepEqual(sorted(queues.map((q) => q.queueSettings?.waitMessage?.waitMode)), ['POSITION', 'TIME']);
      assert.deepEqual(sorted(queues.map((q) => q.queueSettings?.welcomeMessage?.greeting)), ['CUSTOM', 'DEFAULT']);
      assert.deepEqual(sorted(queues.flatMap((q) => q.alternateNumberSettings?.alternateNumbers ?? []).map((n) => n.ringPattern)), [...RING_PATTERNS].sort());
      assert.deepEqual(sorted(queues.flatMap((q) => q.agents ?? []).map((a) => a.type)), [...AGENT_TYPES].sort());
      const keys = autoAttendants.flatMap(keysOf);
      assert.deepEqual(sorted(keys.map((k) => k.action)), [...MENU_ACTIONS].sort());
      assert.deepEqual(sorted(keys.map((k) => k.key)), [...'#*0123456789'.split(''), 'digit_0', 'digit_1', 'digit_2', 'hash'].sort(), 'the keys themselves, and the reference page spelling on one menu');
      assert.deepEqual(sorted(autoAttendants.flatMap((a) => [a.businessHoursMenu?.audioFile?.mediaType, a.afterHoursMenu?.audioFile?.mediaType]).filter(Boolean)), ['3GP', 'WAV', 'WMA']);
      assert.deepEqual(sorted(autoAttendants.flatMap((a) => [a.businessHoursMenu?.greeting, a.afterHoursMenu?.greeting])), ['CUSTOM', 'DEFAULT']);
      assert.deepEqual(sorted(autoAttendants.flatMap((a) => [a.extensionDialing, a.nameDialing])), ['ENTERPRISE', 'GROUP']);
      assert.deepEqual(sorted(autoAttendants.flatMap((a) => a.alternateNumbers ?? []).map((n) => n.tollFreeNumber)), [false, true]);
    });

    it('routes overflows and menu keys to the org\'s hunt groups, queues, auto attendants and people, except one dead end', () => {
      const numbers = new Map<string, string>();
      for (const data of org.locations) {
        for (const item of [...data.huntGroups, ...data.callQueues, ...data.autoAttendants]) {
          for (const number of [item.phoneNumber, item.extension]) if (typeof number === 'string') numbers.set(number, item.name);
        }
        for (const agent of [...data.huntGroups, ...data.callQueues].flatMap((item) => item.agents ?? [])) {
          for (const number of [agent.phoneNumber, agent.extension]) if (typeof number === 'string') numbers.set(number, `${agent.firstName} ${agent.lastName}`);
        }
      }
      const targets = [
        ...queues.filter((q) => q.queueSettings?.overflow?.action === 'TRANSFER_TO_PHONE_NUMBER').map((q) => q.queueSettings!.overflow!.transferNumber!),
        ...autoAttendants.flatMap(keysOf).filter((k) => transfers.has(String(k.action))).map((k) => k.value!),
      ];
      assert.equal(targets.length, 36, '5 overflows and 31 transferring keys');
      assert.deepEqual(targets.filter((target) => !numbers.has(target)), [DEAD_END_NUMBER]);
      assert.equal(DEAD_END_NUMBER, '+14085550177');
      assert.equal(numbers.get('+14085550110'), 'Support Line', 'the care queue overflows to a hunt group');
      assert.equal(numbers.get('5101'), 'Customer Care Queue', 'the main menu reaches a queue by extension');
    });

    it('has a queue and an auto attendant that forward to each other (a loop)', () => {
      const queue = queues.find((q) => q.name === 'London Overflow Queue')!;
      const switchboard = autoAttendants.find((a) => a.name === 'London Switchboard')!;
      assert.equal(queue.queueSettings?.overflow?.transferNumber, switchboard.phoneNumber);
      assert.equal(switchboard.businessHoursMenu?.keyConfigurations?.find((k) => k.key === '1')?.value, queue.phoneNumber);
    });

    it('mints CALL_QUEUE and AUTO_ATTENDANT IDs, unique, and leaves every other ID as it was', () => {
      for (const queue of queues) assert.equal(decodeWebexId(queue.id)?.type, 'CALL_QUEUE');
      for (const aa of autoAttendants) assert.equal(decodeWebexId(aa.id)?.type, 'AUTO_ATTENDANT');
      const ids = [...queues, ...autoAttendants].map((item) => item.id);
      assert.equal(new Set(ids).size, ids.length);
      // IDs the org had before queues and auto attendants joined it (the first, the admin's, the last drawn).
      assert.equal(org.orgId, 'Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9iNWM0YThkYS00OTRkLTViY2QtZjNhZi1lM2ZhMWEwY2VkODM');
      assert.equal(org.locations[0].location.id, 'Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzYwZGZiYzNhLWE3NzMtNjE2Zi01MDZkLWZjZmI0ZWQwZGFhMA');
      assert.equal(org.locations[0].huntGroups[0].id, 'Y2lzY29zcGFyazovL3VzL0hVTlRfR1JPVVAvMThkZjU1ZTMtM2JlNS1jYTBkLTk0ZTAtZGE4ZTlmZjdiYzg5');
      assert.equal(org.me.id, 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS9jNjZmMmVkOS03NGUzLTQ3YTMtOTBhOC04YmYyNTA1MDc0MWQ');
    });

    it('gives the partner customer a queue and an auto attendant per location, and generated orgs as many as asked', () => {
      const [, customer, empty] = generateSampleOrgs();
      assert.deepEqual(customer.locations.map((l) => [l.callQueues.length, l.autoAttendants.length]), [[1, 1], [1, 1]]);
      assert.deepEqual(empty.locations, []);
      const sized = generateSampleOrg({ locations: 4, huntGroupsPerLocation: 2, callPickupsPerLocation: 0, callQueuesPerLocation: 3, autoAttendantsPerLocation: 2 });
      assert.deepEqual(sized.locations.map((l) => [l.callQueues.length, l.autoAttendants.length]), [[3, 2], [3, 2], [3, 2], [3, 2]]);
      // Each generated menu reaches the location's hunt groups and queues, in that order.
      const first = sized.locations[0];
      assert.deepEqual(
        first.autoAttendants[0].businessHoursMenu?.keyConfigurations?.slice(0, 5).map((k) => k.value),
        [...first.huntGroups, ...first.callQueues].map((item) => item.phoneNumber ?? item.extension),
      );
      assert.deepEqual(generateSampleOrg({ locations: 2, huntGroupsPerLocation: 1, callPickupsPerLocation: 1 }).locations.map((l) => [l.callQueues.length, l.autoAttendants.length]), [[0, 0], [0, 0]]);
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
      const queuePolicies = (o: SampleOrg): unknown[] => o.locations.flatMap((l) => l.callQueues.map((q) => [q.callPolicies?.routingType, q.queueSettings?.overflow?.action]));
      assert.deepEqual(queuePolicies(hostile), queuePolicies(org));
      const menuKeys = (o: SampleOrg): unknown[] => o.locations.flatMap((l) => l.autoAttendants.flatMap((a) => a.businessHoursMenu?.keyConfigurations?.map((k) => [k.key, k.action])));
      assert.deepEqual(menuKeys(hostile), menuKeys(org));
      assert.ok(hostile.locations.flatMap((l) => l.autoAttendants).every((a) => HOSTILE_STRINGS.includes(a.name)));
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
