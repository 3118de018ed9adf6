// The corpus as of a date (the time slider): documents issued after it are hidden, with their
// measures and targets, and whatever only they carry (an entity only they mention, a document only
// they cite, a region or issuer only they name). A document known only by its year counts as
// issued on its first day (it may have been issued any day of that year: it is not hidden early);
// a document with no date at all is never hidden. Pure: the page, the cascade and tests share it.
import { isDocumentPart } from '../../../graph-schema/kinds.js';
import type { EdgeAttributes, NodeAttributes } from '../../../graph-schema/index.js';
import type { MultiDirectedGraph } from 'graphology';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPolicyGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, any>;

interface Dated {
  issuedOn?: string;
  year?: number;
}

/** The date a document counts as issued on for the slider: its issue date, else 1 January of its year. */
export function effectiveDate(d: Dated): string | null {
  if (d.issuedOn) return d.issuedOn;
  return d.year !== undefined ? `${String(d.year).padStart(4, '0')}-01-01` : null;
}

/** Was the document issued after `asOf` (YYYY-MM-DD)? Undated documents never are. */
export function issuedAfter(d: Dated, asOf: string): boolean {
  const date = effectiveDate(d);
  return date !== null && date > asOf;
}

/** The distinct dates the slider steps through: every document's effective date, ascending. */
export function timeSteps(graph: AnyPolicyGraph): string[] {
  const dates = new Set<string>();
  graph.forEachNode((_, a) => {
    if (a.type !== 'Document') return;
    const d = effectiveDate(a);
    if (d) dates.add(d);
  });
  return [...dates].sort();
}

/** Edges whose source carries their target (a document or measure names, cites, is issued by it). */
const CARRYING = new Set(['MENTIONS', 'CITES', 'ISSUED_BY', 'FOR_REGION', 'SETS', 'HAS_MEASURE']);

/** The nodes hidden as of `asOf`: later documents, their measures and targets, and what only they carry. */
export function hiddenAsOf(graph: AnyPolicyGraph, asOf: string | null): Set<string> {
  const hidden = new Set<string>();
  if (!asOf) return hidden;
  graph.forEachNode((id, a) => {
    if (a.type === 'Document' && a.inCorpus && issuedAfter(a, asOf)) hidden.add(id);
  });
  graph.forEachNode((id, a) => {
    if (isDocumentPart(a) && hidden.has(a.docId)) hidden.add(id);
  });
  // Carried nodes: hidden when dated after asOf themselves (a cited document), or when every
  // node that carries them is hidden. In-corpus documents stand on their own date.
  graph.forEachNode((id, a) => {
    if (hidden.has(id) || isDocumentPart(a) || (a.type === 'Document' && a.inCorpus)) return;
    if (a.type === 'Document' && issuedAfter(a, asOf)) {
      hidden.add(id);
      return;
    }
    let carriers = 0;
    let shown = 0;
    graph.forEachInEdge(id, (_e, e, source) => {
      if (!CARRYING.has(e.type)) return;
      carriers++;
      if (!hidden.has(source)) shown++;
    });
    if (carriers > 0 && shown === 0) hidden.add(id);
  });
  return hidden;
}

/** The visible set after the time filter: `scoped` (null: every node) minus what asOf hides; null when nothing is filtered. */
export function applyAsOf(graph: AnyPolicyGraph, scoped: ReadonlySet<string> | null, asOf: string | null): ReadonlySet<string> | null {
  if (!asOf) return scoped;
  const hidden = hiddenAsOf(graph, asOf);
  if (!hidden.size) return scoped;
  const out = new Set<string>();
  if (scoped) {
    for (const id of scoped) if (!hidden.has(id)) out.add(id);
  } else graph.forEachNode((id) => !hidden.has(id) && out.add(id));
  return out;
}
