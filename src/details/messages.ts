// The messages between the details webview and the extension. The page is treated as untrusted:
// anything it sends is checked against this allow-list, and no field of a message is ever used as a
// command id or a path.

/** What the page may ask for. */
export type DetailsRequest = { type: 'ready' } | { type: 'copyJson' } | { type: 'openJson' } | { type: 'refresh' };

/** What the extension tells the page: a refresh is in flight (the page shows it on the Refresh button). */
export type DetailsNotice = { type: 'loading'; loading: boolean };

const requestTypes: ReadonlySet<string> = new Set<DetailsRequest['type']>(['ready', 'copyJson', 'openJson', 'refresh']);

export function isDetailsRequest(message: unknown): message is DetailsRequest {
  if (typeof message !== 'object' || message === null || !Object.hasOwn(message, 'type')) {
    return false;
  }
  const type: unknown = (message as { type: unknown }).type;
  return typeof type === 'string' && requestTypes.has(type);
}
