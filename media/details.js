// Behaviour of the details webview: filter, expand/collapse, keyboard navigation, and the few
// messages the page may send. The extension re-renders the whole page on refresh, so the page keeps
// its state (filter, scroll position, expanded nodes keyed by data-path) with getState/setState and
// restores it on every load.
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();

  /** The only messages this page sends; the extension checks them again on arrival. */
  const allowedMessages = new Set(['copyJson', 'openJson', 'refresh', 'showMore']);

  const tree = document.getElementById('tree');
  const filterInput = document.getElementById('filter');
  const noMatches = document.getElementById('no-matches');

  /** Open state of every container before a filter forced some open; put back when the filter clears. */
  let openBeforeFilter = null;

  function debounce(callback, milliseconds) {
    let timer;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(callback, milliseconds);
    };
  }

  function containers() {
    return tree ? Array.from(tree.querySelectorAll('li.container')) : [];
  }

  function detailsOf(node) {
    return node.querySelector(':scope > details');
  }

  function rowOf(node) {
    return node.querySelector(':scope > .row, :scope > details > .row');
  }

  function childNodes(node) {
    const list = node.querySelector(':scope > details > .children');
    return list ? Array.from(list.children) : [];
  }

  function openState() {
    const state = {};
    for (const node of containers()) {
      state[node.dataset.path] = detailsOf(node).open;
    }
    return state;
  }

  function applyOpenState(state) {
    for (const node of containers()) {
      if (Object.prototype.hasOwnProperty.call(state, node.dataset.path)) {
        detailsOf(node).open = state[node.dataset.path] === true;
      }
    }
  }

  function saveState() {
    vscode.setState({
      filter: filterInput ? filterInput.value : '',
      scrollY: window.scrollY,
      open: openBeforeFilter || openState(),
    });
  }
  const saveStateSoon = debounce(saveState, 150);

  // ---- Filter: keys, values, descriptions and marks; ancestors of a match stay visible. ----

  const searchTexts = new Map();

  function searchText(node) {
    let text = searchTexts.get(node);
    if (text === undefined) {
      const row = rowOf(node);
      // Not the collapsed preview: it repeats the children's values, which match on their own rows.
      text = Array.from(row.querySelectorAll('.key, .count, .value, .badges, .desc'))
        .map((part) => part.textContent)
        .join(' ')
        .toLowerCase();
      searchTexts.set(node, text);
    }
    return text;
  }

  /** Shows or hides a node and its subtree; returns whether the node or a descendant matches. */
  function filterNode(node, query, ancestorMatches) {
    const matches = query !== '' && searchText(node).includes(query);
    rowOf(node).classList.toggle('match', matches);
    let descendantMatches = false;
    for (const child of childNodes(node)) {
      descendantMatches = filterNode(child, query, ancestorMatches || matches) || descendantMatches;
    }
    // A capped row ("Show more", a depth cut) stays in sight under a shown parent: the filter cannot see past it.
    const capped = node.classList.contains('capped');
    node.hidden = query !== '' && !(ancestorMatches || matches || descendantMatches || capped);
    if (descendantMatches) {
      detailsOf(node).open = true;
    }
    return matches || descendantMatches;
  }

  function applyFilter() {
    if (!tree || !filterInput) {
      return;
    }
    const query = filterInput.value.trim().toLowerCase();
    if (query && !openBeforeFilter) {
      openBeforeFilter = openState();
    }
    let anyMatch = false;
    for (const node of Array.from(tree.children)) {
      anyMatch = filterNode(node, query, false) || anyMatch;
    }
    if (!query && openBeforeFilter) {
      applyOpenState(openBeforeFilter);
      openBeforeFilter = null;
    }
    if (noMatches) {
      noMatches.hidden = !query || anyMatch;
    }
    saveState();
  }

  function setAllOpen(open) {
    for (const node of containers()) {
      detailsOf(node).open = open;
    }
    if (openBeforeFilter) {
      // Expand/collapse all is a deliberate choice: keep it when the filter clears.
      openBeforeFilter = openState();
    }
    saveState();
  }

  function toggleLongValue(button) {
    const value = button.previousElementSibling;
    const expanded = value.classList.toggle('expanded');
    button.setAttribute('aria-expanded', String(expanded));
    const otherLabel = button.dataset.otherLabel;
    button.dataset.otherLabel = button.textContent;
    button.textContent = otherLabel;
  }

  // ---- Keyboard: one tab stop in the tree, arrows move between visible rows. ----

  function visibleRows() {
    return Array.from(tree.querySelectorAll('.row')).filter((row) => row.getClientRects().length > 0);
  }

  function makeTabStop(row) {
    for (const other of tree.querySelectorAll('.row[tabindex="0"]')) {
      other.tabIndex = -1;
    }
    row.tabIndex = 0;
  }

  function focusRow(row) {
    if (row) {
      makeTabStop(row);
      row.focus();
      row.scrollIntoView({ block: 'nearest' });
    }
  }

  function parentRow(node) {
    const parent = node.parentElement && node.parentElement.closest('li.container');
    return parent ? rowOf(parent) : undefined;
  }

  function onTreeKeyDown(event) {
    const row = event.target;
    if (!row.classList || !row.classList.contains('row')) {
      return;
    }
    const rows = visibleRows();
    const index = rows.indexOf(row);
    const details = row.tagName === 'SUMMARY' ? row.parentElement : null;
    switch (event.key) {
      case 'ArrowDown':
        focusRow(rows[index + 1]);
        break;
      case 'ArrowUp':
        focusRow(rows[index - 1]);
        break;
      case 'Home':
        focusRow(rows[0]);
        break;
      case 'End':
        focusRow(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        if (details && !details.open) {
          details.open = true;
        } else if (details) {
          focusRow(rows[index + 1]);
        }
        break;
      case 'ArrowLeft':
        if (details && details.open) {
          details.open = false;
        } else {
          focusRow(parentRow(row.closest('li.node')));
        }
        break;
      case 'Enter':
      case ' ': {
        if (details) {
          return; // a summary toggles by itself
        }
        const more = row.querySelector('.more');
        const action = row.querySelector('.link-button');
        if (more) {
          toggleLongValue(more);
        } else if (action) {
          action.click();
        }
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  }

  // ---- Wiring ----

  document.addEventListener('click', (event) => {
    const button = event.target && event.target.closest ? event.target.closest('button') : null;
    if (!button) {
      return;
    }
    if (button.classList.contains('more')) {
      toggleLongValue(button);
      return;
    }
    const message = button.dataset.message;
    if (message === 'showMore') {
      // The extension re-renders the page with the next batch; keep the place so the rows appear under the reader.
      saveState();
      vscode.postMessage({ type: message, path: JSON.parse(button.dataset.path) });
      return;
    }
    if (message && allowedMessages.has(message)) {
      vscode.postMessage({ type: message });
      return;
    }
    if (button.dataset.action === 'expandAll' || button.dataset.action === 'collapseAll') {
      setAllOpen(button.dataset.action === 'expandAll');
    }
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'loading') {
      const refresh = document.querySelector('button[data-message="refresh"]');
      if (refresh) {
        refresh.disabled = message.loading === true;
        refresh.querySelector('.codicon').classList.toggle('codicon-modifier-spin', message.loading === true);
      }
    }
  });

  window.addEventListener('scroll', saveStateSoon, { passive: true });

  if (filterInput) {
    filterInput.addEventListener('input', debounce(applyFilter, 120));
    filterInput.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && filterInput.value) {
        filterInput.value = '';
        applyFilter();
      } else if (event.key === 'ArrowDown' && tree) {
        focusRow(visibleRows()[0]);
        event.preventDefault();
      }
    });
  }

  if (tree) {
    // toggle does not bubble; a filter's own opening is not a choice worth remembering.
    tree.addEventListener('toggle', () => {
      if (!openBeforeFilter) {
        saveStateSoon();
      }
    }, true);
    tree.addEventListener('keydown', onTreeKeyDown);
    tree.addEventListener('focusin', (event) => {
      if (event.target.classList && event.target.classList.contains('row')) {
        makeTabStop(event.target);
      }
    });
    for (const summary of tree.querySelectorAll('summary.row')) {
      summary.tabIndex = -1;
    }
    const first = tree.querySelector('.row');
    if (first) {
      first.tabIndex = 0;
    }
  }

  // ---- Restore what the previous render of this panel left ----

  const saved = vscode.getState() || {};
  if (saved.open && typeof saved.open === 'object') {
    applyOpenState(saved.open);
  }
  if (filterInput && typeof saved.filter === 'string' && saved.filter) {
    filterInput.value = saved.filter;
    applyFilter();
  }
  if (typeof saved.scrollY === 'number' && saved.scrollY > 0) {
    window.requestAnimationFrame(() => window.scrollTo(0, saved.scrollY));
  }

  vscode.postMessage({ type: 'ready' });
})();
