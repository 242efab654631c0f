import * as assert from 'node:assert';
import { jsonDocumentPath, type JsonDocumentItem } from '../../src/kinds/documentPath';

// Two items must never share a JSON tab: opening the second would show (and refresh) the first.
describe('JSON document paths are unique per item', () => {
  const base: JsonDocumentItem = { kind: 'callPickup', orgKey: 'acme', name: 'Reception', locationId: 'bG9jLTE', itemId: 'Y2FsbHBpY2t1cC9SZWNlcHRpb24' };

  it('tells apart same-named call pickups of two locations (Webex derives their ID from the name)', () => {
    const london = jsonDocumentPath(base);
    const paris = jsonDocumentPath({ ...base, locationId: 'bG9jLTI' });
    assert.notStrictEqual(london, paris);
  });

  it('tells apart names that read the same once path-safe ("Sales/East", "Sales East")', () => {
    // IDs of one kind often end alike (base64 of a shared suffix); the tails here are the same.
    const slash = jsonDocumentPath({ ...base, kind: 'huntGroup', name: 'Sales/East', itemId: 'MS9odW50R3JvdXAvc2hhcmVkLXRhaWw' });
    const space = jsonDocumentPath({ ...base, kind: 'huntGroup', name: 'Sales East', itemId: 'Mi9odW50R3JvdXAvc2hhcmVkLXRhaWw' });
    assert.notStrictEqual(slash, space);
    // Still readable: the name leads the file name.
    assert.match(slash, /^\/acme\/huntGroups\/Sales-East-[0-9a-f]+\.json$/);
  });

  it('tells apart long names sharing their first 60 characters, whose IDs share their tail', () => {
    const prefix = 'A'.repeat(60);
    const first = jsonDocumentPath({ ...base, name: `${prefix} first`, itemId: 'MS9jYWxsUGlja3VwL3NoYXJlZC10YWls' });
    const second = jsonDocumentPath({ ...base, name: `${prefix} second`, itemId: 'Mi9jYWxsUGlja3VwL3NoYXJlZC10YWls' });
    assert.notStrictEqual(first, second);
  });

  it('stays the same for the same item, so a refresh updates its open tab', () => {
    assert.strictEqual(jsonDocumentPath(base), jsonDocumentPath({ ...base }));
  });
});
