// Call pickup groups: members who may answer each other's ringing lines. Webex lists them per
// location only, they have no number of their own, and a call pickup's ID changes when it is renamed.
import { ENDPOINTS } from '../endpoints';
import type { KindDescriptor } from '../kind';
import { callPickupFacts, callPickupMembers } from './describe';
import type { CallPickupDetails, CallPickupListItem } from './types';

export const callPickupKind: KindDescriptor<CallPickupListItem, CallPickupDetails> = {
  kind: 'callPickup',
  labels: {
    one: 'call pickup',
    many: 'call pickups',
    title: 'Call pickup',
    folder: 'Call Pickups',
    none: 'No call pickups in this location',
    gone: 'Renamed or deleted; the list was refreshed',
  },
  icon: 'bell',
  endpoint: ENDPOINTS.callPickup,
  scope: 'spark-admin:telephony_config_read',
  schemaFile: 'callPickup.schema.json',
  jsonFolder: 'callPickups',
  hasNumbers: false,
  hasMembers: true,
  traceable: false,
  rowDescription: () => '',
  isDisabled: () => false,
  tooltipLines: (item) => [`Call pickup group in ${item.locationName ?? ''}`, 'Members can answer any ringing line of the group.'],
  searchNumbers: () => ({ phoneNumbers: [] }),
  facts: callPickupFacts,
  factGroups: () => [],
  members: callPickupMembers,
  summary: () => ({}),
};
