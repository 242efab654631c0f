// Where an item can send a call, in the order Webex routes it, read from its details and its call
// forwarding. Pure functions over payloads that may lack any field: the tracer follows these steps,
// and the health rules (loops, empty destinations, dead ends) read the same exits.
//
// Order (from the Webex documentation of each setting):
// - hunt group: call forwarding always → selective rules → group busy (busy redirect or busy
//   treatment) → the agents by policy → no answer → all agents busy → unreachable;
// - call queue: call forwarding always → selective rules → the agents → overflow;
// - auto attendant: call forwarding always → selective rules → business hours menu / after hours
//   menu, key by key;
// - person or workspace: call forwarding always → selective rules → busy → no answer → business
//   continuity.
import { menuDestinations, type MenuName } from '../kinds/autoAttendant/describe';
import { policyName } from '../kinds/huntGroup/describe';
import type { Kind, Member } from '../kinds/kind';
import { KINDS } from '../kinds/registry';
import { payloadText, ringCount } from '../kinds/words';

/** One place an item can send a call. */
export interface RoutingExit {
  /** The condition in words: "always", "no answer after 5 rings", "all agents busy", "key 1". */
  condition: string;
  /** The setting that causes it, as a JSON path in the details or forwarding payload ("callPolicies.noAnswer"). */
  setting: string;
  /** The number or extension it goes to, as set; undefined = the setting is on but has no destination. */
  destination?: string;
  /** Whether the call goes to the destination's voicemail rather than ringing it. */
  voicemail?: boolean;
  /** When true every call takes this exit, so the steps after it never happen (forwarding always, group busy). */
  takesAllCalls?: boolean;
  /** The auto attendant menu this key belongs to. */
  menu?: MenuName;
}

/** A step of an item's routing that is not a transfer to a number. */
export interface RoutingStepBase {
  condition: string;
  setting: string;
  /** What people read on the step: "3 agents (Circular)", "Business hours menu", "busy treatment". */
  label: string;
  /** A second line: how agents advance, what happens when they are busy. */
  detail?: string;
}

export type RoutingStep =
  | { type: 'exit'; exit: RoutingExit }
  /** The agents ring by policy. */
  | (RoutingStepBase & { type: 'agents'; agents: Member[] })
  /** An auto attendant menu; `keys` are its transfers and its ends, in keypad order. */
  | (RoutingStepBase & { type: 'menu'; menu: MenuName; keys: RoutingStep[] })
  /** The call stops here on purpose: busy treatment, ringing until the caller hangs up, dial by name. */
  | (RoutingStepBase & { type: 'end'; takesAllCalls?: boolean });

/** Whose routing: a feature kind, or a person or workspace (their own forwarding only). */
export type RoutedOwner = Kind | 'member';

type Json = Record<string, unknown>;

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** An exit with only the fields that say something (no `voicemail: false`, no undefined keys). */
function exit(condition: string, setting: string, destinationValue: unknown, extra: { voicemail?: unknown; takesAllCalls?: boolean; menu?: MenuName } = {}): RoutingExit {
  const result: RoutingExit = { condition, setting };
  const destination = payloadText(destinationValue);
  if (destination !== undefined) result.destination = destination;
  if (extra.voicemail === true) result.voicemail = true;
  if (extra.takesAllCalls) result.takesAllCalls = true;
  if (extra.menu) result.menu = extra.menu;
  return result;
}

function exitStep(routingExit: RoutingExit): RoutingStep {
  return { type: 'exit', exit: routingExit };
}

/** Voicemail flag of a forwarding setting: hunt groups, queues and people say destinationVoicemailEnabled, auto attendants sendToVoicemailEnabled. */
function toVoicemail(setting: Json): boolean {
  return setting.destinationVoicemailEnabled === true || setting.sendToVoicemailEnabled === true;
}

function ruleCondition(rule: Json): string {
  const name = payloadText(rule.name) ?? payloadText(rule.id) ?? 'unnamed';
  const schedules = [payloadText(rule.businessSchedule), payloadText(rule.holidaySchedule)].filter((schedule) => schedule !== undefined);
  return schedules.length > 0 ? `selective rule "${name}" (schedule ${schedules.join(', ')})` : `selective rule "${name}"`;
}

/**
 * Always, then each enabled selective rule. A rule without its own number forwards to the selective
 * destination. The docs: selective forwarding needs at least one rule to be active.
 */
function forwardingSteps(forwarding: unknown): RoutingStep[] {
  const callForwarding = record(record(forwarding).callForwarding);
  const steps: RoutingStep[] = [];
  const always = record(callForwarding.always);
  if (always.enabled === true) {
    steps.push(exitStep(exit('always', 'callForwarding.always', always.destination, { voicemail: toVoicemail(always), takesAllCalls: true })));
    return steps;
  }
  const selective = record(callForwarding.selective);
  if (selective.enabled === true) {
    list(callForwarding.rules).forEach((entry, index) => {
      const rule = record(entry);
      if (rule.enabled === false) return;
      const own = payloadText(rule.forwardTo);
      const setting = own === undefined ? 'callForwarding.selective' : `callForwarding.rules[${index}]`;
      steps.push(exitStep(exit(ruleCondition(rule), setting, own ?? selective.destination, { voicemail: own === undefined && toVoicemail(selective) })));
    });
  }
  return steps;
}

function redirectExit(condition: string, setting: string, value: unknown): RoutingExit | undefined {
  const redirect = record(value);
  if (redirect.enabled !== true) return undefined;
  return exit(condition, setting, redirect.destination, { voicemail: redirect.destinationVoicemailEnabled === true });
}

function agentsLabel(count: number, policy: string | undefined): string {
  const agents = count === 1 ? '1 agent' : `${count} agents`;
  return policy ? `${agents} (${policyName(policy)})` : agents;
}

function huntGroupSteps(details: unknown): RoutingStep[] {
  const policies = record(record(details).callPolicies);
  const steps: RoutingStep[] = [];
  if (policies.groupBusyEnabled === true) {
    const busy = redirectExit('group busy', 'callPolicies.busyRedirect', policies.busyRedirect);
    if (busy) steps.push(exitStep({ ...busy, takesAllCalls: true }));
    else steps.push({ type: 'end', condition: 'group busy', setting: 'callPolicies.groupBusyEnabled', label: 'Busy treatment', takesAllCalls: true });
    return steps;
  }
  const noAnswer = record(policies.noAnswer);
  const advance: string[] = [];
  if (noAnswer.nextAgentEnabled === true) advance.push(`next agent after ${ringCount(noAnswer.nextAgentRings)}`);
  advance.push(policies.waitingEnabled === true ? 'busy agents: the call waits' : 'busy agents: skipped');
  const agents = KINDS.huntGroup.members(record(details) as { id: string });
  steps.push({ type: 'agents', condition: 'rings', setting: 'callPolicies.policy', label: agentsLabel(agents.length, payloadText(policies.policy)), detail: advance.join(' · '), agents });
  if (noAnswer.forwardEnabled === true) {
    steps.push(exitStep(exit(`no answer after ${ringCount(noAnswer.numberOfRings)}`, 'callPolicies.noAnswer', noAnswer.destination, { voicemail: noAnswer.destinationVoicemailEnabled })));
  }
  const busy = redirectExit('all agents busy', 'callPolicies.busyRedirect', policies.busyRedirect);
  if (busy) steps.push(exitStep(busy));
  const unreachable = redirectExit('unreachable', 'callPolicies.businessContinuityRedirect', policies.businessContinuityRedirect);
  if (unreachable) steps.push(exitStep(unreachable));
  return steps;
}

function overflowCondition(overflow: Json): string {
  const wait = payloadText(overflow.overflowAfterWaitTime);
  return overflow.overflowAfterWaitEnabled === true ? `queue full, or no agent after ${wait ?? 'the set'} s` : 'queue full';
}

function callQueueSteps(details: unknown): RoutingStep[] {
  const payload = record(details);
  const policies = record(payload.callPolicies);
  const bounce = record(policies.callBounce);
  const agents = KINDS.callQueue.members(payload as { id: string });
  const steps: RoutingStep[] = [
    {
      type: 'agents',
      condition: 'queued',
      setting: 'callPolicies.policy',
      label: agentsLabel(agents.length, payloadText(policies.policy)),
      // A call no agent answers goes back to the queue (call bounce); it does not leave it.
      detail: bounce.callBounceEnabled === true ? `unanswered calls return to the queue after ${ringCount(bounce.callBounceMaxRings)}` : undefined,
      agents,
    },
  ];
  const overflow = record(record(payload.queueSettings).overflow);
  const condition = overflowCondition(overflow);
  switch (payloadText(overflow.action)) {
    case 'TRANSFER_TO_PHONE_NUMBER':
      steps.push(exitStep(exit(condition, 'queueSettings.overflow', overflow.transferNumber, { voicemail: overflow.sendToVoicemail })));
      break;
    case 'PERFORM_BUSY_TREATMENT':
      steps.push({ type: 'end', condition, setting: 'queueSettings.overflow', label: 'Busy treatment' });
      break;
    case 'PLAY_RINGING_UNTIL_CALLER_HANGS_UP':
      steps.push({ type: 'end', condition, setting: 'queueSettings.overflow', label: 'Ringing until the caller hangs up' });
      break;
    default:
      break;
  }
  return steps;
}

const MENU_FIELDS: Record<MenuName, { field: string; label: string }> = {
  businessHours: { field: 'businessHoursMenu', label: 'Business hours menu' },
  afterHours: { field: 'afterHoursMenu', label: 'After hours menu' },
};

/** What a key does when it does not transfer: an end, or nothing to draw (the caller stays in the menu). */
const KEY_ENDS: Record<string, string> = {
  NAME_DIALING: 'Caller dials by name',
  EXTENSION_DIALING: 'Caller dials an extension',
  EXIT: 'Call ends',
};

function keyStep(menu: MenuName, key: string, action: string, destination: string | undefined, index: number): RoutingStep | undefined {
  const setting = `${MENU_FIELDS[menu].field}.keyConfigurations[${index}]`;
  const condition = `key ${key}`;
  switch (action) {
    case 'TRANSFER_WITHOUT_PROMPT':
    case 'TRANSFER_WITH_PROMPT':
    case 'TRANSFER_TO_OPERATOR':
      return exitStep(exit(action === 'TRANSFER_TO_OPERATOR' ? `${condition} (operator)` : condition, setting, destination, { menu }));
    case 'TRANSFER_TO_MAILBOX':
      // Without a value the caller enters the extension whose mailbox they want.
      if (destination === undefined) return { type: 'end', condition, setting, label: 'Caller chooses a mailbox' };
      return exitStep(exit(`${condition} (mailbox)`, setting, destination, { voicemail: true, menu }));
    default:
      return Object.hasOwn(KEY_ENDS, action) ? { type: 'end', condition, setting, label: KEY_ENDS[action] } : undefined;
  }
}

function autoAttendantSteps(details: unknown): RoutingStep[] {
  const payload = record(details);
  const keysByMenu = new Map<MenuName, RoutingStep[]>([
    ['businessHours', []],
    ['afterHours', []],
  ]);
  const indexOfKey = (menu: MenuName, key: string): number =>
    list(record(payload[MENU_FIELDS[menu].field]).keyConfigurations).findIndex((entry) => {
      const raw = payloadText(record(entry).key);
      return raw === key || raw === `digit_${key}` || (key === '#' && raw === 'hash') || (key === '*' && (raw === 'star' || raw === 'asterisk'));
    });
  for (const { menu, key, action, destination } of menuDestinations(payload as Parameters<typeof menuDestinations>[0])) {
    const step = keyStep(menu, key, action, destination, indexOfKey(menu, key));
    if (step) keysByMenu.get(menu)?.push(step);
  }
  const schedule = payloadText(payload.businessSchedule);
  const holidays = payloadText(payload.holidaySchedule);
  const steps: RoutingStep[] = [];
  for (const menu of ['businessHours', 'afterHours'] as const) {
    if (Object.keys(record(payload[MENU_FIELDS[menu].field])).length === 0) continue;
    const condition =
      menu === 'businessHours'
        ? schedule
          ? `business hours (${schedule})`
          : 'business hours'
        : holidays
          ? `after hours and holidays (${holidays})`
          : 'after hours';
    steps.push({ type: 'menu', menu, condition, setting: MENU_FIELDS[menu].field, label: MENU_FIELDS[menu].label, keys: keysByMenu.get(menu) ?? [] });
  }
  return steps;
}

function memberSteps(forwarding: unknown): RoutingStep[] {
  const payload = record(forwarding);
  const callForwarding = record(payload.callForwarding);
  const steps = forwardingSteps(forwarding);
  if (steps.some((step) => step.type === 'exit' && step.exit.takesAllCalls)) return steps;
  const busy = record(callForwarding.busy);
  if (busy.enabled === true) steps.push(exitStep(exit('busy', 'callForwarding.busy', busy.destination, { voicemail: toVoicemail(busy) })));
  const noAnswer = record(callForwarding.noAnswer);
  if (noAnswer.enabled === true) {
    steps.push(exitStep(exit(`no answer after ${ringCount(noAnswer.numberOfRings)}`, 'callForwarding.noAnswer', noAnswer.destination, { voicemail: toVoicemail(noAnswer) })));
  }
  // The person page puts business continuity beside callForwarding; some payloads put it inside.
  const inside = record(callForwarding.businessContinuity);
  const continuity = Object.keys(inside).length > 0 ? inside : record(payload.businessContinuity);
  const setting = Object.keys(inside).length > 0 ? 'callForwarding.businessContinuity' : 'businessContinuity';
  if (continuity.enabled === true) steps.push(exitStep(exit('unreachable', setting, continuity.destination, { voicemail: toVoicemail(continuity) })));
  return steps;
}

/**
 * An item's routing in Webex's order: its transfers, its agents, its menus and its ends. Steps
 * after one that takes every call (forwarding always, group busy) are left out: they never happen.
 */
export function routingOf(owner: RoutedOwner, details: unknown, forwarding: unknown): RoutingStep[] {
  if (owner === 'member') return memberSteps(forwarding);
  const forwarded = forwardingSteps(forwarding);
  if (forwarded.some((step) => step.type === 'exit' && step.exit.takesAllCalls)) return forwarded;
  switch (owner) {
    case 'huntGroup':
      return [...forwarded, ...huntGroupSteps(details)];
    case 'callQueue':
      return [...forwarded, ...callQueueSteps(details)];
    case 'autoAttendant':
      return [...forwarded, ...autoAttendantSteps(details)];
    case 'callPickup':
      // A call pickup has no number and routes nothing: its members pick up each other's calls.
      return [];
  }
}

/** Every transfer of an item to a number or extension (menu keys included), in routing order. */
export function destinationsOf(owner: RoutedOwner, details: unknown, forwarding: unknown): RoutingExit[] {
  const exits: RoutingExit[] = [];
  const collect = (steps: RoutingStep[]): void => {
    for (const step of steps) {
      if (step.type === 'exit') exits.push(step.exit);
      else if (step.type === 'menu') collect(step.keys);
    }
  };
  collect(routingOf(owner, details, forwarding));
  return exits;
}
