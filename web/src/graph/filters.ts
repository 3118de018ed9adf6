// Visibility by node type: the legend hides types; an edge shows only when both ends show.
import type { NodeType } from '../../../graph-schema/index.js';
import type { PolicyGraph } from './policy-graph.js';

export function isTypeVisible(type: NodeType, hidden: ReadonlySet<NodeType>): boolean {
  return !hidden.has(type);
}

export function visibleNodeCount(graph: PolicyGraph, hidden: ReadonlySet<NodeType>): number {
  let n = 0;
  graph.forEachNode((_, a) => {
    if (!hidden.has(a.type)) n++;
  });
  return n;
}

export function isEdgeVisible(graph: PolicyGraph, edge: string, hidden: ReadonlySet<NodeType>): boolean {
  return (
    !hidden.has(graph.getNodeAttribute(graph.source(edge), 'type')) &&
    !hidden.has(graph.getNodeAttribute(graph.target(edge), 'type'))
  );
}
