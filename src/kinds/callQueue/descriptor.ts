// The call queue kind: where Webex keeps call queues, how the tree names and describes them, and
// how Find, Find Agent and Export read them. Registered in ../registry.ts.
import { ENDPOINTS } from '../endpoints';
import type { ItemSummary, KindDescriptor } from '../kind';
import { numberSummary, payloadText } from '../words';
import { callQueueFactGroups, callQueueFacts, callQueueMembers } from './describe';
import type { CallQueueDetails, CallQueueListItem } from './types';

/** A list entry's or details' on/off switch, when it is a real boolean. */
function enabledFlag(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export const callQueueKind: KindDescriptor<CallQueueListItem, CallQueueDetails> = {
  kind: 'callQueue',
  labels: {
    one: 'call queue',
    many: 'call queues',
    title: 'Call queue',
    folder: 'Call Queues',
    none: 'No call queues in this location',
    gone: 'No longer exists; the list was refreshed',
  },
  icon: 'list-flat',
  endpoint: ENDPOINTS.callQueue,
  scope: 'spark-admin:telephony_config_read',
  schemaFile: 'callQueue.schema.json',
  jsonFolder: 'callQueues',
  hasNumbers: true,
  hasMembers: true,
  traceable: true,

  rowDescription(item) {
    return [numberSummary(item), item.enabled === false ? 'disabled' : undefined].filter(Boolean).join(' · ');
  },

  isDisabled(item) {
    return item.enabled === false;
  },

  tooltipLines(item) {
    const location = payloadText(item.locationName);
    return [
      location ? `Call queue in ${location}` : 'Call queue',
      numberSummary(item) || 'No number or extension',
      item.enabled === false ? 'Disabled' : 'Enabled',
    ];
  },

  searchNumbers(item) {
    return { extension: item.extension, esn: item.esn, phoneNumbers: [item.phoneNumber] };
  },

  facts: callQueueFacts,
  factGroups: callQueueFactGroups,
  members: callQueueMembers,

  summary(item, details): ItemSummary {
    const summary: ItemSummary = {};
    const extension = payloadText(details?.extension) ?? payloadText(item.extension);
    const phoneNumber = payloadText(details?.phoneNumber) ?? payloadText(item.phoneNumber);
    const enabled = enabledFlag(details?.enabled) ?? enabledFlag(item.enabled);
    const policies = details?.callPolicies;
    const policy = typeof policies === 'object' && policies !== null ? payloadText(policies.policy) : undefined;
    if (extension !== undefined) summary.extension = extension;
    if (phoneNumber !== undefined) summary.phoneNumber = phoneNumber;
    if (enabled !== undefined) summary.enabled = enabled;
    if (policy !== undefined) summary.policy = policy;
    return summary;
  },
};
