// The agents of an inventory item in one shape, whichever payload they came from: hunt group agents
// carry their number and extension directly, call pickup agents a list of numbers (named `numbers`
// in real payloads, `phoneNumber` in the schema). Export rows and Find Agent both read this.
import { agentName, isPrimary, payloadText, pickupAgentNumbers } from '../tree/describe';
import type { CallPickupAgent, HuntGroupAgent } from '../webex/types';
import type { InventoryItem } from './inventory';
import type { LocationRef } from './run';

export interface AgentEntry {
  id: string;
  name: string;
  type?: string;
  /** The primary extension and phone number. */
  extension?: string;
  phoneNumber?: string;
  esn?: string;
  /** Every phone number the payload lists for the agent (a call pickup agent may have several). */
  phoneNumbers: string[];
  /** Every extension the payload lists, the primary one first. */
  extensions: string[];
  email?: string;
  /** As sent, a percentage; only meaningful when the hunt group's policy is WEIGHTED. */
  weight?: string;
  /** Name parts for matching: first, last and display name. */
  names: string[];
}

export function agentsOf(item: InventoryItem): AgentEntry[] {
  const agents: unknown = item.details.agents;
  if (!Array.isArray(agents)) return [];
  const valid = agents.filter((agent): agent is { id: string } => typeof agent === 'object' && agent !== null && typeof agent.id === 'string');
  return item.kind === 'huntGroup'
    ? valid.map((agent) => huntGroupAgentEntry(agent as HuntGroupAgent))
    : valid.map((agent) => callPickupAgentEntry(agent as CallPickupAgent));
}

/** What a hunt group or call pickup is, from its details where they say it, else from its list entry. */
export interface GroupFacts {
  kind: InventoryItem['kind'];
  id: string;
  name: string;
  location: LocationRef;
  /** Hunt groups only: call pickups have no number, extension, policy or on/off switch. */
  extension?: string;
  phoneNumber?: string;
  enabled?: boolean;
  policy?: string;
}

export function groupFacts(item: InventoryItem): GroupFacts {
  const facts: GroupFacts = { kind: item.kind, id: item.summary.id, name: payloadText(item.details.name) ?? item.summary.name, location: item.location };
  if (item.kind === 'huntGroup') {
    facts.extension = payloadText(item.details.extension) ?? payloadText(item.summary.extension);
    facts.phoneNumber = payloadText(item.details.phoneNumber) ?? payloadText(item.summary.phoneNumber);
    facts.enabled = typeof item.details.enabled === 'boolean' ? item.details.enabled : item.summary.enabled;
    facts.policy = payloadText(item.details.callPolicies?.policy);
  }
  return facts;
}

/** The agent's weight, only where it decides anything (the WEIGHTED policy). */
export function effectiveWeight(group: GroupFacts, agent: AgentEntry): string | undefined {
  return group.policy === 'WEIGHTED' ? agent.weight : undefined;
}

function huntGroupAgentEntry(agent: HuntGroupAgent): AgentEntry {
  const extension = payloadText(agent.extension);
  const phoneNumber = payloadText(agent.phoneNumber);
  const routingPrefix = payloadText(agent.routingPrefix);
  return {
    id: agent.id,
    name: agentName(agent),
    type: payloadText(agent.type),
    extension,
    phoneNumber,
    esn: payloadText(agent.esn) ?? (routingPrefix && extension ? routingPrefix + extension : undefined),
    phoneNumbers: phoneNumber ? [phoneNumber] : [],
    extensions: extension ? [extension] : [],
    weight: payloadText(agent.weight),
    names: [agent.firstName, agent.lastName].map(payloadText).filter(isDefined),
  };
}

function callPickupAgentEntry(agent: CallPickupAgent): AgentEntry {
  const numbers = pickupAgentNumbers(agent);
  const primary = numbers.find(isPrimary) ?? numbers[0];
  const ordered = primary ? [primary, ...numbers.filter((entry) => entry !== primary)] : numbers;
  return {
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
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
