/// <reference lib="dom" />
// What the reader does in the tree of rows: filter it, expand and collapse it, move with the keyboard.
// Works on the elements rowElements.ts builds: `li.node`, `.row`, `li.container > details`.

export function containers(tree: HTMLElement): HTMLLIElement[] {
  return Array.from(tree.querySelectorAll<HTMLLIElement>('li.container'));
}

function detailsOf(node: Element): HTMLDetailsElement | null {
  return node.querySelector(':scope > details');
}

function rowOf(node: Element): HTMLElement | null {
  return node.querySelector(':scope > .row, :scope > details > .row');
}

function childNodes(node: Element): Element[] {
  const list = node.querySelector(':scope > details > .children');
  return list ? Array.from(list.children) : [];
}

/** Whether each container is open, by its path key. */
export function openState(tree: HTMLElement): Record<string, boolean> {
  const state: Record<string, boolean> = {};
  for (const node of containers(tree)) {
    const details = detailsOf(node);
    if (node.dataset.path !== undefined && details) state[node.dataset.path] = details.open;
  }
  return state;
}

export function applyOpenState(tree: HTMLElement, state: Record<string, boolean>): void {
  for (const node of containers(tree)) {
    const details = detailsOf(node);
    if (details && node.dataset.path !== undefined && Object.hasOwn(state, node.dataset.path)) details.open = state[node.dataset.path] === true;
  }
}

export function setAllOpen(tree: HTMLElement, open: boolean): void {
  for (const node of containers(tree)) {
    const details = detailsOf(node);
    if (details) details.open = open;
  }
}

// ---- Filter: keys, values, descriptions and marks; ancestors of a match stay visible. ----

const searchTexts = new WeakMap<Element, string>();

function searchText(node: Element): string {
  let text = searchTexts.get(node);
  if (text === undefined) {
    const row = rowOf(node);
    // Not the collapsed preview: it repeats the children's values, which match on their own rows.
    text = Array.from(row?.querySelectorAll('.key, .count, .value, .badges, .desc') ?? [])
      .map((part) => part.textContent)
      .join(' ')
      .toLowerCase();
    searchTexts.set(node, text);
  }
  return text;
}

/** Shows or hides a node and its subtree; returns whether the node or a descendant matches. */
function filterNode(node: HTMLElement, query: string, ancestorMatches: boolean): boolean {
  const matches = query !== '' && searchText(node).includes(query);
  rowOf(node)?.classList.toggle('match', matches);
  let descendantMatches = false;
  for (const child of childNodes(node)) {
    descendantMatches = filterNode(child as HTMLElement, query, ancestorMatches || matches) || descendantMatches;
  }
  // A capped row ("Show more", a depth cut) stays in sight under a shown parent: the filter cannot see past it.
  const capped = node.classList.contains('capped');
  node.hidden = query !== '' && !(ancestorMatches || matches || descendantMatches || capped);
  const details = detailsOf(node);
  if (descendantMatches && details) details.open = true;
  return matches || descendantMatches;
}

/** Applies the query to every row; returns whether any matched. An empty query shows every row. */
export function filterTree(tree: HTMLElement, rawQuery: string): boolean {
  const query = rawQuery.trim().toLowerCase();
  let anyMatch = false;
  for (const node of Array.from(tree.children)) {
    anyMatch = filterNode(node as HTMLElement, query, false) || anyMatch;
  }
  return anyMatch;
}

export function toggleLongValue(button: HTMLButtonElement): void {
  const value = button.previousElementSibling;
  if (!value) return;
  const expanded = value.classList.toggle('expanded');
  button.setAttribute('aria-expanded', String(expanded));
  const otherLabel = button.dataset.otherLabel ?? '';
  button.dataset.otherLabel = button.textContent ?? '';
  button.textContent = otherLabel;
}

// ---- Keyboard: one tab stop in the tree, arrows move between visible rows. ----

export function visibleRows(tree: HTMLElement): HTMLElement[] {
  return Array.from(tree.querySelectorAll<HTMLElement>('.row')).filter((row) => row.getClientRects().length > 0);
}

export function makeTabStop(tree: HTMLElement, row: HTMLElement): void {
  for (const other of Array.from(tree.querySelectorAll<HTMLElement>('.row[tabindex="0"]'))) other.tabIndex = -1;
  row.tabIndex = 0;
}

export function focusRow(tree: HTMLElement, row: HTMLElement | undefined): void {
  if (!row) return;
  makeTabStop(tree, row);
  row.focus();
  row.scrollIntoView({ block: 'nearest' });
}

function parentRow(node: Element | null): HTMLElement | undefined {
  const parent = node?.parentElement?.closest('li.container');
  return (parent && rowOf(parent)) || undefined;
}

export function onTreeKeyDown(tree: HTMLElement, event: KeyboardEvent): void {
  const row = event.target;
  if (!(row instanceof HTMLElement) || !row.classList.contains('row')) return;
  const rows = visibleRows(tree);
  const index = rows.indexOf(row);
  const details = row.tagName === 'SUMMARY' ? (row.parentElement as HTMLDetailsElement) : null;
  switch (event.key) {
    case 'ArrowDown':
      focusRow(tree, rows[index + 1]);
      break;
    case 'ArrowUp':
      focusRow(tree, rows[index - 1]);
      break;
    case 'Home':
      focusRow(tree, rows[0]);
      break;
    case 'End':
      focusRow(tree, rows[rows.length - 1]);
      break;
    case 'ArrowRight':
      if (details && !details.open) details.open = true;
      else if (details) focusRow(tree, rows[index + 1]);
      break;
    case 'ArrowLeft':
      if (details && details.open) details.open = false;
      else focusRow(tree, parentRow(row.closest('li.node')));
      break;
    case 'Enter':
    case ' ': {
      if (details) return; // a summary toggles by itself
      const more = row.querySelector<HTMLButtonElement>('.more');
      const action = row.querySelector<HTMLButtonElement>('.link-button');
      if (more) toggleLongValue(more);
      else action?.click();
      break;
    }
    default:
      return;
  }
  event.preventDefault();
}

/** Summaries are not tab stops of their own; the first row is the tree's one tab stop. */
export function prepareTabStops(tree: HTMLElement): void {
  for (const summary of Array.from(tree.querySelectorAll<HTMLElement>('summary.row'))) summary.tabIndex = -1;
  const first = tree.querySelector<HTMLElement>('.row');
  if (first) first.tabIndex = 0;
}
