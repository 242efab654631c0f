// What an inventory item is and who is in it, in one shape whichever kind it is: its kind's
// descriptor reads the payloads. Export rows and Find Agent both read this.
import type { Member } from '../kinds/kind';
import { KINDS } from '../kinds/registry';
import { payloadText } from '../kinds/words';
import type { InventoryItem } from './inventory';
import type { LocationRef } from './run';

export function membersOf(item: InventoryItem): Member[] {
  return KINDS[item.kind].members(item.details);
}

/** What an item is, from its details where they say it, else from its list entry. */
export interface GroupFacts {
  kind: InventoryItem['kind'];
  id: string;
  name: string;
  location: LocationRef;
  /** Only kinds that have them: a call pickup has no number, extension, policy or on/off switch. */
  extension?: string;
  phoneNumber?: string;
  enabled?: boolean;
  policy?: string;
}

export function groupFacts(item: InventoryItem): GroupFacts {
  return {
    kind: item.kind,
    id: item.summary.id,
    name: payloadText(item.details.name) ?? item.summary.name,
    location: item.location,
    ...KINDS[item.kind].summary(item.summary, item.details),
  };
}
