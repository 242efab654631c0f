// Runs a real VS Code (code-server 4.100.3, a real Node extension host) for the host and UI tests,
// and for `npm start`. It installs code-server into .vscode-test/ on first use (offline-friendly),
// starts it on a free loopback port with a throwaway profile, and stops its whole process group.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './repoRoot';

export const CODE_SERVER_VERSION = '4.100.3';

export { repoRoot };

const installDir = path.join(repoRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const codeServerEntry = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export function ensureCodeServerInstalled(): void {
  if (fs.existsSync(path.join(installDir, '.installed'))) return;
  execFileSync('bash', [path.join(repoRoot, 'scripts', 'install-code-server.sh')], { stdio: 'inherit' });
}

/** Settings that keep trust dialogs, walkthroughs, tips and notices from covering the UI. */
const quietWorkbenchSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'window.commandCenter': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
};

export interface CodeServerOptions {
  /** Merged over the quiet workbench settings. */
  userSettings?: Record<string, unknown>;
  /** Extra environment for code-server and so for the extension host. */
  env?: Record<string, string>;
  /** Folders (or symlinks) of extensions to load as installed extensions. */
  extensionsDir?: string;
  /** Fixed port (npm start); default a free ephemeral one. */
  port?: number;
  /** Keep the profile between runs (npm start); default a fresh temporary one. */
  profileDir?: string;
  /** Where code-server's own output goes; default discarded unless CODE_SERVER_LOG is set. */
  logFile?: string;
}

export interface RunningCodeServer {
  readonly url: string;
  readonly port: number;
  readonly profileDir: string;
  readonly workspaceDir: string;
  readonly extensionsDir: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startCodeServer(options: CodeServerOptions = {}): Promise<RunningCodeServer> {
  ensureCodeServerInstalled();
  const profileDir = options.profileDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wce-code-server-'));
  const userDir = path.join(profileDir, 'user');
  const workspaceDir = path.join(profileDir, 'workspace');
  const extensionsDir = options.extensionsDir ?? path.join(profileDir, 'extensions');
  for (const dir of [path.join(userDir, 'User'), workspaceDir, extensionsDir, path.join(profileDir, 'xdg')]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  fs.writeFileSync(
    path.join(userDir, 'User', 'settings.json'),
    JSON.stringify({ ...quietWorkbenchSettings, ...options.userSettings }, null, 2),
  );
  const port = options.port ?? (await freePort());
  const logTarget = options.logFile ?? process.env.CODE_SERVER_LOG;
  const logFd = logTarget ? fs.openSync(logTarget, 'a') : 'ignore';
  const child: ChildProcess = spawn(
    process.execPath,
    [
      codeServerEntry,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', userDir,
      '--extensions-dir', extensionsDir,
      '--ignore-last-opened',
      workspaceDir,
    ],
    {
      // Its own process group, so stop() also ends the file watcher and extension host it starts.
      detached: true,
      stdio: ['ignore', logFd, logFd],
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(profileDir, 'xdg'),
        EXTENSIONS_GALLERY: '{"serviceUrl":""}',
        ...options.env,
      },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          try {
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
          resolve();
        }, 3000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    if (!options.profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    await waitForHealthy(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, profileDir, workspaceDir, extensionsDir, stop };
}

async function waitForHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error('code-server did not become healthy within 30 s');
}

/**
 * The workbench URL that loads an extension from a folder in development mode and, optionally,
 * runs a mocha suite inside its extension host. code-server's command line refuses
 * --extensionDevelopmentPath, but the web workbench honours the same options in its `payload`.
 */
export function workbenchUrl(server: RunningCodeServer, extensionDir?: string, testsIndex?: string): string {
  const remote = (p: string): string => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload: [string, string][] = [];
  if (extensionDir) payload.push(['extensionDevelopmentPath', remote(extensionDir)]);
  if (testsIndex) payload.push(['extensionTestsPath', remote(testsIndex)]);
  const query = new URLSearchParams({ folder: server.workspaceDir });
  let url = `${server.url}/?${query.toString()}`;
  if (payload.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** Installs a packaged extension the way a user would (`code-server --install-extension`). */
export function installVsix(vsixPath: string, extensionsDir: string): void {
  ensureCodeServerInstalled();
  execFileSync(process.execPath, [codeServerEntry, '--extensions-dir', extensionsDir, '--install-extension', vsixPath], { stdio: 'pipe' });
}
