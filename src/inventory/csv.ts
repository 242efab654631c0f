// CSV as RFC 4180 writes it, made safe to open in a spreadsheet.
//
// Quoting: a field holding a comma, a double quote, CR or LF is wrapped in double quotes, with its
// quotes doubled; records end with CRLF (the last one too).
//
// Formula injection: Excel, LibreOffice and Google Sheets run a cell that begins with `=`, `+`, `-`
// or `@` as a formula (a tab or CR in front is skipped over by some of them), and a formula can
// call out (`=cmd|' /C calc'!A0`, `=HYPERLINK(...)`, `=IMPORTXML(...)`). Such a cell gets a `'`
// in front, which spreadsheets show as text. The fullwidth forms (＝ ＋ － ＠) count too: some
// spreadsheets fold them to their ASCII twins.
//
// One exception keeps phone numbers usable: a cell starting with `+` or `-` followed only by
// digits, spaces, dots, hyphens and parentheses (`+14085550101`, `+1 (408) 555-0101`, `-5`) is left
// alone. With no letter, `|`, `!`, `:` or quote in it, it cannot name a function, a cell, another
// sheet or a program: at worst a spreadsheet reads it as a number.

const FORMULA_TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NUMBER_LIKE = /^[+\-\uFF0B\uFF0D][0-9 ().-]*$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The cell as a spreadsheet may safely read it: prefixed with `'` when it would run as a formula. */
export function neutraliseFormula(value: string): string {
  if (!FORMULA_TRIGGER.test(value) || NUMBER_LIKE.test(value)) return value;
  return `'${value}`;
}

/** One field: neutralised, then quoted when RFC 4180 requires it. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const safe = neutraliseFormula(String(value));
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvOptions {
  /** Starts the text with U+FEFF, which Excel needs to read UTF-8 (names like München, 東京). */
  byteOrderMark?: boolean;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>, options: CsvOptions = {}): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n');
  return (options.byteOrderMark ? '\uFEFF' : '') + lines.join('');
}
