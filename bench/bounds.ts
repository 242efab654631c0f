// The fewest requests a client can read a list of N items in, P to a page (the client asks
// max = P and the server serves P), in each of the sample API's paging modes. A client cannot
// know that a full page without a Link header is the last one, so it has to ask for the next
// offset; that request is part of the bound. The benchmark and the tests both count against these.
//
// - link: ceil(N / P) pages, at least 1 (it takes a request to learn a list is empty), plus 1
//   when N = P: the only page is full and has no Link, so the next offset must be asked for (it
//   answers an empty page). With N > P the first page carries a Link, and then a page without
//   one is the last.
// - offset: no Link ever; every full page leads to the next offset, and the list ends at the
//   first short page: floor(N / P) + 1 (when P divides N, the last request is an empty page).
// - offset404: the same count, floor(N / P) + 1; when P divides N (N > 0) the last request is a
//   404 instead of an empty page.
// - duplicates: Links as in link mode, but each page after the first repeats the last item of
//   the page before, so it brings P − 1 new items: 1 + ceil((N − P) / (P − 1)) for N > P (P ≥ 2);
//   N ≤ P as in link mode.
import type { PagingMode } from '../src/sample/control';

export const PAGING_MODE_LIST: readonly PagingMode[] = ['link', 'offset', 'offset404', 'duplicates'];

export function listRequests(items: number, pageSize: number, mode: PagingMode = 'link'): number {
  const full = Math.floor(items / pageSize);
  switch (mode) {
    case 'offset':
    case 'offset404':
      return full + 1;
    case 'duplicates':
      if (items > pageSize) {
        if (pageSize < 2) throw new RangeError('duplicates mode needs pages of at least 2 items');
        return 1 + Math.ceil((items - pageSize) / (pageSize - 1));
      }
      return linkRequests(items, pageSize);
    case 'link':
      return linkRequests(items, pageSize);
  }
}

function linkRequests(items: number, pageSize: number): number {
  if (items === 0) return 1;
  return Math.ceil(items / pageSize) + (items === pageSize ? 1 : 0);
}

export interface OrgShape {
  locations: ReadonlyArray<{ huntGroups: readonly unknown[]; callPickups: readonly unknown[]; callQueues: readonly unknown[]; autoAttendants: readonly unknown[] }>;
}

/** The locations' pages and one call pickup list per location (there is no org-wide call pickup list). */
export function locationAndPickupListRequests(org: OrgShape, pageSize: number, mode: PagingMode = 'link'): number {
  return listRequests(org.locations.length, pageSize, mode) + org.locations.reduce((sum, l) => sum + listRequests(l.callPickups.length, pageSize, mode), 0);
}

type KindKey = 'huntGroups' | 'callQueues' | 'autoAttendants' | 'callPickups';
const ORG_WIDE_KEYS: readonly KindKey[] = ['huntGroups', 'callQueues', 'autoAttendants'];
export const ALL_KIND_KEYS: readonly KindKey[] = [...ORG_WIDE_KEYS, 'callPickups'];
/** Find Agent reads only kinds with members: an auto attendant has none. */
export const MEMBER_KIND_KEYS: readonly KindKey[] = ['huntGroups', 'callQueues', 'callPickups'];

/**
 * A full inventory of the given kinds: the locations, each org-wide kind's listing (hunt groups,
 * call queues, auto attendants), one call pickup list per location, plus one details GET per item.
 */
export function inventoryRequests(org: OrgShape, pageSize: number, mode: PagingMode = 'link', kinds: readonly KindKey[] = ALL_KIND_KEYS): number {
  const count = (key: KindKey): number => org.locations.reduce((sum, l) => sum + l[key].length, 0);
  const orgWideRequests = ORG_WIDE_KEYS.filter((key) => kinds.includes(key)).reduce((sum, key) => sum + listRequests(count(key), pageSize, mode) + count(key), 0);
  const pickups = kinds.includes('callPickups') ? locationAndPickupListRequests(org, pageSize, mode) + count('callPickups') : listRequests(org.locations.length, pageSize, mode);
  return pickups + orgWideRequests;
}
