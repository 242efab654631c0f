// Webex-style resource IDs. A real Webex ID is the base64 of `ciscospark://us/<TYPE>/<id>`, sent
// without padding; the sample API mints IDs of the same form so that code which inspects or
// round-trips them behaves as it does against Webex.

export type WebexIdType =
  | 'LOCATION'
  | 'HUNT_GROUP'
  | 'CALL_PICKUP'
  | 'CALL_QUEUE'
  | 'AUTO_ATTENDANT'
  | 'PEOPLE'
  | 'PLACE'
  | 'VIRTUAL_LINE'
  | 'ORGANIZATION'
  // Other owners of numbers, schedules and selective forwarding rules (the call-flow data).
  | 'VOICEMAIL_GROUP'
  | 'GROUP_PAGING'
  | 'VOICE_MESSAGING'
  | 'CONTACT_CENTER_LINK'
  | 'ROUTE_LIST'
  | 'BROADWORKS_ANYWHERE'
  | 'SCHEDULE'
  | 'CALL_FORWARDING_SELECTIVE_RULE';

const ID_PREFIX = 'ciscospark://us/';

/** base64url without padding: URL-safe, so an ID can sit in a path segment unescaped. */
function toBase64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

export function webexId(type: WebexIdType, innerId: string): string {
  return toBase64Url(`${ID_PREFIX}${type}/${innerId}`);
}

/**
 * Webex derives a call pickup's ID from its name (which is why renaming one changes its ID):
 * the inner part is the name's own base64, padding kept.
 */
export function callPickupIdForName(name: string): string {
  return nameDerivedId('CALL_PICKUP', name);
}

/** Schedules and selective forwarding rules are named the same way: their ID carries their name. */
export function nameDerivedId(type: 'CALL_PICKUP' | 'SCHEDULE' | 'CALL_FORWARDING_SELECTIVE_RULE', name: string): string {
  return webexId(type, Buffer.from(name, 'utf8').toString('base64'));
}

/** Reads `{ type, innerId }` back out of a Webex-style ID; undefined when it is not one. */
export function decodeWebexId(id: string): { type: string; innerId: string } | undefined {
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  if (!decoded.startsWith(ID_PREFIX)) return undefined;
  const rest = decoded.slice(ID_PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return undefined;
  return { type: rest.slice(0, slash), innerId: rest.slice(slash + 1) };
}

/** A UUID-shaped string (8-4-4-4-12 lowercase hex) from a source of 32-bit random integers. */
export function uuidLike(nextUint32: () => number): string {
  let hex = '';
  for (let i = 0; i < 4; i++) hex += nextUint32().toString(16).padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
