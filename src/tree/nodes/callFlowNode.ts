import * as vscode from 'vscode';
import { loadTools } from '../../lazyTools';
import type { ForwardingKind } from '../../store/orgStore';
import { clip } from '../rowText';
import type { ExplorerContext, ExplorerNode } from '../explorerNode';
import { plainTooltip } from '../tooltip';
import { loadChildren } from './loadChildren';
import { FactNode } from './factNode';

/**
 * "Call flow" under a hunt group, call queue or auto attendant: where its calls go, in one line once
 * traced, and step by step when expanded. Tracing reads numbers and forwarding, so it happens on
 * expand, not before; the store keeps what it read.
 */
export class CallFlowNode implements ExplorerNode {
  readonly id: string;
  /** The traced path in one line, once traced; whether it has loops or dead ends. */
  private traced: { summary: string; problems: boolean } | undefined;

  constructor(
    private readonly context: ExplorerContext,
    readonly parent: ExplorerNode & { readonly locationId: string; readonly itemId: string; readonly name: string },
    private readonly kind: ForwardingKind,
  ) {
    this.id = `${parent.id}/callFlow`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Call flow'), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('type-hierarchy', this.traced?.problems ? new vscode.ThemeColor('errorForeground') : undefined);
    item.description = this.traced ? clip(this.traced.summary) : vscode.l10n.t('expand to trace where calls go');
    item.tooltip = this.traced ? plainTooltip(vscode.l10n.t('Call flow of {0}', this.parent.name), [this.traced.summary]) : undefined;
    item.contextValue = 'callFlow';
    // Show Call Flow draws the same trace (from the store's cache) as a diagram.
    item.command = this.traced ? { command: 'webexCalling.showCallFlow', title: vscode.l10n.t('Show Call Flow'), arguments: [this.parent] } : undefined;
    return item;
  }

  getChildren(): Promise<ExplorerNode[]> {
    return loadChildren(this, this.context, async () => {
      const first = this.traced === undefined;
      // The tracer ships in the tools bundle: the first Call flow row loads it.
      const { traceCall, flowSteps, flowSummary } = await loadTools();
      const flow = await traceCall(this.context.store, { kind: this.kind, locationId: this.parent.locationId, itemId: this.parent.itemId });
      this.traced = { summary: flowSummary(flow), problems: flow.loops.length > 0 || flow.nodes.some((node) => node.problems.length > 0) };
      // The one-line summary belongs on this row: redraw it once the first trace is in (the
      // redraw traces again from the store's cache, with no request).
      if (first) this.context.refresh(this);
      return flowSteps(flow).map(({ from, edge, to }, index) => {
        const problems = [...to.problems.map((problem) => problem.message), ...(edge.loop ? [vscode.l10n.t('closes a loop')] : [])];
        return new FactNode(this, {
          key: String(index),
          label: `${index + 1}. ${from.label}: ${edge.label} → ${to.label}`,
          description: problems.length > 0 ? problems.join('; ') : to.detail,
          detail: to.detail,
          icon: problems.length > 0 ? 'warning' : 'arrow-right',
        });
      });
    });
  }
}
