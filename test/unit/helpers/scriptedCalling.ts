// A WebexCalling stand-in for store and inventory tests that need exact control over what each call
// returns and when (no HTTP, no timers): every call is recorded with its arguments, list pages come
// from scripts, and a call can be held until the test releases it.
import type { CallOptions, HuntGroupFilter, WebexCalling } from '../../../src/webex/calling';
import type { ListPage } from '../../../src/webex/client';
import type { CallPickupDetails, CallPickupListItem, HuntGroupDetails, HuntGroupListItem, Location } from '../../../src/webex/types';

export interface RecordedCall {
  method: 'locations' | 'huntGroupPages' | 'callPickupPages' | 'huntGroup' | 'callPickup';
  args: unknown[];
}

/** A page of a scripted list; `error` makes reading that page fail instead. */
export type ScriptedPage<T> = T[] | { error: unknown };

export class ScriptedCalling {
  readonly calls: RecordedCall[] = [];
  locationsResult: () => Promise<Location[]> = async () => [];
  /** Pages of a hunt group listing, by the filter it was asked with. */
  huntGroupPagesFor: (filter: HuntGroupFilter) => ScriptedPage<HuntGroupListItem>[] = () => [];
  callPickupPagesFor: (locationId: string) => ScriptedPage<CallPickupListItem>[] = () => [];
  huntGroupResult: (locationId: string, id: string) => Promise<HuntGroupDetails> = async (locationId, id) => ({ id, name: `hg ${id}`, locationId }) as HuntGroupDetails;
  callPickupResult: (locationId: string, id: string) => Promise<CallPickupDetails> = async (_locationId, id) => ({ id, name: `cp ${id}` }) as CallPickupDetails;
  /** Pages read so far, as `method:index`. */
  readonly pageReads: string[] = [];
  private readonly holds = new Map<string, { reached: () => void; released: Promise<void> }>();

  /** The next read of `pageKey` (e.g. `huntGroupPages:1`) waits until `release()` is called. */
  hold(pageKey: string): { reached: Promise<void>; release: () => void } {
    let release!: () => void;
    let reached!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    this.holds.set(pageKey, { reached, released });
    return { reached: reachedPromise, release };
  }

  count(method: RecordedCall['method']): number {
    return this.calls.filter((call) => call.method === method).length;
  }

  asCalling(): WebexCalling {
    const pages = <T>(method: string, script: ScriptedPage<T>[]): AsyncIterable<ListPage<T>> => {
      const { holds, pageReads } = this;
      return (async function* () {
        for (let index = 0; index < script.length; index++) {
          const key = `${method}:${index}`;
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
      huntGroupPages: (filter: HuntGroupFilter = {}) => {
        this.calls.push({ method: 'huntGroupPages', args: [filter] });
        return pages('huntGroupPages', this.huntGroupPagesFor(filter));
      },
      callPickupPages: (locationId: string, filter: CallOptions = {}) => {
        this.calls.push({ method: 'callPickupPages', args: [locationId, filter] });
        return pages(`callPickupPages ${locationId}`, this.callPickupPagesFor(locationId));
      },
      huntGroup: (locationId: string, id: string, options?: CallOptions) => {
        this.calls.push({ method: 'huntGroup', args: [locationId, id, options] });
        return this.huntGroupResult(locationId, id);
      },
      callPickup: (locationId: string, id: string, options?: CallOptions) => {
        this.calls.push({ method: 'callPickup', args: [locationId, id, options] });
        return this.callPickupResult(locationId, id);
      },
    };
    return fake as unknown as WebexCalling;
  }
}

export function huntGroupItem(id: string, locationId: string, extra: Partial<HuntGroupListItem> = {}): HuntGroupListItem {
  return { id, name: `HG ${id}`, locationId, locationName: `Location ${locationId}`, enabled: true, ...extra };
}

export function callPickupItem(id: string, extra: Partial<CallPickupListItem> = {}): CallPickupListItem {
  return { id, name: `CP ${id}`, ...extra } as CallPickupListItem;
}
