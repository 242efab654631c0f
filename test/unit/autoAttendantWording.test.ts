import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { autoAttendantKind } from '../../src/kinds/autoAttendant/descriptor';
import { autoAttendantFactGroups, autoAttendantFacts, autoAttendantMembers, menuDestinations } from '../../src/kinds/autoAttendant/describe';
import type { AutoAttendantDetails, AutoAttendantListItem } from '../../src/kinds/autoAttendant/types';
import type { FactGroup } from '../../src/kinds/kind';

// What a user reads under an auto attendant in the tree: the schedules that pick a menu, and each
// menu key by key with where the key goes. The expected text is written out in full.

/** A main line as Control Hub sets one up: keys given out of order, the way the API may list them. */
const mainLine: AutoAttendantDetails = {
  id: 'aa-main',
  name: 'Main Line',
  enabled: true,
  phoneNumber: '+14085550100',
  extension: '5000',
  tollFreeNumber: false,
  firstName: 'Main',
  lastName: 'Line',
  alternateNumbers: [
    { phoneNumber: '+14085550199', tollFreeNumber: false, ringPattern: 'NORMAL' },
    { phoneNumber: '+18005550100', tollFreeNumber: true, ringPattern: 'LONG_LONG' },
  ],
  language: 'English',
  languageCode: 'en_us',
  businessSchedule: 'Office Hours',
  holidaySchedule: 'US Holidays',
  extensionDialing: 'GROUP',
  nameDialing: 'ENTERPRISE',
  timeZone: 'America/Los_Angeles',
  businessHoursMenu: {
    greeting: 'CUSTOM',
    extensionEnabled: true,
    audioFile: { name: 'welcome.wav', mediaType: 'WAV' },
    keyConfigurations: [
      { key: '#', action: 'REPEAT_MENU' },
      { key: '0', action: 'TRANSFER_TO_OPERATOR', value: '5001', description: 'Operator' },
      { key: '1', action: 'TRANSFER_WITHOUT_PROMPT', value: '+14085550101', description: 'Sales' },
      { key: '2', action: 'TRANSFER_WITH_PROMPT', value: '5101', description: 'Support' },
      { key: '*', action: 'EXIT' },
      { key: '3', action: 'NAME_DIALING' },
      { key: '9', action: 'TRANSFER_TO_MAILBOX', value: '5102' },
    ],
  },
  afterHoursMenu: {
    greeting: 'DEFAULT',
    extensionEnabled: false,
    keyConfigurations: [
      { key: '0', action: 'EXIT' },
      { key: '1', action: 'TRANSFER_TO_MAILBOX' },
      { key: '2', action: 'EXTENSION_DIALING' },
    ],
  },
};

const labels = (group: FactGroup | undefined) => group?.facts.map((fact) => fact.label);

describe('Auto attendant wording', () => {
  it('names the schedules that pick a menu, in the auto attendant\u2019s time zone, and the dialing scopes', () => {
    assert.deepEqual(autoAttendantFacts(mainLine), [
      {
        key: 'businessSchedule',
        label: 'Business hours: Office Hours',
        description: 'America/Los_Angeles',
        detail: 'The business hours menu plays during these hours, the after hours menu outside them.',
        icon: 'calendar',
      },
      { key: 'holidaySchedule', label: 'Holidays: US Holidays', detail: 'On these days the after hours menu plays.', icon: 'calendar' },
      { key: 'extensionDialing', label: 'Extension dialing: this location only', description: 'GROUP', icon: 'symbol-number' },
      { key: 'nameDialing', label: 'Name dialing: whole organization', description: 'ENTERPRISE', icon: 'symbol-text' },
    ]);
  });

  it('reads the business hours menu key by key, in keypad order, with where each key goes', () => {
    const [business] = autoAttendantFactGroups(mainLine);
    assert.equal(business.label, 'Business hours menu');
    assert.equal(business.description, '7 keys');
    assert.deepEqual(labels(business), [
      'Greeting: custom (welcome.wav)',
      'Enter an extension at any time: on',
      '1 → Transfer without prompt to +14085550101',
      '2 → Transfer with prompt to 5101',
      '3 → Dial by name',
      '9 → Transfer to mailbox 5102',
      '0 → Transfer to operator 5001',
      '* → Exit',
      '# → Repeat menu',
    ]);
    // The administrator's name for a key shows beside it.
    assert.deepEqual(
      business.facts.filter((fact) => fact.description).map((fact) => [fact.key, fact.description]),
      [
        ['key:1', 'Sales'],
        ['key:2', 'Support'],
        ['key:0', 'Operator'],
      ],
    );
  });

  it('reads the after hours menu, and the alternate numbers with what sets them apart', () => {
    const [, afterHours, alternates] = autoAttendantFactGroups(mainLine);
    assert.equal(afterHours.label, 'After hours menu');
    assert.equal(afterHours.description, '3 keys');
    assert.deepEqual(labels(afterHours), [
      'Greeting: default',
      'Enter an extension at any time: off',
      '1 → Transfer to the mailbox of an extension the caller enters',
      '2 → Dial by extension',
      '0 → Exit',
    ]);
    assert.deepEqual(alternates, {
      key: 'alternateNumbers',
      label: 'Alternate numbers (2)',
      icon: 'list-unordered',
      facts: [
        { key: '0', label: '+14085550199', description: undefined, icon: 'symbol-number' },
        { key: '1', label: '+18005550100', description: 'toll-free · ring: LONG_LONG', icon: 'symbol-number' },
      ],
    });
  });

  it('gives the call-flow tracer every key with an action and its destination', () => {
    assert.deepEqual(menuDestinations(mainLine), [
      { menu: 'businessHours', key: '1', action: 'TRANSFER_WITHOUT_PROMPT', destination: '+14085550101' },
      { menu: 'businessHours', key: '2', action: 'TRANSFER_WITH_PROMPT', destination: '5101' },
      { menu: 'businessHours', key: '3', action: 'NAME_DIALING' },
      { menu: 'businessHours', key: '9', action: 'TRANSFER_TO_MAILBOX', destination: '5102' },
      { menu: 'businessHours', key: '0', action: 'TRANSFER_TO_OPERATOR', destination: '5001' },
      { menu: 'businessHours', key: '*', action: 'EXIT' },
      { menu: 'businessHours', key: '#', action: 'REPEAT_MENU' },
      { menu: 'afterHours', key: '1', action: 'TRANSFER_TO_MAILBOX' },
      { menu: 'afterHours', key: '2', action: 'EXTENSION_DIALING' },
      { menu: 'afterHours', key: '0', action: 'EXIT' },
    ]);
  });

  it('reads keys as the reference page names them (digit_1, hash)', () => {
    const details: AutoAttendantDetails = {
      id: 'aa',
      name: 'Docs names',
      businessHoursMenu: { keyConfigurations: [{ key: 'hash', action: 'REPEAT_MENU' }, { key: 'digit_1', action: 'TRANSFER_WITHOUT_PROMPT', value: 5200 as never }] },
    };
    assert.deepEqual(labels(autoAttendantFactGroups(details)[0]), ['Greeting: not set', '1 → Transfer without prompt to 5200', '# → Repeat menu']);
    assert.deepEqual(menuDestinations(details).map((entry) => entry.key), ['1', '#']);
  });

  it('puts a switched-off auto attendant first in its facts', () => {
    const facts = autoAttendantFacts({ ...mainLine, enabled: false });
    assert.deepEqual(facts[0], { key: 'disabled', label: 'Disabled: calls to this auto attendant are not routed', icon: 'circle-slash' });
    assert.equal(facts.length, 5);
  });

  it('says what is not set rather than guessing, when the payload has only its identity', () => {
    const bare = { id: 'aa-bare', name: 'Bare' };
    assert.deepEqual(autoAttendantFacts(bare).map((fact) => fact.label), [
      'Business hours: no schedule set',
      'Holidays: no schedule set',
      'Extension dialing: whole organization (default)',
      'Name dialing: whole organization (default)',
    ]);
    assert.deepEqual(autoAttendantFactGroups(bare), [
      { key: 'businessHoursMenu', label: 'Business hours menu', description: 'not set', icon: 'briefcase', facts: [] },
      { key: 'afterHoursMenu', label: 'After hours menu', description: 'not set', icon: 'clock', facts: [] },
    ]);
    assert.deepEqual(menuDestinations(bare), []);
  });

  it('keeps odd keys readable: unknown actions as sent, missing ones said, duplicates apart, junk dropped', () => {
    const odd = {
      id: 'aa-odd',
      name: 'Odd',
      extensionDialing: 'PLANET',
      businessHoursMenu: {
        greeting: 'CUSTOM',
        extensionEnabled: 'yes',
        keyConfigurations: [null, 7, 'text', { key: null, action: 'EXIT' }, { key: '1', action: 'toString' }, { key: '2' }, { key: '3', action: 'TRANSFER_WITHOUT_PROMPT', value: { toString: 1 } }, { key: '1', action: 'EXIT' }, { key: 'F1', action: 'SING' }],
      },
      afterHoursMenu: { keyConfigurations: 'none' },
      alternateNumbers: [null, { phoneNumber: ['+1'] }],
    } as unknown as AutoAttendantDetails;
    const [business, afterHours, alternates] = autoAttendantFactGroups(odd);
    assert.deepEqual(labels(business), [
      'Greeting: custom',
      '1 → toString',
      '1 → Exit',
      '2 → action not set',
      '3 → Transfer without prompt to an unset destination',
      'F1 → SING',
    ]);
    const keys = business.facts.map((fact) => fact.key);
    assert.equal(new Set(keys).size, keys.length, `tree ids must be unique: ${keys.join(', ')}`);
    assert.deepEqual(labels(afterHours), ['Greeting: not set', 'No keys set']);
    assert.deepEqual(labels(alternates), ['number not set']);
    assert.equal(autoAttendantFacts(odd)[2].label, 'Extension dialing: PLANET');
    assert.deepEqual(menuDestinations(odd).map((entry) => `${entry.key}:${entry.action}`), ['1:toString', '1:EXIT', '3:TRANSFER_WITHOUT_PROMPT', 'F1:SING']);
  });

  it('keeps hostile text as text', () => {
    const hostile = '<img src=x onerror=alert(1)> [x](command:evil) \u202Egnp.exe';
    const details = { id: 'aa-h', name: hostile, businessSchedule: hostile, businessHoursMenu: { keyConfigurations: [{ key: '1', action: 'TRANSFER_WITH_PROMPT', value: hostile, description: hostile }] } };
    assert.equal(autoAttendantFacts(details)[0].label, `Business hours: ${hostile}`);
    const [key] = autoAttendantFactGroups(details)[0].facts.slice(-1);
    assert.equal(key.label, `1 → Transfer with prompt to ${hostile}`);
    assert.equal(key.description, hostile);
  });

  it('has no members: an auto attendant routes by menu', () => {
    assert.deepEqual(autoAttendantMembers(mainLine), []);
    assert.deepEqual(autoAttendantKind.members(mainLine), []);
  });
});

describe('Auto attendant descriptor', () => {
  const listed: AutoAttendantListItem = {
    id: 'aa-main',
    name: 'Main Line',
    locationId: 'loc-1',
    locationName: 'San Jose',
    phoneNumber: '+14085550100',
    extension: '5000',
    esn: '8005000',
    tollFreeNumber: false,
  };

  it('says what it is and where Webex keeps it', () => {
    assert.equal(autoAttendantKind.kind, 'autoAttendant');
    assert.deepEqual(autoAttendantKind.labels, {
      one: 'auto attendant',
      many: 'auto attendants',
      title: 'Auto attendant',
      folder: 'Auto Attendants',
      none: 'No auto attendants in this location',
      gone: 'No longer exists; the list was refreshed',
    });
    assert.deepEqual(autoAttendantKind.endpoint, { collection: 'autoAttendants', listKey: 'autoAttendants', orgWide: true });
    assert.equal(autoAttendantKind.scope, 'spark-admin:telephony_config_read');
    assert.equal(autoAttendantKind.schemaFile, 'autoAttendant.schema.json');
    assert.equal(autoAttendantKind.jsonFolder, 'autoAttendants');
    assert.equal(autoAttendantKind.icon, 'list-tree');
    assert.equal(autoAttendantKind.hasNumbers, true);
    assert.equal(autoAttendantKind.hasMembers, false);
  });

  it('shows its numbers on the row, and "disabled" when a payload says so', () => {
    assert.equal(autoAttendantKind.rowDescription(listed), 'ext 5000 · +14085550100');
    assert.equal(autoAttendantKind.isDisabled(listed), false);
    const off = { ...listed, enabled: false };
    assert.equal(autoAttendantKind.rowDescription(off), 'ext 5000 · +14085550100 · disabled');
    assert.equal(autoAttendantKind.isDisabled(off), true);
    assert.equal(autoAttendantKind.rowDescription({ id: 'x', name: 'No numbers', enabled: false }), 'disabled');
  });

  it('writes the row tooltip', () => {
    assert.deepEqual(autoAttendantKind.tooltipLines(listed), ['Auto attendant in San Jose', 'ext 5000 · +14085550100']);
    assert.deepEqual(autoAttendantKind.tooltipLines({ id: 'aa-free', name: 'Free', phoneNumber: '+18005550100', tollFreeNumber: true, enabled: false }), [
      'Auto attendant',
      '+18005550100',
      'Toll-free number',
      'Disabled',
    ]);
  });

  it('lets Find match its extension, ESN and number', () => {
    assert.deepEqual(autoAttendantKind.searchNumbers(listed), { extension: '5000', esn: '8005000', phoneNumbers: ['+14085550100'] });
  });

  it('sums it up from the details where they say it, else from the list entry', () => {
    assert.deepEqual(autoAttendantKind.summary(listed, undefined), { extension: '5000', phoneNumber: '+14085550100', enabled: undefined });
    assert.deepEqual(autoAttendantKind.summary(listed, { ...mainLine, extension: '5009', enabled: false }), { extension: '5009', phoneNumber: '+14085550100', enabled: false });
    assert.deepEqual(autoAttendantKind.summary({ ...listed, enabled: true }, { id: 'aa-main', name: 'Main Line', enabled: 'no' as never }), {
      extension: '5000',
      phoneNumber: '+14085550100',
      enabled: true,
    });
  });

  it('hands the tree the same wording as the describe functions', () => {
    assert.deepEqual(autoAttendantKind.facts(mainLine), autoAttendantFacts(mainLine));
    assert.deepEqual(autoAttendantKind.factGroups(mainLine), autoAttendantFactGroups(mainLine));
  });
});

// Whatever shape a payload has, the wording is text and never throws: one odd auto attendant must
// not break a location's branch.
describe('Auto attendant wording with random payloads', () => {
  const anyJson = fc.jsonValue({ maxDepth: 3 });
  const fieldNames = fc.constantFrom(
    'id', 'name', 'enabled', 'phoneNumber', 'extension', 'esn', 'tollFreeNumber', 'locationName', 'businessSchedule', 'holidaySchedule',
    'extensionDialing', 'nameDialing', 'timeZone', 'greeting', 'extensionEnabled', 'audioFile', 'keyConfigurations', 'key', 'action',
    'value', 'description', 'alternateNumbers', 'ringPattern', 'toString', 'constructor', '__proto__',
  );
  const payloadLike = fc.dictionary(fieldNames, anyJson);
  const menuLike = fc.record({ menu: payloadLike, keys: fc.array(fc.oneof(payloadLike, anyJson), { maxLength: 5 }) }).map(({ menu, keys }) => ({ ...menu, keyConfigurations: keys }));
  const details = fc
    .record({ top: payloadLike, business: fc.oneof(menuLike, anyJson), after: fc.oneof(menuLike, anyJson), alternates: fc.array(fc.oneof(payloadLike, anyJson), { maxLength: 3 }) })
    .map(({ top, business, after, alternates }) => ({ ...top, id: 'aa', name: 'n', businessHoursMenu: business, afterHoursMenu: after, alternateNumbers: alternates }) as unknown as AutoAttendantDetails);
  const isText = (value: unknown) => typeof value === 'string';
  const isOptionalText = (value: unknown) => value === undefined || typeof value === 'string';

  it('facts, menus and destinations', () => {
    fc.assert(
      fc.property(details, (payload) => {
        for (const fact of autoAttendantFacts(payload)) assert.ok(isText(fact.label) && isText(fact.key) && isOptionalText(fact.description));
        for (const group of autoAttendantFactGroups(payload)) {
          assert.ok(isText(group.label) && isOptionalText(group.description));
          for (const fact of group.facts) assert.ok(isText(fact.label) && isText(fact.icon) && isOptionalText(fact.description));
          assert.equal(new Set(group.facts.map((fact) => fact.key)).size, group.facts.length);
        }
        for (const entry of menuDestinations(payload)) assert.ok(isText(entry.key) && isText(entry.action) && isOptionalText(entry.destination));
      }),
      { numRuns: 300 },
    );
  });

  it('rows, tooltips, Find numbers and summaries', () => {
    fc.assert(
      fc.property(payloadLike, details, (entry, payload) => {
        const item = { ...entry, id: 'aa', name: 'n' } as AutoAttendantListItem;
        assert.ok(isText(autoAttendantKind.rowDescription(item)));
        autoAttendantKind.tooltipLines(item).forEach((line) => assert.ok(isText(line)));
        assert.ok(Array.isArray(autoAttendantKind.searchNumbers(item).phoneNumbers));
        const summary = autoAttendantKind.summary(item, payload);
        assert.ok(isOptionalText(summary.extension) && isOptionalText(summary.phoneNumber));
      }),
      { numRuns: 300 },
    );
  });
});
