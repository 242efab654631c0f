// The RFC 8288 (formerly 5988) `Link` header Webex pages its lists with. One header can hold several
// links (`<a>; rel="prev", <b>; rel="next"`), rel values may be quoted or bare and may list several
// relation types, and a quoted parameter value may hold `;`, `,` and `<`.
//
// A hand-written scanner rather than a regular expression: every character is looked at a bounded
// number of times, so the time taken grows linearly with the header. The regular expression it
// replaces backtracked: a crafted 15.5 KB header (e.g. thousands of `<` with no `>`) held the event
// loop for a quarter of a second per page.
//
// Not a package: parse-link-header 2 returns nothing for a header over 2000 characters (the list
// would end early), splits inside quoted values and reads process.env; http-link-header 1 throws
// on any text that is not a link, so one stray token would fail a whole listing, and it would add
// 4.4 KB of minified bundle where this scanner takes 1.4 KB.

export interface WebLink {
  target: string;
  /** Lower-cased relation types, e.g. ['next'] or ['next', 'last']. */
  rels: string[];
}

/** Every `<target>; params` link in the header, in order; text that is not a link is skipped. */
export function parseLinkHeader(header: string | null | undefined): WebLink[] {
  if (!header) return [];
  const links: WebLink[] = [];
  const scanner = new Scanner(header);
  for (;;) {
    if (!scanner.skipTo('<')) return links;
    const close = header.indexOf('>', scanner.at);
    // No `>` anywhere after this `<`: no later link can be complete either.
    if (close < 0) return links;
    const target = header.slice(scanner.at + 1, close).trim();
    scanner.at = close + 1;
    links.push({ target, rels: relsFrom(scanner.readParams()) });
  }
}

/** The `rel="next"` link resolved against the page's own URL; undefined when there is none; throws on an unparsable target. */
export function nextPageUrl(header: string | null | undefined, pageUrl: string): URL | undefined {
  const next = parseLinkHeader(header).find((link) => link.rels.includes('next'));
  return next ? new URL(next.target, pageUrl) : undefined;
}

function relsFrom(params: Map<string, string>): string[] {
  return (params.get('rel') ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
}

const SPACES = new Set([' ', '\t', '\r', '\n']);
const NAME_ENDS = new Set([...SPACES, ';', ',', '=']);

/** A cursor over the header; each method only moves forward. */
class Scanner {
  at = 0;

  constructor(private readonly text: string) {}

  /** Moves to the next `char`; false when there is none. */
  skipTo(char: string): boolean {
    const found = this.text.indexOf(char, this.at);
    if (found < 0) return false;
    this.at = found;
    return true;
  }

  /** The `; name[=value]` parameters after a target, names lower-cased, the first of each name kept. */
  readParams(): Map<string, string> {
    const params = new Map<string, string>();
    for (;;) {
      this.skipSpaces();
      if (this.text[this.at] !== ';') return params;
      this.at++;
      this.skipSpaces();
      const name = this.readWhile((char) => !NAME_ENDS.has(char)).toLowerCase();
      if (!name) return params;
      this.skipSpaces();
      let value = '';
      if (this.text[this.at] === '=') {
        this.at++;
        this.skipSpaces();
        value = this.text[this.at] === '"' ? this.readQuoted() : this.readWhile((char) => char !== ';' && char !== ',');
      }
      if (!params.has(name)) params.set(name, value);
    }
  }

  private skipSpaces(): void {
    this.readWhile((char) => SPACES.has(char));
  }

  private readWhile(accept: (char: string) => boolean): string {
    const start = this.at;
    while (this.at < this.text.length && accept(this.text[this.at])) this.at++;
    return this.text.slice(start, this.at);
  }

  /** A quoted string with backslash escapes, starting at its opening quote; an unclosed one runs to the end. */
  private readQuoted(): string {
    let value = '';
    for (this.at++; this.at < this.text.length; this.at++) {
      const char = this.text[this.at];
      if (char === '"') {
        this.at++;
        return value;
      }
      if (char === '\\' && this.at + 1 < this.text.length) this.at++;
      value += this.text[this.at];
    }
    return value;
  }
}
