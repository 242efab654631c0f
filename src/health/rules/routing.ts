// Rules about where calls are sent: forwarding or redirects switched on without a destination,
// destinations nothing in the org answers, and destinations that are switched off.
import { KINDS } from '../../kinds/registry';
import { destinationPath, named, words, type ResolvedExit } from '../context';
import type { HealthItem, HealthRule, RuleHit } from '../types';

function hit(item: HealthItem, resolved: ResolvedExit, message: string): RuleHit {
  return { item, message, ...destinationPath(resolved.exit.setting) };
}

/** `"no answer after 5 rings" (callPolicies.noAnswer)` */
function where(resolved: ResolvedExit): string {
  return `"${words(resolved.exit.condition)}" (${resolved.exit.setting})`;
}

export const emptyDestination: HealthRule = {
  id: 'empty-destination',
  defaultSeverity: 'error',
  description: 'Call forwarding, a redirect, an overflow transfer or a menu key is switched on but has no destination.',
  *check(context) {
    for (const item of context.model.items) {
      for (const resolved of context.exitsOf(item)) {
        if (resolved.exit.destination === undefined) {
          yield hit(item, resolved, `The ${named(item)} sends calls on ${where(resolved)}, but no destination is set: those calls go nowhere.`);
        }
      }
    }
  },
};

export const deadEndDestination: HealthRule = {
  id: 'dead-end-destination',
  defaultSeverity: 'error',
  description: 'A destination that nothing in the org owns: an unassigned number of the org, an extension no one has, or not a number at all. Numbers outside the org are not dead ends.',
  *check(context) {
    for (const item of context.model.items) {
      for (const resolved of context.exitsOf(item)) {
        const resolution = resolved.resolution;
        if (resolution?.type !== 'deadEnd') continue;
        yield hit(item, resolved, `The ${named(item)} sends calls on ${where(resolved)} to ${words(resolved.exit.destination ?? '')}, a dead end: ${resolution.reason}.`);
      }
    }
  },
};

export const redirectToDisabled: HealthRule = {
  id: 'redirect-to-disabled',
  defaultSeverity: 'error',
  description: 'Forwarding, a redirect, an overflow or a menu key sends calls to a hunt group or call queue that is disabled.',
  *check(context) {
    for (const item of context.model.items) {
      for (const resolved of context.exitsOf(item)) {
        const target = context.featureReached(resolved);
        if (!target || (target.kind !== 'huntGroup' && target.kind !== 'callQueue')) continue;
        if (context.summaryOf(target).enabled !== false) continue;
        yield hit(item, resolved, `The ${named(item)} sends calls on ${where(resolved)} to the ${KINDS[target.kind].labels.one} ${words(target.name)}, which is disabled: those calls are not routed.`);
      }
    }
  },
};
