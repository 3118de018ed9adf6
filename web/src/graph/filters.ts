// What the canvas shows: node types the legend hides, and a scope of documents chosen by id,
// region, level and year (each a list; empty means any; the four combine with AND). In scope:
// the documents that match, their measures and targets, and what those touch (entities,
// regions, cited documents; not other documents' measures). An edge shows only when both ends show.
import { isDocumentPart } from '../../../graph-schema/kinds.js';
import type { NodeType } from '../../../graph-schema/index.js';
import type { PolicyGraph } from './policy-graph.js';

export interface Scope {
  documents: readonly string[];
  regions: readonly string[];
  levels: readonly string[];
  years: readonly number[];
}

export function isTypeVisible(type: NodeType, hidden: ReadonlySet<NodeType>): boolean {
  return !hidden.has(type);
}

export function scopeActive(scope: Scope): boolean {
  return scope.documents.length + scope.regions.length + scope.levels.length + scope.years.length > 0;
}

/** Does a Document match every active part of the scope? */
export function documentInScope(graph: PolicyGraph, id: string, scope: Scope): boolean {
  const a = graph.getNodeAttributes(id);
  if (a.type !== 'Document') return false;
  if (scope.documents.length && !scope.documents.includes(id)) return false;
  if (scope.regions.length && !(a.region && scope.regions.includes(a.region))) return false;
  if (scope.levels.length && !(a.level && scope.levels.includes(a.level))) return false;
  if (scope.years.length && !(a.year !== undefined && scope.years.includes(a.year))) return false;
  return true;
}

/**
 * The nodes in scope, or null when no scope filter is set (everything is). Types hidden by the
 * legend are applied separately (`isNodeVisible`), so the legend can still count what it hides.
 */
export function nodesInScope(graph: PolicyGraph, scope: Scope): Set<string> | null {
  if (!scopeActive(scope)) return null;
  const docs = new Set(graph.filterNodes((id, a) => a.type === 'Document' && documentInScope(graph, id, scope)));
  const core = new Set(docs);
  graph.forEachNode((id, a) => {
    if (isDocumentPart(a) && docs.has(a.docId)) core.add(id);
  });
  // What they touch: entities, regions, cited documents; not another document's measures or
  // targets (an IMPLEMENTS link leaves the scope: the gap view is where two documents meet).
  const out = new Set(core);
  for (const id of core) {
    graph.forEachNeighbor(id, (m, a) => {
      if (!isDocumentPart(a)) out.add(m);
    });
  }
  return out;
}

export function isNodeVisible(graph: PolicyGraph, id: string, hidden: ReadonlySet<NodeType>, scoped: ReadonlySet<string> | null): boolean {
  return !hidden.has(graph.getNodeAttribute(id, 'type')) && (!scoped || scoped.has(id));
}

export function visibleNodeCount(graph: PolicyGraph, hidden: ReadonlySet<NodeType>, scoped: ReadonlySet<string> | null = null): number {
  let n = 0;
  graph.forEachNode((id, a) => {
    if (!hidden.has(a.type) && (!scoped || scoped.has(id))) n++;
  });
  return n;
}

export function isEdgeVisible(graph: PolicyGraph, edge: string, hidden: ReadonlySet<NodeType>, scoped: ReadonlySet<string> | null = null): boolean {
  return isNodeVisible(graph, graph.source(edge), hidden, scoped) && isNodeVisible(graph, graph.target(edge), hidden, scoped);
}

/**
 * Chinese collation, made once: `localeCompare(y, 'zh')` sets a collator up on every call, and
 * the regions' sort was half of the filter bar's first render at 50k nodes (Chrome trace, session 17).
 */
const ZH = new Intl.Collator('zh');

/** The values a scope filter can take, from the graph's in-corpus documents, sorted. */
export function scopeOptions(graph: PolicyGraph): { regions: string[]; levels: string[]; years: number[] } {
  const regions = new Set<string>();
  const levels = new Set<string>();
  const years = new Set<number>();
  graph.forEachNode((_, a) => {
    if (a.type !== 'Document' || !a.inCorpus) return;
    if (a.region) regions.add(a.region);
    if (a.level) levels.add(a.level);
    if (a.year !== undefined) years.add(a.year);
  });
  return {
    regions: [...regions].sort(ZH.compare),
    levels: [...levels].sort(),
    years: [...years].sort((x, y) => x - y),
  };
}
