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

/**
 * A full inventory: every list (hunt groups, call queues and auto attendants org-wide, one listing
 * each) plus one details GET per item.
 */
export function inventoryRequests(org: OrgShape, pageSize: number, mode: PagingMode = 'link'): number {
  const count = (items: (l: OrgShape['locations'][number]) => readonly unknown[]): number => org.locations.reduce((sum, l) => sum + items(l).length, 0);
  const orgWide = [count((l) => l.huntGroups), count((l) => l.callQueues), count((l) => l.autoAttendants)];
  const orgWideRequests = orgWide.reduce((sum, items) => sum + listRequests(items, pageSize, mode) + items, 0);
  return locationAndPickupListRequests(org, pageSize, mode) + orgWideRequests + count((l) => l.callPickups);
}
