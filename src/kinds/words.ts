// Small wording helpers every kind's description shares: payload values as text, numbers in one
// line, people's names. Pure functions over API payloads, which may lack any field or carry the
// shapes real payloads use.

/** Payload strings and numbers as text; anything else (null, objects, blank) as absent. */
export function payloadText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** "ext 5001 · +14085550101", leaving out what is missing. */
export function numberSummary(item: { extension?: unknown; phoneNumber?: unknown }): string {
  const parts: string[] = [];
  const extension = payloadText(item.extension);
  const phoneNumber = payloadText(item.phoneNumber);
  if (extension) parts.push(`ext ${extension}`);
  if (phoneNumber) parts.push(phoneNumber);
  return parts.join(' · ');
}

/** "First Last", else the display name, else the ID. */
export function agentName(agent: { firstName?: unknown; lastName?: unknown; displayName?: unknown; id: string }): string {
  const fullName = [payloadText(agent.firstName), payloadText(agent.lastName)].filter(Boolean).join(' ');
  return fullName || payloadText(agent.displayName) || agent.id;
}

/** "3 rings", "1 ring", or the set number when the payload does not say. */
export function ringCount(rings: unknown): string {
  const count = payloadText(rings);
  return count === undefined ? 'the set number of rings' : `${count} ring${count === '1' ? '' : 's'}`;
}

/** Array entries that are objects with a string `id` (what the views can key on); anything else is dropped. */
export function entriesWithId<T extends { id: string }>(list: unknown): T[] {
  return Array.isArray(list) ? list.filter((entry): entry is T => typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string') : [];
}

/** A member's tree line: its numbers, its type and (under a WEIGHTED policy) its weight. */
export function memberDescription(member: { extension?: string; phoneNumber?: string; type?: string; weight?: string }): string {
  const parts = [numberSummary(member)].filter(Boolean);
  if (member.type) parts.push(member.type);
  if (member.weight !== undefined) parts.push(`weight ${member.weight}%`);
  return parts.join(' · ');
}

export function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
