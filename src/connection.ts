// Which Webex API the view is browsing and with which token: signed out, signed in with an access
// token (kept in SecretStorage by the auth provider), or the built-in sample organization on
// 127.0.0.1. It owns the Webex client and the store, and rebuilds them when the settings change.
import * as vscode from 'vscode';
import type { TokenRefresher } from './auth/tokenRefresher';
import type { WebexAuthProvider, WebexSession } from './auth/webexAuthProvider';
import { errorSummary } from './errorText';
import { inertText } from './inertText';
import { formatRequestEntry, type Logger } from './log';
import type { SampleServer } from './sample/server';
import { readSettings, saveOrgId, type ExplorerSettings } from './settings';
import { OrgStore } from './store/orgStore';
import type { OrgSession } from './store/orgSession';
import { WebexCalling } from './webex/calling';
import { WebexClient } from './webex/client';

export type ConnectionState = 'signedOut' | 'signedIn' | 'sample';

/** Loads the sample API's code only when someone explores it. */
export type SampleLoader = () => Promise<typeof import('./sample/server')>;

/**
 * The token one client sends. Every client gets its own, fixed when the client is made: requests
 * still queued on the sample organization's client keep the sample token after a sign-in, and a
 * client for one host never picks up a token checked against another.
 */
interface TokenSource {
  token: string | undefined;
  /** Sign In with Webex: the access token comes from here, refreshed ahead of expiry and on a 401. */
  refresher?: TokenRefresher;
}

/** Why the view is no longer allowed to read: a pasted token refused, or an OAuth session ended. */
export type ExpiryReason = 'tokenRefused' | 'sessionEnded';

/**
 * The org every request of a connection is scoped to, decided in one place (orgScope()).
 * The rule: Select Organization in this window wins; otherwise the webexCalling.orgId setting
 * (a workspace's value over the user's, as for any setting); otherwise the administrator's own org.
 */
export interface OrgScope {
  /** Sent as `orgId=` on every Webex Calling call; undefined for the token's own org (no parameter). */
  readonly requestOrgId: string | undefined;
  /** The org being browsed: the chosen one, else the administrator's own (from /people/me). */
  readonly orgId: string | undefined;
  readonly source: 'window' | 'workspace' | 'user' | 'own' | 'sample';
}

export interface ActiveConnection extends OrgSession {
  readonly state: Exclude<ConnectionState, 'signedOut'>;
  readonly calling: WebexCalling;
  /** Who and what is being browsed, for the view's title. */
  readonly label: string;
  /** Where the org came from, in words, when it is not the obvious one (for the view's tooltip). */
  readonly scopeNote: string | undefined;
  readonly orgId: string | undefined;
  readonly scope: OrgScope;
  readonly baseUrl: string;
  /** The settings and org this connection was built from; a change of anything else keeps it. */
  readonly fingerprint: string;
  readonly tokens: TokenSource;
}

export class Connection implements vscode.Disposable {
  private current: ActiveConnection | undefined;
  private session: WebexSession | undefined;
  private sampleServer: SampleServer | undefined;
  private sampleToken: string | undefined;
  private sampleStarting: Promise<void> | undefined;
  /** Select Organization's choice for this window: null is "my organization", undefined no choice. */
  private chosenOrgId: string | null | undefined;
  /** Bumped by every change of who is signed in; an older async step that sees a newer one stops. */
  private generation = 0;
  private tokenExpired = false;
  private expiryReason: ExpiryReason = 'tokenRefused';
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the state, the org or the settings change: the view's title and the status bar follow. */
  readonly onDidChange = this.changed.event;
  private readonly orgSessionChanged = new vscode.EventEmitter<OrgSession | undefined>();
  /**
   * The one event the tree follows: the org session now shown (undefined when none is), on every
   * change, Refresh included. The same session again means "redraw"; a new one "show this org".
   */
  readonly onDidChangeOrgSession = this.orgSessionChanged.event;

  constructor(
    private readonly auth: WebexAuthProvider,
    private readonly logger: Logger,
    private readonly loadSample: SampleLoader,
  ) {}

  get state(): ConnectionState {
    return this.current?.state ?? 'signedOut';
  }

  get active(): ActiveConnection | undefined {
    return this.current;
  }

  get expired(): boolean {
    return this.tokenExpired;
  }

  /** Why the view asks to sign in again, when it does. */
  get expiredBecause(): ExpiryReason {
    return this.expiryReason;
  }

  /** How the shown account signed in (undefined when none is). */
  get sessionKind(): WebexSession['kind'] | undefined {
    return this.session?.kind;
  }

  get accountId(): string | undefined {
    return this.session?.account.id;
  }

  /** The tokens in use, for the log to mask. */
  get secrets(): string[] {
    return [this.session?.accessToken, this.sampleToken].filter((token): token is string => !!token);
  }

  /** Picks up the session kept from an earlier sign-in, if any. */
  async restore(): Promise<void> {
    const session = await this.auth.currentSession();
    if (session) this.useSession(session);
  }

  useSession(session: WebexSession): void {
    const sameAccount = this.session?.account.id === session.account.id && this.current?.state === 'signedIn';
    this.generation++;
    if (this.session?.account.id !== session.account.id) this.chosenOrgId = undefined;
    this.session = session;
    this.tokenExpired = false;
    void this.stopSample();
    // The same administrator signing in again after a 401 keeps what is on screen; the failed
    // branches load again with the new token, checked against this same host.
    if (sameAccount && this.current && this.current.baseUrl === readSettings().apiBaseUrl) {
      this.current.tokens.token = session.accessToken;
      this.current.tokens.refresher = this.auth.refresherFor(session);
      this.announce();
      return;
    }
    this.connect('signedIn');
  }

  /** Starts the sample API once, however many times it is asked for while it starts. */
  exploreSample(): Promise<void> {
    this.sampleStarting ??= this.startSample().finally(() => {
      this.sampleStarting = undefined;
    });
    return this.sampleStarting;
  }

  private async startSample(): Promise<void> {
    const generation = ++this.generation;
    if (!this.sampleServer) {
      const sample = await this.loadSample();
      const server = await sample.startSampleServer();
      if (generation !== this.generation) {
        // Signed in (or out) while it started: that choice stands.
        await server.close();
        return;
      }
      this.sampleServer = server;
      this.sampleToken = sample.SAMPLE_TOKEN;
      this.logger.info(`Sample organization API listening on ${server.baseUrl}`);
    }
    this.session = undefined;
    this.tokenExpired = false;
    this.connect('sample');
  }

  /** Signs the shown account out (its tokens only); another signed-in account, if any, takes over. */
  async signOut(): Promise<void> {
    this.generation++;
    if (this.session) {
      await this.auth.removeSession(this.session.id);
      const next = await this.auth.currentSession();
      if (next) {
        this.dropCurrent();
        this.useSession(next);
        return;
      }
    }
    this.dropCurrent();
    this.session = undefined;
    this.tokenExpired = false;
    await this.stopSample();
    this.announce();
  }

  /** The account's session was removed elsewhere (Accounts menu, another window). */
  sessionRemoved(): void {
    if (this.current?.state !== 'signedIn') return;
    this.generation++;
    this.session = undefined;
    this.dropCurrent();
    this.announce();
  }

  markExpired(reason: ExpiryReason = 'tokenRefused'): void {
    // Requests of a connection no longer shown (signed out, another host) may still fail with 401.
    if (this.tokenExpired || this.state !== 'signedIn') return;
    this.tokenExpired = true;
    this.expiryReason = reason;
    this.announce();
  }

  /** An OAuth session's refresh token was refused or expired: what is shown stays, and the view asks to sign in. */
  sessionEnded(accountId: string): void {
    if (this.session?.account.id !== accountId) return;
    this.tokenExpired = false;
    this.markExpired('sessionEnded');
  }

  /** Select Organization: the choice wins in this window, and is kept in user settings for the next. */
  async selectOrg(orgId: string | undefined): Promise<void> {
    this.chosenOrgId = orgId ?? null;
    await saveOrgId(orgId);
    this.reconfigure();
  }

  /**
   * Settings changed: a new client and an empty store when anything the connection was built from
   * differs. A signed-in token goes to a new API host only after that host accepted it (/people/me)
   * for the same administrator.
   */
  reconfigure(): void {
    const settings = readSettings();
    if (this.current?.state === 'sample') {
      if (this.fingerprintOf('sample', settings) !== this.current.fingerprint) this.connect('sample');
      return;
    }
    if (!this.session) return;
    if (this.current && this.current.baseUrl === settings.apiBaseUrl) {
      if (this.fingerprintOf('signedIn', settings) !== this.current.fingerprint) this.connect('signedIn');
      return;
    }
    void this.recheckTokenAt(this.session, settings.apiBaseUrl);
  }

  /** Refresh: a fresh store over the same client and the same org scope; the next expand reads everything again. */
  clearCache(): void {
    if (this.current) this.current = { ...this.current, store: new OrgStore(this.current.calling, this.current.scope.requestOrgId) };
    this.announce();
  }

  private announce(): void {
    this.changed.fire();
    this.orgSessionChanged.fire(this.current);
  }

  get sampleBaseUrl(): string | undefined {
    return this.sampleServer?.baseUrl;
  }

  private async recheckTokenAt(session: WebexSession, baseUrl: string): Promise<void> {
    const generation = ++this.generation;
    // Nothing is browsed, and nothing is sent with the token, until the new host has answered.
    this.current = undefined;
    this.announce();
    for (const problem of readSettings().problems) this.logger.warn(problem);
    this.logger.info(`The API host changed to ${baseUrl}: checking the token there (GET /people/me) before using it`);
    try {
      const account = await this.auth.checkToken(session.accessToken);
      if (generation !== this.generation) return;
      if (account.personId !== session.account.id) throw new Error(vscode.l10n.t('the token belongs to another account there'));
      this.connect('signedIn');
    } catch (error) {
      if (generation !== this.generation) return;
      const reason = errorSummary(error).message;
      this.logger.warn(`${baseUrl} did not accept the token: ${reason}`);
      void vscode.window
        .showWarningMessage(
          vscode.l10n.t('{0} did not accept your Webex token ({1}). Sign in again to browse it.', inertText(baseUrl), inertText(reason)),
          vscode.l10n.t('Sign In'),
        )
        .then((choice) => choice && vscode.commands.executeCommand('webexCalling.signIn'));
    }
  }

  /** The one place the org scope is decided (see OrgScope). */
  private orgScope(state: Exclude<ConnectionState, 'signedOut'>, settings: ExplorerSettings): OrgScope {
    // The sample org has no partner customers to choose from: the org settings are for real orgs.
    if (state === 'sample') return { requestOrgId: undefined, orgId: undefined, source: 'sample' };
    const own = this.session?.orgId;
    if (this.chosenOrgId !== undefined) {
      const chosen = this.chosenOrgId ?? undefined;
      return { requestOrgId: chosen, orgId: chosen ?? own, source: chosen ? 'window' : 'own' };
    }
    if (settings.orgId) return { requestOrgId: settings.orgId, orgId: settings.orgId, source: settings.orgIdSource };
    return { requestOrgId: undefined, orgId: own, source: 'own' };
  }

  private fingerprintOf(state: Exclude<ConnectionState, 'signedOut'>, settings: ExplorerSettings): string {
    const baseUrl = state === 'sample' && this.sampleServer ? this.sampleServer.baseUrl : settings.apiBaseUrl;
    const { pageSize, requestTimeoutSeconds, maxConcurrentRequests } = settings;
    return JSON.stringify([state, baseUrl, this.orgScope(state, settings), pageSize, requestTimeoutSeconds, maxConcurrentRequests]);
  }

  private connect(state: Exclude<ConnectionState, 'signedOut'>): void {
    this.generation++;
    const settings = readSettings();
    for (const problem of settings.problems) this.logger.warn(problem);
    const baseUrl = state === 'sample' && this.sampleServer ? this.sampleServer.baseUrl : settings.apiBaseUrl;
    const scope = this.orgScope(state, settings);
    const tokens: TokenSource = {
      token: state === 'sample' ? this.sampleToken : this.session?.accessToken,
      refresher: state === 'sample' || !this.session ? undefined : this.auth.refresherFor(this.session),
    };
    const calling = new WebexCalling(
      createClient(baseUrl, settings, () => (tokens.refresher ? tokens.refresher.getToken() : tokens.token), this.logger, (rejected) =>
        tokens.refresher ? tokens.refresher.onUnauthorized(rejected) : Promise.resolve(false),
      ),
    );
    const connected: ActiveConnection = {
      state,
      calling,
      store: new OrgStore(calling, scope.requestOrgId),
      label: state === 'sample' ? vscode.l10n.t('Sample organization') : this.signedInLabel(scope),
      scopeNote: scopeNote(scope),
      orgKey: state === 'sample' ? 'sample' : pathSafe(scope.orgId ?? 'org'),
      orgId: scope.orgId,
      scope,
      baseUrl,
      fingerprint: this.fingerprintOf(state, settings),
      tokens,
    };
    this.current = connected;
    this.announce();
    if (state === 'signedIn' && scope.orgId) void this.nameOrg(connected, scope.orgId);
  }

  /** Signed out: the client shown keeps no token, so nothing still queued on it is sent with one. */
  private dropCurrent(): void {
    if (this.current?.state === 'signedIn') {
      this.current.tokens.token = undefined;
      this.current.tokens.refresher = undefined;
    }
    this.current = undefined;
    this.chosenOrgId = undefined;
  }

  /**
   * Adds the org's display name to the label. It needs spark-admin:organizations_read, which a
   * calling admin's token may lack: then the label simply stays without it.
   */
  private async nameOrg(connected: ActiveConnection, orgId: string): Promise<void> {
    try {
      const org = await connected.calling.organization(orgId);
      if (this.current !== connected || !org.displayName) return;
      this.current = { ...connected, label: `${this.session?.displayName ?? ''} · ${org.displayName}` };
      this.announce();
    } catch (error) {
      this.logger.debug(`Organization name not available: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private signedInLabel(scope: OrgScope): string {
    const account = this.session?.account.label ?? '';
    return scope.requestOrgId ? vscode.l10n.t('{0} · org {1}', account, shortId(scope.requestOrgId)) : account;
  }

  private async stopSample(): Promise<void> {
    const server = this.sampleServer;
    this.sampleServer = undefined;
    if (server) await server.close();
  }

  dispose(): void {
    void this.stopSample();
    this.changed.dispose();
    this.orgSessionChanged.dispose();
  }
}

function scopeNote(scope: OrgScope): string | undefined {
  switch (scope.source) {
    case 'workspace':
      return vscode.l10n.t('Organization from this workspace\u2019s settings (webexCalling.orgId). Select Organization overrides it in this window.');
    case 'window':
      return vscode.l10n.t('Organization chosen with Select Organization in this window.');
    case 'user':
      return vscode.l10n.t('Organization from your settings (webexCalling.orgId).');
    default:
      return undefined;
  }
}

/** A client over the given API that asks for the token on every request and logs each one. */
export function createClient(
  baseUrl: string,
  settings: ExplorerSettings,
  getToken: () => string | undefined | Promise<string | undefined>,
  logger: Logger,
  onUnauthorized?: (rejectedToken: string) => Promise<boolean>,
): WebexClient {
  return new WebexClient({
    baseUrl,
    getToken,
    onUnauthorized,
    pageSize: settings.pageSize,
    timeoutMs: settings.requestTimeoutSeconds * 1000,
    maxConcurrentRequests: settings.maxConcurrentRequests,
    onRequest: (entry) => {
      const line = formatRequestEntry(entry);
      if (entry.status !== undefined && entry.status < 400) logger.info(line);
      else logger.warn(line);
    },
  });
}

function pathSafe(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '').slice(-24) || 'org';
}

function shortId(id: string): string {
  return id.length > 12 ? `…${id.slice(-8)}` : id;
}
