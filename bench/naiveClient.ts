// The baseline figure 2 compares against: the inventory as a straightforward script would read it,
// one awaited request after another, hunt groups listed location by location. No cache, no
// parallelism, no org-wide list.
import { nextPageUrl } from '../src/webex/linkHeader';

export interface NaiveResult {
  requests: number;
  items: number;
}

export async function naiveInventory(baseUrl: string, token: string): Promise<NaiveResult> {
  let requests = 0;
  const get = async (url: string): Promise<{ body: Record<string, unknown>; next?: string }> => {
    requests++;
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    return { body: (await response.json()) as Record<string, unknown>, next: nextPageUrl(response.headers.get('link'), url)?.href };
  };
  const list = async (url: string, key: string): Promise<Array<{ id: string }>> => {
    const items: Array<{ id: string }> = [];
    for (let next: string | undefined = url; next; ) {
      const page: { body: Record<string, unknown>; next?: string } = await get(next);
      items.push(...((page.body[key] as Array<{ id: string }>) ?? []));
      next = page.next;
    }
    return items;
  };

  let items = 0;
  const config = `${baseUrl}/telephony/config`;
  for (const location of await list(`${config}/locations?max=100`, 'locations')) {
    const at = encodeURIComponent(location.id);
    for (const group of await list(`${config}/huntGroups?locationId=${at}&max=100`, 'huntGroups')) {
      await get(`${config}/locations/${at}/huntGroups/${encodeURIComponent(group.id)}`);
      items++;
    }
    for (const pickup of await list(`${config}/locations/${at}/callPickups?max=100`, 'callPickups')) {
      await get(`${config}/locations/${at}/callPickups/${encodeURIComponent(pickup.id)}`);
      items++;
    }
  }
  return { requests, items };
}
