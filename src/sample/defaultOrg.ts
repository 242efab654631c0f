// The default sample org: hand-shaped so every policy, ring pattern, agent type, notification
// type, routing type, overflow action, menu action and documented field shows up somewhere, with
// the two public examples in "Alaska" and one empty location. One builder per location; call
// queues' overflows and auto attendants' menu keys point at the org's hunt groups, queues and
// people by their numbers, with one key leading nowhere and a queue and an auto attendant that
// forward to each other.
//
// Call flows (the tracer's scenarios; every other destination resolves to an owner in the org):
// - A chain of six steps, in "Denver": Denver Main Menu (auto attendant, +17205550150) key 1 →
//   Denver Intake (hunt group, +17205550101) no answer after 4 rings → 9101 Denver Escalation
//   Queue (call queue, +17205550120) overflow → +17205550102 Denver Tier 2 (hunt group) no answer
//   after 6 rings → +17205551701 Grace Kim (person) whose own no-answer forwarding → 1702 Marcus
//   Reed (person, no forwarding). Grace's busy and business continuity go to +13035550142 (external).
// - A loop of two hunt groups: Loop East (+17205550111, ext 9011) no answer → +17205550112 Loop
//   West, whose call forwarding always → 9011 Loop East. Denver Main Menu key 2 reaches Loop East.
// - Redirects to unassigned numbers (listed in /numbers without an owner): Denver Intake busy →
//   +17205550199; Acme Main Menu after-hours key 7 → DEAD_END_NUMBER (+14085550177).
// - Forwarding enabled with an empty destination: New Hires (Austin, ext 6003) call forwarding
//   always; the Denver Lobby workspace (+17205551703, ext 1703, Denver Main Menu key 3) busy.
// - External (PSTN) numbers, in no location: 7037344404 (Sales Line busy, hgnME3 busy),
//   7037344405 (hgnME3 business continuity), +13035550142 (Grace Kim busy, business continuity).
// - A selective forwarding rule with schedules: Denver Tier 2's rule "Outside office hours"
//   (business schedule "Denver Evenings", holiday schedule "US Federal Holidays") sends calls to
//   the selective destination +17205551704 (Denver Night Line, a virtual line); its disabled rule
//   "VIP callers" names 1702. Schedules are served for every name a rule or auto attendant uses.
// - A disabled hunt group reached by a redirect: Denver Tier 2 busy → +14085550190 After Hours
//   (San Jose HQ, disabled); Acme Main Menu after-hours key 1 reaches it too.
// - For the health rules: Marcus Reed is the only agent of Loop East and Loop West; Denver
//   Projects (WEIGHTED, 60 + 30) has neither a number nor an extension; New Hires has no agents.
// - Numbers of every owner type: people, workspaces (PLACE), virtual lines, hunt groups, call
//   queues and auto attendants (their alternate numbers too), and VOICEMAIL_GROUP Sales Voicemail
//   (+14085550199, ext 5199; Sales Line no answer), Support Voicemail (ext 5099; Support Line no
//   answer and business continuity), EMEA Voicemail (+442079460099), Mailbox Kundendienst
//   (+498955550199); VOICE_MESSAGING Voice Portal (+14085550100, San Jose's main number; After
//   Hours busy) and Sprachportal (+498955550100; Zentrale business continuity); CONTACT_CENTER_LINK
//   (+14085550198; Support Line busy); GROUP_PAGING Anchorage Paging (+19075552899; Anchorage
//   Dispatch no answer); ROUTE_LIST (+19075552898; Anchorage Dispatch business continuity);
//   BROADWORKS_ANYWHERE (+17205550170). The Dispatch Desk workspace (+15125550199) takes Field
//   Service Dispatch's business continuity. Main numbers nothing owns are listed unassigned, and
//   +17205550198 is an INACTIVE unassigned number.
// Everything added for call flows draws its IDs from its own sequence (ROUTING_SEED).

import type { AgentType } from '../webex/types';
import type { CallPickupAgent } from '../kinds/callPickup/types';
import type { HuntGroupAgent } from '../kinds/huntGroup/types';
import {
  adminPerson,
  alternates,
  buildCallPickup,
  buildHuntGroup,
  buildLocation,
  MAX_ALTERNATE_NUMBERS,
  MemberFactory,
  Prng,
  RING_PATTERNS,
  type HuntGroupPlan,
  type LocationPlan,
  type Member,
} from './builders';
import { buildAutoAttendant, buildCallQueue, type AutoAttendantPlan, type CallQueuePlan } from './callFeatureBuilders';
import type { SampleLocationData, SampleOrg } from './data';
import { webexId } from './ids';
import type { FeatureForwardingPlan, MemberForwardingPlan, OtherOwnerType, SampleMember, SampleNumber } from './routingData';
import { SEED_CALL_PICKUP_DETAILS, SEED_HUNT_GROUP_DETAILS, SEED_NORTH_ALASKA_PICKUP_ID } from './seedPayloads';

const DEFAULT_SEED = 0x5eed;
/**
 * Call queues and auto attendants draw their IDs from their own sequence, so adding them left
 * every other ID of the org as it was.
 */
const CALL_FEATURE_SEED = 0xca11;
/** Members, numbers and items added for call flows: their own sequence again, for the same reason. */
const ROUTING_SEED = 0xf10;
export const DEFAULT_ORG_NAME = 'Acme Sample Co.';
export const MAIL_DOMAIN = 'acme-sample.example';

/** A number of the org that nothing answers (listed unassigned): an auto attendant key leads there (a dead end). */
export const DEAD_END_NUMBER = '+14085550177';

type Defaults = 'language' | 'languageCode' | 'timeZone';

/** The org under construction: its PRNGs, its ID, and its locations in order. */
class DefaultOrgBuilder {
  readonly prng = new Prng(DEFAULT_SEED);
  private readonly featurePrng = new Prng(CALL_FEATURE_SEED);
  readonly routingPrng = new Prng(ROUTING_SEED);
  readonly orgId = webexId('ORGANIZATION', this.prng.uuid());
  readonly locations: SampleLocationData[] = [];

  addLocation(plan: LocationPlan, prng = this.prng): SampleLocationData {
    const data: SampleLocationData = { location: buildLocation(webexId('LOCATION', prng.uuid()), this.orgId, plan), huntGroups: [], callPickups: [], callQueues: [], autoAttendants: [] };
    this.locations.push(data);
    return data;
  }

  /** In English and the location's time zone unless the plan says otherwise; returns its ID. */
  addHuntGroup(where: SampleLocationData, plan: Omit<HuntGroupPlan, Defaults> & Partial<HuntGroupPlan>, prng = this.prng): string {
    const id = webexId('HUNT_GROUP', prng.uuid());
    where.huntGroups.push(buildHuntGroup(id, { ...this.defaultsOf(where), ...plan }));
    return id;
  }

  addCallQueue(where: SampleLocationData, plan: Omit<CallQueuePlan, Defaults> & Partial<CallQueuePlan>, prng = this.featurePrng): string {
    const id = webexId('CALL_QUEUE', prng.uuid());
    where.callQueues.push(buildCallQueue(id, { ...this.defaultsOf(where), ...plan }));
    return id;
  }

  addAutoAttendant(where: SampleLocationData, plan: Omit<AutoAttendantPlan, Defaults> & Partial<AutoAttendantPlan>, prng = this.featurePrng): string {
    const id = webexId('AUTO_ATTENDANT', prng.uuid());
    where.autoAttendants.push(buildAutoAttendant(id, { ...this.defaultsOf(where), ...plan }));
    return id;
  }

  /** The location's people, workspaces and virtual lines: the owners of their numbers. */
  addMembers(where: SampleLocationData, members: SampleMember[]): void {
    (where.members ??= []).push(...members);
  }

  /** A number owned by a voicemail group, paging group, the voice portal…; its ID from the routing sequence. */
  addOtherOwner(where: SampleLocationData, type: OtherOwnerType, name: string, numbers: Pick<SampleNumber, 'phoneNumber' | 'extension'>): void {
    (where.otherNumbers ??= []).push({ ...numbers, owner: { id: webexId(type, this.routingPrng.uuid()), type, name } });
  }

  addUnassignedNumber(where: SampleLocationData, phoneNumber: string, state: SampleNumber['state'] = 'ACTIVE'): void {
    (where.otherNumbers ??= []).push({ phoneNumber, state });
  }

  setForwarding(where: SampleLocationData, itemId: string, plan: FeatureForwardingPlan): void {
    (where.forwarding ??= {})[itemId] = plan;
  }

  private defaultsOf(where: SampleLocationData): Pick<HuntGroupPlan, Defaults> {
    return { language: 'English', languageCode: 'en-US', timeZone: String(where.location.timeZone) };
  }
}

export function generateDefaultOrg(): SampleOrg {
  const org = new DefaultOrgBuilder();
  // The order matters: each builder draws its IDs from the org's PRNG.
  const { salesOverflow } = addSanJoseHq(org);
  addAustin(org, salesOverflow);
  addLondon(org);
  addMunich(org);
  addTokyo(org);
  addAlaska(org);
  addRenoWarehouse(org);
  addDenver(org);
  return {
    orgId: org.orgId,
    name: DEFAULT_ORG_NAME,
    created: '2019-03-14T17:02:11.000Z',
    me: adminPerson(org.prng, org.orgId, 'Pat', 'Admin', MAIL_DOMAIN),
    locations: org.locations,
  };
}

/** The busiest site: agents sit in several hunt groups, call pickups and queues; the main menu reaches every other site. */
function addSanJoseHq(org: DefaultOrgBuilder): { salesOverflow: Member } {
  const sanJose = org.addLocation({
    name: 'San Jose HQ', timeZone: 'America/Los_Angeles', preferredLanguage: 'en_us', announcementLanguage: 'en_us',
    routingPrefix: '8001', mainNumber: '+14085550100',
    address: { address1: '170 West Tasman Drive', address2: 'Building 10', city: 'San Jose', state: 'CA', postalCode: '95134', country: 'US' },
    latitude: '37.408', longitude: '-121.954',
  });
  const sj = new MemberFactory(org.prng, '8001', '+1408555', 1201, MAIL_DOMAIN);
  const maria = sj.create('PEOPLE', 'Maria', 'Garcia');
  const priya = sj.create('PEOPLE', 'Priya', 'Patel');
  const wei = sj.create('PEOPLE', 'Wei', 'Chen');
  const daniel = sj.create('PEOPLE', 'Daniel', 'Okafor');
  const sofia = sj.create('PEOPLE', 'Sofia', 'Rossi', { withNumber: false });
  const lobby = sj.create('PLACE', 'Lobby', 'Phone');
  const redwood = sj.create('PLACE', 'Redwood', 'Conference Room', { withNumber: false });
  const salesOverflow = sj.create('VIRTUAL_LINE', 'Sales', 'Overflow');
  org.addMembers(sanJose, [maria, priya, wei, daniel, sofia, lobby, redwood, salesOverflow]);
  org.addOtherOwner(sanJose, 'VOICE_MESSAGING', 'Voice Portal', { phoneNumber: '+14085550100', extension: '5000' });
  org.addOtherOwner(sanJose, 'VOICEMAIL_GROUP', 'Sales Voicemail', { phoneNumber: '+14085550199', extension: '5199' });
  org.addOtherOwner(sanJose, 'VOICEMAIL_GROUP', 'Support Voicemail', { extension: '5099' });
  org.addOtherOwner(sanJose, 'CONTACT_CENTER_LINK', 'Contact Center Entry', { phoneNumber: '+14085550198' });
  org.addUnassignedNumber(sanJose, DEAD_END_NUMBER);

  org.addHuntGroup(sanJose, {
    name: 'Sales Line', policy: 'CIRCULAR', extension: '5001', phoneNumber: '+14085550101',
    agents: [maria, priya, wei, lobby, salesOverflow],
    distinctiveRing: true, alternateNumbers: alternates('+1408555', 102, ['NORMAL', 'LONG_LONG']),
    noAnswer: { nextAgentEnabled: true, nextAgentRings: 5, forwardEnabled: true, numberOfRings: 15, destination: '+14085550199', destinationVoicemailEnabled: false },
    busyRedirect: { enabled: true, destination: '7037344404', destinationVoicemailEnabled: true },
    callerIdForOutgoingCalls: true,
  });
  org.addHuntGroup(sanJose, {
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
  org.addHuntGroup(sanJose, {
    name: 'Executive Assistants', policy: 'SIMULTANEOUS', extension: '5003',
    agents: [maria, wei, redwood],
    waitingEnabled: true, groupBusyEnabled: false, allowMembersToControlGroupBusyEnabled: true,
    style: 'schema', directLineCallerIdName: { selection: 'DISPLAY_NAME' }, dialByName: 'Executive Assistants',
  });
  org.addHuntGroup(sanJose, {
    name: 'After Hours', policy: 'UNIFORM', extension: '5009', phoneNumber: '+14085550190', enabled: false,
    agents: [daniel, sofia],
    groupBusyEnabled: true,
    busyRedirect: { enabled: true, destination: '+14085550100', destinationVoicemailEnabled: false },
  });
  sanJose.callPickups.push(
    buildCallPickup({ name: 'Sales Floor Pickup', notificationType: 'AUDIO_AND_VISUAL', notificationDelayTimerSeconds: 10, agents: [maria, priya, wei] }),
    buildCallPickup({ name: 'Engineering Pickup', notificationType: 'VISUAL_ONLY', notificationDelayTimerSeconds: 6, agents: [daniel, sofia, redwood] }),
  );

  org.addCallQueue(sanJose, {
    name: 'Customer Care Queue', extension: '5101', phoneNumber: '+14085550130', policy: 'CIRCULAR', routingType: 'PRIORITY_BASED',
    agents: [maria, priya, wei, lobby, salesOverflow], unjoined: [3],
    alternateNumbers: alternates('+1408555', 131, [...RING_PATTERNS]), ringPattern: 'SHORT_LONG_SHORT',
    queueSize: 25, callBounceRings: 5, waitMode: 'TIME', phoneNumberForOutgoingCalls: true,
    announcementFiles: ['care-welcome.wav', 'care-comfort.wav', 'care-hold-music.wav'],
    // A full queue goes to the Support Line hunt group.
    overflow: { action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: '+14085550110', afterWaitSeconds: 300, greeting: 'CUSTOM' },
  });
  org.addCallQueue(sanJose, {
    name: 'Billing Queue', extension: '5102', policy: 'REGULAR', routingType: 'SKILL_BASED',
    agents: [daniel, sofia, redwood], skillLevels: [1, 2, 5],
    queueSize: 10, waitMode: 'POSITION',
    overflow: { action: 'PERFORM_BUSY_TREATMENT', sendToVoicemail: true },
  });
  org.addAutoAttendant(sanJose, {
    name: 'Acme Main Menu', extension: '5100', phoneNumber: '+14085550150',
    businessSchedule: 'HQ Business Hours', holidaySchedule: 'US Holidays', extensionDialing: 'ENTERPRISE', nameDialing: 'GROUP',
    alternateNumbers: [{ phoneNumber: '+14085550151', tollFreeNumber: false, ringPattern: 'NORMAL' }],
    businessHours: {
      audioFile: { name: 'acme-main-menu.wav', mediaType: 'WAV' },
      keys: [
        ['1', 'TRANSFER_WITHOUT_PROMPT', 'Sales', '+14085550101'],
        ['2', 'TRANSFER_WITH_PROMPT', 'Customer care', '5101'],
        ['3', 'TRANSFER_WITHOUT_PROMPT', 'Billing', '5102'],
        ['4', 'TRANSFER_WITHOUT_PROMPT', 'Austin office', '+15125550150'],
        ['5', 'TRANSFER_TO_MAILBOX', 'Leave Priya a message', priya.extension],
        ['6', 'TRANSFER_WITHOUT_PROMPT', 'London office', '+442079460040'],
        ['8', 'NAME_DIALING', 'Dial by name'],
        ['9', 'EXTENSION_DIALING', 'Dial by extension'],
        ['0', 'TRANSFER_TO_OPERATOR', 'Operator', maria.phoneNumber],
        ['*', 'REPEAT_MENU', 'Hear these options again'],
        ['#', 'EXIT', 'End the call'],
      ],
    },
    afterHours: {
      extensionEnabled: false,
      audioFile: { name: 'acme-closed.wav', mediaType: 'WAV' },
      keys: [
        ['1', 'TRANSFER_WITHOUT_PROMPT', 'After-hours line', '+14085550190'],
        // Nothing in the org answers this number: a dead end.
        ['7', 'TRANSFER_WITH_PROMPT', 'Facilities emergency', DEAD_END_NUMBER],
        ['9', 'RETURN_TO_PREVIOUS_MENU', 'Back'],
        ['#', 'EXIT', 'End the call'],
      ],
    },
  });
  return { salesOverflow };
}

/** WEIGHTED routing, a cross-location virtual line, a hunt group nobody is in yet, and a toll-free menu. */
function addAustin(org: DefaultOrgBuilder, salesOverflow: Member): void {
  const austin = org.addLocation({
    name: 'Austin', timeZone: 'America/Chicago', preferredLanguage: 'en_us', announcementLanguage: 'en_us',
    routingPrefix: '8002', mainNumber: '+15125550100',
    address: { address1: '3800 North Lamar Boulevard', city: 'Austin', state: 'TX', postalCode: '78756', country: 'US' },
    latitude: '30.311', longitude: '-97.741',
  });
  const au = new MemberFactory(org.prng, '8002', '+1512555', 1301, MAIL_DOMAIN);
  const james = au.create('PEOPLE', 'James', 'Wilson');
  const ana = au.create('PEOPLE', 'Ana', 'Martínez');
  const tyler = au.create('PEOPLE', 'Tyler', 'Brooks');
  const keisha = au.create('PEOPLE', 'Keisha', 'Johnson');
  const frontDesk = au.create('PLACE', 'Front Desk', 'Austin');
  const dispatchLine = au.create('VIRTUAL_LINE', 'Dispatch', 'Overflow', { withNumber: false });
  // Field Service Dispatch's business continuity destination.
  const dispatchDesk = new MemberFactory(org.routingPrng, '8002', '+1512555', 199, MAIL_DOMAIN).create('PLACE', 'Dispatch', 'Desk');
  org.addMembers(austin, [james, ana, tyler, keisha, frontDesk, dispatchLine, { ...dispatchDesk, extension: '1399' }]);
  org.addHuntGroup(austin, {
    name: 'Austin Front Desk', policy: 'WEIGHTED', extension: '6001', phoneNumber: '+15125550101',
    agents: [james, ana, frontDesk], weights: [50, 30, 20],
    alternateNumbers: [{ phoneNumber: '+15125550102' }],
    noAnswer: { nextAgentEnabled: true, nextAgentRings: 4 },
  });
  org.addHuntGroup(austin, {
    name: 'Field Service Dispatch', policy: 'UNIFORM', extension: '6002', phoneNumber: '+15125550110',
    agents: [tyler, keisha, dispatchLine, salesOverflow],
    businessContinuityRedirect: { enabled: true, destination: '+15125550199', destinationVoicemailEnabled: false },
  });
  const newHires = org.addHuntGroup(austin, { name: 'New Hires', policy: 'CIRCULAR', extension: '6003', agents: [] });
  // Forwarding switched on with nowhere to go: a dead end.
  org.setForwarding(austin, newHires, { always: {} });
  austin.callPickups.push(
    buildCallPickup({ name: 'Austin Pickup', notificationType: 'NONE', notificationDelayTimerSeconds: 6, agents: [james, ana, tyler, frontDesk], numbersStyle: 'phoneNumber' }),
  );

  org.addCallQueue(austin, {
    name: 'Austin Service Queue', extension: '6101', phoneNumber: '+15125550120', policy: 'WEIGHTED',
    agents: [tyler, keisha, frontDesk], weights: [50, 30, 20],
    queueSize: 15, callBounceRings: 3,
    // A full queue goes to the Field Service Dispatch hunt group.
    overflow: { action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: '+15125550110', afterWaitSeconds: 120 },
  });
  org.addAutoAttendant(austin, {
    name: 'Austin Main Menu', extension: '6100', phoneNumber: '+15125550150', tollFreeNumber: false,
    alternateNumbers: [
      { phoneNumber: '+18005550142', tollFreeNumber: true, ringPattern: 'LONG_LONG' },
      { phoneNumber: '+15125550151', tollFreeNumber: false, ringPattern: 'SHORT_SHORT_LONG' },
    ],
    businessSchedule: 'Austin Office Hours', extensionDialing: 'GROUP', nameDialing: 'ENTERPRISE',
    businessHours: {
      keys: [
        ['1', 'TRANSFER_WITHOUT_PROMPT', 'Service', '6101'],
        ['2', 'TRANSFER_WITHOUT_PROMPT', 'Front desk', '+15125550101'],
        ['3', 'TRANSFER_WITH_PROMPT', 'Headquarters', '+14085550150'],
        ['0', 'TRANSFER_TO_OPERATOR', 'Operator', james.phoneNumber],
      ],
    },
    afterHours: {
      keys: [
        ['1', 'TRANSFER_TO_MAILBOX', 'Leave the service team a message', keisha.extension],
        ['#', 'EXIT', 'End the call'],
      ],
    },
  });
}

/** British English, a queue that rings everyone, and a queue and an auto attendant that forward to each other. */
function addLondon(org: DefaultOrgBuilder): void {
  const london = org.addLocation({
    name: 'London', timeZone: 'Europe/London', preferredLanguage: 'en_gb', announcementLanguage: 'en_gb',
    routingPrefix: '8003', mainNumber: '+442079460100',
    address: { address1: '10 Finsbury Square', city: 'London', state: 'England', postalCode: 'EC2A 1AF', country: 'GB' },
    latitude: '51.521', longitude: '-0.087',
  });
  const ld = new MemberFactory(org.prng, '8003', '+44207946', 1401, MAIL_DOMAIN);
  const oliver = ld.create('PEOPLE', 'Oliver', 'Smith');
  const amelia = ld.create('PEOPLE', 'Amelia', 'Jones');
  const harry = ld.create('PEOPLE', 'Harry', 'Taylor');
  const chloe = ld.create('PEOPLE', 'Chloë', "O'Brien");
  const reception = ld.create('PLACE', 'Reception', 'Ground Floor');
  org.addMembers(london, [oliver, amelia, harry, chloe, reception]);
  org.addOtherOwner(london, 'VOICEMAIL_GROUP', 'EMEA Voicemail', { phoneNumber: '+442079460099', extension: '7199' });
  org.addHuntGroup(london, {
    name: 'London Reception', policy: 'SIMULTANEOUS', extension: '7001', phoneNumber: '+442079460001',
    languageCode: 'en-GB', agents: [oliver, amelia, reception],
    distinctiveRing: true, alternateNumbers: alternates('+44207946', 2, ['SHORT_LONG_SHORT', 'SHORT_SHORT_LONG']),
  });
  org.addHuntGroup(london, {
    name: 'EMEA Support', policy: 'WEIGHTED', extension: '7002', phoneNumber: '+442079460010', languageCode: 'en-GB',
    agents: [harry, chloe, amelia, oliver], weights: [40, 30, 20, 10],
    noAnswer: { nextAgentEnabled: true, nextAgentRings: 3, forwardEnabled: true, numberOfRings: 12, destination: '+442079460099', destinationVoicemailEnabled: true },
  });
  london.callPickups.push(
    buildCallPickup({ name: 'London Pickup', notificationType: 'AUDIO_ONLY', notificationDelayTimerSeconds: 20, agents: [oliver, amelia, harry] }),
  );

  org.addCallQueue(london, {
    name: 'EMEA Escalations', extension: '7101', phoneNumber: '+442079460020', languageCode: 'en-GB', policy: 'SIMULTANEOUS',
    agents: [harry, chloe, reception], queueSize: 5,
    overflow: { action: 'PLAY_RINGING_UNTIL_CALLER_HANGS_UP' },
  });
  // A loop: this queue overflows to the switchboard, whose key 1 leads back to the queue.
  org.addCallQueue(london, {
    name: 'London Overflow Queue', extension: '7102', phoneNumber: '+442079460030', languageCode: 'en-GB', policy: 'CIRCULAR',
    agents: [oliver, amelia], queueSize: 3,
    overflow: { action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: '+442079460040' },
  });
  org.addAutoAttendant(london, {
    name: 'London Switchboard', extension: '7100', phoneNumber: '+442079460040', languageCode: 'en-GB',
    businessSchedule: 'London Office Hours', holidaySchedule: 'UK Bank Holidays',
    businessHours: {
      audioFile: { name: 'london-switchboard.wma', mediaType: 'WMA' },
      keys: [
        ['1', 'TRANSFER_WITHOUT_PROMPT', 'Overflow queue', '+442079460030'],
        ['2', 'TRANSFER_WITHOUT_PROMPT', 'Reception', '+442079460001'],
        ['3', 'TRANSFER_WITH_PROMPT', 'Escalations', '7101'],
      ],
    },
    afterHours: { keys: [['1', 'TRANSFER_TO_MAILBOX', 'Leave Harry a message', harry.extension]] },
  });
}

/** German names, language and menus; its menu spells the keys as the reference page does. */
function addMunich(org: DefaultOrgBuilder): void {
  const munich = org.addLocation({
    name: 'München', timeZone: 'Europe/Berlin', preferredLanguage: 'de_de', announcementLanguage: 'de_de',
    routingPrefix: '8004', mainNumber: '+498955550100',
    address: { address1: 'Leopoldstraße 12', city: 'München', state: 'BY', postalCode: '80802', country: 'DE' },
    latitude: '48.159', longitude: '11.585',
  });
  const mu = new MemberFactory(org.prng, '8004', '+49895555', 1501, MAIL_DOMAIN);
  const lukas = mu.create('PEOPLE', 'Lukas', 'Müller');
  const anna = mu.create('PEOPLE', 'Anna', 'Schröder');
  const juergen = mu.create('PEOPLE', 'Jürgen', 'Weiß');
  const lea = mu.create('PEOPLE', 'Lea', 'Bauer');
  const empfang = mu.create('PLACE', 'Empfang', 'Erdgeschoss');
  org.addMembers(munich, [lukas, anna, juergen, lea, empfang]);
  org.addOtherOwner(munich, 'VOICE_MESSAGING', 'Sprachportal', { phoneNumber: '+498955550100', extension: '4000' });
  org.addOtherOwner(munich, 'VOICEMAIL_GROUP', 'Mailbox Kundendienst', { phoneNumber: '+498955550199', extension: '4199' });
  org.addHuntGroup(munich, {
    name: 'Kundendienst München', policy: 'CIRCULAR', extension: '4001', phoneNumber: '+498955550101',
    language: 'German', languageCode: 'de-DE', agents: [lukas, anna, juergen, empfang],
    noAnswer: { nextAgentEnabled: true, nextAgentRings: 4, forwardEnabled: true, numberOfRings: 8, destination: '+498955550199', destinationVoicemailEnabled: true },
  });
  org.addHuntGroup(munich, {
    name: 'Zentrale', policy: 'REGULAR', extension: '4002', phoneNumber: '+498955550102',
    language: 'German', languageCode: 'de-DE', agents: [lea, anna],
    businessContinuityRedirect: { enabled: true, destination: '+498955550100', destinationVoicemailEnabled: true },
  });
  munich.callPickups.push(
    buildCallPickup({ name: 'Abholgruppe München', notificationType: 'AUDIO_AND_VISUAL', notificationDelayTimerSeconds: 12, agents: [lukas, juergen, lea] }),
  );

  org.addCallQueue(munich, {
    name: 'Warteschlange Kundendienst', extension: '4101', phoneNumber: '+498955550120', language: 'German', languageCode: 'de-DE', policy: 'UNIFORM',
    agents: [lukas, anna, juergen, empfang], queueSize: 20, waitMode: 'POSITION',
    announcementFiles: ['willkommen.wav'],
    // A full queue goes to the Kundendienst München hunt group.
    overflow: { action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: '+498955550101', sendToVoicemail: false },
  });
  org.addAutoAttendant(munich, {
    name: 'Zentrale Menü', extension: '4100', phoneNumber: '+498955550130', language: 'German', languageCode: 'de-DE',
    businessSchedule: 'Geschäftszeiten München', holidaySchedule: 'Feiertage Bayern', extensionDialing: 'GROUP', nameDialing: 'GROUP',
    keyStyle: 'schema',
    businessHours: {
      keys: [
        ['1', 'TRANSFER_WITHOUT_PROMPT', 'Kundendienst', '4101'],
        ['2', 'TRANSFER_WITHOUT_PROMPT', 'Zentrale', '+498955550102'],
        ['0', 'TRANSFER_TO_OPERATOR', 'Vermittlung', lea.phoneNumber],
        ['#', 'REPEAT_MENU', 'Wiederholen'],
      ],
    },
    afterHours: { keys: [['1', 'TRANSFER_TO_MAILBOX', 'Nachricht für Lukas', lukas.extension]] },
  });
}

/** Japanese names and menus. */
function addTokyo(org: DefaultOrgBuilder): void {
  const tokyo = org.addLocation({
    name: '東京 Tokyo', timeZone: 'Asia/Tokyo', preferredLanguage: 'ja_jp', announcementLanguage: 'ja_jp',
    routingPrefix: '8005', mainNumber: '+81355550100',
    address: { address1: '丸の内1-1-1', city: '千代田区', state: '東京都', postalCode: '100-0005', country: 'JP' },
    latitude: '35.681', longitude: '139.767',
  });
  const tk = new MemberFactory(org.prng, '8005', '+8135555', 1601, MAIL_DOMAIN);
  const taro = tk.create('PEOPLE', '太郎', '佐藤', { displayName: '佐藤 太郎' });
  const hanako = tk.create('PEOPLE', '花子', '鈴木', { displayName: '鈴木 花子' });
  const ken = tk.create('PEOPLE', '健', '高橋', { displayName: '高橋 健' });
  const uketsuke = tk.create('PLACE', '受付', 'ロビー');
  org.addMembers(tokyo, [taro, hanako, ken, uketsuke]);
  org.addHuntGroup(tokyo, {
    name: '東京 受付', policy: 'UNIFORM', extension: '3001', phoneNumber: '+81355550101',
    language: 'Japanese', languageCode: 'ja-JP', agents: [taro, hanako, uketsuke],
  });
  tokyo.callPickups.push(
    buildCallPickup({ name: '東京 ピックアップ', notificationType: 'VISUAL_ONLY', notificationDelayTimerSeconds: 8, agents: [taro, ken] }),
  );

  org.addAutoAttendant(tokyo, {
    name: '東京 メインメニュー', extension: '3100', phoneNumber: '+81355550130', language: 'Japanese', languageCode: 'ja-JP',
    businessSchedule: '東京 営業時間',
    businessHours: {
      audioFile: { name: 'tokyo-menu.3gp', mediaType: '3GP' },
      keys: [
        ['1', 'TRANSFER_WITHOUT_PROMPT', '受付', '+81355550101'],
        ['2', 'TRANSFER_WITH_PROMPT', '本社', '+14085550150'],
        ['0', 'TRANSFER_TO_OPERATOR', 'オペレーター', hanako.phoneNumber],
      ],
    },
    afterHours: { keys: [['1', 'TRANSFER_TO_MAILBOX', '伝言', taro.extension]] },
  });
}

/** The two public examples exactly as printed, plus neighbours sharing their agents. */
function addAlaska(org: DefaultOrgBuilder): void {
  const alaska = org.addLocation({
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
  const [johnDoeAgent, officeAgent, aliceAgent] = SEED_HUNT_GROUP_DETAILS.agents!;
  const [johnBrownAgent, christianAgent] = SEED_CALL_PICKUP_DETAILS.agents!;
  const johnDoe = seedMember(johnDoeAgent, 'john.doe@acme-sample.example');
  const alice = seedMember(aliceAgent, 'alice.smith@acme-sample.example');
  const johnBrown = seedMember(johnBrownAgent, johnBrownAgent.email!);
  const christian = seedMember(christianAgent, christianAgent.email!);
  // The example's workspace shares John Doe's extension and Alice's number: it owns neither.
  const office: SampleMember = { ...seedMember(officeAgent, 'alaska.office@acme-sample.example'), listed: false };
  org.addMembers(alaska, [johnDoe, office, alice, johnBrown, christian]);
  org.addOtherOwner(alaska, 'GROUP_PAGING', 'Anchorage Paging', { phoneNumber: '+19075552899', extension: '2099' });
  org.addOtherOwner(alaska, 'ROUTE_LIST', 'Alaska PBX Route List', { phoneNumber: '+19075552898' });
  org.addHuntGroup(alaska, {
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

}

/** Calling set up but no features yet: the tree's "nothing here" state. */
function addRenoWarehouse(org: DefaultOrgBuilder): void {
  org.addLocation({
    name: 'Reno Warehouse', timeZone: 'America/Los_Angeles', preferredLanguage: 'en_us', announcementLanguage: 'en_us',
    routingPrefix: '8007', mainNumber: '+17755550100',
    address: { address1: '1 Distribution Way', city: 'Reno', state: 'NV', postalCode: '89502', country: 'US' },
    latitude: '39.505', longitude: '-119.776',
  });

}

/**
 * The call-flow scenarios (see the list at the top): a six-step chain ending at a person with her
 * own forwarding, a loop of two hunt groups, an unassigned and an inactive number, a workspace
 * forwarding busy calls nowhere, and a selective rule with schedules.
 */
function addDenver(org: DefaultOrgBuilder): void {
  const prng = org.routingPrng;
  const denver = org.addLocation({
    name: 'Denver', timeZone: 'America/Denver', preferredLanguage: 'en_us', announcementLanguage: 'en_us',
    routingPrefix: '8006', mainNumber: '+17205550100',
    address: { address1: '1801 California Street', city: 'Denver', state: 'CO', postalCode: '80202', country: 'US' },
    latitude: '39.748', longitude: '-104.990',
  }, prng);
  const dn = new MemberFactory(prng, '8006', '+1720555', 1701, MAIL_DOMAIN);
  const external = '+13035550142';
  const forwarded = (member: Member, forwarding: MemberForwardingPlan): SampleMember => ({ ...member, forwarding });
  const grace = forwarded(dn.create('PEOPLE', 'Grace', 'Kim'), {
    busy: { destination: external },
    noAnswer: { destination: '1702', rings: 4 },
    businessContinuity: { destination: external, voicemail: false },
  });
  const marcus = dn.create('PEOPLE', 'Marcus', 'Reed');
  // Busy forwarding switched on with no destination: a dead end.
  const lobby = forwarded(dn.create('PLACE', 'Denver', 'Lobby'), { busy: {}, noAnswer: { destination: '+17205550101' } });
  const nightLine = dn.create('VIRTUAL_LINE', 'Denver', 'Night Line');
  const rosa = dn.create('PEOPLE', 'Rosa', 'Díaz', { withNumber: false });
  org.addMembers(denver, [grace, marcus, lobby, nightLine, rosa]);
  org.addOtherOwner(denver, 'BROADWORKS_ANYWHERE', 'Denver Anywhere', { phoneNumber: '+17205550170' });
  org.addUnassignedNumber(denver, '+17205550199');
  org.addUnassignedNumber(denver, '+17205550198', 'INACTIVE');

  org.addHuntGroup(denver, {
    name: 'Denver Intake', policy: 'CIRCULAR', extension: '9001', phoneNumber: '+17205550101',
    agents: [grace, marcus, lobby],
    noAnswer: { nextAgentEnabled: true, nextAgentRings: 2, forwardEnabled: true, numberOfRings: 4, destination: '9101', destinationVoicemailEnabled: false },
    // An unassigned number: a dead end.
    busyRedirect: { enabled: true, destination: '+17205550199', destinationVoicemailEnabled: false },
  }, prng);
  const tier2 = org.addHuntGroup(denver, {
    name: 'Denver Tier 2', policy: 'REGULAR', extension: '9002', phoneNumber: '+17205550102',
    agents: [rosa, marcus],
    noAnswer: { nextAgentEnabled: true, nextAgentRings: 3, forwardEnabled: true, numberOfRings: 6, destination: grace.phoneNumber, destinationVoicemailEnabled: false },
    // San Jose's After Hours, which is disabled.
    busyRedirect: { enabled: true, destination: '+14085550190', destinationVoicemailEnabled: false },
  }, prng);
  org.setForwarding(denver, tier2, {
    selective: { destination: nightLine.phoneNumber },
    rules: [
      { name: 'Outside office hours', callsFrom: 'Any', callsTo: '+17205550102', enabled: true, businessSchedule: 'Denver Evenings', holidaySchedule: 'US Federal Holidays' },
      { name: 'VIP callers', callsFrom: '+13035550199', callsTo: '+17205550102', forwardTo: '1702', enabled: false },
    ],
  });
  // Marcus is the only agent of both loop groups (a single point of failure twice over).
  org.addHuntGroup(denver, {
    name: 'Loop East', policy: 'SIMULTANEOUS', extension: '9011', phoneNumber: '+17205550111', agents: [marcus],
    noAnswer: { nextAgentEnabled: false, forwardEnabled: true, numberOfRings: 3, destination: '+17205550112', destinationVoicemailEnabled: false },
  }, prng);
  const loopWest = org.addHuntGroup(denver, { name: 'Loop West', policy: 'UNIFORM', extension: '9012', phoneNumber: '+17205550112', agents: [marcus] }, prng);
  org.setForwarding(denver, loopWest, { always: { destination: '9011' } });
  // Nobody can dial it, and its weights add up to 90.
  org.addHuntGroup(denver, { name: 'Denver Projects', policy: 'WEIGHTED', agents: [grace, rosa], weights: [60, 30] }, prng);

  org.addCallQueue(denver, {
    name: 'Denver Escalation Queue', extension: '9101', phoneNumber: '+17205550120', policy: 'CIRCULAR',
    agents: [marcus, rosa, nightLine], queueSize: 5,
    overflow: { action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: '+17205550102', afterWaitSeconds: 180 },
  }, prng);
  org.addAutoAttendant(denver, {
    name: 'Denver Main Menu', extension: '9100', phoneNumber: '+17205550150',
    businessSchedule: 'Denver Office Hours', holidaySchedule: 'US Federal Holidays',
    businessHours: {
      keys: [
        ['1', 'TRANSFER_WITHOUT_PROMPT', 'Support', '+17205550101'],
        ['2', 'TRANSFER_WITHOUT_PROMPT', 'Reception', '+17205550111'],
        ['3', 'TRANSFER_WITH_PROMPT', 'Lobby', lobby.extension],
        ['0', 'TRANSFER_TO_OPERATOR', 'Operator', marcus.phoneNumber],
      ],
    },
    afterHours: {
      keys: [
        ['1', 'TRANSFER_WITHOUT_PROMPT', 'Night line', nightLine.phoneNumber],
        ['#', 'EXIT', 'End the call'],
      ],
    },
  }, prng);
}
