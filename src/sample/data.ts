// The sample organization's data: a hand-shaped default org that shows every documented field and
// every enum value somewhere (defaultOrg.ts), a generated org of any size for scale work, and
// smaller customer orgs for partner admins (sizedOrg.ts). Everything is deterministic, so two
// generations are equal and tests can assert on exact values.

import type { AutoAttendantDetails } from '../kinds/autoAttendant/types';
import type { CallPickupDetails } from '../kinds/callPickup/types';
import type { CallQueueDetails } from '../kinds/callQueue/types';
import type { HuntGroupDetails } from '../kinds/huntGroup/types';
import type { Location, Person } from '../webex/types';
import type { SampleOrgSize } from './control';
import { DEFAULT_ORG_NAME, generateDefaultOrg, MAIL_DOMAIN } from './defaultOrg';
import type { FeatureForwardingPlan, SampleMember, SampleNumber } from './routingData';
import { generateSizedOrg } from './sizedOrg';

export { AGENT_TYPES, HUNT_POLICIES, MAX_ALTERNATE_NUMBERS, NOTIFICATION_TYPES, Prng, RING_PATTERNS, weightsSummingTo100 } from './builders';
export { MENU_ACTIONS, OVERFLOW_ACTIONS, ROUTING_TYPES } from './callFeatureBuilders';
export { DEAD_END_NUMBER } from './defaultOrg';
export type { FeatureForwardingPlan, ForwardPlan, MemberForwardingPlan, SampleMember, SampleNumber } from './routingData';

export interface SampleLocationData {
  location: Location;
  huntGroups: HuntGroupDetails[];
  callPickups: CallPickupDetails[];
  callQueues: CallQueueDetails[];
  autoAttendants: AutoAttendantDetails[];
  /** The location's people, workspaces and virtual lines (each number's owner); none when omitted. */
  members?: SampleMember[];
  /** Numbers owned by other things (voicemail groups, paging groups…) or by nothing. */
  otherNumbers?: SampleNumber[];
  /** The call forwarding of the location's hunt groups, queues and auto attendants, by item ID; omitted: off. */
  forwarding?: Record<string, FeatureForwardingPlan>;
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

/** The sample org: the hand-shaped default, or a generated one of the given size. */
export function generateSampleOrg(size?: SampleOrgSize): SampleOrg {
  return size ? generateSizedOrg(0x5ca1e, DEFAULT_ORG_NAME, MAIL_DOMAIN, size) : generateDefaultOrg();
}

/**
 * Every org a partner admin of the sample org can see: the home org first, then a customer with
 * its own smaller data, then a customer that has no calling locations yet.
 */
export function generateSampleOrgs(size?: SampleOrgSize): SampleOrg[] {
  const customer = generateSizedOrg(0xc0ffee, 'Globex Customer Ltd.', 'globex-customer.example', {
    locations: 2, huntGroupsPerLocation: 2, callPickupsPerLocation: 1, callQueuesPerLocation: 1, autoAttendantsPerLocation: 1,
  });
  const emptyCustomer = generateSizedOrg(0xe1, 'Initech Trial', 'initech-trial.example', { locations: 0, huntGroupsPerLocation: 0, callPickupsPerLocation: 0 });
  return [generateSampleOrg(size), customer, emptyCustomer];
}
