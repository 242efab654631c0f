import * as assert from 'node:assert/strict';
import { callPickupFacts, callPickupMembers, isPrimary, pickupAgentNumbers } from '../../src/kinds/callPickup/describe';
import type { CallPickupAgent, CallPickupDetails } from '../../src/kinds/callPickup/types';
import { alternateNumbersGroup } from '../../src/kinds/huntGroup/describe';
import type { Member } from '../../src/kinds/kind';

// The exact words the tree shows for a call pickup (and a hunt group's alternate numbers). Every
// expected value is written out here, so a dropped notification delay or a wrong number fails a test.

const pickup = (fields: Partial<CallPickupDetails>): CallPickupDetails => ({ id: 'cp', name: 'Front Desk', ...fields });

/** The one member a call pickup with just this agent has. */
const memberOf = (agent: CallPickupAgent): Member => {
  const members = callPickupMembers(pickup({ agents: [agent] }));
  assert.equal(members.length, 1);
  return members[0];
};

/** The one alternate number of a hunt group with just this entry. */
const alternateNumber = (entry: Record<string, unknown>, distinctiveRing: boolean) => {
  const groups = alternateNumbersGroup({ alternateNumbers: [entry], distinctiveRing });
  assert.equal(groups.length, 1);
  assert.equal(groups[0].facts.length, 1);
  return groups[0].facts[0];
};

describe('Call pickup wording in the tree', () => {
  describe('notification', () => {
    it('says how members are told and after how many seconds', () => {
      assert.deepEqual(callPickupFacts(pickup({ notificationType: 'AUDIO_ONLY', notificationDelayTimerSeconds: 9 })), [
        {
          key: 'notification',
          label: 'Notification: audio only after 9 s',
          description: 'AUDIO_ONLY',
          detail: 'After notificationDelayTimerSeconds seconds, an audio notification plays for each member of the call pickup group.',
          icon: 'bell',
        },
      ]);
      assert.equal(callPickupFacts(pickup({ notificationType: 'AUDIO_AND_VISUAL', notificationDelayTimerSeconds: 0 }))[0].label, 'Notification: audio and visual after 0 s');
      assert.equal(callPickupFacts(pickup({ notificationType: 'VISUAL_ONLY', notificationDelayTimerSeconds: 12 }))[0].label, 'Notification: visual only after 12 s');
    });

    it('says the default delay applies when the payload gives none', () => {
      assert.equal(callPickupFacts(pickup({ notificationType: 'VISUAL_ONLY' }))[0].label, 'Notification: visual only after the default delay');
    });

    it('says members are not told when the type is NONE or missing, whatever the delay', () => {
      const none = 'Notification: none — members are not told about unanswered calls';
      assert.deepEqual(callPickupFacts(pickup({ notificationType: 'NONE', notificationDelayTimerSeconds: 6 })), [
        { key: 'notification', label: none, description: 'NONE', detail: 'No notification is sent to the members of the call pickup group.', icon: 'bell' },
      ]);
      assert.deepEqual(callPickupFacts(pickup({ notificationDelayTimerSeconds: 6 })), [
        { key: 'notification', label: none, description: undefined, detail: undefined, icon: 'bell' },
      ]);
    });

    it('shows a type it does not know as sent, without a meaning', () => {
      assert.deepEqual(callPickupFacts(pickup({ notificationType: 'HAPTIC_ONLY', notificationDelayTimerSeconds: 3 }))[0], {
        key: 'notification',
        label: 'Notification: haptic only after 3 s',
        description: 'HAPTIC_ONLY',
        detail: undefined,
        icon: 'bell',
      });
    });
  });

  describe('agents', () => {
    it('reads primary as the boolean true or the string "true" only', () => {
      assert.equal(isPrimary({ primary: true }), true);
      assert.equal(isPrimary({ primary: 'true' }), true);
      assert.equal(isPrimary({ primary: 'false' }), false);
      assert.equal(isPrimary({ primary: false }), false);
      assert.equal(isPrimary({}), false);
    });

    it('shows the primary number, or the first one when none is primary', () => {
      const agent: CallPickupAgent = {
        id: 'a',
        firstName: 'John',
        type: 'PEOPLE',
        numbers: [
          { external: '+1111', extension: '1' },
          { external: '+2222', extension: '2', primary: true },
        ],
      };
      assert.deepEqual(memberOf(agent), {
        id: 'a',
        name: 'John',
        type: 'PEOPLE',
        phoneNumber: '+2222',
        extension: '2',
        esn: undefined,
        phoneNumbers: ['+2222', '+1111'],
        extensions: ['2', '1'],
        email: undefined,
        names: ['John'],
        description: 'ext 2 · +2222 · PEOPLE',
      });
      const noPrimary = memberOf({ id: 'b', numbers: [{ external: '+3333' }, { external: '+4444', primary: 'false' }] });
      assert.deepEqual(noPrimary, {
        id: 'b',
        name: 'b',
        type: undefined,
        phoneNumber: '+3333',
        extension: undefined,
        esn: undefined,
        phoneNumbers: ['+3333', '+4444'],
        extensions: [],
        email: undefined,
        names: [],
        description: '+3333',
      });
    });

    it('prefers `numbers` to `phoneNumber` and skips entries that are not objects', () => {
      const agent = { id: 'c', numbers: [null, 'x', { extension: '8080' }], phoneNumber: [{ extension: '9999' }] } as unknown as CallPickupAgent;
      assert.deepEqual(pickupAgentNumbers(agent), [{ extension: '8080' }]);
      assert.deepEqual(pickupAgentNumbers({ id: 'd', numbers: 'x' as never, phoneNumber: [{ extension: '9999' }] }), [{ extension: '9999' }]);
      assert.deepEqual(pickupAgentNumbers({ id: 'e' }), []);
    });

    it('describes an agent without numbers by type alone, or by nothing', () => {
      assert.equal(memberOf({ id: 'f', type: 'VIRTUAL_LINE', numbers: [] }).description, 'VIRTUAL_LINE');
      assert.equal(memberOf({ id: 'g', numbers: [{ primary: true }] }).description, '');
      assert.equal(memberOf({ id: 'h', type: 'PEOPLE', numbers: [{ primary: true }] }).description, 'PEOPLE');
    });
  });

  describe('alternate numbers', () => {
    it('labels the number and explains its ring pattern', () => {
      const { label, description, detail } = alternateNumber({ phoneNumber: '+14085550150', ringPattern: 'SHORT_SHORT_LONG' }, true);
      assert.deepEqual(
        { label, description, detail },
        { label: '+14085550150', description: 'ring: SHORT_SHORT_LONG', detail: 'Incoming ring pattern of two short rings followed by a long ring.' },
      );
      const blank = alternateNumber({ ringPattern: ' ' }, true);
      assert.deepEqual({ label: blank.label, description: blank.description, detail: blank.detail }, { label: 'number not set', description: undefined, detail: undefined });
    });
  });
});
