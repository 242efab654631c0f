// Rules about how a hunt group is reached: by no number at all, or by a number that leads nowhere
// because the group is switched off.
import { named } from '../context';
import type { HealthRule } from '../types';

export const noNumberOrExtension: HealthRule = {
  id: 'no-number-or-extension',
  defaultSeverity: 'warning',
  description: 'A hunt group with neither a phone number nor an extension: nobody can dial it.',
  *check(context) {
    for (const item of context.model.items) {
      if (item.kind !== 'huntGroup') continue;
      const summary = context.summaryOf(item);
      if (summary.phoneNumber === undefined && summary.extension === undefined) {
        yield { item, message: `The ${named(item)} has neither a phone number nor an extension: nobody can dial it.`, jsonPath: ['phoneNumber'] };
      }
    }
  },
};

export const disabledWithNumber: HealthRule = {
  id: 'disabled-with-number',
  defaultSeverity: 'information',
  description: 'A disabled hunt group that still has a phone number: callers reach a group that routes nothing, and the number is not free for anything else.',
  *check(context) {
    for (const item of context.model.items) {
      if (item.kind !== 'huntGroup') continue;
      const summary = context.summaryOf(item);
      if (summary.enabled === false && summary.phoneNumber !== undefined) {
        yield { item, message: `The ${named(item)} is disabled but still has the phone number ${summary.phoneNumber}: calls to it are not routed.`, jsonPath: ['phoneNumber'] };
      }
    }
  },
};
