// The paste fallback, for a browser whose redirect cannot reach this machine (Remote-SSH,
// Codespaces, code-server): the user pastes the address the browser ended on, or just the code.
// As with gcloud's and az's fallbacks, a whole address is checked like a real redirect (its state
// must match); a bare code is taken as it is, PKCE still binds it to this sign-in's verifier.
import { AuthorizationRefusedError, codeFromRedirect } from './authorizationResponse';

/** OAuth codes are URL-safe tokens; anything else pasted is not one. */
const BARE_CODE = /^[A-Za-z0-9\-._~]{8,2048}$/;

/** The authorization code in what was pasted; throws AuthorizationRefusedError when there is none to use. */
export function codeFromPaste(pasted: string, expectedState: string): string {
  const text = pasted.trim().replace(/^["'<]+|[>"']+$/g, '');
  if (!text) throw new AuthorizationRefusedError('notUnderstood', 'Nothing was pasted.');
  const query = queryOf(text);
  if (query) return codeFromRedirect(query, expectedState);
  if (BARE_CODE.test(text)) return text;
  throw new AuthorizationRefusedError(
    'notUnderstood',
    'That is neither the address the browser ended on (…/callback?code=…&state=…) nor an authorization code.',
  );
}

/** The query of a pasted address (full, or just its `?…` part); undefined when it is not one. */
function queryOf(text: string): URLSearchParams | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      return new URL(text).searchParams;
    } catch {
      return undefined;
    }
  }
  if (text.startsWith('?') || /(^|[?&])(code|error|state)=/.test(text)) return new URLSearchParams(text.slice(text.indexOf('?') + 1));
  return undefined;
}
