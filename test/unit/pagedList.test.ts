import * as assert from 'node:assert/strict';
import { PagedList } from '../../src/store/pagedList';
import type { ListPage } from '../../src/webex/client';

// The list the tree shows, over a scripted page source (no HTTP): which pages it asks for, what it
// holds after a failure and a retry, and that an ID repeated across pages is held once.

type Item = { id: string };

/** A page source that serves `pages` in order, failing the pages listed in `failOnce` the first time they are read. */
function scriptedPages(pages: string[][], failOnce: number[] = []) {
  const reads: number[] = [];
  let opened = 0;
  const failures = new Set(failOnce);
  const open = async function* (): AsyncGenerator<ListPage<Item>> {
    opened++;
    for (let index = 0; index < pages.length; index++) {
      reads.push(index);
      if (failures.delete(index)) throw new Error(`page ${index} failed`);
      yield Object.assign(pages[index].map((id) => ({ id })), { hasMore: index < pages.length - 1 });
    }
  };
  return { open, reads, opened: () => opened };
}

const ids = (list: PagedList<Item>): string[] => list.items.map((item) => item.id);

describe('PagedList', () => {
  it('reads one page per call, and knows the last page when it arrives', async () => {
    const source = scriptedPages([['a', 'b'], ['c']]);
    const list = new PagedList(source.open);
    assert.equal(list.started, false);
    await list.ensureFirstPage();
    await list.ensureFirstPage();
    assert.deepEqual(ids(list), ['a', 'b']);
    assert.deepEqual(source.reads, [0]);
    assert.equal(list.hasMore, true);
    await list.loadNextPage();
    assert.deepEqual(ids(list), ['a', 'b', 'c']);
    assert.equal(list.complete, true);
    await list.loadNextPage();
    assert.deepEqual(source.reads, [0, 1], 'nothing read after the last page');
  });

  it('continues after a failed page with exactly the pages not shown yet', async () => {
    const source = scriptedPages([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g']], [2]);
    const list = new PagedList(source.open);
    await list.ensureFirstPage();
    await list.loadNextPage();
    await assert.rejects(list.loadNextPage(), /page 2 failed/);
    assert.deepEqual(ids(list), ['a', 'b', 'c', 'd'], 'the pages shown stay');
    assert.match(String(list.error), /page 2 failed/);
    assert.equal(list.hasMore, true);

    await list.loadNextPage();
    assert.deepEqual(ids(list), ['a', 'b', 'c', 'd', 'e', 'f'], 'the retry shows the failed page, once, and nothing else');
    assert.equal(list.error, undefined);
    assert.equal(source.opened(), 2, 'the source was reopened once');
    await list.loadAll();
    assert.deepEqual(ids(list), ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('holds an ID repeated on a later page once, in the place it first appeared', async () => {
    // Offset paging while the list shifts: the last item of a page comes again first on the next.
    const source = scriptedPages([['a', 'b'], ['b', 'c'], ['c', 'a', 'd']]);
    const list = new PagedList(source.open);
    await list.ensureFirstPage();
    await list.loadNextPage(); // "Load more"
    assert.deepEqual(ids(list), ['a', 'b', 'c']);
    await list.loadAll();
    assert.deepEqual(ids(list), ['a', 'b', 'c', 'd']);
  });

  it('holds an ID once within one page too, and after a retry that meets pages it holds', async () => {
    const source = scriptedPages([['a', 'a', 'b'], ['b', 'c']], [1]);
    const list = new PagedList(source.open);
    await list.ensureFirstPage();
    assert.deepEqual(ids(list), ['a', 'b']);
    await assert.rejects(list.loadNextPage());
    await list.loadAll();
    assert.deepEqual(ids(list), ['a', 'b', 'c']);
  });

  it('sends one read for callers that ask at the same time', async () => {
    const source = scriptedPages([['a'], ['b']]);
    const list = new PagedList(source.open);
    await Promise.all([list.ensureFirstPage(), list.ensureFirstPage(), list.loadNextPage()]);
    assert.deepEqual(source.reads, [0]);
    assert.deepEqual(ids(list), ['a']);
  });
});
