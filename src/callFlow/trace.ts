// Traces where a call goes: from a number, an extension or a feature, every destination is resolved
// to what owns it (GET /telephony/config/numbers), and hunt groups, call queues and auto attendants
// are followed through their details and call forwarding, people and workspaces through their own
// call forwarding, until every path ends. No VS Code here: the tracer reads through RoutingSource
// (the OrgStore in the extension, a script in the tests) and returns plain data (graph.ts).
//
// How a destination is resolved (the rule, in order):
// 1. `*55` in front means "to its voicemail" (Webex adds it when destinationVoicemailEnabled is on);
//    spaces, dashes, dots and brackets are ignored.
// 2. `+` and digits: an E.164 number, looked up by phoneNumber. An entry with an owner is that owner;
//    an entry without one is an unassigned number of the org (dead end); no entry means the org does
//    not have the number: it is external (PSTN).
// 3. Digits only: an extension, looked up in the location of the item that sends the call. No entry:
//    10 or more digits read as a national-format outside number (external); fewer is a dead end.
// 4. Anything else is a dead end (not a number or extension).
//
// Reading order and cost: the trace runs in waves. Each wave makes every read it can make in
// parallel (Promise.all), then adds what came back to the graph in a fixed order, so the same org
// data gives the same graph. Each distinct number lookup, each feature's details and forwarding and
// each member's forwarding is asked for once; the source's own caches may answer some of them.
import type { Kind } from '../kinds/kind';
import { numberSummary, payloadText } from '../kinds/words';
import type { ForwardingKind, NumberQuery } from '../store/orgStore';
import type { ForwardingOwnerType, NumberEntry } from '../webex/routingTypes';
import { routingOf, type RoutingExit, type RoutingStep } from './destinations';
import type { CallFlow, FlowEdge, FlowNode, FlowProblem } from './graph';

/** The reads a trace needs; the OrgStore provides them, with its caches. */
export interface RoutingSource {
  numberOwner(query: NumberQuery): Promise<NumberEntry | undefined>;
  details(kind: Kind, locationId: string, itemId: string): Promise<unknown>;
  forwarding(kind: ForwardingKind, locationId: string, itemId: string): Promise<unknown>;
  memberForwarding(ownerType: ForwardingOwnerType, ownerId: string): Promise<unknown>;
}

/** Where a trace starts: a number or extension as dialled (see the rule above), or a feature of the org. */
export type TraceStart = { dialled: string; locationId?: string } | { kind: ForwardingKind; locationId: string; itemId: string };

/** What a destination string is, by the rule above. */
export type DestinationQuery =
  | { type: 'phoneNumber'; value: string; voicemail: boolean }
  | { type: 'extension'; value: string; voicemail: boolean }
  | { type: 'invalid'; value: string; voicemail: boolean };

const VOICEMAIL_PREFIX = '*55';
/** Extensions no entry matches with at least this many digits read as national-format outside numbers. */
export const NATIONAL_NUMBER_DIGITS = 10;
const MAX_LABEL = 200;

/** Classifies a destination as set in a payload or typed by the user. */
export function classifyDestination(raw: string): DestinationQuery {
  let value = raw.replace(/[\s\-.()]/g, '');
  const voicemail = value.startsWith(VOICEMAIL_PREFIX);
  if (voicemail) value = value.slice(VOICEMAIL_PREFIX.length);
  if (/^\+\d{2,15}$/.test(value)) return { type: 'phoneNumber', value, voicemail };
  if (/^\d{1,20}$/.test(value)) return { type: 'extension', value, voicemail };
  return { type: 'invalid', value: raw, voicemail };
}

export const FEATURE_OWNER_TYPES: Record<string, ForwardingKind> = {
  HUNT_GROUP: 'huntGroup',
  CALL_QUEUE: 'callQueue',
  AUTO_ATTENDANT: 'autoAttendant',
};

/** Owner types that can have voicemail (features cannot). */
const OWNERS_WITH_VOICEMAIL = new Set(['PEOPLE', 'PLACE', 'VIRTUAL_LINE', 'VOICEMAIL_GROUP']);

/** Labels are plain text on one line: no control or direction characters, bounded length. */
export function plainLabel(value: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = value.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 1)}…` : flat;
}

function ownerName(entry: NumberEntry): string | undefined {
  const owner = entry.owner ?? {};
  const name = [payloadText(owner.firstName), payloadText(owner.lastName)].filter(Boolean).join(' ');
  return name || payloadText(owner.displayName);
}

function errorText(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { userMessage, message } = error as { userMessage?: unknown; message?: unknown };
    if (typeof userMessage === 'string') return userMessage;
    if (typeof message === 'string') return message;
  }
  return String(error);
}

function isForbidden(error: unknown): error is { requiredScope?: string } {
  return typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'forbidden';
}

function readProblem(what: string, error: unknown): FlowProblem {
  if (isForbidden(error)) {
    return {
      kind: 'forbidden',
      message: error.requiredScope ? `${what} could not be read: the token lacks the scope ${error.requiredScope}.` : `${what} could not be read: Webex refused access (403).`,
    };
  }
  return { kind: 'readFailed', message: `${what} could not be read: ${errorText(error)}` };
}

/** A settled read: a value, or the error it failed with (a failing read never stops the trace). */
type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

/** Work of one wave: its reads run in parallel; then `commit` adds the results to the graph, in wave order, and names the next wave's work. */
type Task = () => Promise<() => Task[]>;

class Tracer {
  readonly nodes = new Map<string, FlowNode>();
  readonly edges: FlowEdge[] = [];
  /** Edges from an agents step: the hunt group rings its agents, their own forwarding does not apply, so they close no loop. */
  private readonly ringEdges = new Set<FlowEdge>();
  private readonly lookups = new Map<string, Promise<Settled<NumberEntry | undefined>>>();
  /** Nodes whose routing has been read (or is being read). */
  private readonly expanded = new Set<string>();
  requests = 0;

  constructor(private readonly source: RoutingSource) {}

  private count<T>(read: () => Promise<T>): Promise<Settled<T>> {
    this.requests++;
    // A synchronous throw of a source counts as a failed read too.
    return settle(Promise.resolve().then(read));
  }

  private lookup(query: NumberQuery): Promise<Settled<NumberEntry | undefined>> {
    const key = 'phoneNumber' in query ? `n:${query.phoneNumber}` : `e:${query.locationId ?? ''}:${query.extension}`;
    let pending = this.lookups.get(key);
    if (!pending) {
      pending = this.count(() => this.source.numberOwner(query));
      this.lookups.set(key, pending);
    }
    return pending;
  }

  /** Adds a node unless one with its id exists; returns the node in the graph and whether it is new. */
  node(node: Omit<FlowNode, 'problems' | 'label'> & { label: string; problems?: FlowProblem[] }): { node: FlowNode; added: boolean } {
    const existing = this.nodes.get(node.id);
    if (existing) return { node: existing, added: false };
    const added: FlowNode = { ...node, label: plainLabel(node.label), problems: node.problems ?? [] };
    if (added.detail !== undefined) added.detail = plainLabel(added.detail);
    this.nodes.set(added.id, added);
    return { node: added, added: true };
  }

  edge(from: string, to: string, label: string, setting?: string): FlowEdge | undefined {
    const text = plainLabel(label);
    if (this.edges.some((edge) => edge.from === from && edge.to === to && edge.label === text)) return undefined;
    const edge: FlowEdge = setting === undefined ? { from, to, label: text } : { from, to, label: text, setting };
    this.edges.push(edge);
    return edge;
  }

  problem(node: FlowNode, problem: FlowProblem): void {
    if (!node.problems.some((known) => known.kind === problem.kind && known.message === problem.message)) node.problems.push(problem);
  }

  /** Resolves where an exit of `fromId` goes and draws the edge; names the work that follows. */
  resolve(fromId: string, exit: RoutingExit, locationId: string | undefined): Task {
    return async () => {
      if (exit.destination === undefined) {
        return () => {
          const { node } = this.node({ id: `${fromId}/empty:${exit.setting}`, type: 'deadEnd', label: 'No destination', detail: exit.setting });
          this.problem(node, { kind: 'deadEnd', message: `${exit.condition}: forwarding is on but has no destination (${exit.setting}).` });
          this.edge(fromId, node.id, exit.condition, exit.setting);
          return [];
        };
      }
      const query = classifyDestination(exit.destination);
      const voicemail = exit.voicemail === true || query.voicemail;
      if (query.type === 'invalid') {
        return () => {
          const { node } = this.node({ id: `deadEnd:${query.value}`, type: 'deadEnd', label: query.value });
          this.problem(node, { kind: 'deadEnd', message: 'Not a phone number or extension.' });
          this.edge(fromId, node.id, exit.condition, exit.setting);
          return [];
        };
      }
      const numberQuery: NumberQuery = query.type === 'phoneNumber' ? { phoneNumber: query.value } : locationId === undefined ? { extension: query.value } : { extension: query.value, locationId };
      const found = await this.lookup(numberQuery);
      return () => this.landOn(fromId, exit, query, voicemail, found);
    };
  }

  /** Adds the node a resolved destination stands for, the edge to it, and the work to expand it. */
  private landOn(fromId: string, exit: RoutingExit, query: DestinationQuery, voicemail: boolean, found: Settled<NumberEntry | undefined>): Task[] {
    const draw = (node: FlowNode): void => {
      this.edge(fromId, node.id, exit.condition, exit.setting);
    };
    if (!found.ok) {
      const { node } = this.node({ id: `number:${query.value}`, type: 'other', label: query.value, detail: 'owner unknown' });
      this.problem(node, readProblem('Its owner', found.error));
      draw(node);
      return [];
    }
    const entry = found.value;
    if (!entry) {
      const external = query.type === 'phoneNumber' || query.value.length >= NATIONAL_NUMBER_DIGITS;
      if (external) {
        draw(this.node({ id: `external:${query.value}`, type: 'external', label: query.value, detail: 'outside the organization (PSTN)' }).node);
      } else {
        const { node } = this.node({ id: `deadEnd:${query.value}`, type: 'deadEnd', label: query.value, detail: 'no such extension' });
        this.problem(node, { kind: 'deadEnd', message: `Nothing in the organization has extension ${query.value}.` });
        draw(node);
      }
      return [];
    }
    const owner = entry.owner;
    const ownerId = payloadText(owner?.id);
    const ownerType = payloadText(owner?.type);
    const numbers = numberSummary(entry);
    if (!owner || ownerId === undefined || ownerType === undefined) {
      const { node } = this.node({ id: `deadEnd:${query.value}`, type: 'deadEnd', label: query.value, detail: 'unassigned number' });
      this.problem(node, { kind: 'deadEnd', message: `${query.value} belongs to the organization but is not assigned to anyone.` });
      draw(node);
      return [];
    }
    const kind = Object.hasOwn(FEATURE_OWNER_TYPES, ownerType) ? FEATURE_OWNER_TYPES[ownerType] : undefined;
    const locationId = payloadText(entry.location?.id);
    const name = ownerName(entry) ?? query.value;
    const ownerNodeId = kind && locationId ? featureId(kind, ownerId) : ownerType === 'PEOPLE' || ownerType === 'PLACE' || ownerType === 'VIRTUAL_LINE' ? memberId(ownerId) : `other:${ownerId}`;
    if (voicemail) {
      const known = this.nodes.get(ownerNodeId);
      const { node } = this.node({ id: `voicemail:${ownerNodeId}`, type: 'voicemail', label: `Voicemail of ${known?.label ?? name}`, detail: numbers, ownerType, ownerId });
      if (!OWNERS_WITH_VOICEMAIL.has(ownerType)) this.problem(node, { kind: 'noVoicemail', message: `${ownerType} has no voicemail: the call has nowhere to go.` });
      draw(node);
      return [];
    }
    if (kind && locationId) {
      const { node } = this.node({ id: ownerNodeId, type: 'feature', label: name, detail: numbers, kind, itemId: ownerId, locationId });
      draw(node);
      return this.firstVisit(node) ? [this.expandFeature(node, kind, locationId, ownerId)] : [];
    }
    if (ownerNodeId.startsWith('member:')) {
      const { node } = this.node({ id: ownerNodeId, type: 'member', label: name, detail: [numbers, ownerType].filter(Boolean).join(' · '), ownerType, ownerId });
      draw(node);
      // A member first drawn as an agent is expanded now: a call routed to them does follow their forwarding.
      return ownerType !== 'VIRTUAL_LINE' && this.firstVisit(node) ? [this.expandMember(node, ownerType as ForwardingOwnerType, ownerId, locationId)] : [];
    }
    draw(this.node({ id: ownerNodeId, type: 'other', label: name, detail: [numbers, ownerType].filter(Boolean).join(' · '), ownerType, ownerId }).node);
    return [];
  }

  /** Whether `node` is reached for the first time by a call (not as an agent); each is expanded once. */
  firstVisit(node: FlowNode): boolean {
    if (this.expanded.has(node.id)) return false;
    this.expanded.add(node.id);
    return true;
  }

  /** Reads a feature's details and forwarding (in parallel), then draws its steps. */
  expandFeature(node: FlowNode, kind: ForwardingKind, locationId: string, itemId: string): Task {
    return async () => {
      const [details, forwarding] = await Promise.all([
        this.count(() => this.source.details(kind, locationId, itemId)),
        this.count(() => this.source.forwarding(kind, locationId, itemId)),
      ]);
      return () => {
        if (!details.ok) {
          this.problem(node, readProblem('Its details', details.error));
          return [];
        }
        const payload = details.value as Record<string, unknown>;
        const name = payloadText(payload?.name);
        if (name !== undefined) node.label = plainLabel(name);
        const numbers = numberSummary(payload ?? {});
        if (numbers) node.detail = plainLabel(numbers);
        if (!forwarding.ok) this.problem(node, readProblem('Its call forwarding', forwarding.error));
        if (payload?.enabled === false) {
          this.problem(node, { kind: 'disabled', message: 'Disabled: calls that reach it are not routed.' });
          return [];
        }
        return this.drawSteps(node.id, routingOf(kind, payload, forwarding.ok ? forwarding.value : undefined), locationId);
      };
    };
  }

  /** Reads a person's or workspace's forwarding, then draws where it sends calls. A 403 names the missing scope. */
  expandMember(node: FlowNode, ownerType: ForwardingOwnerType, ownerId: string, locationId: string | undefined): Task {
    return async () => {
      const forwarding = await this.count(() => this.source.memberForwarding(ownerType, ownerId));
      return () => {
        if (!forwarding.ok) {
          this.problem(node, readProblem('Their call forwarding', forwarding.error));
          return [];
        }
        // Their extensions are dialled within their own location.
        return this.drawSteps(node.id, routingOf('member', undefined, forwarding.value), locationId);
      };
    };
  }

  private drawSteps(fromId: string, steps: RoutingStep[], locationId: string | undefined): Task[] {
    const work: Task[] = [];
    for (const step of steps) {
      switch (step.type) {
        case 'exit':
          work.push(this.resolve(fromId, step.exit, locationId));
          break;
        case 'end': {
          const { node } = this.node({ id: `${fromId}/end:${step.setting}:${step.label}`, type: 'end', label: step.label });
          this.edge(fromId, node.id, step.condition, step.setting);
          break;
        }
        case 'agents': {
          const { node } = this.node({ id: `${fromId}/agents`, type: 'step', label: step.label, detail: step.detail });
          this.edge(fromId, node.id, step.condition, step.setting);
          for (const agent of step.agents) {
            const member = this.node({ id: memberId(agent.id), type: 'member', label: agent.name, detail: agent.description, ownerType: agent.type, ownerId: agent.id }).node;
            const ring = this.edge(node.id, member.id, agent.weight === undefined ? 'rings' : `rings, weight ${agent.weight}%`, 'agents');
            if (ring) this.ringEdges.add(ring);
          }
          break;
        }
        case 'menu': {
          const { node } = this.node({ id: `${fromId}/menu:${step.menu}`, type: 'step', label: step.label });
          this.edge(fromId, node.id, step.condition, step.setting);
          work.push(...this.drawSteps(node.id, step.keys, locationId));
          break;
        }
      }
    }
    return work;
  }

  /** Marks every edge that closes a cycle (a depth-first back edge from the start) and names the cycle. */
  markLoops(start: string): string[][] {
    const outgoing = new Map<string, FlowEdge[]>();
    for (const edge of this.edges) {
      if (this.ringEdges.has(edge)) continue;
      const list = outgoing.get(edge.from) ?? [];
      list.push(edge);
      outgoing.set(edge.from, list);
    }
    const loops: string[][] = [];
    const done = new Set<string>();
    const onPath: string[] = [];
    const onPathSet = new Set<string>();
    // Iterative, so a long chain cannot overflow the stack.
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    onPath.push(start);
    onPathSet.add(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const edges = outgoing.get(top.id) ?? [];
      if (top.next >= edges.length) {
        stack.pop();
        onPath.pop();
        onPathSet.delete(top.id);
        done.add(top.id);
        continue;
      }
      const edge = edges[top.next++];
      if (onPathSet.has(edge.to)) {
        edge.loop = true;
        loops.push(this.cycleNames(onPath.slice(onPath.indexOf(edge.to)), edge.to));
        const target = this.nodes.get(edge.to);
        if (target) this.problem(target, { kind: 'loop', message: `Calls loop: ${loops[loops.length - 1].join(' → ')}.` });
      } else if (!done.has(edge.to)) {
        stack.push({ id: edge.to, next: 0 });
        onPath.push(edge.to);
        onPathSet.add(edge.to);
      }
    }
    return loops;
  }

  /** The names around a cycle, features and members only (steps inside a feature add nothing), back to the first. */
  private cycleNames(path: string[], closing: string): string[] {
    const onCycle = path.map((id) => this.nodes.get(id)).filter((node): node is FlowNode => node !== undefined);
    const named = onCycle.filter((node) => node.type !== 'step');
    const names = (named.length > 0 ? named : onCycle).map((node) => node.label);
    return [...names, this.nodes.get(closing)?.label ?? closing];
  }
}

export function featureId(kind: Kind, itemId: string): string {
  return `feature:${kind}:${itemId}`;
}

export function memberId(ownerId: string): string {
  return `member:${ownerId}`;
}

/**
 * Traces where a call goes from `start`. Always ends: each node is expanded once, and an edge back
 * to a node on the current path is marked as a loop. Failed reads become problems on their nodes.
 */
export async function traceCall(source: RoutingSource, start: TraceStart): Promise<CallFlow> {
  const tracer = new Tracer(source);
  let startId: string;
  let wave: Task[];
  if ('dialled' in start) {
    startId = 'start';
    tracer.node({ id: startId, type: 'start', label: start.dialled });
    wave = [tracer.resolve(startId, { condition: 'call', setting: 'dialled', destination: start.dialled }, start.locationId)];
  } else {
    startId = featureId(start.kind, start.itemId);
    const { node } = tracer.node({ id: startId, type: 'feature', label: start.itemId, kind: start.kind, itemId: start.itemId, locationId: start.locationId });
    tracer.firstVisit(node);
    wave = [tracer.expandFeature(node, start.kind, start.locationId, start.itemId)];
  }
  while (wave.length > 0) {
    const commits = await Promise.all(wave.map((task) => task()));
    wave = commits.flatMap((commit) => commit());
  }
  const loops = tracer.markLoops(startId);
  return { start: startId, nodes: [...tracer.nodes.values()], edges: tracer.edges, loops, requests: tracer.requests };
}

