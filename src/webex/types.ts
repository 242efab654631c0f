// Shapes of the Webex Calling payloads this extension reads. Written from the public "Get Details"
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

/** An item of `GET /telephony/config/huntGroups` (list key `huntGroups`). */
export interface HuntGroupListItem {
  id: string;
  name: string;
  locationId: string;
  locationName: string;
  enabled: boolean;
  phoneNumber?: string;
  extension?: string;
  routingPrefix?: string;
  esn?: string;
  [extra: string]: unknown;
}

export type HuntPolicy = 'CIRCULAR' | 'REGULAR' | 'SIMULTANEOUS' | 'UNIFORM' | 'WEIGHTED';
export type RingPattern = 'NORMAL' | 'LONG_LONG' | 'SHORT_SHORT_LONG' | 'SHORT_LONG_SHORT';
export type AgentType = 'PEOPLE' | 'PLACE' | 'VIRTUAL_LINE';
export type CallPickupNotificationType = 'NONE' | 'AUDIO_ONLY' | 'VISUAL_ONLY' | 'AUDIO_AND_VISUAL';

export interface AlternateNumber {
  phoneNumber?: string;
  ringPattern?: RingPattern | string;
  [extra: string]: unknown;
}

export interface NoAnswerSettings {
  nextAgentEnabled?: boolean;
  nextAgentRings?: number;
  forwardEnabled?: boolean;
  numberOfRings?: number;
  systemMaxNumberOfRings?: number;
  /** Real payloads spell it without the final "s" (the seed page's example does). */
  systemMaxNumberOfRing?: number;
  destination?: string;
  destinationVoicemailEnabled?: boolean;
  [extra: string]: unknown;
}

export interface RedirectSettings {
  enabled?: boolean;
  destination?: string;
  destinationVoicemailEnabled?: boolean;
  [extra: string]: unknown;
}

export interface HuntGroupCallPolicies {
  policy?: HuntPolicy | string;
  waitingEnabled?: boolean;
  groupBusyEnabled?: boolean;
  allowMembersToControlGroupBusyEnabled?: boolean;
  noAnswer?: NoAnswerSettings;
  busyRedirect?: RedirectSettings;
  businessContinuityRedirect?: RedirectSettings;
  [extra: string]: unknown;
}

export interface HuntGroupAgent {
  id: string;
  firstName?: string;
  lastName?: string;
  /** Not in the schema, present in real payloads. */
  type?: AgentType | string;
  phoneNumber?: string;
  extension?: string;
  routingPrefix?: string;
  esn?: string;
  weight?: string | number;
  [extra: string]: unknown;
}

/** `GET /telephony/config/locations/{locationId}/huntGroups/{huntGroupId}`. */
export interface HuntGroupDetails {
  id: string;
  name: string;
  enabled?: boolean;
  phoneNumber?: string;
  extension?: string;
  distinctiveRing?: boolean;
  alternateNumbers?: AlternateNumber[];
  language?: string;
  languageCode?: string;
  firstName?: string;
  lastName?: string;
  /** Real payloads use these names instead of firstName/lastName. */
  callingFirstName?: string;
  callingLastName?: string;
  timeZone?: string;
  callPolicies?: HuntGroupCallPolicies;
  agents?: HuntGroupAgent[];
  enabledHuntGroupCallerIdForOutgoingCalls?: boolean;
  huntGroupCallerIdForOutgoingCallsEnabled?: boolean;
  [extra: string]: unknown;
}

/** An item of `GET /telephony/config/locations/{locationId}/callPickups` (list key `callPickups`). */
export interface CallPickupListItem {
  id: string;
  name: string;
  locationId?: string;
  locationName?: string;
  [extra: string]: unknown;
}

export interface CallPickupAgentNumber {
  external?: string;
  extension?: string;
  routingPrefix?: string;
  esn?: string;
  /** Real payloads send the string "true"; accept both. */
  primary?: boolean | string;
  [extra: string]: unknown;
}

export interface CallPickupAgent {
  id: string;
  firstName?: string;
  lastName?: string;
  displayName?: string;
  type?: AgentType | string;
  email?: string;
  /** The schema calls the list `phoneNumber`; real payloads call it `numbers`. Accept both. */
  numbers?: CallPickupAgentNumber[];
  phoneNumber?: CallPickupAgentNumber[];
  [extra: string]: unknown;
}

/** `GET /telephony/config/locations/{locationId}/callPickups/{callPickupId}`. */
export interface CallPickupDetails {
  id: string;
  name: string;
  notificationType?: CallPickupNotificationType | string;
  notificationDelayTimerSeconds?: number;
  agents?: CallPickupAgent[];
  [extra: string]: unknown;
}

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
