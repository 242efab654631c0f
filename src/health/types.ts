// What a health check reads and what it finds. Plain data, no VS Code: the rules are pure functions
// over this model, tested in plain Node; src/health/healthDiagnostics.ts turns findings into
// diagnostics.
import type { Kind, ListItem } from '../kinds/kind';
import type { NumberEntry } from '../webex/routingTypes';
import type { RuleContext } from './context';

/** One hunt group, call queue, auto attendant or call pickup of the org, as the inventory read it. */
export interface HealthItem {
  kind: Kind;
  itemId: string;
  locationId: string;
  locationName: string;
  /** The list entry's name: the tree row and the item's JSON document are named after it. */
  name: string;
  summary: ListItem;
  /** The details payload, exactly as the item's JSON document shows it. */
  details: { id: string; [key: string]: unknown };
  /** Its call forwarding (hunt groups, call queues, auto attendants); undefined when not read. */
  forwarding?: unknown;
}

export interface HealthModel {
  items: readonly HealthItem[];
  /**
   * The org's numbers and extensions with their owners (GET /telephony/config/numbers, every page).
   * Undefined when they could not be read: destinations are then not resolved, and the rules that
   * need them (dead ends, loops, redirects to disabled groups) find nothing rather than guess.
   */
  numbers?: readonly NumberEntry[];
}

export type Severity = 'error' | 'warning' | 'information';

/** ESLint-style: a rule's severity, or 'off'. */
export type SeveritySetting = Severity | 'off';

export interface HealthConfig {
  /** Rule ids that do not run. */
  disabledRules?: readonly string[];
  /** Per rule id: its severity instead of the default, or 'off'. */
  severity?: Readonly<Record<string, SeveritySetting>>;
}

/** A JSON path: object keys and array indexes, from the payload's root. */
export type JsonPath = (string | number)[];

export interface Finding {
  ruleId: string;
  severity: Severity;
  kind: Kind;
  itemId: string;
  locationId: string;
  itemName: string;
  /** Plain words; names in it are made one-line, bounded and free of direction controls. */
  message: string;
  /** The field at fault. */
  jsonPath: JsonPath;
  /**
   * Which payload the path is in: the details (the item's JSON document), or its call forwarding,
   * which the document does not show (the diagnostic then sits on the item's name).
   */
  payload: 'details' | 'forwarding';
}

/** What a rule reports; runRules adds the item's identity and the severity. */
export interface RuleHit {
  item: HealthItem;
  message: string;
  jsonPath: JsonPath;
  payload?: 'details' | 'forwarding';
}

export interface HealthRule {
  id: string;
  defaultSeverity: Severity;
  /** One sentence: what it finds and why it matters (the settings' description, the README table). */
  description: string;
  /** Reads the model through the run's shared context (summaries, members, resolved exits). */
  check(context: RuleContext): Iterable<RuleHit>;
}
