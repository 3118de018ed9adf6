// What the side panel shows for a Measure: its text with every mention and target highlighted,
// the entities it mentions by type, its targets, and where it sits in the cascade.
import { ENTITY_TYPES, isEntityType, type EntityType } from '../../../graph-schema/kinds.js';
import type { EdgeOf, NodeOf } from '../../../graph-schema/index.js';
import { localRange, segmentText, type HighlightRange, type Segment } from './highlight.js';
import { byTextOrder, nodeOf, nodeRef, type NodeRef } from './node-ref.js';
import type { PolicyGraph } from './policy-graph.js';

export interface TargetRow extends NodeRef {
  metric: string;
  comparator: string;
  value: number;
  valueMax?: number;
  unit: string;
  year?: number;
}

export interface ScoredRef extends NodeRef {
  score: number;
  /** Days from the higher document's issue to the lower one's, when both dates are known. */
  lagDays?: number;
  /** The lag comes from years only (years × 365): shown as ≈. */
  lagApprox?: boolean;
  /** The signals the score combines (reuse, text, entities). */
  signals: Record<string, number>;
}

function scored(graph: PolicyGraph, id: string, attrs: EdgeOf<'IMPLEMENTS'>): ScoredRef {
  const { score, lagDays, lagApprox } = attrs;
  return {
    ...nodeRef(graph, id),
    score,
    ...(lagDays !== undefined ? { lagDays } : {}),
    ...(lagApprox ? { lagApprox: true } : {}),
    signals: attrs.evidence.signals,
  };
}

export interface MeasureDetails {
  measure: NodeOf<'Measure'>;
  document: NodeRef | null;
  segments: Segment[];
  entities: { type: EntityType; items: NodeRef[] }[];
  targets: TargetRow[];
  parent: NodeRef | null;
  children: NodeRef[];
  /** Higher-level measures this one carries out. */
  implements: ScoredRef[];
  /** Lower-level measures that carry this one out. */
  implementedBy: ScoredRef[];
}

export function targetRow(graph: PolicyGraph, id: string): TargetRow | null {
  const t = nodeOf(graph, id, 'Target');
  if (!t) return null;
  const { metric, comparator, value, valueMax, unit, year } = t;
  return { ...nodeRef(graph, id), metric, comparator, value, valueMax, unit, year };
}

/** Highlights for the measure's own text: MENTIONS spans and the spans of the targets it SETS. */
export function measureHighlights(graph: PolicyGraph, id: string): HighlightRange[] {
  const m = nodeOf(graph, id, 'Measure');
  if (!m) return [];
  const ranges: HighlightRange[] = [];
  graph.forEachOutEdge(id, (_e, attrs, _s, target, _sa, ta) => {
    if (attrs.type === 'MENTIONS') {
      for (const span of attrs.spans) {
        const r = localRange(span, m.span[0], m.text.length, { kind: ta.type, ref: target, label: ta.name });
        if (r) ranges.push(r);
      }
    } else if (attrs.type === 'SETS' && ta.type === 'Target') {
      const r = localRange(ta.span, m.span[0], m.text.length, { kind: 'Target', ref: target, label: ta.name });
      if (r) ranges.push(r);
    }
  });
  return ranges;
}

/** The kind of a range that marks text a later revision deleted (HighlightedText strikes it through with its date). */
export const DELETED_KIND = 'deleted';

/** The measure's deleted spans (`deletions`, session 38: an inline note （2011年1月8日删除） closes each), as ranges local
 *  to its text, each labelled with its date. Nothing is extracted from them, so no mention overlaps one. */
export function deletionRanges(measure: NodeOf<'Measure'>): HighlightRange[] {
  return (measure.deletions ?? []).flatMap((d) => {
    const r = localRange(d.span, measure.span[0], measure.text.length, { kind: DELETED_KIND, label: d.date });
    return r ? [r] : [];
  });
}

export function measureDetails(graph: PolicyGraph, id: string): MeasureDetails | null {
  const measure = nodeOf(graph, id, 'Measure');
  if (!measure) return null;
  const entities = new Map<EntityType, NodeRef[]>();
  const targets: TargetRow[] = [];
  const children: string[] = [];
  const implementsHigher: ScoredRef[] = [];
  graph.forEachOutEdge(id, (_e, attrs, _s, target, _sa, ta) => {
    if (attrs.type === 'MENTIONS' && isEntityType(ta.type)) {
      const list = entities.get(ta.type as EntityType) ?? [];
      list.push(nodeRef(graph, target));
      entities.set(ta.type as EntityType, list);
    } else if (attrs.type === 'SETS') {
      const row = targetRow(graph, target);
      if (row) targets.push(row);
    } else if (attrs.type === 'HAS_MEASURE' && ta.type === 'Measure') children.push(target);
    else if (attrs.type === 'IMPLEMENTS') implementsHigher.push(scored(graph, target, attrs));
  });
  let parent: NodeRef | null = null;
  const implementedBy: ScoredRef[] = [];
  graph.forEachInEdge(id, (_e, attrs, source, _t, sa) => {
    if (attrs.type === 'HAS_MEASURE' && sa.type === 'Measure') parent = nodeRef(graph, source);
    else if (attrs.type === 'IMPLEMENTS') implementedBy.push(scored(graph, source, attrs));
  });
  const byScore = (a: ScoredRef, b: ScoredRef) => b.score - a.score;
  return {
    measure,
    document: graph.hasNode(measure.docId) ? nodeRef(graph, measure.docId) : null,
    segments: segmentText(measure.text, [...measureHighlights(graph, id), ...deletionRanges(measure)]),
    entities: ENTITY_TYPES.filter((t) => entities.has(t)).map((type) => ({
      type,
      items: entities.get(type)!.sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    })),
    targets,
    parent,
    children: children.sort(byTextOrder(graph)).map((c) => nodeRef(graph, c)),
    implements: implementsHigher.sort(byScore),
    implementedBy: implementedBy.sort(byScore),
  };
}
