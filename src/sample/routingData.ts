// Where calls go in the sample orgs, beyond the item details: the people, workspaces and virtual
// lines of a location, the numbers owned by other things (voicemail groups, paging groups, the
// voice portal…) or by nothing, and call forwarding. The data holds compact plans; the payloads
// are shaped here as "Get Call Forwarding Settings for a Hunt Group / Call Queue / Auto Attendant",
// "Read Forwarding Settings for a Person", "Retrieve Call Forwarding Settings for a Workspace",
// "Read the List of Schedules" and "Get Details for a Schedule" document them.

import type { Kind } from '../kinds/kind';
import type { Location } from '../webex/types';
import type { Member } from './builders';
import { nameDerivedId } from './ids';

/** One forwarding setting that is on: where to (absent: enabled with no destination), and how. */
export interface ForwardPlan {
  destination?: string;
  /** Send to the destination's voicemail. */
  voicemail?: boolean;
  /** No answer only: rings before forwarding (default 3). */
  rings?: number;
}

/** A person's or workspace's forwarding; a setting left out is off. */
export interface MemberForwardingPlan {
  always?: ForwardPlan;
  busy?: ForwardPlan;
  noAnswer?: ForwardPlan;
  businessContinuity?: ForwardPlan;
}

/** A selective forwarding rule: which calls it matches, where they go, and the schedules it runs on. */
export interface SelectiveRulePlan {
  name: string;
  callsFrom: string;
  callsTo: string;
  /** Omitted: the selective setting's destination. */
  forwardTo?: string;
  enabled: boolean;
  businessSchedule?: string;
  holidaySchedule?: string;
}

/** A hunt group's, call queue's or auto attendant's own call forwarding; a setting left out is off. */
export interface FeatureForwardingPlan {
  always?: ForwardPlan;
  selective?: ForwardPlan;
  rules?: SelectiveRulePlan[];
}

/** A person, workspace or virtual line of a location: a member, maybe with forwarding of its own. */
export interface SampleMember extends Member {
  forwarding?: MemberForwardingPlan;
  /**
   * False keeps it out of `/telephony/config/numbers`: the public hunt group example gives its
   * workspace John Doe's extension and Alice's number, and a number has one owner.
   */
  listed?: boolean;
}

/** Number owners that are neither items of a kind nor members. */
export type OtherOwnerType = 'VOICEMAIL_GROUP' | 'GROUP_PAGING' | 'VOICE_MESSAGING' | 'CONTACT_CENTER_LINK' | 'ROUTE_LIST' | 'BROADWORKS_ANYWHERE';

/** A number or extension of a location owned by something else, or (no owner) by nothing. */
export interface SampleNumber {
  phoneNumber?: string;
  extension?: string;
  owner?: { id: string; type: OtherOwnerType; name: string };
  /** Default ACTIVE. */
  state?: 'ACTIVE' | 'INACTIVE';
  tollFreeNumber?: boolean;
}

/** The kinds with call forwarding of their own. */
export type ForwardingKind = Exclude<Kind, 'callPickup'>;

const SYSTEM_MAX_RINGS = 20;
const DEFAULT_NO_ANSWER_RINGS = 3;

function withDestination<T extends Record<string, unknown>>(setting: T, plan: ForwardPlan | undefined): T {
  return plan?.destination !== undefined ? { ...setting, destination: plan.destination } : setting;
}

/** `GET /people/{id}/features/callForwarding`; workspaces answer the same shape. */
export function memberForwardingPayload(plan: MemberForwardingPlan = {}): Record<string, unknown> {
  const setting = (part: ForwardPlan | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> =>
    withDestination({ enabled: part !== undefined, ...extra, destinationVoicemailEnabled: part?.voicemail ?? false }, part);
  return {
    callForwarding: {
      always: setting(plan.always, { ringReminderEnabled: false }),
      busy: setting(plan.busy),
      noAnswer: setting(plan.noAnswer, { numberOfRings: plan.noAnswer?.rings ?? DEFAULT_NO_ANSWER_RINGS, systemMaxNumberOfRings: SYSTEM_MAX_RINGS }),
    },
    businessContinuity: setting(plan.businessContinuity),
  };
}

/**
 * `GET …/{huntGroups|queues|autoAttendants}/{id}/callForwarding`. The auto attendant page spells
 * two fields its own way: `sendToVoicemailEnabled` and the rules' `callsFrom`.
 */
export function featureForwardingPayload(kind: ForwardingKind, plan: FeatureForwardingPlan = {}): Record<string, unknown> {
  const autoAttendant = kind === 'autoAttendant';
  const voicemailKey = autoAttendant ? 'sendToVoicemailEnabled' : 'destinationVoicemailEnabled';
  const setting = (part: ForwardPlan | undefined): Record<string, unknown> =>
    withDestination({ enabled: part !== undefined, ringReminderEnabled: false, [voicemailKey]: part?.voicemail ?? false }, part);
  const rules = (plan.rules ?? []).map((rule) => {
    const entry: Record<string, unknown> = { id: nameDerivedId('CALL_FORWARDING_SELECTIVE_RULE', rule.name), name: rule.name, [autoAttendant ? 'callsFrom' : 'callFrom']: rule.callsFrom, callsTo: rule.callsTo };
    if (rule.forwardTo !== undefined) entry.forwardTo = rule.forwardTo;
    entry.enabled = rule.enabled;
    // Not in the list on the reference pages (a rule's own page names them); sent so a rule says when it applies.
    if (rule.businessSchedule !== undefined) entry.businessSchedule = rule.businessSchedule;
    if (rule.holidaySchedule !== undefined) entry.holidaySchedule = rule.holidaySchedule;
    return entry;
  });
  return { callForwarding: { always: setting(plan.always), selective: setting(plan.selective), rules } };
}

// ---------------------------------------------------------------------------------------------
// Schedules: every schedule an auto attendant or a selective rule of the location names

export type ScheduleType = 'businessHours' | 'holidays';

export interface SampleSchedule {
  id: string;
  name: string;
  type: ScheduleType;
}

/** The schedules a location's auto attendants and selective rules name, each once, in order of appearance. */
export function schedulesOf(where: {
  autoAttendants: ReadonlyArray<{ businessSchedule?: string; holidaySchedule?: string }>;
  forwarding?: Readonly<Record<string, FeatureForwardingPlan>>;
}): SampleSchedule[] {
  const named: Array<[ScheduleType, string | undefined]> = [];
  for (const autoAttendant of where.autoAttendants) named.push(['businessHours', autoAttendant.businessSchedule], ['holidays', autoAttendant.holidaySchedule]);
  for (const plan of Object.values(where.forwarding ?? {})) {
    for (const rule of plan.rules ?? []) named.push(['businessHours', rule.businessSchedule], ['holidays', rule.holidaySchedule]);
  }
  const schedules = new Map<string, SampleSchedule>();
  for (const [type, name] of named) {
    if (typeof name !== 'string' || schedules.has(`${type}\n${name}`)) continue;
    schedules.set(`${type}\n${name}`, { id: nameDerivedId('SCHEDULE', name), name, type });
  }
  return [...schedules.values()];
}

/** `ListScheduleObject`. */
export function scheduleListItemOf(location: Location, schedule: SampleSchedule): Record<string, unknown> {
  return { id: schedule.id, name: schedule.name, type: schedule.type, locationName: location.name, locationId: location.id };
}

const WEEKDAYS = { sunday: false, monday: true, tuesday: true, wednesday: true, thursday: true, friday: true, saturday: false };

/**
 * "Get Details for a Schedule": business hours are weekdays 09:00–17:00, recurring weekly;
 * holidays are New Year's Day (yearly by date) and Thanksgiving (yearly by day), all day.
 */
export function scheduleDetailsOf(schedule: SampleSchedule): Record<string, unknown> {
  const eventId = (name: string): string => nameDerivedId('SCHEDULE', `${schedule.name}/${name}`);
  const events = schedule.type === 'businessHours'
    ? [{
        id: eventId('Weekdays'), name: 'Weekdays', startDate: '2024-01-01', endDate: '2024-01-01', startTime: '09:00', endTime: '17:00',
        allDayEnabled: false, recurrence: { recurForEver: true, recurWeekly: { ...WEEKDAYS } },
      }]
    : [
        {
          id: eventId("New Year's Day"), name: "New Year's Day", startDate: '2025-01-01', endDate: '2025-01-01', allDayEnabled: true,
          recurrence: { recurForEver: true, recurYearlyByDate: { dayOfMonth: 1, month: 'JANUARY' } },
        },
        {
          id: eventId('Thanksgiving'), name: 'Thanksgiving', startDate: '2025-11-27', endDate: '2025-11-27', allDayEnabled: true,
          recurrence: { recurForEver: true, recurEndDate: '2030-12-31', recurYearlyByDay: { day: 'THURSDAY', week: 'FOURTH', month: 'NOVEMBER' } },
        },
      ];
  return { id: schedule.id, name: schedule.name, type: schedule.type, events };
}
