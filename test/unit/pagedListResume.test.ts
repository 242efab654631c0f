import * as assert from 'node:assert/strict';
import { PagedList } from '../../src/store/pagedList';
import type { ListPage } from '../../src/webex/client';

// Edge cases of the list the tree shows: a source with no page at all, a caller of ensureFirstPage
// while a later page is in flight, and a retry against a source that has become shorter.

type Item = { id: string };

const page = (ids: string[], hasMore: boolean): ListPage<Item> => Object.assign(ids.map((id) => ({ id })), { hasMore });

describe('PagedList resuming', () => {
  it('counts a source with no page at all as started and complete, and does not open it again', async () => {
    let opened = 0;
    const list = new PagedList<Item>(async function* () {
      opened++;
      yield* [] as ListPage<Item>[];
    });
    await list.ensureFirstPage();
    assert.deepEqual([list.started, list.complete, list.hasMore, list.items.length], [true, true, false, 0]);
    await list.ensureFirstPage();
    await list.loadAll();
    assert.equal(opened, 1);
  });

  it('makes ensureFirstPage wait for a page already in flight', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const list = new PagedList<Item>(async function* () {
      yield page(['a'], true);
      await held;
      yield page(['b'], false);
    });
    await list.ensureFirstPage();
    const second = list.loadNextPage();
    let waited = false;
    const first = list.ensureFirstPage().then(() => {
      waited = list.items.length === 2;
    });
    release();
    await Promise.all([first, second]);
    assert.equal(waited, true, 'ensureFirstPage resolved only after the page in flight landed');
    assert.deepEqual(list.items.map((item) => item.id), ['a', 'b']);
  });

  it('after a failure, ends the list when the reopened source has fewer pages than were shown', async () => {
    let opened = 0;
    const list = new PagedList<Item>(async function* () {
      opened++;
      if (opened === 1) {
        yield page(['a'], true);
        yield page(['b'], true);
        throw new Error('page 3 failed');
      }
      yield page(['a'], false);
    });
    await list.ensureFirstPage();
    await list.loadNextPage();
    await assert.rejects(list.loadNextPage(), /page 3 failed/);
    await list.loadNextPage();
    assert.deepEqual([list.complete, list.items.map((item) => item.id), list.error], [true, ['a', 'b'], undefined]);
  });
});
