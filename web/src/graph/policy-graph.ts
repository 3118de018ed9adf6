// The data graph: the snapshot imported as-is into a graphology MultiDirectedGraph. Panels, search
// and neighbourhoods read it; sigma draws a separate view graph derived from it (view-graph.ts).
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, NodeType, Snapshot, SnapshotAttributes } from '../../../graph-schema/index.js';

export type PolicyGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, SnapshotAttributes>;

export function graphFromSnapshot(snapshot: Snapshot): PolicyGraph {
  const graph: PolicyGraph = new MultiDirectedGraph({ allowSelfLoops: snapshot.options.allowSelfLoops });
  graph.import(snapshot);
  return graph;
}

/** Node types present in the graph, in the order of `order` (the legend's order). */
export function presentTypes(graph: PolicyGraph, order: readonly NodeType[]): NodeType[] {
  const seen = new Set<NodeType>();
  graph.forEachNode((_, a) => seen.add(a.type));
  return order.filter((t) => seen.has(t));
}

export function countByType(graph: PolicyGraph): Partial<Record<NodeType, number>> {
  const counts: Partial<Record<NodeType, number>> = {};
  graph.forEachNode((_, a) => {
    counts[a.type] = (counts[a.type] ?? 0) + 1;
  });
  return counts;
}
