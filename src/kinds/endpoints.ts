// Where Webex keeps each kind, and the order kinds are shown in: the part of the registry the
// sample API needs too, kept apart so its bundle does not carry the descriptions and schemas.
import type { CallingFeature } from '../webex/calling';
import type { Kind } from './kind';

export const ENDPOINTS: Record<Kind, CallingFeature> = {
  huntGroup: { collection: 'huntGroups', listKey: 'huntGroups', orgWide: true },
  callQueue: { collection: 'queues', listKey: 'queues', orgWide: true },
  autoAttendant: { collection: 'autoAttendants', listKey: 'autoAttendants', orgWide: true },
  // Webex lists call pickups per location only.
  callPickup: { collection: 'callPickups', listKey: 'callPickups', orgWide: false },
};

/** Tree, Find and Export order. */
export const ALL_KINDS: readonly Kind[] = ['huntGroup', 'callQueue', 'autoAttendant', 'callPickup'];
