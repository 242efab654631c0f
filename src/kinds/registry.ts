// Every kind the extension shows, in the order the tree, Find and Export list them. Adding a kind
// means adding its descriptor here; `Record<Kind, …>` makes a forgotten one a compile error.
import { autoAttendantKind } from './autoAttendant/descriptor';
import { callPickupKind } from './callPickup/descriptor';
import { callQueueKind } from './callQueue/descriptor';
import type { Kind, KindDescriptor, Member } from './kind';
import { huntGroupKind } from './huntGroup/descriptor';

// Each descriptor is typed for its own payloads; the registry hands them out as the general shape,
// and the payloads they receive come from their own endpoints.
export const KINDS: Record<Kind, KindDescriptor> = {
  huntGroup: withMembersKept(huntGroupKind as unknown as KindDescriptor),
  callPickup: withMembersKept(callPickupKind as unknown as KindDescriptor),
  callQueue: withMembersKept(callQueueKind as unknown as KindDescriptor),
  autoAttendant: withMembersKept(autoAttendantKind as unknown as KindDescriptor),
};

/**
 * Members are read from the same payload by the tree, Export, Find Agent, the tracer and several
 * health rules: each payload's members are built once (kept while the payload is) and every caller
 * gets its own copy of the list.
 */
function withMembersKept(descriptor: KindDescriptor): KindDescriptor {
  const kept = new WeakMap<object, Member[]>();
  return {
    ...descriptor,
    members(details) {
      if (typeof details !== 'object' || details === null) return descriptor.members(details);
      let members = kept.get(details);
      if (!members) {
        members = descriptor.members(details);
        kept.set(details, members);
      }
      return [...members];
    },
  };
}

export { ALL_KINDS } from './endpoints';
