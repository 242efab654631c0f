// Shapes of call pickup payloads, written from the public "Get Details" page and OpenAPI spec and
// widened where real payloads differ (see the comments).
import type { AgentType } from '../../webex/types';

export type CallPickupNotificationType = 'NONE' | 'AUDIO_ONLY' | 'VISUAL_ONLY' | 'AUDIO_AND_VISUAL';

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
