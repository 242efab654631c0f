// What the view has fetched from one organization, so that nothing is requested twice: lists per
// location, details per item, kept until the user refreshes. Failed requests are not kept, so a
// retry asks again. No VS Code here: the tree, the details view, the JSON tab and the commands all
// read through this one store.
//
// Hunt groups can also be listed org-wide in ceil(n / page size) requests instead of one per
// location; once that listing is complete, every location's hunt group list is served from it.
import type { CallOptions, HuntGroupFilter, WebexCalling } from '../webex/calling';
import { AbortedError } from '../webex/errors';
import type { CallPickupDetails, CallPickupListItem, HuntGroupDetails, HuntGroupListItem, Location } from '../webex/types';
import { PagedList } from './pagedList';
import { newById } from './uniqueById';

export interface OrgHuntGroupsOptions {
  /** Stops waiting; a page already requested still lands in the cache, so it is not asked for again. */
  signal?: AbortSignal;
  /** Each page's new items, as they arrive (also the ones already cached, at once). */
  onItems?: (items: readonly HuntGroupListItem[]) => void;
}

/** Server-side hunt group filters (Webex matches `phoneNumber` against the number and the extension). */
export type HuntGroupSearch = Pick<HuntGroupFilter, 'name' | 'phoneNumber'>;

export class OrgStore {
  private locationList: Promise<Location[]> | undefined;
  private orgHuntGroupList: PagedList<HuntGroupListItem> | undefined;
  /** Per-location lists cut from the org-wide listing. */
  private readonly listsInMemory = new WeakSet<PagedList<HuntGroupListItem>>();
  private readonly huntGroupLists = new Map<string, PagedList<HuntGroupListItem>>();
  private readonly callPickupLists = new Map<string, PagedList<CallPickupListItem>>();
  private readonly huntGroupDetails = new Map<string, Promise<HuntGroupDetails>>();
  private readonly callPickupDetails = new Map<string, Promise<CallPickupDetails>>();

  constructor(
    private readonly calling: WebexCalling,
    private readonly orgId?: string,
  ) {}

  private get callOptions(): CallOptions {
    return { orgId: this.orgId };
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

  /** A location's hunt groups; no request at all when the org-wide listing is complete. */
  huntGroups(locationId: string): PagedList<HuntGroupListItem> {
    const orgWide = this.completeOrgHuntGroups();
    if (orgWide) {
      const existing = this.huntGroupLists.get(locationId);
      if (existing && (existing.started || this.listsInMemory.has(existing))) return existing;
      return this.serveFromMemory(locationId, orgWide.filter((item) => item.locationId === locationId));
    }
    return getOrCreate(this.huntGroupLists, locationId, () =>
      new PagedList(() => this.calling.huntGroupPages({ ...this.callOptions, locationId })),
    );
  }

  /**
   * Every hunt group of the org from one org-wide listing (all pages, cached). When it completes,
   * each location's list that has not been read yet is filled from it, so expanding a location
   * afterwards costs nothing.
   */
  async allHuntGroups(options: OrgHuntGroupsOptions = {}): Promise<readonly HuntGroupListItem[]> {
    this.orgHuntGroupList ??= new PagedList(() => this.calling.huntGroupPages(this.callOptions));
    const list = this.orgHuntGroupList;
    await loadEveryPage(list, options.signal, '/telephony/config/huntGroups', options.onItems);
    if (this.orgHuntGroupList === list) await this.fillLocationListsFrom(list.items);
    return list.items;
  }

  /** The org-wide hunt group listing if it has been read in full, else undefined (nothing is requested). */
  completeOrgHuntGroups(): readonly HuntGroupListItem[] | undefined {
    return this.orgHuntGroupList?.complete ? this.orgHuntGroupList.items : undefined;
  }

  /** Hunt groups matching server-side filters, page by page; searches are not cached. */
  searchHuntGroups(search: HuntGroupSearch, options: { signal?: AbortSignal } = {}): AsyncIterable<HuntGroupListItem[]> {
    return this.calling.huntGroupPages({ ...this.callOptions, name: search.name, phoneNumber: search.phoneNumber, signal: options.signal });
  }

  /** Every call pickup of a location (all pages of the same cached list the tree shows). */
  async allCallPickups(locationId: string, options: { signal?: AbortSignal } = {}): Promise<readonly CallPickupListItem[]> {
    const list = this.callPickups(locationId);
    await loadEveryPage(list, options.signal, `/telephony/config/locations/${locationId}/callPickups`);
    return list.items;
  }

  callPickups(locationId: string): PagedList<CallPickupListItem> {
    return getOrCreate(this.callPickupLists, locationId, () =>
      new PagedList(() => this.calling.callPickupPages(locationId, this.callOptions)),
    );
  }

  huntGroup(locationId: string, huntGroupId: string, options: { force?: boolean } = {}): Promise<HuntGroupDetails> {
    return this.details(this.huntGroupDetails, detailsKey(locationId, huntGroupId), options.force, () =>
      this.calling.huntGroup(locationId, huntGroupId, this.callOptions),
    );
  }

  callPickup(locationId: string, callPickupId: string, options: { force?: boolean } = {}): Promise<CallPickupDetails> {
    return this.details(this.callPickupDetails, detailsKey(locationId, callPickupId), options.force, () =>
      this.calling.callPickup(locationId, callPickupId, this.callOptions),
    );
  }

  /** Forgets a location's lists (and the details under it), for Refresh on that location. */
  forgetLocation(locationId: string): void {
    // The org-wide listing holds this location's hunt groups too: keeping it would serve them stale.
    this.orgHuntGroupList = undefined;
    this.huntGroupLists.delete(locationId);
    this.callPickupLists.delete(locationId);
    forgetKeysOfLocation(this.huntGroupDetails, locationId);
    forgetKeysOfLocation(this.callPickupDetails, locationId);
  }

  forgetHuntGroupList(locationId: string): void {
    this.orgHuntGroupList = undefined;
    this.huntGroupLists.delete(locationId);
  }

  /** A call pickup's ID changes when it is renamed: the list must be read again to find it. */
  forgetCallPickupList(locationId: string): void {
    this.callPickupLists.delete(locationId);
  }

  forgetHuntGroup(locationId: string, huntGroupId: string): void {
    this.huntGroupDetails.delete(detailsKey(locationId, huntGroupId));
  }

  forgetCallPickup(locationId: string, callPickupId: string): void {
    this.callPickupDetails.delete(detailsKey(locationId, callPickupId));
  }

  /**
   * Lists nobody has read yet (the tree creates them just to ask whether they are loaded) are
   * replaced; lists already read stay, so what the tree shows does not change under it.
   */
  private async fillLocationListsFrom(items: readonly HuntGroupListItem[]): Promise<void> {
    const byLocation = new Map<string, HuntGroupListItem[]>();
    for (const item of items) getOrCreate(byLocation, item.locationId, () => []).push(item);
    const filled: Promise<unknown>[] = [];
    for (const [locationId, locationItems] of byLocation) {
      const existing = this.huntGroupLists.get(locationId);
      if (existing && (existing.started || this.listsInMemory.has(existing))) continue;
      filled.push(this.serveFromMemory(locationId, locationItems).loadAll());
    }
    await Promise.all(filled);
  }

  private serveFromMemory(locationId: string, items: readonly HuntGroupListItem[]): PagedList<HuntGroupListItem> {
    const list = listInMemory(items);
    this.listsInMemory.add(list);
    this.huntGroupLists.set(locationId, list);
    return list;
  }

  private details<T>(cache: Map<string, Promise<T>>, key: string, force: boolean | undefined, fetch: () => Promise<T>): Promise<T> {
    const cached = force ? undefined : cache.get(key);
    if (cached) return cached;
    const request = fetch();
    cache.set(key, request);
    // A failure is not kept, so the next expand asks again; a newer request for the key stays.
    request.catch(() => {
      if (cache.get(key) === request) cache.delete(key);
    });
    return request;
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
    await untilAborted(list.loadNextPage(), signal, what);
    report();
  }
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, what: string): Promise<T> {
  if (!signal) return work;
  const aborted = (): AbortedError => new AbortedError({ method: 'GET', url: what });
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
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
