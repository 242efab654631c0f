// Shapes of the Webex payloads the call-flow tracer reads: the org's phone numbers with their owners,
// and the call forwarding of features, people and workspaces. Written from the public "Get Phone
// Numbers for an Organization with Given Criterias", "Get Call Forwarding Settings for a Hunt Group /
// Call Queue / Auto Attendant", "Read Forwarding Settings for a Person" and "Retrieve Call Forwarding
// Settings for a Workspace" pages. Everything the API might omit is optional, and unknown extra keys
// are kept.

/** Who owns a number: PEOPLE, PLACE, VIRTUAL_LINE, HUNT_GROUP, CALL_QUEUE, AUTO_ATTENDANT, VOICEMAIL_GROUP, GROUP_PAGING… */
export interface NumberOwner {
  id?: string;
  type?: string;
  firstName?: string;
  lastName?: string;
  /** Not on the reference page; some payloads carry it. */
  displayName?: string;
  [extra: string]: unknown;
}

/** An item of `GET /telephony/config/numbers` (list key `phoneNumbers`). */
export interface NumberEntry {
  /** E.164; absent for an extension without a number. */
  phoneNumber?: string;
  extension?: string;
  /** Not on the reference page; the current API sends it (routing prefix + extension). */
  esn?: string;
  state?: string;
  phoneNumberType?: string;
  mainNumber?: boolean;
  tollFreeNumber?: boolean;
  location?: { id?: string; name?: string; [extra: string]: unknown };
  /** Absent when the number is not assigned to anything. */
  owner?: NumberOwner;
  [extra: string]: unknown;
}

/** The `/telephony/config/numbers` filters this extension sends. */
export interface NumberFilter {
  phoneNumber?: string;
  extension?: string;
  ownerType?: string;
  ownerId?: string;
  locationId?: string;
}

/** One forwarding setting: on or off and where to. */
export interface ForwardSetting {
  enabled?: boolean;
  destination?: string;
  ringReminderEnabled?: boolean;
  /** Send to the destination's voicemail (hunt groups, call queues, people, workspaces). */
  destinationVoicemailEnabled?: boolean;
  /** The same, as the auto attendant page names it. */
  sendToVoicemailEnabled?: boolean;
  [extra: string]: unknown;
}

export interface NoAnswerForwardSetting extends ForwardSetting {
  numberOfRings?: number;
  systemMaxNumberOfRings?: number;
}

/** An entry of a feature's selective forwarding rules (the list carries no schedule; the rule's own page does). */
export interface ForwardingRule {
  id?: string;
  name?: string;
  /** The hunt group and call queue pages spell it `callFrom`, the auto attendant page `callsFrom`. */
  callFrom?: string;
  callsFrom?: string;
  callsTo?: string;
  /** The number a matched call goes to ("Forward To" rules); else the selective destination. */
  forwardTo?: string;
  enabled?: boolean;
  /** Not in the list on the reference page; read when present (the rule's own page names them). */
  businessSchedule?: string;
  holidaySchedule?: string;
  [extra: string]: unknown;
}

/** `GET /telephony/config/locations/{loc}/{huntGroups|queues|autoAttendants}/{id}/callForwarding`. */
export interface FeatureForwarding {
  callForwarding?: {
    always?: ForwardSetting;
    selective?: ForwardSetting;
    rules?: ForwardingRule[];
    [extra: string]: unknown;
  };
  [extra: string]: unknown;
}

/**
 * `GET /people/{id}/features/callForwarding` and `GET /workspaces/{id}/features/callForwarding`.
 * The workspace page lists busy and no answer only; real payloads carry always and business
 * continuity too, so every part is optional.
 */
export interface MemberForwarding {
  callForwarding?: {
    always?: ForwardSetting;
    busy?: ForwardSetting;
    noAnswer?: NoAnswerForwardSetting;
    /** Some payloads put it here rather than beside callForwarding. */
    businessContinuity?: ForwardSetting;
    [extra: string]: unknown;
  };
  businessContinuity?: ForwardSetting;
  [extra: string]: unknown;
}

/** Who a member forwarding read is for: a person (PEOPLE) or a workspace (PLACE). */
export type ForwardingOwnerType = 'PEOPLE' | 'PLACE';
