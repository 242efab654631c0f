// Every kind the extension shows, in the order the tree, Find and Export list them. Adding a kind
// means adding its descriptor here; `Record<Kind, …>` makes a forgotten one a compile error.
import { autoAttendantKind } from './autoAttendant/descriptor';
import { callPickupKind } from './callPickup/descriptor';
import { callQueueKind } from './callQueue/descriptor';
import type { Kind, KindDescriptor } from './kind';
import { huntGroupKind } from './huntGroup/descriptor';

// Each descriptor is typed for its own payloads; the registry hands them out as the general shape,
// and the payloads they receive come from their own endpoints.
export const KINDS: Record<Kind, KindDescriptor> = {
  huntGroup: huntGroupKind as unknown as KindDescriptor,
  callPickup: callPickupKind as unknown as KindDescriptor,
  callQueue: callQueueKind as unknown as KindDescriptor,
  autoAttendant: autoAttendantKind as unknown as KindDescriptor,
};

export { ALL_KINDS } from './endpoints';
