/// <reference lib="dom" />
// The details page. Loaded once per panel; the extension posts it a view (payload, schema, error)
// after every load, and the page draws the rows again from it, keeping the reader's filter, scroll
// position, open rows and "Show more" requests for the same item (in VS Code's page state, so they
// also survive the page being hidden and shown again).

import { buildDetailsRowsOrError, type DetailsRows, english, pathKey } from '../../details/detailsRows';
import type { SchemaNode } from '../../fields/schemaRefs';
import type { DetailsView, HostMessage, PathSegment } from '../../details/messages';
import { element, icon, isolated } from './dom';
import { linkButton, rowElement } from './rowElements';
import { applyOpenState, filterTree, focusRow, makeTabStop, onTreeKeyDown, openState, prepareTabStops, setAllOpen, toggleLongValue, visibleRows } from './treeBehaviour';
import { type PageState, post, savedState, saveState } from './vscodeApi';

const t = english;

function freshState(key: string): PageState {
  return { key, filter: '', scrollY: 0, open: {}, more: {} };
}

let state: PageState = savedState() ?? freshState('');
let view: DetailsView | undefined;
let tree: HTMLUListElement | undefined;
let noMatches: HTMLElement | undefined;
/** Open state of every container before a filter forced some open; put back when the filter clears. */
let openBeforeFilter: Record<string, boolean> | null = null;

const main = document.getElementById('root') ?? document.body.appendChild(element('main'));

// ---- The header: built once, its texts and buttons updated for each view. ----

function iconButton(iconName: string, label: string, onClick: () => void): HTMLButtonElement {
  const button = element('button', 'icon-button', icon(iconName));
  button.type = 'button';
  button.title = label;
  button.setAttribute('aria-label', label);
  button.addEventListener('click', onClick);
  return button;
}

/** A button that asks the extension to act; its label hides on narrow widths (the icon and tooltip stay). */
function labelButton(iconName: string, label: string, onClick: () => void): HTMLButtonElement {
  const button = element('button', 'label-button', icon(iconName), element('span', 'label', label));
  button.type = 'button';
  button.title = label;
  button.addEventListener('click', onClick);
  return button;
}

const titleText = element('h1', 'title');
const kindText = element('span', 'kind');
const fetchedText = element('span', 'fetched');
const filterInput = element('input');
filterInput.id = 'filter';
filterInput.type = 'search';
filterInput.spellcheck = false;
filterInput.autocomplete = 'off';
filterInput.placeholder = t('Filter keys, values and descriptions');
filterInput.setAttribute('aria-label', t('Filter keys, values and descriptions'));
filterInput.value = state.filter;
const expandAll = iconButton('expand-all', t('Expand all'), () => setAllOpenAndRemember(true));
const collapseAll = iconButton('collapse-all', t('Collapse all'), () => setAllOpenAndRemember(false));
const refreshButton = labelButton('refresh', t('Refresh'), () => post({ type: 'refresh' }));
const openJsonButton = labelButton('json', t('Open as JSON'), () => post({ type: 'openJson' }));
const copyJsonButton = labelButton('copy', t('Copy JSON'), () => post({ type: 'copyJson' }));
const toolbar = element(
  'div',
  'toolbar',
  element('div', 'filter', icon('filter'), filterInput),
  expandAll,
  collapseAll,
  refreshButton,
  openJsonButton,
  copyJsonButton,
);
toolbar.setAttribute('role', 'toolbar');
toolbar.setAttribute('aria-label', t('Details actions'));
const header = element('header', 'header', element('div', 'title-line', titleText, kindText, fetchedText), toolbar);
header.hidden = true;
document.body.insertBefore(header, main);

function showLoading(loading: boolean): void {
  refreshButton.disabled = loading;
  refreshButton.querySelector('.codicon')?.classList.toggle('codicon-modifier-spin', loading);
}

// ---- Drawing a view ----

function show(next: DetailsView): void {
  if (next.key !== state.key) {
    state = freshState(next.key);
    filterInput.value = '';
  } else {
    rememberTree();
  }
  view = next;
  draw();
}

/** Puts what the reader did in the tree into the state, before the tree is drawn again. */
function rememberTree(): void {
  if (!tree) return;
  state.open = openBeforeFilter ?? openState(tree);
  state.scrollY = window.scrollY;
}

function draw(): void {
  if (!view) return;
  document.title = t('{0} details', view.title);
  tree = undefined;
  noMatches = undefined;
  openBeforeFilter = null;
  if (view.payloadJson === undefined && view.error === undefined && view.loading) {
    header.hidden = true;
    main.className = 'loading';
    main.setAttribute('aria-busy', 'true');
    main.replaceChildren(icon('loading', 'codicon-modifier-spin'), element('span', undefined, t('Loading {0}…', view.title)));
    return;
  }
  header.hidden = false;
  main.className = '';
  main.removeAttribute('aria-busy');
  titleText.replaceChildren(isolated(view.title));
  kindText.textContent = view.kindTitle;
  kindText.hidden = !view.kindTitle;
  fetchedText.textContent = view.fetchedAt ? t('Fetched {0}', view.fetchedAt) : '';
  fetchedText.hidden = !view.fetchedAt;

  const built = view.payloadJson === undefined ? undefined : rowsOf(view.payloadJson, view.schema);
  const rows = built && 'rows' in built ? built : undefined;
  const error = built && 'error' in built ? built.error : view.error;
  const content: Node[] = [];
  if (error !== undefined) content.push(errorElement(error, rows !== undefined));
  if (rows) {
    tree = element('ul', 'tree', ...rows.rows.map((row) => rowElement(row, { openJson: () => post({ type: 'openJson' }), showMore })));
    tree.id = 'tree';
    tree.setAttribute('aria-label', t('Fields of {0}', view.title));
    noMatches = element('p', 'no-matches', t('No fields match the filter.'));
    noMatches.id = 'no-matches';
    noMatches.hidden = true;
    content.push(element('p', 'summary', rows.summary), tree, noMatches);
  } else if (error === undefined) {
    content.push(element('p', 'placeholder', t('No details were returned.')));
  }
  main.replaceChildren(...content);

  for (const control of [filterInput, expandAll, collapseAll, openJsonButton, copyJsonButton]) control.disabled = !rows;
  showLoading(view.loading);
  if (tree) {
    prepareTabStops(tree);
    applyOpenState(tree, state.open);
    if (filterInput.value.trim()) applyFilter();
  }
  // After layout: the rows just drawn give the page its height back.
  const scrollY = state.scrollY;
  window.requestAnimationFrame(() => window.scrollTo(0, scrollY));
  post({ type: 'rendered', key: view.key, summary: rows?.summary ?? error ?? '' });
}

function rowsOf(payloadJson: string, schema: SchemaNode | undefined): DetailsRows | { error: string } {
  let payload: unknown;
  try {
    payload = JSON.parse(payloadJson);
  } catch (error) {
    return { error: t('Could not show these details: {0}', error instanceof Error ? error.message : String(error)) };
  }
  return buildDetailsRowsOrError({ payload, schema, translate: t, moreRequested: new Map(Object.entries(state.more)) });
}

function errorElement(text: string, showingLastPayload: boolean): HTMLElement {
  const message = element('span', 'error-text', isolated(text));
  if (showingLastPayload) message.append(' ', element('span', 'error-note', t('Showing the last loaded details.')));
  const box = element('div', 'error', icon('error'), message, linkButton(t('Retry'), () => post({ type: 'refresh' })));
  box.setAttribute('role', 'alert');
  return box;
}

/** The next batch of the container at `path`: drawn here, from the payload the page already has. */
function showMore(path: PathSegment[]): void {
  const key = pathKey(path);
  rememberTree();
  state.more[key] = (state.more[key] ?? 0) + 1;
  saveState(state);
  draw();
}

// ---- Remembering what the reader does ----

function remember(): void {
  state.filter = filterInput.value;
  state.scrollY = window.scrollY;
  if (tree) state.open = openBeforeFilter ?? openState(tree);
  saveState(state);
}

function debounce(callback: () => void, milliseconds: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(callback, milliseconds);
  };
}
const rememberSoon = debounce(remember, 150);

function applyFilter(): void {
  if (!tree) return;
  const query = filterInput.value.trim();
  if (query && !openBeforeFilter) openBeforeFilter = openState(tree);
  const anyMatch = filterTree(tree, query);
  if (!query && openBeforeFilter) {
    applyOpenState(tree, openBeforeFilter);
    openBeforeFilter = null;
  }
  if (noMatches) noMatches.hidden = !query || anyMatch;
  remember();
}

function setAllOpenAndRemember(open: boolean): void {
  if (!tree) return;
  setAllOpen(tree, open);
  // Expand/collapse all is a deliberate choice: keep it when the filter clears.
  if (openBeforeFilter) openBeforeFilter = openState(tree);
  remember();
}

// ---- Wiring ----

filterInput.addEventListener('input', debounce(applyFilter, 120));
filterInput.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && filterInput.value) {
    filterInput.value = '';
    applyFilter();
  } else if (event.key === 'ArrowDown' && tree) {
    focusRow(tree, visibleRows(tree)[0]);
    event.preventDefault();
  }
});

main.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button.more') : null;
  if (button instanceof HTMLButtonElement) toggleLongValue(button);
});
// toggle does not bubble; a filter's own opening is not a choice worth remembering.
main.addEventListener(
  'toggle',
  () => {
    if (!openBeforeFilter) rememberSoon();
  },
  true,
);
main.addEventListener('keydown', (event) => {
  if (tree) onTreeKeyDown(tree, event);
});
main.addEventListener('focusin', (event) => {
  if (tree && event.target instanceof HTMLElement && event.target.classList.contains('row')) makeTabStop(tree, event.target);
});
window.addEventListener('scroll', rememberSoon, { passive: true });

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (typeof message !== 'object' || message === null) return;
  switch (message.type) {
    case 'show':
      show(message.view);
      return;
    case 'loading':
      showLoading(message.loading);
      return;
  }
});

post({ type: 'ready' });
