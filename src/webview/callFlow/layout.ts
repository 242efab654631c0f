// Where every box, edge and edge label of a call flow goes, computed by @dagrejs/dagre.
//
// Why dagre and not elkjs: both lay out directed graphs in layers with labelled edges, which is
// what a call flow is. dagre (MIT, maintained under the dagrejs organization) adds 49 KB to the
// minified page script and lays out synchronously, so the page measures layout and drawing in one
// pass. elkjs (EPL-2.0 or GPL-3.0) is Eclipse's layout engine compiled from Java: 1.49 MB minified
// (8.2 MB unpacked against dagre's 1.9 MB with its graphlib), and asynchronous. Its extra
// algorithms (ports, orthogonal routing) are not needed for boxes joined by conditions.
//
// Pure: the text widths come from a measuring function, so this runs in Node for the tests and
// with the page's font (canvas measureText) in the webview.
import { Graph, layout } from '@dagrejs/dagre';
import type { CallFlow, FlowNode } from '../../callFlow/graph';
import { isFlagged, shown } from './words';

/** Width in pixels of `text` in the given font role. */
export type MeasureText = (text: string, role: TextRole) => number;
export type TextRole = 'label' | 'detail' | 'edge';

export interface Point {
  x: number;
  y: number;
}

/** A box, by its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeLayout extends Box {
  node: FlowNode;
  /** The lines drawn in the box, each cut to fit with an ellipsis (the full text is in the tooltip and the accessible name). */
  label: string;
  detail?: string;
  /** The first problem, drawn as a third line. */
  problem?: string;
}

export interface EdgeLayout {
  from: string;
  to: string;
  label: string;
  loop: boolean;
  /** From the source box's border to the target box's border. */
  points: Point[];
  /** The label's box, placed on the edge by the layout; none for an edge without a label. */
  labelBox?: Box;
}

export interface FlowLayout {
  nodes: NodeLayout[];
  edges: EdgeLayout[];
  width: number;
  height: number;
}

/** Sizes in CSS pixels; media/callFlow.css draws the text at these line heights. */
export const metrics = {
  paddingX: 10,
  paddingY: 8,
  /** The glyph's column, left of the text. */
  glyphWidth: 24,
  labelLine: 18,
  detailLine: 16,
  minNodeWidth: 150,
  maxNodeWidth: 280,
  maxEdgeLabelWidth: 170,
  edgeLabelPaddingX: 4,
  edgeLabelLine: 16,
  margin: 16,
};

/** The longest start of `text` that fits in `maxWidth` with an ellipsis, or the text if it fits whole. */
export function fitText(text: string, maxWidth: number, role: TextRole, measure: MeasureText): string {
  if (measure(text, role) <= maxWidth) return text;
  // Binary search over code points, so a surrogate pair is never cut in half.
  const characters = Array.from(text);
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(`${characters.slice(0, middle).join('')}…`, role) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return `${characters.slice(0, low).join('').trimEnd()}…`;
}

function sizeNode(node: FlowNode, measure: MeasureText): Omit<NodeLayout, 'x' | 'y'> {
  const { paddingX, paddingY, glyphWidth, labelLine, detailLine, minNodeWidth, maxNodeWidth } = metrics;
  const textRoom = maxNodeWidth - 2 * paddingX - glyphWidth;
  const label = fitText(shown(node.label), textRoom, 'label', measure);
  const detail = node.detail ? fitText(shown(node.detail), textRoom, 'detail', measure) : undefined;
  const firstProblem = node.problems[0]?.message;
  const problem = firstProblem !== undefined && isFlagged(node) ? fitText(shown(firstProblem), textRoom, 'detail', measure) : undefined;
  const widest = Math.max(measure(label, 'label'), detail ? measure(detail, 'detail') : 0, problem ? measure(problem, 'detail') : 0);
  const width = Math.min(maxNodeWidth, Math.max(minNodeWidth, Math.ceil(widest) + 2 * paddingX + glyphWidth));
  const height = 2 * paddingY + labelLine + (detail ? detailLine : 0) + (problem ? detailLine : 0);
  return { node, label, detail, problem, width, height };
}

/**
 * Lays the flow out top to bottom, in the order the call moves; loops are kept, drawn back up against
 * the flow. Top to bottom because dagre gives each edge label a layer of its own: left to right, every
 * step would cost a label's width as well as a box's, and a 60-node flow came out 6,900 px wide and
 * 500 px high; top to bottom it is about 1,500 px square, and scrolls the way editors do.
 */
export function layoutFlow(flow: CallFlow, measure: MeasureText): FlowLayout {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 20, ranksep: 32, edgesep: 12, marginx: metrics.margin, marginy: metrics.margin });
  const sized = new Map<string, Omit<NodeLayout, 'x' | 'y'>>();
  for (const node of flow.nodes) {
    if (sized.has(node.id)) continue;
    const size = sizeNode(node, measure);
    sized.set(node.id, size);
    graph.setNode(node.id, { width: size.width, height: size.height });
  }
  const labels: string[] = [];
  flow.edges.forEach((edge, index) => {
    if (!sized.has(edge.from) || !sized.has(edge.to)) return;
    const label = edge.label ? fitText(shown(edge.label), metrics.maxEdgeLabelWidth, 'edge', measure) : '';
    labels[index] = label;
    const width = label ? Math.ceil(measure(label, 'edge')) + 2 * metrics.edgeLabelPaddingX : 0;
    graph.setEdge(edge.from, edge.to, { width, height: label ? metrics.edgeLabelLine : 0, labelpos: 'c' }, String(index));
  });

  layout(graph);

  const nodes: NodeLayout[] = [];
  for (const [id, size] of sized) {
    const placed = graph.node(id) as { x: number; y: number };
    nodes.push({ ...size, x: placed.x - size.width / 2, y: placed.y - size.height / 2 });
  }
  const edges: EdgeLayout[] = [];
  flow.edges.forEach((edge, index) => {
    const placed = graph.edge(edge.from, edge.to, String(index)) as { points?: Point[]; x?: number; y?: number; width?: number; height?: number } | undefined;
    if (!placed) return;
    const points = (placed.points ?? []).map(({ x, y }) => ({ x, y }));
    const label = labels[index];
    const labelCentre = placed.x !== undefined && placed.y !== undefined ? { x: placed.x, y: placed.y } : middleOf(points);
    const labelBox =
      label && labelCentre && placed.width && placed.height
        ? { x: labelCentre.x - placed.width / 2, y: labelCentre.y - placed.height / 2, width: placed.width, height: placed.height }
        : undefined;
    edges.push({ from: edge.from, to: edge.to, label, loop: edge.loop === true, points, labelBox });
  });
  const size = graph.graph() as { width?: number; height?: number };
  return { nodes, edges, width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0) };
}

function middleOf(points: Point[]): Point | undefined {
  return points.length > 0 ? points[Math.floor(points.length / 2)] : undefined;
}

/**
 * The zoom that shows the whole diagram in the viewport, but never so small that the text cannot be
 * read: past `minimum` the diagram scrolls instead. Never enlarged past 1.
 */
export function fitScale(diagram: { width: number; height: number }, viewport: { width: number; height: number }, minimum = 0.7): number {
  if (diagram.width <= 0 || diagram.height <= 0 || viewport.width <= 0 || viewport.height <= 0) return 1;
  const fit = Math.min(viewport.width / diagram.width, viewport.height / diagram.height, 1);
  return Math.max(fit, minimum);
}
