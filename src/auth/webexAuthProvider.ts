// The "Webex" authentication provider. A session comes either from an access token pasted by the
// administrator (checked with GET /people/me before it is kept) or from Sign In with Webex (OAuth
// with PKCE, see oauthSignIn.ts), whose access token is refreshed as it nears expiry. Sessions are
// kept only in VS Code's SecretStorage, several accounts at once, one of them the account the view
// uses. Registering as an AuthenticationProvider puts each account in VS Code's Accounts menu, with
// Sign Out.
import * as vscode from 'vscode';
import type { TokenSet } from './tokenEndpoint';
import { TokenRefresher, type SessionEndReason } from './tokenRefresher';

export const AUTH_PROVIDER_ID = 'webex';
const ACCOUNTS_SECRET_KEY = 'webexCalling.accounts';
/** Where a single pasted-token session was kept before several accounts could be signed in. */
const LEGACY_SESSION_SECRET_KEY = 'webexCalling.session';

export interface VerifiedAccount {
  personId: string;
  displayName: string;
  email?: string;
  orgId?: string;
}

/** Checks a token against the API; throws a WebexError (with a userMessage) when it is refused. */
export type TokenVerifier = (token: string) => Promise<VerifiedAccount>;

/** The OAuth side the provider needs: the browser sign-in, and a refresh grant. */
export interface OAuthIntegration {
  signIn(): Promise<OAuthSignInResult>;
  refresh(clientId: string, baseUrl: string, refreshToken: string): Promise<TokenSet>;
}

export interface OAuthSignInResult {
  tokens: TokenSet;
  account: VerifiedAccount;
  clientId: string;
  baseUrl: string;
}

export interface WebexSession extends vscode.AuthenticationSession {
  readonly orgId?: string;
  /** The administrator's name alone (the account label adds the email). */
  readonly displayName: string;
  /** A pasted access token, or Sign In with Webex (refreshed). */
  readonly kind: 'token' | 'oauth';
}

export interface SessionEnded {
  readonly accountId: string;
  readonly reason: SessionEndReason;
}

interface StoredOAuth extends Omit<TokenSet, 'accessToken'> {
  clientId: string;
  baseUrl: string;
}

interface StoredSession {
  id: string;
  accessToken: string;
  accountId: string;
  accountLabel: string;
  displayName?: string;
  orgId?: string;
  oauth?: StoredOAuth;
}

interface StoredAccounts {
  activeId?: string;
  sessions: StoredSession[];
}

export class WebexAuthProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  private readonly sessionsChanged = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.sessionsChanged.event;
  private readonly sessionEnded = new vscode.EventEmitter<SessionEnded>();
  /** An OAuth session's refresh token was rejected or expired: its tokens are gone. */
  readonly onDidEndSession = this.sessionEnded.event;
  private readonly registration: vscode.Disposable;
  private readonly secretWatcher: vscode.Disposable;
  private readonly refreshers = new Map<string, TokenRefresher>();
  /** The last accounts read or written, for the log to mask their tokens without a round trip. */
  private known: StoredAccounts = { sessions: [] };
  /** Read-modify-write of the accounts entry, one at a time. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly verify: TokenVerifier,
    private readonly oauth: OAuthIntegration,
  ) {
    this.registration = vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, 'Webex', this, {
      supportsMultipleAccounts: true,
    });
    // Another window of the same profile may sign in, out or refresh; keep this one in step.
    this.secretWatcher = secrets.onDidChange(async (event) => {
      if (event.key !== ACCOUNTS_SECRET_KEY) return;
      const accounts = await this.readAccounts();
      for (const stored of accounts.sessions) if (stored.oauth) this.refreshers.get(stored.accountId)?.adopt(tokenSetOf(stored, stored.oauth));
      this.sessionsChanged.fire({ added: [], removed: [], changed: [] });
    });
  }

  /** Every token this provider holds, for the log to mask. */
  get secretsInUse(): string[] {
    return this.known.sessions.flatMap((stored) => [stored.accessToken, stored.oauth?.refreshToken ?? '']).filter(Boolean);
  }

  async getSessions(_scopes?: readonly string[], options?: vscode.AuthenticationProviderSessionOptions): Promise<WebexSession[]> {
    const sessions = (await this.readAccounts()).sessions.map(toSession);
    return options?.account ? sessions.filter((session) => session.account.id === options.account?.id) : sessions;
  }

  /** The session the view uses: the one last signed in or switched to. */
  async currentSession(): Promise<WebexSession | undefined> {
    const accounts = await this.readAccounts();
    const active = accounts.sessions.find((stored) => stored.id === accounts.activeId) ?? accounts.sessions[0];
    return active && toSession(active);
  }

  /** Called by VS Code (Accounts menu, getSession with createIfNone): either way of signing in. */
  async createSession(): Promise<WebexSession> {
    const oauth = { label: vscode.l10n.t('$(globe) Sign in with Webex in the browser'), detail: vscode.l10n.t('With your Webex integration; stays signed in (tokens are refreshed).') };
    const token = { label: vscode.l10n.t('$(key) Paste an access token'), detail: vscode.l10n.t('An administrator or personal access token; personal tokens last 12 hours.') };
    const choice = await vscode.window.showQuickPick([oauth, token], { title: vscode.l10n.t('Sign in to Webex'), ignoreFocusOut: true });
    if (!choice) throw new vscode.CancellationError();
    return choice === oauth ? this.signInWithOAuth() : this.signInWithPastedToken();
  }

  /** Asks for an access token and signs in with it. */
  async signInWithPastedToken(): Promise<WebexSession> {
    const token = await vscode.window.showInputBox({
      title: vscode.l10n.t('Sign in to Webex'),
      prompt: vscode.l10n.t('Paste a Webex access token (an administrator token with spark-admin:telephony_config_read).'),
      placeHolder: vscode.l10n.t('Access token'),
      password: true,
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim().length === 0 ? vscode.l10n.t('The token is empty.') : undefined),
    });
    if (token === undefined) throw new vscode.CancellationError();
    return this.signInWithToken(token.trim());
  }

  /** Asks the configured API who the token belongs to (GET /people/me), with no progress and nothing stored. */
  checkToken(token: string): Promise<VerifiedAccount> {
    return this.verify(token);
  }

  /** Verifies the token first: a refused or unreachable token stores nothing. */
  async signInWithToken(token: string): Promise<WebexSession> {
    const account = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the Webex token…') },
      () => this.verify(token),
    );
    return this.keep({ ...storedFor(account), accessToken: token });
  }

  /** Sign In with Webex: the browser flow, then the tokens kept as this account's session. */
  async signInWithOAuth(): Promise<WebexSession> {
    const result = await this.oauth.signIn();
    const { accessToken, ...lifetimes } = result.tokens;
    return this.keep({ ...storedFor(result.account), accessToken, oauth: { ...lifetimes, clientId: result.clientId, baseUrl: result.baseUrl } });
  }

  /** Makes an account the one the view uses. */
  async switchTo(accountId: string): Promise<WebexSession | undefined> {
    const session = await this.update((accounts) => {
      if (accounts.sessions.some((stored) => stored.id === accountId)) accounts.activeId = accountId;
    });
    return session.sessions.some((stored) => stored.id === accountId) ? this.currentSession() : undefined;
  }

  /**
   * The token source of a session: for OAuth, one refresher per account (shared by every client of
   * this window, so one refresh serves all the requests waiting for it); undefined for a pasted token.
   */
  refresherFor(session: WebexSession): TokenRefresher | undefined {
    if (session.kind !== 'oauth') return undefined;
    const existing = this.refreshers.get(session.account.id);
    if (existing && !existing.ended) return existing;
    const stored = this.known.sessions.find((candidate) => candidate.accountId === session.account.id);
    if (!stored?.oauth) return undefined;
    const { clientId, baseUrl } = stored.oauth;
    const accountId = session.account.id;
    const refresher: TokenRefresher = new TokenRefresher({
      tokens: tokenSetOf(stored, stored.oauth),
      refresh: (refreshToken) => this.oauth.refresh(clientId, baseUrl, refreshToken),
      saved: (tokens) => this.saveTokens(accountId, tokens),
      ended: (reason) => void this.end(accountId, reason, refresher),
    });
    this.refreshers.set(accountId, refresher);
    return refresher;
  }

  /** Sign Out of one account (the Accounts menu passes its session ID; the view's Sign Out the active one). */
  async removeSession(sessionId?: string): Promise<void> {
    let removed: StoredSession | undefined;
    await this.update((accounts) => {
      const id = sessionId ?? accounts.activeId ?? accounts.sessions[0]?.id;
      removed = accounts.sessions.find((stored) => stored.id === id);
      accounts.sessions = accounts.sessions.filter((stored) => stored !== removed);
      if (accounts.activeId === id) accounts.activeId = accounts.sessions[0]?.id;
    });
    if (!removed) return;
    this.refreshers.delete(removed.accountId);
    this.sessionsChanged.fire({ added: [], removed: [toSession(removed)], changed: [] });
  }

  private async keep(stored: StoredSession): Promise<WebexSession> {
    let previous: StoredSession | undefined;
    await this.update((accounts) => {
      previous = accounts.sessions.find((candidate) => candidate.id === stored.id);
      accounts.sessions = [...accounts.sessions.filter((candidate) => candidate !== previous), stored];
      accounts.activeId = stored.id;
    });
    // A new sign-in of the same account starts over with its new tokens.
    this.refreshers.delete(stored.accountId);
    const session = toSession(stored);
    this.sessionsChanged.fire(previous ? { added: [], removed: [], changed: [session] } : { added: [session], removed: [], changed: [] });
    return session;
  }

  private async saveTokens(accountId: string, tokens: TokenSet): Promise<void> {
    let changed: StoredSession | undefined;
    await this.update((accounts) => {
      changed = accounts.sessions.find((stored) => stored.accountId === accountId && stored.oauth);
      if (!changed?.oauth) return;
      const { accessToken, ...lifetimes } = tokens;
      changed.accessToken = accessToken;
      changed.oauth = { ...changed.oauth, ...lifetimes };
    });
    if (changed) this.sessionsChanged.fire({ added: [], removed: [], changed: [toSession(changed)] });
  }

  /** The refresh token is no good: the account's tokens go, and whoever shows it is told. */
  private async end(accountId: string, reason: SessionEndReason, refresher: TokenRefresher): Promise<void> {
    if (this.refreshers.get(accountId) !== refresher) return;
    this.refreshers.delete(accountId);
    this.sessionEnded.fire({ accountId, reason });
    const session = (await this.getSessions()).find((candidate) => candidate.account.id === accountId);
    if (session) await this.removeSession(session.id);
  }

  private update(change: (accounts: StoredAccounts) => void): Promise<StoredAccounts> {
    const next = this.writing.then(async () => {
      const accounts = await this.readAccounts();
      change(accounts);
      this.known = accounts;
      await this.secrets.store(ACCOUNTS_SECRET_KEY, JSON.stringify(accounts));
      await this.secrets.delete(LEGACY_SESSION_SECRET_KEY);
      return accounts;
    });
    this.writing = next.catch(() => undefined);
    return next;
  }

  private async readAccounts(): Promise<StoredAccounts> {
    const accounts = parseAccounts(await this.secrets.get(ACCOUNTS_SECRET_KEY)) ?? (await this.readLegacySession());
    this.known = accounts;
    return accounts;
  }

  private async readLegacySession(): Promise<StoredAccounts> {
    const legacy = parseSession(await this.secrets.get(LEGACY_SESSION_SECRET_KEY));
    return legacy ? { activeId: legacy.id, sessions: [legacy] } : { sessions: [] };
  }

  dispose(): void {
    this.registration.dispose();
    this.secretWatcher.dispose();
    this.sessionsChanged.dispose();
    this.sessionEnded.dispose();
  }
}

function storedFor(account: VerifiedAccount): Omit<StoredSession, 'accessToken'> {
  return {
    id: account.personId,
    accountId: account.personId,
    accountLabel: account.email ? `${account.displayName} (${account.email})` : account.displayName,
    displayName: account.displayName,
    orgId: account.orgId,
  };
}

function tokenSetOf(stored: StoredSession, oauth: StoredOAuth): TokenSet {
  return {
    accessToken: stored.accessToken,
    refreshToken: oauth.refreshToken,
    issuedAt: oauth.issuedAt,
    accessTokenExpiresAt: oauth.accessTokenExpiresAt,
    refreshTokenExpiresAt: oauth.refreshTokenExpiresAt,
  };
}

function parseAccounts(raw: string | undefined): StoredAccounts | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<StoredAccounts>;
    const sessions = Array.isArray(value.sessions) ? value.sessions.filter(isStoredSession) : [];
    return { activeId: typeof value.activeId === 'string' ? value.activeId : undefined, sessions };
  } catch {
    // A damaged entry is as good as none; the user signs in again.
    return { sessions: [] };
  }
}

function parseSession(raw: string | undefined): StoredSession | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return isStoredSession(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isStoredSession(value: unknown): value is StoredSession {
  const stored = value as Partial<StoredSession> | null;
  return typeof stored === 'object' && stored !== null && typeof stored.accessToken === 'string' && !!stored.accessToken && typeof stored.id === 'string';
}

function toSession(stored: StoredSession): WebexSession {
  return {
    id: stored.id,
    accessToken: stored.accessToken,
    account: { id: stored.accountId, label: stored.accountLabel },
    scopes: [],
    orgId: stored.orgId,
    displayName: stored.displayName ?? stored.accountLabel,
    kind: stored.oauth ? 'oauth' : 'token',
  };
}
