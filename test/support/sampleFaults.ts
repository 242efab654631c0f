// Faults the test sample server can inject, as proxies, gateways, networks and Webex itself have
// been seen to misbehave: what each one is, and how it replaces or reshapes the sample API's reply.

import type * as http from 'node:http';
import type { SampleReply, SampleReplyKit } from '../../src/sample/server';
import { checkGzipBombSize, gzipBombBody } from './gzipBomb';

/**
 * Where a fault or a 403 applies: a path prefix after `/v1` (e.g. `/telephony/config/huntGroups`;
 * matched on the path without the query), or a RegExp tested on the path+query both after `/v1`
 * (`/telephony/config/huntGroups?max=5`) and as received (`/v1/telephony/...`): either match counts.
 */
export type PathMatcher = string | RegExp;

export type FaultKind =
  // Answers `status` before auth and routing. `body`: a string is sent as it is, anything else as
  // JSON; omitted, Webex's error body for the status.
  | { kind: 'status'; status: number; retryAfterSeconds?: number; body?: unknown }
  | { kind: 'hang' } // accepts the request, never answers (until the server closes)
  | { kind: 'reset' } // sends the status line and part of the body, then destroys the socket
  | { kind: 'malformedJson' } // 200 with a truncated JSON body
  | { kind: 'html' } // 200 with Content-Type text/html and an HTML page
  // 200 with JSON of the wrong shape. Lists: 'missingKey' (default) drops the list key,
  // 'nullItems' sends it as null, 'notObject' sends a bare array. Details: `{}`, `null`, `[]`.
  | { kind: 'wrongShape'; variant?: 'missingKey' | 'nullItems' | 'notObject' }
  | { kind: 'linkLoop' } // a list page whose Link rel="next" points back at the same URL
  // A list page with no items whose Link rel="next" points where the next page would start
  // (as if this page had been served), so a client that stops at an empty page misses items.
  | { kind: 'emptyPageWithNext' }
  | { kind: 'crossOriginNext'; origin: string } // Link rel="next" on another origin (always sent)
  // The page as usual, but its Link rel="next" keeps only `start` and `max`: the request's filters
  // and orgId are gone, as Webex's next links sometimes drop them.
  | { kind: 'nextDropsParams' }
  | { kind: 'redirect'; location: string; status?: 301 | 302 | 307 | 308 }
  // The API's own answer, but its `trackingid` header (and an error body's `trackingId`) repeat the
  // request's Authorization header, as a misbehaving proxy might.
  | { kind: 'echoAuthorization' }
  // 200, Content-Encoding: gzip, whose body inflates to exactly `decompressedBytes` bytes of JSON
  // (`{"items":["xxx…"]}`, at least 14 bytes); the compressed body is about a thousandth of that.
  | { kind: 'gzipBomb'; decompressedBytes: number };

export interface Fault {
  path: PathMatcher;
  fault: FaultKind;
  /** How many matching requests it applies to; default: every one until cleared. */
  times?: number;
}

export function matchesPath(matcher: PathMatcher, pathAfterPrefix: string, pathAndQueryAfterPrefix: string, urlAsReceived: string): boolean {
  if (typeof matcher === 'string') return pathAfterPrefix.startsWith(matcher);
  matcher.lastIndex = 0;
  if (matcher.test(pathAndQueryAfterPrefix)) return true;
  matcher.lastIndex = 0;
  return matcher.test(urlAsReceived);
}

interface ActiveFault {
  matcher: PathMatcher;
  fault: FaultKind;
  remaining: number;
}

/** The faults set on a server, each used up after its `times` matching requests. */
export class FaultList {
  private faults: ActiveFault[] = [];
  /** Made once per size: a benchmark may send the same bomb many times. */
  private readonly gzipBombs = new Map<number, Promise<Buffer>>();

  add(fault: Fault): void {
    if (fault.fault.kind === 'gzipBomb') checkGzipBombSize(fault.fault.decompressedBytes);
    this.faults.push({ matcher: fault.path, fault: fault.fault, remaining: fault.times ?? Infinity });
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault matching the request, counted as used. */
  take(path: string, pathAndQuery: string, urlAsReceived: string): FaultKind | undefined {
    const active = this.faults.find((entry) => entry.remaining > 0 && matchesPath(entry.matcher, path, pathAndQuery, urlAsReceived));
    if (!active) return undefined;
    active.remaining--;
    return active.fault;
  }

  /**
   * Faults that replace the API's answer entirely (as a proxy, gateway or network would), before
   * rate limiting and auth. Returns false for faults that shape the API's own answer instead.
   */
  async sendTransportFault(fault: FaultKind, res: http.ServerResponse, kit: SampleReplyKit): Promise<boolean> {
    switch (fault.kind) {
      case 'status': {
        const trackingId = kit.nextTrackingId();
        const headers: Record<string, string> = { 'Content-Type': 'application/json;charset=UTF-8', trackingid: trackingId };
        if (fault.retryAfterSeconds !== undefined) headers['Retry-After'] = String(fault.retryAfterSeconds);
        const body = fault.body !== undefined ? fault.body : kit.errorBody(kit.messageForStatus(fault.status), trackingId);
        res.writeHead(fault.status, headers);
        res.end(typeof body === 'string' ? body : JSON.stringify(body));
        return true;
      }
      case 'hang':
        // Never answer; close() ends the connection.
        return true;
      case 'html':
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', trackingid: kit.nextTrackingId() });
        res.end('<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body><h1>Please sign in</h1><p>This network requires you to sign in before using the Internet.</p></body></html>');
        return true;
      case 'redirect':
        res.writeHead(fault.status ?? 302, { Location: fault.location, trackingid: kit.nextTrackingId() });
        res.end();
        return true;
      case 'gzipBomb': {
        let body = this.gzipBombs.get(fault.decompressedBytes);
        if (!body) this.gzipBombs.set(fault.decompressedBytes, (body = gzipBombBody(fault.decompressedBytes)));
        const bytes = await body;
        res.writeHead(200, {
          'Content-Type': 'application/json;charset=UTF-8',
          'Content-Encoding': 'gzip',
          'Content-Length': String(bytes.length),
          trackingid: kit.nextTrackingId(),
        });
        res.end(bytes);
        return true;
      }
      default:
        return false;
    }
  }
}

/**
 * The API's reply as a fault shapes it: next links that loop, point elsewhere or lose parameters,
 * an empty page, a body of the wrong shape, a tracking ID that repeats the Authorization header.
 * Returns undefined once it has written the response itself (malformed JSON, a reset).
 */
export function applyReplyFault(fault: FaultKind, reply: SampleReply, request: { url: URL; authorization: string | undefined }, res: http.ServerResponse, kit: SampleReplyKit): SampleReply | undefined {
  const shaped: SampleReply = { ...reply };
  const list = reply.status === 200 ? reply.list : undefined;
  const url = request.url;
  if (list) {
    switch (fault.kind) {
      case 'linkLoop':
        shaped.nextLink = kit.origin + url.pathname + url.search;
        break;
      case 'emptyPageWithNext':
        shaped.body = { [list.key]: [] };
        shaped.nextLink = kit.pageUrl(url, list.nextStart);
        break;
      case 'crossOriginNext':
        shaped.nextLink = kit.pageUrl(url, list.nextStart).replace(kit.origin, fault.origin.replace(/\/+$/, ''));
        break;
      case 'nextDropsParams':
        if (shaped.nextLink !== undefined) {
          const kept = new URLSearchParams({ start: String(list.nextStart) });
          if (url.searchParams.has('max')) kept.set('max', url.searchParams.get('max')!);
          shaped.nextLink = `${kit.origin}${url.pathname}?${kept}`;
        }
        break;
      default:
        break;
    }
  }
  if (fault.kind === 'echoAuthorization') shaped.trackingId = request.authorization ?? '';
  if (fault.kind === 'wrongShape' && reply.status === 200) shaped.body = wrongShapeOf(shaped.body, list?.key, fault.variant ?? 'missingKey');
  if (fault.kind !== 'malformedJson' && fault.kind !== 'reset') return shaped;

  const { status, headers, text } = kit.render(shaped);
  if (fault.kind === 'malformedJson') {
    res.writeHead(200, headers);
    res.end(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
    return undefined;
  }
  const bytes = Buffer.from(text, 'utf8');
  res.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy());
  return undefined;
}

function wrongShapeOf(body: unknown, listKey: string | undefined, variant: 'missingKey' | 'nullItems' | 'notObject'): unknown {
  if (listKey !== undefined) {
    if (variant === 'nullItems') return { [listKey]: null };
    if (variant === 'notObject') return (body as Record<string, unknown>)[listKey];
    return { result: (body as Record<string, unknown>)[listKey] };
  }
  if (variant === 'nullItems') return null;
  if (variant === 'notObject') return [];
  return {};
}
