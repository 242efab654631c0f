// `GET /telephony/config/numbers` of the sample orgs: every number and extension of every location
// with its owner (the location's hunt groups, call queues and auto attendants, its people,
// workspaces and virtual lines, and its other owners), its unassigned numbers, and the location's
// main number, filtered as "Get Phone Numbers for an Organization with Given Criterias" documents.

import { RequestError } from './apiErrors';
import type { SampleLocationData, SampleOrg } from './data';
import type { ItemDetails } from './payloads';

/** One entry of the list, as Webex sends it (`location`, `owner` absent when unassigned). */
export interface SampleNumberEntry {
  phoneNumber?: string;
  extension?: string;
  routingPrefix?: string;
  esn?: string;
  state: 'ACTIVE' | 'INACTIVE';
  phoneNumberType: 'PRIMARY' | 'ALTERNATE';
  mainNumber: boolean;
  tollFreeNumber: boolean;
  location: { id: string; name: string };
  owner?: { id: string; type: string; firstName?: string; lastName?: string; displayName?: string };
}

interface Numbered {
  phoneNumber?: string;
  extension?: string;
  owner?: SampleNumberEntry['owner'];
  phoneNumberType?: 'PRIMARY' | 'ALTERNATE';
  state?: 'ACTIVE' | 'INACTIVE';
  tollFreeNumber?: boolean;
}

/** A feature's own numbers: its number and extension as one entry, then each alternate number. */
function featureNumbers(type: string, item: ItemDetails & { alternateNumbers?: unknown; alternateNumberSettings?: { alternateNumbers?: unknown } }): Numbered[] {
  // Features have no first and last name of their own: the owner is named by the feature's name.
  const owner = { id: item.id, type, firstName: item.name, displayName: item.name };
  const numbered: Numbered[] = [];
  if (item.phoneNumber !== undefined || item.extension !== undefined) {
    numbered.push({ phoneNumber: item.phoneNumber, extension: item.extension, owner, tollFreeNumber: item.tollFreeNumber });
  }
  const alternates = item.alternateNumbers ?? item.alternateNumberSettings?.alternateNumbers;
  for (const alternate of Array.isArray(alternates) ? (alternates as Array<{ phoneNumber?: unknown; tollFreeNumber?: unknown }>) : []) {
    if (typeof alternate.phoneNumber !== 'string') continue;
    numbered.push({ phoneNumber: alternate.phoneNumber, owner, phoneNumberType: 'ALTERNATE', tollFreeNumber: alternate.tollFreeNumber === true });
  }
  return numbered;
}

function numberedOf(where: SampleLocationData): Numbered[] {
  const numbered: Numbered[] = [
    ...where.huntGroups.flatMap((item) => featureNumbers('HUNT_GROUP', item)),
    ...where.callQueues.flatMap((item) => featureNumbers('CALL_QUEUE', item)),
    ...where.autoAttendants.flatMap((item) => featureNumbers('AUTO_ATTENDANT', item)),
  ];
  for (const member of where.members ?? []) {
    if (member.listed === false) continue;
    numbered.push({ phoneNumber: member.phoneNumber, extension: member.extension, owner: { id: member.id, type: member.type, firstName: member.firstName, lastName: member.lastName } });
  }
  for (const other of where.otherNumbers ?? []) {
    const owner = other.owner ? { id: other.owner.id, type: other.owner.type, firstName: other.owner.name, displayName: other.owner.name } : undefined;
    numbered.push({ phoneNumber: other.phoneNumber, extension: other.extension, owner, state: other.state, tollFreeNumber: other.tollFreeNumber });
  }
  return numbered;
}

/** The location's entries: the main number marked (listed unassigned if nothing owns it), sorted by number, then extension. */
function entriesOfLocation(where: SampleLocationData): SampleNumberEntry[] {
  const location = { id: where.location.id, name: where.location.name };
  const routingPrefix = typeof where.location.routingPrefix === 'string' ? where.location.routingPrefix : undefined;
  const mainNumber = where.location.callingLineId?.phoneNumber;
  const numbered = numberedOf(where);
  if (typeof mainNumber === 'string' && !numbered.some((each) => each.phoneNumber === mainNumber)) numbered.push({ phoneNumber: mainNumber });
  const keyed = numbered.map((each): [string, SampleNumberEntry] => {
    const entry = {} as SampleNumberEntry;
    if (each.phoneNumber !== undefined) entry.phoneNumber = each.phoneNumber;
    if (each.extension !== undefined) {
      entry.extension = each.extension;
      if (routingPrefix !== undefined) {
        entry.routingPrefix = routingPrefix;
        entry.esn = routingPrefix + each.extension;
      }
    }
    entry.state = each.state ?? 'ACTIVE';
    entry.phoneNumberType = each.phoneNumberType ?? 'PRIMARY';
    entry.mainNumber = each.phoneNumber !== undefined && each.phoneNumber === mainNumber;
    entry.tollFreeNumber = each.tollFreeNumber ?? false;
    entry.location = location;
    if (each.owner) entry.owner = each.owner;
    // Numbers first, then extensions alone ("number and extension in an ascending order").
    return [`${each.phoneNumber === undefined ? 1 : 0}${each.phoneNumber ?? ''}\n${each.extension ?? ''}`, entry];
  });
  keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return keyed.map(([, entry]) => entry);
}

/** Every entry of the org, location by location, and the entries of each number and extension. */
interface NumberIndex {
  entries: SampleNumberEntry[];
  byPhoneNumber: Map<string, SampleNumberEntry[]>;
  byExtension: Map<string, SampleNumberEntry[]>;
}

/**
 * Remembered per org until one of the lists it is made from is replaced (a hunt group deleted,
 * say), so paging through tens of thousands of entries, or looking numbers up one by one, costs one build.
 */
const built = new WeakMap<SampleOrg, { sources: unknown[]; index: NumberIndex }>();

function sourcesOf(org: SampleOrg): unknown[] {
  return org.locations.flatMap((where) => [where, where.location, where.huntGroups, where.callQueues, where.autoAttendants, where.members, where.otherNumbers]);
}

function indexOf(org: SampleOrg): NumberIndex {
  const sources = sourcesOf(org);
  const cached = built.get(org);
  if (cached && cached.sources.length === sources.length && cached.sources.every((source, index) => source === sources[index])) return cached.index;
  const entries = org.locations.flatMap(entriesOfLocation);
  const byPhoneNumber = new Map<string, SampleNumberEntry[]>();
  const byExtension = new Map<string, SampleNumberEntry[]>();
  const add = (map: Map<string, SampleNumberEntry[]>, key: string | undefined, entry: SampleNumberEntry): void => {
    if (key === undefined) return;
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of entries) {
    add(byPhoneNumber, entry.phoneNumber, entry);
    add(byExtension, entry.extension, entry);
  }
  const index = { entries, byPhoneNumber, byExtension };
  built.set(org, { sources, index });
  return index;
}

export function numberEntriesOf(org: SampleOrg): SampleNumberEntry[] {
  return indexOf(org).entries;
}

/** The entries `query` keeps (see filterNumbers), looked up by number or extension when it names one. */
export function matchingNumbers(org: SampleOrg, query: URLSearchParams): SampleNumberEntry[] {
  const index = indexOf(org);
  const phoneNumber = query.get('phoneNumber');
  const extension = query.get('extension');
  const candidates = phoneNumber !== null ? index.byPhoneNumber.get(phoneNumber) : extension !== null ? index.byExtension.get(extension) : index.entries;
  return filterNumbers(candidates ?? [], query);
}

function ownerNameOf(owner: NonNullable<SampleNumberEntry['owner']>): string {
  return owner.displayName ?? [owner.firstName, owner.lastName].filter((part) => part !== undefined).join(' ');
}

function booleanParam(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (raw !== 'true' && raw !== 'false') throw new RequestError(400, `Invalid value for '${name}': '${raw}'. Expected true or false.`);
  return raw === 'true';
}

const NUMBER_TYPES = ['NUMBER', 'EXTENSION'];

/**
 * The entries the documented filters keep. `phoneNumber` and `extension` match exactly,
 * `ownerName` is a case-insensitive part of the owner's name; `available=true` keeps unassigned
 * numbers. The docs forbid `available=true` with `ownerType`, and `numberType` with `available`
 * or `state`: those combinations are 400s.
 */
export function filterNumbers(entries: readonly SampleNumberEntry[], query: URLSearchParams): SampleNumberEntry[] {
  const available = booleanParam(query, 'available');
  const tollFreeNumbers = booleanParam(query, 'tollFreeNumbers');
  const numberType = query.get('numberType');
  const ownerType = query.get('ownerType');
  const state = query.get('state');
  if (available === true && ownerType !== null) throw new RequestError(400, "'available' cannot be used along with 'ownerType'.");
  if (numberType !== null && (available !== undefined || state !== null)) throw new RequestError(400, "'numberType' cannot be used along with 'available' or 'state'.");
  if (numberType !== null && !NUMBER_TYPES.includes(numberType)) throw new RequestError(400, `Invalid value for 'numberType': '${numberType}'. Expected one of ${NUMBER_TYPES.join(', ')}.`);
  const exact: Array<[string, (entry: SampleNumberEntry) => unknown]> = [
    ['phoneNumber', (entry) => entry.phoneNumber],
    ['extension', (entry) => entry.extension],
    ['locationId', (entry) => entry.location.id],
    ['ownerType', (entry) => entry.owner?.type],
    ['ownerId', (entry) => entry.owner?.id],
    ['state', (entry) => entry.state],
    ['phoneNumberType', (entry) => entry.phoneNumberType],
  ];
  const wanted = exact.map(([name, read]) => [query.get(name), read] as const).filter(([value]) => value !== null);
  const ownerName = query.get('ownerName')?.toLowerCase();
  return entries.filter((entry) => {
    if (!wanted.every(([value, read]) => read(entry) === value)) return false;
    if (ownerName !== undefined && !(entry.owner && ownerNameOf(entry.owner).toLowerCase().includes(ownerName))) return false;
    if (available !== undefined && (entry.owner === undefined && entry.phoneNumber !== undefined) !== available) return false;
    if (tollFreeNumbers !== undefined && entry.tollFreeNumber !== tollFreeNumbers) return false;
    if (numberType === 'NUMBER' && entry.phoneNumber === undefined) return false;
    if (numberType === 'EXTENSION' && entry.extension === undefined) return false;
    return true;
  });
}
