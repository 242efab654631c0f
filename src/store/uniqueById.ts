// Webex can repeat an item on the next page when the list shifts between two page reads (offset
// paging), and a list that is read again after a failure can meet items it already holds. The view
// keys tree rows by ID, so every list the store hands out holds each ID once: the first copy wins.

/** The items whose `id` is not in `seen`, each once; records their IDs in `seen`. */
export function newById<T extends { id: string }>(items: Iterable<T>, seen: Set<string>): T[] {
  const fresh: T[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    fresh.push(item);
  }
  return fresh;
}
