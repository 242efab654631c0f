// The building blocks of the sample orgs: a seeded PRNG, members (people, workspaces, virtual
// lines), and hunt groups, call pickups and locations built from compact plans. Everything is
// deterministic (never Math.random), so two generations are equal and tests can assert exact values.

import type { CallPickupAgent, CallPickupDetails, CallPickupNotificationType } from '../kinds/callPickup/types';
import type { HuntGroupAgent, HuntGroupCallPolicies, HuntGroupDetails, HuntPolicy, NoAnswerSettings, RedirectSettings, RingPattern } from '../kinds/huntGroup/types';
import type { AgentType, Location, Person } from '../webex/types';
import { callPickupIdForName, uuidLike, webexId } from './ids';


export const HUNT_POLICIES: readonly HuntPolicy[] = ['CIRCULAR', 'REGULAR', 'SIMULTANEOUS', 'UNIFORM', 'WEIGHTED'];
export const RING_PATTERNS: readonly RingPattern[] = ['NORMAL', 'LONG_LONG', 'SHORT_SHORT_LONG', 'SHORT_LONG_SHORT'];
export const AGENT_TYPES: readonly AgentType[] = ['PEOPLE', 'PLACE', 'VIRTUAL_LINE'];
export const NOTIFICATION_TYPES: readonly CallPickupNotificationType[] = ['NONE', 'AUDIO_ONLY', 'VISUAL_ONLY', 'AUDIO_AND_VISUAL'];

/** Webex caps alternate numbers at ten per hunt group. */
export const MAX_ALTERNATE_NUMBERS = 10;
/** The system-wide ring maximum real payloads report. */
const SYSTEM_MAX_RINGS = 20;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: tiny, fast, and good enough to make sample data look varied. */
export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** An integer in [0, bound). */
  int(bound: number): number {
    return this.nextUint32() % bound;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(probability: number): boolean {
    return this.nextUint32() / 0x100000000 < probability;
  }
  uuid(): string {
    return uuidLike(() => this.nextUint32());
  }
}

// ---------------------------------------------------------------------------------------------
// Members: the people, workspaces and virtual lines that hunt groups and call pickups list

export interface Member {
  type: AgentType;
  id: string;
  firstName: string;
  lastName: string;
  displayName: string;
  email: string;
  phoneNumber?: string;
  extension: string;
  routingPrefix: string;
}

const ID_TYPE_OF_AGENT: Record<AgentType, 'PEOPLE' | 'PLACE' | 'VIRTUAL_LINE'> = {
  PEOPLE: 'PEOPLE',
  PLACE: 'PLACE',
  VIRTUAL_LINE: 'VIRTUAL_LINE',
};

export function emailLocalPart(firstName: string, lastName: string): string {
  const ascii = `${firstName}.${lastName}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '');
  // Names without Latin letters (e.g. Japanese) fall back to a stable code from their characters.
  return /[a-z]/.test(ascii) ? ascii : `user.${[...firstName, ...lastName].map((c) => c.codePointAt(0)!.toString(36)).join('')}`;
}

export function hgAgentOf(member: Member): HuntGroupAgent {
  const agent: HuntGroupAgent = { id: member.id, firstName: member.firstName, lastName: member.lastName, type: member.type };
  if (member.phoneNumber !== undefined) agent.phoneNumber = member.phoneNumber;
  agent.extension = member.extension;
  agent.routingPrefix = member.routingPrefix;
  agent.esn = member.routingPrefix + member.extension;
  return agent;
}

/** How a call pickup lists an agent's numbers: real payloads say `numbers`, the schema says `phoneNumber`. */
export type PickupNumbersStyle = 'numbers' | 'phoneNumber';

export function pickupAgentOf(member: Member, style: PickupNumbersStyle): CallPickupAgent {
  const agent: CallPickupAgent = {
    id: member.id,
    firstName: member.firstName,
    lastName: member.lastName,
    displayName: member.displayName,
    type: member.type,
    email: member.email,
  };
  if (style === 'numbers') {
    const entry = member.phoneNumber !== undefined
      ? { external: member.phoneNumber, extension: member.extension, primary: 'true' }
      : { extension: member.extension, primary: 'true' };
    agent.numbers = [entry];
  } else {
    const entry = member.phoneNumber !== undefined
      ? { external: member.phoneNumber, extension: member.extension, primary: true }
      : { extension: member.extension, primary: true };
    agent.phoneNumber = [entry];
  }
  return agent;
}

// ---------------------------------------------------------------------------------------------
// Building hunt groups and call pickups from compact plans

/**
 * Real payloads name a few fields differently from the schema (`callingFirstName`,
 * `systemMaxNumberOfRing`); the schema's names (plus `directLineCallerIdName`, `dialByName`) appear
 * on the "schema" hunt groups, so both spellings occur in the sample org.
 */
export type FieldStyle = 'real' | 'schema';

export interface HuntGroupPlan {
  name: string;
  policy: HuntPolicy;
  extension?: string;
  phoneNumber?: string;
  enabled?: boolean;
  agents: Member[];
  /** Per agent, in order; only sent for WEIGHTED (sum 100). */
  weights?: number[];
  distinctiveRing?: boolean;
  alternateNumbers?: Array<{ phoneNumber: string; ringPattern?: RingPattern }>;
  language: string;
  languageCode: string;
  timeZone: string;
  style?: FieldStyle;
  waitingEnabled?: boolean;
  groupBusyEnabled?: boolean;
  allowMembersToControlGroupBusyEnabled?: boolean;
  noAnswer?: Partial<NoAnswerSettings>;
  busyRedirect?: RedirectSettings;
  businessContinuityRedirect?: RedirectSettings;
  callerIdForOutgoingCalls?: boolean;
  directLineCallerIdName?: { selection: 'CUSTOM_NAME' | 'DISPLAY_NAME'; customName?: string };
  dialByName?: string;
}

export function buildHuntGroup(id: string, plan: HuntGroupPlan): HuntGroupDetails {
  const style = plan.style ?? 'real';
  const details: HuntGroupDetails = { id, name: plan.name, enabled: plan.enabled ?? true };
  if (plan.phoneNumber !== undefined) details.phoneNumber = plan.phoneNumber;
  if (plan.extension !== undefined) details.extension = plan.extension;
  details.distinctiveRing = plan.distinctiveRing ?? false;
  details.alternateNumbers = (plan.alternateNumbers ?? []).map((alt) => ({ ...alt }));
  details.language = plan.language;
  details.languageCode = plan.languageCode;
  // Webex defaults the caller ID first name to "." and the last name to the number or the name.
  const lastName = plan.phoneNumber ?? plan.name;
  if (style === 'real') {
    details.callingFirstName = '.';
    details.callingLastName = lastName;
  } else {
    details.firstName = '.';
    details.lastName = lastName;
  }
  details.timeZone = plan.timeZone;

  const noAnswer: NoAnswerSettings = {
    nextAgentEnabled: plan.noAnswer?.nextAgentEnabled ?? false,
    nextAgentRings: plan.noAnswer?.nextAgentRings ?? 5,
    forwardEnabled: plan.noAnswer?.forwardEnabled ?? false,
  };
  if (plan.noAnswer?.destination !== undefined) noAnswer.destination = plan.noAnswer.destination;
  noAnswer.numberOfRings = plan.noAnswer?.numberOfRings ?? (noAnswer.forwardEnabled ? 15 : 0);
  if (style === 'real') noAnswer.systemMaxNumberOfRing = SYSTEM_MAX_RINGS;
  else noAnswer.systemMaxNumberOfRings = SYSTEM_MAX_RINGS;
  noAnswer.destinationVoicemailEnabled = plan.noAnswer?.destinationVoicemailEnabled ?? false;

  const callPolicies: HuntGroupCallPolicies = {
    policy: plan.policy,
    waitingEnabled: plan.waitingEnabled ?? false,
    groupBusyEnabled: plan.groupBusyEnabled ?? false,
    allowMembersToControlGroupBusyEnabled: plan.allowMembersToControlGroupBusyEnabled ?? false,
    noAnswer,
    busyRedirect: plan.busyRedirect ?? { enabled: false, destinationVoicemailEnabled: false },
    businessContinuityRedirect: plan.businessContinuityRedirect ?? { enabled: false, destinationVoicemailEnabled: false },
  };
  details.callPolicies = callPolicies;
  details.agents = plan.agents.map((member, index) => {
    const agent = hgAgentOf(member);
    if (plan.policy === 'WEIGHTED' && plan.weights) agent.weight = String(plan.weights[index]);
    return agent;
  });
  details.huntGroupCallerIdForOutgoingCallsEnabled = plan.callerIdForOutgoingCalls ?? false;
  if (plan.directLineCallerIdName) details.directLineCallerIdName = { ...plan.directLineCallerIdName };
  if (plan.dialByName !== undefined) details.dialByName = plan.dialByName;
  return details;
}

export interface CallPickupPlan {
  name: string;
  /** Omitted on the seed-like pickups, as the public example omits it. */
  notificationType?: CallPickupNotificationType;
  notificationDelayTimerSeconds?: number;
  agents: Member[];
  numbersStyle?: PickupNumbersStyle;
  /** Webex derives the ID from the name; a few fixed IDs come from the public examples. */
  id?: string;
}

export function buildCallPickup(plan: CallPickupPlan): CallPickupDetails {
  const details: CallPickupDetails = { id: plan.id ?? callPickupIdForName(plan.name), name: plan.name };
  if (plan.notificationType !== undefined) {
    details.notificationType = plan.notificationType;
    details.notificationDelayTimerSeconds = plan.notificationDelayTimerSeconds ?? 6;
  }
  details.agents = plan.agents.map((member) => pickupAgentOf(member, plan.numbersStyle ?? 'numbers'));
  return details;
}

// ---------------------------------------------------------------------------------------------
// Locations

export interface LocationPlan {
  name: string;
  timeZone: string;
  preferredLanguage: string;
  announcementLanguage: string;
  routingPrefix: string;
  mainNumber: string;
  address: { address1: string; address2?: string; city: string; state: string; postalCode: string; country: string };
  latitude: string;
  longitude: string;
}

export function buildLocation(id: string, orgId: string, plan: LocationPlan): Location {
  return {
    id,
    name: plan.name,
    orgId,
    routingPrefix: plan.routingPrefix,
    callingLineId: { name: plan.name, phoneNumber: plan.mainNumber },
    timeZone: plan.timeZone,
    preferredLanguage: plan.preferredLanguage,
    announcementLanguage: plan.announcementLanguage,
    address: { ...plan.address },
    latitude: plan.latitude,
    longitude: plan.longitude,
    notes: `${plan.address.address1}, ${plan.address.city}`,
    e911SetupRequired: false,
  };
}


// ---------------------------------------------------------------------------------------------
// Helpers of the org generators

/** Creates members for one location with IDs from the PRNG and numbers from the location's block. */
export class MemberFactory {
  private nextExtension: number;
  constructor(
    private readonly prng: Prng,
    private readonly routingPrefix: string,
    private readonly numberPrefix: string,
    firstExtension: number,
    private readonly mailDomain: string,
    /** How many trailing extension digits complete a phone number after numberPrefix. */
    private readonly subscriberDigits = 4,
  ) {
    this.nextExtension = firstExtension;
  }
  create(type: AgentType, firstName: string, lastName: string, options: { withNumber?: boolean; displayName?: string } = {}): Member {
    const extension = String(this.nextExtension++);
    const member: Member = {
      type,
      id: webexId(ID_TYPE_OF_AGENT[type], this.prng.uuid()),
      firstName,
      lastName,
      displayName: options.displayName ?? `${firstName} ${lastName}`,
      email: `${emailLocalPart(firstName, lastName)}@${this.mailDomain}`,
      extension,
      routingPrefix: this.routingPrefix,
    };
    if (options.withNumber ?? true) member.phoneNumber = `${this.numberPrefix}${extension.slice(-this.subscriberDigits).padStart(this.subscriberDigits, '0')}`;
    return member;
  }
}

export function alternates(numberPrefix: string, first: number, patterns: RingPattern[]): Array<{ phoneNumber: string; ringPattern: RingPattern }> {
  return patterns.map((ringPattern, i) => ({ phoneNumber: `${numberPrefix}${String(first + i).padStart(4, '0')}`, ringPattern }));
}

export function adminPerson(prng: Prng, orgId: string, firstName: string, lastName: string, mailDomain: string): Person {
  return {
    id: webexId('PEOPLE', prng.uuid()),
    emails: [`${emailLocalPart(firstName, lastName)}@${mailDomain}`],
    phoneNumbers: [{ type: 'work', value: '+14085550100', primary: true }],
    displayName: `${firstName} ${lastName}`,
    nickName: firstName,
    firstName,
    lastName,
    orgId,
    created: '2019-03-14T17:05:42.000Z',
    lastModified: '2024-11-02T09:12:00.000Z',
    status: 'active',
    type: 'person',
  };
}

/** Integer weights, as strings in payloads, that add up to exactly 100. */
export function weightsSummingTo100(count: number): number[] {
  if (count === 0) return [];
  const base = Math.floor(100 / count);
  return Array.from({ length: count }, (_, i) => (i === 0 ? 100 - base * (count - 1) : base));
}
