// A small handle on a node for lists in the side panel: enough to show and select it.
import type { NodeAttributes, NodeOf, NodeType } from '../../../graph-schema/index.js';
import type { PolicyGraph } from './policy-graph.js';

export interface NodeRef {
  id: string;
  name: string;
  type: NodeType;
}

export function nodeRef(graph: PolicyGraph, id: string): NodeRef {
  const a = graph.getNodeAttributes(id);
  return { id, name: a.name, type: a.type };
}

export function nodeOf<T extends NodeType>(graph: PolicyGraph, id: string, type: T): NodeOf<T> | null {
  if (!graph.hasNode(id)) return null;
  const a: NodeAttributes = graph.getNodeAttributes(id);
  return a.type === type ? (a as NodeOf<T>) : null;
}

/** Measures in document order: by where their text starts. */
export function byTextOrder(graph: PolicyGraph) {
  return (a: string, b: string): number => {
    const ma = nodeOf(graph, a, 'Measure');
    const mb = nodeOf(graph, b, 'Measure');
    return (ma?.span[0] ?? 0) - (mb?.span[0] ?? 0) || (a < b ? -1 : 1);
  };
}

/** How many measures a measure sits under (0 for a top-level one): the units its path names before its own (一/1 → 1), or its
 *  HAS_MEASURE parents where they are more (an article under a 司法解释's part title keeps the path 第七条: session 39 (plans)). */
export function measureDepth(graph: PolicyGraph, id: string): number {
  let parents = 0;
  for (let at = id; parents < 16; parents++) {
    const up = graph.inNeighbors(at).find((p) => graph.getNodeAttribute(p, 'type') === 'Measure' && graph.edges(p, at).some((e) => graph.getEdgeAttribute(e, 'type') === 'HAS_MEASURE'));
    if (up === undefined) break;
    at = up;
  }
  const path = nodeOf(graph, id, 'Measure')?.path ?? '';
  return Math.max(parents, path.split('/').length - 1);
}
