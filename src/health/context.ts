// What the rules share within one run, each computed once per item: its summary, its members, its
// exits (src/callFlow/destinations.ts) and where each exit lands (the numbers list).
import { destinationsOf, type RoutingExit } from '../callFlow/destinations';
import { plainLabel } from '../callFlow/trace';
import type { ItemSummary, Kind, Member } from '../kinds/kind';
import { KINDS } from '../kinds/registry';
import { NumberIndex, type Resolution } from './destinations';
import type { HealthItem, HealthModel, JsonPath } from './types';

/** An exit of an item and where it lands. */
export interface ResolvedExit {
  exit: RoutingExit;
  /** Undefined when the exit has no destination, or the numbers list could not be read. */
  resolution?: Resolution;
  /** Whether the call goes to the destination's voicemail (set on the exit or dialled with *55). */
  voicemail: boolean;
}

export class RuleContext {
  private readonly numbers: NumberIndex | undefined;
  private readonly byKindAndId = new Map<string, HealthItem>();
  private readonly summaries = new Map<HealthItem, ItemSummary>();
  private readonly members = new Map<HealthItem, Member[]>();
  private readonly exits = new Map<HealthItem, ResolvedExit[]>();

  constructor(readonly model: HealthModel) {
    this.numbers = model.numbers && new NumberIndex(model.numbers);
    for (const item of model.items) this.byKindAndId.set(itemKey(item.kind, item.itemId), item);
  }

  item(kind: Kind, itemId: string): HealthItem | undefined {
    return this.byKindAndId.get(itemKey(kind, itemId));
  }

  summaryOf(item: HealthItem): ItemSummary {
    return memo(this.summaries, item, () => KINDS[item.kind].summary(item.summary, item.details));
  }

  membersOf(item: HealthItem): Member[] {
    return memo(this.members, item, () => KINDS[item.kind].members(item.details));
  }

  /** Every place the item sends calls as configured, resolved (also for a disabled item: its settings are still wrong). */
  exitsOf(item: HealthItem): ResolvedExit[] {
    return memo(this.exits, item, () =>
      destinationsOf(item.kind, item.details, item.forwarding).map((exit) => {
        const resolution = exit.destination === undefined ? undefined : this.numbers?.resolve(exit.destination, item.locationId);
        if (!resolution) return { exit, voicemail: exit.voicemail === true };
        return { exit, resolution, voicemail: exit.voicemail === true || (resolution.type === 'owner' && resolution.voicemail) };
      }),
    );
  }

  /** The item the exit's call reaches, when it rings a hunt group, call queue or auto attendant of the org (not its voicemail). */
  featureReached(resolved: ResolvedExit): HealthItem | undefined {
    const resolution = resolved.resolution;
    if (resolved.voicemail || resolution?.type !== 'owner' || !resolution.feature) return undefined;
    return this.item(resolution.feature, resolution.ownerId);
  }
}

/**
 * Where an exit's setting is: the JSON path of its destination field, and whether it is in the
 * details or the forwarding payload. `callPolicies.noAnswer` → callPolicies.noAnswer.destination;
 * `queueSettings.overflow` → …transferNumber; a menu key → …value; a forwarding rule → …forwardTo.
 */
export function destinationPath(setting: string): { jsonPath: JsonPath; payload: 'details' | 'forwarding' } {
  const jsonPath: JsonPath = [];
  for (const part of setting.split('.')) {
    const indexed = /^(.*)\[(-?\d+)\]$/.exec(part);
    if (indexed) jsonPath.push(indexed[1], Number(indexed[2]));
    else jsonPath.push(part);
  }
  const last = jsonPath[jsonPath.length - 1];
  const parent = jsonPath[jsonPath.length - 2];
  if (last === 'overflow') jsonPath.push('transferNumber');
  else if (parent === 'keyConfigurations') jsonPath.push('value');
  else if (parent === 'rules') jsonPath.push('forwardTo');
  else jsonPath.push('destination');
  return { jsonPath, payload: jsonPath[0] === 'callForwarding' ? 'forwarding' : 'details' };
}

/** Payload text (names, conditions) made safe to put in a finding's message. */
export function words(value: string): string {
  return plainLabel(value);
}

/** "hunt group Sales Line" */
export function named(item: HealthItem): string {
  return `${KINDS[item.kind].labels.one} ${words(item.name)}`;
}

function itemKey(kind: Kind, itemId: string): string {
  return `${kind}\n${itemId}`;
}

function memo<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}
