/// <reference lib="dom" />
// Building elements for the details page. Text goes in as text nodes only: no string is ever parsed
// as HTML, so a payload's `<script>` or `"><img onerror=…>` stays what it is, text.

export type Child = Node | string;

/** `<tag class="…">children</tag>`; strings become text nodes. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: Child[]): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  created.append(...children);
  return created;
}

/** Text isolated from its neighbours, so right-to-left overrides inside it cannot reorder them. */
export function isolated(text: string): HTMLElement {
  return element('bdi', undefined, text);
}

/** A codicon, hidden from screen readers. */
export function icon(name: string, ...modifiers: string[]): HTMLElement {
  const span = element('span', ['codicon', `codicon-${name}`, ...modifiers].join(' '));
  span.setAttribute('aria-hidden', 'true');
  return span;
}
