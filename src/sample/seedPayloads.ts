// The example payloads printed at the end of the two public "Get Details" pages this extension
// was built from. The sample organization serves them unchanged (location "Alaska"), because they
// show how real responses differ from the OpenAPI schemas: `callingFirstName`/`callingLastName`,
// the `systemMaxNumberOfRing` typo, `agents[].type`, call pickup agent `numbers` and `primary` as
// the string "true". The call pickup page prints its `numbers` entries without commas; the content
// below is the same, written as valid JSON.

import type { CallPickupDetails } from '../kinds/callPickup/types';
import type { HuntGroupDetails } from '../kinds/huntGroup/types';

/** The example of "Get Details for a Hunt Group". */
export const SEED_HUNT_GROUP_DETAILS: HuntGroupDetails = {
  id: 'Y2lzY29zcGFyazovL3VzL0hVTlRfR1JPVVAvYUhaaFpUTjJNRzh5YjBBMk5EazBNVEk1Tnk1cGJuUXhNQzVpWTJ4a0xuZGxZbVY0TG1OdmJRPT0',
  name: 'hgnME3',
  enabled: true,
  extension: '079999',
  distinctiveRing: true,
  alternateNumbers: [],
  language: 'English',
  languageCode: 'en-US',
  callingFirstName: '.',
  callingLastName: 'hgnME3',
  timeZone: 'America/Los_Angeles',
  callPolicies: {
    policy: 'UNIFORM',
    waitingEnabled: false,
    groupBusyEnabled: true,
    allowMembersToControlGroupBusyEnabled: true,
    noAnswer: {
      nextAgentEnabled: false,
      nextAgentRings: 5,
      forwardEnabled: false,
      numberOfRings: 0,
      systemMaxNumberOfRing: 20,
      destinationVoicemailEnabled: false,
    },
    busyRedirect: { enabled: true, destination: '7037344404', destinationVoicemailEnabled: true },
    businessContinuityRedirect: { enabled: true, destination: '7037344405', destinationVoicemailEnabled: false },
  },
  agents: [
    {
      id: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS80YTc2ZmVmNC1mZjlmLTExZWItYWYwZC00M2YwZjY1NTdjYWI',
      firstName: 'John',
      lastName: 'Doe',
      type: 'PEOPLE',
      phoneNumber: '+15558675310',
      extension: '7781',
      routingPrefix: '123',
      esn: '1237781',
    },
    {
      id: 'Y2lzY29zcGFyazovL3VzL1BMQUNFLzg0YjQ1OTIyLWZmOWYtMTFlYi1hNGI4LTMzNjI3YmVkNjdiNQ',
      firstName: 'Alaska Office',
      lastName: 'Second Floor',
      type: 'PLACE',
      phoneNumber: '+15558675311',
      extension: '7781',
      routingPrefix: '123',
      esn: '1237781',
    },
    {
      id: 'Y2lzY29zcGFyazovL3VzL1ZJUlRVQUxfTElORS83MGY2MzYzMC1mZjlmLTExZWItODU5YS0xZjhiYjRjNzc3OGg=',
      firstName: 'Alice',
      lastName: 'Smith',
      type: 'VIRTUAL_LINE',
      phoneNumber: '+15558675311',
      extension: '7782',
      routingPrefix: '123',
      esn: '1237781',
    },
  ],
  huntGroupCallerIdForOutgoingCallsEnabled: true,
};

/** The example of "Get Details for a Call Pickup" (commas restored, nothing else changed). */
export const SEED_CALL_PICKUP_DETAILS: CallPickupDetails = {
  id: 'Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1kyRnNiRkJwWTJ0MWNEST0',
  name: 'South Alaska-Group',
  agents: [
    {
      id: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS80NDVkMzMzMC1mNjE3LTExZWItOWQyZS01NzViODE3ZGE2NmE',
      firstName: 'John',
      lastName: 'Brown',
      displayName: 'johnBrown',
      type: 'PEOPLE',
      email: 'john.brown@gmail.com',
      numbers: [{ external: '+19075552859', extension: '8080', primary: 'true' }],
    },
    {
      id: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS83MGY2MzYzMC1mZjlmLTExZWItODU5YS0xZjhiYjRjNzc1MWQ',
      firstName: 'Christian',
      lastName: 'Smith',
      displayName: 'ChristianS',
      type: 'PEOPLE',
      email: 'christians@gmail.com',
      numbers: [{ external: '+19075553859', extension: '8081', primary: 'true' }],
    },
  ],
};

/**
 * The call pickup listed next to the seed in the spec's list example ("North Alaska-Group"), with
 * the ID the spec prints. Its details are not on any page; the sample org fills them in.
 */
export const SEED_NORTH_ALASKA_PICKUP_ID = 'Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1kyRnNiRkJwWTJ0MWNERT0';
