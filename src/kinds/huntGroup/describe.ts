// A hunt group in plain words: what its policy means, what happens when nobody answers, where busy
// and outage calls go, its alternate numbers and its agents. Pure functions over API payloads,
// which may lack any field or carry the shapes real payloads use.
import { enumMeaning } from '../../fields/fieldDocs';
import type { Fact, FactGroup, Member } from '../kind';
import { agentName, entriesWithId, isDefined, memberDescription, payloadText, ringCount } from '../words';
import type { HuntGroupAgent, HuntGroupDetails, NoAnswerSettings, RedirectSettings } from './types';

/** Control Hub's names for the policies. */
const policyNames: Record<string, string> = {
  CIRCULAR: 'Circular',
  REGULAR: 'Top down',
  SIMULTANEOUS: 'Simultaneous',
  UNIFORM: 'Longest idle',
  WEIGHTED: 'Weighted',
};

/** Control Hub's name for a policy; an unknown one (or "toString") as sent, not an Object.prototype member. */
export function policyName(policy: string): string {
  return Object.hasOwn(policyNames, policy) ? policyNames[policy] : policy;
}

export function policyFact(details: HuntGroupDetails): Fact {
  const policy = payloadText(details.callPolicies?.policy);
  const meaning = policy ? enumMeaning('huntGroup', ['callPolicies', 'policy'], policy) : undefined;
  return {
    key: 'policy',
    label: `Policy: ${policy ? policyName(policy) : 'not set'}`,
    description: policy,
    detail: meaning,
    icon: 'list-ordered',
  };
}

export function noAnswerSummary(noAnswer: NoAnswerSettings | undefined): string {
  if (!noAnswer) return 'not set';
  const steps: string[] = [];
  if (noAnswer.nextAgentEnabled) steps.push(`advance to the next agent after ${ringCount(noAnswer.nextAgentRings)}`);
  if (noAnswer.forwardEnabled) {
    const destination = payloadText(noAnswer.destination) ?? 'an unset destination';
    const voicemail = noAnswer.destinationVoicemailEnabled ? ' (voicemail)' : '';
    steps.push(`forward to ${destination}${voicemail} after ${ringCount(noAnswer.numberOfRings)}`);
  }
  return steps.length > 0 ? steps.join('; ') : 'keep ringing (no advance, no forward)';
}

export function redirectSummary(redirect: RedirectSettings | undefined): string {
  if (!redirect?.enabled) return 'off';
  const destination = payloadText(redirect.destination) ?? 'an unset destination';
  return redirect.destinationVoicemailEnabled ? `${destination} (voicemail)` : destination;
}

export function huntGroupFacts(details: HuntGroupDetails): Fact[] {
  const policies = details.callPolicies;
  const facts: Fact[] = [policyFact(details)];
  facts.push({
    key: 'noAnswer',
    label: `No answer: ${noAnswerSummary(policies?.noAnswer)}`,
    icon: 'watch',
    detail: 'What happens when the hunt group call is not answered.',
  });
  facts.push({ key: 'busy', label: `Busy redirect: ${redirectSummary(policies?.busyRedirect)}`, icon: 'debug-step-over' });
  facts.push({
    key: 'businessContinuity',
    label: `Business continuity: ${redirectSummary(policies?.businessContinuityRedirect)}`,
    icon: 'plug',
    detail: 'Where calls go when the agents\u2019 phones are not connected to the network (outage, failed internet).',
  });
  const behaviours: string[] = [];
  if (policies?.waitingEnabled === true) behaviours.push('calls wait for busy agents');
  if (policies?.waitingEnabled === false) behaviours.push('advance when busy');
  if (policies?.groupBusyEnabled) behaviours.push('group set to busy');
  if (behaviours.length > 0) facts.push({ key: 'busyStatus', label: `When agents are busy: ${behaviours.join(', ')}`, icon: 'person' });
  if (details.enabled === false) facts.unshift({ key: 'disabled', label: 'Disabled: calls to this hunt group are not routed', icon: 'circle-slash' });
  return facts;
}

/** "Alternate numbers (n)", each with its ring pattern where distinctive ring makes it matter. */
export function alternateNumbersGroup(details: { alternateNumbers?: unknown; distinctiveRing?: unknown }, kind: 'huntGroup' | 'callQueue' | 'autoAttendant' = 'huntGroup'): FactGroup[] {
  const numbers = Array.isArray(details.alternateNumbers) ? details.alternateNumbers.filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null) : [];
  if (numbers.length === 0) return [];
  const distinctiveRing = details.distinctiveRing === true;
  return [
    {
      key: 'alternateNumbers',
      label: `Alternate numbers (${numbers.length})`,
      description: distinctiveRing ? 'distinctive ring on' : undefined,
      icon: 'list-unordered',
      facts: numbers.map((entry, index) => alternateNumberFact(entry, distinctiveRing, index, kind)),
    },
  ];
}

function alternateNumberFact(entry: { phoneNumber?: unknown; ringPattern?: unknown }, distinctiveRing: boolean, index: number, kind: 'huntGroup' | 'callQueue' | 'autoAttendant'): Fact {
  const pattern = payloadText(entry.ringPattern);
  return {
    key: String(index),
    label: payloadText(entry.phoneNumber) ?? 'number not set',
    description: distinctiveRing && pattern ? `ring: ${pattern}` : undefined,
    detail: pattern ? enumMeaning(kind, ['alternateNumbers', 0, 'ringPattern'], pattern) : undefined,
    icon: 'symbol-number',
  };
}

export function huntGroupMembers(details: HuntGroupDetails): Member[] {
  const weighted = details.callPolicies?.policy === 'WEIGHTED';
  return entriesWithId<HuntGroupAgent>(details.agents).map((agent) => {
    const extension = payloadText(agent.extension);
    const phoneNumber = payloadText(agent.phoneNumber);
    const routingPrefix = payloadText(agent.routingPrefix);
    const member = {
      id: agent.id,
      name: agentName(agent),
      type: payloadText(agent.type),
      extension,
      phoneNumber,
      esn: payloadText(agent.esn) ?? (routingPrefix && extension ? routingPrefix + extension : undefined),
      phoneNumbers: phoneNumber ? [phoneNumber] : [],
      extensions: extension ? [extension] : [],
      weight: weighted ? payloadText(agent.weight) : undefined,
      names: [agent.firstName, agent.lastName].map(payloadText).filter(isDefined),
    };
    return { ...member, description: memberDescription(member) };
  });
}
