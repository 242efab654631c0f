import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, extensionApi } from './helpers';

describe('Activation', () => {
  it('activates and registers every command it contributes', async () => {
    const api = await extensionApi();
    assert.ok(api.connection, 'activate() returns the extension parts');
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const manifest = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'package.json'), 'utf8')) as {
      contributes: { commands: { command: string }[] };
    };
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, []);
  });

  it('starts signed out, with the welcome view\u2019s context key set', async () => {
    const api = await extensionApi();
    assert.strictEqual(api.connection.state, 'signedOut');
    const roots = await api.tree.getChildren(undefined);
    assert.strictEqual(roots.length, 0, 'an empty tree lets the welcome view show');
  });
});
