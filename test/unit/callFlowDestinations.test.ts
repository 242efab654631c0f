// Where each kind of item can send a call, in Webex's order, with the setting that causes each exit:
// hunt groups, call queues, auto attendants and people/workspaces, from payloads as documented and
// from payloads that lack parts or carry the wrong types.
import * as assert from 'node:assert/strict';
import { destinationsOf, routingOf } from '../../src/callFlow/destinations';

const NO_FORWARDING = { callForwarding: { always: { enabled: false }, selective: { enabled: false }, rules: [] } };

describe('call-flow destinations', () => {
  describe('hunt groups', () => {
    const details = {
      id: 'hg',
      name: 'Sales',
      callPolicies: {
        policy: 'WEIGHTED',
        waitingEnabled: true,
        noAnswer: { nextAgentEnabled: true, nextAgentRings: 2, forwardEnabled: true, numberOfRings: 5, destination: '2001', destinationVoicemailEnabled: true },
        busyRedirect: { enabled: true, destination: '+14085550100' },
        businessContinuityRedirect: { enabled: true },
      },
      agents: [
        { id: 'a1', firstName: 'Ann', type: 'PEOPLE', weight: '70' },
        { id: 'a2', firstName: 'Bo', type: 'PLACE', weight: '30' },
      ],
    };

    it('lists selective rules, then no answer, all busy and unreachable, in that order', () => {
      const forwarding = {
        callForwarding: {
          always: { enabled: false, destination: '9999' },
          selective: { enabled: true, destination: '3001', destinationVoicemailEnabled: true },
          rules: [
            { id: 'r1', name: 'Holidays', enabled: true, businessSchedule: 'Office', holidaySchedule: 'US Holidays' },
            { id: 'r2', name: 'VIPs', enabled: true, forwardTo: '+14085550111' },
            { id: 'r3', name: 'Off', enabled: false, forwardTo: '1' },
          ],
        },
      };
      assert.deepEqual(destinationsOf('huntGroup', details, forwarding), [
        { condition: 'selective rule "Holidays" (schedule Office, US Holidays)', setting: 'callForwarding.selective', destination: '3001', voicemail: true },
        { condition: 'selective rule "VIPs"', setting: 'callForwarding.rules[1]', destination: '+14085550111' },
        { condition: 'no answer after 5 rings', setting: 'callPolicies.noAnswer', destination: '2001', voicemail: true },
        { condition: 'all agents busy', setting: 'callPolicies.busyRedirect', destination: '+14085550100' },
        { condition: 'unreachable', setting: 'callPolicies.businessContinuityRedirect' },
      ]);
    });

    it('rings the agents by policy, with how they advance and what busy agents do', () => {
      const agents = routingOf('huntGroup', details, NO_FORWARDING).find((step) => step.type === 'agents');
      assert.ok(agents && agents.type === 'agents');
      assert.equal(agents.label, '2 agents (Weighted)');
      assert.equal(agents.detail, 'next agent after 2 rings · busy agents: the call waits');
      assert.deepEqual(agents.agents.map((agent) => [agent.id, agent.weight]), [['a1', '70'], ['a2', '30']]);
    });

    it('stops at "always" forwarding: every call goes there and nothing after it happens', () => {
      const forwarding = { callForwarding: { always: { enabled: true, destination: '4001' }, selective: { enabled: true, destination: '1' }, rules: [{ id: 'r', name: 'x' }] } };
      assert.deepEqual(routingOf('huntGroup', details, forwarding), [{ type: 'exit', exit: { condition: 'always', setting: 'callForwarding.always', destination: '4001', takesAllCalls: true } }]);
    });

    it('sends every call to busy treatment or the busy redirect while group busy is on', () => {
      const busy = { ...details, callPolicies: { ...details.callPolicies, groupBusyEnabled: true } };
      assert.deepEqual(routingOf('huntGroup', busy, NO_FORWARDING), [
        { type: 'exit', exit: { condition: 'group busy', setting: 'callPolicies.busyRedirect', destination: '+14085550100', takesAllCalls: true } },
      ]);
      const noRedirect = { ...details, callPolicies: { groupBusyEnabled: true } };
      assert.deepEqual(routingOf('huntGroup', noRedirect, undefined), [{ type: 'end', condition: 'group busy', setting: 'callPolicies.groupBusyEnabled', label: 'Busy treatment', takesAllCalls: true }]);
    });

    it('survives payloads without policies, with wrong types, or with no forwarding read', () => {
      assert.deepEqual(destinationsOf('huntGroup', { id: 'x' }, undefined), []);
      assert.deepEqual(destinationsOf('huntGroup', { id: 'x', callPolicies: 'nope', agents: 'nope' }, { callForwarding: [] }), []);
      assert.deepEqual(destinationsOf('huntGroup', null, null), []);
    });
  });

  describe('call queues', () => {
    it('overflows to a number (its voicemail when set), after a wait when that is on', () => {
      const details = { id: 'q', name: 'Q', queueSettings: { overflow: { action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: '5001', sendToVoicemail: true, overflowAfterWaitEnabled: true, overflowAfterWaitTime: 90 } } };
      assert.deepEqual(destinationsOf('callQueue', details, NO_FORWARDING), [{ condition: 'queue full, or no agent after 90 s', setting: 'queueSettings.overflow', destination: '5001', voicemail: true }]);
    });

    it('ends in busy treatment or ringing for the other overflow actions, after the agents', () => {
      const steps = routingOf('callQueue', { id: 'q', callPolicies: { policy: 'CIRCULAR', callBounce: { callBounceEnabled: true, callBounceMaxRings: 4 } }, agents: [{ id: 'a' }], queueSettings: { overflow: { action: 'PLAY_RINGING_UNTIL_CALLER_HANGS_UP' } } }, undefined);
      assert.deepEqual(
        steps.map((step) => (step.type === 'exit' ? step.exit.condition : `${step.type}: ${step.label}${'detail' in step && step.detail ? ` / ${step.detail}` : ''}`)),
        ['agents: 1 agent (Circular) / unanswered calls return to the queue after 4 rings', 'end: Ringing until the caller hangs up'],
      );
      assert.equal(routingOf('callQueue', { id: 'q', queueSettings: { overflow: { action: 'PERFORM_BUSY_TREATMENT' } } }, undefined)[1].type, 'end');
    });

    it('puts its call forwarding first (auto attendants spell the voicemail flag sendToVoicemailEnabled)', () => {
      const forwarding = { callForwarding: { always: { enabled: false }, selective: { enabled: true, destination: '7', sendToVoicemailEnabled: true }, rules: [{ id: 'r', name: 'Night', enabled: true }] } };
      assert.deepEqual(destinationsOf('callQueue', { id: 'q' }, forwarding), [{ condition: 'selective rule "Night"', setting: 'callForwarding.selective', destination: '7', voicemail: true }]);
    });
  });

  describe('auto attendants', () => {
    const details = {
      id: 'aa',
      name: 'Main',
      businessSchedule: 'Office',
      holidaySchedule: 'Holidays',
      businessHoursMenu: {
        keyConfigurations: [
          { key: '0', action: 'TRANSFER_TO_OPERATOR', value: '1000' },
          { key: '1', action: 'TRANSFER_WITHOUT_PROMPT', value: '+14085550100' },
          { key: '2', action: 'TRANSFER_TO_MAILBOX', value: '2002' },
          { key: '3', action: 'NAME_DIALING' },
          { key: '4', action: 'REPEAT_MENU' },
          { key: '5', action: 'TRANSFER_WITH_PROMPT' },
        ],
      },
      afterHoursMenu: { keyConfigurations: [{ key: 'digit_9', action: 'TRANSFER_TO_MAILBOX' }, { key: 'hash', action: 'EXIT' }] },
    };

    it('lists both menus key by key, in keypad order, with the operator and mailboxes', () => {
      assert.deepEqual(destinationsOf('autoAttendant', details, NO_FORWARDING), [
        { condition: 'key 1', setting: 'businessHoursMenu.keyConfigurations[1]', destination: '+14085550100', menu: 'businessHours' },
        { condition: 'key 2 (mailbox)', setting: 'businessHoursMenu.keyConfigurations[2]', destination: '2002', voicemail: true, menu: 'businessHours' },
        { condition: 'key 5', setting: 'businessHoursMenu.keyConfigurations[5]', menu: 'businessHours' },
        { condition: 'key 0 (operator)', setting: 'businessHoursMenu.keyConfigurations[0]', destination: '1000', menu: 'businessHours' },
      ]);
    });

    it('names the schedules on the menus and the keys that end the call', () => {
      const steps = routingOf('autoAttendant', details, NO_FORWARDING);
      assert.deepEqual(
        steps.map((step) => (step.type === 'menu' ? [step.condition, step.keys.filter((key) => key.type === 'end').map((key) => (key.type === 'end' ? `${key.condition}: ${key.label}` : ''))] : step.type)),
        [
          ['business hours (Office)', ['key 3: Caller dials by name']],
          ['after hours and holidays (Holidays)', ['key 9: Caller chooses a mailbox', 'key #: Call ends']],
        ],
      );
    });
  });

  describe('people and workspaces', () => {
    it('lists busy, no answer and business continuity (beside or inside callForwarding)', () => {
      const person = {
        callForwarding: {
          always: { enabled: false },
          busy: { enabled: true, destination: '2001', destinationVoicemailEnabled: true },
          noAnswer: { enabled: true, numberOfRings: 3, destination: '+14085550100' },
        },
        businessContinuity: { enabled: true, destination: '3001' },
      };
      assert.deepEqual(destinationsOf('member', undefined, person), [
        { condition: 'busy', setting: 'callForwarding.busy', destination: '2001', voicemail: true },
        { condition: 'no answer after 3 rings', setting: 'callForwarding.noAnswer', destination: '+14085550100' },
        { condition: 'unreachable', setting: 'businessContinuity', destination: '3001' },
      ]);
      const workspace = { callForwarding: { busy: { enabled: false }, noAnswer: { enabled: true }, businessContinuity: { enabled: true, destination: '4' } } };
      assert.deepEqual(destinationsOf('member', undefined, workspace), [
        { condition: 'no answer after the set number of rings', setting: 'callForwarding.noAnswer' },
        { condition: 'unreachable', setting: 'callForwarding.businessContinuity', destination: '4' },
      ]);
    });

    it('sends everything to "always" when it is on', () => {
      const person = { callForwarding: { always: { enabled: true, destination: '5' }, busy: { enabled: true, destination: '6' } } };
      assert.deepEqual(destinationsOf('member', undefined, person), [{ condition: 'always', setting: 'callForwarding.always', destination: '5', takesAllCalls: true }]);
    });
  });

  it('survives null and odd payloads of every kind', () => {
    for (const owner of ['callQueue', 'autoAttendant', 'member'] as const) {
      assert.deepEqual(destinationsOf(owner, null, null), [], owner);
      assert.deepEqual(destinationsOf(owner, { id: 'x', queueSettings: 1, businessHoursMenu: [], agents: {} }, { callForwarding: 'x', businessContinuity: [] }), [], owner);
    }
  });

  it('gives a call pickup no routing: it has no number of its own', () => {
    assert.deepEqual(routingOf('callPickup', { id: 'cp', agents: [{ id: 'a' }] }, undefined), []);
  });
});
