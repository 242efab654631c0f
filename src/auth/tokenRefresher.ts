// Keeps one OAuth session's access token fresh: refreshed ahead of expiry when a request asks for
// it, and once when Webex answers 401 to it. One refresh at a time: requests that arrive meanwhile
// wait for it and then go out with the new token. A refresh token that Webex rejects, or that has
// expired, ends the session. The clock is injected so the timing is tested without waiting.
import { TokenEndpointError, type TokenSet } from './tokenEndpoint';

/** Refreshed this long before expiry at most (a 14-day token: 5 minutes ahead). */
const MAX_REFRESH_LEAD_MS = 5 * 60_000;
/** …and at most this share of the token's lifetime ahead (a 60 s test token: 6 s ahead). */
const REFRESH_LEAD_SHARE = 0.1;

export type SessionEndReason = 'rejected' | 'expired';

export interface TokenRefresherOptions {
  tokens: TokenSet;
  /** The token endpoint's refresh grant; throws a TokenEndpointError. */
  refresh: (refreshToken: string) => Promise<TokenSet>;
  /** Keeps the new tokens (SecretStorage). */
  saved: (tokens: TokenSet) => void | Promise<void>;
  /** The session cannot go on; called once. */
  ended: (reason: SessionEndReason) => void;
  now?: () => number;
}

/** When a token issued at `issuedAt` that expires at `expiresAt` is refreshed. */
export function refreshDueAt(tokens: Pick<TokenSet, 'issuedAt' | 'accessTokenExpiresAt'>): number {
  const lifetime = Math.max(0, tokens.accessTokenExpiresAt - tokens.issuedAt);
  return tokens.accessTokenExpiresAt - Math.min(MAX_REFRESH_LEAD_MS, lifetime * REFRESH_LEAD_SHARE);
}

export class TokenRefresher {
  private tokens: TokenSet;
  private refreshing: Promise<void> | undefined;
  private endReason: SessionEndReason | undefined;
  private readonly now: () => number;

  constructor(private readonly options: TokenRefresherOptions) {
    this.tokens = options.tokens;
    this.now = options.now ?? Date.now;
  }

  get ended(): SessionEndReason | undefined {
    return this.endReason;
  }

  /** The tokens held now, for the log to mask. */
  get secrets(): string[] {
    return [this.tokens.accessToken, this.tokens.refreshToken];
  }

  /** The access token to send; refreshed first when it is due. Undefined once the session ended. */
  async getToken(): Promise<string | undefined> {
    if (this.endReason) return undefined;
    if (this.now() >= refreshDueAt(this.tokens)) await this.refreshOnce();
    return this.endReason ? undefined : this.tokens.accessToken;
  }

  /**
   * Webex answered 401 to `rejected`: refresh (unless another request already did) and say whether
   * the request should be sent again.
   */
  async onUnauthorized(rejected: string): Promise<boolean> {
    if (this.endReason) return false;
    if (rejected === this.tokens.accessToken) await this.refreshOnce();
    return !this.endReason && this.tokens.accessToken !== rejected;
  }

  /** Takes tokens refreshed elsewhere (another window of the same profile). */
  adopt(tokens: TokenSet): void {
    if (!this.endReason) this.tokens = tokens;
  }

  private refreshOnce(): Promise<void> {
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async refresh(): Promise<void> {
    if (this.now() >= this.tokens.refreshTokenExpiresAt) {
      this.end('expired');
      return;
    }
    try {
      const fresh = await this.options.refresh(this.tokens.refreshToken);
      if (this.endReason) return;
      this.tokens = fresh;
      await this.options.saved(fresh);
    } catch (error) {
      if (error instanceof TokenEndpointError && (error.kind === 'invalidGrant' || error.kind === 'invalidClient')) this.end('rejected');
      // Anything else (network, 5xx) leaves the old token: the request goes out, and a 401 tries again.
    }
  }

  private end(reason: SessionEndReason): void {
    if (this.endReason) return;
    this.endReason = reason;
    this.options.ended(reason);
  }
}
