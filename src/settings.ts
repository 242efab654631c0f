// Reads and validates the webexCalling.* settings. The API base URL is application-scoped and read
// from user settings only, so a workspace's settings can never redirect the token to another host.
import * as vscode from 'vscode';
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
  /** Settings that were refused, in words for the user; the defaults were used instead. */
  problems: string[];
}

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
