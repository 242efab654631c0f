// What a typed query means, and how names and numbers are compared, for Find and Find Agent.
//
// A query made only of digits and phone punctuation (`+`, spaces, `-`, `.`, parentheses) is a
// number: it is looked up as a phone number *and* as an extension, never as a name, because Webex's
// own `phoneNumber` filter on hunt groups matches both the number and the extension, and a call
// pickup has neither (so Find skips call pickups for it and needs no per-location request).
// Anything else is text. Find matches it as Webex's own `name` filter does (which Find uses for hunt
// groups): as typed, anywhere in the name, ignoring case; so a query finds the same hunt groups
// whether Webex or this code did the matching, and Webex returns no more pages than needed. Find
// Agent matches everything itself, so it is more forgiving: every word must occur in a name or
// email address, in any order, ignoring case and accents ("muller anna" finds Anna Müller).

export type ParsedQuery =
  | { kind: 'empty' }
  /** `digits` keeps a leading `+` when one was typed; `bare` has digits only. */
  | { kind: 'number'; digits: string; bare: string }
  /** `words`: lower case, without accents. */
  | { kind: 'text'; text: string; words: string[] };

const MIN_PARTIAL_NUMBER_DIGITS = 7;
const NUMBER_LIKE = /^\+?[\d\s().-]+$/;

export function parseQuery(query: string): ParsedQuery {
  const text = query.trim();
  if (text === '') return { kind: 'empty' };
  if (NUMBER_LIKE.test(text) && /\d/.test(text)) {
    const bare = digitsOf(text);
    return { kind: 'number', digits: text.startsWith('+') ? `+${bare}` : bare, bare };
  }
  return { kind: 'text', text, words: foldAccents(text).toLocaleLowerCase().split(/\s+/).filter(Boolean) };
}

export function digitsOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\D+/g, '') : '';
}

function foldAccents(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Every query word occurs in one of the texts (names, emails), in any order, ignoring case and accents. */
export function matchesWords(words: readonly string[], texts: readonly unknown[]): boolean {
  const haystack = texts
    .filter((text): text is string => typeof text === 'string')
    .map((text) => foldAccents(text).toLocaleLowerCase())
    .join('\n');
  return words.length > 0 && words.every((word) => haystack.includes(word));
}

/**
 * Which of an item's numbers a number query hits. An extension (or ESN, routing prefix + extension)
 * must be typed in full: four digits would otherwise hit every phone number that contains them. A
 * phone number matches when its digits equal the query's, or contain them and the query has at
 * least 7 digits (so "4085550101", "408 555 0101" and "(408) 555-01" all find +14085550101).
 */
export function numberMatch(
  query: Extract<ParsedQuery, { kind: 'number' }>,
  item: { extension?: unknown; esn?: unknown; phoneNumbers: readonly unknown[] },
): 'extension' | 'number' | undefined {
  const extension = digitsOf(item.extension);
  if (extension !== '' && (extension === query.bare || digitsOf(item.esn) === query.bare)) return 'extension';
  for (const phoneNumber of item.phoneNumbers) {
    const digits = digitsOf(phoneNumber);
    if (digits === '') continue;
    if (digits === query.bare || (query.bare.length >= MIN_PARTIAL_NUMBER_DIGITS && digits.includes(query.bare))) return 'number';
  }
  return undefined;
}
