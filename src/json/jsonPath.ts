// The path of an item's read-only JSON document. It must end in .json under huntGroups/ or
// callPickups/ (the contributed schemas match on that) and stay one path segment per part
// whatever the item is called.

const folderOf = { huntGroup: 'huntGroups', callPickup: 'callPickups' } as const;

export function jsonDocumentPath(item: { kind: keyof typeof folderOf; orgKey: string; name: string; itemId: string }): string {
  return `/${slug(item.orgKey)}/${folderOf[item.kind]}/${slug(item.name)}-${slug(item.itemId).slice(-10)}.json`;
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
