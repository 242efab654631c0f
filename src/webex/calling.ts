// Typed Webex Calling reads: locations, any feature's list and details (described by a
// CallingFeature), the signed-in admin and the orgs they manage, each with its orgId handling and a
// check that the answer has the shape the views rely on.

import { ListPage, QueryParams, RequestOptions, WebexClient } from './client';
import { BadResponseError } from './errors';
import { collectPages } from './pagination';
import type { FeatureForwarding, MemberForwarding, NumberEntry, NumberFilter } from './routingTypes';
import type { Location, Organization, Person } from './types';

/**
 * Where Webex Calling keeps one kind of feature. Every kind this extension reads follows one
 * pattern: details at `/telephony/config/locations/{locationId}/{collection}/{id}`, and the list
 * either org-wide at `/telephony/config/{orgWideCollection}` (filterable by `locationId`, `name` and
 * `phoneNumber`) or per location at `/telephony/config/locations/{locationId}/{collection}`.
 */
export interface CallingFeature {
  /** Path segment of the details (and per-location list) URL, e.g. `huntGroups`, `queues`. */
  collection: string;
  /** Key of the array in a list response, e.g. `huntGroups`, `queues`. */
  listKey: string;
  /** True when Webex lists it org-wide (items name their location); false when only per location. */
  orgWide: boolean;
}

export interface CallOptions {
  /** The org to read; undefined means the default org (see the constructor), then the token's own org. */
  orgId?: string;
  signal?: AbortSignal;
}

/** The list filters Webex accepts; `phoneNumber` matches the number or the extension. */
export interface ListFilter extends CallOptions {
  /** Org-wide lists only: items of this location. */
  locationId?: string;
  name?: string;
  /** Org-wide lists only. */
  phoneNumber?: string;
}

export class WebexCalling {
  constructor(
    private readonly client: WebexClient,
    private readonly getDefaultOrgId: () => string | undefined = () => undefined,
  ) {}

  locations(options: CallOptions = {}): Promise<Location[]> {
    return collectPages(this.locationPages(options));
  }

  /** `/telephony/config/locations` rather than `/locations`: the whole tree then needs one scope. */
  locationPages(options: CallOptions = {}): AsyncIterable<ListPage<Location>> {
    return this.client.pages<Location>('/telephony/config/locations', 'locations', this.withOrg(options));
  }

  /** Every item of a feature's list (all pages); per-location features need `locationId`. */
  list<T>(feature: CallingFeature, filter: ListFilter = {}): Promise<T[]> {
    return collectPages(this.listPages<T>(feature, filter));
  }

  /**
   * A feature's list, page by page: org-wide (every item names its location, so one listing can
   * feed a search) or, for features Webex lists per location only, the location's list. A
   * generator itself, so a bad location ID fails the iteration like any other error.
   */
  async *listPages<T>(feature: CallingFeature, filter: ListFilter = {}): AsyncIterable<ListPage<T>> {
    const { locationId, name, phoneNumber } = filter;
    if (feature.orgWide) {
      yield* this.client.pages<T>(`/telephony/config/${pathSegment(feature.collection)}`, feature.listKey, this.withOrg(filter, { locationId, name, phoneNumber }));
      return;
    }
    if (locationId === undefined) throw new TypeError(`Webex lists ${feature.collection} per location only`);
    const path = apiPath`/telephony/config/locations/${locationId}/${feature.collection}`;
    yield* this.client.pages<T>(path, feature.listKey, this.withOrg(filter, { name }));
  }

  /** One item's details. A call pickup's ID changes when it is renamed, so a NotFoundError here means "refresh the list". */
  async itemDetails<T>(feature: CallingFeature, locationId: string, itemId: string, options: CallOptions = {}): Promise<T> {
    return this.checkedObject<T>(apiPath`/telephony/config/locations/${locationId}/${feature.collection}/${itemId}`, this.withOrg(options));
  }

  /** Every phone number and extension of the org matching `filter` (all pages), with its owner and location. */
  numbers(filter: NumberFilter & CallOptions = {}): Promise<NumberEntry[]> {
    return collectPages(this.numberPages(filter));
  }

  /** `GET /telephony/config/numbers`, page by page (list key `phoneNumbers`); entries have no `id`. */
  numberPages(filter: NumberFilter & CallOptions = {}): AsyncIterable<ListPage<NumberEntry>> {
    const { phoneNumber, extension, ownerType, ownerId, locationId } = filter;
    return this.client.pages<NumberEntry>('/telephony/config/numbers', 'phoneNumbers', this.withOrg(filter, { phoneNumber, extension, ownerType, ownerId, locationId }));
  }

  /** A hunt group's, call queue's or auto attendant's call forwarding (always, selective and its rules). */
  forwarding(feature: CallingFeature, locationId: string, itemId: string, options: CallOptions = {}): Promise<FeatureForwarding> {
    return this.client.get<FeatureForwarding>(apiPath`/telephony/config/locations/${locationId}/${feature.collection}/${itemId}/callForwarding`, this.withOrg(options));
  }

  /** A person's call forwarding and business continuity; needs spark-admin:people_read. */
  personForwarding(personId: string, options: CallOptions = {}): Promise<MemberForwarding> {
    return this.client.get<MemberForwarding>(apiPath`/people/${personId}/features/callForwarding`, this.withOrg(options));
  }

  /** A workspace's call forwarding; needs spark-admin:workspaces_read. */
  workspaceForwarding(workspaceId: string, options: CallOptions = {}): Promise<MemberForwarding> {
    return this.client.get<MemberForwarding>(apiPath`/workspaces/${workspaceId}/features/callForwarding`, this.withOrg(options));
  }

  /** Never sends orgId: it is how the extension learns the token's own org. */
  me(options: { signal?: AbortSignal } = {}): Promise<Person> {
    return this.checkedObject<Person>('/people/me', { signal: options.signal });
  }

  /** The orgs a partner admin manages (their own included); the API does not page this list. */
  organizations(options: { signal?: AbortSignal } = {}): Promise<Organization[]> {
    return this.client.unpagedList<Organization>('/organizations', 'items', { signal: options.signal });
  }

  /** One organization's details (GET /organizations/{orgId}), e.g. its display name. */
  organization(orgId: string, options: { signal?: AbortSignal } = {}): Promise<Organization> {
    return this.checkedObject<Organization>(apiPath`/organizations/${orgId}`, { signal: options.signal });
  }

  /** The views key nodes and caches by `id`: an object without one is unusable, not merely odd. */
  private async checkedObject<T>(path: string, options: RequestOptions): Promise<T> {
    const body = await this.client.get<Record<string, unknown>>(path, options);
    if (typeof body.id !== 'string') {
      throw new BadResponseError({ method: 'GET', url: this.client.requestPath(path, options.query) }, 'the item has no "id"');
    }
    return body as T;
  }

  private withOrg(options: CallOptions, filters: QueryParams = {}): RequestOptions {
    return { signal: options.signal, query: { ...filters, orgId: options.orgId ?? this.getDefaultOrgId() } };
  }
}

/** A path with every interpolated ID URL-encoded, so an ID can never reach another path or the query. Throws on an unusable ID. */
function apiPath(parts: TemplateStringsArray, ...ids: string[]): string {
  return parts.reduce((path, part, index) => path + pathSegment(ids[index - 1]) + part);
}

function pathSegment(id: string): string {
  // URL parsing resolves `.` and `..` segments even when percent-encoded, and an empty one shifts the path.
  if (id === '' || id === '.' || id === '..') throw new TypeError(`Not a usable Webex ID: "${id}"`);
  return encodeURIComponent(id);
}
