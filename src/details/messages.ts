// The messages between the details webview and the extension, the one definition both sides import.
// The page is treated as untrusted: anything it sends is checked against this allow-list, and no field
// of a message is ever used as a command id or a file path.

import type { SchemaNode } from '../fields/schemaRefs';

export type PathSegment = string | number;

/** Everything the page shows for one item; the host sends it whole after each load. */
export interface DetailsView {
  /** Unique per item (`huntGroup:<locationId>:<id>`): the page keeps filter, scroll and open rows per key. */
  key: string;
  title: string;
  /** The kind as a heading: "Hunt group". */
  kindTitle: string;
  /**
   * The payload as JSON text; undefined until a load succeeds, kept (with `error` set) when a later
   * load fails. Text, not an object: a payload thousands of levels deep cannot be cloned through the
   * webview's message channels, while its text passes as one string.
   */
  payloadJson?: string;
  /** The JSON Schema of the item's kind: descriptions, enum meanings and badges come from it. */
  schema?: SchemaNode;
  /** When the payload was fetched, already in the user's locale. */
  fetchedAt?: string;
  /** Shown above the payload (which is the last good one), or alone when there is none. */
  error?: string;
  /** A load is in flight: the first one shows a loading page, later ones spin the Refresh button. */
  loading: boolean;
}

/** What the extension tells the page. */
export type HostMessage =
  /** A new view: the page rebuilds its rows and keeps its filter, scroll and open rows if the key is the same. */
  | { type: 'show'; view: DetailsView }
  /** A refresh started or ended; the rows stay as they are. */
  | { type: 'loading'; loading: boolean };

/** What the page may ask for or report. */
export type PageMessage =
  /** The page's script started (first open, or shown again after being hidden): send the view. */
  | { type: 'ready' }
  | { type: 'copyJson' }
  | { type: 'openJson' }
  | { type: 'refresh' }
  /** The page drew the view of `key`; `summary` is its summary line ("12 fields · 3 not set"). */
  | { type: 'rendered'; key: string; summary: string };

/** Every page message name, once: a name added to PageMessage without one here does not compile. */
const pageMessageTypes: Record<PageMessage['type'], true> = { ready: true, copyJson: true, openJson: true, refresh: true, rendered: true };

/** Longer strings are not worth reading: a real key or summary is short, and this bounds the work. */
const maxTextLength = 1000;

export function isPageMessage(message: unknown): message is PageMessage {
  if (typeof message !== 'object' || message === null || !Object.hasOwn(message, 'type')) {
    return false;
  }
  const type: unknown = (message as { type: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(pageMessageTypes, type)) return false;
  if (type !== 'rendered') return true;
  const { key, summary } = message as { key?: unknown; summary?: unknown };
  return isShortText(key) && isShortText(summary);
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxTextLength;
}
