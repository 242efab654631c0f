// The messages between the Call Flow webview and the extension, the one definition both sides import.
// The page is treated as untrusted: anything it sends is checked against this allow-list, a node it
// names is looked up in the flow the host sent, and no field is ever used as a command id or a path.
import type { CallFlow } from './graph';

/** What the extension tells the page. */
export type HostMessage =
  /** Draw this flow. `key` names the traced start: the page keeps its zoom and focus for the same key. */
  { type: 'show'; key: string; title: string; flow: CallFlow };

/** What the page draws, reported after each drawing (the host tests and the benchmark read it). */
export interface RenderedReport {
  key: string;
  nodes: number;
  edges: number;
  /** From receiving the flow to the diagram and step list being in the document, by performance.now(). */
  layoutMs: number;
}

/** What the page may ask for or report. */
export type PageMessage =
  /** The page's script started (first open, or shown again after being hidden): send the flow. */
  | { type: 'ready' }
  /** The reader clicked a node or pressed Enter on it: reveal its item and open its details. */
  | { type: 'open'; nodeId: string }
  | ({ type: 'rendered' } & RenderedReport);

/** Every page message name, once: a name added to PageMessage without one here does not compile. */
const pageMessageTypes: Record<PageMessage['type'], true> = { ready: true, open: true, rendered: true };

/** Longer strings are not worth reading: real node ids and keys are short, and this bounds the work. */
const maxTextLength = 1000;

export function isPageMessage(message: unknown): message is PageMessage {
  if (typeof message !== 'object' || message === null || !Object.hasOwn(message, 'type')) return false;
  const type: unknown = (message as { type: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(pageMessageTypes, type)) return false;
  const fields = message as Record<string, unknown>;
  switch (type as PageMessage['type']) {
    case 'ready':
      return true;
    case 'open':
      return isShortText(fields.nodeId);
    case 'rendered':
      return isShortText(fields.key) && isCount(fields.nodes) && isCount(fields.edges) && typeof fields.layoutMs === 'number' && Number.isFinite(fields.layoutMs) && fields.layoutMs >= 0;
  }
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxTextLength;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
