// The sample organization's data: a hand-shaped default org that shows every documented field and
// every enum value somewhere, a generated org of any size for scale work, and a smaller customer
// org for partner admins. Everything is deterministic (a seeded PRNG, never Math.random), so two
// generations are equal and tests can assert on exact values.

import type {
  AgentType,
  CallPickupAgent,
  CallPickupDetails,
  CallPickupNotificationType,
  HuntGroupAgent,
  HuntGroupCallPolicies,
  HuntGroupDetails,
  HuntPolicy,
  Location,
  NoAnswerSettings,
  Person,
  RedirectSettings,
  RingPattern,
} from '../webex/types';
import type { SampleOrgSize } from './control';
import { callPickupIdForName, uuidLike, webexId } from './ids';
import { SEED_CALL_PICKUP_DETAILS, SEED_HUNT_GROUP_DETAILS, SEED_NORTH_ALASKA_PICKUP_ID } from './seedPayloads';

export interface SampleLocationData {
  location: Location;
  huntGroups: HuntGroupDetails[];
  callPickups: CallPickupDetails[];
}

export interface SampleOrg {
  orgId: string;
  name: string;
  /** ISO date, as `GET /organizations` reports it. */
  created: string;
  /** The signed-in admin (`GET /people/me`); partner admins live in the home org. */
  me: Person;
  locations: SampleLocationData[];
}

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

interface Member {
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

function emailLocalPart(firstName: string, lastName: string): string {
  const ascii = `${firstName}.${lastName}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '');
  // Names without Latin letters (e.g. Japanese) fall back to a stable code from their characters.
  return /[a-z]/.test(ascii) ? ascii : `user.${[...firstName, ...lastName].map((c) => c.codePointAt(0)!.toString(36)).join('')}`;
}

function hgAgentOf(member: Member): HuntGroupAgent {
  const agent: HuntGroupAgent = { id: member.id, firstName: member.firstName, lastName: member.lastName, type: member.type };
  if (member.phoneNumber !== undefined) agent.phoneNumber = member.phoneNumber;
  agent.extension = member.extension;
  agent.routingPrefix = member.routingPrefix;
  agent.esn = member.routingPrefix + member.extension;
  return agent;
}

/** How a call pickup lists an agent's numbers: real payloads say `numbers`, the schema says `phoneNumber`. */
type PickupNumbersStyle = 'numbers' | 'phoneNumber';

function pickupAgentOf(member: Member, style: PickupNumbersStyle): CallPickupAgent {
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
type FieldStyle = 'real' | 'schema';

interface HuntGroupPlan {
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

function buildHuntGroup(id: string, plan: HuntGroupPlan): HuntGroupDetails {
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

interface CallPickupPlan {
  name: string;
  /** Omitted on the seed-like pickups, as the public example omits it. */
  notificationType?: CallPickupNotificationType;
  notificationDelayTimerSeconds?: number;
  agents: Member[];
  numbersStyle?: PickupNumbersStyle;
  /** Webex derives the ID from the name; a few fixed IDs come from the public examples. */
  id?: string;
}

function buildCallPickup(plan: CallPickupPlan): CallPickupDetails {
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

interface LocationPlan {
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

function buildLocation(id: string, orgId: string, plan: LocationPlan): Location {
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
// The default org: hand-shaped so every policy, ring pattern, agent type, notification type and
// documented field shows up, with the two public examples in "Alaska" and one empty location.

const DEFAULT_SEED = 0x5eed;
const DEFAULT_ORG_NAME = 'Acme Sample Co.';
const MAIL_DOMAIN = 'acme-sample.example';

/** Creates members for one location with IDs from the PRNG and numbers from the location's block. */
class MemberFactory {
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

function alternates(numberPrefix: string, first: number, patterns: RingPattern[]): Array<{ phoneNumber: string; ringPattern: RingPattern }> {
  return patterns.map((ringPattern, i) => ({ phoneNumber: `${numberPrefix}${String(first + i).padStart(4, '0')}`, ringPattern }));
}

function generateDefaultOrg(): SampleOrg {
  const prng = new Prng(DEFAULT_SEED);
  const orgId = webexId('ORGANIZATION', prng.uuid());
  const locations: SampleLocationData[] = [];
  const addLocation = (plan: LocationPlan): SampleLocationData => {
    const data: SampleLocationData = { location: buildLocation(webexId('LOCATION', prng.uuid()), orgId, plan), huntGroups: [], callPickups: [] };
    locations.push(data);
    return data;
  };
  const addHuntGroup = (where: SampleLocationData, plan: Omit<HuntGroupPlan, 'language' | 'languageCode' | 'timeZone'> & Partial<HuntGroupPlan>): void => {
    where.huntGroups.push(buildHuntGroup(webexId('HUNT_GROUP', prng.uuid()), {
      language: 'English',
      languageCode: 'en-US',
      timeZone: String(where.location.timeZone),
      ...plan,
    }));
  };

  // San Jose HQ: the busiest site; agents here sit in several hunt groups and call pickups.
  const sanJose = addLocation({
    name: 'San Jose HQ', timeZone: 'America/Los_Angeles', preferredLanguage: 'en_us', announcementLanguage: 'en_us',
    routingPrefix: '8001', mainNumber: '+14085550100',
    address: { address1: '170 West Tasman Drive', address2: 'Building 10', city: 'San Jose', state: 'CA', postalCode: '95134', country: 'US' },
    latitude: '37.408', longitude: '-121.954',
  });
  const sj = new MemberFactory(prng, '8001', '+1408555', 1201, MAIL_DOMAIN);
  const maria = sj.create('PEOPLE', 'Maria', 'Garcia');
  const priya = sj.create('PEOPLE', 'Priya', 'Patel');
  const wei = sj.create('PEOPLE', 'Wei', 'Chen');
  const daniel = sj.create('PEOPLE', 'Daniel', 'Okafor');
  const sofia = sj.create('PEOPLE', 'Sofia', 'Rossi', { withNumber: false });
  const lobby = sj.create('PLACE', 'Lobby', 'Phone');
  const redwood = sj.create('PLACE', 'Redwood', 'Conference Room', { withNumber: false });
  const salesOverflow = sj.create('VIRTUAL_LINE', 'Sales', 'Overflow');

  addHuntGroup(sanJose, {
    name: 'Sales Line', policy: 'CIRCULAR', extension: '5001', phoneNumber: '+14085550101',
    agents: [maria, priya, wei, lobby, salesOverflow],
    distinctiveRing: true, alternateNumbers: alternates('+1408555', 102, ['NORMAL', 'LONG_LONG']),
    noAnswer: { nextAgentEnabled: true, nextAgentRings: 5, forwardEnabled: true, numberOfRings: 15, destination: '+14085550199', destinationVoicemailEnabled: false },
    busyRedirect: { enabled: true, destination: '7037344404', destinationVoicemailEnabled: true },
    callerIdForOutgoingCalls: true,
  });
  addHuntGroup(sanJose, {
    name: 'Support Line', policy: 'REGULAR', extension: '5002', phoneNumber: '+14085550110', style: 'schema',
    agents: [priya, daniel, sofia, maria],
    distinctiveRing: true,
    alternateNumbers: alternates('+1408555', 111, Array.from({ length: MAX_ALTERNATE_NUMBERS }, (_, i) => RING_PATTERNS[i % RING_PATTERNS.length])),
    waitingEnabled: true,
    noAnswer: { nextAgentEnabled: true, nextAgentRings: 3, forwardEnabled: true, numberOfRings: 10, destination: '5099', destinationVoicemailEnabled: true },
    busyRedirect: { enabled: true, destination: '+14085550198', destinationVoicemailEnabled: false },
    businessContinuityRedirect: { enabled: true, destination: '5099', destinationVoicemailEnabled: true },
    directLineCallerIdName: { selection: 'CUSTOM_NAME', customName: 'Acme Support' },
    dialByName: 'Acme Support',
  });
  addHuntGroup(sanJose, {
    name: 'Executive Assistants', policy: 'SIMULTANEOUS', extension: '5003',
    agents: [maria, wei, redwood],
    waitingEnabled: true, groupBusyEnabled: false, allowMembersToControlGroupBusyEnabled: true,
    style: 'schema', directLineCallerIdName: { selection: 'DISPLAY_NAME' }, dialByName: 'Executive Assistants',
  });
  addHuntGroup(sanJose, {
    name: 'After Hours', policy: 'UNIFORM', extension: '5009', phoneNumber: '+14085550190', enabled: false,
    agents: [daniel, sofia],
    groupBusyEnabled: true,
    busyRedirect: { enabled: true, destination: '+14085550100', destinationVoicemailEnabled: false },
  });
  sanJose.callPickups.push(
    buildCallPickup({ name: 'Sales Floor Pickup', notificationType: 'AUDIO_AND_VISUAL', notificationDelayTimerSeconds: 10, agents: [maria, priya, wei] }),
    buildCallPickup({ name: 'Engineering Pickup', notificationType: 'VISUAL_ONLY', notificationDelayTimerSeconds: 6, agents: [daniel, sofia, redwood] }),
  );

  // Austin: WEIGHTED routing, a cross-location virtual line, and a hunt group nobody is in yet.
  const austin = addLocation({
    name: 'Austin', timeZone: 'America/Chicago', preferredLanguage: 'en_us', announcementLanguage: 'en_us',
    routingPrefix: '8002', mainNumber: '+15125550100',
    address: { address1: '3800 North Lamar Boulevard', city: 'Austin', state: 'TX', postalCode: '78756', country: 'US' },
    latitude: '30.311', longitude: '-97.741',
  });
  const au = new MemberFactory(prng, '8002', '+1512555', 1301, MAIL_DOMAIN);
  const james = au.create('PEOPLE', 'James', 'Wilson');
  const ana = au.create('PEOPLE', 'Ana', 'Martínez');
  const tyler = au.create('PEOPLE', 'Tyler', 'Brooks');
  const keisha = au.create('PEOPLE', 'Keisha', 'Johnson');
  const frontDesk = au.create('PLACE', 'Front Desk', 'Austin');
  const dispatchLine = au.create('VIRTUAL_LINE', 'Dispatch', 'Overflow', { withNumber: false });
  addHuntGroup(austin, {
    name: 'Austin Front Desk', policy: 'WEIGHTED', extension: '6001', phoneNumber: '+15125550101',
    agents: [james, ana, frontDesk], weights: [50, 30, 20],
    alternateNumbers: [{ phoneNumber: '+15125550102' }],
    noAnswer: { nextAgentEnabled: true, nextAgentRings: 4 },
  });
  addHuntGroup(austin, {
    name: 'Field Service Dispatch', policy: 'UNIFORM', extension: '6002', phoneNumber: '+15125550110',
    agents: [tyler, keisha, dispatchLine, salesOverflow],
    businessContinuityRedirect: { enabled: true, destination: '+15125550199', destinationVoicemailEnabled: false },
  });
  addHuntGroup(austin, { name: 'New Hires', policy: 'CIRCULAR', extension: '6003', agents: [] });
  austin.callPickups.push(
    buildCallPickup({ name: 'Austin Pickup', notificationType: 'NONE', notificationDelayTimerSeconds: 6, agents: [james, ana, tyler, frontDesk], numbersStyle: 'phoneNumber' }),
  );

  // London and München: other languages, time zones and non-ASCII names.
  const london = addLocation({
    name: 'London', timeZone: 'Europe/London', preferredLanguage: 'en_gb', announcementLanguage: 'en_gb',
    routingPrefix: '8003', mainNumber: '+442079460100',
    address: { address1: '10 Finsbury Square', city: 'London', state: 'England', postalCode: 'EC2A 1AF', country: 'GB' },
    latitude: '51.521', longitude: '-0.087',
  });
  const ld = new MemberFactory(prng, '8003', '+44207946', 1401, MAIL_DOMAIN);
  const oliver = ld.create('PEOPLE', 'Oliver', 'Smith');
  const amelia = ld.create('PEOPLE', 'Amelia', 'Jones');
  const harry = ld.create('PEOPLE', 'Harry', 'Taylor');
  const chloe = ld.create('PEOPLE', 'Chloë', "O'Brien");
  const reception = ld.create('PLACE', 'Reception', 'Ground Floor');
  addHuntGroup(london, {
    name: 'London Reception', policy: 'SIMULTANEOUS', extension: '7001', phoneNumber: '+442079460001',
    languageCode: 'en-GB', agents: [oliver, amelia, reception],
    distinctiveRing: true, alternateNumbers: alternates('+44207946', 2, ['SHORT_LONG_SHORT', 'SHORT_SHORT_LONG']),
  });
  addHuntGroup(london, {
    name: 'EMEA Support', policy: 'WEIGHTED', extension: '7002', phoneNumber: '+442079460010', languageCode: 'en-GB',
    agents: [harry, chloe, amelia, oliver], weights: [40, 30, 20, 10],
    noAnswer: { nextAgentEnabled: true, nextAgentRings: 3, forwardEnabled: true, numberOfRings: 12, destination: '+442079460099', destinationVoicemailEnabled: true },
  });
  london.callPickups.push(
    buildCallPickup({ name: 'London Pickup', notificationType: 'AUDIO_ONLY', notificationDelayTimerSeconds: 20, agents: [oliver, amelia, harry] }),
  );

  const munich = addLocation({
    name: 'München', timeZone: 'Europe/Berlin', preferredLanguage: 'de_de', announcementLanguage: 'de_de',
    routingPrefix: '8004', mainNumber: '+498955550100',
    address: { address1: 'Leopoldstraße 12', city: 'München', state: 'BY', postalCode: '80802', country: 'DE' },
    latitude: '48.159', longitude: '11.585',
  });
  const mu = new MemberFactory(prng, '8004', '+49895555', 1501, MAIL_DOMAIN);
  const lukas = mu.create('PEOPLE', 'Lukas', 'Müller');
  const anna = mu.create('PEOPLE', 'Anna', 'Schröder');
  const juergen = mu.create('PEOPLE', 'Jürgen', 'Weiß');
  const lea = mu.create('PEOPLE', 'Lea', 'Bauer');
  const empfang = mu.create('PLACE', 'Empfang', 'Erdgeschoss');
  addHuntGroup(munich, {
    name: 'Kundendienst München', policy: 'CIRCULAR', extension: '4001', phoneNumber: '+498955550101',
    language: 'German', languageCode: 'de-DE', agents: [lukas, anna, juergen, empfang],
    noAnswer: { nextAgentEnabled: true, nextAgentRings: 4, forwardEnabled: true, numberOfRings: 8, destination: '+498955550199', destinationVoicemailEnabled: true },
  });
  addHuntGroup(munich, {
    name: 'Zentrale', policy: 'REGULAR', extension: '4002', phoneNumber: '+498955550102',
    language: 'German', languageCode: 'de-DE', agents: [lea, anna],
    businessContinuityRedirect: { enabled: true, destination: '+498955550100', destinationVoicemailEnabled: true },
  });
  munich.callPickups.push(
    buildCallPickup({ name: 'Abholgruppe München', notificationType: 'AUDIO_AND_VISUAL', notificationDelayTimerSeconds: 12, agents: [lukas, juergen, lea] }),
  );

  const tokyo = addLocation({
    name: '東京 Tokyo', timeZone: 'Asia/Tokyo', preferredLanguage: 'ja_jp', announcementLanguage: 'ja_jp',
    routingPrefix: '8005', mainNumber: '+81355550100',
    address: { address1: '丸の内1-1-1', city: '千代田区', state: '東京都', postalCode: '100-0005', country: 'JP' },
    latitude: '35.681', longitude: '139.767',
  });
  const tk = new MemberFactory(prng, '8005', '+8135555', 1601, MAIL_DOMAIN);
  const taro = tk.create('PEOPLE', '太郎', '佐藤', { displayName: '佐藤 太郎' });
  const hanako = tk.create('PEOPLE', '花子', '鈴木', { displayName: '鈴木 花子' });
  const ken = tk.create('PEOPLE', '健', '高橋', { displayName: '高橋 健' });
  const uketsuke = tk.create('PLACE', '受付', 'ロビー');
  addHuntGroup(tokyo, {
    name: '東京 受付', policy: 'UNIFORM', extension: '3001', phoneNumber: '+81355550101',
    language: 'Japanese', languageCode: 'ja-JP', agents: [taro, hanako, uketsuke],
  });
  tokyo.callPickups.push(
    buildCallPickup({ name: '東京 ピックアップ', notificationType: 'VISUAL_ONLY', notificationDelayTimerSeconds: 8, agents: [taro, ken] }),
  );

  // Alaska: the two public examples exactly as printed, plus neighbours sharing their agents.
  const alaska = addLocation({
    name: 'Alaska', timeZone: 'America/Anchorage', preferredLanguage: 'en_us', announcementLanguage: 'en_us',
    routingPrefix: '123', mainNumber: '+19075552800',
    address: { address1: '601 West 5th Avenue', city: 'Anchorage', state: 'AK', postalCode: '99501', country: 'US' },
    latitude: '61.218', longitude: '-149.894',
  });
  alaska.huntGroups.push(structuredClone(SEED_HUNT_GROUP_DETAILS));
  const seedMember = (agent: HuntGroupAgent | CallPickupAgent, email: string): Member => {
    const hgAgent = agent as HuntGroupAgent;
    const pickupNumber = (agent as CallPickupAgent).numbers?.[0];
    return {
      type: agent.type as AgentType,
      id: agent.id,
      firstName: agent.firstName ?? '',
      lastName: agent.lastName ?? '',
      displayName: (agent as CallPickupAgent).displayName ?? `${agent.firstName} ${agent.lastName}`,
      email,
      phoneNumber: hgAgent.phoneNumber ?? pickupNumber?.external,
      extension: String(hgAgent.extension ?? pickupNumber?.extension),
      routingPrefix: '123',
    };
  };
  const [johnDoeAgent, , aliceAgent] = SEED_HUNT_GROUP_DETAILS.agents!;
  const [johnBrownAgent, christianAgent] = SEED_CALL_PICKUP_DETAILS.agents!;
  const johnDoe = seedMember(johnDoeAgent, 'john.doe@acme-sample.example');
  const alice = seedMember(aliceAgent, 'alice.smith@acme-sample.example');
  const johnBrown = seedMember(johnBrownAgent, johnBrownAgent.email!);
  const christian = seedMember(christianAgent, christianAgent.email!);
  addHuntGroup(alaska, {
    name: 'Anchorage Dispatch', policy: 'REGULAR', extension: '2001', phoneNumber: '+19075552801',
    agents: [johnBrown, christian, alice, johnDoe],
    noAnswer: { nextAgentEnabled: true, nextAgentRings: 3, forwardEnabled: true, numberOfRings: 9, destination: '+19075552899', destinationVoicemailEnabled: false },
    businessContinuityRedirect: { enabled: true, destination: '+19075552898', destinationVoicemailEnabled: true },
    callerIdForOutgoingCalls: true,
  });
  alaska.callPickups.push(
    buildCallPickup({ id: SEED_NORTH_ALASKA_PICKUP_ID, name: 'North Alaska-Group', notificationType: 'AUDIO_ONLY', notificationDelayTimerSeconds: 20, agents: [johnDoe, johnBrown, christian] }),
    structuredClone(SEED_CALL_PICKUP_DETAILS),
  );

  // A location with calling set up but no features yet: the tree's "nothing here" state.
  addLocation({
    name: 'Reno Warehouse', timeZone: 'America/Los_Angeles', preferredLanguage: 'en_us', announcementLanguage: 'en_us',
    routingPrefix: '8007', mainNumber: '+17755550100',
    address: { address1: '1 Distribution Way', city: 'Reno', state: 'NV', postalCode: '89502', country: 'US' },
    latitude: '39.505', longitude: '-119.776',
  });

  return {
    orgId,
    name: DEFAULT_ORG_NAME,
    created: '2019-03-14T17:02:11.000Z',
    me: adminPerson(prng, orgId, 'Pat', 'Admin', MAIL_DOMAIN),
    locations,
  };
}

function adminPerson(prng: Prng, orgId: string, firstName: string, lastName: string, mailDomain: string): Person {
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

// ---------------------------------------------------------------------------------------------
// Generated orgs of any size

const CITIES: ReadonlyArray<{ city: string; state: string; country: string; timeZone: string; language: string; languageCode: string; preferred: string }> = [
  { city: 'Seattle', state: 'WA', country: 'US', timeZone: 'America/Los_Angeles', language: 'English', languageCode: 'en-US', preferred: 'en_us' },
  { city: 'Denver', state: 'CO', country: 'US', timeZone: 'America/Denver', language: 'English', languageCode: 'en-US', preferred: 'en_us' },
  { city: 'Chicago', state: 'IL', country: 'US', timeZone: 'America/Chicago', language: 'English', languageCode: 'en-US', preferred: 'en_us' },
  { city: 'Toronto', state: 'ON', country: 'CA', timeZone: 'America/Toronto', language: 'English', languageCode: 'en-CA', preferred: 'en_ca' },
  { city: 'Montréal', state: 'QC', country: 'CA', timeZone: 'America/Toronto', language: 'French', languageCode: 'fr-CA', preferred: 'fr_ca' },
  { city: 'Dublin', state: 'Leinster', country: 'IE', timeZone: 'Europe/Dublin', language: 'English', languageCode: 'en-GB', preferred: 'en_gb' },
  { city: 'Paris', state: 'IDF', country: 'FR', timeZone: 'Europe/Paris', language: 'French', languageCode: 'fr-FR', preferred: 'fr_fr' },
  { city: 'Kraków', state: 'MA', country: 'PL', timeZone: 'Europe/Warsaw', language: 'English', languageCode: 'en-GB', preferred: 'en_gb' },
  { city: 'Sydney', state: 'NSW', country: 'AU', timeZone: 'Australia/Sydney', language: 'English', languageCode: 'en-AU', preferred: 'en_au' },
  { city: 'Bengaluru', state: 'KA', country: 'IN', timeZone: 'Asia/Kolkata', language: 'English', languageCode: 'en-US', preferred: 'en_us' },
];
const SITE_KINDS = ['Office', 'Branch', 'Store', 'Clinic', 'Depot', 'Campus'];
const FIRST_NAMES = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Avery', 'Quinn', 'Noah', 'Emma', 'Liam', 'Olivia', 'Mateo', 'Zoé', 'Aarav', 'Mei', 'Yusuf', 'Ingrid'];
const LAST_NAMES = ['Nguyen', 'Smith', 'Kowalski', 'Haddad', 'Fernández', 'Kim', 'Novak', 'Dubois', 'Singh', 'Larsen', 'Okoro', 'Rossi', 'Murphy', 'Schmidt', 'Tanaka', 'Silva'];
const HUNT_GROUP_PURPOSES = ['Sales', 'Support', 'Reception', 'Billing', 'Dispatch', 'Help Desk', 'Orders', 'Returns', 'Service', 'Scheduling'];
const MEMBERS_PER_GENERATED_LOCATION = 8;

function generateSizedOrg(seed: number, orgName: string, mailDomain: string, size: SampleOrgSize): SampleOrg {
  const prng = new Prng(seed);
  const orgId = webexId('ORGANIZATION', prng.uuid());
  const locations: SampleLocationData[] = [];
  for (let index = 0; index < size.locations; index++) {
    const city = CITIES[index % CITIES.length];
    const siteNumber = Math.floor(index / CITIES.length) + 1;
    const name = `${city.city} ${SITE_KINDS[siteNumber % SITE_KINDS.length]} ${siteNumber}`;
    // A routing prefix and a block of a thousand numbers per location keep every number unique:
    // +1 555 LLLL NNN, with members at 000-099, the main number 100, hunt groups 500+, alternates 800+.
    const routingPrefix = String(1000 + index);
    const numberBlock = `+1555${String(index).padStart(4, '0')}`;
    const location = buildLocation(webexId('LOCATION', prng.uuid()), orgId, {
      name, timeZone: city.timeZone, preferredLanguage: city.preferred, announcementLanguage: city.preferred,
      routingPrefix, mainNumber: `${numberBlock}100`,
      address: { address1: `${100 + index} Main Street`, city: city.city, state: city.state, postalCode: String(10000 + index), country: city.country },
      latitude: (index % 90).toFixed(3), longitude: (index % 180).toFixed(3),
    });
    const factory = new MemberFactory(prng, routingPrefix, numberBlock, 2000, mailDomain, 3);
    const members = Array.from({ length: MEMBERS_PER_GENERATED_LOCATION }, (_, m) => {
      const type: AgentType = m === 6 ? 'PLACE' : m === 7 ? 'VIRTUAL_LINE' : 'PEOPLE';
      return type === 'PEOPLE'
        ? factory.create(type, prng.pick(FIRST_NAMES), prng.pick(LAST_NAMES), { withNumber: prng.chance(0.7) })
        : factory.create(type, `${city.city} ${type === 'PLACE' ? 'Lobby' : 'Line'}`, String(siteNumber));
    });
    const huntGroups: HuntGroupDetails[] = [];
    for (let h = 0; h < size.huntGroupsPerLocation; h++) {
      const policy = HUNT_POLICIES[(index + h) % HUNT_POLICIES.length];
      const agentCount = 1 + prng.int(members.length - 1);
      const start = prng.int(members.length);
      const agents = Array.from({ length: agentCount }, (_, a) => members[(start + a) % members.length]);
      const distinctiveRing = prng.chance(0.3);
      const extension = String(5000 + h);
      const forwardEnabled = prng.chance(0.3);
      huntGroups.push(buildHuntGroup(webexId('HUNT_GROUP', prng.uuid()), {
        name: `${city.city} ${HUNT_GROUP_PURPOSES[h % HUNT_GROUP_PURPOSES.length]}${h >= HUNT_GROUP_PURPOSES.length ? ` ${h + 1}` : ''} ${siteNumber}`,
        policy,
        extension,
        phoneNumber: prng.chance(0.8) ? `${numberBlock}${String(500 + h).padStart(3, '0')}` : undefined,
        enabled: prng.chance(0.9),
        agents,
        weights: policy === 'WEIGHTED' ? weightsSummingTo100(agents.length) : undefined,
        distinctiveRing,
        alternateNumbers: Array.from({ length: prng.int(3) }, (_, a) => ({
          phoneNumber: `${numberBlock}${String(800 + h * 3 + a).padStart(3, '0')}`,
          ringPattern: distinctiveRing ? prng.pick(RING_PATTERNS) : 'NORMAL',
        })),
        language: city.language,
        languageCode: city.languageCode,
        timeZone: city.timeZone,
        style: h % 4 === 3 ? 'schema' : 'real',
        noAnswer: forwardEnabled ? { nextAgentEnabled: true, nextAgentRings: 3, forwardEnabled, numberOfRings: 12, destination: `${numberBlock}999`, destinationVoicemailEnabled: prng.chance(0.5) } : undefined,
      }));
    }
    const callPickups: CallPickupDetails[] = [];
    for (let c = 0; c < size.callPickupsPerLocation; c++) {
      const start = prng.int(members.length);
      callPickups.push(buildCallPickup({
        name: `${name} Pickup ${c + 1}`,
        notificationType: NOTIFICATION_TYPES[(index + c) % NOTIFICATION_TYPES.length],
        notificationDelayTimerSeconds: 6,
        agents: [members[start], members[(start + 1) % members.length], members[(start + 3) % members.length]],
      }));
    }
    locations.push({ location, huntGroups, callPickups });
  }
  return { orgId, name: orgName, created: '2021-06-01T12:00:00.000Z', me: adminPerson(prng, orgId, 'Robin', 'Admin', mailDomain), locations };
}

/** Integer weights, as strings in payloads, that add up to exactly 100. */
export function weightsSummingTo100(count: number): number[] {
  if (count === 0) return [];
  const base = Math.floor(100 / count);
  return Array.from({ length: count }, (_, i) => (i === 0 ? 100 - base * (count - 1) : base));
}

/** The sample org: the hand-shaped default, or a generated one of the given size. */
export function generateSampleOrg(size?: SampleOrgSize): SampleOrg {
  return size ? generateSizedOrg(0x5ca1e, DEFAULT_ORG_NAME, MAIL_DOMAIN, size) : generateDefaultOrg();
}

/**
 * Every org a partner admin of the sample org can see: the home org first, then a customer with
 * its own smaller data, then a customer that has no calling locations yet.
 */
export function generateSampleOrgs(size?: SampleOrgSize): SampleOrg[] {
  const customer = generateSizedOrg(0xc0ffee, 'Globex Customer Ltd.', 'globex-customer.example', { locations: 2, huntGroupsPerLocation: 2, callPickupsPerLocation: 1 });
  const emptyCustomer = generateSizedOrg(0xe1, 'Initech Trial', 'initech-trial.example', { locations: 0, huntGroupsPerLocation: 0, callPickupsPerLocation: 0 });
  return [generateSampleOrg(size), customer, emptyCustomer];
}

// ---------------------------------------------------------------------------------------------
// Hostile mode: the same org with every human-readable string replaced by something a renderer
// must escape. IDs, enum values, booleans and numbers stay as they are, so payloads stay valid.

/**
 * A markdown command link that would type `id` and Enter into a terminal if VS Code rendered it
 * live (in a notification, say). The hostile org's first hunt group has exactly this name.
 */
export const HOSTILE_COMMAND_LINK_NAME = '[Retry](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22id%5Cn%22%7D)';

export const HOSTILE_STRINGS: readonly string[] = [
  '<script>alert(1)</script>',
  '</script><script>alert(2)</script>',
  '"><img src=x onerror=alert(3)>',
  'javascript:alert(4)',
  '[click](command:workbench.action.quit)',
  HOSTILE_COMMAND_LINK_NAME,
  '$(alert) **bold** <b>b</b>',
  '\u202Egnp.exe',
  'zero\u200Bwidth\u200C\u200Djoin\uFEFFer',
  'x'.repeat(10 * 1024),
  '日本語の名前',
  'العربية',
  'Ελληνικά',
  // Spreadsheet formula injection, for the CSV export.
  "=HYPERLINK(\"http://example.invalid\",\"x\")",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '-2+3+cmd',
];

/** Keys whose string values are identifiers, enum values or machine data, never shown as text. */
const KEYS_KEPT_IN_HOSTILE_MODE = new Set([
  'id', 'orgId', 'locationId', 'type', 'policy', 'ringPattern', 'notificationType', 'primary', 'selection',
  'weight', 'languageCode', 'country', 'created', 'lastModified', 'status',
]);

/**
 * A deep copy of the org with its display strings replaced, cycling through HOSTILE_STRINGS; the
 * first hunt group (of the first location that has one) is named HOSTILE_COMMAND_LINK_NAME, so
 * tests can find that name in a known place.
 */
export function makeHostile(org: SampleOrg): SampleOrg {
  const hostile = withHostileStrings(org);
  const firstHuntGroup = hostile.locations.find((data) => data.huntGroups.length > 0)?.huntGroups[0];
  if (firstHuntGroup) firstHuntGroup.name = HOSTILE_COMMAND_LINK_NAME;
  return hostile;
}

function withHostileStrings(org: SampleOrg): SampleOrg {
  let next = 0;
  const replace = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') {
      if (key !== undefined && KEYS_KEPT_IN_HOSTILE_MODE.has(key)) return value;
      return HOSTILE_STRINGS[next++ % HOSTILE_STRINGS.length];
    }
    if (Array.isArray(value)) return value.map((item) => replace(item, key));
    if (value !== null && typeof value === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [childKey, child] of Object.entries(value)) copy[childKey] = replace(child, childKey);
      return copy;
    }
    return value;
  };
  return replace(org, undefined) as SampleOrg;
}
