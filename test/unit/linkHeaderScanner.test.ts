// The Link header scanner, rule by rule: where spaces may stand, how a parameter's value ends, quoted
// values and their escapes, and which of several rel parameters counts. Each case is a header shape
// RFC 8288 allows (or a malformed one a server could send) with the links it must give.

import * as assert from 'node:assert/strict';
import { nextPageUrl, parseLinkHeader } from '../../src/webex/linkHeader';

describe('Link header scanner', () => {
  it('trims spaces inside the angle brackets of a target', () => {
    assert.deepEqual(parseLinkHeader('< https://a/1 >; rel=next'), [{ target: 'https://a/1', rels: ['next'] }]);
  });

  it('allows spaces before and after the semicolon and around the equals sign', () => {
    const expected = [{ target: 'a', rels: ['next'] }];
    assert.deepEqual(parseLinkHeader('<a> ; rel=next'), expected);
    assert.deepEqual(parseLinkHeader('<a>;  rel=next'), expected);
    assert.deepEqual(parseLinkHeader('<a>; rel =next'), expected);
    assert.deepEqual(parseLinkHeader('<a>; rel= "next"'), expected);
    assert.deepEqual(parseLinkHeader('<a>;\trel\t=\t"next"\r\n, <b>; rel=prev'), [
      { target: 'a', rels: ['next'] },
      { target: 'b', rels: ['prev'] },
    ]);
  });

  it('ends a bare value at the next semicolon or comma', () => {
    assert.deepEqual(parseLinkHeader('<a>; rel=next; title=x'), [{ target: 'a', rels: ['next'] }]);
    assert.deepEqual(parseLinkHeader('<a>; rel=next,<b>; rel=prev'), [
      { target: 'a', rels: ['next'] },
      { target: 'b', rels: ['prev'] },
    ]);
  });

  it('reads on after a quoted value, and after a parameter without a value', () => {
    assert.deepEqual(parseLinkHeader('<a>; title="x"; rel=next'), [{ target: 'a', rels: ['next'] }]);
    assert.deepEqual(parseLinkHeader('<a>; crossorigin; rel=next'), [{ target: 'a', rels: ['next'] }]);
  });

  it('does not take the next link as the value of a parameter without one', () => {
    assert.deepEqual(parseLinkHeader('<a>; crossorigin, <b>; rel=next'), [
      { target: 'a', rels: [] },
      { target: 'b', rels: ['next'] },
    ]);
  });

  it('keeps the first of repeated parameters, whatever their case', () => {
    assert.deepEqual(parseLinkHeader('<a>; rel=next; rel=prev'), [{ target: 'a', rels: ['next'] }]);
    assert.deepEqual(parseLinkHeader('<a>; REL=prev; rel=next'), [{ target: 'a', rels: ['prev'] }]);
  });

  it('stops reading a link’s parameters at one without a name', () => {
    assert.deepEqual(parseLinkHeader('<a>; ;rel=next'), [{ target: 'a', rels: [] }]);
  });

  it('reads escapes in quoted values, a trailing backslash as itself, an unclosed quote to the end', () => {
    assert.deepEqual(parseLinkHeader('<a>; rel="n\\ext"'), [{ target: 'a', rels: ['next'] }]);
    assert.deepEqual(parseLinkHeader('<a>; rel="next\\'), [{ target: 'a', rels: ['next\\'] }]);
    assert.deepEqual(parseLinkHeader('<a>; rel="next last'), [{ target: 'a', rels: ['next', 'last'] }]);
    assert.deepEqual(parseLinkHeader('<a>; rel=""'), [{ target: 'a', rels: [] }]);
  });

  it('keeps a parameter name that ends the header, and reads an empty rel as none', () => {
    assert.deepEqual(parseLinkHeader('<a>; rel'), [{ target: 'a', rels: [] }]);
    assert.deepEqual(parseLinkHeader('<a>; rel='), [{ target: 'a', rels: [] }]);
    assert.deepEqual(parseLinkHeader('<a>;'), [{ target: 'a', rels: [] }]);
    assert.deepEqual(parseLinkHeader('<a>'), [{ target: 'a', rels: [] }]);
  });

  it('reads links until a `<` has no `>` after it', () => {
    assert.deepEqual(parseLinkHeader('<a>; rel=next, <b; rel=prev'), [{ target: 'a', rels: ['next'] }]);
    assert.deepEqual(parseLinkHeader('no links here'), []);
    assert.deepEqual(parseLinkHeader(undefined), []);
  });

  it('resolves the first link whose rels include next against the page URL', () => {
    const page = 'https://webexapis.com/v1/items?max=2';
    assert.equal(nextPageUrl('<?start=2&max=2>; rel="prev"', page), undefined);
    assert.equal(nextPageUrl('</v1/items?start=4>; rel="last", </v1/items?start=2>; rel="next"', page)?.href, 'https://webexapis.com/v1/items?start=2');
    assert.equal(nextPageUrl('<?start=2&max=2>; rel="next last"', page)?.href, 'https://webexapis.com/v1/items?start=2&max=2');
    assert.equal(nextPageUrl(null, page), undefined);
    assert.throws(() => nextPageUrl('<http://[bad>; rel=next', page), TypeError);
  });
});
