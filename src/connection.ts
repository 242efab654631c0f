// Which Webex API the view is browsing and with which token: signed out, signed in with an access
// token (kept in SecretStorage by the auth provider), or the built-in sample organization on
// 127.0.0.1. It owns the Webex client and the store, and rebuilds them when the settings change.
import * as vscode from 'vscode';
import type { WebexAuthProvider, WebexSession } from './auth/webexAuthProvider';
import { formatRequestEntry, type Logger } from './log';
import type { SampleServer } from './sample/server';
import { readSettings, type ExplorerSettings } from './settings';
import { OrgStore } from './store/orgStore';
import { WebexCalling } from './webex/calling';
import { WebexClient } from './webex/client';

export type ConnectionState = 'signedOut' | 'signedIn' | 'sample';

/** Loads the sample API's code only when someone explores it. */
export type SampleLoader = () => Promise<typeof import('./sample/server')>;

export interface ActiveConnection {
  readonly state: Exclude<ConnectionState, 'signedOut'>;
  readonly calling: WebexCalling;
  readonly store: OrgStore;
  /** Who and what is being browsed, for the view's description. */
  readonly label: string;
  /** A short, path-safe key of the org, for tree ids and JSON document URIs. */
  readonly orgKey: string;
  readonly orgId: string | undefined;
  readonly baseUrl: string;
}

export class Connection implements vscode.Disposable {
  private current: ActiveConnection | undefined;
  private token: string | undefined;
  private session: WebexSession | undefined;
  private sampleServer: SampleServer | undefined;
  private tokenExpired = false;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the state, the org or the settings change: the view redraws. */
  readonly onDidChange = this.changed.event;

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

  /** Picks up the session kept from an earlier sign-in, if any. */
  async restore(): Promise<void> {
    const session = await this.auth.currentSession();
    if (session) this.useSession(session);
  }

  useSession(session: WebexSession): void {
    const sameAccount = this.session?.account.id === session.account.id && this.current?.state === 'signedIn';
    this.session = session;
    this.token = session.accessToken;
    this.tokenExpired = false;
    void this.stopSample();
    // The same administrator signing in again after a 401 keeps what is on screen; the failed
    // branches load again with the new token.
    if (sameAccount && this.current) {
      this.changed.fire();
      return;
    }
    this.connect('signedIn');
  }

  async exploreSample(): Promise<void> {
    if (!this.sampleServer) {
      const sample = await this.loadSample();
      this.sampleServer = await sample.startSampleServer();
      this.logger.info(`Sample organization API listening on ${this.sampleServer.baseUrl}`);
      this.token = sample.SAMPLE_TOKEN;
    }
    this.session = undefined;
    this.tokenExpired = false;
    this.connect('sample');
  }

  async signOut(): Promise<void> {
    if (this.current?.state === 'signedIn') await this.auth.removeSession();
    this.session = undefined;
    this.token = undefined;
    this.current = undefined;
    this.tokenExpired = false;
    await this.stopSample();
    this.changed.fire();
  }

  /** The account's session was removed elsewhere (Accounts menu, another window). */
  sessionRemoved(): void {
    if (this.current?.state !== 'signedIn') return;
    this.session = undefined;
    this.token = undefined;
    this.current = undefined;
    this.changed.fire();
  }

  markExpired(): void {
    if (this.tokenExpired) return;
    this.tokenExpired = true;
    this.changed.fire();
  }

  /** Settings changed: new client and an empty store (page size, org or host may differ). */
  reconfigure(): void {
    if (this.current) this.connect(this.current.state);
  }

  /** A fresh store: the next expand reads everything again. */
  clearCache(): void {
    if (this.current) this.current = { ...this.current, store: new OrgStore(this.current.calling, this.current.orgId) };
  }

  get sampleBaseUrl(): string | undefined {
    return this.sampleServer?.baseUrl;
  }

  private connect(state: Exclude<ConnectionState, 'signedOut'>): void {
    const settings = readSettings();
    for (const problem of settings.problems) this.logger.warn(problem);
    const baseUrl = state === 'sample' && this.sampleServer ? this.sampleServer.baseUrl : settings.apiBaseUrl;
    // The sample org has no partner customers to choose from: the orgId setting is for real orgs.
    const orgId = state === 'sample' ? undefined : (settings.orgId ?? this.session?.orgId);
    const calling = new WebexCalling(createClient(baseUrl, settings, () => this.token, this.logger));
    const connected: ActiveConnection = {
      state,
      calling,
      store: new OrgStore(calling, state === 'sample' ? undefined : settings.orgId),
      label: state === 'sample' ? vscode.l10n.t('Sample organization') : this.signedInLabel(settings),
      orgKey: state === 'sample' ? 'sample' : pathSafe(orgId ?? 'org'),
      orgId,
      baseUrl,
    };
    this.current = connected;
    this.changed.fire();
    if (state === 'signedIn' && orgId) void this.nameOrg(connected, orgId);
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
      this.changed.fire();
    } catch (error) {
      this.logger.debug(`Organization name not available: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private signedInLabel(settings: ExplorerSettings): string {
    const account = this.session?.account.label ?? '';
    return settings.orgId ? vscode.l10n.t('{0} · org {1}', account, shortId(settings.orgId)) : account;
  }

  private async stopSample(): Promise<void> {
    const server = this.sampleServer;
    this.sampleServer = undefined;
    if (server) await server.close();
  }

  dispose(): void {
    void this.stopSample();
    this.changed.dispose();
  }
}

/** A client over the given API that asks for the token on every request and logs each one. */
export function createClient(baseUrl: string, settings: ExplorerSettings, getToken: () => string | undefined, logger: Logger): WebexClient {
  return new WebexClient({
    baseUrl,
    getToken,
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
