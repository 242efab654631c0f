import * as assert from 'node:assert';
import fc from 'fast-check';
import { callPickupFacts, callPickupMembers } from '../../src/kinds/callPickup/describe';
import { alternateNumbersGroup, huntGroupFacts, huntGroupMembers } from '../../src/kinds/huntGroup/describe';
import { numberSummary } from '../../src/kinds/words';
import { inertText } from '../../src/inertText';

// Whatever shape a payload has (fields missing, of the wrong type, null, nested oddly), the tree's
// builders produce text and never throw: one odd hunt group must not break a branch.
describe('Tree builders with random payloads', () => {
  const anyJson = fc.jsonValue({ maxDepth: 4 });
  const payloadLike = fc.dictionary(
    fc.constantFrom('id', 'name', 'enabled', 'extension', 'phoneNumber', 'callPolicies', 'agents', 'alternateNumbers', 'distinctiveRing',
      'policy', 'noAnswer', 'busyRedirect', 'businessContinuityRedirect', 'firstName', 'lastName', 'type', 'weight', 'numbers', 'notificationType',
      'notificationDelayTimerSeconds', 'language', 'timeZone', 'ringPattern', 'primary', 'external'),
    anyJson,
  );
  // An `id` is always a string in the API, so a generated one that is not becomes a fixed string.
  // (Converting it with String() threw whenever fast-check drew an object with a `toString` key.)
  const idOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
  type Drawn = { top: Record<string, unknown>; inner: Record<string, unknown>; agents: Record<string, unknown>[] };
  // Nested records so that callPolicies.noAnswer etc. get objects sometimes.
  const toPayload = ({ top, inner, agents }: Drawn) => ({
    ...top,
    id: idOr(top.id, 'x'),
    callPolicies: { ...inner, noAnswer: inner, busyRedirect: inner },
    agents: agents.map((agent) => ({ ...agent, id: idOr(agent.id, 'a') })),
    numbers: agents,
  });
  const nested = fc.record({ top: payloadLike, inner: payloadLike, agents: fc.array(payloadLike, { maxLength: 4 }) }).map(toPayload);
  // Values shaped like Object.prototype members, which fast-check draws only rarely: every run
  // starts with them rather than meeting them once in a hundred runs.
  const prototypeKeyed = { toString: 1, valueOf: 'x', constructor: null };
  const examples: [ReturnType<typeof toPayload>][] = [
    { top: { id: prototypeKeyed, name: prototypeKeyed }, inner: { policy: 'toString', destination: prototypeKeyed }, agents: [{ id: prototypeKeyed, firstName: prototypeKeyed, weight: prototypeKeyed }] },
    { top: { notificationType: 'constructor', notificationDelayTimerSeconds: prototypeKeyed }, inner: { policy: '__proto__' }, agents: [{ id: { toString: {} }, numbers: [prototypeKeyed] }] },
  ].map((drawn) => [toPayload(drawn)]);

  const isText = (value: unknown): boolean => typeof value === 'string';

  it('hunt group facts, alternate numbers and agents', () => {
    fc.assert(
      fc.property(nested, (payload) => {
        const details = payload as never;
        for (const fact of huntGroupFacts(details)) assert.ok(isText(fact.label) && isText(fact.icon));
        for (const group of alternateNumbersGroup(details)) group.facts.forEach((fact) => assert.ok(isText(fact.label)));
        const members = huntGroupMembers(details);
        // Every agent has a string id here, so none is dropped.
        assert.strictEqual(members.length, payload.agents.length);
        for (const member of members) assert.ok(isText(member.name) && isText(member.description));
      }),
      { numRuns: 300, examples },
    );
  });

  it('call pickup facts and agents', () => {
    fc.assert(
      fc.property(nested, (payload) => {
        for (const fact of callPickupFacts(payload as never)) assert.ok(isText(fact.label));
        const members = callPickupMembers(payload as never);
        assert.strictEqual(members.length, payload.agents.length);
        for (const member of members) assert.ok(isText(member.description));
      }),
      { numRuns: 300, examples },
    );
  });

  it('alternate numbers and number summaries', () => {
    fc.assert(
      fc.property(payloadLike, fc.boolean(), (entry, distinctive) => {
        const [group] = alternateNumbersGroup({ alternateNumbers: [entry], distinctiveRing: distinctive });
        assert.ok(isText(group.facts[0].label));
        assert.ok(isText(numberSummary(entry)));
      }),
    );
  });

  it('quick pick text never turns API text into icons or extra lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        const shown = inertText(`$(${value}`);
        assert.ok(!shown.includes('$('));
        assert.ok(!shown.includes(']('));
        assert.ok(!/[\r\n]/.test(shown));
      }),
    );
  });
});
