// The document reader: a document's cleaned text cut into its lines, each line placed in the
// structure (the innermost measure holding it: its path, depth, whether it heads sub-measures),
// with entity mentions, targets and citations marked (spans from the graph, document offsets),
// and beside each measure what it implements and what implements it. Pure.
import type { EdgeOf, NodeOf } from '../../../graph-schema/index.js';
import type { HighlightRange } from './highlight.js';
import { DELETED_KIND } from './measure-details.js';
import { measureDepth, nodeOf, nodeRef, type NodeRef } from './node-ref.js';
import type { PolicyGraph } from './policy-graph.js';

export interface ReaderLink {
  measure: NodeRef;
  path: string;
  document: NodeRef | null;
  verdict: EdgeOf<'IMPLEMENTS'>['verdict'];
  score: number;
  lagDays?: number;
  /** The lag comes from years only: shown as ≈. */
  lagApprox?: boolean;
}

export interface ReaderMark {
  kind: string;
  ref: string;
  label: string;
}

/**
 * A run of characters with the marks covering it, one per layer: a citation, a target, and an
 * entity mention (a target often holds an organisation; a title, an organisation's name). Within
 * a layer the shortest covering range wins.
 */
export interface ReaderSegment {
  text: string;
  citation?: ReaderMark;
  target?: ReaderMark;
  entity?: ReaderMark;
  /** A reused passage the reader was opened from (session 40). */
  passage?: ReaderMark;
  /** Text a later revision deleted; its label the date (session 40, as the measure panel since session 39). */
  deleted?: ReaderMark;
}

/** The kind of a range that marks the passage the reader was opened from (a gap row's, an evidence side's). */
export const PASSAGE_KIND = 'passage';

type Layer = 'citation' | 'target' | 'entity' | 'passage' | 'deleted';
const LAYERS: readonly Layer[] = ['citation', 'target', 'entity', 'passage', 'deleted'];
const layerOf = (kind: string): Layer =>
  kind === 'Document' ? 'citation' : kind === 'Target' ? 'target' : kind === PASSAGE_KIND ? 'passage' : kind === DELETED_KIND ? 'deleted' : 'entity';

/** Cuts `text` at every range boundary; each run carries the covering marks of each layer. */
export function layeredSegments(text: string, ranges: readonly HighlightRange[]): ReaderSegment[] {
  const rs = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start);
  const cuts = new Set([0, text.length]);
  for (const r of rs) cuts.add(r.start).add(r.end);
  const bounds = [...cuts].sort((a, b) => a - b);
  const out: ReaderSegment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [a, b] = [bounds[i], bounds[i + 1]];
    const seg: ReaderSegment = { text: text.slice(a, b) };
    for (const r of rs.filter((x) => x.start <= a && b <= x.end).sort((x, y) => y.end - y.start - (x.end - x.start))) {
      seg[layerOf(r.kind)] = { kind: r.kind, ref: r.ref ?? '', label: r.label ?? '' };
    }
    const prev = out[out.length - 1];
    const same = (x?: ReaderMark, y?: ReaderMark) => x?.ref === y?.ref && x?.kind === y?.kind;
    if (prev && LAYERS.every((l) => same(prev[l], seg[l]))) prev.text += seg.text;
    else out.push(seg);
  }
  return out;
}

export interface ReaderBlock {
  start: number;
  end: number;
  /** The innermost measure holding the line (null: before the first, e.g. the title). */
  measure: string | null;
  path: string | null;
  depth: number;
  /** The first line of a measure that has sub-measures: a heading. */
  heading: boolean;
  segments: ReaderSegment[];
  /** On a measure's first line: the links up (implements) and down (implemented by). */
  implements: ReaderLink[];
  implementedBy: ReaderLink[];
}

export interface ReaderModel {
  document: NodeRef;
  blocks: ReaderBlock[];
  /** How many marks of each kind (entity types, Target, Document for a citation). */
  counts: Record<string, number>;
}

function linkOf(g: PolicyGraph, other: string, e: EdgeOf<'IMPLEMENTS'>): ReaderLink {
  const m = nodeOf(g, other, 'Measure');
  return {
    measure: nodeRef(g, other),
    path: m?.path ?? '',
    document: m && g.hasNode(m.docId) ? nodeRef(g, m.docId) : null,
    verdict: e.verdict,
    score: e.score,
    ...(e.lagDays !== undefined ? { lagDays: e.lagDays } : {}),
    ...(e.lagApprox ? { lagApprox: true } : {}),
  };
}

/** Every mark of the document in document offsets: mentions, targets, citations (duplicates dropped). */
export function documentRanges(g: PolicyGraph, docId: string): HighlightRange[] {
  const out = new Map<string, HighlightRange>();
  const add = (start: number, end: number, kind: string, ref: string, label: string) => {
    out.set(`${start}:${end}:${kind}:${ref}`, { start, end, kind, ref, label });
  };
  const sources = [docId, ...g.filterNodes((_, a) => a.type === 'Measure' && a.docId === docId)];
  for (const s of sources) {
    g.forEachOutEdge(s, (_e, a, _src, target, _sa, ta) => {
      if (a.type === 'MENTIONS') for (const sp of a.spans) add(sp[0], sp[1], ta.type, target, ta.name);
      else if (a.type === 'CITES') for (const sp of a.spans) add(sp[0], sp[1], 'Document', target, ta.name);
      else if (a.type === 'SETS' && ta.type === 'Target') add(ta.span[0], ta.span[1], 'Target', target, ta.name);
    });
  }
  return [...out.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The spans a later revision deleted in the document's measures (`deletions`), labelled with their dates. */
export function deletedRanges(g: PolicyGraph, docId: string): HighlightRange[] {
  const out: HighlightRange[] = [];
  g.forEachNode((_id, a) => {
    if (a.type !== 'Measure' || a.docId !== docId) return;
    for (const d of a.deletions ?? []) out.push({ start: d.span[0], end: d.span[1], kind: DELETED_KIND, label: d.date });
  });
  return out;
}

/**
 * The reader's model of a document; null when it is not a document or its text is not loaded. `passages` (document
 * offsets) are marked as the passage the reader was opened from.
 */
export function readDocument(g: PolicyGraph, docId: string, opts: { passages?: readonly (readonly [number, number])[] } = {}): ReaderModel | null {
  const d = nodeOf(g, docId, 'Document');
  if (!d || typeof d.text !== 'string') return null;
  const text = d.text;
  const measures = g
    .filterNodes((_, a) => a.type === 'Measure' && a.docId === docId)
    .map((id) => [id, g.getNodeAttributes(id) as NodeOf<'Measure'>] as const)
    .sort(([, a], [, b]) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const hasChildren = new Set<string>();
  for (const [id] of measures) g.forEachOutEdge(id, (_e, a) => a.type === 'HAS_MEASURE' && hasChildren.add(id));
  const marks = documentRanges(g, docId);
  const counts: Record<string, number> = {};
  for (const r of marks) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  const ranges = [
    ...marks,
    ...deletedRanges(g, docId),
    ...(opts.passages ?? []).map(([start, end]) => ({ start, end, kind: PASSAGE_KIND })),
  ];
  const started = new Set<string>();
  const blocks: ReaderBlock[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      // Innermost measure holding the line's start: the latest-starting, then the shortest.
      const holders = measures.filter(([, m]) => m.span[0] <= start + (line.length - line.trimStart().length) && start < m.span[1]);
      const [id, m] = holders[holders.length - 1] ?? [null, null];
      const first = id !== null && !started.has(id);
      if (id) started.add(id);
      const local = ranges.filter((r) => r.end > start && r.start < end).map((r) => ({ ...r, start: r.start - start, end: r.end - start }));
      const ups: ReaderLink[] = [];
      const downs: ReaderLink[] = [];
      if (first && id) {
        g.forEachOutEdge(id, (_e, a, _s, target) => a.type === 'IMPLEMENTS' && ups.push(linkOf(g, target, a)));
        g.forEachInEdge(id, (_e, a, source) => a.type === 'IMPLEMENTS' && downs.push(linkOf(g, source, a)));
      }
      const byScore = (a: ReaderLink, b: ReaderLink) => b.score - a.score;
      blocks.push({
        start,
        end,
        measure: id,
        path: m?.path ?? null,
        depth: id ? measureDepth(g, id) + 1 : 0,
        heading: first && id !== null && hasChildren.has(id),
        segments: layeredSegments(line, local),
        implements: ups.sort(byScore),
        implementedBy: downs.sort(byScore),
      });
    }
    start = end + 1;
  }
  return { document: nodeRef(g, docId), blocks, counts };
}
