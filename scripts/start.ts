// `npm start`: a real VS Code (code-server) in your browser with this extension loaded from the
// source folder, browsing the built-in sample organization. Installs code-server on first use.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot, startCodeServer, workbenchUrl } from '../test/harness/codeServer';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  // Outside the extension folder: a profile inside it would be watched and packaged with it.
  const profileDir = path.join(os.tmpdir(), 'webex-calling-explorer-start');
  fs.mkdirSync(profileDir, { recursive: true });
  const server = await startCodeServer({
    port,
    profileDir,
    // Read by the extension when it activates: open on the sample organization.
    env: { WEBEX_CALLING_START_WITH_SAMPLE: '1' },
    logFile: path.join(profileDir, 'code-server.log'),
  });
  const url = workbenchUrl(server, repoRoot);
  console.log(`\nWebex Calling Explorer is running on the sample organization.\nOpen ${url}\nthen click the Webex Calling icon in the activity bar. Press Ctrl+C to stop.\n`);
  const stop = (): void => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
