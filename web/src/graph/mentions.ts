// Where an entity is mentioned, and where a target is stated: the sentence around each span,
// highlighted, grouped by document — the evidence a researcher reads.
import { localRange, sentencesWith, type HighlightRange, type Segment } from './highlight.js';
import { byTextOrder, nodeOf, nodeRef, type NodeRef } from './node-ref.js';
import type { PolicyGraph } from './policy-graph.js';

export interface MentionGroup {
  /** The measures' document; null when the measure names a document not in the graph. */
  document: NodeRef | null;
  mentions: { measure: NodeRef; sentences: Segment[][] }[];
}

/** Measures that MENTION the entity, each with the sentences holding its mentions. */
export function entityMentions(graph: PolicyGraph, id: string): MentionGroup[] {
  if (!graph.hasNode(id)) return [];
  const entity = graph.getNodeAttributes(id);
  const perMeasure = new Map<string, HighlightRange[]>();
  graph.forEachInEdge(id, (_e, attrs, source) => {
    const m = nodeOf(graph, source, 'Measure');
    if (attrs.type !== 'MENTIONS' || !m) return;
    const ranges = perMeasure.get(source) ?? [];
    for (const span of attrs.spans) {
      const r = localRange(span, m.span[0], m.text.length, { kind: entity.type, ref: id, label: entity.name });
      if (r) ranges.push(r);
    }
    perMeasure.set(source, ranges);
  });
  const groups = new Map<string, MentionGroup>();
  for (const measureId of [...perMeasure.keys()].sort(byTextOrder(graph))) {
    const m = nodeOf(graph, measureId, 'Measure')!;
    const ranges = perMeasure.get(measureId)!;
    const group = groups.get(m.docId) ?? {
      document: graph.hasNode(m.docId) ? nodeRef(graph, m.docId) : null,
      mentions: [],
    };
    // A mention with no usable span still lists its measure, with the whole text as context.
    const sentences = ranges.length ? sentencesWith(m.text, ranges) : [[{ text: m.text }]];
    group.mentions.push({ measure: nodeRef(graph, measureId), sentences });
    groups.set(m.docId, group);
  }
  return [...groups.values()];
}

/** The sentence of the target's measure that states it, with the target highlighted. */
export function targetSentence(graph: PolicyGraph, id: string): { measure: NodeRef; sentence: Segment[] } | null {
  const t = nodeOf(graph, id, 'Target');
  if (!t) return null;
  const m = nodeOf(graph, t.measureId, 'Measure');
  if (!m) return null;
  const r = localRange(t.span, m.span[0], m.text.length, { kind: 'Target', ref: id, label: t.name });
  const sentence = r ? sentencesWith(m.text, [r])[0] : [{ text: m.text }];
  return { measure: nodeRef(graph, t.measureId), sentence };
}
