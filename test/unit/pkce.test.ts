import * as assert from 'node:assert';
import { codeFromRedirect } from '../../src/auth/authorizationResponse';
import { codeChallengeS256, createCodeVerifier, createState, stateMatches } from '../../src/auth/pkce';

describe('PKCE and state', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', () => {
    // The appendix's verifier is the base64url of its 32 octets; the challenge is the one it prints.
    assert.strictEqual(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'), 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers of 43 to 128 unreserved characters, never the same twice', () => {
    const verifiers = Array.from({ length: 50 }, () => createCodeVerifier());
    for (const verifier of verifiers) assert.match(verifier, /^[A-Za-z0-9\-._~]{43,128}$/);
    assert.strictEqual(new Set(verifiers).size, verifiers.length);
  });

  it('refuses a verifier outside RFC 7636 (too short, too long, other characters)', () => {
    assert.throws(() => codeChallengeS256('a'.repeat(42)), RangeError);
    assert.throws(() => codeChallengeS256('a'.repeat(129)), RangeError);
    assert.throws(() => codeChallengeS256(`${'a'.repeat(43)}+/`), RangeError);
    assert.doesNotThrow(() => codeChallengeS256('a'.repeat(128)));
  });

  it('makes random states and matches only the exact one', () => {
    const state = createState();
    assert.ok(state.length >= 32);
    assert.notStrictEqual(createState(), state);
    assert.ok(stateMatches(state, state));
    assert.ok(!stateMatches(`${state}x`, state));
    assert.ok(!stateMatches(state.slice(1), state));
    assert.ok(!stateMatches(null, state));
    assert.ok(!stateMatches(undefined, state));
  });

  it('takes the code of a redirect only with its state, and says why otherwise', () => {
    const state = createState();
    assert.strictEqual(codeFromRedirect(new URLSearchParams({ code: 'the-code', state }), state), 'the-code');
    assert.throws(() => codeFromRedirect(new URLSearchParams({ code: 'the-code', state: 'other' }), state), { reason: 'stateMismatch', message: /state does not match/ });
    assert.throws(() => codeFromRedirect(new URLSearchParams({ code: 'the-code' }), state), { reason: 'stateMismatch' });
    assert.throws(() => codeFromRedirect(new URLSearchParams({ error: 'access_denied', state }), state), { reason: 'denied', message: /declined/ });
    assert.throws(() => codeFromRedirect(new URLSearchParams({ error: 'invalid_scope', error_description: 'missing spark-admin:workspaces_read', state }), state), {
      reason: 'serverError',
      message: /not allowed all the scopes.*missing spark-admin:workspaces_read/,
    });
    assert.throws(() => codeFromRedirect(new URLSearchParams({ state }), state), { reason: 'noCode' });
  });
});
