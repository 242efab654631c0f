// How the sample API shapes what it serves out of its data: the list entries Webex derives from an
// item's details, and the location and organization bodies, each with the fields its published
// spec names.

import type { Location } from '../webex/types';
import type { SampleOrg } from './data';

/** Drops undefined values so payloads only carry the keys that have values, as Webex's do. */
function compact<T extends Record<string, unknown>>(object: T): T {
  for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
  return object;
}

/** What the list entries below read from an item's details. */
export interface ItemDetails {
  id: string;
  name: string;
  phoneNumber?: string;
  extension?: string;
  enabled?: boolean;
  tollFreeNumber?: boolean;
}

export function organizationOf(org: SampleOrg): Record<string, unknown> {
  return { id: org.orgId, displayName: org.name, created: org.created };
}

/** `GET /locations` item and `GET /locations/{id}` (the locations spec's fields). */
export function locationOf(location: Location): Record<string, unknown> {
  return compact({
    id: location.id,
    name: location.name,
    orgId: location.orgId,
    address: location.address,
    timeZone: location.timeZone,
    preferredLanguage: location.preferredLanguage,
    latitude: location.latitude,
    longitude: location.longitude,
    notes: location.notes,
  });
}

/** `GET /telephony/config/locations` item, as Webex Calling lists them. */
export function callingLocationListItemOf(location: Location): Record<string, unknown> {
  return compact({
    id: location.id,
    name: location.name,
    routingPrefix: location.routingPrefix,
    callingLineId: location.callingLineId,
    address: location.address,
    e911SetupRequired: location.e911SetupRequired,
  });
}

/** `GET /telephony/config/locations/{id}`. */
export function callingLocationOf(location: Location): Record<string, unknown> {
  return compact({
    id: location.id,
    name: location.name,
    timeZone: location.timeZone,
    preferredLanguage: location.preferredLanguage,
    announcementLanguage: location.announcementLanguage,
    routingPrefix: location.routingPrefix,
    callingLineId: location.callingLineId,
    address: location.address,
    e911SetupRequired: location.e911SetupRequired,
  });
}

/** `ListHuntGroupObject`: what the org-wide hunt group list says about each one. */
export function huntGroupListItemOf(location: Location, huntGroup: ItemDetails): Record<string, unknown> {
  const routingPrefix = typeof location.routingPrefix === 'string' ? location.routingPrefix : undefined;
  return compact({
    id: huntGroup.id,
    name: huntGroup.name,
    locationName: location.name,
    locationId: location.id,
    phoneNumber: huntGroup.phoneNumber,
    extension: huntGroup.extension,
    routingPrefix,
    esn: routingPrefix !== undefined && huntGroup.extension !== undefined ? routingPrefix + huntGroup.extension : undefined,
    enabled: huntGroup.enabled ?? true,
  });
}

/** `ListCallPickupObject`, in the key order of the spec's example. */
export function callPickupListItemOf(location: Location, pickup: ItemDetails): Record<string, unknown> {
  return { name: pickup.name, id: pickup.id, locationName: location.name, locationId: location.id };
}

/** `ListCallQueueObject` ("Read the List of Call Queues"). */
export function callQueueListItemOf(location: Location, queue: ItemDetails): Record<string, unknown> {
  return compact({
    id: queue.id,
    name: queue.name,
    locationName: location.name,
    locationId: location.id,
    phoneNumber: queue.phoneNumber,
    extension: queue.extension,
    enabled: queue.enabled ?? true,
  });
}

/** `ListAutoAttendantObject` ("Read the List of Auto Attendants"). */
export function autoAttendantListItemOf(location: Location, autoAttendant: ItemDetails): Record<string, unknown> {
  return compact({
    id: autoAttendant.id,
    name: autoAttendant.name,
    locationName: location.name,
    locationId: location.id,
    phoneNumber: autoAttendant.phoneNumber,
    extension: autoAttendant.extension,
    tollFreeNumber: autoAttendant.tollFreeNumber ?? false,
  });
}
