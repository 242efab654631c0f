// The health rules, in the order the README lists them, and the run over a model: each enabled rule
// once, at its configured severity. Pure: no VS Code, no requests.
import { RuleContext } from './context';
import { noAgents, singleAgent, soleAgentOfMany, weightsNot100 } from './rules/agents';
import { forwardingLoop } from './rules/loops';
import { disabledWithNumber, noNumberOrExtension } from './rules/numbers';
import { deadEndDestination, emptyDestination, redirectToDisabled } from './rules/routing';
import type { Finding, HealthConfig, HealthModel, HealthRule, Severity } from './types';
export { readmeAnchor } from './readmeAnchor';

export const RULES: readonly HealthRule[] = [
  noAgents,
  singleAgent,
  emptyDestination,
  deadEndDestination,
  forwardingLoop,
  redirectToDisabled,
  weightsNot100,
  noNumberOrExtension,
  disabledWithNumber,
  soleAgentOfMany,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);


/** A rule's severity under `config`, or undefined when it does not run. */
export function severityOf(rule: HealthRule, config: HealthConfig = {}): Severity | undefined {
  if (config.disabledRules?.includes(rule.id)) return undefined;
  const configured = config.severity && Object.hasOwn(config.severity, rule.id) ? config.severity[rule.id] : undefined;
  if (configured === 'off') return undefined;
  return configured ?? rule.defaultSeverity;
}

/** Every finding of every enabled rule, rule by rule in RULES order, each rule's in the model's order. */
export function runRules(model: HealthModel, config: HealthConfig = {}, rules: readonly HealthRule[] = RULES): Finding[] {
  const context = new RuleContext(model);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = severityOf(rule, config);
    if (!severity) continue;
    for (const hit of rule.check(context)) {
      findings.push({
        ruleId: rule.id,
        severity,
        kind: hit.item.kind,
        itemId: hit.item.itemId,
        locationId: hit.item.locationId,
        itemName: hit.item.name,
        message: hit.message,
        jsonPath: hit.jsonPath,
        payload: hit.payload ?? 'details',
      });
    }
  }
  return findings;
}
