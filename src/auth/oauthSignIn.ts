// Sign In with Webex: the administrator's own integration (client ID in settings, secret in
// SecretStorage), the authorization-code grant with PKCE S256 in the browser, the redirect caught by
// the loopback server or pasted by the user, the code exchanged at the configured API's token
// endpoint, and the new token checked with /people/me. Also the refresh grant the sessions use.
// Nothing secret (secret, verifier, code, tokens) goes to the log, a message or an error.
import * as vscode from 'vscode';
import type { Logger } from '../log';
import { readSettings, saveOAuthClientId, type OAuthSettings } from '../settings';
import { AuthorizationRefusedError } from './authorizationResponse';
import type { KnownSecrets } from './knownSecrets';
import { listenForRedirect, LoopbackPortError, redirectUriFor, type LoopbackRedirect } from './loopbackRedirect';
import { codeFromPaste } from './pastedRedirect';
import { codeChallengeS256, createCodeVerifier, createState } from './pkce';
import { authorizeUrl, requestTokens, TokenEndpointError, type TokenSet } from './tokenEndpoint';
import type { OAuthIntegration, OAuthSignInResult, TokenVerifier } from './webexAuthProvider';

/** How long the loopback server waits for the browser. */
export const SIGN_IN_TIMEOUT_MS = 5 * 60_000;
const CLIENT_SECRET_KEY_PREFIX = 'webexCalling.oauth.clientSecret/';
const INTEGRATIONS_PAGE = 'https://developer.webex.com/my-apps';

export class WebexOAuth implements OAuthIntegration {
  private readonly heldSecrets = new Set<string>();

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly knownSecrets: KnownSecrets,
    private readonly verify: TokenVerifier,
    private readonly logger: Logger,
  ) {}

  async signIn(): Promise<OAuthSignInResult> {
    const settings = readSettings();
    const baseUrl = settings.apiBaseUrl;
    const clientId = settings.oauth.clientId ?? (await this.askClientId(settings.oauth));
    const clientSecret = (await this.clientSecret(clientId)) ?? (await this.askClientSecret(clientId));
    const redirectUri = redirectUriFor(settings.oauth.redirectPort);
    const codeVerifier = createCodeVerifier();
    const state = createState();
    return this.knownSecrets.while([codeVerifier, state], async () => {
      const code = await this.authorize(baseUrl, settings.oauth, {
        clientId,
        redirectUri,
        scopes: settings.oauth.scopes,
        state,
        codeChallenge: codeChallengeS256(codeVerifier),
      });
      return this.knownSecrets.while([code], async () =>
        vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Finishing the Webex sign-in…') }, async () => {
          const tokens = await requestTokens({ baseUrl, clientId, clientSecret }, { kind: 'authorizationCode', code, redirectUri, codeVerifier });
          const account = await this.knownSecrets.while([tokens.accessToken, tokens.refreshToken], () => this.verify(tokens.accessToken));
          this.logger.info(`Signed in to Webex with the integration (access token valid for ${hours(tokens.accessTokenExpiresAt - tokens.issuedAt)})`);
          return { tokens, account, clientId, baseUrl };
        }),
      );
    });
  }

  /** The refresh grant, only ever at the API configured now, and only for the API the session came from. */
  async refresh(clientId: string, baseUrl: string, refreshToken: string): Promise<TokenSet> {
    const configured = readSettings().apiBaseUrl;
    if (configured !== baseUrl) {
      throw new TokenEndpointError('invalidRequest', `The session was signed in at ${new URL(baseUrl).host}, not at the configured API; it is not refreshed there.`);
    }
    const clientSecret = await this.clientSecret(clientId);
    if (!clientSecret) throw new TokenEndpointError('invalidClient', 'The integration secret is no longer set (Set Integration Secret…).');
    const tokens = await requestTokens({ baseUrl, clientId, clientSecret }, { kind: 'refreshToken', refreshToken });
    this.logger.info(`Refreshed the Webex access token (valid for ${hours(tokens.accessTokenExpiresAt - tokens.issuedAt)})`);
    return tokens;
  }

  /** Set Integration Secret…: the client ID (when not set yet) and its secret. */
  async setIntegrationSecret(): Promise<void> {
    const settings = readSettings().oauth;
    const clientId = settings.clientId ?? (await this.askClientId(settings));
    await this.askClientSecret(clientId);
    vscode.window.showInformationMessage(vscode.l10n.t('The integration secret is kept in VS Code\u2019s secret storage.'));
  }

  private async clientSecret(clientId: string): Promise<string | undefined> {
    const secret = await this.secrets.get(CLIENT_SECRET_KEY_PREFIX + clientId);
    if (secret && !this.heldSecrets.has(secret)) {
      this.heldSecrets.add(secret);
      this.knownSecrets.hold(secret);
    }
    return secret || undefined;
  }

  /** First use: what to register with the integration (redirect URI, ready to copy; scopes), then its client ID. */
  private async askClientId(oauth: OAuthSettings): Promise<string> {
    const redirectUri = redirectUriFor(oauth.redirectPort);
    const copy = vscode.l10n.t('Copy Redirect URI');
    const open = vscode.l10n.t('Open developer.webex.com');
    const enter = vscode.l10n.t('Enter Client ID');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('Sign In with Webex uses your own Webex integration.'),
      {
        modal: true,
        detail: vscode.l10n.t(
          'Create an integration on developer.webex.com with the redirect URI\n{0}\nand the scopes\n{1}\nthen enter its client ID and secret.',
          redirectUri,
          oauth.scopes.join('\n'),
        ),
      },
      copy,
      open,
      enter,
    );
    if (choice === copy) await vscode.env.clipboard.writeText(redirectUri);
    else if (choice === open) await vscode.env.openExternal(vscode.Uri.parse(INTEGRATIONS_PAGE));
    else if (choice !== enter) throw new vscode.CancellationError();
    const clientId = await vscode.window.showInputBox({
      title: vscode.l10n.t('Webex integration: client ID'),
      prompt: vscode.l10n.t('The integration\u2019s client ID. Its redirect URI must be {0}.', redirectUri),
      ignoreFocusOut: true,
      validateInput: (value) => (/^\S{8,}$/.test(value.trim()) ? undefined : vscode.l10n.t('A client ID is at least 8 characters, without spaces.')),
    });
    if (clientId === undefined) throw new vscode.CancellationError();
    await saveOAuthClientId(clientId.trim());
    return clientId.trim();
  }

  private async askClientSecret(clientId: string): Promise<string> {
    const secret = await vscode.window.showInputBox({
      title: vscode.l10n.t('Webex integration: client secret'),
      prompt: vscode.l10n.t('The client secret of integration {0}. It is kept only in VS Code\u2019s secret storage.', clientId.slice(0, 12)),
      password: true,
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('The secret is empty.')),
    });
    if (secret === undefined) throw new vscode.CancellationError();
    this.heldSecrets.add(secret.trim());
    this.knownSecrets.hold(secret.trim());
    await this.secrets.store(CLIENT_SECRET_KEY_PREFIX + clientId, secret.trim());
    return secret.trim();
  }

  /**
   * Opens the browser and waits for the code: from the loopback server, or pasted (offered at once
   * where the browser may not reach this machine, and on request otherwise), until cancel or timeout.
   */
  private async authorize(baseUrl: string, oauth: OAuthSettings, request: Parameters<typeof authorizeUrl>[1]): Promise<string> {
    // Remote-SSH, Codespaces, code-server: the browser runs elsewhere and its redirect may not come back.
    const browserMayBeElsewhere = vscode.env.remoteName !== undefined || vscode.env.uiKind === vscode.UIKind.Web;
    let loopback: LoopbackRedirect | undefined;
    try {
      loopback = await listenForRedirect({ port: oauth.redirectPort, expectedState: request.state, onRefused: (message) => this.logger.warn(message) });
    } catch (error) {
      if (!(error instanceof LoopbackPortError) || !browserMayBeElsewhere) throw error;
      this.logger.warn(error.message);
    }
    const paste = new PasteBox(request.state);
    try {
      return await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Sign in to Webex in your browser'), cancellable: true },
        async (progress, cancellation) => {
          progress.report({ message: vscode.l10n.t('waiting up to 5 minutes…') });
          const cancelled = new Promise<never>((_, reject) => cancellation.onCancellationRequested(() => reject(new vscode.CancellationError())));
          let timer: NodeJS.Timeout | undefined;
          const timedOut = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(vscode.l10n.t('No sign-in came back from the browser within 5 minutes.'))), SIGN_IN_TIMEOUT_MS);
          });
          this.logger.info(`Sign In with Webex: opening ${new URL(baseUrl).host}/authorize in the browser; redirect URI ${request.redirectUri}`);
          const opened = await vscode.env.openExternal(vscode.Uri.parse(authorizeUrl(baseUrl, request), true));
          if (browserMayBeElsewhere || !opened || !loopback) paste.show(!loopback);
          else void this.offerPaste(paste);
          try {
            return await Promise.race([...(loopback ? [loopback.code] : []), paste.code, cancelled, timedOut]);
          } finally {
            clearTimeout(timer);
          }
        },
      );
    } finally {
      paste.dispose();
      await loopback?.close();
    }
  }

  private async offerPaste(paste: PasteBox): Promise<void> {
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('If the browser cannot get back to VS Code, paste the address it ended on (or the code).'),
      vscode.l10n.t('Paste Address or Code…'),
    );
    if (choice) paste.show(false);
  }
}

/** The paste fallback's input box; `code` settles with a pasted code, or rejects with why not. */
class PasteBox {
  readonly code: Promise<string>;
  private readonly box = vscode.window.createInputBox();
  private settle!: { resolve: (code: string) => void; reject: (error: unknown) => void };
  private finished = false;

  constructor(expectedState: string) {
    this.code = new Promise<string>((resolve, reject) => (this.settle = { resolve, reject }));
    this.code.catch(() => undefined);
    this.box.title = vscode.l10n.t('Paste the address the browser ended on');
    this.box.prompt = vscode.l10n.t('After approving, the browser goes to http://localhost:…/callback?code=… Paste that whole address, or just the code.');
    this.box.placeholder = 'http://localhost:8085/callback?code=…&state=…';
    this.box.ignoreFocusOut = true;
    this.box.onDidChangeValue(() => (this.box.validationMessage = undefined));
    this.box.onDidAccept(() => {
      try {
        const code = codeFromPaste(this.box.value, expectedState);
        this.finish(() => this.settle.resolve(code));
      } catch (error) {
        if (error instanceof AuthorizationRefusedError && error.reason === 'notUnderstood') this.box.validationMessage = error.message;
        else this.finish(() => this.settle.reject(error));
      }
    });
  }

  /** @param only no loopback server is listening: closing the box cancels the sign-in. */
  show(only: boolean): void {
    if (this.finished) return;
    if (only) this.box.onDidHide(() => this.finish(() => this.settle.reject(new vscode.CancellationError())));
    this.box.show();
  }

  private finish(settle: () => void): void {
    if (this.finished) return;
    this.finished = true;
    settle();
    this.box.hide();
  }

  dispose(): void {
    this.finished = true;
    this.box.dispose();
  }
}

function hours(ms: number): string {
  return ms >= 3_600_000 ? `${Math.round(ms / 3_600_000)} h` : `${Math.round(ms / 1000)} s`;
}
