// How the sample API pages its lists. Real Webex does not page every list the same way, and not
// always the way its docs say, so each list can be set to one of several observed behaviours
// (PagingMode in control.ts). This module decides what a page holds; the server turns the result
// into a body, a Link header or a 404.

import type { PagingMode } from './control';
import { sampleKinds } from './sampleKinds';

/** A list the sample API serves, by its path after `/v1` with path parameters left out. */
export interface ListSpec {
  /** The key of the list in the response body. */
  key: string;
  /**
   * `max` when the request gives none, per the published OpenAPI specs: the locations list's
   * schema says `default: 500`; the calling-location list documents none and gets 100. Each kind's
   * list says its own (sampleKinds.ts).
   */
  defaultMax: number;
}

/**
 * Every list the sample API pages: the two location lists, one per registered kind, the org's
 * numbers ("Default is 2000") and a location's schedules (per location, so by
 * '/telephony/config/schedules' as call pickups go by '/telephony/config/callPickups').
 */
export const LIST_SPECS: Readonly<Record<string, ListSpec>> = Object.freeze({
  '/locations': { key: 'items', defaultMax: 500 },
  '/telephony/config/locations': { key: 'locations', defaultMax: 100 },
  ...Object.fromEntries(sampleKinds().map((kind) => [kind.listPath, { key: kind.endpoint.listKey, defaultMax: kind.defaultMax }])),
  '/telephony/config/numbers': { key: 'phoneNumbers', defaultMax: 2000 },
  '/telephony/config/schedules': { key: 'schedules', defaultMax: 100 },
});

/** A list's path after `/v1`, e.g. '/telephony/config/huntGroups' (see LIST_PATHS). */
export type ListPath = string;

export const LIST_PATHS: readonly ListPath[] = Object.keys(LIST_SPECS);

/** The largest `max` a list accepts: 1000, or its documented default when that is larger. */
export function largestMaxOf(spec: ListSpec): number {
  return Math.max(1000, spec.defaultMax);
}

export const PAGING_MODES: readonly PagingMode[] = ['link', 'offset', 'offset404', 'duplicates'];

/** Which mode each list pages in; every list starts as 'link' (Link rel="next", as documented). */
export class PagingSettings {
  private readonly modes = new Map<ListPath, PagingMode>();

  constructor(initial?: PagingMode | Partial<Record<string, PagingMode>>) {
    if (typeof initial === 'string') this.set(initial);
    else for (const [path, mode] of Object.entries(initial ?? {})) if (mode !== undefined) this.set(mode, path);
  }

  /** Sets one list's mode, or every list's when `path` is omitted. Unknown paths and modes throw. */
  set(mode: PagingMode, path?: string): void {
    if (!PAGING_MODES.includes(mode)) throw new RangeError(`Unknown paging mode ${JSON.stringify(mode)}; expected one of ${PAGING_MODES.join(', ')}`);
    if (path === undefined) {
      for (const each of LIST_PATHS) this.modes.set(each, mode);
      return;
    }
    if (!isListPath(path)) {
      // A typo must not silently leave a list in 'link' mode (and a test passing for the wrong reason).
      throw new RangeError(`The sample API pages no list at ${JSON.stringify(path)}; lists: ${LIST_PATHS.join(', ')} (/organizations is not paginated)`);
    }
    this.modes.set(path, mode);
  }

  modeOf(path: ListPath): PagingMode {
    return this.modes.get(path) ?? 'link';
  }
}

function isListPath(path: string): path is ListPath {
  return Object.hasOwn(LIST_SPECS, path);
}

/** One page of a list, before it becomes a body and headers. */
export interface ListPage {
  key: string;
  items: unknown[];
  /** The `start` asked for. */
  start: number;
  /** Where the page after this one starts (also where faults point their next links). */
  nextStart: number;
  /** Items remain after this page. */
  hasMore: boolean;
  /** Whether this mode announces the next page with a Link rel="next" header. */
  sendsLink: boolean;
}

/**
 * The page at `start` of `all`, `pageSize` long, as `mode` serves it; 'pastEnd' when the mode
 * answers 404 there instead.
 *
 * - link: items [start, start+pageSize); Link to start+pageSize while items remain.
 * - offset: the same items, no Link; a start past the end gives an empty page.
 * - offset404: no Link; a start > 0 at or past the end is a 404. The Webex Python SDK's
 *   maintainers found that some telephony lists end this way ("one has to paginate through until
 *   hitting a 404 error": jeokrohn/wxc_sdk, tests/test_telephony_callqueue.py,
 *   test_details_pagination).
 * - duplicates: Links as in 'link', but every page after the first starts with the last item of
 *   the page before it, so every item still appears and one repeats at each page boundary.
 */
export function pageOf(key: string, all: readonly unknown[], start: number, pageSize: number, mode: PagingMode): ListPage | 'pastEnd' {
  if (mode === 'offset404' && start > 0 && start >= all.length) return 'pastEnd';
  const first = mode === 'duplicates' && start > 0 ? start - 1 : start;
  const nextStart = first + pageSize;
  return {
    key,
    items: all.slice(first, nextStart),
    start,
    nextStart,
    hasMore: nextStart < all.length,
    sendsLink: mode === 'link' || mode === 'duplicates',
  };
}
