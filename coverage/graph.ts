// The graph coverage is computed on: the snapshot imported into graphology, as the explorer holds
// it. Pure functions only: no files, no Neo4j; the report, the server and the page share them.
import Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes, NodeOf, NodeType, Snapshot } from '../graph-schema/index.js';

/** Any graphology graph of the policy graph's node and edge attributes (graph attributes free). */
export type CoverageGraph = Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function graphFromSnapshot(snapshot: Snapshot): CoverageGraph {
  const g: CoverageGraph = new Graph.MultiDirectedGraph({ allowSelfLoops: snapshot.options.allowSelfLoops });
  g.import(snapshot as never);
  return g;
}

export function attrsOf<T extends NodeType>(g: CoverageGraph, id: string, type: T): NodeOf<T> | undefined {
  if (!g.hasNode(id)) return undefined;
  const a = g.getNodeAttributes(id);
  return a.type === type ? (a as NodeOf<T>) : undefined;
}
