// One sent GET as the request log sees it: an exchange per redirect hop, each logged, the last one
// judged. Redirects are followed only within the origin the token belongs to.

import { BadResponseError, getContext, requestPathOf } from './errors';
import { RequestLog, RequestLogEntry } from './requestLog';
import { JsonResponse, judge, trackingIdOf } from './responses';
import { exchange, RawResponse } from './transport';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/** Where the token may go, and how each exchange is bounded and logged. */
export interface Route {
  /** The base URL's origin: the only one that gets the token. */
  origin: string;
  /** The base URL's path, e.g. `/v1`: what scopes are keyed below. */
  basePath: string;
  timeoutMs: number;
  log: RequestLog;
}

/** GETs `url` with `token`, following same-origin redirects; the parsed answer or the typed error. */
export async function getFollowingRedirects(url: URL, token: string, signal: AbortSignal, retries: number, route: Route): Promise<JsonResponse> {
  let target = url;
  for (let hops = 0; ; hops++) {
    const from = target;
    const step = await route.log.exchange(from, retries, (entry) => hop(from, token, signal, hops, entry, route));
    if (!(step instanceof URL)) return step;
    target = step;
  }
}

/** One exchange, judged: the parsed answer, or the URL a same-origin redirect leads to. */
async function hop(url: URL, token: string, signal: AbortSignal, hops: number, entry: RequestLogEntry, route: Route): Promise<JsonResponse | URL> {
  const raw = await exchange(url, token, signal, route.timeoutMs);
  entry.status = raw.status;
  entry.trackingId = trackingIdOf(raw, token);
  const redirect = redirectTarget(raw, url);
  if (!redirect) return judge(raw, url, token, apiPathOf(url, route.basePath));
  const sameOrigin = redirect.origin === route.origin;
  entry.note = `redirected to ${sameOrigin ? requestPathOf(redirect) : redirect.host}`;
  if (!sameOrigin) {
    // Following without the token would only earn a 401 from a host the user never configured;
    // naming the host tells them what to fix (often http→https or a regional API host).
    throw new BadResponseError(getContext(url, entry.trackingId), `it redirected to another host (${redirect.host}), which was not contacted`);
  }
  if (hops >= MAX_REDIRECTS) {
    throw new BadResponseError(getContext(url, entry.trackingId), `more than ${MAX_REDIRECTS} redirects`);
  }
  return redirect;
}

function redirectTarget(raw: RawResponse, from: URL): URL | undefined {
  if (!REDIRECT_STATUSES.has(raw.status)) return undefined;
  const location = raw.headers.get('location');
  if (!location) return undefined;
  try {
    return new URL(location, from);
  } catch {
    return undefined;
  }
}

/** The path below the base URL, e.g. `/people/me` for `/v1/people/me`: what scopes are keyed by. */
function apiPathOf(url: URL, basePath: string): string {
  return url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname;
}
