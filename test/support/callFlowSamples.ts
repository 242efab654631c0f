// Hand-made call flows for the Call Flow view's tests: one small flow with a loop, a dead end and
// hostile names, and a large one of any size (the 60-node drawing figure). Built by hand, not by the
// tracer, so the view is tested on exactly the shapes it must draw.
import type { CallFlow, FlowEdge, FlowNode } from '../../src/callFlow/graph';

/** Names that must stay inert text: markup, a command link, a right-to-left override. */
export const HOSTILE_NAMES = {
  markup: '<img src=x onerror=alert(1)>',
  commandLink: '[x](command:workbench.action.quit)',
  rightToLeft: 'Sales \u202Egnp.exe',
};

/**
 * The start → Sales (hunt group) → agents → no answer: Loop A ⇄ Loop B (a loop); all busy: an
 * unassigned number (a dead end); unreachable: a person with hostile names; after hours: voicemail.
 */
export function smallFlow(): CallFlow {
  const node = (id: string, type: FlowNode['type'], label: string, extra: Partial<FlowNode> = {}): FlowNode => ({ id, type, label, problems: [], ...extra });
  const nodes: FlowNode[] = [
    node('number:+14085550100', 'start', '+14085550100', { detail: 'ext 5100' }),
    node('feature:huntGroup:sales', 'feature', HOSTILE_NAMES.markup, { kind: 'huntGroup', itemId: 'sales', locationId: 'loc1', detail: 'ext 5100 · +14085550100' }),
    node('step:sales:agents', 'step', '3 agents (circular)'),
    node('feature:huntGroup:loopA', 'feature', 'Loop A', { kind: 'huntGroup', itemId: 'loopA', locationId: 'loc1', problems: [{ kind: 'loop', message: 'Loop A → Loop B → Loop A' }] }),
    node('feature:huntGroup:loopB', 'feature', 'Loop B', { kind: 'huntGroup', itemId: 'loopB', locationId: 'loc1', problems: [{ kind: 'loop', message: 'Loop A → Loop B → Loop A' }] }),
    node('number:+14085550199', 'deadEnd', '+14085550199', { detail: 'no one owns this number', problems: [{ kind: 'deadEnd', message: 'the number is not assigned' }] }),
    node('member:PEOPLE:p1', 'member', HOSTILE_NAMES.commandLink, { ownerType: 'PEOPLE', ownerId: 'p1', detail: HOSTILE_NAMES.rightToLeft }),
    node('voicemail:sales', 'voicemail', 'Sales voicemail'),
  ];
  const edge = (from: string, to: string, label: string, loop?: boolean): FlowEdge => ({ from, to, label, ...(loop ? { loop } : {}) });
  const edges: FlowEdge[] = [
    edge('number:+14085550100', 'feature:huntGroup:sales', 'dialled'),
    edge('feature:huntGroup:sales', 'step:sales:agents', 'ring agents'),
    edge('step:sales:agents', 'feature:huntGroup:loopA', 'no answer after 5 rings'),
    edge('feature:huntGroup:loopA', 'feature:huntGroup:loopB', 'always'),
    edge('feature:huntGroup:loopB', 'feature:huntGroup:loopA', 'always', true),
    edge('feature:huntGroup:sales', 'number:+14085550199', 'all busy'),
    edge('feature:huntGroup:sales', 'member:PEOPLE:p1', 'unreachable'),
    edge('feature:huntGroup:sales', 'voicemail:sales', 'after hours'),
  ];
  return { start: 'number:+14085550100', nodes, edges, loops: [['Loop A', 'Loop B', 'Loop A']] };
}

/**
 * A flow of `size` nodes shaped like a big real one: a chain of hunt groups, each ringing its agents
 * and sending no-answer calls on to the next, busy calls to a person and unreachable ones to
 * voicemail; the last group forwards back to the first (a loop).
 */
export function largeFlow(size: number): CallFlow {
  const nodes: FlowNode[] = [{ id: 'start', type: 'start', label: '+14085550000', problems: [] }];
  const edges: FlowEdge[] = [];
  let previous = 'start';
  let firstGroup: string | undefined;
  let group = 0;
  while (nodes.length < size) {
    const id = `feature:huntGroup:g${group}`;
    nodes.push({ id, type: 'feature', kind: 'huntGroup', itemId: `g${group}`, locationId: 'loc1', label: `Hunt group ${group}`, detail: `ext ${6000 + group}`, problems: [] });
    edges.push({ from: previous, to: id, label: group === 0 ? 'dialled' : 'no answer after 3 rings' });
    firstGroup ??= id;
    const leaves: [FlowNode, string][] = [
      [{ id: `step:g${group}`, type: 'step', label: `${2 + (group % 4)} agents (circular)`, problems: [] }, 'ring agents'],
      [{ id: `member:g${group}`, type: 'member', ownerType: 'PEOPLE', ownerId: `p${group}`, label: `Person ${group}`, detail: `ext ${7000 + group}`, problems: [] }, 'all busy'],
      [{ id: `voicemail:g${group}`, type: 'voicemail', label: `Voicemail of hunt group ${group}`, problems: [] }, 'unreachable'],
    ];
    for (const [leaf, label] of leaves) {
      if (nodes.length >= size) break;
      nodes.push(leaf);
      edges.push({ from: id, to: leaf.id, label });
    }
    previous = id;
    group++;
  }
  const groups = nodes.filter((node) => node.type === 'feature').map((node) => node.label);
  const closesLoop = firstGroup !== undefined && previous !== firstGroup;
  if (closesLoop) edges.push({ from: previous, to: firstGroup!, label: 'always', loop: true });
  return { start: 'start', nodes, edges, loops: closesLoop ? [[...groups, groups[0]]] : [] };
}
