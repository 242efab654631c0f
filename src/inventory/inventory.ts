// Every hunt group and call pickup of the org with its details, in the fewest requests: the
// locations (one list), the hunt groups org-wide (ceil(n / page size) requests, not one list per
// location), each location's call pickups (there is no org-wide call pickup list), then one details
// GET per item. Everything goes through the store, so what the tree already read is not read again
// and a second run costs nothing. Details start as soon as their list page arrives.
import { byName, type OrgStore } from '../store/orgStore';
import type { CallPickupDetails, CallPickupListItem, HuntGroupDetails, HuntGroupListItem, Location } from '../webex/types';
import { isAborted } from '../errorText';
import { failureOf, ReadRun, type LocationRef, type ReadFailure } from './run';

export type InventoryItem =
  | { kind: 'huntGroup'; location: LocationRef; summary: HuntGroupListItem; details: HuntGroupDetails }
  | { kind: 'callPickup'; location: LocationRef; summary: CallPickupListItem; details: CallPickupDetails };

export type ItemKind = InventoryItem['kind'];

export interface Inventory {
  /** Sorted by name, as the tree shows them. */
  locations: readonly Location[];
  /** By location (in `locations` order), hunt groups before call pickups, each by name. */
  items: InventoryItem[];
  /** What could not be read, per item or per list; never silently dropped. */
  failures: ReadFailure[];
}

export interface InventoryProgress {
  /**
   * 'locations' until the locations are in; 'lists' while hunt group and call pickup lists are still
   * being read (details of items already listed are read meanwhile, and `total` still grows);
   * 'details' once every list is in and `total` is final.
   */
  phase: 'locations' | 'lists' | 'details';
  /** Lists and details read or failed so far. */
  done: number;
  /** Lists and details known so far: 1 + 1 + one call pickup list per location + one per item. */
  total: number;
  failed: number;
}

export interface InventoryOptions {
  signal?: AbortSignal;
  onProgress?: (progress: InventoryProgress) => void;
  /** Requests this run keeps queued at once; pass the client's cap (`maxConcurrentRequests`). Default 10. */
  concurrency?: number;
}

/**
 * Reads the inventory. Throws an AbortedError (a WebexError of kind 'aborted') when the signal
 * aborts, the UnauthorizedError when the token stops working, and the locations list's error when
 * it cannot be read (nothing useful could follow); any other failure is recorded in `failures` and
 * the rest continues.
 */
export async function collectInventory(store: OrgStore, options: InventoryOptions = {}): Promise<Inventory> {
  const run = new ReadRun(options.signal, options.concurrency);
  const progress = new ProgressCounter(options.onProgress, run);
  const found: InventoryItem[] = [];
  const detailReads: Promise<void>[] = [];
  // The store's lists hold each ID once; this guard keeps it so whatever reaches it (an export row
  // or a Find Agent membership written twice would be a wrong answer).
  const listed = new Set<string>();
  const readDetails = (location: LocationRef, summary: { id: string; name: string }, what: ItemKind, read: () => Promise<InventoryItem>): void => {
    const key = `${what} ${summary.id}`;
    if (listed.has(key)) return;
    listed.add(key);
    progress.advance(undefined, { total: 1 });
    detailReads.push(
      run
        .slotted(read, `${what} ${summary.id}`, (error) => failureOf(what, error, { location, id: summary.id, name: summary.name }))
        .then((item) => {
          if (item) found.push(item);
          progress.advance(undefined, { done: 1, failed: item ? 0 : 1 });
        }),
    );
  };
  const readHuntGroup = (summary: HuntGroupListItem): void => {
    const location = { id: summary.locationId, name: summary.locationName };
    readDetails(location, summary, 'huntGroup', async () => ({ kind: 'huntGroup', location, summary, details: await store.huntGroup(location.id, summary.id) }));
  };
  const readCallPickup = (location: LocationRef, summary: CallPickupListItem): void => {
    readDetails(location, summary, 'callPickup', async () => ({ kind: 'callPickup', location, summary, details: await store.callPickup(location.id, summary.id) }));
  };

  // The org-wide listing needs no location: its chain of pages starts at once.
  const huntGroupList = run
    .unslotted(
      () => store.allHuntGroups({ signal: run.signal, onItems: (items) => items.forEach(readHuntGroup) }),
      '/telephony/config/huntGroups',
      (error) => failureOf('huntGroupList', error),
    )
    .then((items) => progress.advance(undefined, { done: 1, failed: items ? 0 : 1 }));
  let locations: Location[];
  try {
    locations = await run.unlessStopped(store.locations(), '/telephony/config/locations');
  } catch (error) {
    // Without locations there are no call pickups to list: the run ends with this error.
    if (!isAborted(error)) run.stop(error);
    await huntGroupList;
    run.finish();
    throw error;
  }
  progress.advance('lists', { done: 1, total: locations.length });
  const callPickupLists = locations.map((location) => {
    const where = { id: location.id, name: location.name };
    return run
      .slotted(() => store.allCallPickups(location.id, { signal: run.signal }), `call pickups of ${location.id}`, (error) =>
        failureOf('callPickupList', error, { location: where }),
      )
      .then((items) => {
        items?.forEach((item) => readCallPickup(where, item));
        progress.advance(undefined, { done: 1, failed: items ? 0 : 1 });
      });
  });
  await Promise.all([huntGroupList, ...callPickupLists]);
  progress.advance('details', {});
  await Promise.all(detailReads);
  run.finish();
  return { locations, items: inLocationOrder(found, locations), failures: run.failures };
}

/** Sends progress after each step; nothing after the run stopped, so a cancelled bar does not move. */
class ProgressCounter {
  /** The locations list and the org-wide hunt group list are known from the start. */
  private readonly state: InventoryProgress = { phase: 'locations', done: 0, total: 2, failed: 0 };

  constructor(
    private readonly onProgress: ((progress: InventoryProgress) => void) | undefined,
    private readonly run: ReadRun,
  ) {
    this.report();
  }

  /** `by` holds increments. */
  advance(phase: InventoryProgress['phase'] | undefined, by: { done?: number; total?: number; failed?: number }): void {
    if (phase) this.state.phase = phase;
    this.state.total += by.total ?? 0;
    this.state.done += by.done ?? 0;
    this.state.failed += by.failed ?? 0;
    this.report();
  }

  private report(): void {
    if (this.onProgress && !this.run.signal.aborted) this.onProgress({ ...this.state });
  }
}

/** Parallel reads finish in any order: sort into the tree's order so two exports of the same org are equal. */
function inLocationOrder(items: InventoryItem[], locations: readonly Location[]): InventoryItem[] {
  const rank = new Map(locations.map((location, index) => [location.id, index]));
  const rankOf = (item: InventoryItem): number => rank.get(item.location.id) ?? locations.length;
  const kindRank = (item: InventoryItem): number => (item.kind === 'huntGroup' ? 0 : 1);
  return [...items].sort(
    (a, b) =>
      rankOf(a) - rankOf(b) ||
      byName(a.location, b.location) ||
      kindRank(a) - kindRank(b) ||
      byName(a.summary, b.summary) ||
      a.summary.id.localeCompare(b.summary.id),
  );
}
