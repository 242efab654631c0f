// One HTTP exchange: a GET with the bearer token, read in full within the timeout, the caller's abort
// and the body size cap; any failure to get a complete response becomes the matching WebexError.
//
// The timeout is our own timer, cleared when the exchange ends, rather than AbortSignal.timeout():
// combined by AbortSignal.any, each timeout signal and the combined signal stayed in memory while
// the timer was pending (67 MB for 200,000 exchanges with a 30 s timeout, measured on Node 20.20;
// nodejs/node#54614), whereas AbortSignal.any over two plain controllers retained nothing.

import * as http from 'node:http';
import * as https from 'node:https';
import type { Readable } from 'node:stream';
import type { Headers } from 'node-fetch';
import { AbortedError, getContext, NetworkError, ResponseTooLargeError, TimeoutError, WebexError } from './errors';

/**
 * The largest body read, counted after decompression (node-fetch 2 applies its `size` limit to the
 * decompressed stream). Webex list pages of 1000 items stay far below it; without a cap a 0.41 MB
 * gzip body grew to 419 MB in memory.
 */
export const MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

/** A response read in full, before it is judged. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Sends one GET and reads the whole body. */
export async function exchange(url: URL, token: string, signal: AbortSignal, timeoutMs: number): Promise<RawResponse> {
  // Aborted by our own timeout or a cut-short body, each with a flag saying why.
  const ours = new AbortController();
  const ended = { timedOut: false, truncated: false };
  const timer = setTimeout(() => {
    ended.timedOut = true;
    ours.abort();
  }, timeoutMs);
  try {
    const response = await nodeFetch()(url.href, {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      redirect: 'manual',
      signal: AbortSignal.any([signal, ours.signal]),
      size: MAX_RESPONSE_BYTES,
      agent: truncationWatchingAgent(() => {
        ended.truncated = true;
        ours.abort();
      }),
    });
    try {
      return { status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      // A body given up on (e.g. over the cap) would otherwise go on arriving and inflating unread.
      (response.body as Readable).destroy();
      throw error;
    }
  } catch (error) {
    throw transportError(error, url, timeoutMs, { ...ended, aborted: signal.aborted });
  } finally {
    clearTimeout(timer);
  }
}

/** Why an exchange failed without a complete response; each of our own aborts has a flag saying why it fired. */
function transportError(error: unknown, url: URL, timeoutMs: number, ended: { timedOut: boolean; truncated: boolean; aborted: boolean }): WebexError {
  const context = getContext(url);
  if (fetchErrorType(error) === 'max-size') return new ResponseTooLargeError(context, MAX_RESPONSE_BYTES);
  if (ended.timedOut) return new TimeoutError(context, timeoutMs);
  if (ended.aborted) return new AbortedError(context);
  if (ended.truncated) return new NetworkError(context, url.host, 'ECONNRESET');
  return new NetworkError(context, url.host, systemErrorCode(error));
}

/**
 * node-fetch, loaded on the first request rather than with the extension: activation then costs
 * nothing for it (it pulls in streams and zlib).
 */
function nodeFetch(): typeof import('node-fetch').default {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  return (require('node-fetch') as typeof import('node-fetch')).default;
}

/**
 * node-fetch 2 never ends the body of a response whose connection drops before Content-Length bytes
 * have arrived, so reading it would hang until the timeout instead of failing (and being retried)
 * at once. This agent hands each request to Node's shared keep-alive agent and reports a response
 * that closes incomplete.
 */
function truncationWatchingAgent(onTruncated: () => void): (url: URL) => http.Agent {
  return (url) => {
    const shared: http.Agent = url.protocol === 'https:' ? https.globalAgent : http.globalAgent;
    const sharedInternals = shared as unknown as AgentInternals;
    const watching = Object.create(shared) as http.Agent & AgentInternals;
    watching.addRequest = (request, options) => {
      request.once('response', (response: http.IncomingMessage) => {
        response.once('close', () => {
          if (!response.complete) onTruncated();
        });
      });
      sharedInternals.addRequest(request, options);
    };
    return watching;
  };
}

/** The hook Node's http.request calls on its agent; public in behaviour, absent from the typings. */
interface AgentInternals {
  addRequest(request: http.ClientRequest, options: unknown): void;
}

/** node-fetch's FetchError says what went wrong in `type` ('max-size', 'system', …). */
function fetchErrorType(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
}

function systemErrorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
