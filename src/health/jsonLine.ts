// The line of a field in a payload pretty-printed as the JSON tabs print it (JSON.stringify with two
// spaces): computed from the value itself, line for line as JSON.stringify lays it out, so no text
// is parsed and a hostile key cannot confuse a scan.
import type { JsonPath } from './types';

export interface FieldLine {
  /** 0-based line of the field's key (or of the array element). */
  line: number;
  /** The part of the path that exists; shorter than asked when the field is absent (the line is then its parent's). */
  found: JsonPath;
}

/** The line where `jsonPath` is, or the deepest part of it that exists; an empty path is the item's `name` line, else the first. */
export function lineOfPath(payload: unknown, jsonPath: JsonPath): FieldLine {
  let value = payload;
  let line = 0;
  const found: JsonPath = [];
  for (const step of jsonPath) {
    const child = childLine(value, line, step);
    if (!child) break;
    found.push(step);
    value = child.value;
    line = child.line;
  }
  if (found.length === 0) {
    const name = childLine(payload, 0, 'name');
    if (name) return { line: name.line, found: [] };
  }
  return { line, found };
}

/** The line of `step` under `value` (which starts at `line`), or undefined when there is none. */
function childLine(value: unknown, line: number, step: string | number): { value: unknown; line: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  let at = line + 1;
  if (Array.isArray(value)) {
    if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= value.length) return undefined;
    for (let index = 0; index < step; index++) at += lineCount(value[index]);
    return { value: value[step], line: at };
  }
  if (typeof step !== 'string') return undefined;
  for (const [key, child] of printedEntries(value as Record<string, unknown>)) {
    if (key === step) return { value: child, line: at };
    at += lineCount(child);
  }
  return undefined;
}

/** Lines JSON.stringify(value, null, 2) takes: a scalar or an empty container is one line. */
function lineCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 1;
  const children = Array.isArray(value) ? value : printedEntries(value as Record<string, unknown>).map(([, child]) => child);
  if (children.length === 0) return 1;
  let lines = 2;
  for (const child of children) lines += lineCount(child);
  return lines;
}

/** The entries JSON.stringify prints, in its order: undefined, functions and symbols are left out. */
function printedEntries(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(([, child]) => child !== undefined && typeof child !== 'function' && typeof child !== 'symbol');
}
