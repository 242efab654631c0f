import * as assert from 'node:assert/strict';
import { huntGroupFacts, huntGroupMembers, noAnswerSummary, policyFact } from '../../src/kinds/huntGroup/describe';
import type { HuntGroupAgent, HuntGroupDetails } from '../../src/kinds/huntGroup/types';
import type { Member } from '../../src/kinds/kind';
import { agentName, payloadText } from '../../src/kinds/words';
import { clip } from '../../src/tree/rowText';

// The exact words the tree shows for a hunt group. Every expected value is written out here, so a
// swapped name, a dropped "(voicemail)" or a reworded busy setting fails a test.

const huntGroup = (callPolicies: HuntGroupDetails['callPolicies'], extra: Partial<HuntGroupDetails> = {}): HuntGroupDetails => ({
  id: 'hg',
  name: 'Sales',
  callPolicies,
  ...extra,
});

const labels = (details: HuntGroupDetails): string[] => huntGroupFacts(details).map((fact) => fact.label);

describe('Hunt group wording in the tree', () => {
  describe('policy', () => {
    it('names each policy as Control Hub does, with its documented meaning', () => {
      const expected: [string, string, string][] = [
        ['CIRCULAR', 'Policy: Circular', 'Cycles through all agents after the last agent that took a call, sending each call to the next available agent. Also supported for skill-based routing.'],
        ['REGULAR', 'Policy: Top down', 'Sends the call through the agents in order, starting from the top each time ("Top down" in Control Hub). Also supported for skill-based routing.'],
        ['SIMULTANEOUS', 'Policy: Simultaneous', 'Sends calls to all agents at once.'],
        ['UNIFORM', 'Policy: Longest idle', 'Sends calls to the agent that has been idle the longest; if they don\'t answer, to the agent idle the second longest, and so on until the call is answered ("Longest idle" in Control Hub). Also supported for skill-based routing.'],
        ['WEIGHTED', 'Policy: Weighted', 'Sends calls to idle agents based on the percentage assigned to each agent (up to 100%).'],
      ];
      for (const [policy, label, detail] of expected) {
        assert.deepEqual(policyFact(huntGroup({ policy })), { key: 'policy', label, description: policy, detail, icon: 'list-ordered' }, policy);
      }
    });

    it('shows a policy it does not know as sent, even one named like an Object member', () => {
      for (const policy of ['SKILL_BASED', 'toString', 'constructor', '__proto__']) {
        assert.deepEqual(policyFact(huntGroup({ policy })), { key: 'policy', label: `Policy: ${policy}`, description: policy, detail: undefined, icon: 'list-ordered' });
      }
    });

    it('says "not set" for a missing or blank policy', () => {
      assert.equal(policyFact(huntGroup({ policy: '   ' })).label, 'Policy: not set');
      assert.equal(policyFact(huntGroup(undefined)).label, 'Policy: not set');
    });
  });

  describe('no answer', () => {
    it('names voicemail when the forward goes to voicemail', () => {
      assert.equal(
        noAnswerSummary({ forwardEnabled: true, destination: '+14085550199', destinationVoicemailEnabled: true, numberOfRings: 3 }),
        'forward to +14085550199 (voicemail) after 3 rings',
      );
      assert.equal(
        noAnswerSummary({ forwardEnabled: true, destination: '+14085550199', destinationVoicemailEnabled: false, numberOfRings: 3 }),
        'forward to +14085550199 after 3 rings',
      );
    });

    it('says what is missing instead of leaving a gap', () => {
      assert.equal(noAnswerSummary({ forwardEnabled: true }), 'forward to an unset destination after the set number of rings');
      assert.equal(noAnswerSummary({ nextAgentEnabled: true, nextAgentRings: ' ' as never }), 'advance to the next agent after the set number of rings');
      assert.equal(noAnswerSummary({ nextAgentEnabled: true, nextAgentRings: 0 }), 'advance to the next agent after 0 rings');
    });

    it('shows the summary as the "No answer" row with its explanation', () => {
      const fact = huntGroupFacts(huntGroup({ noAnswer: { forwardEnabled: true, destination: '2001', destinationVoicemailEnabled: true, numberOfRings: 1 } }))[1];
      assert.deepEqual(fact, {
        key: 'noAnswer',
        label: 'No answer: forward to 2001 (voicemail) after 1 ring',
        icon: 'watch',
        detail: 'What happens when the hunt group call is not answered.',
      });
    });
  });

  describe('busy agents', () => {
    const busyRow = (callPolicies: HuntGroupDetails['callPolicies']): string | undefined =>
      huntGroupFacts(huntGroup(callPolicies)).find((fact) => fact.key === 'busyStatus')?.label;

    it('tells waiting for busy agents from advancing past them', () => {
      assert.equal(busyRow({ waitingEnabled: true }), 'When agents are busy: calls wait for busy agents');
      assert.equal(busyRow({ waitingEnabled: false }), 'When agents are busy: advance when busy');
    });

    it('adds the group busy setting after the waiting one', () => {
      assert.equal(busyRow({ waitingEnabled: true, groupBusyEnabled: true }), 'When agents are busy: calls wait for busy agents, group set to busy');
      assert.equal(busyRow({ groupBusyEnabled: true }), 'When agents are busy: group set to busy');
    });

    it('leaves the row out when the payload says nothing about busy agents', () => {
      assert.equal(busyRow({}), undefined);
      assert.equal(busyRow({ waitingEnabled: 'true' as never, groupBusyEnabled: false }), undefined);
    });

    it('gives the row its icon', () => {
      const fact = huntGroupFacts(huntGroup({ waitingEnabled: false })).find((f) => f.key === 'busyStatus');
      assert.deepEqual(fact, { key: 'busyStatus', label: 'When agents are busy: advance when busy', icon: 'person' });
    });
  });

  it('lists every row of a complete hunt group, in order', () => {
    const details = huntGroup(
      {
        policy: 'REGULAR',
        waitingEnabled: true,
        noAnswer: { nextAgentEnabled: true, nextAgentRings: 4, forwardEnabled: false },
        busyRedirect: { enabled: true, destination: '+14085550100', destinationVoicemailEnabled: false },
        businessContinuityRedirect: { enabled: true, destination: '2000', destinationVoicemailEnabled: true },
      },
      { enabled: false },
    );
    assert.deepEqual(huntGroupFacts(details), [
      { key: 'disabled', label: 'Disabled: calls to this hunt group are not routed', icon: 'circle-slash' },
      {
        key: 'policy',
        label: 'Policy: Top down',
        description: 'REGULAR',
        detail: 'Sends the call through the agents in order, starting from the top each time ("Top down" in Control Hub). Also supported for skill-based routing.',
        icon: 'list-ordered',
      },
      { key: 'noAnswer', label: 'No answer: advance to the next agent after 4 rings', icon: 'watch', detail: 'What happens when the hunt group call is not answered.' },
      { key: 'busy', label: 'Busy redirect: +14085550100', icon: 'debug-step-over' },
      {
        key: 'businessContinuity',
        label: 'Business continuity: 2000 (voicemail)',
        icon: 'plug',
        detail: 'Where calls go when the agents\u2019 phones are not connected to the network (outage, failed internet).',
      },
      { key: 'busyStatus', label: 'When agents are busy: calls wait for busy agents', icon: 'person' },
    ]);
  });

  it('shows redirects that are off as "off", and an enabled hunt group without a Disabled row', () => {
    assert.deepEqual(labels(huntGroup({ policy: 'SIMULTANEOUS', busyRedirect: { enabled: false, destination: '1' } }, { enabled: true })), [
      'Policy: Simultaneous',
      'No answer: not set',
      'Busy redirect: off',
      'Business continuity: off',
    ]);
  });

  describe('agents', () => {
    it('names an agent by first and last name, either alone, then display name, then ID', () => {
      assert.equal(agentName({ id: 'a', firstName: 'Ana', lastName: 'Ruiz', displayName: 'ana.r' }), 'Ana Ruiz');
      assert.equal(agentName({ id: 'a', firstName: 'Ana', displayName: 'ana.r' }), 'Ana');
      assert.equal(agentName({ id: 'a', lastName: 'Ruiz' }), 'Ruiz');
      assert.equal(agentName({ id: 'a', firstName: ' ', lastName: '', displayName: 'Front Desk' }), 'Front Desk');
      assert.equal(agentName({ id: 'Y2lz', displayName: '  ' }), 'Y2lz');
    });

    /** The one member a hunt group with this policy and this agent has. */
    const memberUnder = (policy: string, agent: HuntGroupAgent): Member => {
      const members = huntGroupMembers(huntGroup({ policy }, { agents: [agent] }));
      assert.equal(members.length, 1);
      return members[0];
    };

    it('describes an agent by number, type and (under WEIGHTED) weight, leaving out what is missing', () => {
      const member = memberUnder('WEIGHTED', { id: 'a', firstName: 'Ana', type: 'PLACE', phoneNumber: '+14085550101', extension: '7781', weight: 0 });
      assert.deepEqual(member, {
        id: 'a',
        name: 'Ana',
        type: 'PLACE',
        phoneNumber: '+14085550101',
        extension: '7781',
        esn: undefined,
        phoneNumbers: ['+14085550101'],
        extensions: ['7781'],
        weight: '0',
        names: ['Ana'],
        description: 'ext 7781 · +14085550101 · PLACE · weight 0%',
      });
      assert.equal(memberUnder('WEIGHTED', { id: 'b', type: 'PEOPLE' }).description, 'PEOPLE');
      assert.equal(memberUnder('WEIGHTED', { id: 'c', extension: '7782' }).description, 'ext 7782');
      assert.equal(memberUnder('WEIGHTED', { id: 'd', weight: '40' }).description, 'weight 40%');
      const unweighted = memberUnder('SIMULTANEOUS', { id: 'e', weight: '40' });
      assert.equal(unweighted.description, '');
      assert.equal(unweighted.weight, undefined);
    });
  });

  describe('payload text', () => {
    it('treats blank strings and non-finite or non-text values as absent, and keeps the rest as sent', () => {
      assert.equal(payloadText('  '), undefined);
      assert.equal(payloadText(''), undefined);
      assert.equal(payloadText(' 5001 '), ' 5001 ');
      assert.equal(payloadText(0), '0');
      assert.equal(payloadText(2.5), '2.5');
      assert.equal(payloadText(Number.NaN), undefined);
      assert.equal(payloadText(Number.POSITIVE_INFINITY), undefined);
      assert.equal(payloadText(true), undefined);
      assert.equal(payloadText({ toString: () => 'x' }), undefined);
    });

    it('clips rows at 120 characters exactly, ending a clipped one with an ellipsis', () => {
      assert.equal(clip('x'.repeat(120)), 'x'.repeat(120));
      assert.equal(clip('x'.repeat(121)), `${'x'.repeat(119)}…`);
      assert.equal(clip('abcdef', 4), 'abc…');
    });
  });
});
