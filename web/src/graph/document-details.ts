// What the side panel shows for a Document: its measures in text order and its citations.
import type { NodeOf } from '../../../graph-schema/index.js';
import { byTextOrder, nodeOf, nodeRef, type NodeRef } from './node-ref.js';
import type { PolicyGraph } from './policy-graph.js';

export interface Citation extends NodeRef {
  /** For a citation made by a measure: the measure's document. */
  via?: NodeRef;
}

export interface MeasureEntry extends NodeRef {
  /** Nesting below the document: 0 for a section, 1 for an item in it … (from `path`). */
  depth: number;
}

export interface DocumentDetails {
  document: NodeOf<'Document'>;
  measures: MeasureEntry[];
  citesOut: Citation[];
  citedBy: Citation[];
}

export function documentDetails(graph: PolicyGraph, id: string): DocumentDetails | null {
  const document = nodeOf(graph, id, 'Document');
  if (!document) return null;
  const measures: string[] = [];
  graph.forEachNode((n, a) => {
    if (a.type === 'Measure' && a.docId === id) measures.push(n);
  });
  const citesOut: Citation[] = [];
  graph.forEachOutEdge(id, (_e, attrs, _s, target) => {
    if (attrs.type === 'CITES') citesOut.push(nodeRef(graph, target));
  });
  // Measures of this document cite too: count them as the document's citations.
  for (const m of measures) {
    graph.forEachOutEdge(m, (_e, attrs, _s, target) => {
      if (attrs.type === 'CITES') citesOut.push({ ...nodeRef(graph, target), via: nodeRef(graph, m) });
    });
  }
  const citedBy: Citation[] = [];
  graph.forEachInEdge(id, (_e, attrs, source, _t, sa) => {
    if (attrs.type !== 'CITES') return;
    if (sa.type === 'Measure' && graph.hasNode(sa.docId)) {
      citedBy.push({ ...nodeRef(graph, sa.docId), via: nodeRef(graph, source) });
    } else citedBy.push(nodeRef(graph, source));
  });
  return {
    document,
    measures: measures.sort(byTextOrder(graph)).map((m) => ({
      ...nodeRef(graph, m),
      depth: Math.max(0, (nodeOf(graph, m, 'Measure')?.path ?? '').split('/').length - 1),
    })),
    citesOut,
    citedBy,
  };
}
