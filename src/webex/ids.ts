// Webex resource IDs. A Webex ID is the base64 of `ciscospark://us/<TYPE>/<id>`, sent without
// padding; Control Hub shows only the inner id, so people paste either form.

export const WEBEX_ID_PREFIX = 'ciscospark://us/';

/** Reads `{ type, innerId }` back out of a Webex ID; undefined when it is not one. */
export function decodeWebexId(id: string): { type: string; innerId: string } | undefined {
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  if (!decoded.startsWith(WEBEX_ID_PREFIX)) return undefined;
  const rest = decoded.slice(WEBEX_ID_PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return undefined;
  return { type: rest.slice(0, slash), innerId: rest.slice(slash + 1) };
}
