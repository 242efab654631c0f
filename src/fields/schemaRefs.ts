// Reading JSON Schema `$ref`s (local JSON pointers such as `#/definitions/ringPattern`), the way
// VS Code's JSON language service reads the same schema files for hovers in the JSON tabs.

/** The part of JSON Schema (draft-07, VS Code's extensions and the x- keywords) the schemas use. */
export interface SchemaNode {
  $ref?: string;
  description?: string;
  markdownDescription?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  definitions?: Record<string, SchemaNode>;
  enum?: unknown[];
  enumDescriptions?: string[];
  default?: unknown;
  deprecated?: boolean;
  'x-observed'?: boolean;
  'x-aliasOf'?: string;
  maximum?: number;
  maxItems?: number;
  maxLength?: number;
}

/**
 * Follows local `$ref`s. Keywords next to a `$ref` win over the target's, the way VS Code's JSON
 * language service merges them, so a property can add its own description to a shared definition.
 */
export function resolveRefs(root: SchemaNode, node: SchemaNode): SchemaNode {
  let resolved = node;
  const followed = new Set<string>();
  while (resolved.$ref !== undefined && !followed.has(resolved.$ref)) {
    followed.add(resolved.$ref);
    const { $ref, ...siblings } = resolved;
    const target = pointerTarget(root, $ref);
    if (!target) {
      return siblings;
    }
    resolved = { ...target, ...siblings };
  }
  return resolved;
}

function pointerTarget(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#/')) {
    return undefined;
  }
  let target: unknown = root;
  for (const token of ref.slice(2).split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof target !== 'object' || target === null || !Object.hasOwn(target, key)) {
      return undefined;
    }
    target = (target as Record<string, unknown>)[key];
  }
  return target as SchemaNode;
}

