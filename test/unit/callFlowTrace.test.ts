// The call-flow tracer over a scripted org: the graph it draws for chains through hunt groups, a
// call queue, an auto attendant and people; loops, dead ends, external numbers, a 403 on a person's
// forwarding, hostile names; the reads it makes (exactly the lower bound) and how many waves of
// parallel reads a chain takes.
import * as assert from 'node:assert/strict';
import type { CallFlow, FlowNode } from '../../src/callFlow/graph';
import { classifyDestination, traceCall } from '../../src/callFlow/trace';
import { countWaves, owned, peopleForbidden, ScriptedRouting } from './helpers/scriptedRouting';

const L1 = 'loc-1';

function node(flow: CallFlow, id: string): FlowNode {
  const found = flow.nodes.find((candidate) => candidate.id === id);
  assert.ok(found, `no node ${id} in ${flow.nodes.map((n) => n.id).join(', ')}`);
  return found;
}

/** Edges as "from -label-> to" for readable comparisons. */
function edgeList(flow: CallFlow): string[] {
  return flow.edges.map((edge) => `${edge.from} -${edge.label}-> ${edge.to}${edge.loop ? ' (loop)' : ''}`);
}

function huntGroup(id: string, name: string, callPolicies: Record<string, unknown>, agents: Record<string, unknown>[] = [], extra: Record<string, unknown> = {}) {
  return { kind: 'huntGroup' as const, locationId: L1, details: { id, name, enabled: true, callPolicies, agents, ...extra } };
}

/**
 * Sales (hunt group, +14085550100) rings two agents; no answer → ext 6001 (Support Queue);
 * all busy → +14155550199 (outside); unreachable → ext 5999 (nobody). The queue overflows to ext
 * 7001 (Main Menu, an auto attendant) whose key 1 goes to Pat (+14085550300), key 0 to the operator
 * ext 6001 (the queue again: a loop, and no new reads). Pat forwards on no answer to Robin's voicemail (ext 8002).
 */
function chainOrg(): ScriptedRouting {
  return new ScriptedRouting()
    .number(owned('+14085550100', '5001', L1, { id: 'hg-sales', type: 'HUNT_GROUP', lastName: 'Sales' }))
    .number(owned(undefined, '6001', L1, { id: 'cq-support', type: 'CALL_QUEUE', lastName: 'Support' }))
    .number(owned(undefined, '7001', L1, { id: 'aa-main', type: 'AUTO_ATTENDANT', lastName: 'Main' }))
    .number(owned('+14085550300', '8001', L1, { id: 'p-pat', type: 'PEOPLE', firstName: 'Pat', lastName: 'Lee' }))
    .number(owned(undefined, '8002', L1, { id: 'p-robin', type: 'PEOPLE', firstName: 'Robin', lastName: 'Diaz' }))
    .feature(
      huntGroup(
        'hg-sales',
        'Sales',
        {
          policy: 'CIRCULAR',
          waitingEnabled: false,
          noAnswer: { nextAgentEnabled: true, nextAgentRings: 3, forwardEnabled: true, numberOfRings: 5, destination: '6001' },
          busyRedirect: { enabled: true, destination: '+14155550199' },
          businessContinuityRedirect: { enabled: true, destination: '5999' },
        },
        [
          { id: 'p-alex', firstName: 'Alex', lastName: 'Kim', type: 'PEOPLE', extension: '8010' },
          { id: 'w-lobby', firstName: 'Lobby', type: 'PLACE', extension: '8011' },
        ],
        { phoneNumber: '+14085550100', extension: '5001' },
      ),
    )
    .feature({
      kind: 'callQueue',
      locationId: L1,
      details: { id: 'cq-support', name: 'Support Queue', extension: '6001', callPolicies: { policy: 'UNIFORM' }, agents: [], queueSettings: { queueSize: 10, overflow: { action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: '7001' } } },
    })
    .feature({
      kind: 'autoAttendant',
      locationId: L1,
      details: {
        id: 'aa-main',
        name: 'Main Menu',
        extension: '7001',
        businessSchedule: 'Weekdays',
        businessHoursMenu: { keyConfigurations: [{ key: '1', action: 'TRANSFER_WITHOUT_PROMPT', value: '+14085550300' }, { key: '0', action: 'TRANSFER_TO_OPERATOR', value: '6001' }] },
      },
    });
}

function withPatForwarding(source: ScriptedRouting): ScriptedRouting {
  source.members.set('p-pat', { callForwarding: { always: { enabled: false }, busy: { enabled: false }, noAnswer: { enabled: true, numberOfRings: 4, destination: '8002', destinationVoicemailEnabled: true } } });
  return source;
}

describe('traceCall', () => {
  describe('classifyDestination', () => {
    it('reads +digits as numbers, digits as extensions, strips *55 and separators, and refuses the rest', () => {
      assert.deepEqual(classifyDestination('+1 (408) 555-0100'), { type: 'phoneNumber', value: '+14085550100', voicemail: false });
      assert.deepEqual(classifyDestination('*555001'), { type: 'extension', value: '5001', voicemail: true });
      assert.deepEqual(classifyDestination('5001'), { type: 'extension', value: '5001', voicemail: false });
      assert.equal(classifyDestination('sip:x@y').type, 'invalid');
      assert.equal(classifyDestination('').type, 'invalid');
    });
  });

  it('follows a hunt group, a queue, an auto attendant and a person, in Webex order, naming each setting', async () => {
    const flow = await traceCall(withPatForwarding(chainOrg()), { dialled: '+14085550100' });
    const sales = 'feature:huntGroup:hg-sales';
    const queue = 'feature:callQueue:cq-support';
    const menu = 'feature:autoAttendant:aa-main';
    assert.deepEqual(edgeList(flow), [
      `start -call-> ${sales}`,
      `${sales} -rings-> ${sales}/agents`,
      `${sales}/agents -rings-> member:p-alex`,
      `${sales}/agents -rings-> member:w-lobby`,
      `${sales} -no answer after 5 rings-> ${queue}`,
      `${sales} -all agents busy-> external:+14155550199`,
      `${sales} -unreachable-> deadEnd:5999`,
      `${queue} -queued-> ${queue}/agents`,
      `${queue} -queue full-> ${menu}`,
      `${menu} -business hours (Weekdays)-> ${menu}/menu:businessHours`,
      `${menu}/menu:businessHours -key 1-> member:p-pat`,
      `${menu}/menu:businessHours -key 0 (operator)-> ${queue} (loop)`,
      'member:p-pat -no answer after 4 rings-> voicemail:member:p-robin',
    ]);
    assert.equal(node(flow, sales).label, 'Sales');
    assert.equal(node(flow, sales).detail, 'ext 5001 · +14085550100');
    assert.equal(node(flow, `${sales}/agents`).label, '2 agents (Circular)');
    assert.equal(node(flow, `${sales}/agents`).detail, 'next agent after 3 rings · busy agents: skipped');
    assert.equal(node(flow, queue).label, 'Support Queue');
    assert.equal(node(flow, 'external:+14155550199').type, 'external');
    assert.equal(node(flow, 'voicemail:member:p-robin').label, 'Voicemail of Robin Diaz');
    assert.deepEqual(node(flow, 'deadEnd:5999').problems.map((problem) => problem.kind), ['deadEnd']);
    assert.equal(flow.edges.find((edge) => edge.to === queue)?.setting, 'callPolicies.noAnswer');
    // The queue overflows to the menu, whose operator key is the queue again.
    assert.deepEqual(flow.loops, [['Support Queue', 'Main Menu', 'Support Queue']]);
  });

  it('reads exactly the lower bound: one lookup per distinct destination, details and forwarding once per feature, forwarding once per member reached', async () => {
    const source = withPatForwarding(chainOrg());
    const flow = await traceCall(source, { dialled: '+14085550100' });
    assert.deepEqual([...source.reads].sort(), [
      'details:autoAttendant:aa-main',
      'details:callQueue:cq-support',
      'details:huntGroup:hg-sales',
      `extension:${L1}:5999`,
      `extension:${L1}:6001`,
      `extension:${L1}:7001`,
      `extension:${L1}:8002`,
      'forwarding:autoAttendant:aa-main',
      'forwarding:callQueue:cq-support',
      'forwarding:huntGroup:hg-sales',
      'member:PEOPLE:p-pat',
      'number:+14085550100',
      'number:+14085550300',
      'number:+14155550199',
    ]);
    assert.equal(flow.requests, source.reads.length);
    assert.ok(!source.reads.some((read) => read.includes('p-alex') || read.includes('w-lobby')), 'agents rung by a hunt group: their own forwarding does not apply');
  });

  it('makes independent reads together: each wave waits only for what it needs', async () => {
    const source = withPatForwarding(chainOrg());
    const { result, waves } = await countWaves(source, () => traceCall(source, { dialled: '+14085550100' }));
    // 1: the dialled number; 2: Sales' details + forwarding; 3: its three destinations; 4: the
    // queue's details + forwarding; 5: ext 7001; 6: the menu's details + forwarding; 7: its two keys
    // (6001 is already known: no read); 8: Pat's forwarding; 9: ext 8002.
    assert.deepEqual(waves, [1, 2, 3, 2, 1, 2, 1, 1, 1]);
    assert.equal(result.requests, 14);
  });

  it('marks a loop between two hunt groups on the edge that closes it, names the cycle and ends', async () => {
    const source = new ScriptedRouting()
      .number(owned('+14085550001', '1001', L1, { id: 'hg-a', type: 'HUNT_GROUP' }))
      .number(owned(undefined, '1002', L1, { id: 'hg-b', type: 'HUNT_GROUP' }))
      .feature(huntGroup('hg-a', 'Loop A', { policy: 'REGULAR', noAnswer: { forwardEnabled: true, numberOfRings: 2, destination: '1002' } }))
      .feature(huntGroup('hg-b', 'Loop B', { policy: 'REGULAR', busyRedirect: { enabled: true, destination: '1001' } }));
    const flow = await traceCall(source, { dialled: '+14085550001' });
    assert.deepEqual(flow.loops, [['Loop A', 'Loop B', 'Loop A']]);
    assert.deepEqual(
      flow.edges.filter((edge) => edge.loop).map((edge) => [edge.from, edge.to, edge.label]),
      [['feature:huntGroup:hg-b', 'feature:huntGroup:hg-a', 'all agents busy']],
    );
    assert.deepEqual(node(flow, 'feature:huntGroup:hg-a').problems, [{ kind: 'loop', message: 'Calls loop: Loop A → Loop B → Loop A.' }]);
    assert.equal(source.reads.filter((read) => read === 'details:huntGroup:hg-a').length, 1, 'each group is read once');
  });

  it('draws no loop through agents: a hunt group ringing an agent ignores that agent’s forwarding', async () => {
    const source = new ScriptedRouting()
      .number(owned('+14085550001', '1001', L1, { id: 'hg-a', type: 'HUNT_GROUP' }))
      .number(owned('+14085550008', '8001', L1, { id: 'p-pat', type: 'PEOPLE', firstName: 'Pat' }))
      .feature(huntGroup('hg-a', 'Team', { policy: 'SIMULTANEOUS' }, [{ id: 'p-pat', firstName: 'Pat', type: 'PEOPLE' }]));
    source.members.set('p-pat', { callForwarding: { always: { enabled: true, destination: '1001' } } });
    // Pat forwards everything to Team, which rings Pat as an agent: the call stays there, no loop.
    const flow = await traceCall(source, { dialled: '+14085550008' });
    assert.deepEqual(flow.loops, []);
    assert.deepEqual(edgeList(flow), ['start -call-> member:p-pat', 'member:p-pat -always-> feature:huntGroup:hg-a', 'feature:huntGroup:hg-a -rings-> feature:huntGroup:hg-a/agents', 'feature:huntGroup:hg-a/agents -rings-> member:p-pat']);
  });

  it('expands a member first drawn as an agent when a call is routed to them', async () => {
    const source = new ScriptedRouting()
      .number(owned('+14085550001', '1001', L1, { id: 'hg-a', type: 'HUNT_GROUP' }))
      .number(owned(undefined, '8001', L1, { id: 'p-pat', type: 'PEOPLE', firstName: 'Pat' }))
      .feature(huntGroup('hg-a', 'Team', { policy: 'SIMULTANEOUS', businessContinuityRedirect: { enabled: true, destination: '8001' } }, [{ id: 'p-pat', firstName: 'Pat', type: 'PEOPLE' }]));
    source.members.set('p-pat', { callForwarding: { always: { enabled: true, destination: '1001' } } });
    const flow = await traceCall(source, { dialled: '+14085550001' });
    // Unreachable → Pat, whose "always" goes back to the group: that is a loop.
    assert.deepEqual(flow.loops, [['Team', 'Pat', 'Team']]);
    assert.deepEqual(flow.edges.filter((edge) => edge.loop).map((edge) => edge.label), ['always']);
    assert.equal(source.reads.filter((read) => read === 'member:PEOPLE:p-pat').length, 1);
  });

  it('flags the dead ends: an unassigned number, forwarding on with no destination, a disabled group, voicemail of a group', async () => {
    const source = new ScriptedRouting()
      .number(owned('+14085550001', '1001', L1, { id: 'hg-a', type: 'HUNT_GROUP' }))
      .number({ phoneNumber: '+14085550999', location: { id: L1 } })
      .number(owned(undefined, '1003', L1, { id: 'hg-off', type: 'HUNT_GROUP' }))
      .number(owned(undefined, '1004', L1, { id: 'hg-c', type: 'HUNT_GROUP' }))
      .feature(
        huntGroup('hg-a', 'Front', {
          policy: 'REGULAR',
          noAnswer: { forwardEnabled: true, numberOfRings: 3, destination: '+14085550999' },
          busyRedirect: { enabled: true },
          businessContinuityRedirect: { enabled: true, destination: '1003' },
        }),
      )
      .feature({ ...huntGroup('hg-off', 'Old Team', {}), details: { id: 'hg-off', name: 'Old Team', enabled: false, callPolicies: { busyRedirect: { enabled: true, destination: '1004' } } } })
      .feature(huntGroup('hg-c', 'C', {}));
    source.features.get('huntGroup:hg-a')!.forwarding = { callForwarding: { always: { enabled: false }, selective: { enabled: true, destination: '*551004' }, rules: [{ id: 'r1', name: 'Nights', enabled: true }] } };
    const flow = await traceCall(source, { dialled: '+14085550001' });
    const problems = (id: string) => node(flow, id).problems.map((problem) => `${problem.kind}: ${problem.message}`);
    assert.deepEqual(problems('deadEnd:+14085550999'), ['deadEnd: +14085550999 belongs to the organization but is not assigned to anyone.']);
    assert.deepEqual(problems('feature:huntGroup:hg-a/empty:callPolicies.busyRedirect'), ['deadEnd: all agents busy: forwarding is on but has no destination (callPolicies.busyRedirect).']);
    assert.deepEqual(problems('feature:huntGroup:hg-off'), ['disabled: Disabled: calls that reach it are not routed.']);
    assert.ok(!flow.edges.some((edge) => edge.from === 'feature:huntGroup:hg-off'), 'a disabled group routes nothing');
    assert.deepEqual(problems('voicemail:feature:huntGroup:hg-c'), ['noVoicemail: HUNT_GROUP has no voicemail: the call has nowhere to go.']);
    assert.ok(flow.edges.some((edge) => edge.label === 'selective rule "Nights"' && edge.to === 'voicemail:feature:huntGroup:hg-c'));
  });

  it('marks numbers the org does not have as external, and short extensions nobody has as dead ends', async () => {
    const source = new ScriptedRouting()
      .number(owned('+14085550001', '1001', L1, { id: 'hg-a', type: 'HUNT_GROUP' }))
      .feature(huntGroup('hg-a', 'A', { noAnswer: { forwardEnabled: true, destination: '4155550123' }, busyRedirect: { enabled: true, destination: '+442071234567' }, businessContinuityRedirect: { enabled: true, destination: '42' } }));
    const flow = await traceCall(source, { dialled: '+14085550001' });
    assert.equal(node(flow, 'external:4155550123').type, 'external');
    assert.equal(node(flow, 'external:+442071234567').type, 'external');
    assert.equal(node(flow, 'deadEnd:42').type, 'deadEnd');
  });

  it('goes on past a 403 on a person’s forwarding, naming the missing scope', async () => {
    const source = chainOrg();
    source.members.set('p-pat', { error: peopleForbidden('p-pat') });
    const flow = await traceCall(source, { dialled: '+14085550100' });
    assert.deepEqual(node(flow, 'member:p-pat').problems, [{ kind: 'forbidden', message: 'Their call forwarding could not be read: the token lacks the scope spark-admin:people_read.' }]);
    assert.ok(node(flow, 'external:+14155550199'), 'the other branches are traced');
  });

  it('keeps failed reads as problems: a number lookup, a feature’s forwarding', async () => {
    const source = chainOrg();
    source.failingLookups.add('6001');
    source.features.get('huntGroup:hg-sales')!.forwardingError = new Error('boom');
    const flow = await traceCall(source, { dialled: '+14085550100' });
    assert.deepEqual(node(flow, 'number:6001').problems.map((problem) => problem.kind), ['readFailed']);
    assert.deepEqual(node(flow, 'feature:huntGroup:hg-sales').problems, [{ kind: 'readFailed', message: 'Its call forwarding could not be read: boom' }]);
    assert.ok(node(flow, 'feature:huntGroup:hg-sales/agents'), 'the details still give the rest of the routing');
  });

  it('starts from a feature, and stops after "always" forwarding (the rest never happens)', async () => {
    const source = chainOrg();
    source.features.get('huntGroup:hg-sales')!.forwarding = { callForwarding: { always: { enabled: true, destination: '7001' }, selective: { enabled: false } } };
    const flow = await traceCall(source, { kind: 'huntGroup', locationId: L1, itemId: 'hg-sales' });
    assert.equal(flow.start, 'feature:huntGroup:hg-sales');
    assert.deepEqual(edgeList(flow).slice(0, 1), ['feature:huntGroup:hg-sales -always-> feature:autoAttendant:aa-main']);
    assert.ok(!flow.nodes.some((candidate) => candidate.id.endsWith('/agents') && candidate.id.startsWith('feature:huntGroup')), 'no agents ring');
  });

  it('keeps hostile names one-line plain text', async () => {
    const source = new ScriptedRouting()
      .number(owned('+14085550001', '1001', L1, { id: 'hg-x', type: 'HUNT_GROUP' }))
      .feature(huntGroup('hg-x', 'Evil"]\nclick n0 href "javascript:alert(1)"\u202e[x](http://e)', {}));
    const flow = await traceCall(source, { dialled: '+14085550001' });
    const label = node(flow, 'feature:huntGroup:hg-x').label;
    assert.equal(label, 'Evil"] click n0 href "javascript:alert(1)" [x](http://e)');
  });
});
