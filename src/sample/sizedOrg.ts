// Generated sample orgs of any size, for scale work and the partner admin's customers: every
// location gets the same mix, named after a rotating list of cities, each with its own block of
// numbers so that every number is unique. Its members own their numbers, and the number its hunt
// groups forward unanswered calls to (NNN 999) is in the location's block but unassigned.

import type { AutoAttendantDetails } from '../kinds/autoAttendant/types';
import type { CallPickupDetails } from '../kinds/callPickup/types';
import type { CallQueueDetails } from '../kinds/callQueue/types';
import type { HuntGroupDetails } from '../kinds/huntGroup/types';
import type { AgentType } from '../webex/types';
import { adminPerson, buildCallPickup, buildHuntGroup, buildLocation, HUNT_POLICIES, MemberFactory, NOTIFICATION_TYPES, Prng, RING_PATTERNS, weightsSummingTo100, type Member } from './builders';
import { buildAutoAttendant, buildCallQueue, OVERFLOW_ACTIONS, ROUTING_TYPES, type KeyPlan } from './callFeatureBuilders';
import type { SampleOrgSize } from './control';
import type { SampleLocationData, SampleOrg } from './data';
import { webexId } from './ids';

const CALL_FEATURE_SALT = 0xca11;

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
const QUEUE_PURPOSES = ['Care', 'Orders', 'Billing', 'Technical', 'Claims', 'Bookings'];

type City = (typeof CITIES)[number];

/** What a generated location's queues and auto attendants point at. */
interface GeneratedSite {
  index: number;
  siteNumber: number;
  city: City;
  /** `+1555LLLL`: members at NNN 000-099, the main number 100, hunt groups 500+, queues 600+, auto attendants 700+. */
  numberBlock: string;
  members: Member[];
  huntGroups: HuntGroupDetails[];
  callQueues?: CallQueueDetails[];
}

export function generateSizedOrg(seed: number, orgName: string, mailDomain: string, size: SampleOrgSize): SampleOrg {
  const prng = new Prng(seed);
  // Queues and auto attendants draw from their own sequence, so the other IDs stay as they were.
  const featurePrng = new Prng(seed ^ CALL_FEATURE_SALT);
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
    const callQueues = Array.from({ length: size.callQueuesPerLocation ?? 0 }, (_, q) => generatedCallQueue(featurePrng, { index, siteNumber, city, numberBlock, members, huntGroups }, q));
    const autoAttendants = Array.from({ length: size.autoAttendantsPerLocation ?? 0 }, (_, a) => generatedAutoAttendant(featurePrng, { index, siteNumber, city, numberBlock, members, huntGroups, callQueues }, a));
    locations.push({ location, huntGroups, callPickups, callQueues, autoAttendants, members, otherNumbers: [{ phoneNumber: `${numberBlock}999` }] });
  }
  return { orgId, name: orgName, created: '2021-06-01T12:00:00.000Z', me: adminPerson(prng, orgId, 'Robin', 'Admin', mailDomain), locations };
}

function generatedCallQueue(prng: Prng, site: GeneratedSite, q: number): CallQueueDetails {
  const policy = HUNT_POLICIES[(site.index + q) % HUNT_POLICIES.length];
  const routingType = policy === 'SIMULTANEOUS' || policy === 'WEIGHTED' ? 'PRIORITY_BASED' : ROUTING_TYPES[(site.index + q) % ROUTING_TYPES.length];
  const start = prng.int(site.members.length);
  const agents = Array.from({ length: 2 + prng.int(4) }, (_, a) => site.members[(start + a) % site.members.length]);
  const action = OVERFLOW_ACTIONS[(site.index + q) % OVERFLOW_ACTIONS.length];
  // Overflow goes to the location's first hunt group, or else its main number.
  const transferNumber = action === 'TRANSFER_TO_PHONE_NUMBER' ? site.huntGroups[0]?.phoneNumber ?? `${site.numberBlock}100` : undefined;
  return buildCallQueue(webexId('CALL_QUEUE', prng.uuid()), {
    name: `${site.city.city} ${QUEUE_PURPOSES[q % QUEUE_PURPOSES.length]} Queue${q >= QUEUE_PURPOSES.length ? ` ${q + 1}` : ''} ${site.siteNumber}`,
    extension: String(6000 + q),
    phoneNumber: `${site.numberBlock}${String(600 + q).padStart(3, '0')}`,
    enabled: prng.chance(0.9),
    language: site.city.language,
    languageCode: site.city.languageCode,
    timeZone: site.city.timeZone,
    routingType,
    policy,
    agents,
    weights: policy === 'WEIGHTED' ? weightsSummingTo100(agents.length) : undefined,
    skillLevels: routingType === 'SKILL_BASED' ? agents.map((_, a) => 1 + (a % 5)) : undefined,
    ringPattern: prng.chance(0.3) ? prng.pick(RING_PATTERNS) : undefined,
    queueSize: 5 + prng.int(46),
    overflow: { action, transferNumber, sendToVoicemail: action === 'PERFORM_BUSY_TREATMENT' && prng.chance(0.5) },
    waitMode: prng.chance(0.5) ? 'TIME' : 'POSITION',
  });
}

function generatedAutoAttendant(prng: Prng, site: GeneratedSite, a: number): AutoAttendantDetails {
  const keys: KeyPlan[] = [];
  const targets = [...site.huntGroups, ...(site.callQueues ?? [])].slice(0, 8);
  targets.forEach((target, t) => keys.push([String(t + 1), 'TRANSFER_WITHOUT_PROMPT', target.name, target.phoneNumber ?? target.extension]));
  const operator = site.members[prng.int(site.members.length)];
  keys.push(['0', 'TRANSFER_TO_OPERATOR', 'Operator', operator.phoneNumber ?? operator.extension], ['#', 'REPEAT_MENU', 'Repeat']);
  return buildAutoAttendant(webexId('AUTO_ATTENDANT', prng.uuid()), {
    name: `${site.city.city} Main Menu${a > 0 ? ` ${a + 1}` : ''} ${site.siteNumber}`,
    extension: String(7000 + a),
    phoneNumber: `${site.numberBlock}${String(700 + a).padStart(3, '0')}`,
    language: site.city.language,
    languageCode: site.city.languageCode,
    timeZone: site.city.timeZone,
    businessSchedule: `${site.city.city} Business Hours${a > 0 ? ` ${a + 1}` : ''}`,
    holidaySchedule: prng.chance(0.5) ? `${site.city.country} Holidays` : undefined,
    businessHours: { keys },
    afterHours: { keys: [['1', 'TRANSFER_TO_MAILBOX', 'Leave a message', operator.extension], ['#', 'EXIT', 'End the call']] },
  });
}
