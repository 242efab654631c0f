// The item kinds the sample API serves, one row per kind of the registry: where its items sit in
// the sample data, how Webex lists them, and the list's documented default page size. The URLs
// come from each kind's registered endpoint, so a kind the registry adds is routed here (and the
// `Record<Kind, …>` makes a kind without sample data a compile error).

import type { Kind } from '../kinds/kind';
import { ALL_KINDS, ENDPOINTS } from '../kinds/endpoints';
import type { CallingFeature } from '../webex/calling';
import type { Location } from '../webex/types';
import type { SampleLocationData } from './data';
import { autoAttendantListItemOf, callPickupListItemOf, callQueueListItemOf, huntGroupListItemOf, type ItemDetails } from './payloads';

interface SampleKindData {
  /** The location's items of this kind, as their details payloads. */
  itemsOf(where: SampleLocationData): ItemDetails[];
  /** The list entry Webex derives from an item's details. */
  listItemOf(location: Location, item: ItemDetails): Record<string, unknown>;
  /**
   * `max` when a list request gives none, per the published specs: the call pickup list says
   * "Default is 2000". The other lists document no default; they get 100.
   */
  defaultMax: number;
  /** Webex's word for it in a 404: "Hunt group not found." */
  notFoundName: string;
}

const SAMPLE_KIND_DATA: Record<Kind, SampleKindData> = {
  huntGroup: { itemsOf: (where) => where.huntGroups, listItemOf: huntGroupListItemOf, defaultMax: 100, notFoundName: 'Hunt group' },
  callPickup: { itemsOf: (where) => where.callPickups, listItemOf: callPickupListItemOf, defaultMax: 2000, notFoundName: 'Call pickup' },
  callQueue: { itemsOf: (where) => where.callQueues, listItemOf: callQueueListItemOf, defaultMax: 100, notFoundName: 'Call queue' },
  autoAttendant: { itemsOf: (where) => where.autoAttendants, listItemOf: autoAttendantListItemOf, defaultMax: 100, notFoundName: 'Auto attendant' },
};

export interface SampleKind extends SampleKindData {
  kind: Kind;
  endpoint: CallingFeature;
  /**
   * The list's path after `/v1` for paging settings: `/telephony/config/{collection}`, also for
   * kinds Webex lists per location (served at `/telephony/config/locations/{id}/{collection}`).
   */
  listPath: string;
}

/** Every registered kind, in the registry's order. */
export function sampleKinds(): SampleKind[] {
  return ALL_KINDS.map((kind) => {
    const endpoint = ENDPOINTS[kind];
    return { kind, ...SAMPLE_KIND_DATA[kind], endpoint, listPath: `/telephony/config/${endpoint.collection}` };
  });
}
