// Copy ID / Name / Phone Number / Extension / JSON from a tree item's context menu.
import * as vscode from 'vscode';
import { errorSummary } from '../errorText';
import { payloadText } from '../kinds/words';
import { inertText } from '../inertText';
import { type ExplorerNode, isDetailsNode } from '../tree/explorerNode';
import { AgentNode } from '../tree/nodes/agentNode';
import { ItemNode } from '../tree/nodes/itemNode';
import { LocationNode } from '../tree/nodes/locationNode';

interface Copyable {
  id?: string;
  name?: string;
  phoneNumber?: string;
  extension?: string;
}

function copyableOf(node: ExplorerNode | undefined): Copyable | undefined {
  // A list entry's number and extension, where its kind has them (a call pickup has neither).
  if (node instanceof ItemNode) return { id: node.item.id, name: node.item.name, phoneNumber: payloadText(node.item.phoneNumber), extension: payloadText(node.item.extension) };
  if (node instanceof LocationNode) return { id: node.location.id, name: node.location.name };
  if (node instanceof AgentNode) return { id: node.agent.id, name: node.agent.name, phoneNumber: node.agent.phoneNumber, extension: node.agent.extension };
  return undefined;
}

async function copy(label: string, value: string | undefined): Promise<void> {
  if (!value) {
    vscode.window.showInformationMessage(vscode.l10n.t('This item has no {0}.', label));
    return;
  }
  await vscode.env.clipboard.writeText(value);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', label), 3000);
}

export function registerCopyCommands(): vscode.Disposable[] {
  const field = (command: string, label: string, pick: (item: Copyable) => string | undefined): vscode.Disposable =>
    vscode.commands.registerCommand(command, (node?: ExplorerNode) => {
      const item = copyableOf(node);
      return item ? copy(label, pick(item)) : undefined;
    });
  return [
    field('webexCalling.copyId', vscode.l10n.t('ID'), (item) => item.id),
    field('webexCalling.copyName', vscode.l10n.t('name'), (item) => item.name),
    field('webexCalling.copyPhoneNumber', vscode.l10n.t('phone number'), (item) => item.phoneNumber),
    field('webexCalling.copyExtension', vscode.l10n.t('extension'), (item) => item.extension),
    vscode.commands.registerCommand('webexCalling.copyJson', async (node?: ExplorerNode) => {
      if (!isDetailsNode(node)) return;
      try {
        await copy('JSON', JSON.stringify(await node.loadDetails(false), null, 2));
      } catch (error) {
        vscode.window.showErrorMessage(vscode.l10n.t('Could not copy {0}: {1}', inertText(node.name), inertText(errorSummary(error).message)));
      }
    }),
  ];
}
