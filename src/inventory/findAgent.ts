// Find Agent: which hunt groups, call queues and call pickups a person, workspace or virtual line is in. Webex
// has no "groups of this member" call, so it reads the inventory (through the store: a second
// search on the same org makes no request) and looks through every group's agents.
//
// The query is an ID (the Webex ID, or the UUID inside it as Control Hub shows it), a number or
// extension (see query.ts), or words of a name or email address.
import { ALL_KINDS, KINDS } from '../kinds/registry';
import type { Member } from '../kinds/kind';
import { decodeWebexId } from '../webex/ids';
import type { OrgStore } from '../store/orgStore';
import { byName } from '../store/orgStore';
import { groupFacts, membersOf, type GroupFacts } from './agents';
import { collectInventory, type InventoryItem, type InventoryOptions, type ItemKind } from './inventory';
import { matchesWords, numberMatch, parseQuery } from './query';
import type { LocationRef, ReadFailure } from './run';

export interface AgentMembership {
  kind: ItemKind;
  groupId: string;
  groupName: string;
  location: LocationRef;
  groupExtension?: string;
  groupNumber?: string;
  enabled?: boolean;
  /** The group's routing policy; undefined for call pickups, which have none.*/
  policy?: string;
  /** The agent's weight (a percentage) when the policy is WEIGHTED, else undefined. */
  weight?: string;
}

export interface FoundAgent {
  id: string;
  name: string;
  type?: string;
  extension?: string;
  phoneNumber?: string;
  email?: string;
  matchedBy: 'id' | 'name' | 'number' | 'extension';
  /** By kind in the tree's order, each by name. */
  memberships: AgentMembership[];
}

export interface FindAgentResult {
  /** By name; one entry per agent ID, whatever groups it was found in. */
  agents: FoundAgent[];
  /** Groups whose details could not be read: the agent may be in them too. */
  failures: ReadFailure[];
}

/** Throws an AbortedError when the signal aborts and an UnauthorizedError when the token stops working. */
export async function findAgent(store: OrgStore, query: string, options: InventoryOptions = {}): Promise<FindAgentResult> {
  if (parseQuery(query).kind === 'empty') return { agents: [], failures: [] };
  // Only kinds with members: an auto attendant's details cannot name the agent.
  const inventory = await collectInventory(store, { ...options, kinds: ALL_KINDS.filter((kind) => KINDS[kind].hasMembers) });
  return { agents: matchAgents(inventory.items, query), failures: inventory.failures };
}

/** The agents of `items` that `query` names, each with every group it is in. */
export function matchAgents(items: readonly InventoryItem[], query: string): FoundAgent[] {
  const parsed = parseQuery(query);
  if (parsed.kind === 'empty') return [];
  const found = new Map<string, FoundAgent>();
  for (const item of items) {
    const group = groupFacts(item);
    for (const agent of membersOf(item)) {
      const matchedBy = idMatches(agent.id, query)
        ? 'id'
        : parsed.kind === 'number'
          ? numberMatch(parsed, { extension: agent.extension, esn: agent.esn, phoneNumbers: agent.phoneNumbers }) ??
            (agent.extensions.includes(parsed.bare) ? 'extension' : undefined)
          : matchesWords(parsed.words, [...agent.names, agent.email]) ? 'name' : undefined;
      if (!matchedBy) continue;
      let entry = found.get(agent.id);
      if (!entry) {
        entry = { ...agentIdentity(agent), matchedBy, memberships: [] };
        found.set(agent.id, entry);
      }
      fillGaps(entry, agent);
      entry.memberships.push(membership(group, agent));
    }
  }
  const kindRank = (membership: AgentMembership): number => ALL_KINDS.indexOf(membership.kind);
  for (const agent of found.values()) {
    agent.memberships.sort((a, b) => kindRank(a) - kindRank(b) || a.groupName.localeCompare(b.groupName, undefined, { sensitivity: 'base', numeric: true }));
  }
  return [...found.values()].sort((a, b) => byName(a, b) || a.id.localeCompare(b.id));
}

function idMatches(agentId: string, query: string): boolean {
  const wanted = query.trim();
  if (agentId === wanted) return true;
  const inner = decodeWebexId(agentId)?.innerId;
  return inner !== undefined && inner.toLowerCase() === wanted.toLowerCase();
}

function agentIdentity(agent: Member): Omit<FoundAgent, 'matchedBy' | 'memberships'> {
  return { id: agent.id, name: agent.name, type: agent.type, extension: agent.extension, phoneNumber: agent.phoneNumber, email: agent.email };
}

/** Hunt group payloads carry no email and call pickup payloads no ESN: take what each one has. */
function fillGaps(entry: FoundAgent, agent: Member): void {
  entry.type ??= agent.type;
  entry.extension ??= agent.extension;
  entry.phoneNumber ??= agent.phoneNumber;
  entry.email ??= agent.email;
}

function membership(group: GroupFacts, agent: Member): AgentMembership {
  return {
    kind: group.kind,
    groupId: group.id,
    groupName: group.name,
    location: group.location,
    groupExtension: group.extension,
    groupNumber: group.phoneNumber,
    enabled: group.enabled,
    policy: group.policy,
    weight: agent.weight,
  };
}
