// The call flow in words: what each node is called, the name a screen reader says for it, the order
// the keyboard walks the nodes in, and the step list that is the diagram's text alternative. Pure
// functions over the graph (no DOM), so the diagram, the list and the tests all read the same words.
import type { CallFlow, FlowEdge, FlowNode } from '../../callFlow/graph';
import { withoutBidiControls } from '../../tree/rowText';

const kindWords: Record<NonNullable<FlowNode['kind']>, string> = {
  huntGroup: 'Hunt group',
  callQueue: 'Call queue',
  autoAttendant: 'Auto attendant',
  callPickup: 'Call pickup',
};

/** The owner types Webex reports, as people say them; others read as they are sent. */
const ownerTypeWords: Record<string, string> = {
  PEOPLE: 'Person',
  PLACE: 'Workspace',
  VIRTUAL_LINE: 'Virtual line',
  VOICEMAIL_GROUP: 'Voicemail group',
  GROUP_PAGING: 'Paging group',
  HUNT_GROUP: 'Hunt group',
  CALL_QUEUE: 'Call queue',
  AUTO_ATTENDANT: 'Auto attendant',
};

const typeWords: Record<FlowNode['type'], string> = {
  start: 'Call to',
  feature: 'Feature',
  step: 'Step',
  member: 'Member',
  voicemail: 'Voicemail',
  external: 'External number',
  deadEnd: 'Dead end',
  end: 'End',
  other: 'Other',
};

/** Names from Webex read in their own order: no right-to-left override can turn "gnp.exe" into "exe.png". */
export function shown(text: string): string {
  return withoutBidiControls(text);
}

/** What the node is, in words: "Hunt group", "Person", "Dead end". */
export function typeName(node: FlowNode): string {
  if (node.type === 'feature' && node.kind) return kindWords[node.kind];
  if ((node.type === 'member' || node.type === 'other') && node.ownerType) {
    return ownerTypeWords[node.ownerType] ?? (node.type === 'member' ? typeWords.member : shown(node.ownerType));
  }
  return typeWords[node.type];
}

/** Features and members are items of the org: clicking one reveals it in the tree and opens its details. */
export function isOpenable(node: FlowNode): boolean {
  return node.type === 'feature' || node.type === 'member';
}

/** Whether the node is drawn in the error colour: it has a problem or is a dead end. */
export function isFlagged(node: FlowNode): boolean {
  return node.problems.length > 0 || node.type === 'deadEnd';
}

/** The node's accessible name: "<type>: <label>, <detail>; <problems>". */
export function ariaLabel(node: FlowNode): string {
  let name = `${typeName(node)}: ${shown(node.label)}`;
  if (node.detail) name += `, ${shown(node.detail)}`;
  if (node.problems.length > 0) name += `; ${node.problems.map((problem) => shown(problem.message)).join('; ')}`;
  return name;
}

/** Each node's outgoing edges, in the order the graph lists them. */
export function outgoingEdges(flow: CallFlow): Map<string, FlowEdge[]> {
  const outgoing = new Map<string, FlowEdge[]>();
  for (const edge of flow.edges) {
    const list = outgoing.get(edge.from);
    if (list) list.push(edge);
    else outgoing.set(edge.from, [edge]);
  }
  return outgoing;
}

/**
 * The order the steps are numbered, listed and walked by the keyboard in: depth first from the start
 * along the edges as listed, so each step is followed by where it sends the call first, and a branch
 * is finished before the next one starts. Nodes the start does not reach come last, in graph order.
 */
export function stepOrder(flow: CallFlow): FlowNode[] {
  const byId = new Map(flow.nodes.map((node) => [node.id, node]));
  const outgoing = outgoingEdges(flow);
  const ordered: FlowNode[] = [];
  const seen = new Set<string>();
  // An explicit stack (children pushed last-first), so a long chain cannot exhaust the call stack.
  const visit = (rootId: string): void => {
    const stack = [rootId];
    while (stack.length > 0) {
      const id = stack.pop()!;
      const node = byId.get(id);
      if (!node || seen.has(id)) continue;
      seen.add(id);
      ordered.push(node);
      const next = outgoing.get(id) ?? [];
      for (let index = next.length - 1; index >= 0; index--) stack.push(next[index].to);
    }
  };
  visit(flow.start);
  for (const node of flow.nodes) visit(node.id);
  return ordered;
}

/** One numbered step of the text alternative. */
export interface StepWords {
  nodeId: string;
  /** 1-based, the same numbers the list shows. */
  number: number;
  /** "Hunt group: Sales Line (ext 5001 · +14085550101)". */
  title: string;
  /** Where the call goes on, one line per edge: "no answer after 5 rings: go to step 4, Call queue: Support". */
  exits: { text: string; loop: boolean }[];
  /** "Problem: forwarding is on but has no destination". */
  problems: string[];
}

/** The step list in words, in step order, generated from the same graph as the diagram. */
export function stepWords(flow: CallFlow): StepWords[] {
  const ordered = stepOrder(flow);
  const numbers = new Map(ordered.map((node, index) => [node.id, index + 1]));
  const byId = new Map(ordered.map((node) => [node.id, node]));
  const outgoing = outgoingEdges(flow);
  return ordered.map((node, index) => ({
    nodeId: node.id,
    number: index + 1,
    title: `${typeName(node)}: ${shown(node.label)}${node.detail ? ` (${shown(node.detail)})` : ''}`,
    exits: (outgoing.get(node.id) ?? []).flatMap((edge) => {
      const target = byId.get(edge.to);
      if (!target) return [];
      const where = edge.to === node.id ? 'back to this step' : `${edge.loop ? 'back to' : 'go to'} step ${numbers.get(edge.to)}, ${typeName(target)}: ${shown(target.label)}`;
      return [{ text: `${shown(edge.label)}: ${where}${edge.loop ? ' (a loop)' : ''}`, loop: edge.loop === true }];
    }),
    problems: node.problems.map((problem) => `Problem: ${shown(problem.message)}`),
  }));
}

/** The loops as sentences: "Loop: Loop A → Loop B → Loop A". */
export function loopWords(flow: CallFlow): string[] {
  return flow.loops.map((names) => `Loop: ${names.map(shown).join(' → ')}`);
}
