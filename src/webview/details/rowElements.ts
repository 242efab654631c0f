/// <reference lib="dom" />
// The details rows as elements: the structure and classes the stylesheet and the tree's keyboard and
// filter code rely on. Every string from the payload or the schema is set as text.

import type { PathSegment } from '../../details/messages';
import { type Badge, type ContainerRow, type DepthCapRow, type LeafRow, type MoreRow, type NotSetRow, pathKey, type Row, type ValueView } from '../../details/detailsRows';
import { type Child, element, icon, isolated } from './dom';

export interface RowActions {
  /** A depth-cut row's button: the whole payload as JSON. */
  openJson(): void;
  /** A "Show more" row's button: the next batch of the container at `path`. */
  showMore(path: PathSegment[]): void;
}

export function rowElement(row: Row, actions: RowActions): HTMLLIElement {
  switch (row.type) {
    case 'container':
      return containerElement(row, actions);
    case 'leaf':
    case 'notSet':
      return leafElement(row);
    case 'depthCap':
      return depthCapElement(row, actions);
    case 'more':
      return moreElement(row, actions);
  }
}

function nodeElement(row: { path: PathSegment[]; undocumented: boolean; observed: boolean }, ...classes: string[]): HTMLLIElement {
  const node = element('li', ['node', ...(row.undocumented ? ['undocumented'] : []), ...(row.observed ? ['observed'] : []), ...classes].join(' '));
  node.dataset.path = pathKey(row.path);
  return node;
}

function containerElement(row: ContainerRow, actions: RowActions): HTMLLIElement {
  const twistie = icon('chevron-right', 'twistie');
  const head = element('span', 'head', keyElement(row), ...(row.count !== undefined ? [countElement(row.count)] : []));
  if (row.preview !== undefined) head.append(element('span', 'preview', row.preview));
  head.append(...badgesElement(row.badges));
  const summary = element('summary', 'row', twistie, element('span', 'line', head, ...descriptionElement(row.description, undefined)));
  const children = element('ul', 'children', ...row.children.map((child) => rowElement(child, actions)));
  const details = element('details', undefined, summary, children);
  details.open = row.open;
  const node = nodeElement(row, 'container');
  node.append(details);
  return node;
}

function leafElement(row: LeafRow | NotSetRow): HTMLLIElement {
  const head: Child[] = [keyElement(row)];
  if (row.type === 'leaf' && row.count !== undefined) head.push(countElement(row.count));
  head.push(...valueElements(row.value), ...badgesElement(row.badges));
  const enumMeaning = row.type === 'leaf' ? row.enumMeaning : undefined;
  const node = nodeElement(row, 'leaf', ...(row.type === 'notSet' ? ['not-set'] : []));
  node.append(leafRow(head, descriptionElement(row.description, enumMeaning)));
  return node;
}

function depthCapElement(row: DepthCapRow, actions: RowActions): HTMLLIElement {
  const node = nodeElement(row, 'leaf', 'capped');
  node.append(leafRow([keyElement(row), element('span', 'capped-note', row.note), linkButton(row.action, actions.openJson)], []));
  return node;
}

function moreElement(row: MoreRow, actions: RowActions): HTMLLIElement {
  // No path of its own: it stands for members, not for a member.
  const node = element('li', 'node leaf capped');
  node.append(leafRow([element('span', 'capped-note', row.note), linkButton(row.action, () => actions.showMore(row.path))], []));
  return node;
}

/** A row without children. The twistie column stays outside the line so wrapped text lines up with the key. */
function leafRow(head: Child[], detail: Child[]): HTMLDivElement {
  const twistie = element('span', 'twistie');
  twistie.setAttribute('aria-hidden', 'true');
  const row = element('div', 'row', twistie, element('span', 'line', element('span', 'head', ...head), ...detail));
  row.tabIndex = -1;
  return row;
}

function keyElement(row: { key: string; isIndex: boolean }): HTMLElement {
  return element('span', row.isIndex ? 'key index' : 'key', isolated(row.key));
}

function countElement(count: number): HTMLElement {
  return element('span', 'count', `(${count})`);
}

function valueElements(value: ValueView): HTMLElement[] {
  const text = value.style === 'string' ? isolated(value.text) : value.text;
  const shown = element('span', `value ${value.style}${value.long ? ' long' : ''}`, text);
  if (!value.long) return [shown];
  const more = element('button', 'more', value.long.showAll);
  more.type = 'button';
  more.tabIndex = -1;
  more.setAttribute('aria-expanded', 'false');
  more.dataset.otherLabel = value.long.showLess;
  return [shown, more];
}

function badgesElement(badges: Badge[]): HTMLElement[] {
  if (!badges.length) return [];
  return [
    element(
      'span',
      'badges',
      ...badges.map((badge) => {
        const mark = element('span', `badge badge-${badge.kind}`, badge.label);
        mark.title = badge.explanation;
        return mark;
      }),
    ),
  ];
}

/** The field's description, then what the current enum value means. */
function descriptionElement(description: string | undefined, enumMeaning: LeafRow['enumMeaning']): HTMLElement[] {
  if (!description && !enumMeaning) return [];
  const desc = element('span', 'desc', element('span', 'desc-text', description ?? ''));
  if (enumMeaning) desc.append(element('span', enumMeaning.documented ? 'enum-meaning' : 'enum-meaning unknown', enumMeaning.text));
  return [desc];
}

export function linkButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = element('button', 'link-button', label);
  button.type = 'button';
  button.addEventListener('click', onClick);
  return button;
}
