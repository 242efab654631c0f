// The messages between the details webview and the extension. The page is treated as untrusted:
// anything it sends is checked against this allow-list, and no field of a message is ever used as a
// command id or a file path. The one field a page may send, showMore's `path`, only names a member
// of the payload already shown.

import { detailsLimits, type PathSegment } from './detailsHtml';

/** What the page may ask for. */
export type DetailsRequest =
  | { type: 'ready' }
  | { type: 'copyJson' }
  | { type: 'openJson' }
  | { type: 'refresh' }
  /** The next batch of members of the list or object at `path` (keys and indexes from the root). */
  | { type: 'showMore'; path: PathSegment[] };

/** What the extension tells the page: a refresh is in flight (the page shows it on the Refresh button). */
export type DetailsNotice = { type: 'loading'; loading: boolean };

const requestTypes: ReadonlySet<string> = new Set<DetailsRequest['type']>(['ready', 'copyJson', 'openJson', 'refresh', 'showMore']);

/** Longer keys are not worth looking up: a real payload's keys are short, and this bounds the work. */
const maxKeyLength = 1000;

export function isDetailsRequest(message: unknown): message is DetailsRequest {
  if (typeof message !== 'object' || message === null || !Object.hasOwn(message, 'type')) {
    return false;
  }
  const type: unknown = (message as { type: unknown }).type;
  if (typeof type !== 'string' || !requestTypes.has(type)) return false;
  return type !== 'showMore' || (Object.hasOwn(message, 'path') && isPayloadPath((message as { path: unknown }).path));
}

/** A path the page could have written: no deeper than the depth limit, of short keys and array indexes. */
function isPayloadPath(path: unknown): path is PathSegment[] {
  return (
    Array.isArray(path) &&
    path.length <= detailsLimits.maxDepth &&
    path.every((segment) => (typeof segment === 'string' && segment.length <= maxKeyLength) || (Number.isSafeInteger(segment) && (segment as number) >= 0))
  );
}
