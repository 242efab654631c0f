// A traced call flow: where a call to a number goes, as a graph of steps and destinations joined by
// the conditions that send the call on. Plain data, so the tracer (src/callFlow/trace.ts), the
// Mermaid/Markdown writer, the tree's one-line summary and the diagram webview all read the same
// thing. No VS Code here.
import type { Kind } from '../kinds/kind';

/** What a node stands for. */
export type FlowNodeType =
  /** Where the trace starts: the number or extension dialled. */
  | 'start'
  /** A hunt group, call queue, auto attendant or call pickup of this org (`kind` says which). */
  | 'feature'
  /** A step inside a feature: its agents ringing by policy, a menu, group busy treatment. */
  | 'step'
  /** A person, workspace or virtual line (`ownerType` says which). */
  | 'member'
  /** Voicemail of the owner named in `label`. */
  | 'voicemail'
  /** A number outside the org (PSTN). */
  | 'external'
  /** A number or extension nothing in the org owns, or a forward with no destination. */
  | 'deadEnd'
  /** Busy treatment, call ends, caller hangs up: the flow stops here on purpose. */
  | 'end'
  /** An owner type the tracer does not follow (paging group, voicemail group…): shown, not traced. */
  | 'other';

export interface FlowNode {
  /** Unique in the graph; stable for the same org data (e.g. `feature:huntGroup:<id>`, `number:+1408…`). */
  id: string;
  type: FlowNodeType;
  /** What people read: the item's name, "3 agents (circular)", "+14085550177". Inert text. */
  label: string;
  /** A second line: the number and extension, the owner type, why it is a dead end. */
  detail?: string;
  /** For `feature` nodes: which kind, and where to find it (reveal in the tree, open details). */
  kind?: Kind;
  itemId?: string;
  locationId?: string;
  /** For `member` and `other` nodes: the owner type Webex reports (PEOPLE, PLACE, VOICEMAIL_GROUP…). */
  ownerType?: string;
  ownerId?: string;
  /** Problems on this node, in words ("forwarding is on but has no destination"). */
  problems: FlowProblem[];
}

export interface FlowProblem {
  kind: 'deadEnd' | 'loop' | 'disabled' | 'noVoicemail' | 'forbidden' | 'readFailed';
  message: string;
}

export interface FlowEdge {
  from: string;
  to: string;
  /** The condition in words: "always", "no answer after 5 rings", "all busy", "unreachable", "key 0", "after hours". */
  label: string;
  /** The setting that causes it, as a JSON path in the source item's payload ("callPolicies.noAnswer"). */
  setting?: string;
  /** Whether this edge closes a loop (drawn in the error colour). */
  loop?: boolean;
}

export interface CallFlow {
  /** The start node's id. */
  start: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** Each loop as the names around it: ["Loop A", "Loop B", "Loop A"]. */
  loops: string[][];
  /** Requests the trace made (for the benchmark against its lower bound). */
  requests?: number;
}
