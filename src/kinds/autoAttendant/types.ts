// Shapes of the auto attendant payloads, written from the public "Read the List of Auto Attendants"
// and "Get Details for an Auto Attendant" pages. Everything but the identity is optional (the API
// may omit any of it), and unknown extra keys are kept by the callers.

/** An item of `GET /telephony/config/autoAttendants` (list key `autoAttendants`). */
export interface AutoAttendantListItem {
  id: string;
  name: string;
  locationId?: string;
  locationName?: string;
  /** Either phoneNumber or extension is set. */
  phoneNumber?: string;
  extension?: string;
  /** Not on the reference page; the current API sends them. */
  routingPrefix?: string;
  esn?: string;
  tollFreeNumber?: boolean;
  [extra: string]: unknown;
}

export type AutoAttendantRingPattern = 'NORMAL' | 'LONG_LONG' | 'SHORT_SHORT_LONG' | 'SHORT_LONG_SHORT';
/** Whether callers dialing by extension or name reach the whole organization or only this location. */
export type DialingScope = 'ENTERPRISE' | 'GROUP';
export type Greeting = 'DEFAULT' | 'CUSTOM';
export type AnnouncementMediaType = 'WMA' | 'WAV' | '3GP';
/**
 * The reference page lists `digit_0`…`digit_9` and `hash`; payloads send the key itself, "0"…"9",
 * "*" and "#". Both are read.
 */
export type MenuKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '*' | '#';
export type MenuAction =
  | 'TRANSFER_WITHOUT_PROMPT'
  | 'TRANSFER_WITH_PROMPT'
  | 'TRANSFER_TO_OPERATOR'
  | 'NAME_DIALING'
  | 'EXTENSION_DIALING'
  | 'REPEAT_MENU'
  | 'EXIT'
  | 'TRANSFER_TO_MAILBOX'
  | 'RETURN_TO_PREVIOUS_MENU'
  | 'PLAY_ANNOUNCEMENT';

export interface AutoAttendantAlternateNumber {
  phoneNumber?: string;
  tollFreeNumber?: boolean;
  ringPattern?: AutoAttendantRingPattern | string;
  [extra: string]: unknown;
}

export interface AnnouncementAudioFile {
  name?: string;
  mediaType?: AnnouncementMediaType | string;
  [extra: string]: unknown;
}

/** One key of a menu: what pressing it does, and (for transfers) where the call goes. */
export interface KeyConfiguration {
  key?: MenuKey | string;
  action?: MenuAction | string;
  /** The admin's words for the key, e.g. "Sales". */
  description?: string;
  /** Depends on the action: the number or extension a transfer goes to. */
  value?: string;
  [extra: string]: unknown;
}

export interface HoursMenu {
  greeting?: Greeting | string;
  /** Whether callers may dial an extension at any time during the menu. */
  extensionEnabled?: boolean;
  audioFile?: AnnouncementAudioFile;
  keyConfigurations?: KeyConfiguration[];
  [extra: string]: unknown;
}

/** `GET /telephony/config/locations/{locationId}/autoAttendants/{autoAttendantId}`. */
export interface AutoAttendantDetails {
  id: string;
  name: string;
  enabled?: boolean;
  phoneNumber?: string;
  extension?: string;
  /** Not on the reference page; the current API sends them. */
  routingPrefix?: string;
  esn?: string;
  tollFreeNumber?: boolean;
  firstName?: string;
  lastName?: string;
  alternateNumbers?: AutoAttendantAlternateNumber[];
  language?: string;
  languageCode?: string;
  /** Name of the business hours schedule. */
  businessSchedule?: string;
  /** Name of the holiday schedule. */
  holidaySchedule?: string;
  /** ENTERPRISE when not set. */
  extensionDialing?: DialingScope | string;
  /** ENTERPRISE when not set. */
  nameDialing?: DialingScope | string;
  timeZone?: string;
  businessHoursMenu?: HoursMenu;
  afterHoursMenu?: HoursMenu;
  [extra: string]: unknown;
}
