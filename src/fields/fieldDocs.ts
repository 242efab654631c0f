// Field documentation for the payloads the extension shows, by kind. The JSON Schemas under schemas/
// are the single source: VS Code's JSON language service reads them for hovers in the read-only JSON
// tabs, and this module reads the same files for the tree and hands them to the details webview.
// The reading itself is schemaDocs.ts, which takes any schema: this file only says which one.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Kind } from '../kinds/kind';
import type { SchemaNode } from './schemaRefs';
import { allDocumentedPathsIn, documentedChildKeysIn, enumMeaningIn, type FieldDoc, fieldDocIn, type FieldPathSegment } from './schemaDocs';

export type { FieldDoc } from './schemaDocs';

/** Each kind's details, its list entries, and locations: `schemas/<kind>.schema.json`. */
export type DocumentedKind = Kind | `${Kind}ListItem` | 'location';

// The schemas are read from the extension's own schemas/ folder when first needed, not bundled:
// they are most of the documentation's size, and the JSON tabs' hovers need the files anyway.
const schemas = new Map<DocumentedKind, SchemaNode>();
let schemaFolder: string | undefined;

/** The JSON Schema documenting this kind, as a plain object (the details view sends it to its page). */
export function schemaOf(kind: DocumentedKind): SchemaNode {
  let schema = schemas.get(kind);
  if (!schema) {
    schema = JSON.parse(fs.readFileSync(path.join(findSchemaFolder(), `${kind}.schema.json`), 'utf8')) as SchemaNode;
    schemas.set(kind, schema);
  }
  return schema;
}

/** schemas/ beside the bundle (dist/) or, for the compiled tests, a few folders up. */
function findSchemaFolder(): string {
  if (schemaFolder) return schemaFolder;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'schemas');
    if (fs.existsSync(path.join(candidate, 'location.schema.json'))) return (schemaFolder = candidate);
    if (path.dirname(dir) === dir) throw new Error(`The schemas folder was not found above ${__dirname}`);
  }
}

/** Documentation of the field at `path` (numbers index arrays), or undefined if the docs do not know it. */
export function fieldDoc(kind: DocumentedKind, path: readonly FieldPathSegment[]): FieldDoc | undefined {
  return fieldDocIn(schemaOf(kind), path);
}

/** What the enum value at `path` means, if the docs say. */
export function enumMeaning(kind: DocumentedKind, path: readonly FieldPathSegment[], value: unknown): string | undefined {
  return enumMeaningIn(schemaOf(kind), path, value);
}

/** The documented fields of the object at `path`, in schema order, observed-only fields left out. */
export function documentedChildKeys(kind: DocumentedKind, path: readonly FieldPathSegment[]): string[] {
  return documentedChildKeysIn(schemaOf(kind), path);
}

/** Every field path the schema describes, observed ones included: `callPolicies.noAnswer.nextAgentRings`, `agents[].type`. */
export function allDocumentedPaths(kind: DocumentedKind): string[] {
  return allDocumentedPathsIn(schemaOf(kind));
}
