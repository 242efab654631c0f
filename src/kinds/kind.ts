// What the extension knows about one kind of Webex Calling feature (hunt group, call pickup, call
// queue, auto attendant), described once. The store, the tree, the commands, Find, Find Agent,
// Export, the JSON tabs, the details view and the sample API all read these descriptors, so a kind
// is added by writing its descriptor and registering it in registry.ts. No VS Code here: the
// descriptors are plain data and pure functions over API payloads, tested in plain Node.
import type { CallingFeature } from '../webex/calling';

/** Every kind the extension shows; `Record<Kind, …>` lookups make a forgotten kind a compile error. */
export type Kind = 'huntGroup' | 'callPickup' | 'callQueue' | 'autoAttendant';

/** What every list entry has. List entries of org-wide lists also name their location. */
export interface ListItem {
  id: string;
  name: string;
  locationId?: string;
  locationName?: string;
  [extra: string]: unknown;
}

/** One line of plain-words behaviour under an item: its policy, no-answer handling, a menu key. */
export interface Fact {
  /** Stable key among its siblings (tree item ids). */
  key: string;
  label: string;
  description?: string;
  /** The documented meaning, for the tooltip. */
  detail?: string;
  /** A codicon name. */
  icon: string;
}

/** A titled group of facts shown as one collapsible row: alternate numbers, a menu's keys. */
export interface FactGroup {
  key: string;
  label: string;
  description?: string;
  icon: string;
  facts: Fact[];
}

/**
 * A member (agent) of an item in one shape, whichever payload it came from. The tree, Find Agent
 * and Export all read this.
 */
export interface Member {
  id: string;
  name: string;
  /** PEOPLE, PLACE or VIRTUAL_LINE as sent. */
  type?: string;
  /** The primary extension and phone number. */
  extension?: string;
  phoneNumber?: string;
  esn?: string;
  /** Every phone number the payload lists for the member. */
  phoneNumbers: string[];
  /** Every extension the payload lists, the primary one first. */
  extensions: string[];
  email?: string;
  /** A percentage, set only where it decides anything (a WEIGHTED policy). */
  weight?: string;
  /** Name parts for matching: first, last and display name. */
  names: string[];
  /** One line for the tree row: "ext 5001 · +1408… · PEOPLE · weight 30%". */
  description: string;
}

/** What an item is, from its details where they say it, else from its list entry. */
export interface ItemSummary {
  extension?: string;
  phoneNumber?: string;
  /** Undefined for kinds that cannot be switched off (call pickups). */
  enabled?: boolean;
  /** The routing policy, where the kind has one. */
  policy?: string;
}

/** Words for people; the tree passes them through vscode.l10n. */
export interface KindLabels {
  /** "hunt group" */
  one: string;
  /** "hunt groups" */
  many: string;
  /** "Hunt group": the kind as a heading (quick pick details, the details view). */
  title: string;
  /** "Hunt Groups": the folder under a location. */
  folder: string;
  /** "No hunt groups in this location" */
  none: string;
  /** Shown for a moment when the item turned out to be gone (404) and its list is read again. */
  gone: string;
}

export interface KindDescriptor<Item extends ListItem = ListItem, Details extends { id: string } = { id: string; [key: string]: unknown }> {
  readonly kind: Kind;
  readonly labels: KindLabels;
  /** Codicon of the kind's items and folder. */
  readonly icon: string;
  /** Where Webex lists it and reads its details (see CallingFeature). */
  readonly endpoint: CallingFeature;
  /** The OAuth scope that reads it, named in 403 messages. */
  readonly scope: string;
  /** JSON Schema file under schemas/ (also matched by package.json's jsonValidation). */
  readonly schemaFile: string;
  /** Folder of its JSON tabs, `webex-calling:/<org>/<jsonFolder>/<name>-<hash>.json`. */
  readonly jsonFolder: string;
  /** Whether Find looks it up by number (call pickups have no number of their own). */
  readonly hasNumbers: boolean;
  /** Whether it has members (agents): Find Agent reads the details of those that do. */
  readonly hasMembers: boolean;
  /** Whether calls are routed through it (it has call forwarding): Show Call Flow traces it. */
  readonly traceable: boolean;
  /** The tree row's description: numbers, "disabled". */
  rowDescription(item: Item): string;
  /** Whether the list entry says it is switched off (the row is greyed). */
  isDisabled(item: Item): boolean;
  /** Tooltip lines of the tree row after its name. */
  tooltipLines(item: Item): string[];
  /** The numbers Find matches a number query against. */
  searchNumbers(item: Item): { extension?: unknown; esn?: unknown; phoneNumbers: unknown[] };
  /** Plain-words behaviour, shown as rows under the item. */
  facts(details: Details): Fact[];
  /** Collapsible groups of facts under the item (alternate numbers, menus); may be empty. */
  factGroups(details: Details): FactGroup[];
  /** Its members, valid entries only (an entry without a string id is dropped). */
  members(details: Details): Member[];
  /** Extension, number, on/off and policy, from the details where they say it. */
  summary(item: Item, details: Details | undefined): ItemSummary;
}
