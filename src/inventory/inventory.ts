// Every item of every kind in the org with its details, in the fewest requests: the locations (one
// list), each kind Webex lists org-wide in ceil(n / page size) requests (not one list per location),
// each location's list of the kinds Webex lists per location only (call pickups), then one details
// GET per item. Everything goes through the store, so what the tree already read is not read again
// and a second run costs nothing. Details start as soon as their list page arrives.
import { ALL_KINDS, KINDS } from '../kinds/registry';
import type { Kind, ListItem } from '../kinds/kind';
import { byName, type OrgStore } from '../store/orgStore';
import type { Location } from '../webex/types';
import { isAborted } from '../errorText';
import { failureOf, ReadRun, type LocationRef, type ReadFailure } from './run';

/** One item of any kind with its details, as the API sent them (any field may be missing). */
export interface InventoryItem {
  kind: Kind;
  location: LocationRef;
  summary: ListItem;
  details: { id: string; name?: unknown; [key: string]: unknown };
}

export type ItemKind = Kind;

export interface Inventory {
  /** Sorted by name, as the tree shows them. */
  locations: readonly Location[];
  /** By location (in `locations` order), then by kind in the tree's order, each by name. */
  items: InventoryItem[];
  /** What could not be read, per item or per list; never silently dropped. */
  failures: ReadFailure[];
}

export interface InventoryProgress {
  /**
   * 'locations' until the locations are in; 'lists' while lists are still being read (details of
   * items already listed are read meanwhile, and `total` still grows); 'details' once every list is
   * in and `total` is final.
   */
  phase: 'locations' | 'lists' | 'details';
  /** Lists and details read or failed so far. */
  done: number;
  /** Lists and details known so far: the locations, one per org-wide kind, one per location and per-location kind, one per item. */
  total: number;
  failed: number;
}

export interface InventoryOptions {
  signal?: AbortSignal;
  onProgress?: (progress: InventoryProgress) => void;
  /** Requests this run keeps queued at once; pass the client's cap (`maxConcurrentRequests`). Default 10. */
  concurrency?: number;
  /** The kinds to read (default: every kind). Find Agent reads only kinds that have members. */
  kinds?: readonly Kind[];
}

/**
 * Reads the inventory. Throws an AbortedError (a WebexError of kind 'aborted') when the signal
 * aborts, the UnauthorizedError when the token stops working, and the locations list's error when
 * it cannot be read (nothing useful could follow); any other failure is recorded in `failures` and
 * the rest continues.
 */
export async function collectInventory(store: OrgStore, options: InventoryOptions = {}): Promise<Inventory> {
  const kinds = ALL_KINDS.filter((kind) => !options.kinds || options.kinds.includes(kind));
  const orgWideKinds = kinds.filter((kind) => KINDS[kind].endpoint.orgWide);
  const perLocationKinds = kinds.filter((kind) => !KINDS[kind].endpoint.orgWide);
  const run = new ReadRun(options.signal, options.concurrency);
  const progress = new ProgressCounter(options.onProgress, run, 1 + orgWideKinds.length);
  const found: InventoryItem[] = [];
  const detailReads: Promise<void>[] = [];
  // The store's lists hold each ID once; this guard keeps it so whatever reaches it (an export row
  // or a Find Agent membership written twice would be a wrong answer).
  const listed = new Set<string>();
  const readDetails = (kind: Kind, location: LocationRef, summary: ListItem): void => {
    const key = `${kind} ${summary.id}`;
    if (listed.has(key)) return;
    listed.add(key);
    progress.advance(undefined, { total: 1 });
    const read = async (): Promise<InventoryItem> => ({ kind, location, summary, details: (await store.details(kind, location.id, summary.id)) as InventoryItem['details'] });
    detailReads.push(
      run
        .slotted(read, key, (error) => failureOf(kind, error, { location, id: summary.id, name: summary.name }))
        .then((item) => {
          if (item) found.push(item);
          progress.advance(undefined, { done: 1, failed: item ? 0 : 1 });
        }),
    );
  };

  // Org-wide listings need no location: their chains of pages start at once.
  const orgWideLists = orgWideKinds.map((kind) =>
    run
      .unslotted(
        () =>
          store.allOfOrg(kind, {
            signal: run.signal,
            onItems: (items) => items.forEach((summary) => readDetails(kind, { id: summary.locationId ?? '', name: summary.locationName ?? '' }, summary)),
          }),
        `/telephony/config/${KINDS[kind].endpoint.collection}`,
        (error) => failureOf(`${kind}List`, error),
      )
      .then((items) => progress.advance(undefined, { done: 1, failed: items ? 0 : 1 })),
  );
  let locations: Location[];
  try {
    locations = await run.unlessStopped(store.locations(), '/telephony/config/locations');
  } catch (error) {
    // Without locations there are no per-location lists to read: the run ends with this error.
    if (!isAborted(error)) run.stop(error);
    await Promise.all(orgWideLists);
    run.finish();
    throw error;
  }
  progress.advance('lists', { done: 1, total: locations.length * perLocationKinds.length });
  const locationLists = perLocationKinds.flatMap((kind) =>
    locations.map((location) => {
      const where = { id: location.id, name: location.name };
      return run
        .slotted(() => store.allInLocation(kind, location.id, { signal: run.signal }), `${kind} list of ${location.id}`, (error) => failureOf(`${kind}List`, error, { location: where }))
        .then((items) => {
          items?.forEach((summary) => readDetails(kind, where, summary));
          progress.advance(undefined, { done: 1, failed: items ? 0 : 1 });
        });
    }),
  );
  await Promise.all([...orgWideLists, ...locationLists]);
  progress.advance('details', {});
  await Promise.all(detailReads);
  run.finish();
  return { locations, items: inLocationOrder(found, locations), failures: run.failures };
}

/** Sends progress after each step; nothing after the run stopped, so a cancelled bar does not move. */
class ProgressCounter {
  private readonly state: InventoryProgress;

  constructor(
    private readonly onProgress: ((progress: InventoryProgress) => void) | undefined,
    private readonly run: ReadRun,
    /** The locations list and the org-wide lists are known from the start. */
    knownAtStart: number,
  ) {
    this.state = { phase: 'locations', done: 0, total: knownAtStart, failed: 0 };
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
  const kindRank = (item: InventoryItem): number => ALL_KINDS.indexOf(item.kind);
  return [...items].sort(
    (a, b) =>
      rankOf(a) - rankOf(b) ||
      byName(a.location, b.location) ||
      kindRank(a) - kindRank(b) ||
      byName(a.summary, b.summary) ||
      a.summary.id.localeCompare(b.summary.id),
  );
}
