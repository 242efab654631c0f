// Export Inventory: one row per agent membership (a group without agents still gets one row, with
// the agent columns empty), as CSV for spreadsheets or as JSON for scripts.
import type { Member } from '../kinds/kind';
import { groupFacts, membersOf } from './agents';
import { toCsv, type CsvOptions } from './csv';
import type { InventoryItem, ItemKind } from './inventory';

export interface InventoryRow {
  location: string;
  locationId: string;
  kind: ItemKind;
  groupName: string;
  groupId: string;
  groupExtension: string | null;
  groupNumber: string | null;
  policy: string | null;
  /** Null for call pickups, which cannot be switched off. */
  enabled: boolean | null;
  agentName: string | null;
  agentType: string | null;
  agentId: string | null;
  agentExtension: string | null;
  agentNumber: string | null;
  /** A percentage, only where the policy is WEIGHTED. */
  weight: string | null;
}

/** Column headings of the CSV, in the order of InventoryRow's keys. */
export const INVENTORY_COLUMNS: ReadonlyArray<readonly [keyof InventoryRow, string]> = [
  ['location', 'Location'],
  ['locationId', 'Location ID'],
  ['kind', 'Kind'],
  ['groupName', 'Group Name'],
  ['groupId', 'Group ID'],
  ['groupExtension', 'Group Extension'],
  ['groupNumber', 'Group Number'],
  ['policy', 'Policy'],
  ['enabled', 'Enabled'],
  ['agentName', 'Agent Name'],
  ['agentType', 'Agent Type'],
  ['agentId', 'Agent ID'],
  ['agentExtension', 'Agent Extension'],
  ['agentNumber', 'Agent Number'],
  ['weight', 'Weight'],
];

export function inventoryRows(items: readonly InventoryItem[]): InventoryRow[] {
  return items.flatMap((item) => {
    const group = groupFacts(item);
    const groupColumns = {
      location: group.location.name,
      locationId: group.location.id,
      kind: group.kind,
      groupName: group.name,
      groupId: group.id,
      groupExtension: group.extension ?? null,
      groupNumber: group.phoneNumber ?? null,
      policy: group.policy ?? null,
      enabled: group.enabled ?? null,
    };
    const agents: Array<Member | undefined> = membersOf(item);
    if (agents.length === 0) agents.push(undefined);
    return agents.map((agent) => ({
      ...groupColumns,
      agentName: agent?.name ?? null,
      agentType: agent?.type ?? null,
      agentId: agent?.id ?? null,
      agentExtension: agent?.extension ?? null,
      agentNumber: agent?.phoneNumber ?? null,
      weight: agent?.weight ?? null,
    }));
  });
}

/** RFC 4180 CSV with a heading row; formula-like cells neutralised (see csv.ts). */
export function inventoryToCsv(items: readonly InventoryItem[], options: CsvOptions = {}): string {
  const rows = inventoryRows(items).map((row) => INVENTORY_COLUMNS.map(([key]) => row[key]));
  return toCsv(
    INVENTORY_COLUMNS.map(([, heading]) => heading),
    rows,
    options,
  );
}

/** A JSON array of InventoryRow objects (every key present, null where empty), pretty-printed. */
export function inventoryToJson(items: readonly InventoryItem[]): string {
  return JSON.stringify(inventoryRows(items), null, 2) + '\n';
}
