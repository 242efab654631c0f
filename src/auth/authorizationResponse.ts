// What the authorization server sent back to the redirect URI (`?code=…&state=…` or
// `?error=…&state=…`), judged the same way whether it reached the loopback server or was pasted.
import { stateMatches } from './pkce';

/** A redirect that does not complete this sign-in; `message` is plain words for the user. */
export class AuthorizationRefusedError extends Error {
  override readonly name = 'AuthorizationRefusedError';
  constructor(
    readonly reason: 'denied' | 'stateMismatch' | 'noCode' | 'serverError' | 'notUnderstood',
    message: string,
  ) {
    super(message);
  }
}

/** Longest part of a server's error description kept (it reaches a message). */
const MAX_DESCRIPTION = 200;

/** The authorization code, or an AuthorizationRefusedError saying why there is none to use. */
export function codeFromRedirect(params: URLSearchParams, expectedState: string): string {
  const error = params.get('error');
  // The state is checked first: an error response that is not ours says nothing about this sign-in.
  if (!stateMatches(params.get('state'), expectedState)) {
    throw new AuthorizationRefusedError(
      'stateMismatch',
      'The sign-in response does not belong to this sign-in (its state does not match), so it was refused. Start Sign In with Webex again.',
    );
  }
  if (error) throw errorResponse(error, params.get('error_description'));
  const code = params.get('code');
  if (!code) throw new AuthorizationRefusedError('noCode', 'The sign-in response has no authorization code.');
  return code;
}

function errorResponse(error: string, description: string | null): AuthorizationRefusedError {
  const detail = description ? ` Webex said: ${description.slice(0, MAX_DESCRIPTION)}` : '';
  switch (error) {
    case 'access_denied':
      return new AuthorizationRefusedError('denied', 'The sign-in was declined in the browser (access denied).');
    case 'invalid_scope':
      return new AuthorizationRefusedError(
        'serverError',
        `The integration is not allowed all the scopes asked for (invalid_scope). Add them to the integration on developer.webex.com, or narrow webexCalling.oauth.scopes.${detail}`,
      );
    default:
      return new AuthorizationRefusedError('serverError', `Webex refused the sign-in (${error.slice(0, 60)}).${detail}`);
  }
}
