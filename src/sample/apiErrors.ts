// How the sample API says no, in Webex's words and error body shape.

import * as http from 'node:http';

/** Webex's wording for the common errors, so clients and screenshots see realistic messages. */
const ERROR_MESSAGES: Record<number, string> = {
  400: 'The request was invalid or cannot be otherwise served.',
  401: 'The request requires a valid access token set in the Authorization request header.',
  403: 'The server understood the request, but refused to fulfill it because the access token is missing required scopes or the user is missing required roles or licenses.',
  404: 'The requested resource could not be found.',
  405: 'The request was made to a resource using an HTTP request method that is not supported.',
  421: "The request's Host header does not name this server.",
  423: 'The requested resource is temporarily unavailable.',
  429: 'Too many requests have been sent in a given amount of time and the request has been rate limited.',
  500: 'Something went wrong on the server.',
  502: 'The server received an invalid response from an upstream server while processing the request.',
  503: 'Server is overloaded with requests. Try again later.',
  504: 'An upstream server failed to respond on time.',
};

export function messageForStatus(status: number): string {
  return ERROR_MESSAGES[status] ?? http.STATUS_CODES[status] ?? 'Error';
}

/** Webex's error body; the tracking ID repeats the `trackingid` header. */
export function errorBody(message: string, trackingId: string): Record<string, unknown> {
  return { message, errors: [{ description: message }], trackingId };
}

/** A route's refusal, turned into an error reply by the server. */
export class RequestError extends Error {
  constructor(readonly status: number, message?: string) {
    super(message ?? messageForStatus(status));
  }
}

/** 404, naming what was missing when known: "Hunt group not found." */
export function notFound(what?: string): RequestError {
  return new RequestError(404, what ? `${what} not found.` : undefined);
}
