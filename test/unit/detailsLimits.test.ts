import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  buildDetailsHtml,
  buildDetailsHtmlOrError,
  DetailsHtmlInput,
  DetailsLimits,
  detailsLimits,
  escapeHtml,
  pathKey,
} from '../../src/details/detailsHtml';
import { loadErrorText } from '../../src/details/loadError';
import { isDetailsRequest } from '../../src/details/messages';
import { NotFoundError } from '../../src/webex/errors';

// The details page under payloads far outside what Webex sends: thousands of levels deep, a hundred
// thousand members, hostile strings. The page must stay small, never throw, and say what it left out.

const resources = {
  nonce: 'bm9uY2Utdjk5K2FiYw==',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/details.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/details.css',
  codiconsUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/codicons/codicon.css',
};

function render(payload: unknown, overrides: Partial<DetailsHtmlInput> = {}): string {
  return buildDetailsHtml({ kind: 'huntGroup', title: 'Big', payload, ...resources, ...overrides });
}

/** `{x: {x: … {x: "end"}}}` with `levels` objects in all, the outermost one being the payload. */
function nested(levels: number): Record<string, unknown> {
  let value: unknown = 'end';
  for (let level = 0; level < levels; level++) value = { x: value };
  return value as Record<string, unknown>;
}

function agents(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hZ2VudC${index}`,
    firstName: `First${index}`,
    lastName: `Last${index}`,
    type: 'PEOPLE',
    phoneNumber: `+1555${String(index).padStart(7, '0')}`,
    extension: String(1000 + index),
    weight: '10',
  }));
}

const dataPath = (path: (string | number)[]): string => `data-path="${escapeHtml(JSON.stringify(path))}"`;

interface PageShape {
  /** The deepest nesting of `<ul>` lists, the tree itself being 1. */
  listDepth: number;
  /** Rows standing for a payload member: not the "not set" rows, nor the rows for what the limits left out. */
  memberRows: number;
  /** The most member rows directly in one list. */
  widestList: number;
  cappedRows: number;
}

/** The tree's structure as the browser would build it; payload text is escaped, so every `<` here is the builder's. */
function shapeOf(html: string): PageShape {
  const shape: PageShape = { listDepth: 0, memberRows: 0, widestList: 0, cappedRows: 0 };
  const open: number[] = [];
  for (const [, closing, tag, attributes] of html.matchAll(/<(\/?)(ul|li)\b([^>]*)>/g)) {
    if (tag === 'ul' && !closing) {
      open.push(0);
      shape.listDepth = Math.max(shape.listDepth, open.length);
    } else if (tag === 'ul') {
      open.pop();
    } else if (!closing) {
      const classes = /class="([^"]*)"/.exec(attributes)?.[1].split(' ') ?? [];
      if (classes.includes('capped')) shape.cappedRows++;
      const standsForTheRest = classes.includes('capped') && !attributes.includes('data-path=');
      if (classes.includes('not-set') || standsForTheRest) continue;
      shape.memberRows++;
      open[open.length - 1]++;
      shape.widestList = Math.max(shape.widestList, open[open.length - 1]);
    }
  }
  return shape;
}

describe('details page limits', () => {
  describe('depth', () => {
    it('renders a payload 3,000 levels deep, cut at the depth limit with how much is left', () => {
      const html = render(nested(3000));
      // Rows at depths 0…31 are containers; the one at depth 32 holds objects 34…3000 of the chain.
      const path = Array<string>(detailsLimits.maxDepth + 1).fill('x');
      assert.ok(html.includes(`<li class="node leaf capped" ${dataPath(path)}>`), 'the cut row');
      assert.ok(!html.includes(dataPath([...path, 'x'])), 'nothing below the cut');
      assert.ok(html.includes('… nested 2,967 more levels'), 'how many levels are left');
      assert.match(html, /<button type="button" class="link-button" data-message="openJson">\(open as JSON to see all\)<\/button>/);
      assert.equal(shapeOf(html).listDepth, detailsLimits.maxDepth + 1);
    });

    it('leaves a payload within the limit whole', () => {
      const html = render(nested(detailsLimits.maxDepth + 1));
      assert.ok(html.includes(dataPath(Array<string>(detailsLimits.maxDepth + 1).fill('x'))));
      assert.doesNotMatch(html, /capped/);
    });

    it('counts arrays and objects alike in the levels left', () => {
      const html = render({ a: [[[{ b: [1] }]]] }, { limits: { ...detailsLimits, maxDepth: 1 } });
      // ["a", 0] is at depth 1: the arrays at [0] and [0][0], the object, and b's array: 4 levels.
      assert.match(html, /… nested 4 more levels/);
    });
  });

  describe('rows', () => {
    it('shows 100,000 agents as a first batch under 2 MB, with Show more for the rest', () => {
      const html = render({ id: 'hg', name: 'Big', agents: agents(100_000) });
      assert.ok(html.length < 2_000_000, `${html.length} characters`);
      const shape = shapeOf(html);
      assert.ok(shape.memberRows <= detailsLimits.pageRowBudget, `${shape.memberRows} rows`);
      const shown = (html.match(/<li class="[^"]*" data-path="\[&quot;agents&quot;,\d+\]"/g) ?? []).length;
      assert.ok(shown > 100 && shown < 100_000, `${shown} agents shown`);
      assert.ok(html.includes(`${shown.toLocaleString('en-US')} of 100,000 shown`));
      assert.ok(html.includes(`<button type="button" class="link-button" data-message="showMore" ${dataPath(['agents'])}>Show more</button>`));
      // The summary counts the agents left out, and the members of the last agent the budget cut short.
      const notShown = Number(/([\d,]+) not shown/.exec(html)?.[1].replace(/,/g, ''));
      assert.ok(notShown >= 100_000 - shown && notShown < 100_000 - shown + 8, `${notShown} not shown`);
    });

    it('shows a list in batches, one more per Show more, until it is whole', () => {
      const list = Array.from({ length: 1200 }, (_, index) => index);
      const shownWith = (requests: number): string =>
        render({ list }, { moreRequested: new Map(requests ? [[pathKey(['list']), requests]] : []) });
      assert.match(shownWith(0), /500 of 1,200 shown/);
      assert.ok(shownWith(0).includes(dataPath(['list', 499])) && !shownWith(0).includes(dataPath(['list', 500])));
      assert.match(shownWith(1), /1,000 of 1,200 shown/);
      const whole = shownWith(2);
      assert.ok(whole.includes(dataPath(['list', 1199])));
      assert.doesNotMatch(whole, /data-message="showMore"|not shown/);
    });

    it('keeps the page within its row budget across containers, and Show more adds to it', () => {
      const limits: DetailsLimits = { maxDepth: 32, rowBatch: 1000, pageRowBudget: 100 };
      const payload = { first: Array.from({ length: 80 }, String), second: Array.from({ length: 80 }, String) };
      const html = render(payload, { limits });
      assert.equal(shapeOf(html).memberRows, 100);
      // "first" and its 80 items: 81 rows; "second" and 18 of its items.
      assert.match(html, /18 of 80 shown/);
      const more = render(payload, { limits, moreRequested: new Map([[pathKey(['second']), 1]]) });
      assert.ok(more.includes(dataPath(['second', 79])));
      assert.doesNotMatch(more, /not shown/);
    });

    it('lists documented fields as not set only when every member is shown', () => {
      const limits: DetailsLimits = { ...detailsLimits, rowBatch: 2 };
      assert.doesNotMatch(render({ id: 'hg', name: 'Big', extension: '1' }, { limits }), /class="node leaf not-set"/);
      assert.match(render({ id: 'hg', name: 'Big' }, { limits }), /class="node leaf not-set"/);
    });
  });

  describe('failures', () => {
    const throwing = {
      name: 'x',
      get boom(): unknown {
        throw new Error('getter <b>failed</b>');
      },
    };

    it('turns a page that cannot be built into the error, with Retry', () => {
      assert.throws(() => render(throwing), /getter/, 'the payload does make the builder throw');
      const html = buildDetailsHtmlOrError({ kind: 'huntGroup', title: 'Big', payload: throwing, ...resources });
      assert.match(html, /<div class="error" role="alert">.*Could not show these details: getter &lt;b&gt;failed&lt;\/b&gt;/s);
      assert.match(html, /<button type="button" class="link-button" data-message="refresh">Retry<\/button>/);
      assert.doesNotMatch(html, /id="tree"/);
    });

    it('gives the tracking ID once in the error line', () => {
      const trackingId = 'ROUTER_2A07FE8B-000000000015';
      const text = loadErrorText(new NotFoundError({ method: 'GET', url: '/v1/telephony/config/huntGroups/x', status: 404, trackingId }));
      assert.equal(text.split(trackingId).length - 1, 1, text);
      const html = render(undefined, { error: text });
      assert.equal(html.split(trackingId).length - 1, 1);
    });
  });

  describe('Show more messages', () => {
    it('accepts a path of keys and indexes, and nothing else', () => {
      assert.ok(isDetailsRequest({ type: 'showMore', path: [] }));
      assert.ok(isDetailsRequest({ type: 'showMore', path: ['agents', 3, '__proto__'] }));
      for (const path of [undefined, 'agents', [-1], [1.5], [null], [{}], [['a']], ['x'.repeat(1001)], Array<string>(detailsLimits.maxDepth + 1).fill('x')]) {
        assert.equal(isDetailsRequest({ type: 'showMore', path }), false, JSON.stringify(path));
      }
      assert.equal(isDetailsRequest({ type: 'showMore' }), false);
    });
  });

  describe('property: any JSON value, deep, wide or hostile', function () {
    this.timeout(60_000);

    const hostileString = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=1>', '__proto__', 'agents', '&amp;'));
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), hostileString, tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 30 }),
      object: fc.dictionary(hostileString, tie('value'), { maxKeys: 30 }),
    })).value;
    /** Wraps a value in up to 400 levels of lists and objects, so the depth limit is crossed. */
    const deep = fc.tuple(json, fc.array(fc.option(hostileString, { nil: undefined }), { maxLength: 400 })).map(([inner, wrappers]) =>
      wrappers.reduce<unknown>((value, key) => (key === undefined ? [value] : { [key]: value }), inner),
    );
    const wide = fc.tuple(json, fc.integer({ min: 0, max: 3000 })).map(([item, count]) => Array.from({ length: count }, () => item));
    const limits = fc.record({ maxDepth: fc.integer({ min: 1, max: 40 }), rowBatch: fc.integer({ min: 1, max: 600 }), pageRowBudget: fc.integer({ min: 1, max: 2500 }) });

    it('renders without throwing, and within the limits', () => {
      fc.assert(
        fc.property(fc.oneof(json, deep, wide), limits, fc.constantFrom('huntGroup', 'callPickup') as fc.Arbitrary<DetailsHtmlInput['kind']>, (payload, chosen, kind) => {
          const html = buildDetailsHtml({ kind, title: 'x', payload, ...resources, limits: chosen });
          const shape = shapeOf(html);
          assert.ok(shape.listDepth <= chosen.maxDepth + 1, `lists ${shape.listDepth} deep`);
          assert.ok(shape.widestList <= chosen.rowBatch, `${shape.widestList} rows in one list`);
          assert.ok(shape.memberRows <= chosen.pageRowBudget, `${shape.memberRows} rows`);
          assert.ok(!html.includes('<script>') && !html.includes('<img'), 'payload text stays inert');
        }),
        { numRuns: 150 },
      );
    });
  });
});
