// The health rules on hand-made models (each rule firing, and staying quiet where it must), their
// configuration (severity overrides, disabled rules), the line of the field at fault in the
// pretty-printed JSON, and every rule on the sample organization's seeded problems, read through the
// store exactly as the command reads them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lineOfPath } from '../../src/health/jsonLine';
import { readHealthData } from '../../src/health/read';
import { RULE_IDS, RULES, runRules } from '../../src/health/rules';
import type { Finding, HealthItem, HealthModel } from '../../src/health/types';
import type { Kind } from '../../src/kinds/kind';
import { OrgStore } from '../../src/store/orgStore';
import { WebexCalling } from '../../src/webex/calling';
import { WebexClient } from '../../src/webex/client';
import type { NumberEntry } from '../../src/webex/routingTypes';
import { repoRoot } from '../harness/repoRoot';
import { SAMPLE_TOKEN, startSampleServer, type SampleServer } from '../support/sampleServer';

const LOC = 'loc1';

function item(kind: Kind, id: string, details: Record<string, unknown>, extra: Partial<HealthItem> = {}): HealthItem {
  return {
    kind,
    itemId: id,
    locationId: LOC,
    locationName: 'Main',
    name: typeof details.name === 'string' ? details.name : id,
    summary: { id, name: typeof details.name === 'string' ? details.name : id, locationId: LOC, enabled: details.enabled },
    details: { id, ...details },
    ...extra,
  };
}

const agent = (id: string, firstName: string, weight?: string): Record<string, unknown> => ({ id, firstName, lastName: 'Agent', type: 'PEOPLE', ...(weight === undefined ? {} : { weight }) });

function owned(phoneNumber: string | undefined, extension: string | undefined, owner?: { id: string; type: string }): NumberEntry {
  return { ...(phoneNumber ? { phoneNumber } : {}), ...(extension ? { extension } : {}), location: { id: LOC, name: 'Main' }, ...(owner ? { owner } : {}) };
}

/** A healthy hunt group: two agents, a number and an extension, no-answer to a person of the org. */
function healthyHuntGroup(id = 'hgOk'): HealthItem {
  return item('huntGroup', id, {
    name: 'Healthy Group',
    enabled: true,
    phoneNumber: '+14085550101',
    extension: '5001',
    callPolicies: { policy: 'CIRCULAR', noAnswer: { forwardEnabled: true, destination: '5010', numberOfRings: 3 } },
    agents: [agent('p1', 'Ann'), agent('p2', 'Bob')],
  });
}

const BASE_NUMBERS: NumberEntry[] = [owned('+14085550101', '5001', { id: 'hgOk', type: 'HUNT_GROUP' }), owned(undefined, '5010', { id: 'p1', type: 'PEOPLE' })];

function model(items: HealthItem[], numbers: NumberEntry[] = []): HealthModel {
  return { items, numbers: [...BASE_NUMBERS, ...numbers] };
}

function findingsOf(ruleId: string, findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.ruleId === ruleId);
}

describe('health rules on hand-made models', () => {
  it('a healthy org has no findings', () => {
    assert.deepEqual(runRules(model([healthyHuntGroup()])), []);
  });

  it('no-agents: hunt groups, call queues and call pickups with no agents; not auto attendants', () => {
    const findings = runRules(
      model([
        healthyHuntGroup(),
        item('huntGroup', 'hgEmpty', { name: 'Empty Group', extension: '5002', agents: [] }),
        item('callQueue', 'cqEmpty', { name: 'Empty Queue', extension: '5003' }),
        item('callPickup', 'cpEmpty', { name: 'Empty Pickup', agents: [] }),
        item('autoAttendant', 'aa', { name: 'Menu', extension: '5004' }),
      ]),
    );
    const found = findingsOf('no-agents', findings);
    assert.deepEqual(found.map((finding) => [finding.itemName, finding.severity, finding.jsonPath]), [
      ['Empty Group', 'warning', ['agents']],
      ['Empty Queue', 'warning', ['agents']],
      ['Empty Pickup', 'warning', ['agents']],
    ]);
    assert.match(found[0].message, /hunt group Empty Group has no agents/);
  });

  it('single-agent: groups of one, not pickups; sole-agent-of-many names the person and the groups', () => {
    const solo = [agent('p9', 'Sam')];
    const findings = runRules(
      model([
        item('huntGroup', 'hg1', { name: 'Night Line', extension: '5101', agents: solo }),
        item('callQueue', 'cq1', { name: 'Night Queue', extension: '5102', agents: solo }),
        item('huntGroup', 'hg2', { name: 'Day Line', extension: '5103', agents: [agent('p8', 'Kim')] }),
        item('callPickup', 'cp1', { name: 'Pickup of One', agents: solo }),
      ]),
    );
    assert.deepEqual(findingsOf('single-agent', findings).map((finding) => [finding.itemName, finding.severity, finding.jsonPath]), [
      ['Night Line', 'information', ['agents', 0]],
      ['Night Queue', 'information', ['agents', 0]],
      ['Day Line', 'information', ['agents', 0]],
    ]);
    const sole = findingsOf('sole-agent-of-many', findings);
    assert.deepEqual(sole.map((finding) => finding.itemName), ['Night Line', 'Night Queue']);
    assert.equal(sole[0].message, 'Sam Agent is the only agent of 2 groups (Night Line, Night Queue): when they are away, none of them is answered.');
  });

  it('empty-destination: forwarding, redirects, overflow and menu keys switched on without a destination, each at its field', () => {
    const findings = runRules(
      model([
        item('huntGroup', 'hg', {
          name: 'Sales',
          extension: '5201',
          agents: [agent('p1', 'Ann'), agent('p2', 'Bob')],
          callPolicies: { noAnswer: { forwardEnabled: true, numberOfRings: 5 }, busyRedirect: { enabled: true, destination: '' } },
        }),
        item('callQueue', 'cq', { name: 'Care', extension: '5202', agents: [agent('p1', 'Ann'), agent('p2', 'Bob')], queueSettings: { overflow: { action: 'TRANSFER_TO_PHONE_NUMBER' } } }),
        item('autoAttendant', 'aa', { name: 'Menu', extension: '5203', businessHoursMenu: { keyConfigurations: [{ key: '1', action: 'TRANSFER_WITHOUT_PROMPT' }] } }),
        item('autoAttendant', 'aa2', { name: 'Forwarded Menu', extension: '5204' }, { forwarding: { callForwarding: { always: { enabled: true } } } }),
      ]),
    );
    assert.deepEqual(findingsOf('empty-destination', findings).map((finding) => [finding.itemName, finding.severity, finding.payload, finding.jsonPath]), [
      ['Sales', 'error', 'details', ['callPolicies', 'noAnswer', 'destination']],
      ['Sales', 'error', 'details', ['callPolicies', 'busyRedirect', 'destination']],
      ['Care', 'error', 'details', ['queueSettings', 'overflow', 'transferNumber']],
      ['Menu', 'error', 'details', ['businessHoursMenu', 'keyConfigurations', 0, 'value']],
      ['Forwarded Menu', 'error', 'forwarding', ['callForwarding', 'always', 'destination']],
    ]);
    assert.match(findingsOf('empty-destination', findings)[0].message, /"no answer after 5 rings" \(callPolicies\.noAnswer\), but no destination is set/);
  });

  it('dead-end-destination: unassigned numbers, unknown short extensions and non-numbers; outside numbers and long national numbers are not dead ends', () => {
    const exits = (destination: string): Record<string, unknown> => ({ callPolicies: { busyRedirect: { enabled: true, destination } } });
    const two = [agent('p1', 'Ann'), agent('p2', 'Bob')];
    const findings = runRules(
      model(
        [
          item('huntGroup', 'unassigned', { name: 'To Unassigned', extension: '5301', agents: two, ...exits('+14085550177') }),
          item('huntGroup', 'shortExt', { name: 'To Unknown Extension', extension: '5302', agents: two, ...exits('5999') }),
          item('huntGroup', 'garbage', { name: 'To Nonsense', extension: '5303', agents: two, ...exits('call Bob') }),
          item('huntGroup', 'pstn', { name: 'To Outside', extension: '5304', agents: two, ...exits('+442079460999') }),
          item('huntGroup', 'national', { name: 'To National', extension: '5305', agents: two, ...exits('7037344404') }),
          item('huntGroup', 'person', { name: 'To Person Voicemail', extension: '5306', agents: two, ...exits('*555010') }),
        ],
        [owned('+14085550177', undefined)],
      ),
    );
    const found = findingsOf('dead-end-destination', findings);
    assert.deepEqual(found.map((finding) => [finding.itemName, finding.jsonPath]), [
      ['To Unassigned', ['callPolicies', 'busyRedirect', 'destination']],
      ['To Unknown Extension', ['callPolicies', 'busyRedirect', 'destination']],
      ['To Nonsense', ['callPolicies', 'busyRedirect', 'destination']],
    ]);
    assert.match(found[0].message, /\+14085550177 belongs to the organization but is not assigned to anyone/);
    assert.match(found[1].message, /nothing in the organization has extension 5999/);
  });

  it('an extension resolves in the location of the item that sends the call', () => {
    const elsewhere: NumberEntry = { extension: '7001', location: { id: 'loc2', name: 'Other' }, owner: { id: 'p7', type: 'PEOPLE' } };
    const sender = item('huntGroup', 'hg', { name: 'Sender', extension: '5401', agents: [agent('p1', 'Ann'), agent('p2', 'Bob')], callPolicies: { busyRedirect: { enabled: true, destination: '7001' } } });
    assert.equal(findingsOf('dead-end-destination', runRules(model([sender], [elsewhere]))).length, 1);
    assert.equal(findingsOf('dead-end-destination', runRules(model([{ ...sender, locationId: 'loc2' }], [elsewhere]))).length, 0);
  });

  it('forwarding-loop: names the cycle and marks each step at its field; a voicemail transfer or a disabled feature breaks it', () => {
    const queue = item('callQueue', 'cqLoop', { name: 'Loop Queue', extension: '5501', agents: [agent('p1', 'Ann'), agent('p2', 'Bob')], queueSettings: { overflow: { action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: '+14085550502' } } });
    const menu = item('autoAttendant', 'aaLoop', { name: 'Loop Menu', extension: '5502', businessHoursMenu: { keyConfigurations: [{ key: '1', action: 'TRANSFER_WITHOUT_PROMPT', value: '5501' }] } });
    const numbers = [owned('+14085550501', '5501', { id: 'cqLoop', type: 'CALL_QUEUE' }), owned('+14085550502', '5502', { id: 'aaLoop', type: 'AUTO_ATTENDANT' })];
    const found = findingsOf('forwarding-loop', runRules(model([healthyHuntGroup(), queue, menu], numbers)));
    assert.deepEqual(found.map((finding) => [finding.itemName, finding.severity, finding.jsonPath]), [
      ['Loop Queue', 'error', ['queueSettings', 'overflow', 'transferNumber']],
      ['Loop Menu', 'error', ['businessHoursMenu', 'keyConfigurations', 0, 'value']],
    ]);
    assert.match(found[0].message, /^Calls loop: Loop Queue → Loop Menu → Loop Queue\. The call queue Loop Queue sends them on "queue full"/);

    const toVoicemail = { ...menu, details: { ...menu.details, businessHoursMenu: { keyConfigurations: [{ key: '1', action: 'TRANSFER_WITHOUT_PROMPT', value: '*555501' }] } } };
    assert.equal(findingsOf('forwarding-loop', runRules(model([queue, toVoicemail], numbers))).length, 0);
    const disabledQueue = { ...queue, summary: { ...queue.summary, enabled: false }, details: { ...queue.details, enabled: false } };
    assert.equal(findingsOf('forwarding-loop', runRules(model([disabledQueue, menu], numbers))).length, 0);
  });

  it('forwarding-loop: two menus whose keys lead to each other are navigation, not a loop', () => {
    const menu = (id: string, name: string, extension: string, to: string): HealthItem =>
      item('autoAttendant', id, { name, extension, businessHoursMenu: { keyConfigurations: [{ key: '9', action: 'TRANSFER_WITHOUT_PROMPT', value: to }] } });
    const numbers = [owned(undefined, '5801', { id: 'aaA', type: 'AUTO_ATTENDANT' }), owned(undefined, '5802', { id: 'aaB', type: 'AUTO_ATTENDANT' })];
    assert.equal(findingsOf('forwarding-loop', runRules(model([menu('aaA', 'Menu A', '5801', '5802'), menu('aaB', 'Menu B', '5802', '5801')], numbers))).length, 0);
    // One forward in the circle makes it a loop.
    const forwarded = { ...menu('aaB', 'Menu B', '5802', '5999'), forwarding: { callForwarding: { always: { enabled: true, destination: '5801' } } } };
    const found = findingsOf('forwarding-loop', runRules(model([menu('aaA', 'Menu A', '5801', '5802'), forwarded], numbers)));
    assert.deepEqual(found.map((finding) => finding.itemName), ['Menu A', 'Menu B']);
    assert.match(found[0].message, /^Calls loop: Menu A → Menu B → Menu A\./);
  });

  it('forwarding-loop: a feature forwarding always to itself, through its call forwarding', () => {
    const self = item('huntGroup', 'hgSelf', { name: 'Self', extension: '5601', agents: [agent('p1', 'Ann'), agent('p2', 'Bob')] }, { forwarding: { callForwarding: { always: { enabled: true, destination: '5601' } } } });
    const found = findingsOf('forwarding-loop', runRules(model([self], [owned(undefined, '5601', { id: 'hgSelf', type: 'HUNT_GROUP' })])));
    assert.deepEqual(found.map((finding) => [finding.itemName, finding.payload, finding.jsonPath]), [['Self', 'forwarding', ['callForwarding', 'always', 'destination']]]);
    assert.match(found[0].message, /Calls loop: Self → Self\./);
  });

  it('redirect-to-disabled: a transfer to a disabled hunt group or call queue', () => {
    const off = item('huntGroup', 'hgOff', { name: 'Closed Group', enabled: false, extension: '5701', agents: [agent('p1', 'Ann'), agent('p2', 'Bob')] });
    const sender = item('autoAttendant', 'aa', { name: 'Front Menu', extension: '5702', afterHoursMenu: { keyConfigurations: [{ key: '2', action: 'TRANSFER_WITH_PROMPT', value: '5701' }] } });
    const found = findingsOf('redirect-to-disabled', runRules(model([off, sender], [owned(undefined, '5701', { id: 'hgOff', type: 'HUNT_GROUP' })])));
    assert.deepEqual(found.map((finding) => [finding.itemName, finding.jsonPath]), [['Front Menu', ['afterHoursMenu', 'keyConfigurations', 0, 'value']]]);
    assert.match(found[0].message, /to the hunt group Closed Group, which is disabled/);
  });

  it('weights-not-100: only under WEIGHTED, with the total in the message', () => {
    const weighted = (id: string, weights: string[], policy = 'WEIGHTED'): HealthItem =>
      item('huntGroup', id, { name: id, extension: '58' + id.length, callPolicies: { policy }, agents: weights.map((weight, index) => agent(`${id}${index}`, `A${index}`, weight)) });
    const found = findingsOf('weights-not-100', runRules(model([weighted('short', ['50', '30']), weighted('exact', ['50', '30', '20']), weighted('circular', ['10', '10'], 'CIRCULAR')])));
    assert.deepEqual(found.map((finding) => finding.itemName), ['short']);
    assert.match(found[0].message, /add up to 80%, not 100%/);
  });

  it('no-number-or-extension and disabled-with-number: hunt groups only', () => {
    const findings = runRules(
      model([
        item('huntGroup', 'hgBare', { name: 'Unreachable', agents: [agent('p1', 'Ann'), agent('p2', 'Bob')] }),
        item('huntGroup', 'hgOff', { name: 'Switched Off', enabled: false, phoneNumber: '+14085550901', agents: [agent('p1', 'Ann'), agent('p2', 'Bob')] }),
        item('callQueue', 'cqBare', { name: 'Bare Queue', agents: [agent('p1', 'Ann'), agent('p2', 'Bob')] }),
      ]),
    );
    assert.deepEqual(findingsOf('no-number-or-extension', findings).map((finding) => [finding.itemName, finding.jsonPath]), [['Unreachable', ['phoneNumber']]]);
    assert.deepEqual(findingsOf('disabled-with-number', findings).map((finding) => [finding.itemName, finding.severity, finding.jsonPath]), [['Switched Off', 'information', ['phoneNumber']]]);
  });

  it('without the numbers list, no destination is judged (no guessing dead ends)', () => {
    const sender = item('huntGroup', 'hg', { name: 'Sender', extension: '5401', agents: [agent('p1', 'Ann'), agent('p2', 'Bob')], callPolicies: { busyRedirect: { enabled: true, destination: '5999' }, noAnswer: { forwardEnabled: true } } });
    const findings = runRules({ items: [sender] });
    assert.deepEqual(findings.map((finding) => finding.ruleId), ['empty-destination']);
  });

  it('hostile names stay one plain line in messages', () => {
    const findings = runRules(model([item('huntGroup', 'hgX', { name: 'Evil\u202E\nName [x](command:workbench.action.quit)', extension: '5999', agents: [] })]));
    assert.equal(findings[0].message, 'The hunt group Evil Name [x](command:workbench.action.quit) has no agents: nobody answers its calls.');
  });
});

describe('health configuration', () => {
  const org = (): HealthModel => model([item('huntGroup', 'hgEmpty', { name: 'Empty', agents: [] })]);

  it('overrides a severity, turns a rule off, and disables rules by id', () => {
    const ids = (findings: Finding[]): string[][] => findings.map((finding) => [finding.ruleId, finding.severity]);
    assert.deepEqual(ids(runRules(org())), [
      ['no-agents', 'warning'],
      ['no-number-or-extension', 'warning'],
    ]);
    assert.deepEqual(ids(runRules(org(), { severity: { 'no-agents': 'error', 'no-number-or-extension': 'information' } })), [
      ['no-agents', 'error'],
      ['no-number-or-extension', 'information'],
    ]);
    assert.deepEqual(ids(runRules(org(), { severity: { 'no-agents': 'off' } })), [['no-number-or-extension', 'warning']]);
    assert.deepEqual(ids(runRules(org(), { disabledRules: ['no-number-or-extension'] })), [['no-agents', 'warning']]);
    // A disabled rule stays off whatever severity is set for it.
    assert.deepEqual(ids(runRules(org(), { disabledRules: ['no-agents'], severity: { 'no-agents': 'error' } })), [['no-number-or-extension', 'warning']]);
  });

  it('a severity setting named like an inherited property changes nothing', () => {
    assert.equal(runRules(org(), { severity: JSON.parse('{"__proto__": {"no-agents": "off"}}') as Record<string, 'off'> }).length, 2);
  });

  it('package.json offers exactly the rule ids, and every rule has a section in the README', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { items?: { enum: string[] }; properties?: Record<string, unknown> }> } } };
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(properties['webexCalling.health.disabledRules'].items?.enum, RULE_IDS);
    assert.deepEqual(Object.keys(properties['webexCalling.health.severity'].properties ?? {}), RULE_IDS);
    const section = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const rule of RULES) assert.match(section, new RegExp(`^#### \`${rule.id}\`$`, 'm'), rule.id);
    assert.equal(new Set(RULE_IDS).size, RULE_IDS.length);
  });
});

describe('the line of the field at fault', () => {
  const payload = {
    id: 'x',
    name: 'Sales',
    empty: {},
    list: [1, { a: [] }, 'three'],
    callPolicies: { policy: 'CIRCULAR', noAnswer: { forwardEnabled: true, destination: '+1' }, skipped: undefined },
    agents: [{ id: 'a1', weight: '50' }, { id: 'a2' }],
  };
  const lines = JSON.stringify(payload, null, 2).split('\n');

  it('finds the key line of nested fields and array entries, as JSON.stringify prints them', () => {
    const expect = (jsonPath: (string | number)[], text: string): void => {
      const { line, found } = lineOfPath(payload, jsonPath);
      assert.deepEqual(found, jsonPath);
      assert.equal(lines[line].trim(), text);
    };
    expect(['callPolicies', 'noAnswer', 'destination'], '"destination": "+1"');
    expect(['agents', 1], '{');
    assert.equal(lineOfPath(payload, ['agents', 1]).line, lines.indexOf('      "id": "a2"') - 1);
    expect(['agents', 0, 'weight'], '"weight": "50"');
    expect(['list', 2], '"three"');
    expect(['empty'], '"empty": {},');
  });

  it('falls back to the deepest field that exists, and to the name for a path not in the document', () => {
    const missing = lineOfPath(payload, ['callPolicies', 'busyRedirect', 'destination']);
    assert.deepEqual(missing.found, ['callPolicies']);
    assert.equal(lines[missing.line].trim(), '"callPolicies": {');
    assert.equal(lines[lineOfPath(payload, ['callForwarding', 'always']).line].trim(), '"name": "Sales",');
    assert.equal(lines[lineOfPath(payload, []).line].trim(), '"name": "Sales",');
    assert.equal(lineOfPath(payload, ['agents', 7]).found.length, 1);
  });
});

describe('health rules on the sample organization', function () {
  this.timeout(60_000);
  let server: SampleServer;
  let findings: Finding[];

  before(async () => {
    server = await startSampleServer();
    const store = new OrgStore(new WebexCalling(new WebexClient({ baseUrl: server.baseUrl, getToken: () => SAMPLE_TOKEN })));
    const read = await readHealthData(store);
    assert.deepEqual(read.failures, []);
    assert.equal(read.numbersFailure, undefined);
    findings = runRules(read.model);
  });

  after(() => server?.close());

  const fires = (ruleId: string, itemName: string, message?: RegExp): void => {
    const found = findings.filter((finding) => finding.ruleId === ruleId && finding.itemName === itemName);
    assert.ok(found.length > 0, `${ruleId} on ${itemName}; found ${JSON.stringify(findingsOf(ruleId, findings).map((finding) => finding.itemName))}`);
    if (message) assert.ok(found.some((finding) => message.test(finding.message)), found.map((finding) => finding.message).join('\n'));
  };

  it('no-agents fires on New Hires', () => fires('no-agents', 'New Hires'));
  it('forwarding-loop fires on the London queue and switchboard', () => {
    fires('forwarding-loop', 'London Overflow Queue', /Calls loop: London Overflow Queue → London Switchboard → London Overflow Queue/);
    fires('forwarding-loop', 'London Switchboard');
  });
  it('redirect-to-disabled fires on Acme Main Menu (after hours key 1 → After Hours)', () => fires('redirect-to-disabled', 'Acme Main Menu', /After Hours, which is disabled/));
  it('dead-end-destination fires on Acme Main Menu (key 7 → an unassigned number)', () => fires('dead-end-destination', 'Acme Main Menu', /\+14085550177/));
  it('disabled-with-number fires on After Hours', () => fires('disabled-with-number', 'After Hours'));
  it('empty-destination fires on New Hires (call forwarding always with no destination)', () => fires('empty-destination', 'New Hires', /"always" \(callForwarding\.always\), but no destination is set/));
  it('single-agent and sole-agent-of-many fire on Loop East and Loop West (Marcus Reed alone in both)', () => {
    fires('single-agent', 'Loop West', /only one agent \(Marcus Reed\)/);
    fires('sole-agent-of-many', 'Loop East', /^Marcus Reed is the only agent of 2 groups \(Loop East, Loop West\)/);
    fires('sole-agent-of-many', 'Loop West');
  });
  it('weights-not-100 and no-number-or-extension fire on Denver Projects', () => {
    fires('weights-not-100', 'Denver Projects', /add up to 90%, not 100%/);
    fires('no-number-or-extension', 'Denver Projects');
  });
  it('every rule fires on at least one seeded item', () => {
    const silent = RULE_IDS.filter((ruleId) => findingsOf(ruleId, findings).length === 0);
    assert.deepEqual(silent, []);
  });
});

describe('rule evaluation at scale', () => {
  it('10,000 items evaluate in one pass (timed in npm run bench, "Rule evaluation over 10,000 items")', () => {
    const items: HealthItem[] = [];
    for (let index = 0; index < 10_000; index++) items.push(item('huntGroup', `hg${index}`, { name: `Group ${index}`, extension: String(10000 + index), agents: [agent(`p${index}`, 'A'), agent(`q${index}`, 'B')] }));
    assert.equal(runRules({ items, numbers: [] }).length, 0);
  });
});
