// Secrets out of text before it is logged: the known tokens of this session, and anything shaped
// like a credential (an Authorization value, an OAuth token or client secret in a query, form or
// JSON body), whoever wrote the line and whatever a server echoed into it.

/** `Bearer x`, `Basic x`. */
const SCHEME_CREDENTIAL = /\b(Bearer|Basic)(\s+)[^\s"',;&]+/gi;
/** `Authorization: x` without a scheme (with one, SCHEME_CREDENTIAL masks it). */
const AUTHORIZATION_VALUE = /\b(Authorization"?\s*[:=]\s*"?)(?!(?:Bearer|Basic)\b)[^\s"',;&]+/gi;
/** `access_token=x`, `"refresh_token": "x"`, `client_secret: x`, `code=x` in an OAuth exchange. */
const CREDENTIAL_FIELD = /\b(access_token|refresh_token|id_token|client_secret|accessToken|refreshToken|clientSecret)("?\s*[:=]\s*"?)[^\s"',;&}]+/gi;
const MASK = '***';
/** Shorter values are too likely to be ordinary words to be searched for and replaced. */
const SHORTEST_KNOWN_SECRET = 8;

export function maskSecrets(text: string, knownSecrets: Iterable<string> = []): string {
  let masked = text;
  for (const secret of knownSecrets) {
    if (secret.length >= SHORTEST_KNOWN_SECRET) masked = masked.split(secret).join(MASK);
  }
  return masked
    .replace(SCHEME_CREDENTIAL, `$1$2${MASK}`)
    .replace(AUTHORIZATION_VALUE, `$1${MASK}`)
    .replace(CREDENTIAL_FIELD, `$1$2${MASK}`);
}
