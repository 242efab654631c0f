import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../harness/repoRoot';
import {
  allDocumentedPaths,
  documentedChildKeys,
  DocumentedKind,
  enumMeaning,
  fieldDoc,
} from '../../src/fields/fieldDocs';

// Coverage is measured against the outside references, not against the schemas themselves: the
// example payloads of the two "Get Details" pages and the published OpenAPI specs, kept in
// test/fixtures so that the tests never depend on anything outside the repository.

const allKinds: DocumentedKind[] = ['huntGroup', 'callPickup', 'callQueue', 'autoAttendant', 'location', 'huntGroupListItem', 'callPickupListItem', 'callQueueListItem', 'autoAttendantListItem'];

const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
const seedsDir = path.join(fixturesDir, 'seeds');
const specsDir = path.join(fixturesDir, 'webex-openapi');

/** `agents[].type` → ['agents', 0, 'type']: any index stands for "an item of this array". */
function toSegments(dottedPath: string): (string | number)[] {
  return dottedPath.split('.').flatMap((part) => {
    const [key, ...arrays] = part.split('[]');
    return [...(key ? [key] : []), ...arrays.map(() => 0)];
  });
}

/** Every field path in a JSON value, arrays written as `[]`, each path once. */
function payloadPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) payloadPaths(item, `${prefix}[]`, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const childPath = prefix ? `${prefix}.${key}` : key;
      into.add(childPath);
      payloadPaths(child, childPath, into);
    }
  }
  return into;
}

/** Every value in a JSON value with its path segments (array indexes kept as numbers). */
function* payloadEntries(value: unknown, at: (string | number)[] = []): Generator<[(string | number)[], unknown]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      yield [[...at, index], item];
      yield* payloadEntries(item, [...at, index]);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      yield [[...at, key], child];
      yield* payloadEntries(child, [...at, key]);
    }
  }
}

/**
 * The example payload at the end of a seed page. The call pickup page's example is not valid JSON:
 * inside each `numbers` item the members are separated by line breaks that were lost, leaving
 * `"+19075552859" "extension":"8080" "primary": "true"`. A string followed by whitespace and another
 * string can only mean a missing comma (valid JSON always has `,` or `:` between two strings), so the
 * comma is put back. The payload itself stays as published.
 */
function seedExample(fileName: string): unknown {
  const text = fs.readFileSync(path.join(seedsDir, fileName), 'utf8');
  const start = text.search(/^\{/m);
  assert.ok(start >= 0, `${fileName} has no example payload`);
  const json = text.slice(start);
  try {
    return JSON.parse(json);
  } catch {
    return JSON.parse(json.replace(/"(\s+)"/g, '",$1"'));
  }
}

// ---- A reader for the part of YAML the OpenAPI specs use (no YAML parser is installed). ----

interface YamlNode {
  key: string;
  /** The scalar after `key:`, '' when the key opens a block. */
  value: string;
  indent: number;
  children: YamlNode[];
  /** Scalar list items (`- VALUE`) directly under the key, e.g. the values of an `enum:`. */
  items: string[];
}

/** Keys, nesting and scalar list items; enough to walk `components.schemas`. */
function readYamlOutline(text: string): YamlNode {
  const root: YamlNode = { key: '', value: '', indent: -1, children: [], items: [] };
  const stack: YamlNode[] = [root];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    const last = stack[stack.length - 1];
    // A deeper line under a key that already has a value continues that value (quoted or block scalar).
    if (indent > last.indent && last.value !== '') continue;
    if (trimmed.startsWith('- ')) {
      while (stack[stack.length - 1].indent > indent) stack.pop();
      stack[stack.length - 1].items.push(unquote(trimmed.slice(2).trim()));
      continue;
    }
    const separator = trimmed.indexOf(': ');
    if (separator < 0 && !trimmed.endsWith(':')) continue;
    const key = unquote(separator < 0 ? trimmed.slice(0, -1) : trimmed.slice(0, separator));
    const value = separator < 0 ? '' : trimmed.slice(separator + 2).trim();
    while (stack[stack.length - 1].indent >= indent) stack.pop();
    const node: YamlNode = { key, value, indent, children: [], items: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  }
  return root;
}

function unquote(text: string): string {
  return /^(['"]).*\1$/.test(text) ? text.slice(1, -1) : text;
}

function child(node: YamlNode | undefined, key: string): YamlNode | undefined {
  return node?.children.find((candidate) => candidate.key === key);
}

/** Field paths of a named component schema (following `$ref`s), each with its enum values if any. */
function specFields(specFile: string, schemaName: string): Map<string, string[]> {
  const spec = readYamlOutline(fs.readFileSync(path.join(specsDir, specFile), 'utf8'));
  const components = child(child(spec, 'components'), 'schemas');
  const deref = (node: YamlNode): YamlNode => {
    const ref = child(node, '$ref')?.value;
    if (!ref) return node;
    const target = child(components, unquote(ref).replace('#/components/schemas/', ''));
    assert.ok(target, `${specFile}: unresolved ${ref}`);
    return deref(target);
  };
  const fields = new Map<string, string[]>();
  const visit = (node: YamlNode, prefix: string): void => {
    const items = child(node, 'items');
    if (items) visit(deref(items), `${prefix}[]`);
    for (const property of child(node, 'properties')?.children ?? []) {
      const fieldPath = prefix ? `${prefix}.${property.key}` : property.key;
      const resolved = deref(property);
      fields.set(fieldPath, child(resolved, 'enum')?.items ?? []);
      visit(resolved, fieldPath);
    }
  };
  const schema = child(components, schemaName);
  assert.ok(schema, `${specFile} has no schema ${schemaName}`);
  visit(deref(schema), '');
  return fields;
}

/** A field path with every observed stand-in replaced by the documented field it stands in for. */
function documentedName(kind: DocumentedKind, dottedPath: string): string {
  const parts = dottedPath.split('.');
  return parts
    .map((part, index) => {
      const key = part.replace(/\[\]/g, '');
      const aliasOf = fieldDoc(kind, toSegments(parts.slice(0, index + 1).join('.').replace(/\[\]$/, '')))?.aliasOf;
      return aliasOf ? part.replace(key, aliasOf) : part;
    })
    .join('.');
}

/** JSON type names of a value, as JSON Schema's `type` keyword names them. */
function jsonTypes(value: unknown): string[] {
  if (value === null) return ['null'];
  if (Array.isArray(value)) return ['array'];
  if (typeof value === 'number') return Number.isInteger(value) ? ['number', 'integer'] : ['number'];
  return [typeof value];
}

interface Reference {
  source: string;
  kind: DocumentedKind;
  paths: Map<string, string[]>;
}

const seedPages: [string, DocumentedKind][] = [
  ['get-hunt-group-details.txt', 'huntGroup'],
  ['get-call-pickup-details.txt', 'callPickup'],
];

const specSchemas: [string, string, DocumentedKind][] = [
  ['webex-features-hunt-group-api-openapi.yml', 'GetHuntGroupObject', 'huntGroup'],
  ['webex-features-hunt-group-api-openapi.yml', 'ListHuntGroupObject', 'huntGroupListItem'],
  ['webex-features-call-pickup-api-openapi.yml', 'GetCallPickupObject', 'callPickup'],
  ['webex-features-call-pickup-api-openapi.yml', 'ListCallPickupObject', 'callPickupListItem'],
  ['webex-locations-api-openapi.yml', 'Location', 'location'],
  ['webex-locations-api-openapi.yml', 'PostCommonLocationObject', 'location'],
];

describe('field documentation', () => {
  describe('coverage of the reference pages and specs', () => {
    const references = (): Reference[] => [
      ...seedPages.map(([file, kind]) => {
        const paths = new Map<string, string[]>();
        for (const fieldPath of payloadPaths(seedExample(file))) paths.set(fieldPath, []);
        return { source: file, kind, paths };
      }),
      ...specSchemas.map(([file, schema, kind]) => ({ source: `${file}#${schema}`, kind, paths: specFields(file, schema) })),
    ];

    it('documents every field and every enum value (100%)', () => {
      const fields = new Set<string>();
      const undocumentedFields: string[] = [];
      const enumValues = new Set<string>();
      const unexplainedValues: string[] = [];
      for (const { source, kind, paths } of references()) {
        for (const [fieldPath, values] of paths) {
          const id = `${kind}:${fieldPath}`;
          fields.add(id);
          if (!fieldDoc(kind, toSegments(fieldPath))?.description) undocumentedFields.push(`${id} (${source})`);
          for (const value of values) {
            enumValues.add(`${id}=${value}`);
            if (!enumMeaning(kind, toSegments(fieldPath), value)) unexplainedValues.push(`${id}=${value} (${source})`);
          }
        }
      }
      const documented = fields.size - new Set(undocumentedFields.map((entry) => entry.split(' ')[0])).size;
      const explained = enumValues.size - new Set(unexplainedValues.map((entry) => entry.split(' ')[0])).size;
      console.log(`      fields documented: ${documented}/${fields.size}, enum values: ${explained}/${enumValues.size} (seed examples and specs)`);
      assert.deepEqual(undocumentedFields, []);
      assert.deepEqual(unexplainedValues, []);
    });

    it('describes every field and enum value the schemas themselves list', () => {
      const missing: string[] = [];
      for (const kind of allKinds) {
        for (const fieldPath of allDocumentedPaths(kind)) {
          const doc = fieldDoc(kind, toSegments(fieldPath));
          if (!doc?.description) missing.push(`${kind}:${fieldPath}`);
          for (const [value, meaning] of Object.entries(doc?.enumDescriptions ?? {})) {
            if (!meaning) missing.push(`${kind}:${fieldPath}=${value}`);
          }
        }
      }
      assert.deepEqual(missing, []);
    });

    it('marks the seed examples\' fields that the specs lack as observed, and only those', () => {
      for (const [file, kind] of seedPages) {
        const specPaths = new Set(
          specSchemas.filter(([, , specKind]) => specKind === kind).flatMap(([specFile, schema]) => [...specFields(specFile, schema).keys()]),
        );
        for (const fieldPath of payloadPaths(seedExample(file))) {
          const doc = fieldDoc(kind, toSegments(fieldPath));
          // Under an observed stand-in (numbers for phoneNumber) the spec names the parent differently.
          const parent = fieldPath.slice(0, Math.max(0, fieldPath.lastIndexOf('.')));
          const ownKey = fieldPath.slice(parent ? parent.length + 1 : 0);
          const specPath = parent ? `${documentedName(kind, parent)}.${ownKey}` : ownKey;
          assert.equal(doc?.observed ?? false, !specPaths.has(specPath), `${file}: ${fieldPath}`);
        }
      }
    });

    it('accepts the seed examples as they are (no false warnings in the JSON tab)', () => {
      for (const [file, kind] of seedPages) {
        for (const [at, value] of payloadEntries(seedExample(file))) {
          const doc = fieldDoc(kind, at);
          const where = `${file}: ${at.join('.')}`;
          assert.ok(doc, `${where} is not documented`);
          if (doc.type) {
            const allowed = doc.type.split(' | ');
            assert.ok(jsonTypes(value).some((type) => allowed.includes(type)), `${where}: ${JSON.stringify(value)} is not ${doc.type}`);
          }
          if (doc.enumDescriptions) assert.ok(Object.hasOwn(doc.enumDescriptions, String(value)), `${where}: ${String(value)} not in enum`);
          if (doc.maximum !== undefined && typeof value === 'number') assert.ok(value <= doc.maximum, where);
          if (doc.maxItems !== undefined && Array.isArray(value)) assert.ok(value.length <= doc.maxItems, where);
          if (doc.maxLength !== undefined && typeof value === 'string') assert.ok(value.length <= doc.maxLength, where);
        }
      }
    });
  });

  describe('lookups', () => {
    it('explains the current enum value', () => {
      assert.match(enumMeaning('huntGroup', ['callPolicies', 'policy'], 'UNIFORM') ?? '', /idle the longest/);
      assert.match(enumMeaning('huntGroup', ['callPolicies', 'policy'], 'WEIGHTED') ?? '', /percentage assigned/);
      assert.match(enumMeaning('huntGroup', ['alternateNumbers', 3, 'ringPattern'], 'LONG_LONG') ?? '', /two long rings/);
      assert.match(enumMeaning('huntGroup', ['agents', 0, 'type'], 'VIRTUAL_LINE') ?? '', /virtual line/);
      assert.match(enumMeaning('callPickup', ['notificationType'], 'AUDIO_AND_VISUAL') ?? '', /audio and a visual/);
      assert.match(enumMeaning('callPickup', ['agents', 1, 'type'], 'PLACE') ?? '', /place/);
    });

    it('has no meaning for values, fields or keys it does not know', () => {
      assert.equal(enumMeaning('huntGroup', ['callPolicies', 'policy'], 'SKILL_BASED'), undefined);
      assert.equal(enumMeaning('huntGroup', ['callPolicies', 'policy'], 'constructor'), undefined);
      assert.equal(enumMeaning('huntGroup', ['callPolicies', 'policy'], 3), undefined);
      assert.equal(enumMeaning('huntGroup', ['name'], 'UNIFORM'), undefined);
      assert.equal(fieldDoc('huntGroup', ['noSuchField']), undefined);
      assert.equal(fieldDoc('huntGroup', ['__proto__']), undefined);
      assert.equal(fieldDoc('huntGroup', ['constructor', 'name']), undefined);
      assert.equal(fieldDoc('huntGroup', ['name', 0]), undefined);
      assert.equal(fieldDoc('huntGroup', ['agents', 'id']), undefined);
    });

    it('marks observed fields, what they stand in for, and deprecated ones', () => {
      const observed: [DocumentedKind, (string | number)[], string | undefined][] = [
        ['huntGroup', ['agents', 0, 'type'], undefined],
        ['huntGroup', ['callingFirstName'], 'firstName'],
        ['huntGroup', ['callingLastName'], 'lastName'],
        ['huntGroup', ['callPolicies', 'noAnswer', 'systemMaxNumberOfRing'], 'systemMaxNumberOfRings'],
        ['huntGroup', ['enabledHuntGroupCallerIdForOutgoingCalls'], 'huntGroupCallerIdForOutgoingCallsEnabled'],
        ['callPickup', ['agents', 0, 'numbers'], 'phoneNumber'],
        ['callPickup', ['agents', 0, 'numbers', 0, 'primary'], undefined],
      ];
      for (const [kind, at, aliasOf] of observed) {
        const doc = fieldDoc(kind, at);
        assert.equal(doc?.observed, true, at.join('.'));
        assert.match(doc.description, /Not in the published schema; seen in real payloads\./);
        assert.equal(doc.aliasOf, aliasOf);
      }
      assert.equal(fieldDoc('huntGroup', ['callPolicies', 'noAnswer', 'systemMaxNumberOfRings'])?.observed, undefined);
      assert.equal(fieldDoc('callPickup', ['agents', 0, 'phoneNumber'])?.observed, undefined);
      assert.equal(fieldDoc('callPickup', ['agents', 0, 'numbers', 0, 'primary'])?.type, 'boolean | string');
      assert.equal(fieldDoc('huntGroup', ['firstName'])?.deprecated, true);
      assert.equal(fieldDoc('huntGroup', ['lastName'])?.deprecated, true);
    });

    it('gives documented defaults and limits', () => {
      assert.equal(fieldDoc('huntGroup', ['alternateNumbers'])?.maxItems, 10);
      assert.equal(fieldDoc('huntGroup', ['callPolicies', 'noAnswer', 'numberOfRings'])?.maximum, 20);
      assert.equal(fieldDoc('callPickup', ['name'])?.maxLength, 80);
      assert.equal(fieldDoc('callPickup', ['notificationType'])?.default, 'NONE');
      assert.equal(fieldDoc('callPickup', ['notificationDelayTimerSeconds'])?.default, 6);
    });

    it('lists documented child keys without the observed variants', () => {
      const noAnswer = documentedChildKeys('huntGroup', ['callPolicies', 'noAnswer']);
      assert.ok(noAnswer.includes('systemMaxNumberOfRings'));
      assert.ok(!noAnswer.includes('systemMaxNumberOfRing'));
      const agent = documentedChildKeys('huntGroup', ['agents', 0]);
      assert.deepEqual(agent, ['id', 'firstName', 'lastName', 'phoneNumber', 'extension', 'routingPrefix', 'esn', 'weight']);
      assert.deepEqual(documentedChildKeys('huntGroup', ['name']), []);
      assert.deepEqual(documentedChildKeys('huntGroup', ['nope']), []);
    });

    it('lists every documented path, arrays as []', () => {
      const paths = allDocumentedPaths('huntGroup');
      for (const expected of ['callPolicies.noAnswer.nextAgentRings', 'agents[].type', 'alternateNumbers[].ringPattern']) {
        assert.ok(paths.includes(expected), expected);
      }
      assert.ok(allDocumentedPaths('callPickup').includes('agents[].numbers[].primary'));
      assert.equal(new Set(paths).size, paths.length);
    });
  });

  describe('schema files', () => {
    for (const kind of allKinds) {
      it(`${kind}: ships as schemas/${kind}.schema.json, draft-07, open to undocumented fields`, () => {
        const file = path.join(repoRoot, 'schemas', `${kind}.schema.json`);
        const schema: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
        assert.equal((schema as { $schema?: string }).$schema, 'http://json-schema.org/draft-07/schema#');
        // additionalProperties:false would turn every undocumented field of a real payload into a warning.
        assert.ok(!JSON.stringify(schema).includes('"additionalProperties"'));
        for (const [at, value] of payloadEntries(schema)) {
          if (at[at.length - 1] === 'enum' && Array.isArray(value)) {
            const parent = at.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], schema);
            assert.equal((parent as { enumDescriptions?: unknown[] }).enumDescriptions?.length, value.length, `${kind}: ${at.join('.')}`);
          }
        }
      });
    }
  });
});
