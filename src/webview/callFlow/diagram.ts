/// <reference lib="dom" />
// Draws a laid-out call flow as SVG. Every string goes in through textContent or an attribute
// value, never parsed as markup, so a name like `<img onerror=…>` stays the text it is. Colours
// come from media/callFlow.css (theme variables only); this file sets classes and geometry.
import { CODICON_CHARACTERS, glyphOf } from './glyphs';
import { type EdgeLayout, type FlowLayout, metrics, type NodeLayout, type Point } from './layout';
import { ariaLabel, isFlagged, isOpenable, shown } from './words';

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const created = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, String(value));
  created.append(...children);
  return created;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** A smooth line through the layout's points: straight at both ends, rounded at the bends. */
export function pathOf(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const at = (point: Point): string => `${round(point.x)},${round(point.y)}`;
  let path = `M${at(points[0])}`;
  for (let index = 1; index < points.length - 1; index++) {
    const next = points[index + 1];
    const middle = { x: (points[index].x + next.x) / 2, y: (points[index].y + next.y) / 2 };
    path += ` Q${at(points[index])} ${at(middle)}`;
  }
  if (points.length > 1) path += ` L${at(points[points.length - 1])}`;
  return path;
}

/** The two arrowheads: the edges' colour, and the error colour for edges that close a loop. */
function markers(): SVGDefsElement {
  const arrow = (id: string, className: string): SVGMarkerElement =>
    svg('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', class: className }));
  return svg('defs', {}, arrow('arrow', 'arrowhead'), arrow('arrow-loop', 'arrowhead loop'));
}

function edgeElement(edge: EdgeLayout): SVGGElement {
  const group = svg('g', { class: edge.loop ? 'edge loop' : 'edge' });
  group.append(svg('path', { class: 'line', d: pathOf(edge.points), 'marker-end': `url(#${edge.loop ? 'arrow-loop' : 'arrow'})` }));
  if (edge.labelBox && edge.label) {
    const box = edge.labelBox;
    group.append(
      svg('rect', { class: 'edge-label-back', x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height), rx: 3 }),
      svg('text', { class: 'edge-label', x: round(box.x + box.width / 2), y: round(box.y + box.height / 2) }, edge.label),
    );
  }
  return group;
}

function nodeElement(placed: NodeLayout): SVGGElement {
  const { node } = placed;
  const classes = ['node', `type-${node.type}`];
  if (isFlagged(node)) classes.push('flagged');
  if (node.problems.some((problem) => problem.kind === 'loop')) classes.push('in-loop');
  if (isOpenable(node)) classes.push('openable');
  const group = svg('g', {
    class: classes.join(' '),
    transform: `translate(${round(placed.x)},${round(placed.y)})`,
    tabindex: 0,
    role: 'button',
    'aria-label': ariaLabel(node),
    'data-node-id': node.id,
  });
  // Features and members open; the rest are there to be read, and say so.
  if (!isOpenable(node)) group.setAttribute('aria-disabled', 'true');
  const { paddingX, paddingY, glyphWidth, labelLine, detailLine } = metrics;
  const textX = paddingX + glyphWidth;
  const labelY = paddingY + labelLine / 2;
  const ring = 4;
  group.append(
    svg('rect', { class: 'focus-ring', x: -ring, y: -ring, width: placed.width + 2 * ring, height: placed.height + 2 * ring, rx: 6 + ring }),
    svg('rect', { class: 'box', width: placed.width, height: placed.height, rx: 6 }),
    svg('text', { class: 'glyph', x: paddingX, y: labelY, 'aria-hidden': 'true' }, CODICON_CHARACTERS[isFlagged(node) && node.type !== 'deadEnd' ? 'error' : glyphOf(node)]),
    svg('text', { class: 'label', x: textX, y: labelY }, placed.label),
  );
  let lineY = paddingY + labelLine + detailLine / 2;
  if (placed.detail !== undefined) {
    group.append(svg('text', { class: 'detail', x: textX, y: lineY }, placed.detail));
    lineY += detailLine;
  }
  if (placed.problem !== undefined) group.append(svg('text', { class: 'problem', x: textX, y: lineY }, placed.problem));
  // Text cut to fit is shown whole in the tooltip (the accessible name has it whole already).
  const whole = [shown(node.label), node.detail && shown(node.detail), ...node.problems.map((problem) => shown(problem.message))].filter(Boolean).join('\n');
  const cut = placed.label !== shown(node.label) || (node.detail !== undefined && placed.detail !== shown(node.detail)) || node.problems.length > (placed.problem ? 1 : 0);
  if (cut) group.prepend(svg('title', {}, whole));
  return group;
}

export interface DrawnDiagram {
  svg: SVGSVGElement;
  /** The focusable node elements by node id. */
  nodes: Map<string, SVGGElement>;
}

/**
 * The whole diagram. Nodes are added in `order` (the step order), which is the Tab order; edges come
 * first so boxes are drawn over the lines that reach them.
 */
export function drawDiagram(layout: FlowLayout, order: readonly string[], name: string): DrawnDiagram {
  const root = svg('svg', { class: 'diagram', viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'group', 'aria-label': name });
  const edges = svg('g', { class: 'edges', 'aria-hidden': 'true' }, ...layout.edges.map(edgeElement));
  const byId = new Map(layout.nodes.map((placed) => [placed.node.id, placed]));
  const nodes = new Map<string, SVGGElement>();
  const nodeGroup = svg('g', { class: 'nodes' });
  for (const id of order) {
    const placed = byId.get(id);
    if (!placed) continue;
    const element = nodeElement(placed);
    nodes.set(id, element);
    nodeGroup.append(element);
  }
  root.append(markers(), edges, nodeGroup);
  return { svg: root, nodes };
}
