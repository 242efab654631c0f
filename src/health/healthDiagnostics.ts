// Health check findings in VS Code's own places: diagnostics in the Problems panel on each item's
// read-only JSON document (on the line of the field at fault), quick fixes on them, a badge on the
// Webex Calling view and a decoration on each tree row that has problems, coloured like the
// Problems panel. The findings come from the pure rules (rules.ts); this file only shows them.
import * as vscode from 'vscode';
import { JSON_SCHEME, type JsonDocuments } from '../json/jsonDocuments';
import type { Kind } from '../kinds/kind';
import { lineOfPath } from './jsonLine';
import { readmeAnchor } from './readmeAnchor';
import type { Finding, HealthItem, Severity } from './types';

export const HEALTH_SOURCE = 'Webex Calling';

/** The item a diagnostic is about: what the quick fixes act on. */
export interface HealthItemRef {
  kind: Kind;
  locationId: string;
  itemId: string;
  name: string;
  locationName: string;
}

export interface HealthCounts {
  errors: number;
  warnings: number;
  information: number;
}

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

export class HealthDiagnostics implements vscode.FileDecorationProvider, vscode.CodeActionProvider, vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('webexCalling.health');
  private readonly decorationsChanged = new vscode.EventEmitter<vscode.Uri[]>();
  readonly onDidChangeFileDecorations = this.decorationsChanged.event;
  /** Per document URI: its item, and its problem counts. */
  private readonly items = new Map<string, { item: HealthItemRef; counts: HealthCounts }>();
  private readonly registrations: vscode.Disposable[];

  constructor(
    private readonly jsonDocuments: JsonDocuments,
    private readonly treeView: vscode.TreeView<unknown>,
    /** The README the rule ids link to (its headings are the rule ids). */
    private readonly readme: vscode.Uri,
  ) {
    this.registrations = [
      vscode.window.registerFileDecorationProvider(this),
      vscode.languages.registerCodeActionsProvider({ scheme: JSON_SCHEME }, this, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    ];
  }

  /** Replaces what is shown with these findings of the org `orgKey`; returns the counts. */
  show(orgKey: string, items: readonly HealthItem[], findings: readonly Finding[]): HealthCounts {
    const before = [...this.items.keys()];
    this.collection.clear();
    this.items.clear();
    const byItem = new Map<string, Finding[]>();
    for (const finding of findings) {
      const key = `${finding.kind}\n${finding.itemId}`;
      byItem.set(key, [...(byItem.get(key) ?? []), finding]);
    }
    const total: HealthCounts = { errors: 0, warnings: 0, information: 0 };
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const item of items) {
      const found = byItem.get(`${item.kind}\n${item.itemId}`);
      if (!found) continue;
      const source = { kind: item.kind, orgKey, name: item.name, locationId: item.locationId, itemId: item.itemId };
      // The document gets the very payload the lines were computed on.
      const uri = this.jsonDocuments.provide(source, item.details);
      const lines = `${JSON.stringify(item.details, null, 2)}\n`.split('\n');
      const counts: HealthCounts = { errors: 0, warnings: 0, information: 0 };
      entries.push([uri, found.map((finding) => this.diagnostic(finding, item, lines))]);
      for (const finding of found) count(counts, finding.severity);
      for (const finding of found) count(total, finding.severity);
      this.items.set(uri.toString(), { item: { kind: item.kind, locationId: item.locationId, itemId: item.itemId, name: item.name, locationName: item.locationName }, counts });
    }
    this.collection.set(entries);
    this.showBadge(total);
    this.decorationsChanged.fire([...new Set([...before, ...this.items.keys()])].map((uri) => vscode.Uri.parse(uri)));
    return total;
  }

  /** Forgets everything shown (another org, signed out). */
  clear(): void {
    const before = [...this.items.keys()].map((uri) => vscode.Uri.parse(uri));
    this.collection.clear();
    this.items.clear();
    this.treeView.badge = undefined;
    if (before.length > 0) this.decorationsChanged.fire(before);
  }

  /** The item whose document `uri` is, when it has problems. */
  itemAt(uri: vscode.Uri): HealthItemRef | undefined {
    return this.items.get(uri.toString())?.item;
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    const counts = this.items.get(uri.toString())?.counts;
    if (!counts) return undefined;
    const problems = counts.errors + counts.warnings + counts.information;
    const decoration = new vscode.FileDecoration(
      problems > 9 ? '9+' : String(problems),
      countsInWords(counts),
      counts.errors > 0 ? new vscode.ThemeColor('list.errorForeground') : counts.warnings > 0 ? new vscode.ThemeColor('list.warningForeground') : undefined,
    );
    return decoration;
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const item = this.itemAt(document.uri);
    const diagnostics = context.diagnostics.filter((diagnostic) => diagnostic.source === HEALTH_SOURCE);
    if (!item || diagnostics.length === 0) return [];
    const action = (title: string, command: string, argument: unknown): vscode.CodeAction => {
      const codeAction = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      codeAction.command = { title, command, arguments: [argument] };
      codeAction.diagnostics = diagnostics;
      return codeAction;
    };
    const actions = [action(vscode.l10n.t('Reveal in Webex Calling view'), 'webexCalling.health.reveal', item)];
    // Call pickups route no calls: there is no call flow to show.
    if (item.kind !== 'callPickup') {
      actions.push(action(vscode.l10n.t('Show Call Flow'), 'webexCalling.showCallFlow', { kind: item.kind, locationId: item.locationId, itemId: item.itemId, name: item.name }));
    }
    actions.push(action(vscode.l10n.t('Copy ID'), 'webexCalling.health.copyId', item));
    return actions;
  }

  private diagnostic(finding: Finding, item: HealthItem, lines: readonly string[]): vscode.Diagnostic {
    // A forwarding setting is not in the document: the problem sits on the item's name.
    const { line } = lineOfPath(item.details, finding.payload === 'details' ? finding.jsonPath : []);
    const text = lines[line] ?? '';
    const start = text.length - text.trimStart().length;
    const diagnostic = new vscode.Diagnostic(new vscode.Range(line, start, line, text.length), finding.message, SEVERITIES[finding.severity]);
    diagnostic.source = HEALTH_SOURCE;
    diagnostic.code = { value: finding.ruleId, target: this.readme.with({ fragment: readmeAnchor(finding.ruleId) }) };
    return diagnostic;
  }

  private showBadge(counts: HealthCounts): void {
    const value = counts.errors + counts.warnings;
    this.treeView.badge = value > 0 ? { value, tooltip: vscode.l10n.t('Organization health: {0}', countsInWords(counts)) } : undefined;
  }

  dispose(): void {
    for (const registration of this.registrations) registration.dispose();
    this.collection.dispose();
    this.decorationsChanged.dispose();
  }
}

function count(counts: HealthCounts, severity: Severity): void {
  if (severity === 'error') counts.errors++;
  else if (severity === 'warning') counts.warnings++;
  else counts.information++;
}

/** "2 errors, 1 warning, no notes" */
export function countsInWords(counts: HealthCounts): string {
  const part = (n: number, one: string, many: string): string => (n === 0 ? vscode.l10n.t('no {0}', many) : n === 1 ? vscode.l10n.t('1 {0}', one) : vscode.l10n.t('{0} {1}', n, many));
  return [part(counts.errors, 'error', 'errors'), part(counts.warnings, 'warning', 'warnings'), part(counts.information, 'note', 'notes')].join(', ');
}
