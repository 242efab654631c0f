import * as assert from 'node:assert/strict';
import { allDocumentedPaths, documentedChildKeys, enumMeaning, fieldDoc } from '../../src/fields/fieldDocs';

// The documentation the details view and the tree show, read from schemas/ and written out here in
// full: a description moved to the wrong enum value, or a keyword lost or invented on the way from
// the schema to the view, fails a test.

describe('Field documentation as the views show it', () => {
  it('explains each hunt group policy with its own description', () => {
    const policy = ['callPolicies', 'policy'];
    assert.equal(
      enumMeaning('huntGroup', policy, 'REGULAR'),
      'Sends the call through the agents in order, starting from the top each time ("Top down" in Control Hub). Also supported for skill-based routing.',
    );
    assert.equal(enumMeaning('huntGroup', policy, 'SIMULTANEOUS'), 'Sends calls to all agents at once.');
    assert.deepEqual(fieldDoc('huntGroup', policy), {
      description: 'Call routing policy used to dispatch calls to agents.',
      type: 'string',
      enumDescriptions: {
        CIRCULAR: 'Cycles through all agents after the last agent that took a call, sending each call to the next available agent. Also supported for skill-based routing.',
        REGULAR: 'Sends the call through the agents in order, starting from the top each time ("Top down" in Control Hub). Also supported for skill-based routing.',
        SIMULTANEOUS: 'Sends calls to all agents at once.',
        UNIFORM: 'Sends calls to the agent that has been idle the longest; if they don\'t answer, to the agent idle the second longest, and so on until the call is answered ("Longest idle" in Control Hub). Also supported for skill-based routing.',
        WEIGHTED: 'Sends calls to idle agents based on the percentage assigned to each agent (up to 100%).',
      },
    });
  });

  it('explains each call pickup notification type', () => {
    assert.deepEqual(fieldDoc('callPickup', ['notificationType'])?.enumDescriptions, {
      NONE: 'No notification is sent to the members of the call pickup group.',
      AUDIO_ONLY: 'After notificationDelayTimerSeconds seconds, an audio notification plays for each member of the call pickup group.',
      VISUAL_ONLY: 'After notificationDelayTimerSeconds seconds, every member of the call pickup group gets a visual notification.',
      AUDIO_AND_VISUAL: 'After notificationDelayTimerSeconds seconds, every member of the call pickup group gets an audio and a visual notification.',
    });
  });

  it('carries exactly the keywords a field has: default, limits, deprecation', () => {
    assert.deepEqual(fieldDoc('callPickup', ['notificationDelayTimerSeconds']), {
      description: 'Seconds an incoming call stays unanswered before every member of the call pickup group is notified, in the way notificationType says. Defaults to 6.',
      type: 'number',
      default: 6,
    });
    assert.deepEqual(fieldDoc('callPickup', ['name']), { description: 'Unique name for the call pickup. At most 80 characters.', type: 'string', maxLength: 80 });
    assert.deepEqual(fieldDoc('huntGroup', ['callPolicies', 'noAnswer', 'numberOfRings']), {
      description: 'Number of rings before unanswered calls are forwarded, when forwardEnabled is true. At most systemMaxNumberOfRings (20 in the reference example).',
      type: 'number',
      maximum: 20,
    });
    assert.deepEqual(fieldDoc('huntGroup', ['firstName']), {
      description: 'First name to be shown when calls are forwarded out of this hunt group. Defaults to a period (.). Deprecated: use directLineCallerIdName and dialByName instead.',
      type: 'string',
      default: '.',
      deprecated: true,
    });
    assert.deepEqual(fieldDoc('location', ['id']), { description: 'A unique identifier for the location.', type: 'string' });
  });

  it('lets a field\u2019s own description win over the shared definition it refers to', () => {
    assert.deepEqual(fieldDoc('huntGroup', ['alternateNumbers', 4, 'ringPattern']), {
      description: 'Ring pattern for when this alternate number is called. Only available when distinctiveRing is enabled for the hunt group.',
      type: 'string',
      enumDescriptions: {
        NORMAL: 'Normal incoming ring pattern.',
        LONG_LONG: 'Incoming ring pattern of two long rings.',
        SHORT_SHORT_LONG: 'Incoming ring pattern of two short rings followed by a long ring.',
        SHORT_LONG_SHORT: 'Incoming ring pattern of a short ring, a long ring, then a short ring.',
      },
    });
  });

  it('marks observed fields with what they stand in for, and a union type as "a | b"', () => {
    assert.deepEqual(fieldDoc('huntGroup', ['callingFirstName']), {
      description: 'First name to be shown when calls are forwarded out of this hunt group (the documented name of this field is firstName). Not in the published schema; seen in real payloads.',
      type: 'string',
      observed: true,
      aliasOf: 'firstName',
    });
    assert.deepEqual(fieldDoc('callPickup', ['agents', 0, 'numbers', 0, 'primary']), {
      description: 'Flag to indicate the primary phone number (listed on the reference page). Real payloads send the string "true" rather than a boolean. Not in the published schema; seen in real payloads.',
      type: 'boolean | string',
      observed: true,
    });
  });

  it('explains only string values: an object or array that reads as a known value is not one', () => {
    const policy = ['callPolicies', 'policy'];
    assert.equal(enumMeaning('huntGroup', policy, { toString: () => 'UNIFORM' }), undefined);
    assert.equal(enumMeaning('huntGroup', policy, ['UNIFORM']), undefined);
    assert.equal(enumMeaning('huntGroup', ['noSuchField'], 'UNIFORM'), undefined);
  });

  it('lists the documented paths and child keys exactly, nothing added', () => {
    assert.deepEqual(allDocumentedPaths('callPickupListItem'), ['id', 'name', 'locationName', 'locationId']);
    assert.deepEqual(documentedChildKeys('callPickup', ['agents', 0, 'numbers', 0]), ['external', 'extension']);
  });
});
