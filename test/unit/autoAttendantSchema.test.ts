import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { resolveRefs, type SchemaNode } from '../../src/fields/schemaRefs';

// The auto attendant schemas against the reference pages they are written from: every response
// property the pages document (nested ones included) must have a description, and every value of
// every documented enum its own enumDescription, so hovers and the details view explain them all.

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const docsFolder = path.resolve(repoRoot, '..', 'shared', 'reference', 'webex-docs');

/** A response property of a reference page: a field, or (under an enum) one of its values. */
interface DocEntry {
  name: string;
  type: string;
  children: DocEntry[];
}

/**
 * The "Response Properties" of a reference page. The pages share one regular layout (entries
 * `- doc:` with `name`, `type` and nested `param_attrs` two columns in), so a small reader does
 * instead of a YAML dependency the project does not have.
 */
function responseProperties(file: string): DocEntry[] {
  const lines = readFileSync(path.join(docsFolder, file), 'utf8').split('\n');
  const start = lines.indexOf('  Response Properties:');
  assert.ok(start >= 0, `${file} has no Response Properties`);
  const root: DocEntry = { name: '', type: 'object', children: [] };
  const open: { column: number; entry: DocEntry }[] = [{ column: -1, entry: root }];
  for (const line of lines.slice(start + 1)) {
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== '' && indent <= 2 && !line.trimStart().startsWith('- ')) break; // the next section
    const item = /^(\s*)- doc:/.exec(line);
    if (item) {
      const column = item[1].length;
      while (open[open.length - 1].column >= column) open.pop();
      const entry: DocEntry = { name: '', type: '', children: [] };
      open[open.length - 1].entry.children.push(entry);
      open.push({ column, entry });
      continue;
    }
    // An entry's `type` comes after its nested entries: it belongs to the entry two columns out.
    const field = /^(\s*)(name|type): ?(.*)$/.exec(line);
    const owner = field && open.find((candidate) => candidate.column + 2 === field[1].length);
    if (field && owner) owner.entry[field[2] as 'name' | 'type'] = field[3].replace(/^'(.*)'$/, '$1');
  }
  return root.children;
}

/** Dotted paths of the documented fields, and `path=VALUE` for each value of each documented enum. */
function documented(entries: DocEntry[], prefix: string[] = []): { fields: string[][]; enumValues: { field: string[]; value: string }[] } {
  const fields: string[][] = [];
  const enumValues: { field: string[]; value: string }[] = [];
  for (const entry of entries) {
    const field = [...prefix, entry.name];
    fields.push(field);
    if (entry.type === 'enum') {
      for (const value of entry.children) enumValues.push({ field, value: value.name });
    } else {
      const nested = documented(entry.children, field);
      fields.push(...nested.fields);
      enumValues.push(...nested.enumValues);
    }
  }
  return { fields, enumValues };
}

function loadSchema(file: string): SchemaNode {
  return JSON.parse(readFileSync(path.join(repoRoot, 'schemas', file), 'utf8')) as SchemaNode;
}

/** The schema of the field at `field`, stepping into array items the way payload paths do. */
function schemaAt(schema: SchemaNode, field: string[]): SchemaNode | undefined {
  let node = resolveRefs(schema, schema);
  for (const name of field) {
    if (node.items && !node.properties) node = resolveRefs(schema, node.items);
    const child = node.properties && Object.hasOwn(node.properties, name) ? node.properties[name] : undefined;
    if (!child) return undefined;
    node = resolveRefs(schema, child);
  }
  return node;
}

function coverage(schema: SchemaNode, docs: ReturnType<typeof documented>): { undescribed: string[]; unexplained: string[] } {
  const undescribed = docs.fields.filter((field) => !schemaAt(schema, field)?.description?.trim()).map((field) => field.join('.'));
  const unexplained = docs.enumValues
    .filter(({ field, value }) => {
      const node = schemaAt(schema, field);
      const index = node?.enum?.indexOf(value) ?? -1;
      return index === -1 || !node?.enumDescriptions?.[index]?.trim();
    })
    .map(({ field, value }) => `${field.join('.')}=${value}`);
  return { undescribed, unexplained };
}

/** Every property and enum of the schema, documented or observed, carries its words. */
function schemaGaps(schema: SchemaNode): string[] {
  const gaps: string[] = [];
  const visit = (raw: SchemaNode, where: string): void => {
    const node = resolveRefs(schema, raw);
    if (node.enum && node.enum.length !== node.enumDescriptions?.length) gaps.push(`${where}: ${node.enum.length} values, ${node.enumDescriptions?.length ?? 0} descriptions`);
    if (node.items) visit(node.items, `${where}[]`);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (!resolveRefs(schema, child).description?.trim()) gaps.push(`${where}.${key}: no description`);
      visit(child, `${where}.${key}`);
    }
  };
  visit(schema, '');
  return gaps;
}

describe('Auto attendant schemas against the reference pages', () => {
  const details = documented(responseProperties('get-details-for-an-auto-attendant.yml'));
  // The list page documents one property, the array under the list key; its entries are the item schema.
  const listPage = responseProperties('read-the-list-of-auto-attendants.yml');
  const list = documented(listPage.find((entry) => entry.name === 'autoAttendants')?.children ?? []);

  it('reads the reference pages it checks against (fields 41, enum values 58; list 7 fields)', () => {
    // Known counts, so that a reader that silently finds nothing cannot pass the checks below.
    assert.equal(details.fields.length, 41);
    assert.equal(details.enumValues.length, 58);
    assert.deepEqual(listPage.map((entry) => entry.name), ['autoAttendants']);
    assert.deepEqual(list.fields.map((field) => field.join('.')), ['id', 'name', 'locationName', 'locationId', 'phoneNumber', 'extension', 'tollFreeNumber']);
    assert.ok(details.fields.some((field) => field.join('.') === 'afterHoursMenu.keyConfigurations.action'));
    assert.ok(details.enumValues.some(({ field, value }) => field.join('.') === 'businessHoursMenu.audioFile.mediaType' && value === '3GP'));
  });

  it('describes every documented details field (41/41) and explains every enum value (58/58)', () => {
    assert.deepEqual(coverage(loadSchema('autoAttendant.schema.json'), details), { undescribed: [], unexplained: [] });
  });

  it('describes every documented list item field (7/7)', () => {
    assert.deepEqual(coverage(loadSchema('autoAttendantListItem.schema.json'), list), { undescribed: [], unexplained: [] });
  });

  it('leaves no property without a description and no enum value without its meaning, observed ones included', () => {
    assert.deepEqual(schemaGaps(loadSchema('autoAttendant.schema.json')), []);
    assert.deepEqual(schemaGaps(loadSchema('autoAttendantListItem.schema.json')), []);
  });

  it('knows the keys as payloads send them and as the reference page names them', () => {
    const key = schemaAt(loadSchema('autoAttendant.schema.json'), ['businessHoursMenu', 'keyConfigurations', 'key']);
    for (const value of ['0', '9', '*', '#', 'digit_0', 'hash']) assert.ok(key?.enum?.includes(value), value);
    const hash = key?.enum?.indexOf('#') ?? -1;
    assert.equal(key?.enumDescriptions?.[hash], 'The hash (#) key.');
  });

  it('says what each dialing scope defaults to and means', () => {
    const schema = loadSchema('autoAttendant.schema.json');
    for (const field of ['extensionDialing', 'nameDialing']) {
      const node = schemaAt(schema, [field]);
      assert.equal(node?.default, 'ENTERPRISE', field);
      assert.deepEqual(node?.enum, ['ENTERPRISE', 'GROUP'], field);
    }
    assert.equal(schemaAt(schema, ['extensionDialing'])?.enumDescriptions?.[1], "Within the auto attendant's location only.");
  });

  it('follows the menus to one shared definition, each with its own description', () => {
    const schema = loadSchema('autoAttendant.schema.json');
    assert.notEqual(schemaAt(schema, ['businessHoursMenu'])?.description, schemaAt(schema, ['afterHoursMenu'])?.description);
    assert.equal(schemaAt(schema, ['afterHoursMenu', 'keyConfigurations', 'value'])?.description, schemaAt(schema, ['businessHoursMenu', 'keyConfigurations', 'value'])?.description);
  });
});
