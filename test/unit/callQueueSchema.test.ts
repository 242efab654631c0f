import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../harness/repoRoot';

// The call queue schemas are measured against the Webex reference pages they were written from
// ("Get Details for a Call Queue", "Read the List of Call Queues"), kept in test/fixtures/webex-docs:
// every documented response field, nested ones included, must have a description in the schema, of
// a type the page allows, and every documented enum value its own enumDescription. The other way
// round, a schema field the pages do not list must be marked x-observed.

const docsDir = path.join(repoRoot, 'test', 'fixtures', 'webex-docs');
const schemasDir = path.join(repoRoot, 'schemas');

// ---- A reader for the YAML subset of the reference pages (no YAML parser is a dependency). ----

type Yaml = string | null | Yaml[] | { [key: string]: Yaml };

interface Line {
  indent: number;
  text: string;
}

/**
 * Maps, lists of maps (`- key: value`, the list at or below its key's indent) and scalars; a line
 * deeper than a key that already has a value continues that value (the pages' wrapped `doc:` text).
 */
function readYaml(source: string): Yaml {
  const lines: Line[] = source
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
    .map((line) => ({ indent: line.length - line.trimStart().length, text: line.trim() }));
  let at = 0;

  const scalar = (raw: string): Yaml => (raw === '[]' ? [] : raw === 'null' ? null : raw.replace(/^'|'$/g, ''));

  const readMap = (indent: number): { [key: string]: Yaml } => {
    const map: { [key: string]: Yaml } = {};
    while (at < lines.length && lines[at].indent === indent && !lines[at].text.startsWith('- ')) {
      const { text } = lines[at];
      const separator = text.indexOf(':');
      const key = text.slice(0, separator);
      const value = text.slice(separator + 1).trim();
      at++;
      if (value !== '') {
        map[key] = scalar(value);
        while (at < lines.length && lines[at].indent > indent) at++;
      } else if (at < lines.length && lines[at].text.startsWith('- ') && lines[at].indent >= indent) {
        map[key] = readList(lines[at].indent);
      } else if (at < lines.length && lines[at].indent > indent) {
        map[key] = readMap(lines[at].indent);
      } else {
        map[key] = null;
      }
    }
    return map;
  };

  const readList = (indent: number): Yaml[] => {
    const list: Yaml[] = [];
    while (at < lines.length && lines[at].indent === indent && lines[at].text.startsWith('- ')) {
      // The item's first key sits after the dash; read the item as a map two columns deeper.
      lines[at] = { indent: indent + 2, text: lines[at].text.slice(2) };
      list.push(readMap(indent + 2));
    }
    return list;
  };

  return readMap(0);
}

interface DocField {
  name: string;
  type: string;
  param_attrs: DocField[];
  param_object: DocField[];
}

interface DocumentedField {
  /** `queueSettings.overflow.action`, `agents[].type`. */
  path: string;
  /** The page's type: string, number, boolean, enum, object, array[…] or an object type's name. */
  type: string;
  enumValues: string[];
}

const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;

/** The page's response fields, flattened to paths. `param_attrs` holds either enum values or an array's/object's fields. */
function documentedFields(fileName: string): DocumentedField[] {
  const page = readYaml(fs.readFileSync(path.join(docsDir, fileName), 'utf8')) as unknown as { parameters_and_response: { 'Response Properties': DocField[] } };
  const fields: DocumentedField[] = [];
  const visit = (entries: DocField[], prefix: string): void => {
    for (const entry of entries) {
      const fieldPath = prefix ? `${prefix}.${entry.name}` : entry.name;
      const attrs = entry.param_attrs ?? [];
      const isEnum = attrs.length > 0 && attrs.every((attr) => ENUM_VALUE.test(attr.name) && (attr.param_attrs ?? []).length === 0);
      fields.push({ path: fieldPath, type: entry.type, enumValues: isEnum ? attrs.map((attr) => attr.name) : [] });
      const childPrefix = entry.type.startsWith('array[') ? `${fieldPath}[]` : fieldPath;
      if (!isEnum) visit(attrs, childPrefix);
      visit(entry.param_object ?? [], childPrefix);
    }
  };
  visit(page.parameters_and_response['Response Properties'], '');
  return fields;
}

// ---- The schema side. ----

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  enumDescriptions?: string[];
  'x-observed'?: boolean;
  definitions?: Record<string, SchemaNode>;
}

function readSchema(fileName: string): SchemaNode {
  return JSON.parse(fs.readFileSync(path.join(schemasDir, fileName), 'utf8')) as SchemaNode;
}

/** A node with its `$ref` followed; the referring node's own keywords (its description) win. */
function resolved(root: SchemaNode, node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const target = root.definitions?.[node.$ref.replace('#/definitions/', '')];
  assert.ok(target, `unresolved ${node.$ref}`);
  const { $ref: _ref, ...own } = node;
  return { ...resolved(root, target), ...own };
}

/** Every field of the schema by path, `[]` for array items, as the page writes them. */
function schemaFields(root: SchemaNode): Map<string, SchemaNode> {
  const fields = new Map<string, SchemaNode>();
  const visit = (node: SchemaNode, prefix: string): void => {
    if (node.items) visit(resolved(root, node.items), `${prefix}[]`);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const fieldPath = prefix ? `${prefix}.${key}` : key;
      const field = resolved(root, child);
      fields.set(fieldPath, field);
      visit(field, fieldPath);
    }
  };
  visit(root, '');
  return fields;
}

/** The JSON type the page's type means: an enum (whatever it is named) a string, `array[…]` an array, another named type an object. */
function jsonTypeOf(field: DocumentedField): string {
  const docType = field.type;
  if (docType === 'enum' || field.enumValues.length > 0) return 'string';
  if (docType.startsWith('array[')) return 'array';
  if (['string', 'number', 'boolean'].includes(docType)) return docType;
  return 'object';
}

interface Coverage {
  fields: number;
  described: number;
  enumValues: number;
  explained: number;
  problems: string[];
}

function coverage(documented: DocumentedField[], schema: SchemaNode): Coverage {
  const fields = schemaFields(schema);
  const result: Coverage = { fields: documented.length, described: 0, enumValues: 0, explained: 0, problems: [] };
  for (const field of documented) {
    const node = fields.get(field.path);
    if (!node) {
      result.problems.push(`${field.path}: not in the schema`);
    } else if (!node.description?.trim()) {
      result.problems.push(`${field.path}: no description`);
    } else {
      result.described++;
      const types = Array.isArray(node.type) ? node.type : [node.type];
      if (!types.includes(jsonTypeOf(field))) result.problems.push(`${field.path}: the page says ${field.type}, the schema ${String(node.type)}`);
    }
    for (const value of field.enumValues) {
      result.enumValues++;
      const index = node?.enum?.indexOf(value) ?? -1;
      const meaning = index >= 0 ? node?.enumDescriptions?.[index] : undefined;
      if (meaning?.trim()) result.explained++;
      else result.problems.push(`${field.path} = ${value}: no enumDescription`);
    }
  }
  return result;
}

describe('Call queue schemas against the Webex reference pages', () => {
  const detailsDocs = documentedFields('get-details-for-a-call-queue.yml');
  const listDocs = documentedFields('read-the-list-of-call-queues.yml')
    .filter((field) => field.path.startsWith('queues[].'))
    .map((field) => ({ ...field, path: field.path.slice('queues[].'.length) }));
  const detailsSchema = readSchema('callQueue.schema.json');
  const listSchema = readSchema('callQueueListItem.schema.json');

  it('reads the pages as they are: the field and enum counts written out here', () => {
    // Fixed figures, so that a reader that silently drops fields cannot make coverage look whole.
    assert.equal(detailsDocs.length, 95);
    assert.equal(detailsDocs.reduce((sum, field) => sum + field.enumValues.length, 0), 37);
    assert.deepEqual(listDocs.map((field) => field.path), ['id', 'name', 'locationName', 'locationId', 'phoneNumber', 'extension', 'enabled']);
    const action = detailsDocs.find((field) => field.path === 'queueSettings.overflow.action');
    assert.deepEqual(action, { path: 'queueSettings.overflow.action', type: 'enum', enumValues: ['PERFORM_BUSY_TREATMENT', 'PLAY_RINGING_UNTIL_CALLER_HANGS_UP', 'TRANSFER_TO_PHONE_NUMBER'] });
    assert.ok(detailsDocs.some((field) => field.path === 'alternateNumberSettings.alternateNumbers[].ringPattern' && field.enumValues.length === 4));
    assert.ok(detailsDocs.some((field) => field.path === 'queueSettings.mohMessage.alternateSource.audioFiles'));
    assert.ok(detailsDocs.some((field) => field.path === 'agents[].joinEnabled'));
  });

  it('describes every documented details field and explains every enum value (95/95, 37/37)', () => {
    const result = coverage(detailsDocs, detailsSchema);
    assert.deepEqual(result.problems, []);
    assert.deepEqual([result.described, result.fields, result.explained, result.enumValues], [95, 95, 37, 37]);
  });

  it('describes every documented list field (7/7)', () => {
    const result = coverage(listDocs, listSchema);
    assert.deepEqual(result.problems, []);
    assert.deepEqual([result.described, result.fields], [7, 7]);
  });

  it('marks every field the pages do not list as observed', () => {
    for (const [schema, docs] of [[detailsSchema, detailsDocs], [listSchema, listDocs]] as const) {
      const documented = new Set(docs.map((field) => field.path));
      const extra = [...schemaFields(schema)].filter(([fieldPath]) => !documented.has(fieldPath));
      for (const [fieldPath, node] of extra) assert.equal(node['x-observed'], true, `${fieldPath} is neither documented nor marked x-observed`);
    }
    const observed = (schema: SchemaNode) => [...schemaFields(schema)].filter(([, node]) => node['x-observed']).map(([fieldPath]) => fieldPath);
    assert.deepEqual(observed(detailsSchema), ['queueSettings.overflow.isTransferNumberSet', 'agents[].routingPrefix', 'agents[].esn']);
    assert.deepEqual(observed(listSchema), ['routingPrefix', 'esn']);
  });

  it('gives every enum one description per value, and keeps the documented limits and defaults', () => {
    for (const schema of [detailsSchema, listSchema]) {
      for (const [fieldPath, node] of schemaFields(schema)) {
        assert.ok(node.description?.trim(), `${fieldPath} has no description`);
        if (node.enum) assert.equal(node.enumDescriptions?.length, node.enum.length, `${fieldPath}: enum and enumDescriptions differ in length`);
      }
    }
    const fields = schemaFields(detailsSchema);
    const keywords = (fieldPath: string) => {
      const { description: _description, type: _type, enum: _enum, enumDescriptions: _meanings, ...rest } = fields.get(fieldPath) ?? {};
      return rest;
    };
    assert.deepEqual(keywords('queueSettings.overflow.overflowAfterWaitTime'), { minimum: 0, maximum: 7200 });
    assert.deepEqual(keywords('queueSettings.waitMessage.handlingTime'), { minimum: 10, maximum: 100 });
    assert.deepEqual(keywords('queueSettings.comfortMessage.timeBetweenMessages'), { minimum: 10, maximum: 600 });
    assert.deepEqual(keywords('queueSettings.comfortMessageBypass.callWaitingAgeThreshold'), { minimum: 1, maximum: 120 });
    assert.deepEqual(keywords('queueSettings.welcomeMessage.enabled'), { default: true });
    assert.deepEqual(keywords('queueSettings.waitMessage.minimumEstimatedCallbackTime'), { default: 30, minimum: 0 });
    assert.deepEqual(keywords('callPolicies.routingType'), { default: 'PRIORITY_BASED' });
    assert.deepEqual(keywords('alternateNumberSettings.alternateNumbers'), { maxItems: 10, items: fields.get('alternateNumberSettings.alternateNumbers')?.items });
    assert.deepEqual(keywords('agents[].joinEnabled'), { default: true });
  });

  it('explains the overflow actions and routing types in the documented words', () => {
    const fields = schemaFields(detailsSchema);
    const meanings = (fieldPath: string) => {
      const node = fields.get(fieldPath);
      return Object.fromEntries((node?.enum ?? []).map((value, index) => [value, node?.enumDescriptions?.[index]]));
    };
    assert.deepEqual(meanings('queueSettings.overflow.action'), {
      PERFORM_BUSY_TREATMENT: 'The caller hears a fast-busy tone.',
      PLAY_RINGING_UNTIL_CALLER_HANGS_UP: 'The caller hears ringing until they disconnect.',
      TRANSFER_TO_PHONE_NUMBER: 'Overflow calls are transferred to transferNumber.',
    });
    assert.deepEqual(meanings('callPolicies.routingType'), {
      PRIORITY_BASED: 'The default routing type: the routing policy alone dispatches calls to the agents.',
      SKILL_BASED: 'Skill level is the criterion for routing calls to agents. When more than one agent has the same skill level, the policy dispatches the calls among them.',
    });
    assert.equal(fields.get('queueSettings.welcomeMessage.greeting')?.description, 'Which welcome message plays: the default announcement, or the custom audio files in audioFiles.');
  });
});
