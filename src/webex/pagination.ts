// How the client walks a paged list beyond the first page, apart from the HTTP: putting dropped
// query parameters back into next links, the offset fallback for lists that send no `Link`, and
// keeping each item once.

/** Also here for the callers that read next links next to the other paging helpers. */
export { nextPageUrl } from './linkHeader';

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
