// Call queues and auto attendants of the sample org, built from compact plans into full details
// payloads with every field "Get Details for a Call Queue" and "Get Details for an Auto Attendant"
// document, as Webex sends them (every field, defaults included).

import type { AnnouncementMediaType, AutoAttendantAlternateNumber, AutoAttendantDetails, DialingScope, HoursMenu, KeyConfiguration, MenuAction } from '../kinds/autoAttendant/types';
import type { CallQueueAgent, CallQueueDetails, CallQueueRoutingType, OverflowAction, WaitMode } from '../kinds/callQueue/types';
import type { HuntPolicy, RingPattern } from '../kinds/huntGroup/types';
import type { Member } from './builders';

export const ROUTING_TYPES: readonly CallQueueRoutingType[] = ['PRIORITY_BASED', 'SKILL_BASED'];
export const OVERFLOW_ACTIONS: readonly OverflowAction[] = ['PERFORM_BUSY_TREATMENT', 'PLAY_RINGING_UNTIL_CALLER_HANGS_UP', 'TRANSFER_TO_PHONE_NUMBER'];

export interface CallQueuePlan {
  name: string;
  extension?: string;
  phoneNumber?: string;
  enabled?: boolean;
  language: string;
  languageCode: string;
  timeZone: string;
  routingType?: CallQueueRoutingType;
  policy: HuntPolicy;
  agents: Member[];
  /** Per agent, in order; sent for WEIGHTED (sum 100). */
  weights?: number[];
  /** Per agent, in order; sent for SKILL_BASED routing (1 is the most skilled). */
  skillLevels?: number[];
  /** Agents who have left the queue for now (joinEnabled false), by index. */
  unjoined?: number[];
  alternateNumbers?: Array<{ phoneNumber: string; ringPattern: RingPattern }>;
  /** The queue's own ring pattern; omitted, distinctive ring is off. */
  ringPattern?: RingPattern;
  queueSize: number;
  overflow: { action: OverflowAction; transferNumber?: string; sendToVoicemail?: boolean; afterWaitSeconds?: number; greeting?: 'CUSTOM' };
  /** Custom announcement files; the queue's announcements use DEFAULT greetings when omitted. */
  announcementFiles?: string[];
  waitMode?: WaitMode;
  callBounceRings?: number;
  phoneNumberForOutgoingCalls?: boolean;
}

function queueAgentOf(member: Member, plan: CallQueuePlan, index: number): CallQueueAgent {
  const agent: CallQueueAgent = { id: member.id, type: member.type, firstName: member.firstName, lastName: member.lastName };
  if (member.phoneNumber !== undefined) agent.phoneNumber = member.phoneNumber;
  agent.extension = member.extension;
  if (plan.policy === 'WEIGHTED' && plan.weights) agent.weight = String(plan.weights[index]);
  if (plan.routingType === 'SKILL_BASED' && plan.skillLevels) agent.skillLevel = plan.skillLevels[index];
  agent.joinEnabled = !(plan.unjoined ?? []).includes(index);
  return agent;
}

/** One announcement: custom files when the plan has them, else the default greeting. */
function announcement(enabled: boolean, files: string[] | undefined): { enabled: boolean; greeting: 'CUSTOM' | 'DEFAULT'; audioFiles: string[] } {
  return { enabled, greeting: files ? 'CUSTOM' : 'DEFAULT', audioFiles: files ? [...files] : [] };
}

export function buildCallQueue(id: string, plan: CallQueuePlan): CallQueueDetails {
  const files = plan.announcementFiles;
  const overflow = plan.overflow;
  const details: CallQueueDetails = { id, name: plan.name, enabled: plan.enabled ?? true, language: plan.language, languageCode: plan.languageCode };
  // Webex defaults the caller ID first name to "." and the last name to the number or the name.
  details.firstName = '.';
  details.lastName = plan.phoneNumber ?? plan.name;
  details.timeZone = plan.timeZone;
  if (plan.phoneNumber !== undefined) details.phoneNumber = plan.phoneNumber;
  if (plan.extension !== undefined) details.extension = plan.extension;
  details.phoneNumberForOutgoingCallsEnabled = plan.phoneNumberForOutgoingCalls ?? false;
  details.alternateNumberSettings = {
    distinctiveRingEnabled: plan.ringPattern !== undefined,
    alternateNumbers: (plan.alternateNumbers ?? []).map((alternate) => ({ ...alternate })),
  };
  const bounceRings = plan.callBounceRings;
  details.callPolicies = {
    routingType: plan.routingType ?? 'PRIORITY_BASED',
    policy: plan.policy,
    callBounce: {
      callBounceEnabled: bounceRings !== undefined,
      callBounceMaxRings: bounceRings ?? 8,
      agentUnavailableEnabled: bounceRings !== undefined,
      alertAgentEnabled: bounceRings !== undefined,
      alertAgentMaxSeconds: 30,
      callBounceOnHoldEnabled: false,
      callBounceOnHoldMaxSeconds: 60,
    },
    distinctiveRing: plan.ringPattern !== undefined ? { enabled: true, ringPattern: plan.ringPattern } : { enabled: false },
  };
  details.queueSettings = {
    queueSize: plan.queueSize,
    callOfferToneEnabled: true,
    resetCallStatisticsEnabled: false,
    overflow: {
      action: overflow.action,
      sendToVoicemail: overflow.sendToVoicemail ?? false,
      ...(overflow.transferNumber !== undefined ? { transferNumber: overflow.transferNumber } : {}),
      overflowAfterWaitEnabled: overflow.afterWaitSeconds !== undefined,
      overflowAfterWaitTime: overflow.afterWaitSeconds ?? 30,
      playOverflowGreetingEnabled: overflow.greeting === 'CUSTOM',
      greeting: overflow.greeting === 'CUSTOM' && files ? 'CUSTOM' : 'DEFAULT',
      audioFiles: overflow.greeting === 'CUSTOM' && files ? [files[0]] : [],
    },
    welcomeMessage: { ...announcement(true, files), alwaysEnabled: files !== undefined },
    waitMessage: {
      enabled: plan.waitMode !== undefined,
      waitMode: plan.waitMode ?? 'POSITION',
      handlingTime: 20,
      defaultHandlingTime: 5,
      queuePosition: 10,
      highVolumeMessageEnabled: false,
      estimatedWaitingTime: 120,
      callbackOptionEnabled: plan.waitMode === 'TIME',
      minimumEstimatedCallbackTime: 30,
      internationalCallbackEnabled: false,
      playUpdatedEstimatedWaitMessage: plan.waitMode === 'TIME' ? 'true' : 'false',
    },
    comfortMessage: { ...announcement(files !== undefined, files), timeBetweenMessages: 60 },
    comfortMessageBypass: { ...announcement(false, undefined), callWaitingAgeThreshold: 30 },
    mohMessage: { normalSource: announcement(true, files ? [files[files.length - 1]] : undefined), alternateSource: announcement(false, undefined) },
    whisperMessage: announcement(files !== undefined, files ? [files[0]] : undefined),
  };
  details.allowCallWaitingForAgentsEnabled = plan.policy !== 'SIMULTANEOUS';
  details.agents = plan.agents.map((member, index) => queueAgentOf(member, plan, index));
  details.allowAgentJoinEnabled = plan.unjoined !== undefined;
  return details;
}

export const MENU_ACTIONS: readonly MenuAction[] = [
  'TRANSFER_WITHOUT_PROMPT', 'TRANSFER_WITH_PROMPT', 'TRANSFER_TO_OPERATOR', 'NAME_DIALING', 'EXTENSION_DIALING',
  'REPEAT_MENU', 'EXIT', 'TRANSFER_TO_MAILBOX', 'RETURN_TO_PREVIOUS_MENU',
];

/** One key of a menu: `[key, action, description, value?]`; the value is where a transfer goes. */
export type KeyPlan = [key: string, action: MenuAction, description: string, value?: string];

export interface MenuPlan {
  keys: KeyPlan[];
  /** A custom greeting's file; omitted, the default greeting. */
  audioFile?: { name: string; mediaType: AnnouncementMediaType };
  extensionEnabled?: boolean;
}

/**
 * Payloads send a menu key as the digit itself ("1", "#"); the reference page lists them as
 * `digit_1` and `hash`. The 'schema' style spells them the page's way, so both occur in the org.
 */
type KeyStyle = 'real' | 'schema';

export interface AutoAttendantPlan {
  name: string;
  extension?: string;
  phoneNumber?: string;
  enabled?: boolean;
  tollFreeNumber?: boolean;
  alternateNumbers?: AutoAttendantAlternateNumber[];
  language: string;
  languageCode: string;
  timeZone: string;
  businessSchedule: string;
  holidaySchedule?: string;
  extensionDialing?: DialingScope;
  nameDialing?: DialingScope;
  businessHours: MenuPlan;
  afterHours: MenuPlan;
  keyStyle?: KeyStyle;
}

function schemaKeyOf(key: string): string {
  return key === '#' ? 'hash' : `digit_${key}`;
}

function menuOf(plan: MenuPlan, style: KeyStyle): HoursMenu {
  const menu: HoursMenu = { greeting: plan.audioFile ? 'CUSTOM' : 'DEFAULT', extensionEnabled: plan.extensionEnabled ?? true };
  if (plan.audioFile) menu.audioFile = { ...plan.audioFile };
  menu.keyConfigurations = plan.keys.map(([key, action, description, value]): KeyConfiguration => {
    const entry: KeyConfiguration = { key: style === 'schema' ? schemaKeyOf(key) : key, action, description };
    if (value !== undefined) entry.value = value;
    return entry;
  });
  return menu;
}

export function buildAutoAttendant(id: string, plan: AutoAttendantPlan): AutoAttendantDetails {
  const details: AutoAttendantDetails = { id, name: plan.name, enabled: plan.enabled ?? true };
  if (plan.phoneNumber !== undefined) details.phoneNumber = plan.phoneNumber;
  if (plan.extension !== undefined) details.extension = plan.extension;
  details.tollFreeNumber = plan.tollFreeNumber ?? false;
  details.firstName = plan.name;
  details.lastName = '.';
  details.alternateNumbers = (plan.alternateNumbers ?? []).map((alternate) => ({ ...alternate }));
  details.language = plan.language;
  details.languageCode = plan.languageCode;
  details.businessSchedule = plan.businessSchedule;
  if (plan.holidaySchedule !== undefined) details.holidaySchedule = plan.holidaySchedule;
  details.extensionDialing = plan.extensionDialing ?? 'ENTERPRISE';
  details.nameDialing = plan.nameDialing ?? 'ENTERPRISE';
  details.timeZone = plan.timeZone;
  details.businessHoursMenu = menuOf(plan.businessHours, plan.keyStyle ?? 'real');
  details.afterHoursMenu = menuOf(plan.afterHours, plan.keyStyle ?? 'real');
  return details;
}
