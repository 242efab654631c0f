// One sentence for any error, for tree nodes and messages. Webex errors bring their own wording
// (status, Webex's message, the scope a 403 lacks) and a tracking ID for support; anything else
// is shown by its message only.
import { WebexError } from './webex/errors';

export interface ErrorSummary {
  message: string;
  trackingId?: string;
}

export function errorSummary(error: unknown): ErrorSummary {
  if (error instanceof WebexError) return { message: error.userMessage, trackingId: error.trackingId };
  if (error instanceof Error) return { message: error.message };
  return { message: String(error) };
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof WebexError && error.kind === 'unauthorized';
}

export function isNotFound(error: unknown): boolean {
  return error instanceof WebexError && error.kind === 'notFound';
}

export function isAborted(error: unknown): boolean {
  return error instanceof WebexError && error.kind === 'aborted';
}
