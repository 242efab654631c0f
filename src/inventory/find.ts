// Find: items of every kind by name, phone number or extension, results streamed as they arrive.
// Kinds Webex lists org-wide are searched by Webex itself (the org-wide list with `name=` or
// `phoneNumber=`: ceil(matches / page size) requests), or in memory when the org-wide list is
// already loaded. Kinds listed per location only (call pickups) have no numbers of their own, so a
// name query reads each location's list (cached: the tree and later searches reuse it) and a
// number query skips them.
import type { OrgStore } from '../store/orgStore';
import { byName } from '../store/orgStore';
import type { Kind, ListItem } from '../kinds/kind';
import { ALL_KINDS, KINDS } from '../kinds/registry';
import { payloadText } from '../kinds/words';
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
  /** Each batch of new results as it arrives (a page of an org-wide list, a location's list). */
  onResults?: (items: FoundItem[]) => void;
  /** Requests this search keeps queued at once; pass the client's cap. Default 10. */
  concurrency?: number;
}

export interface FindResult {
  /** By kind in the tree's order, each by name. */
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
  const searches = ALL_KINDS.filter((kind) => parsed.kind === 'text' || KINDS[kind].hasNumbers).map((kind) =>
    KINDS[kind].endpoint.orgWide ? findOrgWide(store, kind, parsed, run, emit) : findPerLocation(store, kind, parsed, run, emit),
  );
  await Promise.all(searches);
  run.finish();
  const kindRank = (item: FoundItem): number => ALL_KINDS.indexOf(item.kind);
  return { items: found.sort((a, b) => kindRank(a) - kindRank(b) || byName(a, b) || byName(a.location, b.location)), failures: run.failures };
}

async function findOrgWide(store: OrgStore, kind: Kind, query: Exclude<ParsedQuery, { kind: 'empty' }>, run: ReadRun, emit: (items: FoundItem[]) => void): Promise<void> {
  const matchesOf = (page: readonly ListItem[]): FoundItem[] =>
    page.flatMap((item) => {
      const matchedBy = itemMatch(kind, query, item);
      return matchedBy ? [foundItem(kind, { id: item.locationId ?? '', name: item.locationName ?? '' }, item, matchedBy)] : [];
    });
  const loaded = store.completeOrgList(kind);
  if (loaded) {
    emit(matchesOf(loaded));
    return;
  }
  const search = query.kind === 'number' ? { phoneNumber: query.digits } : { name: query.text };
  await run.unslotted(
    async () => {
      // Webex's phoneNumber filter is looser than ours (any substring of the number or extension):
      // the in-memory rule decides here too, so a query finds the same items whichever way it ran.
      for await (const page of store.search(kind, search, { signal: run.signal })) emit(matchesOf(page));
    },
    `/telephony/config/${KINDS[kind].endpoint.collection}`,
    (error) => failureOf(`${kind}List`, error),
  );
}

async function findPerLocation(store: OrgStore, kind: Kind, query: Exclude<ParsedQuery, { kind: 'empty' }>, run: ReadRun, emit: (items: FoundItem[]) => void): Promise<void> {
  const locations = await run.unslotted(() => store.locations(), '/telephony/config/locations', (error) => failureOf(`${kind}List`, error));
  if (!locations) return;
  await Promise.all(
    locations.map(async (location) => {
      const where = { id: location.id, name: location.name };
      const items = await run.slotted(() => store.allInLocation(kind, location.id, { signal: run.signal }), `${kind} list of ${location.id}`, (error) =>
        failureOf(`${kind}List`, error, { location: where }),
      );
      emit(
        (items ?? []).flatMap((item) => {
          const matchedBy = itemMatch(kind, query, item);
          return matchedBy ? [foundItem(kind, where, item, matchedBy)] : [];
        }),
      );
    }),
  );
}

/** As Webex's `name` filter matches: the query as typed, anywhere in the name, ignoring case. */
function nameContains(name: unknown, query: Extract<ParsedQuery, { kind: 'text' }>): boolean {
  return typeof name === 'string' && name.toLocaleLowerCase().includes(query.text.toLocaleLowerCase());
}

function itemMatch(kind: Kind, query: Exclude<ParsedQuery, { kind: 'empty' }>, item: ListItem): FoundItem['matchedBy'] | undefined {
  if (query.kind === 'text') return nameContains(item.name, query) ? 'name' : undefined;
  return KINDS[kind].hasNumbers ? numberMatch(query, KINDS[kind].searchNumbers(item)) : undefined;
}

function foundItem(kind: Kind, location: LocationRef, item: ListItem, matchedBy: FoundItem['matchedBy']): FoundItem {
  const summary = KINDS[kind].summary(item, undefined);
  return {
    kind,
    id: item.id,
    name: item.name,
    location,
    extension: summary.extension ?? payloadText(item.extension),
    phoneNumber: summary.phoneNumber ?? payloadText(item.phoneNumber),
    enabled: summary.enabled,
    matchedBy,
  };
}
