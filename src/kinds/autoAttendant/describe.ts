// Plain-words descriptions of auto attendants for the tree: which schedules decide between the
// business hours and after hours menus, and what each key of each menu does. Pure functions over
// API payloads that may lack any field or carry the wrong type, so they are tested in plain Node.
import type { Fact, FactGroup, Member } from '../kind';
import { payloadText } from '../words';
import type { AutoAttendantDetails } from './types';

export type MenuName = 'businessHours' | 'afterHours';

/** Where one key of one menu sends the caller; the call-flow tracer follows these. */
export interface MenuDestination {
  menu: MenuName;
  /** The key as a caller presses it: "0"…"9", "*", "#". */
  key: string;
  /** The action as sent, e.g. TRANSFER_WITHOUT_PROMPT. */
  action: string;
  /** The action's value (the number or extension a transfer goes to), where the payload has one. */
  destination?: string;
}

const MENUS: readonly { menu: MenuName; field: 'businessHoursMenu' | 'afterHoursMenu'; title: string; icon: string }[] = [
  { menu: 'businessHours', field: 'businessHoursMenu', title: 'Business hours menu', icon: 'briefcase' },
  { menu: 'afterHours', field: 'afterHoursMenu', title: 'After hours menu', icon: 'clock' },
];

/** Keys in the order a caller reads a menu prompt: 1 to 9, then 0, *, #. */
const KEYPAD_ORDER = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'];

/** The reference page names keys `digit_0` and `hash`; payloads send "0" and "#". */
function pressedKey(raw: unknown): string | undefined {
  const text = payloadText(raw)?.trim();
  if (text === undefined) return undefined;
  const digit = /^digit_([0-9])$/.exec(text);
  if (digit) return digit[1];
  if (text === 'hash') return '#';
  if (text === 'star' || text === 'asterisk') return '*';
  return text;
}

interface ActionWording {
  /** The label after "key →", given the key's value. */
  words(destination: string | undefined): string;
  icon: string;
}

const UNSET_DESTINATION = 'an unset destination';

const actionWordings: Record<string, ActionWording> = {
  TRANSFER_WITHOUT_PROMPT: { words: (to) => `Transfer without prompt to ${to ?? UNSET_DESTINATION}`, icon: 'arrow-right' },
  TRANSFER_WITH_PROMPT: { words: (to) => `Transfer with prompt to ${to ?? UNSET_DESTINATION}`, icon: 'arrow-right' },
  TRANSFER_TO_OPERATOR: { words: (to) => (to ? `Transfer to operator ${to}` : 'Transfer to operator (number not set)'), icon: 'person' },
  TRANSFER_TO_MAILBOX: { words: (to) => (to ? `Transfer to mailbox ${to}` : 'Transfer to the mailbox of an extension the caller enters'), icon: 'mail' },
  NAME_DIALING: { words: () => 'Dial by name', icon: 'symbol-text' },
  EXTENSION_DIALING: { words: () => 'Dial by extension', icon: 'symbol-number' },
  REPEAT_MENU: { words: () => 'Repeat menu', icon: 'debug-restart' },
  EXIT: { words: () => 'Exit', icon: 'sign-out' },
  RETURN_TO_PREVIOUS_MENU: { words: () => 'Return to previous menu', icon: 'arrow-left' },
  PLAY_ANNOUNCEMENT: { words: () => 'Play announcement, then return to this menu', icon: 'megaphone' },
};

/** An unknown action (or one named "toString") reads as sent, not as an Object.prototype member. */
function actionWording(action: string | undefined): ActionWording {
  if (action === undefined) return { words: () => 'action not set', icon: 'question' };
  if (Object.hasOwn(actionWordings, action)) return actionWordings[action];
  return { words: (to) => (to ? `${action} ${to}` : action), icon: 'question' };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

interface MenuKey {
  key: string;
  action?: string;
  destination?: string;
  description?: string;
}

/** A menu's valid keys (an entry that is not an object or names no key is dropped), in keypad order. */
function menuKeys(menu: unknown): MenuKey[] {
  const entries = asRecord(menu)?.keyConfigurations;
  if (!Array.isArray(entries)) return [];
  const keys: MenuKey[] = [];
  for (const entry of entries) {
    const record = asRecord(entry);
    const key = pressedKey(record?.key);
    if (!record || key === undefined) continue;
    keys.push({ key, action: payloadText(record.action), destination: payloadText(record.value), description: payloadText(record.description) });
  }
  const rank = (key: string): number => {
    const index = KEYPAD_ORDER.indexOf(key);
    return index === -1 ? KEYPAD_ORDER.length : index;
  };
  return keys.sort((a, b) => rank(a.key) - rank(b.key));
}

/** Every key of both menus that has an action, with where it goes. */
export function menuDestinations(details: AutoAttendantDetails): MenuDestination[] {
  const destinations: MenuDestination[] = [];
  for (const { menu, field } of MENUS) {
    for (const { key, action, destination } of menuKeys(asRecord(details)?.[field])) {
      if (action === undefined) continue;
      destinations.push(destination === undefined ? { menu, key, action } : { menu, key, action, destination });
    }
  }
  return destinations;
}

function dialingScope(what: 'Extension' | 'Name', value: unknown): Omit<Fact, 'key' | 'icon'> {
  const scope = payloadText(value);
  // The API sets ENTERPRISE when the value is not set.
  if (scope === undefined) return { label: `${what} dialing: whole organization (default)` };
  if (scope === 'ENTERPRISE') return { label: `${what} dialing: whole organization`, description: scope };
  if (scope === 'GROUP') return { label: `${what} dialing: this location only`, description: scope };
  return { label: `${what} dialing: ${scope}` };
}

export function autoAttendantFacts(details: AutoAttendantDetails): Fact[] {
  const record = asRecord(details) ?? {};
  const business = payloadText(record.businessSchedule);
  const holiday = payloadText(record.holidaySchedule);
  const timeZone = payloadText(record.timeZone);
  const facts: Fact[] = [
    {
      key: 'businessSchedule',
      label: `Business hours: ${business ?? 'no schedule set'}`,
      description: timeZone,
      detail: 'The business hours menu plays during these hours, the after hours menu outside them.',
      icon: 'calendar',
    },
    {
      key: 'holidaySchedule',
      label: `Holidays: ${holiday ?? 'no schedule set'}`,
      detail: 'On these days the after hours menu plays.',
      icon: 'calendar',
    },
    { key: 'extensionDialing', icon: 'symbol-number', ...dialingScope('Extension', record.extensionDialing) },
    { key: 'nameDialing', icon: 'symbol-text', ...dialingScope('Name', record.nameDialing) },
  ];
  if (record.enabled === false) facts.unshift({ key: 'disabled', label: 'Disabled: calls to this auto attendant are not routed', icon: 'circle-slash' });
  return facts;
}

function greetingFact(menu: Record<string, unknown>): Fact {
  const greeting = payloadText(menu.greeting);
  const audioFile = payloadText(asRecord(menu.audioFile)?.name);
  let label: string;
  if (greeting === 'DEFAULT') label = 'Greeting: default';
  else if (greeting === 'CUSTOM') label = audioFile ? `Greeting: custom (${audioFile})` : 'Greeting: custom';
  else label = `Greeting: ${greeting ?? 'not set'}`;
  return { key: 'greeting', label, icon: 'megaphone' };
}

function keyFacts(menu: unknown): Fact[] {
  const seen = new Set<string>();
  return menuKeys(menu).map(({ key, action, destination, description }, index) => {
    const wording = actionWording(action);
    // Two entries for one key would give two tree items one id; the second keeps its position.
    const id = seen.has(key) ? `key:${key}:${index}` : `key:${key}`;
    seen.add(key);
    return {
      key: id,
      label: `${key} → ${wording.words(destination)}`,
      description,
      icon: wording.icon,
    };
  });
}

function menuGroup({ field, title, icon }: (typeof MENUS)[number], details: Record<string, unknown>): FactGroup {
  const menu = asRecord(details[field]);
  if (!menu) return { key: field, label: title, description: 'not set', icon, facts: [] };
  const keys = keyFacts(menu);
  const facts: Fact[] = [greetingFact(menu)];
  if (typeof menu.extensionEnabled === 'boolean') {
    facts.push({ key: 'extensionEnabled', label: `Enter an extension at any time: ${menu.extensionEnabled ? 'on' : 'off'}`, icon: 'keyboard' });
  }
  facts.push(...keys);
  if (keys.length === 0) facts.push({ key: 'noKeys', label: 'No keys set', icon: 'circle-slash' });
  return { key: field, label: title, description: keys.length === 1 ? '1 key' : `${keys.length} keys`, icon, facts };
}

/**
 * "Alternate numbers (n)". Not the hunt group's group: an auto attendant has no distinctiveRing
 * switch (each number's ring pattern applies as set), and its numbers may be toll-free.
 */
function alternateNumbersGroup(entries: unknown): FactGroup[] {
  const numbers = Array.isArray(entries) ? entries.map(asRecord).filter((entry) => entry !== undefined) : [];
  if (numbers.length === 0) return [];
  const facts = numbers.map((entry, index): Fact => {
    const notes: string[] = [];
    if (entry.tollFreeNumber === true) notes.push('toll-free');
    const pattern = payloadText(entry.ringPattern);
    if (pattern !== undefined && pattern !== 'NORMAL') notes.push(`ring: ${pattern}`);
    return {
      key: String(index),
      label: payloadText(entry.phoneNumber) ?? 'number not set',
      description: notes.length > 0 ? notes.join(' · ') : undefined,
      icon: 'symbol-number',
    };
  });
  return [{ key: 'alternateNumbers', label: `Alternate numbers (${facts.length})`, icon: 'list-unordered', facts }];
}

/** The business hours and after hours menus, key by key, then the alternate numbers if any. */
export function autoAttendantFactGroups(details: AutoAttendantDetails): FactGroup[] {
  const record = asRecord(details) ?? {};
  const groups = MENUS.map((menu) => menuGroup(menu, record));
  return [...groups, ...alternateNumbersGroup(record.alternateNumbers)];
}

/** Auto attendants route by menu, not to agents. */
export function autoAttendantMembers(_details: AutoAttendantDetails): Member[] {
  return [];
}
