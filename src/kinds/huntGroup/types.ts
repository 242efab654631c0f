// Shapes of hunt group payloads, written from the public "Get Details" page and OpenAPI spec and
// widened where real payloads differ (see the comments): everything the API might omit is optional,
// and unknown extra keys are kept.
import type { AgentType } from '../../webex/types';

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
