// A traced call flow as text: a Markdown document with a Mermaid flowchart of the graph and the
// same steps in words (for runbooks and tickets; GitHub renders the Mermaid block), and the one-line
// summary the tree shows under a hunt group. Every name comes from the org, so every name is escaped
// for where it lands: inside a quoted Mermaid label it can neither end the label nor start a
// statement (click, style, a directive); in Markdown it can neither format nor link.
import type { CallFlow, FlowEdge, FlowNode, FlowNodeType } from './graph';

/** Mermaid entity codes (`#quot;`, `#35;`) for every character that could end a label or mean something in one. */
const MERMAID_ENTITIES: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  ';': '#59;',
  '`': '#96;',
  '[': '#91;',
  ']': '#93;',
  '(': '#40;',
  ')': '#41;',
  '{': '#123;',
  '}': '#125;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '|': '#124;',
  '%': '#37;',
  '\\': '#92;',
};

/** Text for inside a double-quoted Mermaid label: one line, nothing that ends the quotes or starts markup. */
export function mermaidText(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/["#;`[\](){}<>&|%\\]/g, (char) => MERMAID_ENTITIES[char]);
}

/** Text for Markdown prose: no emphasis, code, links, HTML or autolinks. */
export function markdownText(value: string): string {
  return value
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/:\/\//g, ':&#8203;//')
    .replace(/www\./gi, (match) => `${match.slice(0, 3)}&#8203;.`)
    .replace(/@/g, '&#8203;@');
}

/** Node shapes by type; the text goes between the brackets, in quotes. */
const SHAPES: Record<FlowNodeType, [string, string]> = {
  start: ['([', '])'],
  feature: ['[', ']'],
  step: ['[[', ']]'],
  member: ['(', ')'],
  voicemail: ['[/', '/]'],
  external: ['[(', ')]'],
  deadEnd: ['{{', '}}'],
  end: ['((', '))'],
  other: ['[', ']'],
};

const PROBLEM_COLOUR = '#d1242f';

function nodeText(node: FlowNode): string {
  const lines = [node.label, node.detail, ...node.problems.map((problem) => `⚠ ${problem.message}`)].filter((line): line is string => line !== undefined && line !== '');
  return lines.map(mermaidText).join('<br/>');
}

/** The Mermaid `flowchart` source of a flow (without the Markdown fence). Node ids are n0, n1…: never a name. */
export function callFlowMermaid(flow: CallFlow): string {
  const ids = new Map(flow.nodes.map((node, index) => [node.id, `n${index}`]));
  const lines = ['flowchart TD'];
  for (const node of flow.nodes) {
    const [open, close] = SHAPES[node.type];
    lines.push(`  ${ids.get(node.id)}${open}"${nodeText(node)}"${close}`);
  }
  const drawn = flow.edges.filter((edge) => ids.has(edge.from) && ids.has(edge.to));
  drawn.forEach((edge) => {
    const label = edge.label === '' ? '' : `|"${mermaidText(edge.loop ? `${edge.label} (loop)` : edge.label)}"|`;
    lines.push(`  ${ids.get(edge.from)} -->${label} ${ids.get(edge.to)}`);
  });
  const flagged = flow.nodes.filter((node) => node.problems.length > 0).map((node) => ids.get(node.id));
  if (flagged.length > 0) {
    lines.push(`  classDef problem stroke:${PROBLEM_COLOUR},stroke-width:3px`);
    lines.push(`  class ${flagged.join(',')} problem`);
  }
  const loopEdges = drawn.flatMap((edge, index) => (edge.loop ? [index] : []));
  if (loopEdges.length > 0) lines.push(`  linkStyle ${loopEdges.join(',')} stroke:${PROBLEM_COLOUR},stroke-width:3px`);
  return lines.join('\n');
}

function described(node: FlowNode): string {
  return node.detail ? `${markdownText(node.label)} (${markdownText(node.detail)})` : markdownText(node.label);
}

/** One step of a flow: an edge with the nodes it joins, in the order the trace found them. */
export interface FlowStep {
  from: FlowNode;
  edge: FlowEdge;
  to: FlowNode;
}

export function flowSteps(flow: CallFlow): FlowStep[] {
  const byId = new Map(flow.nodes.map((node) => [node.id, node]));
  return flow.edges.flatMap((edge) => {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    return from && to ? [{ from, edge, to }] : [];
  });
}

/** The steps in words, one per edge, in the order the trace found them. */
function stepLines(flow: CallFlow): string[] {
  return flowSteps(flow).map(({ from, edge, to }, index) => `${index + 1}. ${markdownText(from.label)}: ${markdownText(edge.label)} → ${described(to)}${edge.loop ? ' (loop)' : ''}`);
}

/** A Markdown document: title, the Mermaid flowchart, the steps in words, then loops and problems. */
export function callFlowMarkdown(flow: CallFlow, title: string): string {
  const parts = [`# Call flow: ${markdownText(title)}`, '', '```mermaid', callFlowMermaid(flow), '```', '', '## Steps', ''];
  const steps = stepLines(flow);
  parts.push(...(steps.length > 0 ? steps : ['No routing was found.']));
  if (flow.loops.length > 0) {
    parts.push('', '## Loops', '', ...flow.loops.map((loop) => `- ${loop.map(markdownText).join(' → ')}`));
  }
  const flagged = flow.nodes.filter((node) => node.problems.length > 0);
  if (flagged.length > 0) {
    parts.push('', '## Problems', '', ...flagged.flatMap((node) => node.problems.map((problem) => `- ${markdownText(node.label)}: ${markdownText(problem.message)}`)));
  }
  return `${parts.join('\n')}\n`;
}

/** Edges out of a node, in trace order. */
function edgesFrom(flow: CallFlow, id: string): FlowEdge[] {
  return flow.edges.filter((edge) => edge.from === id);
}

/**
 * One line for the tree: what the first feature does, step by step, e.g. "→ 3 agents (Circular) →
 * no answer after 5 rings: Support Queue → all agents busy: Voicemail of Pat". Plain text.
 */
export function flowSummary(flow: CallFlow): string {
  const byId = new Map(flow.nodes.map((node) => [node.id, node]));
  let subject = byId.get(flow.start);
  // From a dialled number, summarise what it reaches first.
  if (subject?.type === 'start') {
    const first = edgesFrom(flow, subject.id)[0];
    subject = first ? byId.get(first.to) : undefined;
    if (subject && subject.type !== 'feature' && subject.type !== 'member') return `→ ${subject.label}`;
  }
  if (!subject) return '';
  const parts = edgesFrom(flow, subject.id).flatMap((edge) => {
    const target = byId.get(edge.to);
    if (!target) return [];
    const text = target.type === 'step' && target.id.endsWith('/agents') ? target.label : `${edge.label}: ${target.label}`;
    return [edge.loop ? `${text} (loop)` : text];
  });
  if (subject.problems.some((problem) => problem.kind === 'disabled')) parts.unshift('disabled');
  return parts.length > 0 ? `→ ${parts.join(' → ')}` : 'no routing';
}
