// Reads and validates the webexCalling.* settings. The API base URL is application-scoped and read
// from user settings only, so a workspace's settings can never redirect the token to another host.
import * as vscode from 'vscode';
import type { HealthConfig, SeveritySetting } from './health/types';
import { DEFAULT_BASE_URL, validateBaseUrl } from './webex/client';

export interface ExplorerSettings {
  apiBaseUrl: string;
  orgId: string | undefined;
  /** Where orgId is set: a workspace's settings override the user's, as for any VS Code setting. */
  orgIdSource: 'workspace' | 'user';
  pageSize: number;
  requestTimeoutSeconds: number;
  maxConcurrentRequests: number;
  /** Selecting a hunt group or call pickup shows its details in a preview panel. */
  showDetailsOnSelect: boolean;
  /** Sign In with Webex: the administrator's own integration. */
  oauth: OAuthSettings;
  /** Check Organization Health: rules switched off and severities overridden, in the way of ESLint. */
  health: Required<HealthConfig>;
  /** Settings that were refused, in words for the user; the defaults were used instead. */
  problems: string[];
}

export interface OAuthSettings {
  /** The integration's client ID; undefined until the first Sign In with Webex asks for it. */
  clientId: string | undefined;
  /** The loopback port of the redirect URI http://localhost:<port>/callback. */
  redirectPort: number;
  scopes: string[];
}

export const DEFAULT_OAUTH_SCOPES: readonly string[] = [
  'spark-admin:telephony_config_read',
  'spark:people_read',
  'spark-admin:people_read',
  'spark-admin:organizations_read',
  'spark-admin:workspaces_read',
];
export const DEFAULT_REDIRECT_PORT = 8085;

const SECTION = 'webexCalling';

export function readSettings(): ExplorerSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const problems: string[] = [];
  const apiBaseUrl = readBaseUrl(config, problems);
  const orgId = config.get<string>('orgId')?.trim() || undefined;
  return {
    apiBaseUrl,
    orgId,
    orgIdSource: config.inspect<string>('orgId')?.workspaceValue !== undefined ? 'workspace' : 'user',
    pageSize: readInteger(config, 'pageSize', 100, 1, 1000, problems),
    requestTimeoutSeconds: readInteger(config, 'requestTimeoutSeconds', 30, 1, 300, problems),
    maxConcurrentRequests: readInteger(config, 'maxConcurrentRequests', 10, 1, 50, problems),
    showDetailsOnSelect: config.get<boolean>('showDetailsOnSelect', true) !== false,
    oauth: {
      clientId: config.get<string>('oauth.clientId')?.trim() || undefined,
      redirectPort: readInteger(config, 'oauth.redirectPort', DEFAULT_REDIRECT_PORT, 1024, 65535, problems),
      scopes: readScopes(config, problems),
    },
    health: readHealth(config, problems),
    problems,
  };
}

function readBaseUrl(config: vscode.WorkspaceConfiguration, problems: string[]): string {
  const inspected = config.inspect<string>('apiBaseUrl');
  const value = inspected?.globalValue ?? inspected?.defaultValue ?? DEFAULT_BASE_URL;
  try {
    return validateBaseUrl(value);
  } catch (error) {
    problems.push(
      vscode.l10n.t('webexCalling.apiBaseUrl is not usable ({0}); using {1}.', (error as Error).message, DEFAULT_BASE_URL),
    );
    return DEFAULT_BASE_URL;
  }
}

function readScopes(config: vscode.WorkspaceConfiguration, problems: string[]): string[] {
  const value = config.get<unknown>('oauth.scopes', DEFAULT_OAUTH_SCOPES);
  const scopes = Array.isArray(value) ? value.filter((scope): scope is string => typeof scope === 'string').map((scope) => scope.trim()).filter(Boolean) : [];
  // A scope is one token of printable characters (RFC 6749 §3.3): no spaces, quotes or backslashes.
  if (scopes.length > 0 && scopes.every((scope) => /^[\x21\x23-\x5b\x5d-\x7e]+$/.test(scope))) return [...new Set(scopes)];
  problems.push(vscode.l10n.t('webexCalling.oauth.scopes must be a list of scope names; using the default scopes.'));
  return [...DEFAULT_OAUTH_SCOPES];
}

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'off'];

/** Unknown rule ids are kept (a newer version's rules); values that are not a severity are refused one by one. */
function readHealth(config: vscode.WorkspaceConfiguration, problems: string[]): Required<HealthConfig> {
  const disabled = config.get<unknown>('health.disabledRules', []);
  const disabledRules = Array.isArray(disabled) ? disabled.filter((id): id is string => typeof id === 'string') : [];
  if (!Array.isArray(disabled) || disabledRules.length !== disabled.length) problems.push(vscode.l10n.t('webexCalling.health.disabledRules must be a list of rule ids; other entries are ignored.'));
  const configured = config.get<unknown>('health.severity', {});
  const severity: Record<string, SeveritySetting> = {};
  const entries = typeof configured === 'object' && configured !== null && !Array.isArray(configured) ? Object.entries(configured) : [];
  for (const [ruleId, value] of entries) {
    if (SEVERITY_SETTINGS.includes(value as SeveritySetting)) severity[ruleId] = value as SeveritySetting;
    else problems.push(vscode.l10n.t('webexCalling.health.severity: {0} must be "error", "warning", "information" or "off"; its default is used.', ruleId));
  }
  return { disabledRules, severity };
}

function readInteger(
  config: vscode.WorkspaceConfiguration,
  key: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const value = config.get<unknown>(key, fallback);
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return Math.floor(value);
  problems.push(vscode.l10n.t('webexCalling.{0} must be a number from {1} to {2}; using {3}.', key, min, max, fallback));
  return fallback;
}

export function affectsExplorerSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}

export async function saveOrgId(orgId: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update('orgId', orgId ?? '', vscode.ConfigurationTarget.Global);
}

/** Kept in user settings: the client ID is not a secret (the secret goes to SecretStorage). */
export async function saveOAuthClientId(clientId: string): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update('oauth.clientId', clientId, vscode.ConfigurationTarget.Global);
}
