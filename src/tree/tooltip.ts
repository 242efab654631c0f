// Tooltips are markdown built only from our own markup and escaped API text: they are never
// trusted and render no HTML, so a name like "[x](command:…)" or "<img onerror=…>" stays text.
import * as vscode from 'vscode';
import { withoutBidiControls } from './rowText';

export function plainTooltip(title: string, lines: readonly string[]): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, false);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  tooltip.appendMarkdown(`**${inertMarkdown(title)}**`);
  for (const line of lines) tooltip.appendMarkdown(`\n\n${inertMarkdown(line)}`);
  return tooltip;
}

/**
 * appendText escapes markdown syntax but leaves `<`, which some renderers still read as the start
 * of a tag; as an entity it can only ever show as the character. Bidi controls are dropped so a
 * name cannot reorder the hover.
 */
function inertMarkdown(text: string): string {
  return new vscode.MarkdownString().appendText(withoutBidiControls(text)).value.replace(/</g, '&lt;');
}
