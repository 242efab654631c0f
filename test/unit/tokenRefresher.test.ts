import * as assert from 'node:assert';
import { TokenEndpointError, type TokenSet } from '../../src/auth/tokenEndpoint';
import { refreshDueAt, TokenRefresher, type SessionEndReason } from '../../src/auth/tokenRefresher';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function tokensAt(issuedAt: number, n: number, accessMs = 14 * DAY, refreshMs = 90 * DAY): TokenSet {
  return { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, issuedAt, accessTokenExpiresAt: issuedAt + accessMs, refreshTokenExpiresAt: issuedAt + refreshMs };
}

/** A refresher on a clock the test moves, whose refresh grant the test answers. */
function harness(initial: TokenSet) {
  let now = initial.issuedAt;
  const refreshCalls: string[] = [];
  const saved: TokenSet[] = [];
  const ended: SessionEndReason[] = [];
  let answer: (refreshToken: string) => Promise<TokenSet> = async () => tokensAt(now, refreshCalls.length);
  const refresher = new TokenRefresher({
    tokens: initial,
    refresh: (refreshToken) => {
      refreshCalls.push(refreshToken);
      return answer(refreshToken);
    },
    saved: (tokens) => void saved.push(tokens),
    ended: (reason) => void ended.push(reason),
    now: () => now,
  });
  return {
    refresher,
    refreshCalls,
    saved,
    ended,
    setNow: (ms: number) => (now = ms),
    answerWith: (fn: (refreshToken: string) => Promise<TokenSet>) => (answer = fn),
  };
}

describe('Token refresh', () => {
  const t0 = Date.UTC(2026, 0, 1);

  it('refreshes 5 minutes ahead of a 14-day token, a tenth of the lifetime ahead of a short one', () => {
    assert.strictEqual(refreshDueAt(tokensAt(t0, 0)), t0 + 14 * DAY - 5 * 60_000);
    assert.strictEqual(refreshDueAt(tokensAt(t0, 0, 60_000)), t0 + 54_000);
  });

  it('uses the token as it is until the refresh is due, then refreshes once and keeps the new tokens', async () => {
    const h = harness(tokensAt(t0, 0));
    h.setNow(t0 + 14 * DAY - 5 * 60_000 - 1);
    assert.strictEqual(await h.refresher.getToken(), 'access-0');
    assert.deepStrictEqual(h.refreshCalls, []);
    h.setNow(t0 + 14 * DAY - 5 * 60_000);
    assert.strictEqual(await h.refresher.getToken(), 'access-1');
    assert.deepStrictEqual(h.refreshCalls, ['refresh-0']);
    assert.deepStrictEqual(h.saved.map((t) => t.accessToken), ['access-1']);
    assert.strictEqual(await h.refresher.getToken(), 'access-1', 'the new token is not due yet');
    assert.strictEqual(h.refreshCalls.length, 1);
  });

  it('makes requests that arrive during a refresh wait for it, with one refresh for all', async () => {
    const h = harness(tokensAt(t0, 0));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    h.answerWith(async () => {
      await gate;
      return tokensAt(t0 + 14 * DAY, 7);
    });
    h.setNow(t0 + 14 * DAY);
    const waiting = [h.refresher.getToken(), h.refresher.getToken(), h.refresher.onUnauthorized('access-0')];
    release();
    assert.deepStrictEqual(await Promise.all(waiting), ['access-7', 'access-7', true]);
    assert.strictEqual(h.refreshCalls.length, 1);
  });

  it('refreshes once on a 401, and a second 401 for an already replaced token needs no refresh', async () => {
    const h = harness(tokensAt(t0, 0));
    assert.strictEqual(await h.refresher.onUnauthorized('access-0'), true);
    assert.strictEqual(await h.refresher.getToken(), 'access-1');
    assert.strictEqual(await h.refresher.onUnauthorized('access-0'), true, 'a request that went out with the old token retries with the new one');
    assert.strictEqual(h.refreshCalls.length, 1);
  });

  it('ends the session when the refresh token is refused, and gives no token after', async () => {
    const h = harness(tokensAt(t0, 0));
    h.answerWith(() => Promise.reject(new TokenEndpointError('invalidGrant', 'refused')));
    assert.strictEqual(await h.refresher.onUnauthorized('access-0'), false);
    assert.deepStrictEqual(h.ended, ['rejected']);
    assert.strictEqual(await h.refresher.getToken(), undefined);
    assert.strictEqual(await h.refresher.onUnauthorized('access-0'), false);
    assert.strictEqual(h.refreshCalls.length, 1);
    assert.deepStrictEqual(h.ended, ['rejected'], 'ended is told once');
  });

  it('ends the session without asking Webex when the refresh token has expired', async () => {
    const h = harness(tokensAt(t0, 0, 14 * DAY, 90 * DAY));
    h.setNow(t0 + 90 * DAY);
    assert.strictEqual(await h.refresher.getToken(), undefined);
    assert.deepStrictEqual(h.ended, ['expired']);
    assert.deepStrictEqual(h.refreshCalls, []);
  });

  it('keeps the session through a network failure: the old token goes out, and the next 401 tries again', async () => {
    const h = harness(tokensAt(t0, 0));
    h.answerWith(() => Promise.reject(new TokenEndpointError('network', 'down')));
    h.setNow(t0 + 14 * DAY - 60_000);
    assert.strictEqual(await h.refresher.getToken(), 'access-0');
    assert.deepStrictEqual(h.ended, []);
    h.answerWith(async () => tokensAt(t0 + 14 * DAY, 2));
    assert.strictEqual(await h.refresher.onUnauthorized('access-0'), true);
    assert.strictEqual(await h.refresher.getToken(), 'access-2');
  });
});
