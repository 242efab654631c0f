// The layering rules in eslint.config.mjs, checked against code that breaks them: a rule that
// silently matched nothing (a wrong glob, a renamed folder) would let the layers rot unnoticed.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { repoRoot } from '../harness/repoRoot';

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('import layers (lint)', function () {
  this.timeout(60_000);

  const forbidden: Array<[file: string, code: string]> = [
    ['src/webex/newFile.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n"],
    ['src/webex/newFile.ts', "import { KINDS } from '../kinds/registry';\nexport const x = KINDS;\n"],
    ['src/kinds/newFile.ts', "import { OrgStore } from '../store/orgStore';\nexport const x = OrgStore;\n"],
    ['src/store/newFile.ts', "import { ItemNode } from '../tree/nodes/itemNode';\nexport const x = ItemNode;\n"],
    ['src/store/newFile.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n"],
    ['src/inventory/newFile.ts', "import { webexId } from '../sample/ids';\nexport const x = webexId;\n"],
    ['src/inventory/newFile.ts', "import { registerFindCommands } from '../commands/findCommands';\nexport const x = registerFindCommands;\n"],
    ['src/sample/newFile.ts', "import { OrgStore } from '../store/orgStore';\nexport const x = OrgStore;\n"],
    ['src/tree/newFile.ts', "import { generateSampleOrg } from '../sample/data';\nexport const x = generateSampleOrg;\n"],
    ['src/newFile.ts', "import { generateSampleOrg } from './sample/data';\nexport const x = generateSampleOrg;\n"],
    ['src/commands/newFile.ts', "import { startSampleServer } from '../../test/support/sampleServer';\nexport const x = startSampleServer;\n"],
  ];
  for (const [file, code] of forbidden) {
    it(`refuses ${code.split('\n')[0]} in ${file}`, async () => {
      assert.equal((await restrictedImports(file, code)).length, 1);
    });
  }

  const allowed: Array<[file: string, code: string]> = [
    ['src/store/newFile.ts', "import { KINDS } from '../kinds/registry';\nexport const x = KINDS;\n"],
    ['src/inventory/newFile.ts', "import { OrgStore } from '../store/orgStore';\nexport const x = OrgStore;\n"],
    ['src/tree/newFile.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n"],
    ['src/newFile.ts', "import type { SampleServer } from './sample/server';\nexport type X = SampleServer;\n"],
  ];
  for (const [file, code] of allowed) {
    it(`allows ${code.split('\n')[0]} in ${file}`, async () => {
      assert.deepEqual(await restrictedImports(file, code), []);
    });
  }
});
