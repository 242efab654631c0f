// The default sample org: hand-shaped so every policy, ring pattern, agent type, notification
// type, routing type, overflow action, menu action and documented field shows up somewhere, with
// the two public examples in "Alaska" and one empty location. One builder per location; call
// queues' overflows and auto attendants' menu keys point at the org's hunt groups, queues and
// people by their numbers, with one key leading nowhere and a queue and an auto attendant that
// forward to each other.

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
import { SEED_CALL_PICKUP_DETAILS, SEED_HUNT_GROUP_DETAILS, SEED_NORTH_ALASKA_PICKUP_ID } from './seedPayloads';

const DEFAULT_SEED = 0x5eed;
/**
 * Call queues and auto attendants draw their IDs from their own sequence, so adding them left
 * every other ID of the org as it was.
 */
const CALL_FEATURE_SEED = 0xca11;
export const DEFAULT_ORG_NAME = 'Acme Sample Co.';
export const MAIL_DOMAIN = 'acme-sample.example';

/** A number that nothing in the org answers: an auto attendant key leads there (a dead end). */
export const DEAD_END_NUMBER = '+14085550177';

type Defaults = 'language' | 'languageCode' | 'timeZone';

/** The org under construction: its PRNGs, its ID, and its locations in order. */
class DefaultOrgBuilder {
  readonly prng = new Prng(DEFAULT_SEED);
  private readonly featurePrng = new Prng(CALL_FEATURE_SEED);
  readonly orgId = webexId('ORGANIZATION', this.prng.uuid());
  readonly locations: SampleLocationData[] = [];

  addLocation(plan: LocationPlan): SampleLocationData {
    const data: SampleLocationData = { location: buildLocation(webexId('LOCATION', this.prng.uuid()), this.orgId, plan), huntGroups: [], callPickups: [], callQueues: [], autoAttendants: [] };
    this.locations.push(data);
    return data;
  }

  /** In English and the location's time zone unless the plan says otherwise. */
  addHuntGroup(where: SampleLocationData, plan: Omit<HuntGroupPlan, Defaults> & Partial<HuntGroupPlan>): void {
    where.huntGroups.push(buildHuntGroup(webexId('HUNT_GROUP', this.prng.uuid()), { ...this.defaultsOf(where), ...plan }));
  }

  addCallQueue(where: SampleLocationData, plan: Omit<CallQueuePlan, Defaults> & Partial<CallQueuePlan>): void {
    where.callQueues.push(buildCallQueue(webexId('CALL_QUEUE', this.featurePrng.uuid()), { ...this.defaultsOf(where), ...plan }));
  }

  addAutoAttendant(where: SampleLocationData, plan: Omit<AutoAttendantPlan, Defaults> & Partial<AutoAttendantPlan>): void {
    where.autoAttendants.push(buildAutoAttendant(webexId('AUTO_ATTENDANT', this.featurePrng.uuid()), { ...this.defaultsOf(where), ...plan }));
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
  org.addHuntGroup(austin, { name: 'New Hires', policy: 'CIRCULAR', extension: '6003', agents: [] });
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
  const [johnDoeAgent, , aliceAgent] = SEED_HUNT_GROUP_DETAILS.agents!;
  const [johnBrownAgent, christianAgent] = SEED_CALL_PICKUP_DETAILS.agents!;
  const johnDoe = seedMember(johnDoeAgent, 'john.doe@acme-sample.example');
  const alice = seedMember(aliceAgent, 'alice.smith@acme-sample.example');
  const johnBrown = seedMember(johnBrownAgent, johnBrownAgent.email!);
  const christian = seedMember(christianAgent, christianAgent.email!);
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
