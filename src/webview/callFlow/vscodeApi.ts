/// <reference lib="dom" />
// The Call Flow page's side of VS Code: the one way to talk to the extension, and the state VS Code
// keeps for the page while its panel lives (also across the page being hidden and shown again).

import type { PageMessage } from '../../callFlow/messages';
import { connectPage } from '../vscodeApi';

/** How the reader left the diagram of one traced start; another start begins afresh. */
export interface PageState {
  /** The flow (HostMessage `key`) the rest belongs to. */
  key: string;
  /** The zoom the reader chose; undefined while the diagram is zoomed to fit. */
  scale?: number;
  /** The node that had the focus. */
  focusedId?: string;
}

const page = connectPage<PageMessage, PageState>(readPageState);

export const post = page.post;
export const savedState = page.savedState;
export const saveState = page.saveState;

function readPageState(state: unknown): PageState | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { key, scale, focusedId } = state as Partial<PageState>;
  if (typeof key !== 'string') return undefined;
  return {
    key,
    scale: typeof scale === 'number' && Number.isFinite(scale) ? scale : undefined,
    focusedId: typeof focusedId === 'string' ? focusedId : undefined,
  };
}

