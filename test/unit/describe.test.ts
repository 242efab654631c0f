import * as assert from 'node:assert';
import { callPickupFacts, callPickupMembers } from '../../src/kinds/callPickup/describe';
import { alternateNumbersGroup, huntGroupFacts, huntGroupMembers, noAnswerSummary, redirectSummary } from '../../src/kinds/huntGroup/describe';
import type { HuntGroupDetails } from '../../src/kinds/huntGroup/types';
import { agentName, numberSummary } from '../../src/kinds/words';
import { clip } from '../../src/tree/rowText';
import { jsonDocumentPath } from '../../src/kinds/documentPath';

describe('Plain-words descriptions for the tree', () => {
  it('summarises numbers, leaving out what is missing', () => {
    assert.strictEqual(numberSummary({ extension: '5001', phoneNumber: '+14085550101' }), 'ext 5001 · +14085550101');
    assert.strictEqual(numberSummary({ extension: '5001' }), 'ext 5001');
    assert.strictEqual(numberSummary({ phoneNumber: '' }), '');
  });

  it('says what happens when nobody answers', () => {
    assert.strictEqual(
      noAnswerSummary({ nextAgentEnabled: true, nextAgentRings: 5, forwardEnabled: true, destination: '+14085550199', numberOfRings: 15 }),
      'advance to the next agent after 5 rings; forward to +14085550199 after 15 rings',
    );
    assert.strictEqual(noAnswerSummary({ nextAgentEnabled: false, forwardEnabled: false }), 'keep ringing (no advance, no forward)');
    assert.strictEqual(noAnswerSummary(undefined), 'not set');
    assert.strictEqual(noAnswerSummary({ nextAgentEnabled: true, nextAgentRings: 1 }), 'advance to the next agent after 1 ring');
  });

  it('describes redirects with their voicemail setting', () => {
    assert.strictEqual(redirectSummary({ enabled: true, destination: '7037344404', destinationVoicemailEnabled: true }), '7037344404 (voicemail)');
    assert.strictEqual(redirectSummary({ enabled: false, destination: '7037344404' }), 'off');
    assert.strictEqual(redirectSummary({ enabled: true }), 'an unset destination');
  });

  it('names the policy and explains it from the field documentation', () => {
    const facts = huntGroupFacts({ id: 'x', name: 'y', callPolicies: { policy: 'UNIFORM' } });
    const policy = facts.find((f) => f.key === 'policy')!;
    assert.strictEqual(policy.label, 'Policy: Longest idle');
    assert.match(policy.detail ?? '', /idle the longest/i);
  });

  it('puts a disabled hunt group\u2019s state first', () => {
    const facts = huntGroupFacts({ id: 'x', name: 'y', enabled: false, callPolicies: { policy: 'REGULAR' } });
    assert.strictEqual(facts[0].key, 'disabled');
  });

  it('survives a details payload with nothing in it', () => {
    const facts = huntGroupFacts({} as HuntGroupDetails);
    assert.strictEqual(facts[0].label, 'Policy: not set');
    assert.strictEqual(callPickupFacts({} as never)[0].label.startsWith('Notification: none'), true);
  });

  it('shows weights only under WEIGHTED', () => {
    const agent = { id: 'a', firstName: 'Ana', lastName: 'Ruiz', type: 'PEOPLE', extension: '7781', weight: '30' };
    const membersUnder = (policy: string) => huntGroupMembers({ id: 'x', name: 'y', callPolicies: { policy }, agents: [agent] });
    assert.strictEqual(membersUnder('WEIGHTED')[0].description, 'ext 7781 · PEOPLE · weight 30%');
    assert.strictEqual(membersUnder('CIRCULAR')[0].description, 'ext 7781 · PEOPLE');
  });

  it('reads call pickup agent numbers under either name, preferring the primary one', () => {
    const [fromNumbers, fromPhoneNumber] = callPickupMembers({
      id: 'x',
      name: 'y',
      agents: [
        {
          id: 'a', firstName: 'John', lastName: 'Brown', type: 'PEOPLE',
          numbers: [{ external: '+1999', extension: '1', primary: false }, { external: '+19075552859', extension: '8080', primary: 'true' }],
        },
        { id: 'b', displayName: 'Front Desk', phoneNumber: [{ extension: '8081' }] },
      ],
    });
    assert.strictEqual(fromNumbers.description, 'ext 8080 · +19075552859 · PEOPLE');
    assert.strictEqual(fromPhoneNumber.description, 'ext 8081');
    assert.strictEqual(fromPhoneNumber.name, 'Front Desk');
  });

  it('names an agent with no names by its ID rather than nothing', () => {
    assert.strictEqual(agentName({ id: 'Y2lz' }), 'Y2lz');
  });

  it('explains a ring pattern only when distinctive ring is on', () => {
    const alternateNumber = (entry: Record<string, unknown>, distinctiveRing: boolean) => alternateNumbersGroup({ alternateNumbers: [entry], distinctiveRing })[0].facts[0];
    assert.strictEqual(alternateNumber({ phoneNumber: '+1408', ringPattern: 'LONG_LONG' }, true).description, 'ring: LONG_LONG');
    assert.strictEqual(alternateNumber({ phoneNumber: '+1408', ringPattern: 'LONG_LONG' }, false).description, undefined);
    assert.match(alternateNumber({ ringPattern: 'LONG_LONG' }, true).detail ?? '', /two long rings/i);
  });

  it('clips long text for rows (tooltips keep it whole)', () => {
    const long = 'x'.repeat(10_000);
    assert.strictEqual(clip(long).length, 120);
    assert.strictEqual(clip('short'), 'short');
  });

  it('builds JSON document paths that hostile names cannot bend', () => {
    const item = { kind: 'huntGroup' as const, orgKey: 'acme', locationId: 'loc-1', itemId: 'Y2lzY29zcGFyazovL3VzL0hVTlRfR1JPVVAvYWJj' };
    assert.match(jsonDocumentPath({ ...item, name: 'Sales Line' }), /^\/acme\/huntGroups\/Sales-Line-[0-9a-f]{12}\.json$/);
    for (const name of ['../../etc/passwd', 'a/b\\c.json?x#y', '<script>', '\u202Egnp.exe', '東京 受付']) {
      const documentPath = jsonDocumentPath({ ...item, name });
      assert.match(documentPath, /^\/acme\/huntGroups\/[A-Za-z0-9_-]+\.json$/, documentPath);
    }
  });
});

describe('Row text against bidi spoofing', () => {
  it('drops right-to-left overrides so a name reads in its real order', () => {
    assert.strictEqual(clip('\u202Egnp.exe'), 'gnp.exe');
    assert.strictEqual(clip('a\u2066b\u2069c\u200F'), 'abc');
  });
});
