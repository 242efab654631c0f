// Plain-words description of a call queue for the tree: how calls are routed to agents, what
// happens when the queue is full or a call waits too long, what happens when an agent does not
// answer, and who the agents are. Pure functions over API payloads, which may lack any field or
// carry any value in it: whatever arrives, they return text and never throw.
import { enumMeaning } from '../../fields/fieldDocs';
import type { Fact, FactGroup, Member } from '../kind';
import { policyName } from '../huntGroup/describe';
import { agentName, entriesWithId, isDefined, memberDescription, payloadText, ringCount } from '../words';
import type { CallQueueAgent, CallQueueDetails } from './types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A nested payload object, or an empty one when the payload has anything else there (null, text, a list). */
function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function seconds(value: unknown): string {
  const count = payloadText(value);
  return count === undefined ? 'the set time' : `${count} s`;
}

function isSkillBased(details: CallQueueDetails): boolean {
  return record(details?.callPolicies).routingType === 'SKILL_BASED';
}

/**
 * "Policy: Longest idle" (Control Hub's names, as for hunt groups), with ", skill based" when skill
 * levels come first; the documented meaning goes to the tooltip.
 */
export function callQueuePolicyFact(details: CallQueueDetails): Fact {
  const policies = record(details?.callPolicies);
  const policy = payloadText(policies.policy);
  const routingType = payloadText(policies.routingType);
  let label = `Policy: ${policy ? policyName(policy) : 'not set'}`;
  // Priority based is the default: the policy alone decides, so the label says nothing more.
  if (routingType === 'SKILL_BASED') label += ', skill based';
  else if (routingType !== undefined && routingType !== 'PRIORITY_BASED') label += `, routing ${routingType}`;
  const meanings = [
    enumMeaning('callQueue', ['callPolicies', 'policy'], policy),
    routingType === 'SKILL_BASED' ? enumMeaning('callQueue', ['callPolicies', 'routingType'], routingType) : undefined,
  ].filter(isDefined);
  return { key: 'policy', label, description: policy, detail: meanings.length > 0 ? meanings.join(' ') : undefined, icon: 'list-ordered' };
}

/** Where overflowing calls go: "callers hear a fast busy", "transfer to 2001 (voicemail)". */
export function overflowTreatment(overflow: unknown): string {
  const settings = record(overflow);
  const action = payloadText(settings.action);
  switch (action) {
    case undefined:
      return 'not set';
    case 'PERFORM_BUSY_TREATMENT':
      return 'callers hear a fast busy';
    case 'PLAY_RINGING_UNTIL_CALLER_HANGS_UP':
      return 'callers hear ringing until they hang up';
    case 'TRANSFER_TO_PHONE_NUMBER': {
      const destination = payloadText(settings.transferNumber) ?? 'an unset number';
      return `transfer to ${destination}${settings.sendToVoicemail === true ? ' (voicemail)' : ''}`;
    }
    default:
      return action;
  }
}

/** When the overflow applies: always once the queue is full, and after a wait if that is switched on. */
function overflowTrigger(overflow: Record<string, unknown>): string {
  return overflow.overflowAfterWaitEnabled === true
    ? `when full, or after ${seconds(overflow.overflowAfterWaitTime)} with no agent free`
    : 'when full';
}

/**
 * What happens when an agent does not answer a queued call (Control Hub's "bounced calls"): the
 * rules that are on, the ring-count rule first; a row shows the first and lists the rest beside it.
 */
function callBounceSteps(bounce: unknown): string[] {
  if (!isRecord(bounce)) return ['not set'];
  const steps: string[] = [];
  if (bounce.callBounceEnabled === true) steps.push(`bounce back to the queue after ${ringCount(bounce.callBounceMaxRings)}`);
  if (bounce.agentUnavailableEnabled === true) steps.push('bounce when the agent becomes unavailable');
  if (bounce.alertAgentEnabled === true) steps.push(`alert the agent when a call is on hold over ${seconds(bounce.alertAgentMaxSeconds)}`);
  if (bounce.callBounceOnHoldEnabled === true) steps.push(`bounce a call on hold over ${seconds(bounce.callBounceOnHoldMaxSeconds)}`);
  return steps.length > 0 ? steps : ['keep ringing the agent (no bounce)'];
}

function queueSizeLabel(size: unknown): string {
  const count = payloadText(size);
  return count === undefined ? 'Queue size: not set' : `Queue size: ${count} call${count === '1' ? '' : 's'}`;
}

export function callQueueFacts(details: CallQueueDetails): Fact[] {
  const policies = record(details?.callPolicies);
  const settings = record(details?.queueSettings);
  const facts: Fact[] = [callQueuePolicyFact(details)];
  facts.push({
    key: 'queueSize',
    label: queueSizeLabel(settings.queueSize),
    icon: 'inbox',
    detail: 'How many calls can wait in the queue; the next call gets the overflow treatment.',
  });
  facts.push({
    key: 'overflow',
    label: `Overflow: ${overflowTreatment(settings.overflow)}`,
    description: isRecord(settings.overflow) ? overflowTrigger(settings.overflow) : undefined,
    icon: 'debug-step-over',
    detail: 'What new calls get when the queue is full, and (if switched on) when a call has waited the set time with no agent free.',
  });
  const [firstBounceRule, ...otherBounceRules] = callBounceSteps(policies.callBounce);
  facts.push({
    key: 'noAnswer',
    label: `No answer: ${firstBounceRule}`,
    description: otherBounceRules.length > 0 ? `also ${otherBounceRules.join('; ')}` : undefined,
    icon: 'watch',
    detail: 'What happens when an agent does not answer a queued call: a bounced call goes back to the queue for the next agent.',
  });
  const callWaiting = details?.allowCallWaitingForAgentsEnabled;
  if (typeof callWaiting === 'boolean') {
    facts.push({
      key: 'callWaiting',
      label: callWaiting ? 'Agents on a call: offered queued calls as call waiting' : 'Agents on a call: skipped until they hang up',
      icon: 'person',
      detail: 'Whether agents who are already on a call are offered queued calls (call waiting for agents).',
    });
  }
  if (details?.enabled === false) facts.unshift({ key: 'disabled', label: 'Disabled: calls to this call queue are not routed', icon: 'circle-slash' });
  return facts;
}

/** "Alternate numbers (n)", each with its ring pattern when distinctive ring is on; none, no group. */
export function callQueueFactGroups(details: CallQueueDetails): FactGroup[] {
  const settings = record(details?.alternateNumberSettings);
  const entries = Array.isArray(settings.alternateNumbers) ? settings.alternateNumbers.filter(isRecord) : [];
  if (entries.length === 0) return [];
  const distinctiveRing = settings.distinctiveRingEnabled === true;
  const facts = entries.map((entry, index): Fact => {
        const pattern = payloadText(entry.ringPattern);
    return {
      key: String(index),
      label: payloadText(entry.phoneNumber) ?? 'number not set',
      description: distinctiveRing && pattern ? `ring: ${pattern}` : undefined,
      detail: enumMeaning('callQueue', ['alternateNumberSettings', 'alternateNumbers', index, 'ringPattern'], pattern),
      icon: 'symbol-number',
    };
  });
  return [{ key: 'alternateNumbers', label: `Alternate numbers (${facts.length})`, description: distinctiveRing ? 'distinctive ring on' : undefined, icon: 'list-unordered', facts }];
}

/**
 * The agents. A weight shows only under the WEIGHTED policy and a skill level only under skill-based
 * routing: elsewhere Webex ignores them, so showing them would mislead.
 */
export function callQueueMembers(details: CallQueueDetails): Member[] {
  const weighted = record(details?.callPolicies).policy === 'WEIGHTED';
  const skillBased = isSkillBased(details);
  return entriesWithId<CallQueueAgent>(details?.agents).map((agent) => callQueueMember(agent, weighted, skillBased));
}

function callQueueMember(agent: CallQueueAgent, weighted: boolean, skillBased: boolean): Member {
  const extension = payloadText(agent.extension);
  const phoneNumber = payloadText(agent.phoneNumber);
  const routingPrefix = payloadText(agent.routingPrefix);
  const type = payloadText(agent.type);
  const weight = weighted ? payloadText(agent.weight) : undefined;
  const parts = [memberDescription({ extension, phoneNumber, type, weight })].filter(Boolean);
  const skillLevel = skillBased ? payloadText(agent.skillLevel) : undefined;
  if (skillLevel !== undefined) parts.push(`skill ${skillLevel}`);
  // An agent who has left the queue gets none of its calls.
  if (agent.joinEnabled === false) parts.push('not joined');
  const member: Member = {
    id: agent.id,
    name: agentName(agent),
    phoneNumbers: phoneNumber ? [phoneNumber] : [],
    extensions: extension ? [extension] : [],
    names: [agent.firstName, agent.lastName, agent.displayName].map(payloadText).filter(isDefined),
    description: parts.join(' · '),
  };
  const esn = payloadText(agent.esn) ?? (routingPrefix && extension ? routingPrefix + extension : undefined);
  if (type !== undefined) member.type = type;
  if (extension !== undefined) member.extension = extension;
  if (phoneNumber !== undefined) member.phoneNumber = phoneNumber;
  if (esn !== undefined) member.esn = esn;
  if (weight !== undefined) member.weight = weight;
  return member;
}
