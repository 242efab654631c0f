import * as assert from 'node:assert/strict';
import { groupFacts, membersOf } from '../../src/inventory/agents';
import { csvField, neutraliseFormula, toCsv } from '../../src/inventory/csv';
import { INVENTORY_COLUMNS, inventoryRows, inventoryToCsv, inventoryToJson } from '../../src/inventory/export';
import { matchAgents } from '../../src/inventory/findAgent';
import type { InventoryItem } from '../../src/inventory/inventory';
import { digitsOf, matchesWords, numberMatch, parseQuery } from '../../src/inventory/query';
import type { CallPickupDetails } from '../../src/kinds/callPickup/types';
import type { HuntGroupDetails } from '../../src/kinds/huntGroup/types';

// What export rows, Find Agent and the query rules make of hand-written inventory items, compared
// with literal values: one field at a time, so each rule shows where it is decided.

const east = { id: 'L1', name: 'East' };
const west = { id: 'L2', name: 'West' };

function huntGroup(id: string, details: Partial<HuntGroupDetails>, summary: Record<string, unknown> = {}, location = east): InventoryItem {
  return {
    kind: 'huntGroup',
    location,
    summary: { id, name: `listed ${id}`, locationId: location.id, locationName: location.name, enabled: false, ...summary },
    details: { id, ...details } as HuntGroupDetails,
  };
}

function callPickup(id: string, details: Partial<CallPickupDetails>, location = east): InventoryItem {
  return { kind: 'callPickup', location, summary: { id, name: `listed ${id}` }, details: { id, ...details } as CallPickupDetails };
}

/** A Webex-style ID: base64 of `ciscospark://us/PEOPLE/<inner>`. */
function webexId(inner: string): string {
  return Buffer.from(`ciscospark://us/PEOPLE/${inner}`).toString('base64');
}

describe('inventory rows and matching', () => {
  describe('membersOf', () => {
    it('reads a hunt group agent’s number, extension, ESN, weight and names', () => {
      const item = huntGroup('h1', {
        callPolicies: { policy: 'WEIGHTED' },
        agents: [
          { id: 'a1', firstName: 'Ann', lastName: 'Lee', type: 'PEOPLE', phoneNumber: '+14085550101', extension: '5001', routingPrefix: '77', weight: '40' },
          { id: 'a2', firstName: ' ', extension: '5002', esn: '995002', weight: 10 },
          { id: 'a3', routingPrefix: '77' },
        ],
      });
      assert.deepEqual(membersOf(item), [
        { id: 'a1', name: 'Ann Lee', type: 'PEOPLE', extension: '5001', phoneNumber: '+14085550101', esn: '775001', phoneNumbers: ['+14085550101'], extensions: ['5001'], weight: '40', names: ['Ann', 'Lee'], description: 'ext 5001 · +14085550101 · PEOPLE · weight 40%' },
        { id: 'a2', name: 'a2', type: undefined, extension: '5002', phoneNumber: undefined, esn: '995002', phoneNumbers: [], extensions: ['5002'], weight: '10', names: [], description: 'ext 5002 · weight 10%' },
        { id: 'a3', name: 'a3', type: undefined, extension: undefined, phoneNumber: undefined, esn: undefined, phoneNumbers: [], extensions: [], weight: undefined, names: [], description: '' },
      ]);
    });

    it('reads a call pickup agent’s numbers, the primary one first, from `numbers` or `phoneNumber`', () => {
      const item = callPickup('p1', {
        agents: [
          {
            id: 'b1',
            displayName: 'Bo Diaz',
            type: 'PEOPLE',
            email: 'bo@example.com',
            numbers: [{ external: '+1111', extension: '11', esn: '7711' }, { external: '+2222', extension: '22', esn: '7722', primary: 'true' }, { extension: '33' }],
          },
          { id: 'b2', firstName: 'Cy', phoneNumber: [{ external: '+3333', primary: true }] },
          { id: 'b3', lastName: 'Only', numbers: [{ external: '+4444' }, { external: '+5555' }] },
          { id: 'b4' },
        ],
      });
      assert.deepEqual(membersOf(item), [
        { id: 'b1', name: 'Bo Diaz', type: 'PEOPLE', extension: '22', phoneNumber: '+2222', esn: '7722', phoneNumbers: ['+2222', '+1111'], extensions: ['22', '11', '33'], email: 'bo@example.com', names: ['Bo Diaz'], description: 'ext 22 · +2222 · PEOPLE' },
        { id: 'b2', name: 'Cy', type: undefined, extension: undefined, phoneNumber: '+3333', esn: undefined, phoneNumbers: ['+3333'], extensions: [], email: undefined, names: ['Cy'], description: '+3333' },
        { id: 'b3', name: 'Only', type: undefined, extension: undefined, phoneNumber: '+4444', esn: undefined, phoneNumbers: ['+4444', '+5555'], extensions: [], email: undefined, names: ['Only'], description: '+4444' },
        { id: 'b4', name: 'b4', type: undefined, extension: undefined, phoneNumber: undefined, esn: undefined, phoneNumbers: [], extensions: [], email: undefined, names: [], description: '' },
      ]);
    });

    it('skips agents without a string ID, and reads no agents from a missing or non-list field', () => {
      const agents = [null, 'a', { name: 'no id' }, { id: 7 }, { id: 'ok' }];
      assert.deepEqual(membersOf(huntGroup('h1', { agents } as unknown as Partial<HuntGroupDetails>)).map((agent) => agent.id), ['ok']);
      assert.deepEqual(membersOf(huntGroup('h1', {})), []);
      assert.deepEqual(membersOf(huntGroup('h1', { agents: { id: 'x' } } as unknown as Partial<HuntGroupDetails>)), []);
    });
  });

  describe('groupFacts and weights', () => {
    it('prefers the details to the list entry, and reads numbers, switch and policy for hunt groups only', () => {
      const fromDetails = huntGroup('h1', { name: 'Sales', extension: '100', phoneNumber: '+1100', enabled: false, callPolicies: { policy: 'WEIGHTED' } }, { enabled: true, extension: '999', phoneNumber: '+1999' });
      assert.deepEqual(groupFacts(fromDetails), { kind: 'huntGroup', id: 'h1', name: 'Sales', location: east, extension: '100', phoneNumber: '+1100', enabled: false, policy: 'WEIGHTED' });
      const fromSummary = huntGroup('h2', { name: ' ' }, { enabled: true, extension: '999', phoneNumber: '+1999' });
      assert.deepEqual(groupFacts(fromSummary), { kind: 'huntGroup', id: 'h2', name: 'listed h2', location: east, extension: '999', phoneNumber: '+1999', enabled: true, policy: undefined });
      assert.deepEqual(groupFacts(callPickup('p1', { name: 'Desk' })), { kind: 'callPickup', id: 'p1', name: 'Desk', location: east });
    });

    it('gives a weight only under WEIGHTED', () => {
      const weightUnder = (callPolicies: HuntGroupDetails['callPolicies']) => membersOf(huntGroup('h', { callPolicies, agents: [{ id: 'a', weight: '30' }] }))[0].weight;
      assert.equal(weightUnder({ policy: 'WEIGHTED' }), '30');
      assert.equal(weightUnder({ policy: 'CIRCULAR' }), undefined);
      assert.equal(weightUnder(undefined), undefined);
    });
  });

  describe('export', () => {
    const items = [
      huntGroup('h1', { name: 'Sales', extension: '100', phoneNumber: '+1100', enabled: true, callPolicies: { policy: 'WEIGHTED' }, agents: [{ id: 'a1', firstName: 'Ann', type: 'PEOPLE', extension: '5001', phoneNumber: '+15001', weight: '60' }] }),
      huntGroup('h2', { name: 'Empty', callPolicies: { policy: 'REGULAR' }, agents: [{ id: 'a2', firstName: 'Ed', weight: '40' }] }, {}, west),
      callPickup('p1', { name: '=Desk', agents: [] }, west),
    ];

    it('has one row per membership and one for a group without agents, null where empty', () => {
      assert.deepEqual(inventoryRows(items), [
        { location: 'East', locationId: 'L1', kind: 'huntGroup', groupName: 'Sales', groupId: 'h1', groupExtension: '100', groupNumber: '+1100', policy: 'WEIGHTED', enabled: true, agentName: 'Ann', agentType: 'PEOPLE', agentId: 'a1', agentExtension: '5001', agentNumber: '+15001', weight: '60' },
        { location: 'West', locationId: 'L2', kind: 'huntGroup', groupName: 'Empty', groupId: 'h2', groupExtension: null, groupNumber: null, policy: 'REGULAR', enabled: false, agentName: 'Ed', agentType: null, agentId: 'a2', agentExtension: null, agentNumber: null, weight: null },
        { location: 'West', locationId: 'L2', kind: 'callPickup', groupName: '=Desk', groupId: 'p1', groupExtension: null, groupNumber: null, policy: null, enabled: null, agentName: null, agentType: null, agentId: null, agentExtension: null, agentNumber: null, weight: null },
      ]);
    });

    it('writes CSV with the headings in column order, and JSON with every key', () => {
      assert.deepEqual(
        INVENTORY_COLUMNS.map(([, heading]) => heading),
        ['Location', 'Location ID', 'Kind', 'Group Name', 'Group ID', 'Group Extension', 'Group Number', 'Policy', 'Enabled', 'Agent Name', 'Agent Type', 'Agent ID', 'Agent Extension', 'Agent Number', 'Weight'],
      );
      assert.equal(
        inventoryToCsv(items),
        'Location,Location ID,Kind,Group Name,Group ID,Group Extension,Group Number,Policy,Enabled,Agent Name,Agent Type,Agent ID,Agent Extension,Agent Number,Weight\r\n' +
          'East,L1,huntGroup,Sales,h1,100,+1100,WEIGHTED,true,Ann,PEOPLE,a1,5001,+15001,60\r\n' +
          'West,L2,huntGroup,Empty,h2,,,REGULAR,false,Ed,,a2,,,\r\n' +
          "West,L2,callPickup,'=Desk,p1,,,,,,,,,,\r\n",
      );
      assert.ok(inventoryToCsv(items, { byteOrderMark: true }).startsWith('\uFEFFLocation,'));
      const json = inventoryToJson(items.slice(2));
      assert.equal(
        json,
        '[\n  {\n    "location": "West",\n    "locationId": "L2",\n    "kind": "callPickup",\n    "groupName": "=Desk",\n    "groupId": "p1",\n    "groupExtension": null,\n    "groupNumber": null,\n    "policy": null,\n    "enabled": null,\n    "agentName": null,\n    "agentType": null,\n    "agentId": null,\n    "agentExtension": null,\n    "agentNumber": null,\n    "weight": null\n  }\n]\n',
      );
    });
  });

  describe('csv', () => {
    it('neutralises each formula trigger, and leaves number-like cells and plain text alone', () => {
      assert.deepEqual(
        ['=1+1', '+A1', '-A1', '@SUM(A1)', '\t=1', '\r=1', '＝1', '＋A', '－A', '＠A', '+1 (408) 555-0101', '-5', '+1.5', '－12', 'plain', ''].map(neutraliseFormula),
        ["'=1+1", "'+A1", "'-A1", "'@SUM(A1)", "'\t=1", "'\r=1", "'＝1", "'＋A", "'－A", "'＠A", '+1 (408) 555-0101', '-5', '+1.5', '－12', 'plain', ''],
      );
      assert.equal(neutraliseFormula('+1x'), "'+1x", 'a letter after the digits makes it a formula again');
      assert.equal(neutraliseFormula('x+1'), 'x+1', 'only the first character triggers');
    });

    it('quotes only the fields that need it', () => {
      assert.deepEqual(
        ['a,b', 'say "hi"', 'cr\r', 'lf\n', 'plain', 7, true, null, undefined].map(csvField),
        ['"a,b"', '"say ""hi"""', '"cr\r"', '"lf\n"', 'plain', '7', 'true', '', ''],
      );
      assert.equal(toCsv(['h'], [['v']]), 'h\r\nv\r\n');
      assert.equal(toCsv(['h'], [], { byteOrderMark: false }), 'h\r\n');
    });
  });

  describe('query', () => {
    it('tells numbers from text, keeping a typed + and folding accents and case', () => {
      assert.deepEqual(parseQuery('   '), { kind: 'empty' });
      assert.deepEqual(parseQuery(' +1 (408) 555-0101 '), { kind: 'number', digits: '+14085550101', bare: '14085550101' });
      assert.deepEqual(parseQuery('408.555'), { kind: 'number', digits: '408555', bare: '408555' });
      assert.deepEqual(parseQuery('()-'), { kind: 'text', text: '()-', words: ['()-'] });
      assert.deepEqual(parseQuery('  Müller   ANNA '), { kind: 'text', text: 'Müller   ANNA', words: ['muller', 'anna'] });
      assert.deepEqual(parseQuery('5001a'), { kind: 'text', text: '5001a', words: ['5001a'] });
    });

    it('takes digits from strings and numbers only', () => {
      assert.equal(digitsOf('+1 (408) 555'), '1408555');
      assert.equal(digitsOf(5001), '5001');
      assert.equal(digitsOf(undefined), '');
      assert.equal(digitsOf({ toString: () => '123' }), '');
    });

    it('needs every word somewhere in the texts, ignoring case and accents', () => {
      assert.equal(matchesWords(['anna', 'muller'], ['Anna', 'MÜLLER']), true);
      assert.equal(matchesWords(['anna', 'smith'], ['Anna', 'Müller']), false);
      assert.equal(matchesWords([], ['Anna']), false, 'no words match nothing');
      assert.equal(matchesWords(['na mu'], ['Anna', 'Müller']), false, 'texts are joined by a line break, not a space');
      assert.equal(matchesWords(['5'], [5, 'x']), false, 'only strings are searched');
    });

    it('matches extensions and ESNs in full, and phone numbers in full or by 7 digits or more', () => {
      const number = (query: string) => parseQuery(query) as Extract<ReturnType<typeof parseQuery>, { kind: 'number' }>;
      const item = { extension: '5001', esn: '775001', phoneNumbers: [undefined, '', '+14085550101'] };
      assert.equal(numberMatch(number('5001'), item), 'extension');
      assert.equal(numberMatch(number('775001'), item), 'extension');
      assert.equal(numberMatch(number('500'), item), undefined);
      assert.equal(numberMatch(number('14085550101'), item), 'number');
      assert.equal(numberMatch(number('5550101'), item), 'number');
      assert.equal(numberMatch(number('550101'), item), undefined, 'six digits are too few for part of a number');
      assert.equal(numberMatch(number('775001'), { esn: '775001', phoneNumbers: [] }), undefined, 'an ESN counts only with an extension');
      assert.equal(numberMatch(number('5550101'), { extension: '', phoneNumbers: ['5550101'] }), 'number');
    });
  });

  describe('matchAgents', () => {
    const ann = { id: webexId('0f0e-ANN'), firstName: 'Ann', lastName: 'Müller', type: 'PEOPLE', extension: '5001', phoneNumber: '+14085550101', weight: '70' };
    const items = [
      callPickup('p1', { name: 'Desk', agents: [{ id: ann.id, firstName: 'Ann', lastName: 'Müller', email: 'ann@example.com', numbers: [{ extension: '5001', external: '+14085550101', esn: '775001' }, { extension: '5999' }] }] }, west),
      huntGroup('h2', { name: 'beta', callPolicies: { policy: 'CIRCULAR' }, agents: [ann] }),
      huntGroup('h1', { name: 'Alpha', callPolicies: { policy: 'WEIGHTED' }, agents: [ann, { id: 'z', firstName: 'Zed', extension: '7000' }] }),
      huntGroup('h10', { name: 'alpha 10', agents: [{ id: 'y', firstName: 'Ann', lastName: 'Young' }] }),
    ];

    it('finds an agent by ID or inner UUID, with every group it is in, hunt groups first by name', () => {
      const [byId] = matchAgents(items, ann.id);
      const [byUuid] = matchAgents(items, ' 0F0E-ann ');
      assert.equal(byId.matchedBy, 'id');
      assert.equal(byUuid.matchedBy, 'id');
      assert.deepEqual(byUuid, byId);
      assert.deepEqual(byId, {
        id: ann.id,
        name: 'Ann Müller',
        type: 'PEOPLE',
        extension: '5001',
        phoneNumber: '+14085550101',
        email: 'ann@example.com',
        matchedBy: 'id',
        memberships: [
          { kind: 'huntGroup', groupId: 'h1', groupName: 'Alpha', location: east, groupExtension: undefined, groupNumber: undefined, enabled: false, policy: 'WEIGHTED', weight: '70' },
          { kind: 'huntGroup', groupId: 'h2', groupName: 'beta', location: east, groupExtension: undefined, groupNumber: undefined, enabled: false, policy: 'CIRCULAR', weight: undefined },
          { kind: 'callPickup', groupId: 'p1', groupName: 'Desk', location: west, groupExtension: undefined, groupNumber: undefined, enabled: undefined, policy: undefined, weight: undefined },
        ],
      });
    });

    it('finds agents by words, by number and by extension, sorted by name', () => {
      assert.deepEqual(matchAgents(items, 'ann').map((agent) => [agent.name, agent.matchedBy]), [['Ann Müller', 'name'], ['Ann Young', 'name']]);
      assert.deepEqual(matchAgents(items, 'example.com').map((agent) => agent.name), ['Ann Müller'], 'email addresses are searched');
      assert.deepEqual(matchAgents(items, '5550101').map((agent) => [agent.name, agent.matchedBy]), [['Ann Müller', 'number']]);
      assert.deepEqual(matchAgents(items, '7000').map((agent) => [agent.name, agent.matchedBy]), [['Zed', 'extension']]);
      assert.deepEqual(matchAgents(items, '775001').map((agent) => [agent.name, agent.matchedBy]), [['Ann Müller', 'extension']], 'the ESN a call pickup lists');
      assert.deepEqual(matchAgents(items, '5999').map((agent) => [agent.name, agent.matchedBy]), [['Ann Müller', 'extension']], 'a call pickup agent’s other extension');
      assert.deepEqual(matchAgents(items, '  '), []);
      assert.deepEqual(matchAgents(items, 'nobody'), []);
    });

    it('orders groups of the same kind by name with numbers by value, and agents of one name by ID', () => {
      const twins = [
        huntGroup('g10', { name: 'Group 10', agents: [{ id: 'k2', firstName: 'Kim' }] }),
        huntGroup('g9', { name: 'group 9', agents: [{ id: 'k2', firstName: 'Kim' }, { id: 'k1', firstName: 'Kim' }] }),
      ];
      const found = matchAgents(twins, 'kim');
      assert.deepEqual(found.map((agent) => agent.id), ['k1', 'k2']);
      assert.deepEqual(found[1].memberships.map((membership) => membership.groupName), ['group 9', 'Group 10']);
    });
  });
});
