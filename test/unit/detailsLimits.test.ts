import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { buildDetailsRows, buildDetailsRowsOrError, type DetailsLimits, detailsLimits, pathKey, type Row, type RowsInput } from '../../src/details/detailsRows';
import { loadErrorText } from '../../src/details/loadError';
import { schemaOf } from '../../src/fields/fieldDocs';
import { NotFoundError } from '../../src/webex/errors';

// The details rows under payloads far outside what Webex sends: thousands of levels deep, a hundred
// thousand members, hostile strings. The page must stay small, never throw, and say what it left out.

function build(payload: unknown, overrides: Partial<RowsInput> = {}) {
  return buildDetailsRows({ payload, schema: schemaOf('huntGroup'), ...overrides });
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

function flatten(list: Row[]): Row[] {
  return list.flatMap((row) => [row, ...(row.type === 'container' ? flatten(row.children) : [])]);
}

const hasPath = (list: Row[], path: (string | number)[]): boolean => flatten(list).some((row) => row.type !== 'more' && pathKey(row.path) === pathKey(path));
const notes = (list: Row[]): string[] => flatten(list).flatMap((row) => (row.type === 'more' || row.type === 'depthCap' ? [row.note] : []));

interface PageShape {
  /** The deepest nesting of lists, the tree itself being 1. */
  listDepth: number;
  /** Rows standing for a payload member: not the "not set" rows, nor the rows for what the limits left out. */
  memberRows: number;
  /** The most member rows directly in one list. */
  widestList: number;
}

function shapeOf(list: Row[], depth = 1, shape: PageShape = { listDepth: 0, memberRows: 0, widestList: 0 }): PageShape {
  shape.listDepth = Math.max(shape.listDepth, depth);
  const members = list.filter((row) => row.type !== 'notSet' && row.type !== 'more');
  shape.memberRows += members.length;
  shape.widestList = Math.max(shape.widestList, members.length);
  for (const row of list) if (row.type === 'container') shapeOf(row.children, depth + 1, shape);
  return shape;
}

describe('details page limits', () => {
  describe('depth', () => {
    it('builds a payload 3,000 levels deep, cut at the depth limit with how much is left', () => {
      const { rows } = build(nested(3000));
      // Rows at depths 0…31 are containers; the one at depth 32 holds objects 34…3000 of the chain.
      const path = Array<string>(detailsLimits.maxDepth + 1).fill('x');
      const cut = flatten(rows).find((row) => row.type === 'depthCap');
      assert.ok(cut && cut.type === 'depthCap');
      assert.deepEqual(cut.path, path, 'the cut row');
      assert.ok(!hasPath(rows, [...path, 'x']), 'nothing below the cut');
      assert.equal(cut.note, '… nested 2,967 more levels', 'how many levels are left');
      assert.equal(cut.action, '(open as JSON to see all)');
      assert.equal(shapeOf(rows).listDepth, detailsLimits.maxDepth + 1);
    });

    it('leaves a payload within the limit whole', () => {
      const { rows } = build(nested(detailsLimits.maxDepth + 1));
      assert.ok(hasPath(rows, Array<string>(detailsLimits.maxDepth + 1).fill('x')));
      assert.deepEqual(notes(rows), []);
    });

    it('counts arrays and objects alike in the levels left', () => {
      const { rows } = build({ a: [[[{ b: [1] }]]] }, { limits: { ...detailsLimits, maxDepth: 1 } });
      // ["a", 0] is at depth 1: the arrays at [0] and [0][0], the object, and b's array: 4 levels.
      assert.deepEqual(notes(rows), ['… nested 4 more levels']);
    });
  });

  describe('rows', () => {
    it('shows 100,000 agents as a first batch, with Show more for the rest', () => {
      const { rows, summary } = build({ id: 'hg', name: 'Big', agents: agents(100_000) });
      const shape = shapeOf(rows);
      assert.ok(shape.memberRows <= detailsLimits.pageRowBudget, `${shape.memberRows} rows`);
      const agentRows = rows.find((row) => row.type === 'container' && row.key === 'agents');
      assert.ok(agentRows && agentRows.type === 'container');
      const shown = agentRows.children.filter((row) => row.type !== 'more').length;
      assert.ok(shown > 100 && shown < 100_000, `${shown} agents shown`);
      assert.deepEqual(agentRows.children[agentRows.children.length - 1], { type: 'more', path: ['agents'], note: `${shown.toLocaleString('en-US')} of 100,000 shown`, action: 'Show more' });
      // The summary counts the agents left out, and the members of the last agent the budget cut short.
      const notShown = Number(/([\d,]+) not shown/.exec(summary)?.[1].replace(/,/g, ''));
      assert.ok(notShown >= 100_000 - shown && notShown < 100_000 - shown + 8, `${notShown} not shown`);
    });

    it('shows a list in batches, one more per Show more, until it is whole', () => {
      const list = Array.from({ length: 1200 }, (_, index) => index);
      const shownWith = (requests: number) => build({ list }, { moreRequested: new Map(requests ? [[pathKey(['list']), requests]] : []) });
      assert.deepEqual(notes(shownWith(0).rows), ['500 of 1,200 shown']);
      assert.ok(hasPath(shownWith(0).rows, ['list', 499]) && !hasPath(shownWith(0).rows, ['list', 500]));
      assert.deepEqual(notes(shownWith(1).rows), ['1,000 of 1,200 shown']);
      const whole = shownWith(2);
      assert.ok(hasPath(whole.rows, ['list', 1199]));
      assert.deepEqual(notes(whole.rows), []);
      assert.doesNotMatch(whole.summary, /not shown/);
    });

    it('keeps the page within its row budget across containers, and Show more adds to it', () => {
      const limits: DetailsLimits = { maxDepth: 32, rowBatch: 1000, pageRowBudget: 100 };
      const payload = { first: Array.from({ length: 80 }, String), second: Array.from({ length: 80 }, String) };
      const { rows } = build(payload, { limits });
      assert.equal(shapeOf(rows).memberRows, 100);
      // "first" and its 80 items: 81 rows; "second" and 18 of its items.
      assert.deepEqual(notes(rows), ['18 of 80 shown']);
      const more = build(payload, { limits, moreRequested: new Map([[pathKey(['second']), 1]]) });
      assert.ok(hasPath(more.rows, ['second', 79]));
      assert.doesNotMatch(more.summary, /not shown/);
    });

    it('lists documented fields as not set only when every member is shown', () => {
      const limits: DetailsLimits = { ...detailsLimits, rowBatch: 2 };
      const notSet = (payload: unknown): number => flatten(build(payload, { limits }).rows).filter((row) => row.type === 'notSet').length;
      assert.equal(notSet({ id: 'hg', name: 'Big', extension: '1' }), 0);
      assert.ok(notSet({ id: 'hg', name: 'Big' }) > 0);
    });
  });

  describe('failures', () => {
    const throwing = {
      name: 'x',
      get boom(): unknown {
        throw new Error('getter <b>failed</b>');
      },
    };

    it('turns rows that cannot be built into the error', () => {
      assert.throws(() => build(throwing), /getter/, 'the payload does make the builder throw');
      assert.deepEqual(buildDetailsRowsOrError({ payload: throwing, schema: schemaOf('huntGroup') }), { error: 'Could not show these details: getter <b>failed</b>' });
    });

    it('gives the tracking ID once in the error line', () => {
      const trackingId = 'ROUTER_2A07FE8B-000000000015';
      const text = loadErrorText(new NotFoundError({ method: 'GET', url: '/v1/telephony/config/huntGroups/x', status: 404, trackingId }));
      assert.equal(text.split(trackingId).length - 1, 1, text);
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

    it('builds without throwing, and within the limits', () => {
      fc.assert(
        fc.property(fc.oneof(json, deep, wide), limits, fc.constantFrom('huntGroup', 'callPickup') as fc.Arbitrary<'huntGroup' | 'callPickup'>, (payload, chosen, kind) => {
          const shape = shapeOf(buildDetailsRows({ payload, schema: schemaOf(kind), limits: chosen }).rows);
          assert.ok(shape.listDepth <= chosen.maxDepth + 1, `lists ${shape.listDepth} deep`);
          assert.ok(shape.widestList <= chosen.rowBatch, `${shape.widestList} rows in one list`);
          assert.ok(shape.memberRows <= chosen.pageRowBudget, `${shape.memberRows} rows`);
        }),
        { numRuns: 150 },
      );
    });
  });
});
