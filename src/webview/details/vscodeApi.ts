/// <reference lib="dom" />
// The webview's side of VS Code: the one way to talk to the extension, and the state VS Code keeps
// for the page while its panel lives (also across the page being hidden and shown again).

import type { PageMessage } from '../../details/messages';
import { connectPage } from '../vscodeApi';

/** What the page remembers for the item it shows; another item starts afresh. */
export interface PageState {
  /** The item (DetailsView.key) the rest belongs to. */
  key: string;
  filter: string;
  scrollY: number;
  /** Open (true) or closed containers by path key, as the reader left them. */
  open: Record<string, boolean>;
  /** How many times "Show more" was asked, by the container's path key. */
  more: Record<string, number>;
}

const page = connectPage<PageMessage, PageState>((kept) => (isPageState(kept) ? kept : undefined));

export const post = page.post;
export const savedState = page.savedState;
export const saveState = page.saveState;

function isPageState(value: unknown): value is PageState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<PageState>;
  return (
    typeof state.key === 'string' &&
    typeof state.filter === 'string' &&
    typeof state.scrollY === 'number' &&
    typeof state.open === 'object' &&
    state.open !== null &&
    typeof state.more === 'object' &&
    state.more !== null
  );
}
