// The orgs the benchmark runs on, the store the extension reads through (over a real WebexClient),
// and the fewest requests each user action could possibly take, computed from the sample data.
import { SAMPLE_TOKEN, startSampleServer, type SampleOrg, type SampleOrgSize, type SampleServer, type SampleServerOptions } from '../src/sample/server';
import { OrgStore } from '../src/store/orgStore';
import { WebexCalling } from '../src/webex/calling';
import { WebexClient, type WebexClientOptions } from '../src/webex/client';

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
}

export const DEFAULT_ORG: BenchOrg = { label: 'default org' };
export const THOUSAND_LOCATIONS: BenchOrg = { label: describeSize(SCALE_ORG), size: SCALE_ORG };

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

/** One request even for an empty list: it takes one to learn that it is empty. */
export function pagesFor(items: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(items / pageSize));
}

export function totals(org: SampleOrg): { locations: number; huntGroups: number; callPickups: number } {
  return {
    locations: org.locations.length,
    huntGroups: org.locations.reduce((sum, l) => sum + l.huntGroups.length, 0),
    callPickups: org.locations.reduce((sum, l) => sum + l.callPickups.length, 0),
  };
}

/** The locations' pages plus one call pickup list (its pages) per location. */
export function locationAndPickupListsBound(org: SampleOrg): number {
  return pagesFor(org.locations.length) + org.locations.reduce((sum, l) => sum + pagesFor(l.callPickups.length), 0);
}

/** Every hunt group and call pickup with details: all lists (hunt groups org-wide) + one GET per item. */
export function inventoryBound(org: SampleOrg): number {
  const counts = totals(org);
  return locationAndPickupListsBound(org) + pagesFor(counts.huntGroups) + counts.huntGroups + counts.callPickups;
}

/** The longest chain of requests that must follow one another in a full inventory. */
export function inventoryChain(org: SampleOrg): number {
  const longestPickupList = Math.max(0, ...org.locations.map((l) => pagesFor(l.callPickups.length)));
  // Hunt groups: the org-wide pages one after the other, then the last page's details.
  // Call pickups: the locations' pages, then a location's list pages, then a details GET.
  return Math.max(pagesFor(totals(org).huntGroups) + 1, pagesFor(org.locations.length) + longestPickupList + 1);
}
