// "What sends calls here?": which items' exits reach a feature or person, matched by number or by
// extension within a location.
import * as assert from 'node:assert/strict';
import { routeTargetOf, whatSendsCallsHere, type RoutedItem } from '../../src/callFlow/reverse';

const items: RoutedItem[] = [
  {
    owner: 'huntGroup',
    id: 'hg-a',
    name: 'A',
    locationId: 'L1',
    details: { id: 'hg-a', callPolicies: { noAnswer: { forwardEnabled: true, numberOfRings: 3, destination: '6001' }, busyRedirect: { enabled: true, destination: '+1 408 555 0100' } } },
    forwarding: undefined,
  },
  { owner: 'huntGroup', id: 'hg-b', name: 'B (other site)', locationId: 'L2', details: { id: 'hg-b', callPolicies: { noAnswer: { forwardEnabled: true, destination: '6001' } } }, forwarding: undefined },
  { owner: 'autoAttendant', id: 'aa', name: 'Menu', locationId: 'L1', details: { id: 'aa', businessHoursMenu: { keyConfigurations: [{ key: '1', action: 'TRANSFER_WITHOUT_PROMPT', value: '*556001' }] } }, forwarding: undefined },
  { owner: 'member', id: 'p', name: 'Pat', locationId: 'L1', details: undefined, forwarding: { callForwarding: { always: { enabled: true, destination: '+14085550177' } } } },
  { owner: 'callQueue', id: 'cq', name: 'Queue', locationId: 'L1', details: { id: 'cq', queueSettings: { overflow: { action: 'TRANSFER_TO_PHONE_NUMBER', transferNumber: '9999' } } }, forwarding: undefined },
];

describe('whatSendsCallsHere', () => {
  it('finds redirects, menu keys and forwarding that reach the target by number or by extension in its location', () => {
    const target = routeTargetOf({ id: 'cq-support', phoneNumber: '+14085550100', extension: '6001', alternateNumberSettings: { alternateNumbers: [{ phoneNumber: '+14085550177' }] } }, 'L1');
    assert.deepEqual(target, { phoneNumbers: ['+14085550100', '+14085550177'], extensions: ['6001'], locationId: 'L1' });
    assert.deepEqual(
      whatSendsCallsHere(items, target).map((route) => `${route.item.name}: ${route.exit.condition}`),
      ['A: no answer after 3 rings', 'A: all agents busy', 'Menu: key 1', 'Pat: always'],
    );
  });

  it('finds nothing for a target nobody routes to, and reads hunt group alternate numbers', () => {
    assert.deepEqual(whatSendsCallsHere(items, routeTargetOf({ phoneNumber: '+10000000000', alternateNumbers: [{ phoneNumber: 7 }] }, 'L1')), []);
    assert.deepEqual(routeTargetOf({ alternateNumbers: [{ phoneNumber: '+1999' }, null, 'x'] }).phoneNumbers, ['+1999']);
  });
});
