// Paged lists over real HTTP on loopback: the offset fallback for lists without a Link header, the
// 404 that ends such a list, items repeated between pages, and a Link parser that stays linear.

import * as assert from 'node:assert/strict';
import { PagingMode, SAMPLE_TOKEN, SampleServer, startSampleServer } from '../support/sampleServer';
import { WebexCalling } from '../../src/webex/calling';
import { ListPage } from '../../src/webex/client';
import { NotFoundError } from '../../src/webex/errors';
import { parseLinkHeader } from '../../src/webex/linkHeader';
import { loggedClient, rejection } from './helpers/clientKit';
import { HttpStub, sendJson, startHttpStub } from './helpers/httpStub';

type Mode = 'offset' | 'offset404' | 'duplicates' | 'link';

/** Serves `count` items `{id: 'item-N'}` under `items`, paged by start/max the way `mode` says. */
function offsetLister(count: number, mode: Mode) {
  const all = Array.from({ length: count }, (_, index) => ({ id: `item-${index}` }));
  return (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, origin: string) => {
    const url = new URL(request.url ?? '', origin);
    const start = Number(url.searchParams.get('start') ?? 0);
    const max = Number(url.searchParams.get('max') ?? 2000);
    if (mode === 'offset404' && start >= count) return sendJson(response, 404, { message: 'no such page' });
    const page = all.slice(start, start + max);
    // Webex can repeat the last item of a page at the top of the next one.
    if (mode === 'duplicates' && start > 0) page.unshift(all[start - 1]);
    const headers: Record<string, string> = {};
    if (mode === 'link' && start + max < count) {
      const next = new URL(url.href);
      next.searchParams.set('start', String(start + max));
      headers.Link = `<${next.href}>; rel="next"`;
    }
    sendJson(response, 200, { items: page }, headers);
  };
}

describe('WebexClient.pages', () => {
  let stubs: HttpStub[] = [];
  async function stub(handler: Parameters<typeof startHttpStub>[0]): Promise<HttpStub> {
    const started = await startHttpStub(handler);
    stubs.push(started);
    return started;
  }
  afterEach(async () => {
    await Promise.all(stubs.map((started) => started.close()));
    stubs = [];
  });

  async function readAll(baseUrl: string, pageSize: number, query?: Record<string, string>) {
    const { client, log } = loggedClient(baseUrl, 'token-1', { pageSize });
    const pages: Array<ListPage<{ id: string }>> = [];
    for await (const page of client.pages<{ id: string }>('/items', 'items', { query })) pages.push(page);
    return { pages, log, ids: pages.flat().map((item) => item.id) };
  }

  const expectedIds = (count: number) => Array.from({ length: count }, (_, index) => `item-${index}`);

  it('reads on by offset after a full page without a Link header, keeping every other parameter', async () => {
    const server = await stub(offsetLister(150, 'offset'));
    const { pages, ids } = await readAll(server.baseUrl, 100, { orgId: 'org-1', name: 'x' });
    assert.deepEqual(ids, expectedIds(150));
    assert.deepEqual(server.requests.map((request) => request.url), [
      '/v1/items?max=100&orgId=org-1&name=x',
      '/v1/items?max=100&orgId=org-1&name=x&start=100',
    ]);
    assert.deepEqual(pages.map((page) => page.hasMore), [true, false], 'a full page without a link may have more');
  });

  it('ends at an empty page after an exactly full one', async () => {
    const server = await stub(offsetLister(200, 'offset'));
    const { pages, ids } = await readAll(server.baseUrl, 100);
    assert.deepEqual(ids, expectedIds(200));
    assert.equal(server.requests.length, 3);
    assert.equal(pages.length, 2, 'the empty page is not handed out');
  });

  it('ends without error at a 404 past the end, noting why', async () => {
    const server = await stub(offsetLister(200, 'offset404'));
    const { ids, log } = await readAll(server.baseUrl, 100);
    assert.deepEqual(ids, expectedIds(200));
    assert.deepEqual(log.map((entry) => entry.status ?? entry.note), [200, 200, 404, 'pagination stopped: 404 past the end of the list']);
  });

  it('still fails on a 404 of the first page', async () => {
    const server = await stub((_request, response) => sendJson(response, 404, { message: 'no such list' }));
    await rejection(readAll(server.baseUrl, 100), NotFoundError);
  });

  it('hands out each item once when pages repeat items', async () => {
    const server = await stub(offsetLister(150, 'duplicates'));
    const { ids } = await readAll(server.baseUrl, 50);
    assert.deepEqual(ids, expectedIds(150));
  });

  it('keeps items without a string id, which cannot be compared', async () => {
    const server = await stub((_request, response) => sendJson(response, 200, { items: [{ id: 'a' }, { name: 'no id' }, { name: 'no id' }, { id: 7 }, { id: 'a' }] }));
    const { client } = loggedClient(server.baseUrl, 'token-1');
    assert.deepEqual(await client.all('/items', 'items'), [{ id: 'a' }, { name: 'no id' }, { name: 'no id' }, { id: 7 }]);
  });

  it('follows links, not offsets, once the list has sent a Link header', async () => {
    const server = await stub(offsetLister(200, 'link'));
    const { ids } = await readAll(server.baseUrl, 100);
    assert.deepEqual(ids, expectedIds(200));
    assert.equal(server.requests.length, 2, 'the last page carries no next link and is not followed by offset');
  });

  it('stops when an offset page would repeat, and obeys maxPages', async () => {
    // A server ignoring `start` sends the same full page for ever.
    const server = await stub((_request, response) => sendJson(response, 200, { items: [{ id: 'a' }, { id: 'b' }] }));
    const { client } = loggedClient(server.baseUrl, 'token-1', { pageSize: 2, maxPages: 5 });
    const error = await rejection(client.all('/items', 'items'), Error);
    assert.match(error.message, /more than 5 pages/);
    assert.equal(server.requests.length, 5);
  });
});

describe('WebexClient.pages against the sample API in each paging mode', () => {
  let sample: SampleServer;
  before(async () => {
    sample = await startSampleServer({ size: { locations: 1, huntGroupsPerLocation: 150, callPickupsPerLocation: 150 } });
  });
  after(() => sample.close());

  for (const mode of ['link', 'offset', 'offset404', 'duplicates'] as PagingMode[]) {
    it(`reads all 150 call pickups and hunt groups, each once, when lists page by '${mode}'`, async () => {
      sample.setPaging(mode);
      const { client } = loggedClient(sample.baseUrl, SAMPLE_TOKEN, { pageSize: 100 });
      const calling = new WebexCalling(client);
      const [location] = sample.org.locations;
      const pickups = await calling.list<{ id: string }>({ collection: 'callPickups', listKey: 'callPickups', orgWide: false }, { locationId: location.location.id });
      assert.deepEqual(pickups.map((pickup) => pickup.id), location.callPickups.map((pickup) => pickup.id));
      assert.equal(new Set(pickups.map((pickup) => pickup.id)).size, 150);
      const huntGroups = await calling.list<{ id: string }>({ collection: 'huntGroups', listKey: 'huntGroups', orgWide: true });
      assert.deepEqual(huntGroups.map((huntGroup) => huntGroup.id), location.huntGroups.map((huntGroup) => huntGroup.id));
      assert.equal(new Set(huntGroups.map((huntGroup) => huntGroup.id)).size, 150);
    });
  }
});

describe('parseLinkHeader', () => {
  it('reads targets and lower-cased rel values, ignoring junk', () => {
    assert.deepEqual(parseLinkHeader('<https://a/1>; rel="Next Last", <https://a/0>;rel=prev, garbage, <https://a/x>; title="<no>"'), [
      { target: 'https://a/1', rels: ['next', 'last'] },
      { target: 'https://a/0', rels: ['prev'] },
      { target: 'https://a/x', rels: [] },
    ]);
    assert.deepEqual(parseLinkHeader('<a>; title="x, <b>; rel=next"; rel="next \\"q\\""'), [{ target: 'a', rels: ['next', '"q"'] }]);
    assert.deepEqual(parseLinkHeader('<unclosed; rel=next'), []);
    assert.deepEqual(parseLinkHeader(null), []);
    assert.deepEqual(parseLinkHeader(''), []);
  });

  it('takes time in proportion to the header: crafted headers parse about as fast as a normal one of the same size', () => {
    const size = 15_500;
    const normalLink = '<https://webexapis.com/v1/telephony/config/huntGroups?start=100&max=100>; rel="next", ';
    const normal = normalLink.repeat(Math.ceil(size / normalLink.length)).slice(0, size);
    const crafted = ['<'.repeat(size), `<a>${'; a'.repeat(size / 3)}`, `<a>${';a="'.repeat(size / 4)}`, `${'<a>;rel='.repeat(size / 8)}`];
    const timeOf = (header: string): number => {
      const rounds = 20;
      const started = process.hrtime.bigint();
      for (let round = 0; round < rounds; round++) parseLinkHeader(header);
      return Number(process.hrtime.bigint() - started) / rounds;
    };
    timeOf(normal); // warm-up, so the baseline is not paying for compilation
    const baseline = timeOf(normal);
    for (const header of crafted) {
      const ratio = timeOf(header) / baseline;
      // Parameters are scanned character by character and link targets by indexOf, so a crafted header
      // costs some times more than a normal one; a backtracking parser took 600 to 5,000 times more here.
      assert.ok(ratio < 100, `a crafted header of ${header.length} characters took ${ratio.toFixed(1)}× the time of a normal one`);
    }
  });
});
