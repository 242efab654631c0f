// Walking a paged list: the `Link: rel="next"` target when the page names one, the offset fallback
// for lists that never send one, one copy of each item, and the guards that end a list (a short or
// empty page, a next page seen before, a 404 past the end, too many pages). The HTTP of each page is
// the client's (single flight, retries); this module only decides which page comes next.

import { BadResponseError, getContext, NotFoundError, WebexErrorKind } from './errors';
import { nextPageUrl } from './linkHeader';
import { JsonResponse, listOf } from './responses';

/** One page of a list: its items, and whether another page may follow. */
export type ListPage<T> = T[] & { readonly hasMore: boolean };

/** What the pager needs of the client. */
export interface PageSource {
  /** The origin the token belongs to; a next link elsewhere is refused. */
  readonly origin: string;
  /** Guards against endless pagination. */
  readonly maxPages: number;
  /** One GET of a page, with everything the client does for any GET (single flight, retries). */
  fetchPage(url: URL, signal: AbortSignal | undefined): Promise<JsonResponse>;
  /** Logs a paging decision taken without sending anything. */
  note(url: URL, note: string, errorKind?: WebexErrorKind): void;
}

/**
 * The pages of the list under `listKey`, starting at `first`, each as soon as it arrives, marked with
 * whether another page may follow (so a view can say "100+" and offer "Load more" without reading
 * ahead).
 *
 * The next page is the `Link: rel="next"` target; a full page (as many entries as the `max` sent)
 * without one is followed by offset (`start` moved on by `max`, see offsetNextUrl), where a 404 ends
 * the list. A list also ends at a short or empty page, and at a next link seen before. Entries that
 * are not objects (Webex sometimes sends `null`) are dropped, and an item whose `id` came before in
 * this listing is not repeated.
 */
export async function* readPages<T>(first: URL, listKey: string, source: PageSource, signal: AbortSignal | undefined): AsyncIterable<ListPage<T>> {
  const seen = new Set<string>();
  const unique = new UniqueById<T>();
  let url: URL | undefined = first;
  let byOffset = false;
  // Once a page has carried a Link header the list is paged by links, and a page without a next
  // link is its last: the offset fallback is for lists that never send one.
  let linked = false;
  while (url) {
    if (seen.size >= source.maxPages) {
      throw new BadResponseError(getContext(url), `the list "${listKey}" went on for more than ${source.maxPages} pages, so reading stopped`);
    }
    seen.add(url.href);
    const response = await pageOrEnd(url, byOffset, source, signal);
    if (!response) return;
    const { items, sent } = listOf<T>(response, listKey, url);
    if (items.length === 0) {
      // An empty page ends the list even with a next link: it guards against endless empty pages.
      if (response.link) source.note(url, 'pagination stopped: empty page');
      return;
    }
    // The next page is judged before this one is handed out, so the page can say whether more
    // may follow; a refused link still lets this page through and fails on the next read.
    let next: URL | undefined;
    let refusal: unknown;
    try {
      next = linkedNextUrl(response, url, first.searchParams, seen, source);
    } catch (error) {
      refusal = error;
    }
    linked ||= response.link !== null;
    byOffset = false;
    if (next === undefined && refusal === undefined && !linked) {
      next = unseenOffsetUrl(url, sent, seen, source);
      byOffset = next !== undefined;
    }
    const fresh = unique.keepNew(items);
    // A page of nothing but repeats is not handed out; the listing goes on past it.
    if (fresh.length > 0) yield Object.assign(fresh, { hasMore: next !== undefined || refusal !== undefined });
    if (refusal !== undefined) throw refusal;
    url = next;
  }
}

/** A page's response, or undefined when a page asked for by offset is not there (404): the list ended. */
async function pageOrEnd(url: URL, byOffset: boolean, source: PageSource, signal: AbortSignal | undefined): Promise<JsonResponse | undefined> {
  try {
    return await source.fetchPage(url, signal);
  } catch (error) {
    if (!byOffset || !(error instanceof NotFoundError) || error.status !== 404) throw error;
    source.note(url, 'pagination stopped: 404 past the end of the list');
    return undefined;
  }
}

/** The page the Link header names next, with the first request's dropped parameters put back; undefined when there is none or it came before. */
function linkedNextUrl(response: JsonResponse, pageUrl: URL, firstParams: URLSearchParams, seen: Set<string>, source: PageSource): URL | undefined {
  let next: URL | undefined;
  try {
    next = nextPageUrl(response.link, pageUrl.href);
  } catch {
    throw new BadResponseError(getContext(pageUrl, response.trackingId), 'the next-page link is not a valid URL');
  }
  if (!next) return undefined;
  if (next.origin !== source.origin) {
    source.note(pageUrl, `next-page link to ${next.host} refused`, 'badResponse');
    throw new BadResponseError(getContext(pageUrl, response.trackingId), `the next-page link points to another host (${next.host}), so it was not followed`);
  }
  const restored = restoreMissingParams(next, firstParams);
  if (seen.has(restored.href)) {
    source.note(restored, 'pagination stopped: next link repeated');
    return undefined;
  }
  return restored;
}

/** The next page by offset after a page without a Link header; undefined after a short page or when it came before. */
function unseenOffsetUrl(pageUrl: URL, sent: number, seen: Set<string>, source: PageSource): URL | undefined {
  const next = offsetNextUrl(pageUrl, sent);
  if (!next || !seen.has(next.href)) return next;
  source.note(next, 'pagination stopped: offset page repeated');
  return undefined;
}

/**
 * Webex's next links sometimes drop query parameters of the first request: without `orgId` the next
 * page would come from the token's own org, without a filter (`locationId`, `name`) it would list
 * everything, without `max` it would come at the server's default size. Parameters the link does
 * carry win, so its own `start` (or cursor) is kept.
 */
export function restoreMissingParams(url: URL, original: URLSearchParams): URL {
  const restored = new URL(url.href);
  for (const [name, value] of original) {
    if (!restored.searchParams.has(name)) restored.searchParams.append(name, value);
  }
  return restored;
}

/**
 * The page after `pageUrl` by offset, for a page that came without a next link: `start` moved on by
 * `max`, every other query parameter kept. Undefined when the page was short (it was the last one)
 * or the request sent no usable `max`.
 *
 * Some Webex lists page by `start`/`max` alone: the published specs of the call pickup and telephony
 * location lists declare no `Link` header. The Webex Python SDK (GitHub jeokrohn/wxc_sdk) follows only
 * `Link: rel="next"` in its pagination helper (`RestSession.follow_pagination` in wxc_sdk/rest.py,
 * which ends at a page without one or with no items), and its maintainers note in a test of the call
 * queue agent details (tests/test_telephony_callqueue.py) that such a list gives no total and has to
 * be read by moving `start` on until the API answers 404. So a full page without a link may well have
 * a successor, and a 404 past the end is how such a list ends.
 */
export function offsetNextUrl(pageUrl: URL, itemsOnPage: number): URL | undefined {
  const max = wholeNumber(pageUrl.searchParams.get('max'));
  if (max === undefined || max < 1 || itemsOnPage < max) return undefined;
  const start = wholeNumber(pageUrl.searchParams.get('start')) ?? 0;
  const next = new URL(pageUrl.href);
  next.searchParams.set('start', String(start + max));
  return next;
}

/**
 * Keeps the first of the items sharing an `id` across the pages of one listing: Webex can repeat
 * or reorder items between pages, and views key their nodes by id. Items without a string id
 * cannot be compared and are all kept.
 */
export class UniqueById<T> {
  private readonly seen = new Set<string>();

  /** The items of `page` not seen on this or an earlier page. */
  keepNew(page: T[]): T[] {
    return page.filter((item) => {
      const id = (item as { id?: unknown }).id;
      if (typeof id !== 'string') return true;
      if (this.seen.has(id)) return false;
      this.seen.add(id);
      return true;
    });
  }
}

/** Every item of a paged list, in order. */
export async function collectPages<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const items: T[] = [];
  for await (const page of pages) items.push(...page);
  return items;
}

function wholeNumber(text: string | null): number | undefined {
  return text !== null && /^\d+$/.test(text) ? Number(text) : undefined;
}
