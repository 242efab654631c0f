// The same host suite under @vscode/test-electron, for machines that can download VS Code
// (this one cannot: use `npm run test:host`, which runs it in code-server).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../harness/codeServer';

runTests({
  version: '1.100.3',
  extensionDevelopmentPath: repoRoot,
  extensionTestsPath: path.join(repoRoot, 'out', 'test', 'host', 'index.js'),
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
}).catch((error) => {
  console.error('Host tests failed under @vscode/test-electron:', error);
  process.exit(1);
});
