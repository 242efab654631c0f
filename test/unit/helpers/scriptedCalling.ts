// A WebexCalling stand-in for store and inventory tests that need exact control over what each call
// returns and when (no HTTP, no timers): every call is recorded with its arguments, list pages come
// from scripts chosen by the feature's list key, and a call can be held until the test releases it.
import type { CallPickupDetails, CallPickupListItem } from '../../../src/kinds/callPickup/types';
import type { HuntGroupDetails, HuntGroupListItem } from '../../../src/kinds/huntGroup/types';
import type { Kind, ListItem } from '../../../src/kinds/kind';
import { ALL_KINDS, KINDS } from '../../../src/kinds/registry';
import type { CallingFeature, CallOptions, ListFilter, WebexCalling } from '../../../src/webex/calling';
import type { ListPage } from '../../../src/webex/client';
import type { Location } from '../../../src/webex/types';

/** `listPages` is recorded as `[feature, filter]`, `itemDetails` as `[feature, locationId, id, options]`, `locations` as `[options]`. */
export interface RecordedCall {
  method: 'locations' | 'listPages' | 'itemDetails';
  args: unknown[];
}

/** A page of a scripted list; `error` makes reading that page fail instead. */
export type ScriptedPage<T> = T[] | { error: unknown };

export class ScriptedCalling {
  readonly calls: RecordedCall[] = [];
  locationsResult: () => Promise<Location[]> = async () => [];
  /** Pages of a hunt group listing, by the filter it was asked with (org-wide, or with a `locationId`). */
  huntGroupPagesFor: (filter: ListFilter) => ScriptedPage<HuntGroupListItem>[] = () => [];
  callPickupPagesFor: (locationId: string) => ScriptedPage<CallPickupListItem>[] = () => [];
  /** Pages of any kind without a script of its own (kinds registered later): none. */
  otherPagesFor: (feature: CallingFeature, filter: ListFilter) => ScriptedPage<ListItem>[] = () => [];
  huntGroupResult: (locationId: string, id: string) => Promise<HuntGroupDetails> = async (locationId, id) => ({ id, name: `hg ${id}`, locationId }) as HuntGroupDetails;
  callPickupResult: (locationId: string, id: string) => Promise<CallPickupDetails> = async (_locationId, id) => ({ id, name: `cp ${id}` }) as CallPickupDetails;
  otherResult: (feature: CallingFeature, locationId: string, id: string) => Promise<{ id: string; name: string }> = async (_feature, _locationId, id) => ({ id, name: id });
  /** Pages read so far, as `<kind>Pages:<index>`, with the location for kinds listed per location (`callPickupPages L1:0`). */
  readonly pageReads: string[] = [];
  private readonly holds = new Map<string, { reached: () => void; released: Promise<void> }>();

  /** The next read of `pageKey` (e.g. `huntGroupPages:1`, `callPickupPages L1:0`) waits until `release()` is called. */
  hold(pageKey: string): { reached: Promise<void>; release: () => void } {
    let release!: () => void;
    let reached!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    this.holds.set(pageKey, { reached, released });
    return { reached: reachedPromise, release };
  }

  /** Calls of a method; for `listPages` and `itemDetails`, only those of `kind` when it is given. */
  count(method: RecordedCall['method'], kind?: Kind): number {
    return this.calls.filter((call) => call.method === method && (kind === undefined || kindOf(call.args[0] as CallingFeature) === kind)).length;
  }

  /** The filters `listPages` was called with for `kind`, in call order. */
  listFilters(kind: Kind): ListFilter[] {
    return this.calls.filter((call) => call.method === 'listPages' && kindOf(call.args[0] as CallingFeature) === kind).map((call) => call.args[1] as ListFilter);
  }

  asCalling(): WebexCalling {
    // The script is read when the iteration starts, so a failing one fails the iteration, as in WebexCalling.
    const pages = <T>(pageKey: string, scriptOf: () => ScriptedPage<T>[]): AsyncIterable<ListPage<T>> => {
      const { holds, pageReads } = this;
      return (async function* () {
        const script = scriptOf();
        for (let index = 0; index < script.length; index++) {
          const key = `${pageKey}:${index}`;
          const hold = holds.get(key);
          if (hold) {
            holds.delete(key);
            hold.reached();
            await hold.released;
          }
          pageReads.push(key);
          const page = script[index];
          if (!Array.isArray(page)) throw page.error;
          yield Object.assign([...page], { hasMore: index < script.length - 1 });
        }
      })();
    };
    const fake = {
      locations: (options?: CallOptions) => {
        this.calls.push({ method: 'locations', args: [options] });
        return this.locationsResult();
      },
      listPages: (feature: CallingFeature, filter: ListFilter = {}) => {
        this.calls.push({ method: 'listPages', args: [feature, filter] });
        const label = `${kindOf(feature) ?? feature.listKey}Pages`;
        if (feature.orgWide) {
          return pages(label, () => (feature.listKey === 'huntGroups' ? this.huntGroupPagesFor(filter) : this.otherPagesFor(feature, filter)));
        }
        const { locationId } = filter;
        return pages(`${label} ${locationId ?? '(no location)'}`, () => {
          // As WebexCalling does: a per-location feature cannot be listed for the whole org.
          if (locationId === undefined) throw new TypeError(`Webex lists ${feature.collection} per location only`);
          return feature.listKey === 'callPickups' ? this.callPickupPagesFor(locationId) : this.otherPagesFor(feature, filter);
        });
      },
      itemDetails: (feature: CallingFeature, locationId: string, id: string, options?: CallOptions) => {
        this.calls.push({ method: 'itemDetails', args: [feature, locationId, id, options] });
        if (feature.listKey === 'huntGroups') return this.huntGroupResult(locationId, id);
        if (feature.listKey === 'callPickups') return this.callPickupResult(locationId, id);
        return this.otherResult(feature, locationId, id);
      },
    };
    return fake as unknown as WebexCalling;
  }
}

/** The registered kind a feature belongs to, by its list key. */
function kindOf(feature: CallingFeature): Kind | undefined {
  return ALL_KINDS.find((kind) => KINDS[kind].endpoint.listKey === feature.listKey);
}

export function huntGroupItem(id: string, locationId: string, extra: Partial<HuntGroupListItem> = {}): HuntGroupListItem {
  return { id, name: `HG ${id}`, locationId, locationName: `Location ${locationId}`, enabled: true, ...extra };
}

export function callPickupItem(id: string, extra: Partial<CallPickupListItem> = {}): CallPickupListItem {
  return { id, name: `CP ${id}`, ...extra } as CallPickupListItem;
}

/** Where Webex keeps hunt groups and call pickups, written out so tests compare calls with literal values. */
export const HUNT_GROUPS: CallingFeature = { collection: 'huntGroups', listKey: 'huntGroups', orgWide: true };
export const CALL_PICKUPS: CallingFeature = { collection: 'callPickups', listKey: 'callPickups', orgWide: false };
