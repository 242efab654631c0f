// A call pickup group in plain words: how members are told about a ringing line, and who they are.
// Pure functions over API payloads, which may lack any field or carry the shapes real payloads use.
import { enumMeaning } from '../../fields/fieldDocs';
import type { Fact, Member } from '../kind';
import { agentName, entriesWithId, isDefined, memberDescription, payloadText } from '../words';
import type { CallPickupAgent, CallPickupAgentNumber, CallPickupDetails } from './types';

/** A call pickup agent's numbers: real payloads call the list `numbers`, the schema `phoneNumber`. */
export function pickupAgentNumbers(agent: CallPickupAgent): CallPickupAgentNumber[] {
  const list = Array.isArray(agent.numbers) ? agent.numbers : Array.isArray(agent.phoneNumber) ? agent.phoneNumber : [];
  return list.filter((entry): entry is CallPickupAgentNumber => typeof entry === 'object' && entry !== null);
}

/** Real payloads send the string "true"; accept both. */
export function isPrimary(entry: CallPickupAgentNumber): boolean {
  return entry.primary === true || entry.primary === 'true';
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

export function callPickupMembers(details: CallPickupDetails): Member[] {
  return entriesWithId<CallPickupAgent>(details.agents).map((agent) => {
    const numbers = pickupAgentNumbers(agent);
    const primary = numbers.find(isPrimary) ?? numbers[0];
    const ordered = primary ? [primary, ...numbers.filter((entry) => entry !== primary)] : numbers;
    const member = {
      id: agent.id,
      name: agentName(agent),
      type: payloadText(agent.type),
      extension: payloadText(primary?.extension),
      phoneNumber: payloadText(primary?.external),
      esn: payloadText(primary?.esn),
      phoneNumbers: ordered.map((entry) => payloadText(entry.external)).filter(isDefined),
      extensions: ordered.map((entry) => payloadText(entry.extension)).filter(isDefined),
      email: payloadText(agent.email),
      names: [agent.firstName, agent.lastName, agent.displayName].map(payloadText).filter(isDefined),
    };
    return { ...member, description: memberDescription(member) };
  });
}
