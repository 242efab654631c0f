// Hunt groups: one number ringing a set of agents by a policy.
import { ENDPOINTS } from '../endpoints';
import type { KindDescriptor } from '../kind';
import { numberSummary, payloadText } from '../words';
import { alternateNumbersGroup, huntGroupFacts, huntGroupMembers } from './describe';
import type { HuntGroupDetails, HuntGroupListItem } from './types';

export const huntGroupKind: KindDescriptor<HuntGroupListItem, HuntGroupDetails> = {
  kind: 'huntGroup',
  labels: {
    one: 'hunt group',
    many: 'hunt groups',
    title: 'Hunt group',
    folder: 'Hunt Groups',
    none: 'No hunt groups in this location',
    gone: 'No longer exists; the list was refreshed',
  },
  icon: 'call-incoming',
  endpoint: ENDPOINTS.huntGroup,
  scope: 'spark-admin:telephony_config_read',
  schemaFile: 'huntGroup.schema.json',
  jsonFolder: 'huntGroups',
  hasNumbers: true,
  hasMembers: true,
  traceable: true,
  rowDescription: (item) => [numberSummary(item), item.enabled === false ? 'disabled' : undefined].filter(Boolean).join(' · '),
  isDisabled: (item) => item.enabled === false,
  tooltipLines: (item) => [
    `Hunt group in ${item.locationName ?? ''}`,
    numberSummary(item) || 'No number or extension',
    item.enabled === false ? 'Disabled' : 'Enabled',
  ],
  searchNumbers: (item) => ({ extension: item.extension, esn: item.esn, phoneNumbers: [item.phoneNumber] }),
  facts: huntGroupFacts,
  factGroups: (details) => alternateNumbersGroup(details),
  members: huntGroupMembers,
  summary: (item, details) => ({
    extension: payloadText(details?.extension) ?? payloadText(item.extension),
    phoneNumber: payloadText(details?.phoneNumber) ?? payloadText(item.phoneNumber),
    enabled: typeof details?.enabled === 'boolean' ? details.enabled : item.enabled,
    policy: payloadText(details?.callPolicies?.policy),
  }),
};
