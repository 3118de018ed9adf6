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
