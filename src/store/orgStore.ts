// What the view has fetched from one organization, so that nothing is requested twice: lists per
// location and kind, details per item, kept until the user refreshes. Failed requests are not kept,
// so a retry asks again. No VS Code here: the tree, the details view, the JSON tab and the commands
// all read through this one store. It knows kinds only through their descriptors.
//
// Kinds Webex lists org-wide (hunt groups, call queues, auto attendants) can be read for the whole
// org in ceil(n / page size) requests instead of one per location; once that listing is complete,
// every location's list of that kind is served from it.
import type { Kind } from '../kinds/kind';
import { KINDS } from '../kinds/registry';
import type { ListItem } from '../kinds/kind';
import type { CallOptions, ListFilter, WebexCalling } from '../webex/calling';
import { untilAborted } from '../webex/abortable';
import { AbortedError } from '../webex/errors';
import type { FeatureForwarding, ForwardingOwnerType, MemberForwarding, NumberEntry } from '../webex/routingTypes';
import type { Location } from '../webex/types';
import { PagedList } from './pagedList';
import { newById } from './uniqueById';

export interface OrgListOptions {
  /** Stops waiting; a page already requested still lands in the cache, so it is not asked for again. */
  signal?: AbortSignal;
  /** Each page's new items, as they arrive (also the ones already cached, at once). */
  onItems?: (items: readonly ListItem[]) => void;
}

/** Server-side list filters (Webex matches `phoneNumber` against the number and the extension). */
export type ListSearch = Pick<ListFilter, 'name' | 'phoneNumber'>;

/**
 * A number lookup: an E.164 number, or an extension (in one location when `locationId` is given:
 * extensions are unique per location only).
 */
export type NumberQuery = { phoneNumber: string } | { extension: string; locationId?: string };

/** The kinds that have call forwarding of their own. */
export type ForwardingKind = Exclude<Kind, 'callPickup'>;

/** The lists and details of one kind. */
class KindCache {
  orgWideList: PagedList<ListItem> | undefined;
  /** Per-location lists cut from the org-wide listing. */
  readonly listsInMemory = new WeakSet<PagedList<ListItem>>();
  readonly locationLists = new Map<string, PagedList<ListItem>>();
  readonly details = new Map<string, Promise<unknown>>();
}

export class OrgStore {
  private locationList: Promise<Location[]> | undefined;
  private readonly caches = new Map<Kind, KindCache>();
  /** Routing reads for the call-flow tracer, each kept like details: once per key, failures forgotten. */
  private readonly numberLookups = new Map<string, Promise<NumberEntry | undefined>>();
  private numberList: Promise<NumberEntry[]> | undefined;
  private numberListComplete: NumberEntry[] | undefined;
  private readonly forwardings = new Map<string, Promise<FeatureForwarding>>();
  private readonly memberForwardings = new Map<string, Promise<MemberForwarding>>();

  constructor(
    private readonly calling: WebexCalling,
    private readonly orgId?: string,
  ) {}

  private get callOptions(): CallOptions {
    return { orgId: this.orgId };
  }

  private cache(kind: Kind): KindCache {
    return getOrCreate(this.caches, kind, () => new KindCache());
  }

  /** Every calling location once by ID, sorted by name (all pages: sorting needs them all). */
  locations(): Promise<Location[]> {
    if (!this.locationList) {
      const request = this.calling.locations(this.callOptions).then((locations) => newById(locations, new Set()).sort(byName));
      this.locationList = request;
      request.catch(() => {
        if (this.locationList === request) this.locationList = undefined;
      });
    }
    return this.locationList;
  }

  /** A location's items of a kind; no request at all when the kind's org-wide listing is complete. */
  list(kind: Kind, locationId: string): PagedList<ListItem> {
    const cache = this.cache(kind);
    const orgWide = this.completeOrgList(kind);
    if (orgWide) {
      const existing = cache.locationLists.get(locationId);
      if (existing && (existing.started || cache.listsInMemory.has(existing))) return existing;
      return this.serveFromMemory(cache, locationId, orgWide.filter((item) => item.locationId === locationId));
    }
    return getOrCreate(cache.locationLists, locationId, () =>
      new PagedList(() => this.calling.listPages<ListItem>(KINDS[kind].endpoint, { ...this.callOptions, locationId })),
    );
  }

  /** Every item of a location (all pages of the same cached list the tree shows). */
  async allInLocation(kind: Kind, locationId: string, options: { signal?: AbortSignal } = {}): Promise<readonly ListItem[]> {
    const list = this.list(kind, locationId);
    await loadEveryPage(list, options.signal, `/telephony/config/locations/${locationId}/${KINDS[kind].endpoint.collection}`);
    return list.items;
  }

  /**
   * Every item of an org-wide kind from one org-wide listing (all pages, cached). When it
   * completes, each location's list that has not been read yet is filled from it, so expanding a
   * location afterwards costs nothing.
   */
  async allOfOrg(kind: Kind, options: OrgListOptions = {}): Promise<readonly ListItem[]> {
    const feature = KINDS[kind].endpoint;
    if (!feature.orgWide) throw new TypeError(`Webex lists ${feature.collection} per location only`);
    const cache = this.cache(kind);
    cache.orgWideList ??= new PagedList(() => this.calling.listPages<ListItem>(feature, this.callOptions));
    const list = cache.orgWideList;
    await loadEveryPage(list, options.signal, `/telephony/config/${feature.collection}`, options.onItems);
    if (cache.orgWideList === list) await this.fillLocationListsFrom(cache, list.items);
    return list.items;
  }

  /** The kind's org-wide listing if it has been read in full, else undefined (nothing is requested). */
  completeOrgList(kind: Kind): readonly ListItem[] | undefined {
    const list = this.caches.get(kind)?.orgWideList;
    return list?.complete ? list.items : undefined;
  }

  /** Items of an org-wide kind matching server-side filters, page by page; searches are not cached. */
  search(kind: Kind, search: ListSearch, options: { signal?: AbortSignal } = {}): AsyncIterable<ListItem[]> {
    return this.calling.listPages<ListItem>(KINDS[kind].endpoint, { ...this.callOptions, name: search.name, phoneNumber: search.phoneNumber, signal: options.signal });
  }

  /** An item's details, fetched once (again with `force`). */
  details(kind: Kind, locationId: string, itemId: string, options: { force?: boolean } = {}): Promise<unknown> {
    const cache = this.cache(kind).details;
    const key = detailsKey(locationId, itemId);
    const cached = options.force ? undefined : cache.get(key);
    if (cached) return cached;
    const request = this.calling.itemDetails<unknown>(KINDS[kind].endpoint, locationId, itemId, this.callOptions);
    cache.set(key, request);
    // A failure is not kept, so the next expand asks again; a newer request for the key stays.
    request.catch(() => {
      if (cache.get(key) === request) cache.delete(key);
    });
    return request;
  }

  /**
   * What owns a number or extension: the org's number entry (with `owner` unless it is unassigned),
   * or undefined when the org has no such number. Answered from the org-wide number list when that
   * has been read in full (no request); otherwise one filtered request per distinct query. Only an
   * exact match counts, whatever the server's filter matched.
   */
  numberOwner(query: NumberQuery): Promise<NumberEntry | undefined> {
    const complete = this.numberListComplete;
    if (complete) return Promise.resolve(complete.find((entry) => matchesQuery(entry, query)));
    return cachedRead(this.numberLookups, numberQueryKey(query), async () => {
      const filter = 'phoneNumber' in query ? { phoneNumber: query.phoneNumber } : { extension: query.extension, locationId: query.locationId };
      const entries = await this.calling.numbers({ ...this.callOptions, ...filter });
      return entries.find((entry) => matchesQuery(entry, query));
    });
  }

  /** Every number and extension of the org (all pages, read once); afterwards numberOwner asks nothing. */
  allNumbers(options: { signal?: AbortSignal } = {}): Promise<readonly NumberEntry[]> {
    if (this.numberListComplete) return Promise.resolve(this.numberListComplete);
    if (!this.numberList) {
      const request = this.calling.numbers(this.callOptions);
      this.numberList = request;
      request.then(
        (entries) => {
          if (this.numberList === request) this.numberListComplete = entries;
        },
        () => {
          if (this.numberList === request) this.numberList = undefined;
        },
      );
    }
    return untilAborted(this.numberList, options.signal, () => new AbortedError({ method: 'GET', url: '/telephony/config/numbers' }));
  }

  /** A hunt group's, call queue's or auto attendant's call forwarding, read once. */
  forwarding(kind: ForwardingKind, locationId: string, itemId: string): Promise<FeatureForwarding> {
    return cachedRead(this.forwardings, `${kind}\n${detailsKey(locationId, itemId)}`, () => this.calling.forwarding(KINDS[kind].endpoint, locationId, itemId, this.callOptions));
  }

  /** A person's (PEOPLE) or workspace's (PLACE) call forwarding, read once; a 403 names the missing scope. */
  memberForwarding(ownerType: ForwardingOwnerType, ownerId: string): Promise<MemberForwarding> {
    return cachedRead(this.memberForwardings, `${ownerType}\n${ownerId}`, () =>
      ownerType === 'PEOPLE' ? this.calling.personForwarding(ownerId, this.callOptions) : this.calling.workspaceForwarding(ownerId, this.callOptions),
    );
  }

  /** Forgets every number lookup and forwarding read (Refresh of the org: routing may have changed). */
  forgetRouting(): void {
    this.numberLookups.clear();
    this.numberList = undefined;
    this.numberListComplete = undefined;
    this.forwardings.clear();
    this.memberForwardings.clear();
  }

  /** Forgets a location's lists of every kind (and the details under it), for Refresh on that location. */
  forgetLocation(locationId: string): void {
    for (const kind of this.caches.keys()) {
      this.forgetList(kind, locationId);
      forgetKeysOfLocation(this.cache(kind).details, locationId);
    }
  }

  /**
   * Forgets a location's list of a kind, so the next read asks again (a call pickup's ID changes
   * when it is renamed: the list must be read again to find it).
   */
  forgetList(kind: Kind, locationId: string): void {
    const cache = this.cache(kind);
    // The org-wide listing holds this location's items too: keeping it would serve them stale.
    cache.orgWideList = undefined;
    cache.locationLists.delete(locationId);
  }

  forgetDetails(kind: Kind, locationId: string, itemId: string): void {
    this.cache(kind).details.delete(detailsKey(locationId, itemId));
  }

  /**
   * Lists nobody has read yet (the tree creates them just to ask whether they are loaded) are
   * replaced; lists already read stay, so what the tree shows does not change under it.
   */
  private async fillLocationListsFrom(cache: KindCache, items: readonly ListItem[]): Promise<void> {
    const byLocation = new Map<string, ListItem[]>();
    for (const item of items) {
      if (typeof item.locationId === 'string') getOrCreate(byLocation, item.locationId, () => []).push(item);
    }
    const filled: Promise<unknown>[] = [];
    for (const [locationId, locationItems] of byLocation) {
      const existing = cache.locationLists.get(locationId);
      if (existing && (existing.started || cache.listsInMemory.has(existing))) continue;
      filled.push(this.serveFromMemory(cache, locationId, locationItems).loadAll());
    }
    await Promise.all(filled);
  }

  private serveFromMemory(cache: KindCache, locationId: string, items: readonly ListItem[]): PagedList<ListItem> {
    const list = listInMemory(items);
    cache.listsInMemory.add(list);
    cache.locationLists.set(locationId, list);
    return list;
  }
}

/** A list already in memory: reading it costs no request. */
function listInMemory<T extends { id: string }>(items: readonly T[]): PagedList<T> {
  return new PagedList(async function* () {
    if (items.length > 0) yield Object.assign([...items], { hasMore: false });
  });
}

/**
 * Reads every remaining page of a cached list. An abort stops the wait at once; the page in flight
 * still lands in the list, so the next caller continues after it instead of asking again.
 */
async function loadEveryPage<T extends { id: string }>(list: PagedList<T>, signal: AbortSignal | undefined, what: string, onItems?: (items: readonly T[]) => void): Promise<void> {
  let reported = 0;
  const report = (): void => {
    if (onItems && list.items.length > reported) onItems(list.items.slice(reported));
    reported = list.items.length;
  };
  report();
  while (!list.complete) {
    await untilAborted(list.loadNextPage(), signal, () => new AbortedError({ method: 'GET', url: what }));
    report();
  }
}

/** One request per key; concurrent callers share it; a failure is forgotten so the next call asks again. */
function cachedRead<T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
  const cached = cache.get(key);
  if (cached) return cached;
  const request = read();
  cache.set(key, request);
  request.catch(() => {
    if (cache.get(key) === request) cache.delete(key);
  });
  return request;
}

function numberQueryKey(query: NumberQuery): string {
  return 'phoneNumber' in query ? `number\n${query.phoneNumber}` : `extension\n${query.locationId ?? ''}\n${query.extension}`;
}

function matchesQuery(entry: NumberEntry, query: NumberQuery): boolean {
  if ('phoneNumber' in query) return entry.phoneNumber === query.phoneNumber;
  return entry.extension === query.extension && (query.locationId === undefined || entry.location?.id === query.locationId);
}

function detailsKey(locationId: string, itemId: string): string {
  return `${locationId}\n${itemId}`;
}

function forgetKeysOfLocation(cache: Map<string, unknown>, locationId: string): void {
  for (const key of cache.keys()) {
    if (key.startsWith(`${locationId}\n`)) cache.delete(key);
  }
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

export function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });
}
