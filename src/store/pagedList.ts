// A list the view shows page by page: the first page as soon as it arrives, more on "Load more".
// Loading is single-flight (a second caller waits for the same page), a failure keeps the items
// already loaded, and each ID is held once (see uniqueById.ts), so tree IDs never collide.

import type { ListPage } from '../webex/client';
import { newById } from './uniqueById';

export type PageOpener<T> = () => AsyncIterable<ListPage<T>>;

export class PagedList<T extends { id: string }> {
  private loaded: T[] = [];
  private readonly ids = new Set<string>();
  private iterator: AsyncIterator<ListPage<T>> | undefined;
  private pagesLoaded = 0;
  private finished = false;
  private pending: Promise<void> | undefined;
  private lastError: unknown;

  constructor(private readonly openPages: PageOpener<T>) {}

  get items(): readonly T[] {
    return this.loaded;
  }

  /** True once the last page has been read. */
  get complete(): boolean {
    return this.finished;
  }

  get hasMore(): boolean {
    return !this.finished;
  }

  /** The error of the last page that failed, cleared when a page loads. */
  get error(): unknown {
    return this.lastError;
  }

  get started(): boolean {
    return this.pagesLoaded > 0 || this.finished;
  }

  /** Loads the first page if nothing is loaded yet. */
  ensureFirstPage(): Promise<void> {
    return this.started ? (this.pending ?? Promise.resolve()) : this.loadNextPage();
  }

  loadNextPage(): Promise<void> {
    if (this.finished) return Promise.resolve();
    this.pending ??= this.readPage().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Reads every remaining page (exports and searches that need the whole list). */
  async loadAll(): Promise<readonly T[]> {
    while (!this.finished) await this.loadNextPage();
    return this.loaded;
  }

  private async readPage(): Promise<void> {
    try {
      const iterator = this.iterator ?? (await this.reopenAfterLoadedPages());
      const next = await iterator.next();
      if (next.done) {
        this.finished = true;
      } else {
        this.loaded = this.loaded.concat(newById(next.value, this.ids));
        this.pagesLoaded += 1;
        // Knowing the last page when it arrives spares a "Load more" that would find nothing.
        if (!next.value.hasMore) this.finished = true;
      }
      this.lastError = undefined;
    } catch (error) {
      // The page iterator cannot continue after a failure: the next attempt reopens it and skips
      // the pages already shown, so nothing on screen is lost or duplicated.
      this.iterator = undefined;
      this.lastError = error;
      throw error;
    }
  }

  private async reopenAfterLoadedPages(): Promise<AsyncIterator<ListPage<T>>> {
    const iterator = this.openPages()[Symbol.asyncIterator]();
    for (let skipped = 0; skipped < this.pagesLoaded; skipped++) {
      const page = await iterator.next();
      if (page.done) break;
    }
    this.iterator = iterator;
    return iterator;
  }
}
