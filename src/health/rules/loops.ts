// Forwarding loops between features: hunt groups, call queues and auto attendants that send calls
// to each other in a circle (the tracer marks loops on one call's path; this finds them in the whole
// org at once). The graph has one node per enabled feature and one edge per exit that rings another
// feature (not its voicemail); each strongly connected component with a cycle is one loop, named by
// one cycle through it. A cycle made of menu keys only is left out: each step is the caller's
// choice (two main menus offering each other), and no call goes round unless the caller keeps
// choosing it.
import { destinationPath, named, words, type ResolvedExit } from '../context';
import type { RuleContext } from '../context';
import type { HealthItem, HealthRule, RuleHit } from '../types';

interface Edge {
  to: HealthItem;
  resolved: ResolvedExit;
}

export const forwardingLoop: HealthRule = {
  id: 'forwarding-loop',
  defaultSeverity: 'error',
  description: 'Hunt groups, call queues or auto attendants that forward, redirect, overflow or transfer calls to each other in a circle.',
  *check(context) {
    const graph = featureGraph(context);
    const order = new Map(context.model.items.map((item, index) => [item, index]));
    for (const component of stronglyConnected(graph)) {
      // Named from its first item in the org's order, whichever item the search met first.
      component.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      const cycle = cycleThrough(component, graph);
      if (!cycle) continue;
      const names = [...cycle.map((step) => words(step.from.name)), words(cycle[0].from.name)].join(' → ');
      for (const { from, edge } of cycle) {
        yield {
          item: from,
          message: `Calls loop: ${names}. The ${named(from)} sends them on "${words(edge.resolved.exit.condition)}" (${edge.resolved.exit.setting}).`,
          ...destinationPath(edge.resolved.exit.setting),
        } satisfies RuleHit;
      }
    }
  },
};

/** Enabled features and the exits by which they ring each other. A disabled feature routes nothing, so it ends a path. */
function featureGraph(context: RuleContext): Map<HealthItem, Edge[]> {
  const graph = new Map<HealthItem, Edge[]>();
  const routes = (item: HealthItem): boolean => item.kind !== 'callPickup' && context.summaryOf(item).enabled !== false;
  for (const item of context.model.items) {
    if (!routes(item)) continue;
    const edges: Edge[] = [];
    for (const resolved of context.exitsOf(item)) {
      const to = context.featureReached(resolved);
      if (to && routes(to)) edges.push({ to, resolved });
    }
    graph.set(item, edges);
  }
  return graph;
}

/** Tarjan's algorithm, iterative (a long chain of forwards cannot overflow the stack). */
function stronglyConnected(graph: Map<HealthItem, Edge[]>): HealthItem[][] {
  const index = new Map<HealthItem, number>();
  const low = new Map<HealthItem, number>();
  const onStack = new Set<HealthItem>();
  const stack: HealthItem[] = [];
  const components: HealthItem[][] = [];
  let counter = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: HealthItem; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1];
      const edges = graph.get(top.node) ?? [];
      if (top.next < edges.length) {
        const to = edges[top.next++].to;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) === index.get(top.node)) {
        const component: HealthItem[] = [];
        let member: HealthItem;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== top.node);
        components.push(component);
      }
    }
  }
  return components;
}

/**
 * One cycle through a component that does not wait on the caller at every step: it goes through an
 * edge that is not a menu key (a forward, redirect or overflow: the first in the org's order), then
 * the shortest way back (breadth-first, inside the component). Each step of the cycle starts at an
 * item; the cycle is turned to start at its first item in the org's order. Undefined when every
 * edge of the component is a menu key (callers choosing to go from one menu to another and back is
 * navigation, not a loop), or for a single item that does not send calls to itself.
 */
function cycleThrough(component: HealthItem[], graph: Map<HealthItem, Edge[]>): { from: HealthItem; edge: Edge }[] | undefined {
  const members = new Set(component);
  let first: { from: HealthItem; edge: Edge } | undefined;
  for (const from of component) {
    const edge = (graph.get(from) ?? []).find((candidate) => members.has(candidate.to) && candidate.resolved.exit.menu === undefined);
    if (edge) {
      first = { from, edge };
      break;
    }
  }
  if (!first) return undefined;
  const back = shortestPath(first.edge.to, first.from, members, graph);
  if (!back) return undefined;
  const cycle = [first, ...back];
  const rank = new Map(component.map((item, index) => [item, index]));
  let startAt = 0;
  cycle.forEach((step, index) => {
    if ((rank.get(step.from) ?? 0) < (rank.get(cycle[startAt].from) ?? 0)) startAt = index;
  });
  return [...cycle.slice(startAt), ...cycle.slice(0, startAt)];
}

/** The steps from `start` to `goal` inside `members` (none when they are the same item). */
function shortestPath(start: HealthItem, goal: HealthItem, members: Set<HealthItem>, graph: Map<HealthItem, Edge[]>): { from: HealthItem; edge: Edge }[] | undefined {
  if (start === goal) return [];
  const cameBy = new Map<HealthItem, { from: HealthItem; edge: Edge }>();
  const queue: HealthItem[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const edge of graph.get(node) ?? []) {
      if (!members.has(edge.to) || edge.to === start || cameBy.has(edge.to)) continue;
      cameBy.set(edge.to, { from: node, edge });
      if (edge.to === goal) {
        const path: { from: HealthItem; edge: Edge }[] = [];
        for (let at = goal; at !== start; ) {
          const step = cameBy.get(at)!;
          path.unshift(step);
          at = step.from;
        }
        return path;
      }
      queue.push(edge.to);
    }
  }
  return undefined;
}
