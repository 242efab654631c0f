// The details view's error line for a failed load.
import { errorSummary } from '../errorText';

/** Webex's sentence already ends with "Tracking ID: …" when there is one, so nothing is added to it. */
export function loadErrorText(error: unknown): string {
  return errorSummary(error).message;
}
