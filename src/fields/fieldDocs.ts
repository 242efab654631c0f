// Field documentation for the payloads the extension shows. The JSON Schemas under schemas/ are the
// single source: VS Code's JSON language service reads them for hovers in the read-only JSON tabs,
// and this module reads the same files for the details webview and the tree.

import huntGroupSchema from '../../schemas/huntGroup.schema.json';
import callPickupSchema from '../../schemas/callPickup.schema.json';
import locationSchema from '../../schemas/location.schema.json';
import huntGroupListItemSchema from '../../schemas/huntGroupListItem.schema.json';
import callPickupListItemSchema from '../../schemas/callPickupListItem.schema.json';
import { resolveRefs, SchemaNode } from './schemaRefs';

export type DocumentedKind = 'huntGroup' | 'callPickup' | 'location' | 'huntGroupListItem' | 'callPickupListItem';

export interface FieldDoc {
  description: string;
  /** JSON type(s), e.g. `string` or `boolean | string`. */
  type?: string;
  /** Meaning of each enum value, keyed by the value. */
  enumDescriptions?: Record<string, string>;
  default?: unknown;
  deprecated?: boolean;
  /** Not in the published schema; documented from real payloads. */
  observed?: boolean;
  /** For an observed field: the documented field it stands in for (e.g. systemMaxNumberOfRings). */
  aliasOf?: string;
  maximum?: number;
  maxItems?: number;
  maxLength?: number;
}

type PathSegment = string | number;

const schemaFileNames: Record<DocumentedKind, string> = {
  huntGroup: 'huntGroup.schema.json',
  callPickup: 'callPickup.schema.json',
  location: 'location.schema.json',
  huntGroupListItem: 'huntGroupListItem.schema.json',
  callPickupListItem: 'callPickupListItem.schema.json',
};

// The imported JSON is typed by its literal shape; SchemaNode is the reading we rely on.
const schemas: Record<DocumentedKind, SchemaNode> = {
  huntGroup: huntGroupSchema as SchemaNode,
  callPickup: callPickupSchema as SchemaNode,
  location: locationSchema as SchemaNode,
  huntGroupListItem: huntGroupListItemSchema as SchemaNode,
  callPickupListItem: callPickupListItemSchema as SchemaNode,
};

/** The schema file under `schemas/` that documents this kind, e.g. `huntGroup.schema.json`. */
export function schemaFileName(kind: DocumentedKind): string {
  return schemaFileNames[kind];
}

/** Documentation of the field at `path` (numbers index arrays), or undefined if the docs do not know it. */
export function fieldDoc(kind: DocumentedKind, path: readonly PathSegment[]): FieldDoc | undefined {
  const node = schemaAt(kind, path);
  return node && toFieldDoc(node);
}

/** What the enum value at `path` means, if the docs say. */
export function enumMeaning(kind: DocumentedKind, path: readonly PathSegment[], value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const meanings = fieldDoc(kind, path)?.enumDescriptions;
  // Own keys only: a payload value such as "constructor" must not find Object.prototype members.
  return meanings && Object.hasOwn(meanings, value) ? meanings[value] : undefined;
}

/**
 * The documented fields of the object at `path`, in schema order. Observed-only fields are left out:
 * they are variants of documented ones, so their absence says nothing.
 */
export function documentedChildKeys(kind: DocumentedKind, path: readonly PathSegment[]): string[] {
  const node = schemaAt(kind, path);
  return Object.entries(node?.properties ?? {})
    .filter(([, child]) => !resolveRefs(schemas[kind], child)['x-observed'])
    .map(([key]) => key);
}

/** Every field path the schema describes, observed ones included: `callPolicies.noAnswer.nextAgentRings`, `agents[].type`. */
export function allDocumentedPaths(kind: DocumentedKind): string[] {
  const root = schemas[kind];
  const paths: string[] = [];
  const visit = (node: SchemaNode, prefix: string): void => {
    if (node.items) {
      visit(resolveRefs(root, node.items), `${prefix}[]`);
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      paths.push(path);
      visit(resolveRefs(root, child), path);
    }
  };
  visit(resolveRefs(root, root), '');
  return paths;
}

function schemaAt(kind: DocumentedKind, path: readonly PathSegment[]): SchemaNode | undefined {
  const root = schemas[kind];
  let node: SchemaNode | undefined = resolveRefs(root, root);
  for (const segment of path) {
    const child: SchemaNode | undefined =
      typeof segment === 'number'
        ? node.items
        : node.properties && Object.hasOwn(node.properties, segment)
          ? node.properties[segment]
          : undefined;
    if (!child) {
      return undefined;
    }
    node = resolveRefs(root, child);
  }
  return node;
}

function toFieldDoc(node: SchemaNode): FieldDoc {
  const doc: FieldDoc = { description: node.description ?? node.markdownDescription ?? '' };
  if (node.type !== undefined) {
    doc.type = Array.isArray(node.type) ? node.type.join(' | ') : node.type;
  }
  if (node.enum && node.enumDescriptions) {
    const meanings: Record<string, string> = {};
    node.enum.forEach((value, index) => {
      const meaning = node.enumDescriptions?.[index];
      if (typeof value === 'string' && meaning !== undefined) {
        meanings[value] = meaning;
      }
    });
    doc.enumDescriptions = meanings;
  }
  if (node.default !== undefined) doc.default = node.default;
  if (node.deprecated) doc.deprecated = true;
  if (node['x-observed']) doc.observed = true;
  if (node['x-aliasOf'] !== undefined) doc.aliasOf = node['x-aliasOf'];
  if (node.maximum !== undefined) doc.maximum = node.maximum;
  if (node.maxItems !== undefined) doc.maxItems = node.maxItems;
  if (node.maxLength !== undefined) doc.maxLength = node.maxLength;
  return doc;
}
