// The details webview's HTML: a pure function from a payload to markup, so it can be tested with
// hostile input outside VS Code. Everything taken from the payload is escaped, keys included; the page
// carries no inline script or style, and no data for the script beyond data- attributes.

import { DocumentedKind, documentedChildKeys, enumMeaning, FieldDoc, fieldDoc } from '../fields/fieldDocs';

/** Localizes a user-facing message; `{0}`, `{1}`… are replaced by the arguments (vscode.l10n.t fits). */
export type Translate = (message: string, ...args: (string | number | boolean)[]) => string;

export interface DetailsHtmlInput {
  kind: DocumentedKind;
  title: string;
  payload: unknown;
  nonce: string;
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  codiconsUri: string;
  fetchedAt?: Date;
  /** Shown above the tree (which keeps the last good payload), or alone when there is none. */
  error?: string;
  /** Defaults to English. */
  translate?: Translate;
  /** How many times the page's "Show more" asked for more members of a list or object, by `pathKey`. */
  moreRequested?: ReadonlyMap<string, number>;
  /** Defaults to `detailsLimits`; tests pass small ones. */
  limits?: DetailsLimits;
}

/**
 * What keeps the page small and the renderer's recursion bounded whatever the payload: a 3,000-level
 * nesting or 100,000 agents would otherwise become hundreds of megabytes of HTML, or a stack overflow.
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

export type LoadingHtmlInput = Pick<DetailsHtmlInput, 'title' | 'nonce' | 'cspSource' | 'styleUri' | 'codiconsUri' | 'translate'>;

export type PathSegment = string | number;

/** Strings longer than this are clamped to a few lines, with a button to show them whole. */
const longStringLength = 160;
/** Containers shallower than this start expanded; array items always start collapsed. */
const openDepth = 2;
/** Keys that make a good collapsed preview of an object, in order of preference. */
const previewKeys = ['name', 'displayName', 'firstName', 'lastName', 'type', 'external', 'phoneNumber', 'extension'];

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use both as element content and inside a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => htmlEntities[character]);
}

const english: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (placeholder, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : placeholder));

/**
 * The page for the payload or, if building it fails for any reason (a payload built in code can throw
 * from a getter), the page with that failure as its error and Retry: the panel never stays on Loading.
 */
export function buildDetailsHtmlOrError(input: DetailsHtmlInput): string {
  try {
    return buildDetailsHtml(input);
  } catch (error) {
    const t = input.translate ?? english;
    const reason = error instanceof Error ? error.message : String(error);
    return buildDetailsHtml({ ...input, payload: undefined, error: t('Could not show these details: {0}', reason) });
  }
}

export function buildDetailsHtml(input: DetailsHtmlInput): string {
  const t = input.translate ?? english;
  const limits = input.limits ?? detailsLimits;
  const context: RenderContext = {
    kind: input.kind,
    t,
    counts: { fields: 0, undocumented: 0, notSet: 0, notShown: 0 },
    ancestors: new Set(),
    limits,
    moreRequested: input.moreRequested ?? new Map(),
    rowsLeft: limits.pageRowBudget,
  };
  const hasPayload = input.payload !== undefined;
  const tree = hasPayload ? renderRoot(context, input.payload) : '';
  const { fields, undocumented, notSet, notShown } = context.counts;
  const summary = [
    t('{0} fields', fields),
    ...(undocumented ? [t('{0} undocumented', undocumented)] : []),
    ...(notSet ? [t('{0} not set', notSet)] : []),
    ...(notShown ? [t('{0} not shown', notShown.toLocaleString('en-US'))] : []),
  ].join(' · ');
  const fetched = input.fetchedAt
    ? `<span class="fetched">${escapeHtml(t('Fetched {0}', input.fetchedAt.toLocaleString()))}</span>`
    : '';
  const error = input.error
    ? `<div class="error" role="alert"><span class="codicon codicon-error" aria-hidden="true"></span><span class="error-text"><bdi>${escapeHtml(input.error)}</bdi>${
        hasPayload ? ` <span class="error-note">${escapeHtml(t('Showing the last loaded details.'))}</span>` : ''
      }</span><button type="button" class="link-button" data-message="refresh">${escapeHtml(t('Retry'))}</button></div>`
    : '';
  const body = hasPayload
    ? `<p class="summary">${escapeHtml(summary)}</p>
<ul class="tree" id="tree" aria-label="${escapeHtml(t('Fields of {0}', input.title))}">${tree}</ul>
<p class="no-matches" id="no-matches" hidden>${escapeHtml(t('No fields match the filter.'))}</p>`
    : input.error
      ? ''
      : `<p class="placeholder">${escapeHtml(t('No details were returned.'))}</p>`;

  return `<!DOCTYPE html>
<html lang="en">
${head(input, t)}
<body>
<header class="header">
  <div class="title-line">
    <h1 class="title"><bdi>${escapeHtml(input.title)}</bdi></h1>
    <span class="kind">${escapeHtml(kindLabel(input.kind, t))}</span>
    ${fetched}
  </div>
  <div class="toolbar" role="toolbar" aria-label="${escapeHtml(t('Details actions'))}">
    <div class="filter">
      <span class="codicon codicon-filter" aria-hidden="true"></span>
      <input id="filter" type="search" spellcheck="false" autocomplete="off" placeholder="${escapeHtml(t('Filter keys, values and descriptions'))}" aria-label="${escapeHtml(t('Filter keys, values and descriptions'))}"${hasPayload ? '' : ' disabled'}>
    </div>
    ${iconButton('expandAll', 'expand-all', t('Expand all'), !hasPayload)}
    ${iconButton('collapseAll', 'collapse-all', t('Collapse all'), !hasPayload)}
    ${labelButton('refresh', 'refresh', t('Refresh'), false)}
    ${labelButton('openJson', 'json', t('Open as JSON'), !hasPayload)}
    ${labelButton('copyJson', 'copy', t('Copy JSON'), !hasPayload)}
  </div>
</header>
<main>
${error}
${body}
</main>
<script nonce="${escapeHtml(input.nonce)}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>`;
}

/** Shown while the first load is in flight. No script: there is nothing to do yet. */
export function buildLoadingHtml(input: LoadingHtmlInput): string {
  const t = input.translate ?? english;
  return `<!DOCTYPE html>
<html lang="en">
${head(input, t)}
<body>
<main class="loading" aria-busy="true">
  <span class="codicon codicon-loading codicon-modifier-spin" aria-hidden="true"></span>
  <span>${escapeHtml(t('Loading {0}…', input.title))}</span>
</main>
</body>
</html>`;
}

function head(input: LoadingHtmlInput, t: Translate): string {
  const csp = [
    "default-src 'none'",
    `style-src ${input.cspSource}`,
    `font-src ${input.cspSource}`,
    `script-src 'nonce-${input.nonce}'`,
    `img-src ${input.cspSource}`,
  ].join('; ');
  return `<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(input.codiconsUri)}">
<link rel="stylesheet" href="${escapeHtml(input.styleUri)}">
<title>${escapeHtml(t('{0} details', input.title))}</title>
</head>`;
}

/** A button handled inside the page (expand/collapse all). */
function iconButton(action: string, icon: string, label: string, disabled: boolean): string {
  return `<button type="button" class="icon-button" data-action="${action}" title="${escapeHtml(label)}" aria-label="${escapeHtml(label)}"${disabled ? ' disabled' : ''}><span class="codicon codicon-${icon}" aria-hidden="true"></span></button>`;
}

/** A button that asks the extension to act; its label hides on narrow widths (the icon and tooltip stay). */
function labelButton(message: string, icon: string, label: string, disabled: boolean): string {
  return `<button type="button" class="label-button" data-message="${message}" title="${escapeHtml(label)}"${disabled ? ' disabled' : ''}><span class="codicon codicon-${icon}" aria-hidden="true"></span><span class="label">${escapeHtml(label)}</span></button>`;
}

function kindLabel(kind: DocumentedKind, t: Translate): string {
  switch (kind) {
    case 'huntGroup':
      return t('Hunt group');
    case 'callPickup':
      return t('Call pickup');
    case 'location':
      return t('Location');
    case 'huntGroupListItem':
      return t('Hunt group (list entry)');
    case 'callPickupListItem':
      return t('Call pickup (list entry)');
  }
}

interface RenderContext {
  kind: DocumentedKind;
  t: Translate;
  /** `notShown`: members left out by the row limits, and containers cut off by the depth limit. */
  counts: { fields: number; undocumented: number; notSet: number; notShown: number };
  /** Containers on the current path: a payload built in code (not parsed JSON) could be cyclic. */
  ancestors: Set<object>;
  limits: DetailsLimits;
  moreRequested: ReadonlyMap<string, number>;
  /** What is left of the page's row budget; members stop being written when it runs out. */
  rowsLeft: number;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function renderRoot(context: RenderContext, payload: unknown): string {
  if (isContainer(payload)) {
    return renderChildren(context, payload, [], true, 0);
  }
  return renderField(context, { key: context.t('value'), path: [], value: payload, parentDocumented: true, depth: 0 });
}

/**
 * The rows of a container's members, as many as its batch and the page's row budget allow, then a
 * "Show more" row for the rest or (for a documented object shown whole) the documented fields it lacks.
 */
function renderChildren(context: RenderContext, container: Container, path: PathSegment[], documented: boolean, depth: number): string {
  context.ancestors.add(container);
  const requested = context.moreRequested.get(pathKey(path)) ?? 0;
  // Each "Show more" is a deliberate request: it brings its own share of rows for this container.
  context.rowsLeft += requested * context.limits.pageRowBudget;
  const batchLimit = (requested + 1) * context.limits.rowBatch;
  const members: [PathSegment, unknown][] = Array.isArray(container) ? container.map((item, index) => [index, item]) : Object.entries(container);
  const rows: string[] = [];
  for (const [key, value] of members) {
    if (rows.length >= batchLimit || context.rowsLeft <= 0) break;
    context.rowsLeft--;
    rows.push(renderField(context, { key: String(key), path: [...path, key], value, parentDocumented: documented, depth, isIndex: typeof key === 'number' }));
  }
  const shown = rows.length;
  if (shown < members.length) {
    context.counts.notShown += members.length - shown;
    rows.push(moreRow(context, path, shown, members.length));
  } else if (documented && !Array.isArray(container)) {
    rows.push(...renderNotSet(context, container, path));
  }
  context.ancestors.delete(container);
  return rows.join('');
}

/** The row standing for the members not written yet; its button asks the extension for the next batch. */
function moreRow(context: RenderContext, path: PathSegment[], shown: number, total: number): string {
  const t = context.t;
  const note = t('{0} of {1} shown', shown.toLocaleString('en-US'), total.toLocaleString('en-US'));
  const button = `<button type="button" class="link-button" data-message="showMore" data-path="${pathAttribute(path)}">${escapeHtml(t('Show more'))}</button>`;
  return `<li class="node leaf capped">${leafRow(`<span class="capped-note">${escapeHtml(note)}</span>${button}`, '')}</li>`;
}

/** The row standing for a container past the depth limit: how many levels it hides, and where to see them. */
function depthCapRow(context: RenderContext, keyHtml: string, classes: string[], dataPath: string, value: Container): string {
  context.counts.notShown++;
  const t = context.t;
  const note = t('… nested {0} more levels', nestedLevels(value).toLocaleString('en-US'));
  const button = `<button type="button" class="link-button" data-message="openJson">${escapeHtml(t('(open as JSON to see all)'))}</button>`;
  return `<li class="${[...classes, 'leaf', 'capped'].join(' ')}" data-path="${dataPath}">${leafRow(`${keyHtml}<span class="capped-note">${escapeHtml(note)}</span>${button}`, '')}</li>`;
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

function renderNotSet(context: RenderContext, object: Record<string, unknown>, path: PathSegment[]): string[] {
  const present = new Set(Object.keys(object));
  // An observed stand-in (systemMaxNumberOfRing) that is present means its documented field is not missing.
  for (const key of present) {
    const aliasOf = fieldDoc(context.kind, [...path, key])?.aliasOf;
    if (aliasOf) present.add(aliasOf);
  }
  return documentedChildKeys(context.kind, path)
    .filter((key) => !present.has(key))
    .map((key) => {
      context.counts.notSet++;
      const fieldPath = [...path, key];
      const doc = fieldDoc(context.kind, fieldPath);
      const head = `${keyMarkup(key, false)}<span class="value unset">${escapeHtml(context.t('not set'))}</span>${badges(context, doc, false)}`;
      return `<li class="node leaf not-set" data-path="${pathAttribute(fieldPath)}">${leafRow(head, description(doc, undefined))}</li>`;
    });
}

interface FieldToRender {
  key: string;
  path: PathSegment[];
  value: unknown;
  /** Whether the docs know the parent: only then is an unknown key worth an "undocumented" mark. */
  parentDocumented: boolean;
  depth: number;
  isIndex?: boolean;
}

function renderField(context: RenderContext, field: FieldToRender): string {
  const { key, path, value, depth, isIndex = false } = field;
  const doc = path.length === 0 ? undefined : fieldDoc(context.kind, path);
  const undocumented = !doc && field.parentDocumented && !isIndex;
  if (!isIndex) context.counts.fields++;
  if (undocumented) context.counts.undocumented++;
  const marks = badges(context, doc, undocumented);
  const classes = ['node', ...(undocumented ? ['undocumented'] : []), ...(doc?.observed ? ['observed'] : [])];
  const dataPath = pathAttribute(path);
  const documentedChildren = doc !== undefined || (path.length === 0 && field.parentDocumented);
  const keyHtml = keyMarkup(key, isIndex);

  if (isContainer(value) && context.ancestors.has(value)) {
    const head = `${keyHtml}<span class="value other">${escapeHtml(context.t('(circular reference)'))}</span>${marks}`;
    return `<li class="${[...classes, 'leaf'].join(' ')}" data-path="${dataPath}">${leafRow(head, '')}</li>`;
  }
  if (isContainer(value) && depth >= context.limits.maxDepth && hasRows(context, value, path, documentedChildren)) {
    return depthCapRow(context, keyHtml, classes, dataPath, value);
  }
  if (isContainer(value) && hasRows(context, value, path, documentedChildren)) {
    const count = Array.isArray(value) ? `<span class="count">(${value.length})</span>` : '';
    // An array item's schema description repeats for every item; its preview tells the items apart.
    const detail = isIndex ? '' : description(doc, undefined);
    const preview = Array.isArray(value) ? '' : `<span class="preview">${escapeHtml(objectPreview(value))}</span>`;
    const open = depth < openDepth && !isIndex ? ' open' : '';
    const summary = `<summary class="row"><span class="twistie codicon codicon-chevron-right" aria-hidden="true"></span><span class="line"><span class="head">${keyHtml}${count}${preview}${marks}</span>${detail}</span></summary>`;
    const children = renderChildren(context, value, path, documentedChildren, depth + 1);
    return `<li class="${[...classes, 'container'].join(' ')}" data-path="${dataPath}"><details${open}>${summary}<ul class="children">${children}</ul></details></li>`;
  }
  const meaning = doc?.enumDescriptions ? enumLine(context, path, value) : undefined;
  const count = Array.isArray(value) ? '<span class="count">(0)</span>' : '';
  const head = `${keyHtml}${count}${valueMarkup(context, value)}${marks}`;
  return `<li class="${[...classes, 'leaf'].join(' ')}" data-path="${dataPath}">${leafRow(head, description(doc, meaning))}</li>`;
}

/** A row without children. The twistie column stays outside the line so wrapped text lines up with the key. */
function leafRow(head: string, detail: string): string {
  return `<div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head">${head}</span>${detail}</span></div>`;
}

/** Whether a container renders as an expandable row: it has members, or documented fields to list as not set. */
function hasRows(context: RenderContext, value: Container, path: PathSegment[], documented: boolean): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Object.keys(value).length > 0 || (documented && documentedChildKeys(context.kind, path).length > 0);
}

function keyMarkup(key: string, isIndex: boolean): string {
  return `<span class="key${isIndex ? ' index' : ''}"><bdi>${escapeHtml(key)}</bdi></span>`;
}

function valueMarkup(context: RenderContext, value: unknown): string {
  if (typeof value === 'string') {
    const text = escapeHtml(JSON.stringify(value));
    if (value.length <= longStringLength) {
      return `<span class="value string"><bdi>${text}</bdi></span>`;
    }
    const more = escapeHtml(context.t('Show all ({0} characters)', value.length.toLocaleString('en-US')));
    return `<span class="value string long"><bdi>${text}</bdi></span><button type="button" class="more" tabindex="-1" aria-expanded="false" data-other-label="${escapeHtml(context.t('Show less'))}">${more}</button>`;
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    return `<span class="value number">${escapeHtml(String(value))}</span>`;
  }
  if (typeof value === 'boolean') {
    return `<span class="value boolean">${String(value)}</span>`;
  }
  if (value === null || value === undefined) {
    return `<span class="value null">${String(value)}</span>`;
  }
  if (Array.isArray(value)) {
    return '<span class="value other">[]</span>';
  }
  if (typeof value === 'object') {
    return '<span class="value other">{}</span>';
  }
  return `<span class="value other">${escapeHtml(String(value))}</span>`;
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

function enumLine(context: RenderContext, path: PathSegment[], value: unknown): string {
  const meaning = enumMeaning(context.kind, path, value);
  if (meaning) {
    return `<span class="enum-meaning">${escapeHtml(meaning)}</span>`;
  }
  return `<span class="enum-meaning unknown">${escapeHtml(context.t('Not one of the documented values.'))}</span>`;
}

/** The field's description, then what the current enum value means. Limits and defaults are part of the descriptions. */
function description(doc: FieldDoc | undefined, enumHtml: string | undefined): string {
  if (!doc?.description && !enumHtml) return '';
  return `<span class="desc"><span class="desc-text">${escapeHtml(doc?.description ?? '')}</span>${enumHtml ?? ''}</span>`;
}

function badges(context: RenderContext, doc: FieldDoc | undefined, undocumented: boolean): string {
  const t = context.t;
  const marks = [
    ...(undocumented ? [badge('undocumented', t('undocumented'), t('The field documentation does not describe this field.'))] : []),
    ...(doc?.observed ? [badge('observed', t('not in published schema'), t('Seen in real payloads, but not in the published API schema.'))] : []),
    ...(doc?.deprecated ? [badge('deprecated', t('deprecated'), t('The API documentation marks this field as deprecated.'))] : []),
  ];
  return marks.length ? `<span class="badges">${marks.join('')}</span>` : '';
}

function badge(kind: string, label: string, explanation: string): string {
  return `<span class="badge badge-${kind}" title="${escapeHtml(explanation)}">${escapeHtml(label)}</span>`;
}

/** The script keys remembered expand/collapse state by this attribute. */
function pathAttribute(path: PathSegment[]): string {
  return escapeHtml(JSON.stringify(path));
}
