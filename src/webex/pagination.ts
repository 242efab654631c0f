// Webex pages its lists with an RFC 8288 (formerly 5988) `Link` header. One header can hold several
// links (`<a>; rel="prev", <b>; rel="next"`), rel values may be quoted or bare and may list several
// relation types, and a target may be relative to the page it came with.

export interface WebLink {
  target: string;
  /** Lower-cased relation types, e.g. ['next'] or ['next', 'last']. */
  rels: string[];
}

// A link is `<target>` followed by `; name[=value]` parameters, where a quoted value may hold `;` and `,`.
const LINK = /<([^>]*)>((?:\s*;\s*[^\s;,=]+\s*(?:=\s*(?:"(?:[^"\\]|\\.)*"|[^;,]*))?)*)/g;
const PARAM = /;\s*([^\s;,=]+)\s*(?:=\s*(?:"((?:[^"\\]|\\.)*)"|([^;,]*)))?/g;

export function parseLinkHeader(header: string | null | undefined): WebLink[] {
  if (!header) return [];
  return [...header.matchAll(LINK)].map(([, target, params]) => ({
    target: target.trim(),
    rels: relsOf(params),
  }));
}

function relsOf(params: string): string[] {
  for (const [, name, quoted, bare] of params.matchAll(PARAM)) {
    if (name.toLowerCase() === 'rel') {
      const value = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
      return value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    }
  }
  return [];
}

/** The `rel="next"` link resolved against the page's own URL; undefined when there is none; throws on an unparsable target. */
export function nextPageUrl(header: string | null | undefined, pageUrl: string): URL | undefined {
  const next = parseLinkHeader(header).find((link) => link.rels.includes('next'));
  return next ? new URL(next.target, pageUrl) : undefined;
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

/** Every item of a paged list, in order. */
export async function collectPages<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const items: T[] = [];
  for await (const page of pages) items.push(...page);
  return items;
}
