// Hostile mode of the test sample server: the same org with every human-readable string replaced
// by something a renderer must escape. IDs, enum values, booleans and numbers stay as they are, so
// payloads stay valid.

import type { SampleOrg } from '../../src/sample/server';

/**
 * A markdown command link that would type `id` and Enter into a terminal if VS Code rendered it
 * live (in a notification, say). The hostile org's first hunt group has exactly this name.
 */
export const HOSTILE_COMMAND_LINK_NAME = '[Retry](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22id%5Cn%22%7D)';

export const HOSTILE_STRINGS: readonly string[] = [
  '<script>alert(1)</script>',
  '</script><script>alert(2)</script>',
  '"><img src=x onerror=alert(3)>',
  'javascript:alert(4)',
  '[click](command:workbench.action.quit)',
  HOSTILE_COMMAND_LINK_NAME,
  '$(alert) **bold** <b>b</b>',
  '\u202Egnp.exe',
  'zero\u200Bwidth\u200C\u200Djoin\uFEFFer',
  'x'.repeat(10 * 1024),
  '日本語の名前',
  'العربية',
  'Ελληνικά',
  // Spreadsheet formula injection, for the CSV export.
  "=HYPERLINK(\"http://example.invalid\",\"x\")",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '-2+3+cmd',
];

/** Keys whose string values are identifiers, enum values or machine data, never shown as text. */
const KEYS_KEPT_IN_HOSTILE_MODE = new Set([
  'id', 'orgId', 'locationId', 'type', 'policy', 'ringPattern', 'notificationType', 'primary', 'selection',
  'weight', 'languageCode', 'country', 'created', 'lastModified', 'status',
  // Call queues and auto attendants.
  'routingType', 'action', 'greeting', 'waitMode', 'key', 'mediaType', 'extensionDialing', 'nameDialing',
]);

/**
 * A deep copy of the org with its display strings replaced, cycling through HOSTILE_STRINGS; the
 * first hunt group (of the first location that has one) is named HOSTILE_COMMAND_LINK_NAME, and
 * no other hunt group is, so tests can find that name in a known place whatever the cycle gives.
 */
export function makeHostile(org: SampleOrg): SampleOrg {
  const hostile = withHostileStrings(org);
  const huntGroups = hostile.locations.flatMap((data) => data.huntGroups);
  for (const huntGroup of huntGroups) if (huntGroup.name === HOSTILE_COMMAND_LINK_NAME) huntGroup.name = HOSTILE_STRINGS[0];
  if (huntGroups.length > 0) huntGroups[0].name = HOSTILE_COMMAND_LINK_NAME;
  return hostile;
}

function withHostileStrings(org: SampleOrg): SampleOrg {
  let next = 0;
  const replace = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') {
      if (key !== undefined && KEYS_KEPT_IN_HOSTILE_MODE.has(key)) return value;
      return HOSTILE_STRINGS[next++ % HOSTILE_STRINGS.length];
    }
    if (Array.isArray(value)) return value.map((item) => replace(item, key));
    if (value !== null && typeof value === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [childKey, child] of Object.entries(value)) copy[childKey] = replace(child, childKey);
      return copy;
    }
    return value;
  };
  return replace(org, undefined) as SampleOrg;
}
