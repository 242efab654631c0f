/// <reference lib="dom" />
// The Call Flow page. Loaded once per panel; the extension posts it a traced flow, and the page lays
// it out (layout.ts, with dagre), draws it as SVG (diagram.ts) beside the same steps in words
// (stepList.ts), and reports what it drew and how long that took. The reader zooms with the toolbar,
// Ctrl+wheel or + - 0, pans by dragging or scrolling, walks the nodes with Tab and the arrow keys,
// and opens a feature or member with a click or Enter.
import type { CallFlow, FlowNode } from '../../callFlow/graph';
import type { HostMessage } from '../../callFlow/messages';
import { drawDiagram, type DrawnDiagram } from './diagram';
import { keyTarget } from './keyboard';
import { fitScale, type FlowLayout, layoutFlow, type MeasureText, type TextRole } from './layout';
import { stepListElement } from './stepList';
import { isOpenable, loopWords, shown, stepOrder, stepWords } from './words';
import { type PageState, post, savedState, saveState } from './vscodeApi';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  created.append(...children);
  return created;
}

function icon(name: string): HTMLElement {
  const span = element('span', `codicon codicon-${name}`);
  span.setAttribute('aria-hidden', 'true');
  return span;
}

function iconButton(iconName: string, label: string, onClick: () => void): HTMLButtonElement {
  const button = element('button', 'icon-button', icon(iconName));
  button.type = 'button';
  button.title = label;
  button.setAttribute('aria-label', label);
  button.addEventListener('click', onClick);
  return button;
}

const ZOOM_STEP = 1.25;
const MIN_SCALE = 0.2;
const MAX_SCALE = 3;

// ---- The page: built once, filled for each flow. ----

const root = document.getElementById('root') ?? document.body.appendChild(element('main'));
const titleText = element('h1', 'title');
const loopsBox = element('div', 'loops');
const zoomText = element('span', 'zoom-text');
zoomText.setAttribute('aria-live', 'polite');
const toolbar = element(
  'div',
  'toolbar',
  iconButton('zoom-out', 'Zoom out (-)', () => zoomBy(1 / ZOOM_STEP)),
  zoomText,
  iconButton('zoom-in', 'Zoom in (+)', () => zoomBy(ZOOM_STEP)),
  iconButton('screen-full', 'Zoom to fit (0)', () => zoomToFit()),
  iconButton('screen-normal', 'Actual size', () => zoomTo(1)),
);
toolbar.setAttribute('role', 'toolbar');
toolbar.setAttribute('aria-label', 'Diagram zoom');
const header = element('header', 'header', element('div', 'title-line', titleText, element('span', 'kind', 'Call flow')), loopsBox, toolbar);
const scroller = element('div', 'diagram-scroll');
const stepsHeading = element('h2', 'steps-heading', 'Steps in words');
stepsHeading.id = 'steps-heading';
const stepsPanel = element('aside', 'steps-panel', stepsHeading);
stepsPanel.setAttribute('aria-labelledby', stepsHeading.id);
const body = element('div', 'flow-body', scroller, stepsPanel);

let state: PageState = savedState() ?? { key: '' };
let flow: CallFlow | undefined;
let layout: FlowLayout | undefined;
let drawn: DrawnDiagram | undefined;
let order: string[] = [];
let nodesById = new Map<string, FlowNode>();

// ---- Measuring text in the fonts the stylesheet gives each kind of text ----

const widthCache = new Map<string, number>();
let fonts: Record<TextRole, string> | undefined;
const context = document.createElement('canvas').getContext('2d');

/** The computed fonts of the diagram's text classes, read from probe elements styled by media/callFlow.css. */
function readFonts(): Record<TextRole, string> {
  const probe = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  probe.setAttribute('class', 'diagram probe');
  const texts = (['label', 'detail', 'edge-label'] as const).map((className) => {
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.setAttribute('class', className);
    probe.append(text);
    return text;
  });
  document.body.append(probe);
  const [label, detail, edge] = texts.map((text) => getComputedStyle(text).font);
  probe.remove();
  return { label, detail, edge };
}

const measure: MeasureText = (text, role) => {
  fonts ??= readFonts();
  const key = `${role}\u0000${text}`;
  let width = widthCache.get(key);
  if (width === undefined) {
    if (context) {
      context.font = fonts[role];
      width = context.measureText(text).width;
    } else {
      width = text.length * 7.5;
    }
    widthCache.set(key, width);
  }
  return width;
};

// ---- Drawing a flow ----

function show(message: Extract<HostMessage, { type: 'show' }>): void {
  const started = performance.now();
  if (message.key !== state.key) state = { key: message.key };
  flow = message.flow;
  nodesById = new Map(flow.nodes.map((node) => [node.id, node]));
  document.title = `Call flow: ${shown(message.title)}`;
  titleText.replaceChildren(element('bdi', undefined, shown(message.title)));
  loopsBox.replaceChildren(...loopWords(flow).map((words) => element('p', 'loop', icon('error'), element('bdi', undefined, words))));
  loopsBox.hidden = flow.loops.length === 0;

  const steps = stepWords(flow);
  order = stepOrder(flow).map((node) => node.id);
  try {
    layout = layoutFlow(flow, measure);
    drawn = drawDiagram(layout, order, `Call flow diagram of ${shown(message.title)}: ${order.length} steps, also listed in words`);
    scroller.replaceChildren(drawn.svg);
  } catch (error) {
    layout = undefined;
    drawn = undefined;
    scroller.replaceChildren(element('p', 'error', icon('error'), `Could not lay the diagram out: ${error instanceof Error ? error.message : String(error)}`));
  }
  stepsPanel.replaceChildren(
    stepsHeading,
    stepListElement(steps, (id) => isOpenableId(id), open),
  );
  if (root.className !== 'flow') {
    root.className = 'flow';
    root.removeAttribute('aria-busy');
    root.replaceChildren(header, body);
  }
  if (state.scale === undefined) zoomToFit();
  else zoomTo(state.scale);
  // Reading the size makes the browser lay the page out now, so the time includes that.
  drawn?.svg.getBoundingClientRect();
  const layoutMs = performance.now() - started;
  post({ type: 'rendered', key: message.key, nodes: drawn?.nodes.size ?? 0, edges: drawn ? layout!.edges.length : 0, layoutMs });
}

function isOpenableId(nodeId: string): boolean {
  const node = nodesById.get(nodeId);
  return node !== undefined && isOpenable(node);
}

function open(nodeId: string): void {
  if (isOpenableId(nodeId)) post({ type: 'open', nodeId });
}

// ---- Zoom: the SVG's size is the diagram's times the scale; the scroller pans it. ----

function zoomTo(scale: number, anchor?: { x: number; y: number }): void {
  if (!layout || !drawn) return;
  const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
  const previous = Number(drawn.svg.dataset.scale ?? next);
  // Keep the diagram point under the anchor (the pointer, or the view's centre) where it is.
  const point = anchor ?? { x: scroller.clientWidth / 2, y: scroller.clientHeight / 2 };
  const contentX = (scroller.scrollLeft + point.x) / previous;
  const contentY = (scroller.scrollTop + point.y) / previous;
  drawn.svg.dataset.scale = String(next);
  drawn.svg.setAttribute('width', String(Math.ceil(layout.width * next)));
  drawn.svg.setAttribute('height', String(Math.ceil(layout.height * next)));
  scroller.scrollLeft = contentX * next - point.x;
  scroller.scrollTop = contentY * next - point.y;
  zoomText.textContent = `${Math.round(next * 100)}%`;
}

function zoomBy(factor: number, anchor?: { x: number; y: number }): void {
  if (!drawn) return;
  const scale = Number(drawn.svg.dataset.scale ?? 1) * factor;
  state.scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
  saveState(state);
  zoomTo(state.scale, anchor);
}

function zoomToFit(): void {
  if (!layout) return;
  state.scale = undefined;
  saveState(state);
  const style = getComputedStyle(scroller);
  const viewport = {
    width: scroller.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
    height: scroller.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
  };
  const scale = fitScale(layout, viewport);
  zoomTo(scale);
  // A diagram wider than the view starts scrolled to where the call starts, at the top.
  const start = layout.nodes.find((placed) => placed.node.id === flow?.start);
  const startCentre = start ? (start.x + start.width / 2) * scale : 0;
  scroller.scrollTo(Math.max(0, startCentre - scroller.clientWidth / 2), 0);
}

// ---- Keyboard, pointer and the step list ----

function nodeElementOf(target: EventTarget | null): SVGGElement | null {
  return target instanceof Element ? target.closest<SVGGElement>('g.node') : null;
}

function focusNode(id: string | undefined): void {
  const target = id === undefined ? undefined : drawn?.nodes.get(id);
  if (!target) return;
  target.focus();
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Marks a node and its step in the list together, so either shows where the other is. */
function highlight(id: string | undefined): void {
  for (const marked of Array.from(document.querySelectorAll('.highlight'))) marked.classList.remove('highlight');
  if (id === undefined) return;
  drawn?.nodes.get(id)?.classList.add('highlight');
  for (const step of Array.from(stepsPanel.querySelectorAll<HTMLElement>('li.step'))) {
    if (step.dataset.nodeId === id) step.classList.add('highlight');
  }
}

scroller.addEventListener('keydown', (event) => {
  const nodeElement = nodeElementOf(event.target);
  const id = nodeElement?.dataset.nodeId;
  if (id !== undefined && (event.key === 'Enter' || event.key === ' ')) {
    open(id);
  } else if (id !== undefined && keyTarget(order, id, event.key) !== undefined) {
    focusNode(keyTarget(order, id, event.key));
  } else if (event.key === '+' || event.key === '=') {
    zoomBy(ZOOM_STEP);
  } else if (event.key === '-') {
    zoomBy(1 / ZOOM_STEP);
  } else if (event.key === '0') {
    zoomToFit();
  } else {
    return;
  }
  event.preventDefault();
});

scroller.addEventListener('focusin', (event) => highlight(nodeElementOf(event.target)?.dataset.nodeId));
scroller.addEventListener('focusout', () => highlight(undefined));
stepsPanel.addEventListener('focusin', (event) => highlight(event.target instanceof Element ? (event.target.closest<HTMLElement>('li.step')?.dataset.nodeId ?? undefined) : undefined));
stepsPanel.addEventListener('focusout', () => highlight(undefined));

/** A drag on the background pans; a press that moved is not a click. */
let drag: { pointerId: number; x: number; y: number; left: number; top: number; moved: boolean } | undefined;

scroller.addEventListener('pointerdown', (event) => {
  if (event.button !== 0 || nodeElementOf(event.target)) return;
  drag = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, left: scroller.scrollLeft, top: scroller.scrollTop, moved: false };
  scroller.setPointerCapture(event.pointerId);
});
scroller.addEventListener('pointermove', (event) => {
  if (!drag || event.pointerId !== drag.pointerId) return;
  const dx = event.clientX - drag.x;
  const dy = event.clientY - drag.y;
  if (!drag.moved && Math.hypot(dx, dy) < 4) return;
  drag.moved = true;
  scroller.classList.add('panning');
  scroller.scrollLeft = drag.left - dx;
  scroller.scrollTop = drag.top - dy;
});
const endDrag = (event: PointerEvent): void => {
  if (!drag || event.pointerId !== drag.pointerId) return;
  drag = undefined;
  scroller.classList.remove('panning');
};
scroller.addEventListener('pointerup', endDrag);
scroller.addEventListener('pointercancel', endDrag);

scroller.addEventListener('click', (event) => {
  const nodeElement = nodeElementOf(event.target);
  const id = nodeElement?.dataset.nodeId;
  if (!nodeElement || id === undefined) return;
  nodeElement.focus();
  open(id);
});

scroller.addEventListener(
  'wheel',
  (event) => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const bounds = scroller.getBoundingClientRect();
    zoomBy(Math.exp(-event.deltaY * 0.002), { x: event.clientX - bounds.left, y: event.clientY - bounds.top });
  },
  { passive: false },
);

// A diagram zoomed to fit keeps fitting when the editor is resized.
new ResizeObserver(() => {
  if (state.scale === undefined) zoomToFit();
}).observe(scroller);

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (typeof message !== 'object' || message === null) return;
  if (message.type === 'show') show(message);
});

post({ type: 'ready' });
