// The sample API's routes over the orgs' data, apart from HTTP: a request path and query in, a
// reply (status, body, list page) or a RequestError out. The routes of the item kinds come from
// the registry's endpoints (sampleKinds.ts): an org-wide list at `/telephony/config/{collection}`
// (filters locationId, name, phoneNumber), or a per-location list at
// `/telephony/config/locations/{id}/{collection}` (filter name), and details at
// `/telephony/config/locations/{id}/{collection}/{itemId}`. The routing reads (numbers, call
// forwarding, schedules) are shaped in routingApi.ts.

import type { Person } from '../webex/types';
import { notFound, RequestError } from './apiErrors';
import type { SampleReply } from './control';
import type { SampleLocationData, SampleOrg } from './data';
import { largestMaxOf, LIST_SPECS, pageOf, type PagingSettings } from './paging';
import { callingLocationListItemOf, callingLocationOf, locationOf, organizationOf, type ItemDetails } from './payloads';
import { featureForwardingOf, memberForwardingOf, numbersOf, scheduleListOf, scheduleOf } from './routingApi';
import { sampleKinds, type SampleKind } from './sampleKinds';

/** `people/{id}/features/callForwarding` and `workspaces/{id}/features/callForwarding`, by their first segment. */
const FORWARDING_MEMBER_TYPES: Readonly<Record<string, 'PEOPLE' | 'PLACE'>> = { people: 'PEOPLE', workspaces: 'PLACE' };

/** Parses a non-negative integer query parameter; undefined when absent. */
function integerParam(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RequestError(400, `Invalid value for '${name}': '${raw}'. Expected an integer from ${min} to ${max}.`);
  }
  return value;
}

function containsIgnoringCase(text: unknown, needle: string): boolean {
  return typeof text === 'string' && text.toLowerCase().includes(needle.toLowerCase());
}

/** The `phoneNumber` filter of the org-wide lists: a part of the item's number or extension. */
function matchesNumber(item: ItemDetails, needle: string): boolean {
  return !!(item.phoneNumber?.includes(needle) || item.extension?.includes(needle));
}

export class SampleApi {
  private readonly kindsByCollection = new Map<string, SampleKind>(sampleKinds().map((kind) => [kind.endpoint.collection, kind]));

  constructor(
    readonly orgs: Map<string, SampleOrg>,
    readonly homeOrg: SampleOrg,
    private readonly pageSizeLimit: () => number,
    private readonly paging: PagingSettings,
  ) {}

  /** `me`: the admin the request's token signs in as. Throws RequestError for 400 and 404. */
  handle(path: string, query: URLSearchParams, me: Person): SampleReply {
    const org = this.orgFor(query);
    const segments = path.split('/').slice(1).map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        throw notFound();
      }
    });
    const route = segments.join('/');

    if (route === 'people/me') return { status: 200, body: me };
    // Not paginated, per the organizations spec: always the whole list, no Link, whatever `max` says.
    if (route === 'organizations') return { status: 200, body: { items: [...this.orgs.values()].map(organizationOf) } };
    if (segments[0] === 'organizations' && segments.length === 2) {
      const target = this.orgs.get(segments[1]);
      if (!target) throw notFound('Organization');
      return { status: 200, body: organizationOf(target) };
    }
    if (route === 'locations') {
      const name = query.get('name');
      const id = query.get('id');
      const matching = org.locations.filter((data) => (name === null || containsIgnoringCase(data.location.name, name)) && (id === null || data.location.id === id));
      return this.page('/locations', matching.map((data) => locationOf(data.location)), query);
    }
    if (segments[0] === 'locations' && segments.length === 2) {
      return { status: 200, body: locationOf(this.location(org, segments[1]).location) };
    }
    const memberType = Object.hasOwn(FORWARDING_MEMBER_TYPES, segments[0]) ? FORWARDING_MEMBER_TYPES[segments[0]] : undefined;
    if (memberType && segments.length === 4 && segments[2] === 'features' && segments[3] === 'callForwarding') {
      return { status: 200, body: memberForwardingOf(org, memberType, segments[1]) };
    }
    if (segments[0] !== 'telephony' || segments[1] !== 'config') throw notFound();
    return this.telephony(org, segments.slice(2), query);
  }

  /** Everything under `/telephony/config/`. */
  private telephony(org: SampleOrg, rest: string[], query: URLSearchParams): SampleReply {
    if (rest.length === 1 && rest[0] === 'numbers') return this.page('/telephony/config/numbers', numbersOf(org, query), query);
    if (rest.length === 1 && rest[0] !== 'locations') {
      const kind = this.kindsByCollection.get(rest[0]);
      if (!kind?.endpoint.orgWide) throw notFound();
      return this.listOrgWide(org, kind, query);
    }
    if (rest[0] !== 'locations') throw notFound();
    if (rest.length === 1) {
      const name = query.get('name');
      const matching = org.locations.filter((data) => name === null || containsIgnoringCase(data.location.name, name));
      return this.page('/telephony/config/locations', matching.map((data) => callingLocationListItemOf(data.location)), query);
    }
    const where = this.location(org, rest[1]);
    if (rest.length === 2) return { status: 200, body: callingLocationOf(where.location) };
    if (rest[2] === 'schedules') return this.schedules(where, rest.slice(3), query);
    const kind = this.kindsByCollection.get(rest[2]);
    if (kind && rest.length === 5 && rest[4] === 'callForwarding') return { status: 200, body: featureForwardingOf(where, kind, rest[3]) };
    if (!kind || rest.length > 4) throw notFound();
    if (rest.length === 4) {
      const found = kind.itemsOf(where).find((item) => item.id === rest[3]);
      if (!found) throw notFound(kind.notFoundName);
      return { status: 200, body: found };
    }
    if (kind.endpoint.orgWide) throw notFound();
    const name = query.get('name');
    const matching = kind.itemsOf(where).filter((item) => name === null || containsIgnoringCase(item.name, name));
    return this.page(kind.listPath, matching.map((item) => kind.listItemOf(where.location, item)), query);
  }

  /** A location's schedules: the list (`rest` empty) or one schedule (`[type, id]`). */
  private schedules(where: SampleLocationData, rest: string[], query: URLSearchParams): SampleReply {
    if (rest.length === 0) return this.page('/telephony/config/schedules', scheduleListOf(where, query), query);
    if (rest.length === 2) return { status: 200, body: scheduleOf(where, rest[0], rest[1]) };
    throw notFound();
  }

  private listOrgWide(org: SampleOrg, kind: SampleKind, query: URLSearchParams): SampleReply {
    const locationId = query.get('locationId');
    const name = query.get('name');
    const phoneNumber = query.get('phoneNumber');
    const items: Record<string, unknown>[] = [];
    for (const data of org.locations) {
      if (locationId !== null && data.location.id !== locationId) continue;
      for (const item of kind.itemsOf(data)) {
        if (name !== null && !containsIgnoringCase(item.name, name)) continue;
        if (phoneNumber !== null && !matchesNumber(item, phoneNumber)) continue;
        items.push(kind.listItemOf(data.location, item));
      }
    }
    return this.page(kind.listPath, items, query);
  }

  private orgFor(query: URLSearchParams): SampleOrg {
    const orgId = query.get('orgId');
    if (orgId === null) return this.homeOrg;
    const org = this.orgs.get(orgId);
    if (!org) throw notFound('Organization');
    return org;
  }

  private location(org: SampleOrg, locationId: string): SampleLocationData {
    const found = org.locations.find((data) => data.location.id === locationId);
    if (!found) throw notFound('Location');
    return found;
  }

  /** One page of a list in its paging mode: page size = min(max, the server's page size limit). */
  private page(listPath: string, all: unknown[], query: URLSearchParams): SampleReply {
    const spec = LIST_SPECS[listPath];
    const max = integerParam(query, 'max', 1, largestMaxOf(spec)) ?? spec.defaultMax;
    const start = integerParam(query, 'start', 0, Number.MAX_SAFE_INTEGER) ?? 0;
    const page = pageOf(spec.key, all, start, Math.min(max, this.pageSizeLimit()), this.paging.modeOf(listPath));
    if (page === 'pastEnd') throw notFound();
    return { status: 200, body: { [spec.key]: page.items }, list: page };
  }
}
