// Shapes of the Webex payloads every kind shares (locations, people, organizations); each feature
// kind's own payloads are in src/kinds/<kind>/types.ts. Written from the public "Get Details"
// pages and OpenAPI specs, widened where real payloads differ from the schemas (see the comments):
// everything the API might omit is optional, and unknown extra keys are kept by the callers.

/** An item of `GET /telephony/config/locations` (list key `locations`). */
export interface Location {
  id: string;
  name: string;
  routingPrefix?: string;
  callingLineId?: { name?: string; phoneNumber?: string };
  [extra: string]: unknown;
}

/** Who a member (agent) of a hunt group, call pickup or call queue is. */
export type AgentType = 'PEOPLE' | 'PLACE' | 'VIRTUAL_LINE';

/** `GET /people/me`. */
export interface Person {
  id: string;
  displayName?: string;
  emails?: string[];
  orgId?: string;
  [extra: string]: unknown;
}

/** An item of `GET /organizations` (list key `items`). */
export interface Organization {
  id: string;
  displayName: string;
  created?: string;
  [extra: string]: unknown;
}
