// The orgs the benchmark runs on, the store the extension reads through (over a real WebexClient),
// and the fewest requests each user action could possibly take, computed from the sample data.
import { SAMPLE_TOKEN, startSampleServer, type SampleOrg, type SampleOrgSize, type SampleServer, type SampleServerOptions } from '../test/support/sampleServer';
import { OrgStore } from '../src/store/orgStore';
import { WebexCalling } from '../src/webex/calling';
import { WebexClient, type WebexClientOptions } from '../src/webex/client';

import type { PagingMode } from '../src/sample/control';
import { inventoryRequests, listRequests, locationAndPickupListRequests, MEMBER_KIND_KEYS } from './bounds';
import { CONCURRENCY, PAGE_SIZE } from './settings';

export { CONCURRENCY, LATENCY_MS, PAGE_SIZE } from './settings';

export const SCALE_ORG: SampleOrgSize = { locations: 1000, huntGroupsPerLocation: 5, callPickupsPerLocation: 2 };

export function describeSize(size: SampleOrgSize): string {
  const count = (n: number): string => n.toLocaleString('en-US');
  return `${count(size.locations)} loc × ${count(size.huntGroupsPerLocation)} HG × ${count(size.callPickupsPerLocation)} CP`;
}

export interface BenchOrg {
  label: string;
  size?: SampleOrgSize;
  /** How the sample API pages every list; default 'link'. */
  paging?: PagingMode;
}

export const DEFAULT_ORG: BenchOrg = { label: 'default org' };
export const THOUSAND_LOCATIONS: BenchOrg = { label: describeSize(SCALE_ORG), size: SCALE_ORG };
/** For the paging modes: 200 locations and 1,000 hunt groups are multiples of the page size (the offset modes' extra request shows), and it reads in a fifth of the 1,000-location org's time. */
const PAGING_SIZE: SampleOrgSize = { locations: 200, huntGroupsPerLocation: 5, callPickupsPerLocation: 2 };
export const PAGING_ORG: BenchOrg = { label: describeSize(PAGING_SIZE), size: PAGING_SIZE };

export async function withServer<T>(options: SampleServerOptions, use: (server: SampleServer) => Promise<T>): Promise<T> {
  const server = await startSampleServer(options);
  try {
    return await use(server);
  } finally {
    await server.close();
  }
}

/** A store as the extension builds one: the same client settings it uses by default. */
export function newStore(server: SampleServer, options: Partial<WebexClientOptions> = {}): OrgStore {
  const client = new WebexClient({
    baseUrl: server.baseUrl,
    getToken: () => SAMPLE_TOKEN,
    pageSize: PAGE_SIZE,
    maxConcurrentRequests: CONCURRENCY,
    ...options,
  });
  return new OrgStore(new WebexCalling(client));
}

/** The fewest requests for one list of `items` in a paging mode (see bounds.ts); the bench's page size. */
export function pagesFor(items: number, pageSize = PAGE_SIZE, mode: PagingMode = 'link'): number {
  return listRequests(items, pageSize, mode);
}

export function totals(org: SampleOrg): { locations: number; huntGroups: number; callQueues: number; autoAttendants: number; callPickups: number } {
  return {
    locations: org.locations.length,
    huntGroups: org.locations.reduce((sum, l) => sum + l.huntGroups.length, 0),
    callQueues: org.locations.reduce((sum, l) => sum + l.callQueues.length, 0),
    autoAttendants: org.locations.reduce((sum, l) => sum + l.autoAttendants.length, 0),
    callPickups: org.locations.reduce((sum, l) => sum + l.callPickups.length, 0),
  };
}

/** The locations' pages plus one call pickup list (its pages) per location. */
export function locationAndPickupListsBound(org: SampleOrg, mode: PagingMode = 'link'): number {
  return locationAndPickupListRequests(org, PAGE_SIZE, mode);
}

/** Every item of every kind with details: all lists (org-wide where Webex has them) + one GET per item. */
export function inventoryBound(org: SampleOrg, mode: PagingMode = 'link'): number {
  return inventoryRequests(org, PAGE_SIZE, mode);
}

/** What Find Agent reads: the inventory of the kinds that have members (no auto attendants). */
export function memberInventoryBound(org: SampleOrg, mode: PagingMode = 'link'): number {
  return inventoryRequests(org, PAGE_SIZE, mode, MEMBER_KIND_KEYS);
}

/** The longest chain of requests that must follow one another in a full inventory. */
export function inventoryChain(org: SampleOrg): number {
  const longestPickupList = Math.max(0, ...org.locations.map((l) => pagesFor(l.callPickups.length)));
  // Each org-wide kind: its pages one after the other, then the last page's details.
  // Call pickups: the locations' pages, then a location's list pages, then a details GET.
  const { huntGroups, callQueues, autoAttendants } = totals(org);
  return Math.max(...[huntGroups, callQueues, autoAttendants].map((items) => pagesFor(items) + 1), pagesFor(org.locations.length) + longestPickupList + 1);
}
