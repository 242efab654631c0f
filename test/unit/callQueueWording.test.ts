import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  callQueueFactGroups,
  callQueueFacts,
  callQueueMembers,
  callQueuePolicyFact,
  overflowTreatment,
} from '../../src/kinds/callQueue/describe';
import { callQueueKind } from '../../src/kinds/callQueue/descriptor';
import type { CallQueueDetails, CallQueueListItem } from '../../src/kinds/callQueue/types';

// The exact words the tree shows for a call queue. Every expected value is written out here, so a
// dropped "(voicemail)", a weight shown where it decides nothing or a reworded overflow fails a test.

/** A queue as Control Hub sets one up: longest idle, 10 calls, overflow to a hunt group after 2 minutes. */
const supportQueue = (): CallQueueDetails => ({
  id: 'cq-support',
  name: 'Support Queue',
  enabled: true,
  phoneNumber: '+14085550150',
  extension: '5150',
  alternateNumberSettings: {
    distinctiveRingEnabled: true,
    alternateNumbers: [
      { phoneNumber: '+14085550151', ringPattern: 'LONG_LONG' },
      { phoneNumber: '5152', ringPattern: 'NORMAL' },
    ],
  },
  callPolicies: {
    routingType: 'PRIORITY_BASED',
    policy: 'UNIFORM',
    callBounce: { callBounceEnabled: true, callBounceMaxRings: 8, agentUnavailableEnabled: false, alertAgentEnabled: false, alertAgentMaxSeconds: 30, callBounceOnHoldEnabled: false, callBounceOnHoldMaxSeconds: 60 },
    distinctiveRing: { enabled: true, ringPattern: 'NORMAL' },
  },
  queueSettings: {
    queueSize: 10,
    overflow: { action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: '5001', sendToVoicemail: false, overflowAfterWaitEnabled: true, overflowAfterWaitTime: 120 },
  },
  allowCallWaitingForAgentsEnabled: false,
  agents: [
    { id: 'p-1', type: 'PEOPLE', firstName: 'Ana', lastName: 'Lopez', phoneNumber: '+14085550101', extension: '5101', routingPrefix: '8001', weight: '60', skillLevel: 2, joinEnabled: true },
    { id: 'w-1', type: 'PLACE', firstName: 'Lobby', phoneNumber: '+14085550102', weight: '40', joinEnabled: false },
  ],
});

const labels = (details: CallQueueDetails): string[] => callQueueFacts(details).map((fact) => fact.label);


/** The no-answer row as one sentence: its label and the rules listed beside it. */
function callBounceSummary(bounce: unknown): string {
  const fact = callQueueFacts({ id: 'q', name: 'Q', callPolicies: { callBounce: bounce } } as CallQueueDetails).find((f) => f.key === 'noAnswer')!;
  return [fact.label.replace(/^No answer: /, ''), fact.description?.replace(/^also /, '')].filter(Boolean).join('; ');
}

describe('Call queue wording in the tree', () => {
  it('describes a realistic queue row by row', () => {
    assert.deepEqual(labels(supportQueue()), [
      'Policy: Longest idle',
      'Queue size: 10 calls',
      'Overflow: transfer to 5001',
      'No answer: bounce back to the queue after 8 rings',
      'Agents on a call: skipped until they hang up',
    ]);
    const overflow = callQueueFacts(supportQueue()).find((fact) => fact.key === 'overflow');
    assert.deepEqual(overflow, {
      key: 'overflow',
      label: 'Overflow: transfer to 5001',
      description: 'when full, or after 120 s with no agent free',
      icon: 'debug-step-over',
      detail: 'What new calls get when the queue is full, and (if switched on) when a call has waited the set time with no agent free.',
    });
  });

  describe('policy', () => {
    it('names each policy as Control Hub does, with its documented meaning', () => {
      const expected: [string, string, string][] = [
        ['CIRCULAR', 'Policy: Circular', 'Cycles through all agents after the last agent that took a call, sending each call to the next available agent ("Circular" in Control Hub). Also supported for skill-based routing.'],
        ['REGULAR', 'Policy: Top down', 'Sends the call through the queue of agents in order, starting from the top each time ("Top down" in Control Hub). Also supported for skill-based routing.'],
        ['SIMULTANEOUS', 'Policy: Simultaneous', 'Sends calls to all agents at once.'],
        ['UNIFORM', 'Policy: Longest idle', 'Sends calls to the agent that has been idle the longest; if they don\'t answer, to the agent idle the second longest, and so on until the call is answered ("Longest idle" in Control Hub). Also supported for skill-based routing.'],
        ['WEIGHTED', 'Policy: Weighted', 'Sends calls to idle agents based on the percentage assigned to each agent (up to 100%).'],
      ];
      for (const [policy, label, detail] of expected) {
        assert.deepEqual(callQueuePolicyFact({ id: 'q', name: 'Q', callPolicies: { policy } }), { key: 'policy', label, description: policy, detail, icon: 'list-ordered' }, policy);
      }
    });

    it('says when skill levels come first, and leaves the default routing type unsaid', () => {
      assert.deepEqual(callQueuePolicyFact({ id: 'q', name: 'Q', callPolicies: { policy: 'CIRCULAR', routingType: 'SKILL_BASED' } }), {
        key: 'policy',
        label: 'Policy: Circular, skill based',
        description: 'CIRCULAR',
        detail:
          'Cycles through all agents after the last agent that took a call, sending each call to the next available agent ("Circular" in Control Hub). Also supported for skill-based routing. ' +
          'Skill level is the criterion for routing calls to agents. When more than one agent has the same skill level, the policy dispatches the calls among them.',
        icon: 'list-ordered',
      });
      assert.equal(callQueuePolicyFact({ id: 'q', name: 'Q', callPolicies: { policy: 'CIRCULAR', routingType: 'PRIORITY_BASED' } }).label, 'Policy: Circular');
      assert.equal(callQueuePolicyFact({ id: 'q', name: 'Q', callPolicies: { policy: 'CIRCULAR', routingType: 'AI_BASED' } }).label, 'Policy: Circular, routing AI_BASED');
    });

    it('shows a policy it does not know as sent, even one named like an Object member, and "not set" for none', () => {
      for (const policy of ['SKILL_FIRST', 'toString', 'constructor', '__proto__']) {
        assert.deepEqual(callQueuePolicyFact({ id: 'q', name: 'Q', callPolicies: { policy } }), { key: 'policy', label: `Policy: ${policy}`, description: policy, detail: undefined, icon: 'list-ordered' });
      }
      assert.equal(callQueuePolicyFact({ id: 'q', name: 'Q' }).label, 'Policy: not set');
      assert.equal(callQueuePolicyFact({ id: 'q', name: 'Q', callPolicies: { policy: '  ' } }).label, 'Policy: not set');
    });
  });

  describe('overflow and queue size', () => {
    it('says where overflowing calls go for each documented action', () => {
      assert.equal(overflowTreatment({ action: 'PERFORM_BUSY_TREATMENT' }), 'callers hear a fast busy');
      assert.equal(overflowTreatment({ action: 'PLAY_RINGING_UNTIL_CALLER_HANGS_UP' }), 'callers hear ringing until they hang up');
      assert.equal(overflowTreatment({ action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: '+14085550199', sendToVoicemail: true }), 'transfer to +14085550199 (voicemail)');
      assert.equal(overflowTreatment({ action: 'TRANSFER_TO_PHONE_NUMBER' }), 'transfer to an unset number');
    });

    it('names voicemail only for a transfer: the busy tone and ringing have no destination', () => {
      assert.equal(overflowTreatment({ action: 'PERFORM_BUSY_TREATMENT', sendToVoicemail: true, transferNumber: '5001' }), 'callers hear a fast busy');
      assert.equal(overflowTreatment({ action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: '5001', sendToVoicemail: 'true' }), 'transfer to 5001');
    });

    it('says when the overflow applies: when full, and after the wait only if that is switched on', () => {
      const overflowRow = (overflow: unknown) => callQueueFacts({ id: 'q', name: 'Q', queueSettings: { overflow } as never }).find((fact) => fact.key === 'overflow');
      assert.equal(overflowRow({ action: 'PERFORM_BUSY_TREATMENT', overflowAfterWaitEnabled: false, overflowAfterWaitTime: 30 })?.description, 'when full');
      assert.equal(overflowRow({ action: 'PERFORM_BUSY_TREATMENT', overflowAfterWaitEnabled: true })?.description, 'when full, or after the set time with no agent free');
      assert.equal(overflowRow(undefined)?.label, 'Overflow: not set');
      assert.equal(overflowRow(undefined)?.description, undefined);
      assert.equal(overflowRow(null)?.description, undefined);
    });

    it('shows an unknown action as sent', () => {
      assert.equal(overflowTreatment({ action: 'SEND_TO_AUTO_ATTENDANT' }), 'SEND_TO_AUTO_ATTENDANT');
      assert.equal(overflowTreatment({ action: 'valueOf' }), 'valueOf');
      assert.equal(overflowTreatment('PERFORM_BUSY_TREATMENT'), 'not set');
    });

    it('counts the queue size in calls', () => {
      const sizeRow = (queueSize: unknown) => labels({ id: 'q', name: 'Q', queueSettings: { queueSize } as never })[1];
      assert.equal(sizeRow(1), 'Queue size: 1 call');
      assert.equal(sizeRow(25), 'Queue size: 25 calls');
      assert.equal(sizeRow(undefined), 'Queue size: not set');
      assert.equal(sizeRow({ toString: () => '9' }), 'Queue size: not set');
    });
  });

  describe('no answer and busy agents', () => {
    it('lists each bounce rule that is on, in Control Hub\u2019s order', () => {
      assert.equal(
        callBounceSummary({ callBounceEnabled: true, callBounceMaxRings: 1, agentUnavailableEnabled: true, alertAgentEnabled: true, alertAgentMaxSeconds: 30, callBounceOnHoldEnabled: true, callBounceOnHoldMaxSeconds: 90 }),
        'bounce back to the queue after 1 ring; bounce when the agent becomes unavailable; alert the agent when a call is on hold over 30 s; bounce a call on hold over 90 s',
      );
      assert.equal(callBounceSummary({ callBounceEnabled: true }), 'bounce back to the queue after the set number of rings');
      assert.equal(callBounceSummary({ alertAgentEnabled: true, alertAgentMaxSeconds: null }), 'alert the agent when a call is on hold over the set time');
    });

    it('says the call keeps ringing when no rule is on, and "not set" when the payload has none', () => {
      assert.equal(callBounceSummary({ callBounceEnabled: false, callBounceMaxRings: 8 }), 'keep ringing the agent (no bounce)');
      assert.equal(callBounceSummary(undefined), 'not set');
      assert.equal(callBounceSummary([]), 'not set');
      assert.equal(callBounceSummary({ callBounceEnabled: 'true', callBounceMaxRings: 3 }), 'keep ringing the agent (no bounce)');
    });

    it('says whether agents on a call are offered queued calls, only when the payload says', () => {
      const waitingRow = (allowCallWaitingForAgentsEnabled: unknown) =>
        callQueueFacts({ id: 'q', name: 'Q', allowCallWaitingForAgentsEnabled } as CallQueueDetails).find((fact) => fact.key === 'callWaiting');
      assert.deepEqual(waitingRow(true), {
        key: 'callWaiting',
        label: 'Agents on a call: offered queued calls as call waiting',
        icon: 'person',
        detail: 'Whether agents who are already on a call are offered queued calls (call waiting for agents).',
      });
      assert.equal(waitingRow(false)?.label, 'Agents on a call: skipped until they hang up');
      assert.equal(waitingRow(undefined), undefined);
      assert.equal(waitingRow('false'), undefined);
    });

    it('puts "Disabled" first for a disabled queue', () => {
      const facts = callQueueFacts({ ...supportQueue(), enabled: false });
      assert.deepEqual(facts[0], { key: 'disabled', label: 'Disabled: calls to this call queue are not routed', icon: 'circle-slash' });
      assert.equal(facts.length, 6);
    });
  });

  describe('alternate numbers', () => {
    it('groups them, with ring patterns only when distinctive ring is on', () => {
      assert.deepEqual(callQueueFactGroups(supportQueue()), [
        {
          key: 'alternateNumbers',
          label: 'Alternate numbers (2)',
          description: 'distinctive ring on',
          icon: 'list-unordered',
          facts: [
            { key: '0', label: '+14085550151', description: 'ring: LONG_LONG', detail: 'Incoming ring pattern of two long rings.', icon: 'symbol-number' },
            { key: '1', label: '5152', description: 'ring: NORMAL', detail: 'Normal incoming ring pattern.', icon: 'symbol-number' },
          ],
        },
      ]);
      const plain = supportQueue();
      plain.alternateNumberSettings = { distinctiveRingEnabled: false, alternateNumbers: [{ phoneNumber: '5153', ringPattern: 'SHORT_LONG_SHORT' }, { ringPattern: 'toString' }] };
      assert.deepEqual(callQueueFactGroups(plain), [
        {
          key: 'alternateNumbers',
          label: 'Alternate numbers (2)',
          description: undefined,
          icon: 'list-unordered',
          facts: [
            { key: '0', label: '5153', description: undefined, detail: 'Incoming ring pattern of a short ring, a long ring, then a short ring.', icon: 'symbol-number' },
            { key: '1', label: 'number not set', description: undefined, detail: undefined, icon: 'symbol-number' },
          ],
        },
      ]);
    });

    it('shows no group when there are none, or only entries that are not numbers', () => {
      assert.deepEqual(callQueueFactGroups({ id: 'q', name: 'Q' }), []);
      assert.deepEqual(callQueueFactGroups({ id: 'q', name: 'Q', alternateNumberSettings: { alternateNumbers: [] } }), []);
      assert.deepEqual(callQueueFactGroups({ id: 'q', name: 'Q', alternateNumberSettings: { alternateNumbers: [null, '5150', 7] as never } }), []);
      assert.deepEqual(callQueueFactGroups({ id: 'q', name: 'Q', alternateNumberSettings: 'none' as never }), []);
    });
  });

  describe('agents', () => {
    it('reads each agent: name, numbers, type, and "not joined" for one who left the queue', () => {
      assert.deepEqual(callQueueMembers(supportQueue()), [
        {
          id: 'p-1',
          name: 'Ana Lopez',
          type: 'PEOPLE',
          extension: '5101',
          phoneNumber: '+14085550101',
          esn: '80015101',
          phoneNumbers: ['+14085550101'],
          extensions: ['5101'],
          names: ['Ana', 'Lopez'],
          description: 'ext 5101 · +14085550101 · PEOPLE',
        },
        {
          id: 'w-1',
          name: 'Lobby',
          type: 'PLACE',
          phoneNumber: '+14085550102',
          phoneNumbers: ['+14085550102'],
          extensions: [],
          names: ['Lobby'],
          description: '+14085550102 · PLACE · not joined',
        },
      ]);
    });

    it('shows weights only under the WEIGHTED policy', () => {
      const weighted = supportQueue();
      weighted.callPolicies = { ...weighted.callPolicies, policy: 'WEIGHTED' };
      const members = callQueueMembers(weighted);
      assert.deepEqual(members.map((member) => [member.weight, member.description]), [
        ['60', 'ext 5101 · +14085550101 · PEOPLE · weight 60%'],
        ['40', '+14085550102 · PLACE · weight 40% · not joined'],
      ]);
      for (const policy of ['UNIFORM', 'CIRCULAR', 'weighted', undefined]) {
        const other = supportQueue();
        other.callPolicies = { ...other.callPolicies, policy };
        assert.ok(callQueueMembers(other).every((member) => member.weight === undefined && !member.description.includes('weight')), String(policy));
      }
    });

    it('shows skill levels only under skill-based routing', () => {
      const skilled = supportQueue();
      skilled.callPolicies = { ...skilled.callPolicies, routingType: 'SKILL_BASED' };
      assert.deepEqual(callQueueMembers(skilled).map((member) => member.description), ['ext 5101 · +14085550101 · PEOPLE · skill 2', '+14085550102 · PLACE · not joined']);
    });

    it('takes the display name when first and last name are missing, else the ID; keeps a sent ESN', () => {
      const members = callQueueMembers({
        id: 'q',
        name: 'Q',
        agents: [
          { id: 'v-1', displayName: 'Night line', type: 'VIRTUAL_LINE', extension: '5199', esn: '80025199', routingPrefix: '8001' },
          { id: 'p-9', firstName: ' ', lastName: null as never },
        ],
      });
      assert.deepEqual(members.map((member) => [member.name, member.esn, member.names, member.description]), [
        ['Night line', '80025199', ['Night line'], 'ext 5199 · VIRTUAL_LINE'],
        ['p-9', undefined, [], ''],
      ]);
    });

    it('drops entries without a string ID, and reads no agents from a payload without a list', () => {
      const members = callQueueMembers({ id: 'q', name: 'Q', agents: [null, 'p-1', { firstName: 'No id' }, { id: 42 }, { id: 'p-2' }] as never });
      assert.deepEqual(members.map((member) => member.id), ['p-2']);
      assert.deepEqual(callQueueMembers({ id: 'q', name: 'Q', agents: { id: 'p-1' } as never }), []);
      assert.deepEqual(callQueueMembers({ id: 'q', name: 'Q' }), []);
    });
  });
});

describe('Call queue kind descriptor', () => {
  const item = (extra: Partial<CallQueueListItem> = {}): CallQueueListItem => ({
    id: 'cq-support',
    name: 'Support Queue',
    locationId: 'loc-1',
    locationName: 'San Jose HQ',
    phoneNumber: '+14085550150',
    extension: '5150',
    enabled: true,
    ...extra,
  });

  it('names and places the kind', () => {
    assert.equal(callQueueKind.kind, 'callQueue');
    assert.deepEqual(callQueueKind.labels, {
      one: 'call queue',
      many: 'call queues',
      title: 'Call queue',
      folder: 'Call Queues',
      none: 'No call queues in this location',
      gone: 'No longer exists; the list was refreshed',
    });
    assert.deepEqual(callQueueKind.endpoint, { collection: 'queues', listKey: 'queues', orgWide: true });
    assert.deepEqual(
      [callQueueKind.icon, callQueueKind.scope, callQueueKind.schemaFile, callQueueKind.jsonFolder, callQueueKind.hasNumbers, callQueueKind.hasMembers],
      ['list-flat', 'spark-admin:telephony_config_read', 'callQueue.schema.json', 'callQueues', true, true],
    );
  });

  it('writes the row and its tooltip like a hunt group\u2019s', () => {
    assert.equal(callQueueKind.rowDescription(item()), 'ext 5150 · +14085550150');
    assert.equal(callQueueKind.rowDescription(item({ enabled: false })), 'ext 5150 · +14085550150 · disabled');
    assert.equal(callQueueKind.rowDescription(item({ phoneNumber: undefined, extension: undefined, enabled: false })), 'disabled');
    assert.equal(callQueueKind.isDisabled(item({ enabled: false })), true);
    assert.equal(callQueueKind.isDisabled(item({ enabled: undefined })), false);
    assert.deepEqual(callQueueKind.tooltipLines(item()), ['Call queue in San Jose HQ', 'ext 5150 · +14085550150', 'Enabled']);
    assert.deepEqual(callQueueKind.tooltipLines(item({ locationName: undefined as never, phoneNumber: undefined, extension: undefined, enabled: false })), [
      'Call queue',
      'No number or extension',
      'Disabled',
    ]);
  });

  it('gives Find the queue\u2019s numbers', () => {
    assert.deepEqual(callQueueKind.searchNumbers(item({ esn: '80015150' })), { extension: '5150', esn: '80015150', phoneNumbers: ['+14085550150'] });
  });

  it('sums up from the details where they say it, else from the list entry', () => {
    assert.deepEqual(callQueueKind.summary(item(), undefined), { extension: '5150', phoneNumber: '+14085550150', enabled: true });
    assert.deepEqual(callQueueKind.summary(item(), { ...supportQueue(), extension: '5155', enabled: false }), {
      extension: '5155',
      phoneNumber: '+14085550150',
      enabled: false,
      policy: 'UNIFORM',
    });
    assert.deepEqual(callQueueKind.summary(item({ enabled: 'yes' as never }), { id: 'cq', name: 'Q', callPolicies: null as never, enabled: 'no' as never }), {
      extension: '5150',
      phoneNumber: '+14085550150',
    });
  });

  it('reads facts, groups and members through the descriptor', () => {
    assert.deepEqual(callQueueKind.facts(supportQueue()).map((fact) => fact.key), ['policy', 'queueSize', 'overflow', 'noAnswer', 'callWaiting']);
    assert.deepEqual(callQueueKind.factGroups(supportQueue()).map((group) => group.label), ['Alternate numbers (2)']);
    assert.deepEqual(callQueueKind.members(supportQueue()).map((member) => member.name), ['Ana Lopez', 'Lobby']);
  });
});

// Whatever shape a payload has (fields missing, of the wrong type, null, nested oddly), the call
// queue's words come out as text and nothing throws: one odd queue must not break a branch.
describe('Call queue wording with random payloads', () => {
  const anyJson = fc.jsonValue({ maxDepth: 3 });
  const keys = fc.constantFrom(
    'id', 'name', 'enabled', 'extension', 'phoneNumber', 'policy', 'routingType', 'callBounce', 'callBounceEnabled', 'callBounceMaxRings',
    'alertAgentEnabled', 'alertAgentMaxSeconds', 'callBounceOnHoldEnabled', 'queueSize', 'overflow', 'action', 'transferNumber', 'sendToVoicemail',
    'overflowAfterWaitEnabled', 'overflowAfterWaitTime', 'alternateNumbers', 'distinctiveRingEnabled', 'ringPattern', 'firstName', 'lastName',
    'displayName', 'weight', 'skillLevel', 'joinEnabled', 'esn', 'routingPrefix', 'type', 'allowCallWaitingForAgentsEnabled', 'locationName',
  );
  const payloadLike = fc.dictionary(keys, anyJson);
  const idOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
  type Drawn = { top: Record<string, unknown>; inner: Record<string, unknown>; agents: Record<string, unknown>[] };
  const toPayload = ({ top, inner, agents }: Drawn) => ({
    ...top,
    id: idOr(top.id, 'q'),
    name: idOr(top.name, 'Q'),
    callPolicies: { ...inner, callBounce: inner },
    queueSettings: { ...inner, overflow: inner },
    alternateNumberSettings: { ...inner, alternateNumbers: agents },
    agents: agents.map((agent) => ({ ...agent, id: idOr(agent.id, 'a') })),
  });
  const payloads = fc.record({ top: payloadLike, inner: payloadLike, agents: fc.array(payloadLike, { maxLength: 4 }) }).map(toPayload);
  // Values shaped like Object.prototype members, which fast-check draws only rarely: every run starts with them.
  const prototypeKeyed = { toString: 1, valueOf: 'x', constructor: null };
  const examples: [ReturnType<typeof toPayload>][] = [
    { top: { name: prototypeKeyed, enabled: prototypeKeyed }, inner: { policy: 'toString', routingType: '__proto__', action: 'constructor', transferNumber: prototypeKeyed, queueSize: prototypeKeyed }, agents: [{ firstName: prototypeKeyed, weight: prototypeKeyed, ringPattern: 'hasOwnProperty' }] },
    { top: { allowCallWaitingForAgentsEnabled: prototypeKeyed }, inner: { policy: 'WEIGHTED', routingType: 'SKILL_BASED', callBounceMaxRings: prototypeKeyed }, agents: [{ id: 'a', weight: prototypeKeyed, skillLevel: prototypeKeyed, routingPrefix: prototypeKeyed }] },
  ].map((drawn) => [toPayload(drawn)]);

  const isText = (value: unknown): boolean => typeof value === 'string';

  it('facts, groups, members and the list row', () => {
    fc.assert(
      fc.property(payloads, (payload) => {
        const details = payload as unknown as CallQueueDetails;
        for (const fact of callQueueFacts(details)) assert.ok(isText(fact.label) && isText(fact.icon) && isText(fact.key));
        for (const group of callQueueFactGroups(details)) for (const fact of group.facts) assert.ok(isText(fact.label));
        for (const member of callQueueMembers(details)) {
          assert.ok(isText(member.name) && isText(member.description) && isText(member.id));
          assert.ok(member.phoneNumbers.every(isText) && member.extensions.every(isText) && member.names.every(isText));
        }
        const listItem = payload as unknown as CallQueueListItem;
        assert.ok(isText(callQueueKind.rowDescription(listItem)));
        callQueueKind.tooltipLines(listItem).forEach((line) => assert.ok(isText(line)));
        callQueueKind.summary(listItem, details);
      }),
      { numRuns: 300, examples },
    );
  });

  it('passes hostile names and numbers through as text, unchanged', () => {
    const hostile = '<img src=x onerror=alert(1)> $(zap) [run](command:workbench.action.quit) \u202Egnp.exe';
    const details: CallQueueDetails = {
      id: 'q',
      name: hostile,
      callPolicies: { policy: hostile },
      queueSettings: { overflow: { action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: hostile } },
      agents: [{ id: 'a', firstName: hostile, extension: hostile }],
    };
    assert.equal(callQueuePolicyFact(details).label, `Policy: ${hostile}`);
    assert.equal(callQueueFacts(details)[2].label, `Overflow: transfer to ${hostile}`);
    assert.equal(callQueueMembers(details)[0].name, hostile);
    assert.equal(callQueueMembers(details)[0].description, `ext ${hostile}`);
  });
});
