// PKCE (RFC 7636) with S256, and the `state` that ties a redirect to the sign-in that asked for it.
// Both come from the operating system's cryptographic random source; nothing here imports 'vscode'.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 64 random bytes give an 86-character verifier, inside RFC 7636's 43–128. */
const VERIFIER_BYTES = 64;
const STATE_BYTES = 32;
/** RFC 7636 §4.1: unreserved characters, 43 to 128 of them. */
const VERIFIER_SHAPE = /^[A-Za-z0-9\-._~]{43,128}$/;

export function createCodeVerifier(): string {
  return randomBytes(VERIFIER_BYTES).toString('base64url');
}

/** BASE64URL(SHA256(ASCII(verifier))), the `code_challenge` sent with `code_challenge_method=S256`. */
export function codeChallengeS256(verifier: string): string {
  if (!VERIFIER_SHAPE.test(verifier)) throw new RangeError('A PKCE code verifier must be 43 to 128 unreserved characters.');
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export function createState(): string {
  return randomBytes(STATE_BYTES).toString('base64url');
}

/** Compares in constant time, so a forged redirect cannot learn the state a character at a time. */
export function stateMatches(received: string | null | undefined, expected: string): boolean {
  if (typeof received !== 'string') return false;
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
