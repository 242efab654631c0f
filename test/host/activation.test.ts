import * as assert from 'node:assert';
import * as vscode from 'vscode';

describe('trial', () => {
  it('runs in a real extension host', () => {
    assert.ok(vscode.version.startsWith('1.100'));
  });
});
