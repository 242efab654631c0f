// Tooltips are markdown built only with appendText/appendMarkdown of our own text: API strings are
// escaped, never trusted, so a name like "[x](command:…)" stays text.
import * as vscode from 'vscode';

export function plainTooltip(title: string, lines: readonly string[]): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, false);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  tooltip.appendMarkdown('**');
  tooltip.appendText(title);
  tooltip.appendMarkdown('**');
  for (const line of lines) {
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(line);
  }
  return tooltip;
}
