import * as assert from 'node:assert';
import fc from 'fast-check';
import {
  alternateNumberView,
  callPickupAgentView,
  callPickupFacts,
  huntGroupAgentView,
  huntGroupFacts,
  huntGroupTooltipLines,
  inertPickText,
  numberSummary,
} from '../../src/tree/describe';

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
  // Nested records so that callPolicies.noAnswer etc. get objects sometimes.
  const nested = fc.record({ top: payloadLike, inner: payloadLike, agents: fc.array(payloadLike, { maxLength: 4 }) }).map(({ top, inner, agents }) => ({
    ...top,
    id: typeof top.id === 'string' ? top.id : 'x',
    callPolicies: { ...inner, noAnswer: inner, busyRedirect: inner },
    agents: agents.map((agent) => ({ ...agent, id: String(agent.id ?? 'a') })),
    numbers: agents,
  }));

  const isText = (value: unknown): boolean => typeof value === 'string';

  it('hunt group facts, tooltips and agents', () => {
    fc.assert(
      fc.property(nested, (payload) => {
        const details = payload as never;
        for (const fact of huntGroupFacts(details)) assert.ok(isText(fact.label) && isText(fact.icon));
        huntGroupTooltipLines(details).forEach((line) => assert.ok(isText(line)));
        for (const agent of (payload.agents as never[])) {
          const view = huntGroupAgentView(agent, (payload.callPolicies as { policy?: unknown }).policy);
          assert.ok(isText(view.name) && isText(view.description));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('call pickup facts and agents', () => {
    fc.assert(
      fc.property(nested, (payload) => {
        for (const fact of callPickupFacts(payload as never)) assert.ok(isText(fact.label));
        for (const agent of (payload.agents as never[])) assert.ok(isText(callPickupAgentView(agent).description));
      }),
      { numRuns: 300 },
    );
  });

  it('alternate numbers and number summaries', () => {
    fc.assert(
      fc.property(payloadLike, fc.boolean(), (entry, distinctive) => {
        assert.ok(isText(alternateNumberView(entry, distinctive).label));
        assert.ok(isText(numberSummary(entry)));
      }),
    );
  });

  it('quick pick text never turns API text into icons or extra lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        const shown = inertPickText(`$(${value}`);
        assert.ok(!shown.includes('$('));
        assert.ok(!/[\r\n]/.test(shown));
      }),
    );
  });
});
