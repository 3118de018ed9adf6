// Neighbourhoods over the data graph, ignoring edge direction: what hover highlights and what
// the camera frames when a node is selected.
import type { PolicyGraph } from './policy-graph.js';

/** The node and every node within `depth` hops of it (either direction). */
export function neighbourhood(graph: PolicyGraph, node: string, depth = 1): Set<string> {
  const seen = new Set<string>([node]);
  if (!graph.hasNode(node)) return new Set();
  let frontier = [node];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

/** True when the edge joins two nodes of the set: it stays lit when its ends do. */
export function edgeWithin(graph: PolicyGraph, edge: string, nodes: ReadonlySet<string>): boolean {
  return nodes.has(graph.source(edge)) && nodes.has(graph.target(edge));
}
