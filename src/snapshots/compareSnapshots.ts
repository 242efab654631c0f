// What changed between two snapshots (or a snapshot and the live org): items added, removed,
// changed (and which top-level fields), and call pickups renamed. Webex derives a call pickup's ID
// from its name, so a renamed pickup looks like one removed and one added; it is recognised by its
// location and its members (the same set of member IDs), when exactly one pair matches.
import type { Kind } from '../kinds/kind';
import { KINDS } from '../kinds/registry';
import { sameJson } from './canonicalJson';
import type { ManifestUnread, SnapshotItem } from './format';

/** Kinds whose ID changes when they are renamed (see above). */
const ID_FOLLOWS_NAME: ReadonlySet<Kind> = new Set<Kind>(['callPickup']);

export interface ComparedSide {
  items: readonly SnapshotItem[];
  /** What that side could not read: its items are neither added nor removed, only unknown. */
  unread?: readonly ManifestUnread[];
}

export interface ChangedItem {
  old: SnapshotItem;
  new: SnapshotItem;
  /** Top-level fields whose value differs, sorted. */
  fields: string[];
}

export interface Comparison {
  added: SnapshotItem[];
  removed: SnapshotItem[];
  changed: ChangedItem[];
  /** Renamed call pickups; `fields` holds name and id too. */
  renamed: ChangedItem[];
  unchanged: number;
  /** Present on one side, and on the other side in something that could not be read. */
  unknown: SnapshotItem[];
}

export function compareSnapshots(older: ComparedSide, newer: ComparedSide): Comparison {
  const oldByKey = new Map(older.items.map((item) => [identity(item), item]));
  const newByKey = new Map(newer.items.map((item) => [identity(item), item]));
  const result: Comparison = { added: [], removed: [], changed: [], renamed: [], unchanged: 0, unknown: [] };
  let removed: SnapshotItem[] = [];
  for (const [key, old] of oldByKey) {
    const current = newByKey.get(key);
    if (!current) {
      removed.push(old);
      continue;
    }
    if (sameJson(old.details, current.details)) result.unchanged++;
    else result.changed.push({ old, new: current, fields: changedFields(old.details, current.details) });
  }
  let added = newer.items.filter((item) => !oldByKey.has(identity(item)));
  ({ removed, added } = matchRenames(removed, added, result.renamed));
  const notReadByNew = unreadMatcher(newer.unread);
  const notReadByOld = unreadMatcher(older.unread);
  for (const item of removed) (notReadByNew(item) ? result.unknown : result.removed).push(item);
  for (const item of added) (notReadByOld(item) ? result.unknown : result.added).push(item);
  return result;
}

/** Kind, location and ID: same-named call pickups of two locations share an ID. */
function identity(item: SnapshotItem): string {
  return JSON.stringify([item.kind, item.locationId, item.id]);
}

/** Top-level keys of either side whose values differ (key order does not count). */
export function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const fields: string[] = [];
  for (const key of keys) {
    const inA = Object.hasOwn(a, key);
    const inB = Object.hasOwn(b, key);
    if (inA !== inB || !sameJson(a[key], b[key])) fields.push(key);
  }
  return fields.sort();
}

/** Pairs removed and added items of rename-prone kinds by location and member set, one to one. */
function matchRenames(removed: SnapshotItem[], added: SnapshotItem[], renamed: ChangedItem[]): { removed: SnapshotItem[]; added: SnapshotItem[] } {
  const signature = (item: SnapshotItem): string | undefined => {
    if (!ID_FOLLOWS_NAME.has(item.kind)) return undefined;
    const members = KINDS[item.kind].members(item.details as { id: string }).map((member) => member.id).sort();
    return JSON.stringify([item.kind, item.locationId, members]);
  };
  const group = (items: SnapshotItem[]): Map<string, SnapshotItem[]> => {
    const groups = new Map<string, SnapshotItem[]>();
    for (const item of items) {
      const key = signature(item);
      if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    return groups;
  };
  const addedGroups = group(added);
  const paired = new Set<SnapshotItem>();
  for (const [key, olds] of group(removed)) {
    const news = addedGroups.get(key);
    // Two pickups with the same members renamed at once cannot be told apart: they stay added and removed.
    if (olds.length !== 1 || news?.length !== 1) continue;
    renamed.push({ old: olds[0], new: news[0], fields: changedFields(olds[0].details, news[0].details) });
    paired.add(olds[0]).add(news[0]);
  }
  return { removed: removed.filter((item) => !paired.has(item)), added: added.filter((item) => !paired.has(item)) };
}

/** Whether an item falls under something a side could not read: its own details, or its list. */
function unreadMatcher(unread: readonly ManifestUnread[] = []): (item: SnapshotItem) => boolean {
  const details = new Set(unread.filter((entry) => entry.id).map((entry) => JSON.stringify([entry.what, entry.id])));
  const lists = unread.filter((entry) => !entry.id && entry.what.endsWith('List'));
  return (item) =>
    details.has(JSON.stringify([item.kind, item.id])) ||
    lists.some((list) => list.what === `${item.kind}List` && (list.locationId === undefined || list.locationId === item.locationId));
}
