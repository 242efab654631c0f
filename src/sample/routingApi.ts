// The sample API's routing reads, apart from HTTP and paging: the org's numbers, the call
// forwarding of features, people and workspaces, and the schedules selective rules and auto
// attendants name. api.ts routes to these and pages the lists.

import { notFound, RequestError } from './apiErrors';
import type { SampleLocationData, SampleOrg } from './data';
import { matchingNumbers, type SampleNumberEntry } from './numbers';
import { featureForwardingPayload, memberForwardingPayload, scheduleDetailsOf, scheduleListItemOf, schedulesOf, type ForwardingKind, type SampleSchedule } from './routingData';
import type { SampleKind } from './sampleKinds';

/** `GET /telephony/config/numbers`, every matching entry (the caller pages them). */
export function numbersOf(org: SampleOrg, query: URLSearchParams): SampleNumberEntry[] {
  return matchingNumbers(org, query);
}

/** `GET /telephony/config/locations/{loc}/{collection}/{id}/callForwarding`; call pickups have none. */
export function featureForwardingOf(where: SampleLocationData, kind: SampleKind, itemId: string): Record<string, unknown> {
  if (kind.kind === 'callPickup') throw notFound();
  if (!kind.itemsOf(where).some((item) => item.id === itemId)) throw notFound(kind.notFoundName);
  return featureForwardingPayload(kind.kind satisfies ForwardingKind, where.forwarding?.[itemId]);
}

/** The member types with a forwarding endpoint of their own: `/people/{id}/…` and `/workspaces/{id}/…`. */
export type ForwardingMemberType = 'PEOPLE' | 'PLACE';

/** `GET /people/{id}/features/callForwarding` or `GET /workspaces/{id}/features/callForwarding`. */
export function memberForwardingOf(org: SampleOrg, type: ForwardingMemberType, id: string): Record<string, unknown> {
  for (const where of org.locations) {
    const member = where.members?.find((candidate) => candidate.id === id && candidate.type === type);
    if (member) return memberForwardingPayload(member.forwarding);
  }
  throw notFound(type === 'PEOPLE' ? 'Person' : 'Workspace');
}

const SCHEDULE_TYPES = ['businessHours', 'holidays'];

function scheduleTypeParam(raw: string): void {
  if (!SCHEDULE_TYPES.includes(raw)) throw new RequestError(400, `Invalid value for 'type': '${raw}'. Expected one of ${SCHEDULE_TYPES.join(', ')}.`);
}

/** `GET /telephony/config/locations/{loc}/schedules` (filters `type` and `name`, exact), every matching entry (the caller pages them). */
export function scheduleListOf(where: SampleLocationData, query: URLSearchParams): Record<string, unknown>[] {
  const type = query.get('type');
  const name = query.get('name');
  if (type !== null) scheduleTypeParam(type);
  return schedulesOf(where)
    .filter((schedule) => (type === null || schedule.type === type) && (name === null || schedule.name === name))
    .map((schedule) => scheduleListItemOf(where.location, schedule));
}

/** `GET /telephony/config/locations/{loc}/schedules/{type}/{id}`. */
export function scheduleOf(where: SampleLocationData, type: string, id: string): Record<string, unknown> {
  scheduleTypeParam(type);
  const found: SampleSchedule | undefined = schedulesOf(where).find((schedule) => schedule.type === type && schedule.id === id);
  if (!found) throw notFound('Schedule');
  return scheduleDetailsOf(found);
}
