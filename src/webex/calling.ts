// Typed Webex Calling reads: the endpoints the tree, search and details views need, each with its
// list key, its orgId handling and a check that the answer has the shape the views rely on.

import { ListPage, QueryParams, RequestOptions, WebexClient } from './client';
import { BadResponseError } from './errors';
import { collectPages } from './pagination';
import {
  CallPickupDetails,
  CallPickupListItem,
  HuntGroupDetails,
  HuntGroupListItem,
  Location,
  Organization,
  Person,
} from './types';

export interface CallOptions {
  /** The org to read; undefined means the default org (see the constructor), then the token's own org. */
  orgId?: string;
  signal?: AbortSignal;
}

export interface HuntGroupFilter extends CallOptions {
  locationId?: string;
  name?: string;
  phoneNumber?: string;
}

export interface CallPickupFilter extends CallOptions {
  name?: string;
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

  huntGroups(filter: HuntGroupFilter = {}): Promise<HuntGroupListItem[]> {
    return collectPages(this.huntGroupPages(filter));
  }

  /** Org-wide without `locationId`; every item names its location, so one listing can feed a search. */
  huntGroupPages(filter: HuntGroupFilter = {}): AsyncIterable<ListPage<HuntGroupListItem>> {
    const { locationId, name, phoneNumber } = filter;
    return this.client.pages<HuntGroupListItem>('/telephony/config/huntGroups', 'huntGroups', this.withOrg(filter, { locationId, name, phoneNumber }));
  }

  async huntGroup(locationId: string, huntGroupId: string, options: CallOptions = {}): Promise<HuntGroupDetails> {
    return this.details<HuntGroupDetails>(apiPath`/telephony/config/locations/${locationId}/huntGroups/${huntGroupId}`, options);
  }

  callPickups(locationId: string, filter: CallPickupFilter = {}): Promise<CallPickupListItem[]> {
    return collectPages(this.callPickupPages(locationId, filter));
  }

  /** A generator itself, so a bad location ID fails the iteration like any other error. */
  async *callPickupPages(locationId: string, filter: CallPickupFilter = {}): AsyncIterable<ListPage<CallPickupListItem>> {
    const path = apiPath`/telephony/config/locations/${locationId}/callPickups`;
    yield* this.client.pages<CallPickupListItem>(path, 'callPickups', this.withOrg(filter, { name: filter.name }));
  }

  /** A call pickup's ID changes when it is renamed, so a NotFoundError here means "refresh the list". */
  async callPickup(locationId: string, callPickupId: string, options: CallOptions = {}): Promise<CallPickupDetails> {
    return this.details<CallPickupDetails>(apiPath`/telephony/config/locations/${locationId}/callPickups/${callPickupId}`, options);
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

  private details<T>(path: string, options: CallOptions): Promise<T> {
    return this.checkedObject<T>(path, this.withOrg(options));
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
