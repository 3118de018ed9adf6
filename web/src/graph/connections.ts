// Every edge of a node grouped by type and direction: the fallback list for any node type
// (a Region's documents, an Organisation's issued documents …).
import type { EdgeType } from '../../../graph-schema/index.js';
import { nodeRef, type NodeRef } from './node-ref.js';
import type { PolicyGraph } from './policy-graph.js';

export interface ConnectionGroup {
  edgeType: EdgeType;
  direction: 'out' | 'in';
  nodes: NodeRef[];
}

export function connections(graph: PolicyGraph, id: string): ConnectionGroup[] {
  if (!graph.hasNode(id)) return [];
  const groups = new Map<string, ConnectionGroup>();
  const add = (edgeType: EdgeType, direction: 'out' | 'in', other: string) => {
    const key = `${direction}:${edgeType}`;
    const g = groups.get(key) ?? { edgeType, direction, nodes: [] };
    if (!g.nodes.some((n) => n.id === other)) g.nodes.push(nodeRef(graph, other));
    groups.set(key, g);
  };
  graph.forEachOutEdge(id, (_e, a, _s, t) => add(a.type, 'out', t));
  graph.forEachInEdge(id, (_e, a, s) => add(a.type, 'in', s));
  return [...groups.values()];
}
