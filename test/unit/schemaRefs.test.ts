import * as assert from 'node:assert/strict';
import { resolveRefs, SchemaNode } from '../../src/fields/schemaRefs';

// $ref resolution on small schemas written here, including the pointer forms the shipped schemas
// do not use today (escaped keys, refs that lead nowhere, cycles), so that editing a schema under
// schemas/ cannot silently lose documentation.

const root = {
  definitions: {
    ringPattern: { type: 'string', description: 'Shared ring pattern.', enum: ['NORMAL'] },
    'a/b': { description: 'Key with a slash.' },
    'c~d': { description: 'Key with a tilde.' },
    'e~1f': { description: 'Key spelled like an escape.' },
    chained: { $ref: '#/definitions/ringPattern', description: 'Chained description.' },
    loop: { $ref: '#/definitions/loop', description: 'Refers to itself.' },
    text: 'not a schema',
    nothing: null,
  },
} as unknown as SchemaNode;

describe('Schema $ref resolution', () => {
  it('returns a node without a $ref unchanged', () => {
    const node: SchemaNode = { description: 'Plain.' };
    assert.equal(resolveRefs(root, node), node);
  });

  it('merges the target under the keywords written next to the $ref', () => {
    assert.deepEqual(resolveRefs(root, { $ref: '#/definitions/ringPattern', description: 'Own description.' }), {
      type: 'string',
      description: 'Own description.',
      enum: ['NORMAL'],
    });
    assert.deepEqual(resolveRefs(root, { $ref: '#/definitions/ringPattern' }), { type: 'string', description: 'Shared ring pattern.', enum: ['NORMAL'] });
  });

  it('follows a $ref to a node that has its own $ref', () => {
    assert.deepEqual(resolveRefs(root, { $ref: '#/definitions/chained' }), { type: 'string', description: 'Chained description.', enum: ['NORMAL'] });
  });

  it('reads ~1 as "/" and ~0 as "~" in pointer tokens, ~01 as "~1"', () => {
    assert.deepEqual(resolveRefs(root, { $ref: '#/definitions/a~1b' }), { description: 'Key with a slash.' });
    assert.deepEqual(resolveRefs(root, { $ref: '#/definitions/c~0d' }), { description: 'Key with a tilde.' });
    assert.deepEqual(resolveRefs(root, { $ref: '#/definitions/e~01f' }), { description: 'Key spelled like an escape.' });
  });

  it('keeps only the keywords next to a $ref that leads nowhere', () => {
    const own = { description: 'Own.' };
    for (const $ref of [
      '#/definitions/missing',
      '#/definitions/text/length',
      '#/definitions/text/0',
      '#/definitions/ringPattern/enum/0/x',
      '#/definitions/toString',
      '#/definitions/nothing/description',
      // Not a local pointer, though the part after its first two characters would resolve.
      'x/definitions/ringPattern',
      'other.json#/definitions/ringPattern',
      'definitions/ringPattern',
      '#definitions',
    ]) {
      assert.deepEqual(resolveRefs(root, { $ref, ...own }), own, $ref);
    }
  });

  it('stops at a $ref cycle', () => {
    assert.deepEqual(resolveRefs(root, { $ref: '#/definitions/loop' }), { $ref: '#/definitions/loop', description: 'Refers to itself.' });
  });
});
