// The path of an item's read-only JSON document. It must end in .json under its kind's folder
// (huntGroups/, callQueues/…: the contributed schemas match on that), stay one path segment per part whatever
// the item is called, and be unique per item: the name makes it readable, and a short hash of the
// item's identity (kind, location, ID) tells apart items whose names read the same once made
// path-safe ("Sales/East", "Sales East"), that share a long prefix, or that are same-named call
// pickups of two locations (Webex derives a call pickup's ID from its name).
import { createHash } from 'node:crypto';
import type { Kind } from './kind';
import { KINDS } from './registry';

/** 12 hex digits: 48 bits, so two items of one org never meet by chance. */
const IDENTITY_HASH_LENGTH = 12;

export interface JsonDocumentItem {
  kind: Kind;
  orgKey: string;
  name: string;
  locationId: string;
  itemId: string;
}

export function jsonDocumentPath(item: JsonDocumentItem): string {
  return `/${slug(item.orgKey)}/${KINDS[item.kind].jsonFolder}/${slug(item.name)}-${identityHash(item)}.json`;
}

function identityHash(item: JsonDocumentItem): string {
  return createHash('sha256').update(JSON.stringify([item.kind, item.locationId, item.itemId])).digest('hex').slice(0, IDENTITY_HASH_LENGTH);
}

/** Path-safe: hostile names cannot add folders, change the extension or escape the scheme's path. */
export function slug(value: string): string {
  const cleaned = value
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return cleaned || 'item';
}
