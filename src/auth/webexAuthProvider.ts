// The "Webex" authentication provider: an access token pasted by the administrator, checked with
// GET /people/me before it is kept, and kept only in VS Code's SecretStorage. Registering it as an
// AuthenticationProvider puts the account in VS Code's Accounts menu, with Sign Out.
import * as vscode from 'vscode';

export const AUTH_PROVIDER_ID = 'webex';
const SESSION_SECRET_KEY = 'webexCalling.session';

export interface VerifiedAccount {
  personId: string;
  displayName: string;
  email?: string;
  orgId?: string;
}

/** Checks a token against the API; throws a WebexError (with a userMessage) when it is refused. */
export type TokenVerifier = (token: string) => Promise<VerifiedAccount>;

export interface WebexSession extends vscode.AuthenticationSession {
  readonly orgId?: string;
  /** The administrator's name alone (the account label adds the email). */
  readonly displayName: string;
}

interface StoredSession {
  id: string;
  accessToken: string;
  accountId: string;
  accountLabel: string;
  displayName?: string;
  orgId?: string;
}

export class WebexAuthProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  private readonly sessionsChanged = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.sessionsChanged.event;
  private readonly registration: vscode.Disposable;
  private readonly secretWatcher: vscode.Disposable;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly verify: TokenVerifier,
  ) {
    this.registration = vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, 'Webex', this, {
      supportsMultipleAccounts: false,
    });
    // Another window of the same profile may sign in or out; keep this one in step.
    this.secretWatcher = secrets.onDidChange((event) => {
      if (event.key === SESSION_SECRET_KEY) this.sessionsChanged.fire({ added: [], removed: [], changed: [] });
    });
  }

  async getSessions(): Promise<WebexSession[]> {
    const session = await this.readSession();
    return session ? [session] : [];
  }

  async currentSession(): Promise<WebexSession | undefined> {
    return this.readSession();
  }

  /** Called by VS Code (Accounts menu, getSession with createIfNone) and by the Sign In command. */
  async createSession(): Promise<WebexSession> {
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
    const previous = await this.readSession();
    const stored: StoredSession = {
      id: account.personId,
      accessToken: token,
      accountId: account.personId,
      accountLabel: account.email ? `${account.displayName} (${account.email})` : account.displayName,
      displayName: account.displayName,
      orgId: account.orgId,
    };
    await this.secrets.store(SESSION_SECRET_KEY, JSON.stringify(stored));
    const session = toSession(stored);
    this.sessionsChanged.fire({ added: [session], removed: previous ? [previous] : [], changed: [] });
    return session;
  }

  async removeSession(): Promise<void> {
    const previous = await this.readSession();
    await this.secrets.delete(SESSION_SECRET_KEY);
    if (previous) this.sessionsChanged.fire({ added: [], removed: [previous], changed: [] });
  }

  private async readSession(): Promise<WebexSession | undefined> {
    const raw = await this.secrets.get(SESSION_SECRET_KEY);
    if (!raw) return undefined;
    try {
      const stored = JSON.parse(raw) as StoredSession;
      return typeof stored.accessToken === 'string' && stored.accessToken ? toSession(stored) : undefined;
    } catch {
      // A damaged entry is as good as none; the user signs in again.
      return undefined;
    }
  }

  dispose(): void {
    this.registration.dispose();
    this.secretWatcher.dispose();
    this.sessionsChanged.dispose();
  }
}

function toSession(stored: StoredSession): WebexSession {
  return {
    id: stored.id,
    accessToken: stored.accessToken,
    account: { id: stored.accountId, label: stored.accountLabel },
    scopes: [],
    orgId: stored.orgId,
    displayName: stored.displayName ?? stored.accountLabel,
  };
}
