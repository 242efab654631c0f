// A RoutingSource for tracer tests: the org's numbers, features (details + forwarding) and members'
// forwarding are scripted, every read is recorded, and reads can be held so a test counts the waves
// of parallel reads a trace makes (no timers, no wall-clock time).
import type { RoutingSource } from '../../../src/callFlow/trace';
import type { Kind } from '../../../src/kinds/kind';
import type { ForwardingKind, NumberQuery } from '../../../src/store/orgStore';
import { ForbiddenError, ServerError } from '../../../src/webex/errors';
import type { FeatureForwarding, ForwardingOwnerType, MemberForwarding, NumberEntry } from '../../../src/webex/routingTypes';

export interface ScriptedFeature {
  kind: ForwardingKind;
  locationId: string;
  details: Record<string, unknown> & { id: string; name: string };
  forwarding?: FeatureForwarding;
  /** The details or forwarding read fails with this. */
  detailsError?: unknown;
  forwardingError?: unknown;
}

export class ScriptedRouting implements RoutingSource {
  numbers: NumberEntry[] = [];
  readonly features = new Map<string, ScriptedFeature>();
  readonly members = new Map<string, MemberForwarding | { error: unknown }>();
  /** Number lookups that fail, by the phone number or extension asked for. */
  readonly failingLookups = new Set<string>();
  /** Every read, as `number:+1…`, `extension:L1:5001`, `details:huntGroup:hg1`, `forwarding:…`, `member:PEOPLE:p1`. */
  readonly reads: string[] = [];
  /** When set, every read waits until `releaseAll()`; `pending` counts the waiting ones. */
  gated = false;
  private waiting: (() => void)[] = [];

  get pending(): number {
    return this.waiting.length;
  }

  releaseAll(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const release of waiting) release();
  }

  feature(feature: ScriptedFeature): this {
    this.features.set(`${feature.kind}:${feature.details.id}`, feature);
    return this;
  }

  number(entry: NumberEntry): this {
    this.numbers.push(entry);
    return this;
  }

  private async answer<T>(read: string, compute: () => T): Promise<T> {
    this.reads.push(read);
    if (this.gated) await new Promise<void>((resolve) => this.waiting.push(resolve));
    return compute();
  }

  numberOwner(query: NumberQuery): Promise<NumberEntry | undefined> {
    const read = 'phoneNumber' in query ? `number:${query.phoneNumber}` : `extension:${query.locationId ?? '*'}:${query.extension}`;
    return this.answer(read, () => {
      const asked = 'phoneNumber' in query ? query.phoneNumber : query.extension;
      if (this.failingLookups.has(asked)) throw new ServerError({ method: 'GET', url: '/v1/telephony/config/numbers', status: 500 });
      return this.numbers.find((entry) =>
        'phoneNumber' in query ? entry.phoneNumber === query.phoneNumber : entry.extension === query.extension && (query.locationId === undefined || entry.location?.id === query.locationId),
      );
    });
  }

  details(kind: Kind, locationId: string, itemId: string): Promise<unknown> {
    return this.answer(`details:${kind}:${itemId}`, () => {
      const feature = this.scripted(kind, locationId, itemId);
      if (feature.detailsError) throw feature.detailsError;
      return structuredClone(feature.details);
    });
  }

  forwarding(kind: ForwardingKind, locationId: string, itemId: string): Promise<unknown> {
    return this.answer(`forwarding:${kind}:${itemId}`, () => {
      const feature = this.scripted(kind, locationId, itemId);
      if (feature.forwardingError) throw feature.forwardingError;
      return structuredClone(feature.forwarding ?? { callForwarding: { always: { enabled: false }, selective: { enabled: false }, rules: [] } });
    });
  }

  memberForwarding(ownerType: ForwardingOwnerType, ownerId: string): Promise<unknown> {
    return this.answer(`member:${ownerType}:${ownerId}`, () => {
      const scripted = this.members.get(ownerId) ?? { callForwarding: {} };
      if ('error' in scripted) throw scripted.error;
      return structuredClone(scripted);
    });
  }

  private scripted(kind: Kind, locationId: string, itemId: string): ScriptedFeature {
    const feature = this.features.get(`${kind}:${itemId}`);
    if (!feature || feature.locationId !== locationId) throw new Error(`unscripted ${kind} ${itemId} in ${locationId}`);
    return feature;
  }
}

/** The 403 Webex answers a person's forwarding read without spark-admin:people_read. */
export function peopleForbidden(personId: string): ForbiddenError {
  return new ForbiddenError({ method: 'GET', url: `/v1/people/${personId}/features/callForwarding`, status: 403 }, 'spark-admin:people_read');
}

/**
 * Runs `work` with the source gated: lets each wave of reads start, counts it, releases it, until
 * the work ends. Each count is the number of reads that were in flight together.
 */
export async function countWaves<T>(source: ScriptedRouting, work: () => Promise<T>): Promise<{ result: T; waves: number[] }> {
  source.gated = true;
  let finished = false;
  const running = work().finally(() => {
    finished = true;
  });
  const waves: number[] = [];
  for (;;) {
    // Every read of a wave starts within microtasks of the previous release; a macrotask turn lets them all start.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (finished) break;
    if (source.pending === 0) throw new Error('the trace is waiting on something other than the source');
    waves.push(source.pending);
    source.releaseAll();
  }
  return { result: await running, waves };
}

/** A number entry owned by something. */
export function owned(phoneNumber: string | undefined, extension: string | undefined, locationId: string, owner: { id: string; type: string; firstName?: string; lastName?: string }): NumberEntry {
  const entry: NumberEntry = { location: { id: locationId, name: `Site ${locationId}` }, owner };
  if (phoneNumber !== undefined) entry.phoneNumber = phoneNumber;
  if (extension !== undefined) entry.extension = extension;
  return entry;
}
