// The details view's rows: a pure function from a payload and the JSON Schema of its kind to the rows
// the page draws (documented fields with their descriptions and enum meanings, badges, fields not set,
// and where the limits cut the payload short). The webview bundle runs it; unit tests run it in Node.
// Rows hold text only: the page turns every string into a text node.

import { documentedChildKeysIn, enumMeaningIn, type FieldDoc, fieldDocIn } from '../fields/schemaDocs';
import type { SchemaNode } from '../fields/schemaRefs';
import type { PathSegment } from './messages';

/** Localizes a user-facing message; `{0}`, `{1}`… are replaced by the arguments. */
export type Translate = (message: string, ...args: (string | number | boolean)[]) => string;

export const english: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (placeholder, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : placeholder));

/**
 * What keeps the page small and the builder's recursion bounded whatever the payload: a 3,000-level
 * nesting or 100,000 agents would otherwise become hundreds of thousands of elements, or a stack overflow.
 */
export interface DetailsLimits {
  /** Containers this deep show as one row saying how much deeper they go (Open as JSON shows all). */
  maxDepth: number;
  /** Members of one list or object shown at first, and added by each "Show more". */
  rowBatch: number;
  /** Rows the page starts with, over all containers; each "Show more" adds this many for that container. */
  pageRowBudget: number;
}

export const detailsLimits: DetailsLimits = { maxDepth: 32, rowBatch: 500, pageRowBudget: 2000 };

/** The key under which `moreRequested` counts requests for the container at `path`. */
export function pathKey(path: readonly PathSegment[]): string {
  return JSON.stringify(path);
}

export interface RowsInput {
  payload: unknown;
  /** The JSON Schema of the payload's kind; without one nothing is documented. */
  schema?: SchemaNode;
  /** Defaults to English. */
  translate?: Translate;
  /** How many times "Show more" was asked for the members of a list or object, by `pathKey`. */
  moreRequested?: ReadonlyMap<string, number>;
  /** Defaults to `detailsLimits`; tests pass small ones. */
  limits?: DetailsLimits;
}

export interface Badge {
  kind: 'undocumented' | 'observed' | 'deprecated';
  label: string;
  /** The tooltip. */
  explanation: string;
}

/** A value as shown: its text and its style. */
export interface ValueView {
  style: 'string' | 'number' | 'boolean' | 'null' | 'other' | 'unset';
  text: string;
  /** A string long enough to be clamped to a few lines, with a button to show it whole. */
  long?: { showAll: string; showLess: string };
}

/** What every row standing for a member of the payload has. */
interface MemberRow {
  /** Keys and indexes from the root; the page remembers open rows by it. */
  path: PathSegment[];
  key: string;
  /** An array index rather than an object key. */
  isIndex: boolean;
  /** Under a documented object, yet not in the docs (marked once, at the top of an undocumented subtree). */
  undocumented: boolean;
  /** Documented from real payloads only. */
  observed: boolean;
  badges: Badge[];
  /** The field's documented description, if any. */
  description?: string;
}

export interface ContainerRow extends MemberRow {
  type: 'container';
  /** The number of items of a list. */
  count?: number;
  /** A one-line summary of an object's scalar members, for its collapsed row. */
  preview?: string;
  /** Whether it starts expanded. */
  open: boolean;
  children: Row[];
}

export interface LeafRow extends MemberRow {
  type: 'leaf';
  /** `0` for an empty list. */
  count?: number;
  value: ValueView;
  /** What the current enum value means, or that it is not a documented one. */
  enumMeaning?: { text: string; documented: boolean };
}

/** A documented field the payload does not have. */
export interface NotSetRow extends MemberRow {
  type: 'notSet';
  value: ValueView;
}

/** A container past the depth limit: how many levels it hides; its button opens the JSON. */
export interface DepthCapRow extends MemberRow {
  type: 'depthCap';
  note: string;
  action: string;
}

/** The members of the container at `path` not shown yet; its button shows the next batch. */
export interface MoreRow {
  type: 'more';
  /** The container's path. */
  path: PathSegment[];
  note: string;
  action: string;
}

export type Row = ContainerRow | LeafRow | NotSetRow | DepthCapRow | MoreRow;

export interface DetailsRows {
  rows: Row[];
  /** "12 fields · 1 undocumented · 3 not set · 1,498 not shown" */
  summary: string;
  counts: RowCounts;
}

export interface RowCounts {
  fields: number;
  undocumented: number;
  notSet: number;
  /** Members left out by the row limits, and containers cut off by the depth limit. */
  notShown: number;
}

/** Strings longer than this are clamped to a few lines, with a button to show them whole. */
const longStringLength = 160;
/** Containers shallower than this start expanded; array items always start collapsed. */
const openDepth = 2;
/** Keys that make a good collapsed preview of an object, in order of preference. */
const previewKeys = ['name', 'displayName', 'firstName', 'lastName', 'type', 'external', 'phoneNumber', 'extension'];

/**
 * The rows, or the reason they could not be built: a payload built in code (not parsed JSON) can throw
 * from a getter, and the page then shows the reason with Retry rather than nothing.
 */
export function buildDetailsRowsOrError(input: RowsInput): DetailsRows | { error: string } {
  try {
    return buildDetailsRows(input);
  } catch (error) {
    const t = input.translate ?? english;
    const reason = error instanceof Error ? error.message : String(error);
    return { error: t('Could not show these details: {0}', reason) };
  }
}

export function buildDetailsRows(input: RowsInput): DetailsRows {
  const t = input.translate ?? english;
  const limits = input.limits ?? detailsLimits;
  const context: BuildContext = {
    schema: input.schema,
    t,
    counts: { fields: 0, undocumented: 0, notSet: 0, notShown: 0 },
    ancestors: new Set(),
    limits,
    moreRequested: input.moreRequested ?? new Map(),
    rowsLeft: limits.pageRowBudget,
  };
  const rows = buildRoot(context, input.payload);
  const { fields, undocumented, notSet, notShown } = context.counts;
  const summary = [
    t('{0} fields', fields),
    ...(undocumented ? [t('{0} undocumented', undocumented)] : []),
    ...(notSet ? [t('{0} not set', notSet)] : []),
    ...(notShown ? [t('{0} not shown', notShown.toLocaleString('en-US'))] : []),
  ].join(' · ');
  return { rows, summary, counts: context.counts };
}

interface BuildContext {
  schema: SchemaNode | undefined;
  t: Translate;
  counts: RowCounts;
  /** Containers on the current path: a payload built in code (not parsed JSON) could be cyclic. */
  ancestors: Set<object>;
  limits: DetailsLimits;
  moreRequested: ReadonlyMap<string, number>;
  /** What is left of the page's row budget; members stop being added when it runs out. */
  rowsLeft: number;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function docAt(context: BuildContext, path: readonly PathSegment[]): FieldDoc | undefined {
  return context.schema && fieldDocIn(context.schema, path);
}

function documentedKeysAt(context: BuildContext, path: readonly PathSegment[]): string[] {
  return context.schema ? documentedChildKeysIn(context.schema, path) : [];
}

function buildRoot(context: BuildContext, payload: unknown): Row[] {
  if (isContainer(payload)) {
    return buildChildren(context, payload, [], true, 0);
  }
  return [buildField(context, { key: context.t('value'), path: [], value: payload, parentDocumented: true, depth: 0 })];
}

/**
 * The rows of a container's members, as many as its batch and the page's row budget allow, then a
 * "Show more" row for the rest or (for a documented object shown whole) the documented fields it lacks.
 */
function buildChildren(context: BuildContext, container: Container, path: PathSegment[], documented: boolean, depth: number): Row[] {
  context.ancestors.add(container);
  const requested = context.moreRequested.get(pathKey(path)) ?? 0;
  // Each "Show more" is a deliberate request: it brings its own share of rows for this container.
  context.rowsLeft += requested * context.limits.pageRowBudget;
  const batchLimit = (requested + 1) * context.limits.rowBatch;
  const members: [PathSegment, unknown][] = Array.isArray(container) ? container.map((item, index) => [index, item]) : Object.entries(container);
  const rows: Row[] = [];
  for (const [key, value] of members) {
    if (rows.length >= batchLimit || context.rowsLeft <= 0) break;
    context.rowsLeft--;
    rows.push(buildField(context, { key: String(key), path: [...path, key], value, parentDocumented: documented, depth, isIndex: typeof key === 'number' }));
  }
  const shown = rows.length;
  if (shown < members.length) {
    context.counts.notShown += members.length - shown;
    rows.push(moreRow(context, path, shown, members.length));
  } else if (documented && !Array.isArray(container)) {
    rows.push(...notSetRows(context, container, path));
  }
  context.ancestors.delete(container);
  return rows;
}

function moreRow(context: BuildContext, path: PathSegment[], shown: number, total: number): MoreRow {
  const t = context.t;
  return { type: 'more', path, note: t('{0} of {1} shown', shown.toLocaleString('en-US'), total.toLocaleString('en-US')), action: t('Show more') };
}

/** How many levels of containers `value` holds (itself included), walked without recursion: it may be thousands deep. */
function nestedLevels(value: Container): number {
  let deepest = 0;
  const seen = new Set<object>();
  const pending: [Container, number][] = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [container, level] = next;
    if (seen.has(container)) continue; // a cycle, in a payload built in code
    seen.add(container);
    deepest = Math.max(deepest, level);
    for (const member of Object.values(container)) {
      if (isContainer(member)) pending.push([member, level + 1]);
    }
  }
  return deepest;
}

function notSetRows(context: BuildContext, object: Record<string, unknown>, path: PathSegment[]): NotSetRow[] {
  const present = new Set(Object.keys(object));
  // An observed stand-in (systemMaxNumberOfRing) that is present means its documented field is not missing.
  for (const key of present) {
    const aliasOf = docAt(context, [...path, key])?.aliasOf;
    if (aliasOf) present.add(aliasOf);
  }
  return documentedKeysAt(context, path)
    .filter((key) => !present.has(key))
    .map((key): NotSetRow => {
      context.counts.notSet++;
      const fieldPath = [...path, key];
      const doc = docAt(context, fieldPath);
      return {
        type: 'notSet',
        path: fieldPath,
        key,
        isIndex: false,
        undocumented: false,
        observed: false,
        badges: badges(context, doc, false),
        ...descriptionOf(doc),
        value: { style: 'unset', text: context.t('not set') },
      };
    });
}

interface FieldToBuild {
  key: string;
  path: PathSegment[];
  value: unknown;
  /** Whether the docs know the parent: only then is an unknown key worth an "undocumented" mark. */
  parentDocumented: boolean;
  depth: number;
  isIndex?: boolean;
}

function buildField(context: BuildContext, field: FieldToBuild): Row {
  const { key, path, value, depth, isIndex = false } = field;
  const doc = path.length === 0 ? undefined : docAt(context, path);
  const undocumented = !doc && field.parentDocumented && !isIndex;
  if (!isIndex) context.counts.fields++;
  if (undocumented) context.counts.undocumented++;
  const member: MemberRow = { path, key, isIndex, undocumented, observed: doc?.observed === true, badges: badges(context, doc, undocumented) };
  const documentedChildren = doc !== undefined || (path.length === 0 && field.parentDocumented);

  if (isContainer(value) && context.ancestors.has(value)) {
    return { ...member, type: 'leaf', value: { style: 'other', text: context.t('(circular reference)') } };
  }
  if (isContainer(value) && depth >= context.limits.maxDepth && hasRows(context, value, path, documentedChildren)) {
    context.counts.notShown++;
    const t = context.t;
    // The cut row keeps its key and classes, not its badges or description: it stands for what is hidden.
    return { ...member, badges: [], type: 'depthCap', note: t('… nested {0} more levels', nestedLevels(value).toLocaleString('en-US')), action: t('(open as JSON to see all)') };
  }
  if (isContainer(value) && hasRows(context, value, path, documentedChildren)) {
    return {
      ...member,
      // An array item's schema description repeats for every item; its preview tells the items apart.
      ...(isIndex ? {} : descriptionOf(doc)),
      type: 'container',
      ...(Array.isArray(value) ? { count: value.length } : { preview: objectPreview(value) }),
      open: depth < openDepth && !isIndex,
      children: buildChildren(context, value, path, documentedChildren, depth + 1),
    };
  }
  const row: LeafRow = { ...member, ...descriptionOf(doc), type: 'leaf', value: valueView(context, value) };
  if (Array.isArray(value)) row.count = 0;
  if (doc?.enumDescriptions) row.enumMeaning = enumLine(context, path, value);
  return row;
}

/** Whether a container gets an expandable row: it has members, or documented fields to list as not set. */
function hasRows(context: BuildContext, value: Container, path: PathSegment[], documented: boolean): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Object.keys(value).length > 0 || (documented && documentedKeysAt(context, path).length > 0);
}

function valueView(context: BuildContext, value: unknown): ValueView {
  if (typeof value === 'string') {
    const text = JSON.stringify(value);
    if (value.length <= longStringLength) return { style: 'string', text };
    const t = context.t;
    return { style: 'string', text, long: { showAll: t('Show all ({0} characters)', value.length.toLocaleString('en-US')), showLess: t('Show less') } };
  }
  if (typeof value === 'number' || typeof value === 'bigint') return { style: 'number', text: String(value) };
  if (typeof value === 'boolean') return { style: 'boolean', text: String(value) };
  if (value === null || value === undefined) return { style: 'null', text: String(value) };
  if (Array.isArray(value)) return { style: 'other', text: '[]' };
  if (typeof value === 'object') return { style: 'other', text: '{}' };
  return { style: 'other', text: String(value) };
}

/** A one-line summary of an object's scalar members, for its collapsed row: `firstName: "John", …`. */
function objectPreview(object: Record<string, unknown>): string {
  const scalars = Object.entries(object).filter(([, value]) => !isContainer(value));
  const preferred = previewKeys.flatMap((key) => scalars.filter(([candidate]) => candidate === key));
  const chosen = [...preferred, ...scalars.filter((entry) => !preferred.includes(entry))].slice(0, 3);
  const parts = chosen.map(([key, value]) => `${truncate(key, 30)}: ${truncate(typeof value === 'string' ? JSON.stringify(value) : String(value), 40)}`);
  return parts.length < Object.keys(object).length ? `${parts.join(', ')}${parts.length ? ', …' : '…'}` : parts.join(', ');
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function enumLine(context: BuildContext, path: PathSegment[], value: unknown): { text: string; documented: boolean } {
  const meaning = context.schema && enumMeaningIn(context.schema, path, value);
  return meaning ? { text: meaning, documented: true } : { text: context.t('Not one of the documented values.'), documented: false };
}

/** The documented description, when there is one. Limits and defaults are part of the descriptions. */
function descriptionOf(doc: FieldDoc | undefined): { description?: string } {
  return doc?.description ? { description: doc.description } : {};
}

function badges(context: BuildContext, doc: FieldDoc | undefined, undocumented: boolean): Badge[] {
  const t = context.t;
  return [
    ...(undocumented ? [{ kind: 'undocumented' as const, label: t('undocumented'), explanation: t('The field documentation does not describe this field.') }] : []),
    ...(doc?.observed ? [{ kind: 'observed' as const, label: t('not in published schema'), explanation: t('Seen in real payloads, but not in the published API schema.') }] : []),
    ...(doc?.deprecated ? [{ kind: 'deprecated' as const, label: t('deprecated'), explanation: t('The API documentation marks this field as deprecated.') }] : []),
  ];
}
