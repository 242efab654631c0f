// "What sends calls here?": from the inventory's items with their details and call forwarding,
// the exits (forwarding, redirects, overflow, menu keys) whose destination is one of a target's
// numbers or extensions. Pure: the caller reads the items (with the store's caches, as Export does),
// so asking again costs nothing. Destinations are read by the tracer's rule (classifyDestination).
import type { InventoryItem } from '../inventory';
import { KINDS } from '../kinds/registry';
import type { ForwardingKind } from '../store/orgStore';
import { destinationsOf, type RoutedOwner, type RoutingExit } from './destinations';
import { classifyDestination } from './trace';

/** An item of the inventory with what decides its routing. */
export interface RoutedItem {
  /** A feature kind, or 'member' for a person or workspace (their forwarding only). */
  owner: RoutedOwner;
  id: string;
  name: string;
  /** Where its extensions are dialled. */
  locationId?: string;
  details: unknown;
  forwarding: unknown;
}

/** What a call can be sent to: a feature's or person's numbers and extensions. */
export interface RouteTarget {
  phoneNumbers: readonly string[];
  extensions: readonly string[];
  /** Extensions are unique per location only: an extension matches within this location. */
  locationId?: string;
}

/** One way calls reach the target: an item and the exit that sends them. */
export interface IncomingRoute {
  item: Pick<RoutedItem, 'owner' | 'id' | 'name' | 'locationId'>;
  exit: RoutingExit;
}

type Json = Record<string, unknown>;

function texts(values: unknown[]): string[] {
  return values.filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

/** A feature's numbers and extensions from its details: the primary ones and the alternate numbers. */
export function routeTargetOf(details: unknown, locationId?: string): RouteTarget {
  const payload = record(details);
  // Hunt groups and auto attendants list alternateNumbers; call queues nest them in alternateNumberSettings.
  const alternates = [payload.alternateNumbers, record(payload.alternateNumberSettings).alternateNumbers].flatMap((list) => (Array.isArray(list) ? list : []));
  return {
    phoneNumbers: texts([payload.phoneNumber, ...alternates.map((entry) => record(entry).phoneNumber)]),
    extensions: texts([payload.extension]),
    locationId,
  };
}

function reaches(exit: RoutingExit, itemLocation: string | undefined, target: RouteTarget): boolean {
  if (exit.destination === undefined) return false;
  const query = classifyDestination(exit.destination);
  if (query.type === 'phoneNumber') return target.phoneNumbers.some((number) => classifyDestination(number).value === query.value);
  if (query.type !== 'extension') return false;
  const sameLocation = target.locationId === undefined || itemLocation === undefined || itemLocation === target.locationId;
  return sameLocation && target.extensions.includes(query.value);
}

/** Every exit of every item that sends calls to the target, in item order, then routing order. */
export function whatSendsCallsHere(items: readonly RoutedItem[], target: RouteTarget): IncomingRoute[] {
  const routes: IncomingRoute[] = [];
  for (const item of items) {
    for (const exit of destinationsOf(item.owner, item.details, item.forwarding)) {
      if (reaches(exit, item.locationId, target)) routes.push({ item: { owner: item.owner, id: item.id, name: item.name, locationId: item.locationId }, exit });
    }
  }
  return routes;
}

/**
 * The inventory's items with their call forwarding (one read per hunt group, call queue and auto
 * attendant, through the store's cache). Forwarding that cannot be read leaves only the item's own
 * settings to look at.
 */
export function routedItemsOf(
  store: { forwarding(kind: ForwardingKind, locationId: string, itemId: string): Promise<unknown> },
  items: readonly InventoryItem[],
): Promise<RoutedItem[]> {
  return Promise.all(
    items.map(async (item) => ({
      owner: item.kind,
      id: item.summary.id,
      name: item.summary.name,
      locationId: item.location.id,
      details: item.details,
      forwarding: KINDS[item.kind].traceable ? await store.forwarding(item.kind as ForwardingKind, item.location.id, item.summary.id).catch(() => undefined) : undefined,
    })),
  );
}
