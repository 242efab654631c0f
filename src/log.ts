// The "Webex Calling" output channel. Every line written to it, by any caller, passes through
// maskSecrets(): request entries never carry the token, but a server can echo it (into a tracking
// ID, an error message) and anything else logged could hold one.
import * as vscode from 'vscode';
import { maskSecrets } from './secretMask';
import type { RequestLogEntry } from './webex/client';

export type Logger = vscode.LogOutputChannel;

/** The channel's methods that take text to write. */
const WRITING_METHODS = new Set<PropertyKey>(['trace', 'debug', 'info', 'warn', 'error', 'append', 'appendLine', 'replace']);

/** @param knownSecrets the tokens in use now, read at each line so a new sign-in is covered at once. */
export function createLogger(knownSecrets: () => Iterable<string>): Logger {
  return maskingChannel(vscode.window.createOutputChannel('Webex Calling', { log: true }), knownSecrets);
}

/**
 * The channel itself, with its writing methods masking every argument. A proxy rather than a class
 * of our own: the channel's other members (log level, show, events) stay exactly VS Code's.
 */
export function maskingChannel<Channel extends object>(channel: Channel, knownSecrets: () => Iterable<string>): Channel {
  const mask = (value: unknown): unknown => {
    if (typeof value === 'string') return maskSecrets(value, knownSecrets());
    if (value instanceof Error) return maskSecrets(value.stack ?? `${value.name}: ${value.message}`, knownSecrets());
    if (value !== null && typeof value === 'object') return maskSecrets(safeJson(value), knownSecrets());
    return value;
  };
  return new Proxy(channel, {
    get(target, key) {
      const member: unknown = Reflect.get(target, key, target);
      if (typeof member !== 'function') return member;
      const method = member as (...args: unknown[]) => unknown;
      if (!WRITING_METHODS.has(key)) return method.bind(target);
      return (...args: unknown[]) => method.apply(target, args.map(mask));
    },
  });
}

function safeJson(value: object): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function formatRequestEntry(entry: RequestLogEntry): string {
  const parts = [entry.method, entry.url, entry.status === undefined ? (entry.errorKind ?? 'failed') : String(entry.status), `${Math.round(entry.ms)} ms`];
  if (entry.trackingId) parts.push(`trackingid=${entry.trackingId}`);
  if (entry.retries > 0) parts.push(`retries=${entry.retries}`);
  if (entry.note) parts.push(entry.note);
  return parts.join(' ');
}
