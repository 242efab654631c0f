// Shapes of the Webex Calling call queue payloads. Written from the public "Read the List of Call
// Queues" and "Get Details for a Call Queue" pages, widened where real payloads carry more (see the
// comments): everything the API might omit is optional, and unknown extra keys are kept.
import type { AgentType } from '../../webex/types';
import type { HuntPolicy, RingPattern } from '../huntGroup/types';

/** An item of `GET /telephony/config/queues` (list key `queues`). */
export interface CallQueueListItem {
  id: string;
  name: string;
  locationId: string;
  locationName: string;
  phoneNumber?: string;
  extension?: string;
  enabled?: boolean;
  /** Not on the reference page; real payloads carry them, as hunt group lists do. */
  routingPrefix?: string;
  esn?: string;
  [extra: string]: unknown;
}

export type CallQueueRoutingType = 'PRIORITY_BASED' | 'SKILL_BASED';
export type OverflowAction = 'PERFORM_BUSY_TREATMENT' | 'PLAY_RINGING_UNTIL_CALLER_HANGS_UP' | 'TRANSFER_TO_PHONE_NUMBER';
export type Greeting = 'CUSTOM' | 'DEFAULT';
export type WaitMode = 'TIME' | 'POSITION';

export interface CallQueueAlternateNumber {
  phoneNumber?: string;
  ringPattern?: RingPattern | string;
  [extra: string]: unknown;
}

export interface CallQueueAlternateNumberSettings {
  distinctiveRingEnabled?: boolean;
  alternateNumbers?: CallQueueAlternateNumber[];
  [extra: string]: unknown;
}

/** What happens when an agent does not answer a queued call. */
export interface CallBounce {
  callBounceEnabled?: boolean;
  callBounceMaxRings?: number;
  agentUnavailableEnabled?: boolean;
  alertAgentEnabled?: boolean;
  alertAgentMaxSeconds?: number;
  callBounceOnHoldEnabled?: boolean;
  callBounceOnHoldMaxSeconds?: number;
  [extra: string]: unknown;
}

export interface CallQueueDistinctiveRing {
  enabled?: boolean;
  ringPattern?: RingPattern | string;
  [extra: string]: unknown;
}

export interface CallQueueCallPolicies {
  routingType?: CallQueueRoutingType | string;
  policy?: HuntPolicy | string;
  callBounce?: CallBounce;
  distinctiveRing?: CallQueueDistinctiveRing;
  [extra: string]: unknown;
}

/** An announcement setting: on or off, the default or custom greeting, and its files. */
export interface AnnouncementSetting {
  enabled?: boolean;
  greeting?: Greeting | string;
  audioFiles?: string[];
  [extra: string]: unknown;
}

export interface OverflowSettings {
  action?: OverflowAction | string;
  sendToVoicemail?: boolean;
  transferNumber?: string;
  /** Not on the reference page; real payloads carry it. */
  isTransferNumberSet?: boolean;
  overflowAfterWaitEnabled?: boolean;
  overflowAfterWaitTime?: number;
  playOverflowGreetingEnabled?: boolean;
  greeting?: Greeting | string;
  audioFiles?: string[];
  [extra: string]: unknown;
}

export interface WelcomeMessageSettings extends AnnouncementSetting {
  alwaysEnabled?: boolean;
}

export interface WaitMessageSettings {
  enabled?: boolean;
  waitMode?: WaitMode | string;
  handlingTime?: number;
  defaultHandlingTime?: number;
  queuePosition?: number;
  highVolumeMessageEnabled?: boolean;
  estimatedWaitingTime?: number;
  callbackOptionEnabled?: boolean;
  minimumEstimatedCallbackTime?: number;
  internationalCallbackEnabled?: boolean;
  /** The reference page types it as a string; the SDKs read a boolean. */
  playUpdatedEstimatedWaitMessage?: string | boolean;
  [extra: string]: unknown;
}

export interface ComfortMessageSettings extends AnnouncementSetting {
  timeBetweenMessages?: number;
}

export interface ComfortMessageBypassSettings extends AnnouncementSetting {
  callWaitingAgeThreshold?: number;
}

export interface MohMessageSettings {
  normalSource?: AnnouncementSetting;
  alternateSource?: AnnouncementSetting;
  [extra: string]: unknown;
}

export interface CallQueueSettings {
  queueSize?: number;
  callOfferToneEnabled?: boolean;
  resetCallStatisticsEnabled?: boolean;
  overflow?: OverflowSettings;
  welcomeMessage?: WelcomeMessageSettings;
  waitMessage?: WaitMessageSettings;
  comfortMessage?: ComfortMessageSettings;
  comfortMessageBypass?: ComfortMessageBypassSettings;
  mohMessage?: MohMessageSettings;
  whisperMessage?: AnnouncementSetting;
  [extra: string]: unknown;
}

export interface CallQueueAgent {
  id: string;
  type?: AgentType | string;
  firstName?: string;
  lastName?: string;
  /** Not on the reference page; read when first and last name are missing. */
  displayName?: string;
  phoneNumber?: string;
  extension?: string;
  /** Not on the reference page; real payloads carry them, as hunt group agents do. */
  routingPrefix?: string;
  esn?: string;
  /** A percentage; documented as a string, sent as a number too. */
  weight?: string | number;
  skillLevel?: number;
  joinEnabled?: boolean;
  [extra: string]: unknown;
}

/** `GET /telephony/config/locations/{locationId}/queues/{queueId}`. */
export interface CallQueueDetails {
  id: string;
  name: string;
  enabled?: boolean;
  language?: string;
  languageCode?: string;
  firstName?: string;
  lastName?: string;
  timeZone?: string;
  phoneNumber?: string;
  extension?: string;
  phoneNumberForOutgoingCallsEnabled?: boolean;
  alternateNumberSettings?: CallQueueAlternateNumberSettings;
  callPolicies?: CallQueueCallPolicies;
  queueSettings?: CallQueueSettings;
  allowCallWaitingForAgentsEnabled?: boolean;
  agents?: CallQueueAgent[];
  allowAgentJoinEnabled?: boolean;
  [extra: string]: unknown;
}
