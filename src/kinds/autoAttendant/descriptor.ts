// The auto attendant kind: a number that answers with a greeting and a menu, and sends each key
// pressed somewhere else. Listed org-wide; read-only; no agents.
import { numberSummary, payloadText } from '../words';
import { ENDPOINTS } from '../endpoints';
import type { ItemSummary, KindDescriptor } from '../kind';
import { autoAttendantFactGroups, autoAttendantFacts, autoAttendantMembers } from './describe';
import type { AutoAttendantDetails, AutoAttendantListItem } from './types';

/** The list documents no `enabled`, but a payload that sends one is believed. */
function isSwitchedOff(item: AutoAttendantListItem): boolean {
  return item.enabled === false;
}

function enabledFrom(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export const autoAttendantKind: KindDescriptor<AutoAttendantListItem, AutoAttendantDetails> = {
  kind: 'autoAttendant',
  labels: {
    one: 'auto attendant',
    many: 'auto attendants',
    title: 'Auto attendant',
    folder: 'Auto Attendants',
    none: 'No auto attendants in this location',
    gone: 'No longer exists; the list was refreshed',
  },
  icon: 'list-tree',
  endpoint: ENDPOINTS.autoAttendant,
  scope: 'spark-admin:telephony_config_read',
  schemaFile: 'autoAttendant.schema.json',
  jsonFolder: 'autoAttendants',
  hasNumbers: true,
  hasMembers: false,
  traceable: true,

  rowDescription(item) {
    return [numberSummary(item), isSwitchedOff(item) ? 'disabled' : ''].filter(Boolean).join(' · ');
  },

  isDisabled: isSwitchedOff,

  tooltipLines(item) {
    const location = payloadText(item.locationName);
    const lines = [location ? `Auto attendant in ${location}` : 'Auto attendant', numberSummary(item) || 'No number or extension'];
    if (item.tollFreeNumber === true) lines.push('Toll-free number');
    if (isSwitchedOff(item)) lines.push('Disabled');
    return lines;
  },

  searchNumbers(item) {
    return { extension: item.extension, esn: item.esn, phoneNumbers: [item.phoneNumber] };
  },

  facts: autoAttendantFacts,
  factGroups: autoAttendantFactGroups,
  members: autoAttendantMembers,

  summary(item, details): ItemSummary {
    return {
      extension: payloadText(details?.extension) ?? payloadText(item.extension),
      phoneNumber: payloadText(details?.phoneNumber) ?? payloadText(item.phoneNumber),
      enabled: enabledFrom(details?.enabled) ?? enabledFrom(item.enabled),
    };
  },
};
