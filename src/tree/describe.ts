// Plain-words descriptions of hunt groups and call pickups for the tree: what the policy means,
// what happens when nobody answers, who the agents are. Pure functions over API payloads (which
// may lack any field or carry the shapes real payloads use), so they are tested in plain Node.
import { enumMeaning } from '../fields/fieldDocs';
import type {
  CallPickupAgent,
  CallPickupAgentNumber,
  CallPickupDetails,
  HuntGroupAgent,
  HuntGroupDetails,
  NoAnswerSettings,
  RedirectSettings,
} from '../webex/types';

/** Longest label or description the tree shows; tooltips and the details view carry the full text. */
const MAX_SHOWN_LENGTH = 120;

/** Bidirectional controls (RLO and friends) would let a name reorder how a row reads ("gnp.exe" shown as "exe.png"). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Text for a row: one that reads in its own order, and short (tooltips and the details view keep it whole). */
export function clip(text: string, max = MAX_SHOWN_LENGTH): string {
  const plain = withoutBidiControls(text);
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

/** Payload strings and numbers as text; anything else (null, objects, blank) as absent. */
export function payloadText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** "ext 5001 · +14085550101", leaving out what is missing. */
export function numberSummary(item: { extension?: unknown; phoneNumber?: unknown }): string {
  const parts: string[] = [];
  const extension = payloadText(item.extension);
  const phoneNumber = payloadText(item.phoneNumber);
  if (extension) parts.push(`ext ${extension}`);
  if (phoneNumber) parts.push(phoneNumber);
  return parts.join(' · ');
}

const policyNames: Record<string, string> = {
  CIRCULAR: 'Circular',
  REGULAR: 'Top down',
  SIMULTANEOUS: 'Simultaneous',
  UNIFORM: 'Longest idle',
  WEIGHTED: 'Weighted',
};

export interface Fact {
  /** Stable key among its siblings (tree item ids). */
  key: string;
  label: string;
  description?: string;
  /** The documented meaning, for the tooltip. */
  detail?: string;
  icon: string;
}

/** Control Hub's name for a policy; an unknown one (or "toString") as sent, not an Object.prototype member. */
function policyName(policy: string): string {
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

function ringCount(rings: unknown): string {
  const count = payloadText(rings);
  return count === undefined ? 'the set number of rings' : `${count} ring${count === '1' ? '' : 's'}`;
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

export function huntGroupTooltipLines(details: HuntGroupDetails): string[] {
  return [
    ...huntGroupFacts(details).map((fact) => fact.label),
    `Language: ${payloadText(details.language) ?? payloadText(details.languageCode) ?? 'not set'}`,
    `Time zone: ${payloadText(details.timeZone) ?? 'not set'}`,
  ];
}

export interface AgentView {
  id: string;
  name: string;
  type?: string;
  phoneNumber?: string;
  extension?: string;
  description: string;
}

export function agentName(agent: { firstName?: unknown; lastName?: unknown; displayName?: unknown; id: string }): string {
  const fullName = [payloadText(agent.firstName), payloadText(agent.lastName)].filter(Boolean).join(' ');
  return fullName || payloadText(agent.displayName) || agent.id;
}

export function huntGroupAgentView(agent: HuntGroupAgent, policy: unknown): AgentView {
  const parts = [numberSummary(agent)].filter(Boolean);
  const type = payloadText(agent.type);
  if (type) parts.push(type);
  const weight = payloadText(agent.weight);
  if (policy === 'WEIGHTED' && weight !== undefined) parts.push(`weight ${weight}%`);
  return { id: agent.id, name: agentName(agent), type, phoneNumber: payloadText(agent.phoneNumber), extension: payloadText(agent.extension), description: parts.join(' · ') };
}

/** A call pickup agent's numbers: real payloads call the list `numbers`, the schema `phoneNumber`. */
export function pickupAgentNumbers(agent: CallPickupAgent): CallPickupAgentNumber[] {
  const list = Array.isArray(agent.numbers) ? agent.numbers : Array.isArray(agent.phoneNumber) ? agent.phoneNumber : [];
  return list.filter((entry): entry is CallPickupAgentNumber => typeof entry === 'object' && entry !== null);
}

export function isPrimary(entry: CallPickupAgentNumber): boolean {
  return entry.primary === true || entry.primary === 'true';
}

export function callPickupAgentView(agent: CallPickupAgent): AgentView {
  const numbers = pickupAgentNumbers(agent);
  const primary = numbers.find(isPrimary) ?? numbers[0];
  const parts = primary ? [numberSummary({ extension: primary.extension, phoneNumber: primary.external })].filter(Boolean) : [];
  const type = payloadText(agent.type);
  if (type) parts.push(type);
  return { id: agent.id, name: agentName(agent), type, phoneNumber: payloadText(primary?.external), extension: payloadText(primary?.extension), description: parts.join(' · ') };
}

export function callPickupFacts(details: CallPickupDetails): Fact[] {
  const type = payloadText(details.notificationType);
  const meaning = type ? enumMeaning('callPickup', ['notificationType'], type) : undefined;
  const delay = payloadText(details.notificationDelayTimerSeconds);
  const label =
    !type || type === 'NONE'
      ? 'Notification: none — members are not told about unanswered calls'
      : `Notification: ${type.toLowerCase().replace(/_/g, ' ')} after ${delay === undefined ? 'the default delay' : `${delay} s`}`;
  return [{ key: 'notification', label, description: type, detail: meaning, icon: 'bell' }];
}

export function alternateNumberView(entry: { phoneNumber?: unknown; ringPattern?: unknown }, distinctiveRing: boolean): { label: string; description?: string; detail?: string } {
  const pattern = payloadText(entry.ringPattern);
  return {
    label: payloadText(entry.phoneNumber) ?? 'number not set',
    description: distinctiveRing && pattern ? `ring: ${pattern}` : undefined,
    detail: pattern ? enumMeaning('huntGroup', ['alternateNumbers', 0, 'ringPattern'], pattern) : undefined,
  };
}
