// Trace a Call on a person's (or workspace's) number: besides their own forwarding, the flow shows
// every group that rings them as an agent, each as a feature node with an edge into the member.
import type { Kind } from '../kinds/kind';
import type { CallFlow } from './graph';
import { featureId, plainLabel } from './trace';

export interface AgentGroup {
  kind: Kind;
  id: string;
  name: string;
  locationId: string;
}

/** The member node a dialled number reached first, if it is a person, workspace or virtual line. */
export function reachedMember(flow: CallFlow): { nodeId: string; ownerId: string } | undefined {
  const first = flow.edges.find((edge) => edge.from === flow.start);
  const node = first && flow.nodes.find((candidate) => candidate.id === first.to);
  return node?.type === 'member' && node.ownerId ? { nodeId: node.id, ownerId: node.ownerId } : undefined;
}

/** The flow with one node per group and an edge "rings as agent" from each group into the member. */
export function withAgentGroups(flow: CallFlow, memberNodeId: string, groups: readonly AgentGroup[]): CallFlow {
  const nodes = [...flow.nodes];
  const edges = [...flow.edges];
  for (const group of groups) {
    const id = featureId(group.kind, group.id);
    if (!nodes.some((node) => node.id === id)) {
      nodes.push({ id, type: 'feature', label: plainLabel(group.name), kind: group.kind, itemId: group.id, locationId: group.locationId, problems: [] });
    }
    edges.push({ from: id, to: memberNodeId, label: 'rings as agent' });
  }
  return { ...flow, nodes, edges };
}
