import * as assert from 'node:assert/strict';
import {
  buildDetailsRows,
  buildDetailsRowsOrError,
  type ContainerRow,
  detailsLimits,
  english,
  type LeafRow,
  pathKey,
  type Row,
  type RowsInput,
  type Translate,
} from '../../src/details/detailsRows';
import { schemaOf } from '../../src/fields/fieldDocs';

// The details page's rows, as the pure model the webview draws: every key, value, count, preview,
// badge, description and note, literally. Payloads here are mostly undocumented (an array at the
// root, or a location's schema for a list), so the expected rows do not repeat the schemas' words.

/** Marks every translated message, with its arguments filled in, so a message not passed through it shows. */
const marked: Translate = (message, ...args) => `«${message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)]))}»`;

const location = schemaOf('location');
const huntGroup = schemaOf('huntGroup');

function rows(payload: unknown, overrides: Partial<RowsInput> = {}): Row[] {
  return buildDetailsRows({ payload, schema: location, ...overrides }).rows;
}

/** Every row of the tree, depth first, in page order. */
function flatten(list: Row[]): Row[] {
  return list.flatMap((row) => [row, ...(row.type === 'container' ? flatten(row.children) : [])]);
}

function rowAt(list: Row[], path: (string | number)[]): Row {
  const found = flatten(list).find((row) => row.type !== 'more' && pathKey(row.path) === pathKey(path));
  assert.ok(found, `no row ${JSON.stringify(path)}`);
  return found;
}

const plain = { undocumented: false, observed: false, badges: [] };
const leaf = (path: (string | number)[], value: LeafRow['value'], extra: Partial<LeafRow> = {}): LeafRow => ({
  ...plain,
  path,
  key: String(path[path.length - 1]),
  isIndex: typeof path[path.length - 1] === 'number',
  type: 'leaf',
  value,
  ...extra,
});

describe('details rows', () => {
  it('writes every kind of value, previews and counts, and opens only the first levels of objects', () => {
    const payload = [{ zeta: 1, name: 'n"ame', flag: false, none: null, list: [], obj: {}, big: 12n, nested: { inner: [7] } }, 'x'.repeat(161), { a: 1, b: 2, c: 3, d: 4 }];
    const built = buildDetailsRows({ payload });
    assert.equal(built.summary, '13 fields');
    const inner: ContainerRow = { ...plain, path: [0, 'nested', 'inner'], key: 'inner', isIndex: false, type: 'container', count: 1, open: false, children: [leaf([0, 'nested', 'inner', 0], { style: 'number', text: '7' })] };
    const expected: Row[] = [
      {
        ...plain,
        path: [0],
        key: '0',
        isIndex: true,
        type: 'container',
        preview: 'name: "n\\"ame", zeta: 1, flag: false, …',
        open: false,
        children: [
          leaf([0, 'zeta'], { style: 'number', text: '1' }),
          leaf([0, 'name'], { style: 'string', text: '"n\\"ame"' }),
          leaf([0, 'flag'], { style: 'boolean', text: 'false' }),
          leaf([0, 'none'], { style: 'null', text: 'null' }),
          leaf([0, 'list'], { style: 'other', text: '[]' }, { count: 0 }),
          leaf([0, 'obj'], { style: 'other', text: '{}' }),
          leaf([0, 'big'], { style: 'number', text: '12' }),
          { ...plain, path: [0, 'nested'], key: 'nested', isIndex: false, type: 'container', preview: '…', open: true, children: [inner] },
        ],
      },
      leaf([1], { style: 'string', text: `"${'x'.repeat(161)}"`, long: { showAll: 'Show all (161 characters)', showLess: 'Show less' } }),
      {
        ...plain,
        path: [2],
        key: '2',
        isIndex: true,
        type: 'container',
        preview: 'a: 1, b: 2, c: 3, …',
        open: false,
        children: ['a', 'b', 'c', 'd'].map((key, index) => leaf([2, key], { style: 'number', text: String(index + 1) })),
      },
    ];
    assert.deepEqual(built.rows, expected);
  });

  it('shows a scalar payload as one undocumented value row, through the translation', () => {
    const built = buildDetailsRows({ payload: 'scalar', schema: location, translate: marked });
    assert.deepEqual(built.rows, [
      {
        path: [],
        key: '«value»',
        isIndex: false,
        undocumented: true,
        observed: false,
        badges: [{ kind: 'undocumented', label: '«undocumented»', explanation: '«The field documentation does not describe this field.»' }],
        type: 'leaf',
        value: { style: 'string', text: '"scalar"' },
      },
    ]);
    assert.equal(built.summary, '«1 fields» · «1 undocumented»');
  });

  it('cuts containers at the depth limit and lists at their batch, saying how much is left', () => {
    const built = buildDetailsRows({ payload: [[[[1]]], [1, 2, 3]], limits: { maxDepth: 2, rowBatch: 2, pageRowBudget: 100 } });
    assert.equal(built.summary, '0 fields · 2 not shown');
    assert.deepEqual(built.rows, [
      {
        ...plain,
        path: [0],
        key: '0',
        isIndex: true,
        type: 'container',
        count: 1,
        open: false,
        children: [
          {
            ...plain,
            path: [0, 0],
            key: '0',
            isIndex: true,
            type: 'container',
            count: 1,
            open: false,
            children: [{ ...plain, path: [0, 0, 0], key: '0', isIndex: true, type: 'depthCap', note: '… nested 1 more levels', action: '(open as JSON to see all)' }],
          },
        ],
      },
      {
        ...plain,
        path: [1],
        key: '1',
        isIndex: true,
        type: 'container',
        count: 3,
        open: false,
        children: [leaf([1, 0], { style: 'number', text: '1' }), leaf([1, 1], { style: 'number', text: '2' }), { type: 'more', path: [1], note: '2 of 3 shown', action: 'Show more' }],
      },
    ]);
  });

  it('says nothing about a payload of nothing', () => {
    assert.deepEqual(buildDetailsRows({ payload: [] }), { rows: [], summary: '0 fields', counts: { fields: 0, undocumented: 0, notSet: 0, notShown: 0 } });
  });
});

describe('details rows of documented fields', () => {
  // Built inside each test, not once for the describe block: mutation testing changes the code
  // under test per test, and rows built while the file loads would not see it.
  const page = (policy = 'BOGUS') =>
    buildDetailsRows({ payload: { firstName: 'F', callingLastName: 'L', callPolicies: { policy, noAnswer: {} }, x: { y: 1 } }, schema: huntGroup });
  const described = (row: Row): Row => ({ ...row, ...('description' in row && row.description ? { description: '…' } : {}) });

  it('marks deprecated and observed fields with their badges', () => {
    assert.deepEqual(
      described(rowAt(page().rows, ['firstName'])),
      leaf(['firstName'], { style: 'string', text: '"F"' }, { description: '…', badges: [{ kind: 'deprecated', label: 'deprecated', explanation: 'The API documentation marks this field as deprecated.' }] }),
    );
    assert.deepEqual(
      described(rowAt(page().rows, ['callingLastName'])),
      leaf(
        ['callingLastName'],
        { style: 'string', text: '"L"' },
        { description: '…', observed: true, badges: [{ kind: 'observed', label: 'not in published schema', explanation: 'Seen in real payloads, but not in the published API schema.' }] },
      ),
    );
  });

  it('says an enum value is not a documented one, and explains a documented one', () => {
    const bogus = rowAt(page().rows, ['callPolicies', 'policy']) as LeafRow;
    assert.deepEqual(described(bogus), leaf(['callPolicies', 'policy'], { style: 'string', text: '"BOGUS"' }, { description: '…', enumMeaning: { text: 'Not one of the documented values.', documented: false } }));
    const uniform = rowAt(page('UNIFORM').rows, ['callPolicies', 'policy']) as LeafRow;
    assert.equal(uniform.enumMeaning?.documented, true);
    assert.match(uniform.enumMeaning?.text ?? '', /^Sends calls to the agent that has been idle the longest/);
  });

  it('opens a documented empty object to list its fields as not set', () => {
    const noAnswer = rowAt(page().rows, ['callPolicies', 'noAnswer']) as ContainerRow;
    assert.equal(noAnswer.type, 'container');
    assert.equal(noAnswer.open, true);
    assert.equal(noAnswer.preview, '');
    assert.ok(noAnswer.description);
    assert.deepEqual(described(rowAt(page().rows, ['callPolicies', 'noAnswer', 'numberOfRings'])), {
      ...plain,
      path: ['callPolicies', 'noAnswer', 'numberOfRings'],
      key: 'numberOfRings',
      isIndex: false,
      type: 'notSet',
      description: '…',
      value: { style: 'unset', text: 'not set' },
    });
  });

  it('marks an undocumented object once, and nothing under it', () => {
    const x = rowAt(page().rows, ['x']) as ContainerRow;
    assert.deepEqual(x, {
      path: ['x'],
      key: 'x',
      isIndex: false,
      undocumented: true,
      observed: false,
      badges: [{ kind: 'undocumented', label: 'undocumented', explanation: 'The field documentation does not describe this field.' }],
      type: 'container',
      preview: 'y: 1',
      open: true,
      children: [leaf(['x', 'y'], { style: 'number', text: '1' })],
    });
  });

  it('does not list a field as not set when it or its observed stand-in is there, and counts the rest', () => {
    const built = page();
    const notSet = built.rows.filter((row) => row.type === 'notSet').map((row) => (row.type === 'notSet' ? row.key : ''));
    assert.ok(notSet.includes('id') && notSet.includes('agents'));
    assert.ok(!notSet.includes('firstName'), 'present');
    assert.ok(!notSet.includes('lastName'), 'its stand-in callingLastName is present');
    assert.ok(!notSet.includes('callingFirstName'), 'an observed stand-in is never missing itself');
    const total = flatten(built.rows).filter((row) => row.type === 'notSet').length;
    assert.equal(built.summary, `7 fields · 1 undocumented · ${total} not set`);
    assert.equal(built.counts.notSet, total);
  });

  it('documents nothing without a schema', () => {
    const built = buildDetailsRows({ payload: { callPolicies: { policy: 'UNIFORM' } } });
    assert.equal(built.summary, '2 fields · 1 undocumented');
    assert.equal((rowAt(built.rows, ['callPolicies', 'policy']) as LeafRow).enumMeaning, undefined);
  });
});

describe('details rows: limits and fallbacks', () => {
  const limits = { maxDepth: 32, rowBatch: 2, pageRowBudget: 100 };

  it('previews an object by its preferred keys, clipping long keys and values', () => {
    const longKey = 'k'.repeat(31);
    const payload = [{ z: 1, [longKey]: 'v', extension: '5', name: 'n'.repeat(39), deep: [] }, { a: 1, b: 2, c: 3 }, { list: [1] }];
    const previews = rows(payload).map((row) => (row.type === 'container' ? row.preview : undefined));
    assert.deepEqual(previews, [`name: "${'n'.repeat(38)}…, extension: "5", z: 1, …`, 'a: 1, b: 2, c: 3', '…']);
    const clipped = rows([{ [longKey]: 'v' }]).map((row) => (row.type === 'container' ? row.preview : undefined));
    assert.deepEqual(clipped, [`${'k'.repeat(29)}…: "v"`]);
  });

  it('shows a reference back to an enclosing object as circular', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    assert.deepEqual(rowAt(rows([cyclic]), [0, 'self']), leaf([0, 'self'], { style: 'other', text: '(circular reference)' }));
  });

  it('adds a batch and a page budget per Show more, and counts what is not shown with separators', () => {
    const payload = Array.from({ length: 1500 }, (_, index) => index);
    const first = buildDetailsRows({ payload, limits });
    assert.equal(first.summary, '0 fields · 1,498 not shown');
    assert.deepEqual(first.rows[2], { type: 'more', path: [], note: '2 of 1,500 shown', action: 'Show more' });
    const more = buildDetailsRows({ payload, limits, moreRequested: new Map([[pathKey([]), 2]]) });
    assert.deepEqual(more.rows[6], { type: 'more', path: [], note: '6 of 1,500 shown', action: 'Show more' });
    assert.equal(more.summary, '0 fields · 1,494 not shown');
  });

  it('shares the page budget across containers, and a Show more brings its own budget', () => {
    const payload = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const tight = { maxDepth: 32, rowBatch: 10, pageRowBudget: 3 };
    const notes = (list: Row[]): string[] => flatten(list).flatMap((row) => (row.type === 'more' ? [row.note] : []));
    assert.deepEqual(notes(rows(payload, { limits: tight })), ['2 of 3 shown', '1 of 2 shown']);
    assert.deepEqual(notes(rows(payload, { limits: tight, moreRequested: new Map([[pathKey([0]), 1]]) })), ['1 of 3 shown']);
  });

  it('uses the default limits when none are given', () => {
    assert.deepEqual(detailsLimits, { maxDepth: 32, rowBatch: 500, pageRowBudget: 2000 });
    const list = rows(Array.from({ length: 501 }, () => 0));
    assert.deepEqual(list[list.length - 1], { type: 'more', path: [], note: '500 of 501 shown', action: 'Show more' });
  });

  it('turns a payload that throws while read into the error, whatever was thrown', () => {
    const throwing = (thrown: unknown): Record<string, unknown> =>
      Object.defineProperty({}, 'bad', {
        enumerable: true,
        get() {
          throw thrown;
        },
      });
    assert.deepEqual(buildDetailsRowsOrError({ payload: throwing(new Error('getter <failed>')), translate: marked }), { error: '«Could not show these details: getter <failed>»' });
    assert.deepEqual(buildDetailsRowsOrError({ payload: throwing('plain') }), { error: 'Could not show these details: plain' });
    assert.deepEqual(buildDetailsRowsOrError({ payload: 1, schema: location }), buildDetailsRows({ payload: 1, schema: location }));
  });

  it('leaves a placeholder it has no argument for as it is', () => {
    assert.equal(english('{1} details', 'x'), '{1} details');
    assert.equal(english('Loading {0}…', '{1}'), 'Loading {1}…');
  });
});
