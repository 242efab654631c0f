// The paging rules apart from HTTP: when a page without a next link is followed by offset and to
// which URL, which dropped query parameters are put back into a next link, and which items count
// as repeats.

import * as assert from 'node:assert/strict';
import { collectPages, offsetNextUrl, restoreMissingParams, UniqueById } from '../../src/webex/pagination';

const page = (query: string): URL => new URL(`https://webexapis.com/v1/telephony/config/locations/L1/callPickups${query}`);

describe('offsetNextUrl', () => {
  it('moves start on by max after a full page, keeping every other parameter in place', () => {
    assert.equal(offsetNextUrl(page('?max=100&orgId=O1'), 100)?.search, '?max=100&orgId=O1&start=100');
    assert.equal(offsetNextUrl(page('?start=200&max=100&orgId=O1'), 100)?.search, '?start=300&max=100&orgId=O1');
    assert.equal(offsetNextUrl(page('?max=1'), 1)?.search, '?max=1&start=1');
  });

  it('follows a page that sent more than max too', () => {
    assert.equal(offsetNextUrl(page('?max=2'), 3)?.search, '?max=2&start=2');
  });

  it('ends at a short page', () => {
    assert.equal(offsetNextUrl(page('?max=100'), 99), undefined);
    assert.equal(offsetNextUrl(page('?max=100'), 0), undefined);
  });

  it('needs a whole max of at least 1', () => {
    for (const query of ['', '?max=0', '?max=', '?max=-5', '?max=2.5', '?max=1e2', '?max=abc', '?max=%205']) {
      assert.equal(offsetNextUrl(page(query), 1000), undefined, query);
    }
  });

  it('reads a start that is not a whole number as 0', () => {
    assert.equal(offsetNextUrl(page('?start=abc&max=10'), 10)?.search, '?start=10&max=10');
    assert.equal(offsetNextUrl(page('?start=-20&max=10'), 10)?.search, '?start=10&max=10');
  });

  it('leaves the page URL it was given alone', () => {
    const url = page('?max=10');
    offsetNextUrl(url, 10);
    assert.equal(url.search, '?max=10');
  });
});

describe('restoreMissingParams', () => {
  const original = new URLSearchParams('max=100&orgId=O1&locationId=L1');

  it('puts back the parameters a next link dropped, after its own', () => {
    const restored = restoreMissingParams(new URL('https://webexapis.com/v1/huntGroups?start=100'), original);
    assert.equal(restored.search, '?start=100&max=100&orgId=O1&locationId=L1');
  });

  it('keeps the values the link carries', () => {
    const restored = restoreMissingParams(new URL('https://webexapis.com/v1/huntGroups?start=100&max=50&orgId=O2'), original);
    assert.equal(restored.search, '?start=100&max=50&orgId=O2&locationId=L1');
  });

  it('leaves the link it was given alone', () => {
    const link = new URL('https://webexapis.com/v1/huntGroups?start=100');
    restoreMissingParams(link, original);
    assert.equal(link.search, '?start=100');
  });
});

describe('UniqueById', () => {
  it('keeps the first item of each id, within a page and across pages', () => {
    const unique = new UniqueById<{ id: string; n: number }>();
    assert.deepEqual(unique.keepNew([{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'a', n: 3 }]), [{ id: 'a', n: 1 }, { id: 'b', n: 2 }]);
    assert.deepEqual(unique.keepNew([{ id: 'b', n: 4 }, { id: 'c', n: 5 }]), [{ id: 'c', n: 5 }]);
    assert.deepEqual(unique.keepNew([{ id: 'a', n: 6 }]), []);
  });

  it('keeps every item without a string id', () => {
    const unique = new UniqueById<{ id?: unknown }>();
    const items = [{ id: 1 }, { id: 1 }, {}, {}, { id: null }, { id: null }];
    assert.deepEqual(unique.keepNew(items), items);
  });

  it('keeps its memory per listing', () => {
    assert.deepEqual(new UniqueById<{ id: string }>().keepNew([{ id: 'a' }]), [{ id: 'a' }]);
    assert.deepEqual(new UniqueById<{ id: string }>().keepNew([{ id: 'a' }]), [{ id: 'a' }]);
  });
});

describe('collectPages', () => {
  it('joins the pages in order', async () => {
    async function* pages(): AsyncIterable<number[]> {
      yield [1, 2];
      yield [];
      yield [3];
    }
    assert.deepEqual(await collectPages(pages()), [1, 2, 3]);
  });
});
