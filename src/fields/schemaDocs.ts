// Field documentation read from one JSON Schema (a plain object). Pure, with no schema of its own:
// the extension host passes the schema of a kind, and the details webview bundles this file to read
// the schema the host sent with a payload.

import { resolveRefs, type SchemaNode } from './schemaRefs';

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

export type FieldPathSegment = string | number;

/** Documentation of the field at `path` (numbers index arrays), or undefined if the schema does not know it. */
export function fieldDocIn(schema: SchemaNode, path: readonly FieldPathSegment[]): FieldDoc | undefined {
  const node = schemaAt(schema, path);
  return node && toFieldDoc(node);
}

/** What the enum value at `path` means, if the schema says. */
export function enumMeaningIn(schema: SchemaNode, path: readonly FieldPathSegment[], value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const meanings = fieldDocIn(schema, path)?.enumDescriptions;
  // Own keys only: a payload value such as "constructor" must not find Object.prototype members.
  return meanings && Object.hasOwn(meanings, value) ? meanings[value] : undefined;
}

/**
 * The documented fields of the object at `path`, in schema order. Observed-only fields are left out:
 * they are variants of documented ones, so their absence says nothing.
 */
export function documentedChildKeysIn(schema: SchemaNode, path: readonly FieldPathSegment[]): string[] {
  const node = schemaAt(schema, path);
  return Object.entries(node?.properties ?? {})
    .filter(([, child]) => !resolveRefs(schema, child)['x-observed'])
    .map(([key]) => key);
}

/** Every field path the schema describes, observed ones included: `callPolicies.noAnswer.nextAgentRings`, `agents[].type`. */
export function allDocumentedPathsIn(schema: SchemaNode): string[] {
  const paths: string[] = [];
  const visit = (node: SchemaNode, prefix: string): void => {
    if (node.items) {
      visit(resolveRefs(schema, node.items), `${prefix}[]`);
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      paths.push(path);
      visit(resolveRefs(schema, child), path);
    }
  };
  visit(resolveRefs(schema, schema), '');
  return paths;
}

function schemaAt(root: SchemaNode, path: readonly FieldPathSegment[]): SchemaNode | undefined {
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
