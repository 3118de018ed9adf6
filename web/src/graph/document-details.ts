// What the side panel shows for a Document: its measures in text order and its citations.
import type { NodeOf } from '../../../graph-schema/index.js';
import { byTextOrder, measureDepth, nodeOf, nodeRef, type NodeRef } from './node-ref.js';
import type { PolicyGraph } from './policy-graph.js';

export interface Citation extends NodeRef {
  /** For a citation made by a measure: the measure's document. */
  via?: NodeRef;
}

/** A document citing this one: once, with the measures that cite (session 32 trial: 献血法's 被引用 listed 12 rows
 *  for 6 documents, 宁波市献血条例 once by a measure and once as a whole). */
export interface CitingDocument extends NodeRef {
  /** The citing document's measures that cite, in text order. */
  via: NodeRef[];
  /** The document itself (not only a measure of it) cites. */
  whole: boolean;
}

export interface MeasureEntry extends NodeRef {
  /** Nesting below the document: 0 for a section, 1 for an item in it … (its HAS_MEASURE parents). */
  depth: number;
}

export interface DocumentDetails {
  document: NodeOf<'Document'>;
  measures: MeasureEntry[];
  citesOut: Citation[];
  citedBy: CitingDocument[];
  /** Some IMPLEMENTS link with a lag carries out a measure of it: a directive with a lag per province (session 39). */
  lagged: boolean;
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
  const citing = new Map<string, { whole: boolean; via: Set<string> }>();
  graph.forEachInEdge(id, (_e, attrs, source, _t, sa) => {
    if (attrs.type !== 'CITES') return;
    const measure = sa.type === 'Measure' && graph.hasNode(sa.docId);
    const doc = measure ? sa.docId : source;
    const entry = citing.get(doc) ?? { whole: false, via: new Set<string>() };
    if (measure) entry.via.add(source);
    else entry.whole = true;
    citing.set(doc, entry);
  });
  const citedBy: CitingDocument[] = [...citing].map(([doc, e]) => ({
    ...nodeRef(graph, doc),
    whole: e.whole,
    via: [...e.via].sort(byTextOrder(graph)).map((m) => nodeRef(graph, m)),
  }));
  return {
    document,
    measures: measures.sort(byTextOrder(graph)).map((m) => ({
      ...nodeRef(graph, m),
      depth: measureDepth(graph, m),
    })),
    citesOut,
    citedBy,
    lagged: measures.some((m) => graph.someInEdge(m, (_e, a) => a.type === 'IMPLEMENTS' && a.lagDays !== undefined)),
  };
}
