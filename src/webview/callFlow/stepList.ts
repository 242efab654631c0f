/// <reference lib="dom" />
// The diagram's text alternative: the steps in words as a numbered list, from words.ts. Text goes in
// as text nodes inside <bdi>, so a name can neither become markup nor reorder the words around it.
import type { StepWords } from './words';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  created.append(...children);
  return created;
}

const isolated = (text: string): HTMLElement => element('bdi', undefined, text);

/**
 * `<ol>` of the steps. A step whose node opens (a feature or a member) has its title as a button
 * that does what clicking the node does.
 */
export function stepListElement(steps: readonly StepWords[], openable: (nodeId: string) => boolean, open: (nodeId: string) => void): HTMLOListElement {
  const list = element('ol', 'steps');
  for (const step of steps) {
    let title: HTMLElement;
    if (openable(step.nodeId)) {
      const button = element('button', 'step-title link', isolated(step.title));
      button.type = 'button';
      button.addEventListener('click', () => open(step.nodeId));
      title = button;
    } else {
      title = element('span', 'step-title', isolated(step.title));
    }
    const item = element('li', step.problems.length > 0 ? 'step flagged' : 'step', title);
    item.id = `step-${step.number}`;
    item.dataset.nodeId = step.nodeId;
    if (step.exits.length > 0) item.append(element('ul', 'exits', ...step.exits.map((exit) => element('li', exit.loop ? 'loop' : undefined, isolated(exit.text)))));
    for (const problem of step.problems) item.append(element('p', 'problem', isolated(problem)));
    list.append(item);
  }
  return list;
}
