// Rules about who answers: groups nobody is in, groups of one, weights that do not add up, and
// people who alone carry several groups.
import type { Kind } from '../../kinds/kind';
import { KINDS } from '../../kinds/registry';
import { named, words } from '../context';
import type { HealthItem, HealthRule, RuleHit } from '../types';

/** Groups that ring agents: one agent is a single point of failure, and their weights route calls. */
const RINGING_KINDS: ReadonlySet<Kind> = new Set(['huntGroup', 'callQueue']);

export const noAgents: HealthRule = {
  id: 'no-agents',
  defaultSeverity: 'warning',
  description: 'A hunt group, call queue or call pickup with no agents: nobody answers its calls (or picks them up).',
  *check(context) {
    for (const item of context.model.items) {
      if (KINDS[item.kind].hasMembers && context.membersOf(item).length === 0) {
        yield { item, message: `The ${named(item)} has no agents: nobody ${item.kind === 'callPickup' ? 'can pick up calls in it' : 'answers its calls'}.`, jsonPath: ['agents'] };
      }
    }
  },
};

export const singleAgent: HealthRule = {
  id: 'single-agent',
  defaultSeverity: 'information',
  description: 'A hunt group or call queue with only one agent: a single point of failure.',
  *check(context) {
    for (const item of context.model.items) {
      const members = context.membersOf(item);
      if (RINGING_KINDS.has(item.kind) && members.length === 1) {
        yield { item, message: `The ${named(item)} has only one agent (${words(members[0].name)}): when they are away, nobody answers.`, jsonPath: ['agents', 0] };
      }
    }
  },
};

export const weightsNot100: HealthRule = {
  id: 'weights-not-100',
  defaultSeverity: 'warning',
  description: 'A hunt group or call queue routing by Weighted whose agents\u2019 weights do not add up to 100%.',
  *check(context) {
    for (const item of context.model.items) {
      if (!RINGING_KINDS.has(item.kind) || context.summaryOf(item).policy !== 'WEIGHTED') continue;
      const members = context.membersOf(item);
      if (members.length === 0) continue;
      const total = members.reduce((sum, member) => sum + weightOf(member.weight), 0);
      if (Math.abs(total - 100) > 1e-9) {
        yield { item, message: `The ${named(item)} routes by Weighted, but its agents\u2019 weights add up to ${formatPercent(total)}%, not 100%.`, jsonPath: ['agents'] };
      }
    }
  },
};

export const soleAgentOfMany: HealthRule = {
  id: 'sole-agent-of-many',
  defaultSeverity: 'warning',
  description: 'One person, workspace or virtual line is the only agent of two or more hunt groups or call queues: when they are away, all of them go unanswered.',
  *check(context) {
    const byAgent = new Map<string, { name: string; groups: HealthItem[] }>();
    for (const item of context.model.items) {
      const members = context.membersOf(item);
      if (!RINGING_KINDS.has(item.kind) || members.length !== 1) continue;
      const [agent] = members;
      const entry = byAgent.get(agent.id) ?? { name: agent.name, groups: [] };
      entry.groups.push(item);
      byAgent.set(agent.id, entry);
    }
    for (const { name, groups } of byAgent.values()) {
      if (groups.length < 2) continue;
      const list = groups.map((group) => words(group.name)).join(', ');
      for (const item of groups) {
        yield { item, message: `${words(name)} is the only agent of ${groups.length} groups (${list}): when they are away, none of them is answered.`, jsonPath: ['agents', 0] } satisfies RuleHit;
      }
    }
  },
};

/** A weight as sent ("30", 30, "30%"); anything else counts as 0. */
function weightOf(value: string | undefined): number {
  const weight = Number.parseFloat(value ?? '');
  return Number.isFinite(weight) ? weight : 0;
}

function formatPercent(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
