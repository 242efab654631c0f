// The health model from what the check read: the inventory's items with their details, the org's
// numbers list and each feature's call forwarding.
import type { InventoryItem } from '../inventory/inventory';
import type { NumberEntry } from '../webex/routingTypes';
import type { HealthItem, HealthModel } from './types';

/** Forwarding payloads by `forwardingKey(item)`. */
export type ForwardingByItem = ReadonlyMap<string, unknown>;

export function forwardingKey(item: { kind: string; location: { id: string }; summary: { id: string } }): string {
  return `${item.kind}\n${item.location.id}\n${item.summary.id}`;
}

export function healthModel(items: readonly InventoryItem[], numbers: readonly NumberEntry[] | undefined, forwarding: ForwardingByItem = new Map()): HealthModel {
  return {
    items: items.map((item): HealthItem => {
      const healthItem: HealthItem = {
        kind: item.kind,
        itemId: item.summary.id,
        locationId: item.location.id,
        locationName: item.location.name,
        name: item.summary.name,
        summary: item.summary,
        details: item.details,
      };
      const key = forwardingKey(item);
      if (forwarding.has(key)) healthItem.forwarding = forwarding.get(key);
      return healthItem;
    }),
    numbers,
  };
}
