// The "Webex Calling" output channel. Request entries come from the Webex client's log hook, which
// never carries the token; maskSecrets() is a second line of defence for anything else logged.
import * as vscode from 'vscode';
import type { RequestLogEntry } from './webex/client';

export type Logger = vscode.LogOutputChannel;

export function createLogger(): Logger {
  return vscode.window.createOutputChannel('Webex Calling', { log: true });
}

const bearerPattern = /(Bearer\s+)[^\s"']+/gi;

export function maskSecrets(text: string, knownSecrets: readonly string[] = []): string {
  let masked = text.replace(bearerPattern, '$1***');
  for (const secret of knownSecrets) {
    if (secret.length >= 8) masked = masked.split(secret).join('***');
  }
  return masked;
}

export function formatRequestEntry(entry: RequestLogEntry): string {
  const parts = [entry.method, entry.url, entry.status === undefined ? (entry.errorKind ?? 'failed') : String(entry.status), `${Math.round(entry.ms)} ms`];
  if (entry.trackingId) parts.push(`trackingid=${entry.trackingId}`);
  if (entry.retries > 0) parts.push(`retries=${entry.retries}`);
  if (entry.note) parts.push(entry.note);
  return parts.join(' ');
}
