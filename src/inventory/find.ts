// Find: hunt groups and call pickups by name, phone number or extension, results streamed as they
// arrive. Hunt groups are searched by Webex itself (org-wide list with `name=` or `phoneNumber=`:
// ceil(matches / page size) requests), or in memory when the org-wide list is already loaded. Call
// pickups have no org-wide list and no numbers of their own, so a name query reads each location's
// call pickup list (cached: the tree and later searches reuse it) and a number query skips them.
import type { OrgStore } from '../store/orgStore';
import { byName } from '../store/orgStore';
import type { CallPickupListItem, HuntGroupListItem } from '../webex/types';
import type { ItemKind } from './inventory';
import { numberMatch, parseQuery, type ParsedQuery } from './query';
import { failureOf, ReadRun, type LocationRef, type ReadFailure } from './run';

export interface FoundItem {
  kind: ItemKind;
  id: string;
  name: string;
  location: LocationRef;
  extension?: string;
  phoneNumber?: string;
  enabled?: boolean;
  matchedBy: 'name' | 'number' | 'extension';
}

export interface FindOptions {
  signal?: AbortSignal;
  /** Each batch of new results as it arrives (a page of hunt groups, a location's call pickups). */
  onResults?: (items: FoundItem[]) => void;
  /** Requests this search keeps queued at once; pass the client's cap. Default 10. */
  concurrency?: number;
}

export interface FindResult {
  /** Hunt groups first, then call pickups, each by name. */
  items: FoundItem[];
  /** Lists that could not be read (the results lack what they hold). */
  failures: ReadFailure[];
}

/**
 * Searches the org. Throws an AbortedError when the signal aborts and an UnauthorizedError when the
 * token stops working; other failures are returned with the results that could be found.
 */
export async function findItems(store: OrgStore, query: string, options: FindOptions = {}): Promise<FindResult> {
  const parsed = parseQuery(query);
  if (parsed.kind === 'empty') return { items: [], failures: [] };
  const run = new ReadRun(options.signal, options.concurrency);
  const found: FoundItem[] = [];
  // A search's pages are not cached lists, so a repeated item can reach here: each is shown once.
  const shown = new Set<string>();
  const emit = (batch: FoundItem[]): void => {
    if (run.signal.aborted) return;
    const items = batch.filter((item) => !shown.has(`${item.kind} ${item.id}`));
    if (items.length === 0) return;
    for (const item of items) shown.add(`${item.kind} ${item.id}`);
    found.push(...items);
    options.onResults?.(items);
  };
  const searches = [findHuntGroups(store, parsed, run, emit)];
  if (parsed.kind === 'text') searches.push(findCallPickups(store, parsed, run, emit));
  await Promise.all(searches);
  run.finish();
  const kindRank = (item: FoundItem): number => (item.kind === 'huntGroup' ? 0 : 1);
  return { items: found.sort((a, b) => kindRank(a) - kindRank(b) || byName(a, b) || byName(a.location, b.location)), failures: run.failures };
}

async function findHuntGroups(store: OrgStore, query: Exclude<ParsedQuery, { kind: 'empty' }>, run: ReadRun, emit: (items: FoundItem[]) => void): Promise<void> {
  const matchesOf = (page: readonly HuntGroupListItem[]): FoundItem[] =>
    page.flatMap((item) => {
      const matchedBy = huntGroupMatch(query, item);
      return matchedBy ? [foundHuntGroup(item, matchedBy)] : [];
    });
  const loaded = store.completeOrgHuntGroups();
  if (loaded) {
    emit(matchesOf(loaded));
    return;
  }
  const search = query.kind === 'number' ? { phoneNumber: query.digits } : { name: query.text };
  await run.unslotted(
    async () => {
      // Webex's phoneNumber filter is looser than ours (any substring of the number or extension):
      // the in-memory rule decides here too, so a query finds the same items whichever way it ran.
      for await (const page of store.searchHuntGroups(search, { signal: run.signal })) emit(matchesOf(page));
    },
    '/telephony/config/huntGroups',
    (error) => failureOf('huntGroupList', error),
  );
}

async function findCallPickups(store: OrgStore, query: Extract<ParsedQuery, { kind: 'text' }>, run: ReadRun, emit: (items: FoundItem[]) => void): Promise<void> {
  const locations = await run.unslotted(() => store.locations(), '/telephony/config/locations', (error) => failureOf('callPickupList', error));
  if (!locations) return;
  await Promise.all(
    locations.map(async (location) => {
      const where = { id: location.id, name: location.name };
      const items = await run.slotted(() => store.allCallPickups(location.id, { signal: run.signal }), `call pickups of ${location.id}`, (error) =>
        failureOf('callPickupList', error, { location: where }),
      );
      emit((items ?? []).filter((item) => nameContains(item.name, query)).map((item) => foundCallPickup(where, item)));
    }),
  );
}

/** As Webex's `name` filter matches: the query as typed, anywhere in the name, ignoring case. */
function nameContains(name: unknown, query: Extract<ParsedQuery, { kind: 'text' }>): boolean {
  return typeof name === 'string' && name.toLocaleLowerCase().includes(query.text.toLocaleLowerCase());
}

function huntGroupMatch(query: Exclude<ParsedQuery, { kind: 'empty' }>, item: HuntGroupListItem): FoundItem['matchedBy'] | undefined {
  if (query.kind === 'text') return nameContains(item.name, query) ? 'name' : undefined;
  return numberMatch(query, { extension: item.extension, esn: item.esn, phoneNumbers: [item.phoneNumber] });
}

function foundHuntGroup(item: HuntGroupListItem, matchedBy: FoundItem['matchedBy']): FoundItem {
  return {
    kind: 'huntGroup',
    id: item.id,
    name: item.name,
    location: { id: item.locationId, name: item.locationName },
    extension: item.extension,
    phoneNumber: item.phoneNumber,
    enabled: item.enabled,
    matchedBy,
  };
}

function foundCallPickup(location: LocationRef, item: CallPickupListItem): FoundItem {
  return { kind: 'callPickup', id: item.id, name: item.name, location, matchedBy: 'name' };
}
