// "Evidence, side by side" for one IMPLEMENTS link: the two measures' texts cut into segments,
// each carrying the index of the reused passage it belongs to (the same index, so the same
// colour, on both sides) and the shared entity it mentions, if any. Spans in the graph are
// cleaned-document offsets; a measure's text starts at its `span[0]`.
import { isEntityType, nodeId, type EntityType } from '../../../graph-schema/kinds.js';
import type { EdgeOf, Span } from '../../../graph-schema/index.js';
import { nodeOf, nodeRef, type NodeRef } from './node-ref.js';
import type { PolicyGraph } from './policy-graph.js';
import { lagSince, lagUntil } from './later-version.js';
import { unscoredSignals, type Signal } from './signal-weights.js';

export interface EvidenceSegment {
  text: string;
  /**
   * Indexes into `Evidence.passages` of the reused passages the characters belong to, lowest
   * first (several lower passages may align to one higher passage); absent when none.
   */
  passages?: number[];
  /** Id of the shared entity whose mention covers the characters. */
  entity?: string;
  /** Index into `Evidence.citations` of the article citation covering the characters. */
  citation?: number;
}

export interface EvidenceDocument extends NodeRef {
  region?: string;
  /** Issue date (YYYY-MM-DD) or, failing that, the year. */
  date?: string;
  /** No date printed: its file name's date (ingest's `fileDate`, from which the lag is counted; session 34). */
  fileDate?: string;
}

export interface EvidenceSide {
  measure: NodeRef;
  path: string;
  document: EvidenceDocument | null;
  segments: EvidenceSegment[];
}

export interface SharedEntity extends NodeRef {
  /** Mentions of the entity in the lower and the higher measure. */
  lowerMentions: number;
  higherMentions: number;
}

export interface Evidence {
  lower: EvidenceSide;
  higher: EvidenceSide;
  verdict: EdgeOf<'IMPLEMENTS'>['verdict'];
  score: number;
  signals: EdgeOf<'IMPLEMENTS'>['evidence']['signals'];
  /** Signals the linker gave no weight for the lower document's genre (signal-weights.ts): a regulation's links are
   *  scored on text similarity alone, and its entities signal reads 0.00 beside the entities it shares. */
  unscored: Signal[];
  lagDays?: number;
  lagApprox?: true;
  dateUnknown?: true;
  /** The higher text is a later revision of a law first adopted before the lower document; the lag runs from the
   *  text in force at the lower document's date, `lagSince` (later-version.ts). */
  laterVersion?: true;
  lagSince?: string;
  /** The lower document's earlier version the lag runs to (later-version.ts lagUntil), when not its own date. */
  lagUntil?: string;
  /** The reused passages in lower-text order: the lower wording and the higher one. */
  passages: { lower: string; higher: string }[];
  shared: SharedEntity[];
  /** The lower measure names the higher article by number (strong whatever the score). */
  citedArticle?: true;
  /** The citations by article number, in lower-text order: the wording as the lower document has it. */
  citations: { text: string }[];
}

interface Layer {
  start: number;
  end: number;
  passage?: number;
  entity?: string;
  citation?: number;
}

/**
 * Cuts `text` (starting at document offset `origin`) wherever a passage or an entity mention
 * starts or ends. A character in several passages lists them all; in two mentions, the first wins.
 */
export function layerSegments(
  text: string,
  origin: number,
  passages: readonly Span[],
  mentions: readonly { entity: string; spans: readonly Span[] }[],
  citations: readonly Span[] = [],
): EvidenceSegment[] {
  const clip = (s: Span) => ({ start: Math.max(0, s[0] - origin), end: Math.min(text.length, s[1] - origin) });
  const layers: Layer[] = [
    ...passages.map((s, passage) => ({ ...clip(s), passage })),
    ...mentions.flatMap((m) => m.spans.map((s) => ({ ...clip(s), entity: m.entity }))),
    ...citations.map((s, citation) => ({ ...clip(s), citation })),
  ].filter((l) => l.end > l.start);
  const cuts = new Set([0, text.length]);
  for (const l of layers) cuts.add(l.start).add(l.end);
  const bounds = [...cuts].sort((a, b) => a - b);
  const out: EvidenceSegment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [start, end] = [bounds[i], bounds[i + 1]];
    const passages = layers.filter((l) => l.passage !== undefined && l.start <= start && end <= l.end).map((l) => l.passage!);
    const entity = layers.find((l) => l.entity !== undefined && l.start <= start && end <= l.end)?.entity;
    const citation = layers.find((l) => l.citation !== undefined && l.start <= start && end <= l.end)?.citation;
    const seg: EvidenceSegment = { text: text.slice(start, end) };
    if (passages.length) seg.passages = passages;
    if (entity !== undefined) seg.entity = entity;
    if (citation !== undefined) seg.citation = citation;
    const prev = out[out.length - 1];
    // Neighbours with the same marks merge, so a passage reads as one run where no mention cuts it.
    if (prev && String(prev.passages) === String(seg.passages) && prev.entity === seg.entity && prev.citation === seg.citation) prev.text += seg.text;
    else out.push(seg);
  }
  return out;
}

/** The text a passage index highlights on one side, segments joined (what a reader sees marked). */
export function passageText(segments: readonly EvidenceSegment[], passage: number): string {
  return segments.filter((s) => s.passages?.includes(passage)).map((s) => s.text).join('');
}

function until(graph: PolicyGraph, lowerDoc: string, higherDoc: string, laterVersion: boolean): { lagUntil?: string } {
  const [lo, hi] = [nodeOf(graph, lowerDoc, 'Document'), nodeOf(graph, higherDoc, 'Document')];
  if (!lo || !hi) return {};
  const date = lagUntil(lo, laterVersion ? lagSince(hi, lo) : hi.issuedOn);
  return date ? { lagUntil: date } : {};
}

function since(graph: PolicyGraph, lowerDoc: string, higherDoc: string): { lagSince?: string } {
  const [lo, hi] = [nodeOf(graph, lowerDoc, 'Document'), nodeOf(graph, higherDoc, 'Document')];
  const date = lo && hi ? lagSince(hi, lo) : undefined;
  return date ? { lagSince: date } : {};
}

function documentOf(graph: PolicyGraph, docId: string): EvidenceDocument | null {
  const d = nodeOf(graph, docId, 'Document');
  if (!d) return null;
  const date = d.issuedOn ?? (d.year !== undefined ? String(d.year) : undefined);
  return { ...nodeRef(graph, docId), ...(d.region ? { region: d.region } : {}), ...(date ? { date } : d.fileDate ? { fileDate: d.fileDate } : {}) };
}

/**
 * The node id of a shared entity. Ingest writes `Type:canonical` (Programme:基层科普行动计划);
 * a node id (prog:基层科普行动计划) is taken as it is. Null when no such node exists.
 */
export function sharedEntityId(graph: PolicyGraph, ref: string): string | null {
  if (graph.hasNode(ref)) return ref;
  const colon = ref.indexOf(':');
  const type = ref.slice(0, colon) as EntityType;
  if (colon < 0 || !isEntityType(type)) return null;
  const id = nodeId(type, ref.slice(colon + 1));
  return graph.hasNode(id) ? id : null;
}

function mentionsOf(graph: PolicyGraph, measureId: string, keep: ReadonlySet<string>) {
  const out: { entity: string; spans: Span[] }[] = [];
  graph.forEachOutEdge(measureId, (_e, a, _s, target) => {
    if (a.type === 'MENTIONS' && keep.has(target)) out.push({ entity: target, spans: a.spans });
  });
  return out;
}

/**
 * The side-by-side evidence of `link` (lower → higher). Needs both measures' texts in `graph`
 * and the link's full evidence (passages and shared entities, which the page fetches on demand);
 * null when either measure or its text is missing.
 */
export function evidenceFor(graph: PolicyGraph, lowerId: string, higherId: string, link: EdgeOf<'IMPLEMENTS'>): Evidence | null {
  const lower = nodeOf(graph, lowerId, 'Measure');
  const higher = nodeOf(graph, higherId, 'Measure');
  if (!lower || !higher || typeof lower.text !== 'string' || typeof higher.text !== 'string') return null;
  const passages = [...link.evidence.passages].sort((a, b) => a.lower[0] - b.lower[0]);
  const keep = new Set(link.evidence.sharedEntities.map((r) => sharedEntityId(graph, r)).filter((id): id is string => id !== null));
  const lowerMentions = mentionsOf(graph, lowerId, keep);
  const higherMentions = mentionsOf(graph, higherId, keep);
  const count = (ms: typeof lowerMentions, id: string) => ms.filter((m) => m.entity === id).reduce((n, m) => n + m.spans.length, 0);
  const citations = [...(link.evidence.citations ?? [])].sort((a, b) => a.span[0] - b.span[0]);
  const side = (id: string, m: typeof lower, spans: Span[], mentions: typeof lowerMentions, cited: Span[] = []): EvidenceSide => ({
    measure: nodeRef(graph, id),
    path: m.path,
    document: documentOf(graph, m.docId),
    segments: layerSegments(m.text, m.span[0], spans, mentions, cited),
  });
  const { verdict, score, lagDays, lagApprox } = link;
  return {
    lower: side(lowerId, lower, passages.map((p) => p.lower), lowerMentions, citations.map((c) => c.span)),
    higher: side(higherId, higher, passages.map((p) => p.higher), higherMentions),
    verdict,
    score,
    signals: link.evidence.signals,
    unscored: unscoredSignals(graph, lower.docId),
    ...(lagDays !== undefined ? { lagDays } : {}),
    ...(lagApprox ? { lagApprox } : {}),
    ...(link.evidence.dateUnknown ? { dateUnknown: true as const } : {}),
    ...(link.laterVersion ? { laterVersion: true as const, ...since(graph, lower.docId, higher.docId) } : {}),
    ...(lagDays !== undefined && !lagApprox ? until(graph, lower.docId, higher.docId, !!link.laterVersion) : {}),
    ...(link.citedArticle ? { citedArticle: true as const } : {}),
    citations: citations.map((c) => ({ text: c.text })),
    passages: passages.map((p) => ({ lower: p.text, higher: p.higherText ?? p.text })),
    shared: [...keep]
      .map((id) => ({ ...nodeRef(graph, id), lowerMentions: count(lowerMentions, id), higherMentions: count(higherMentions, id) }))
      .sort((a, b) => (a.type === b.type ? a.name.localeCompare(b.name, 'zh') : a.type < b.type ? -1 : 1)),
  };
}

/** Passage colours, cycled by index: readable under dark text, distinct from each other. */
export const PASSAGE_COLOURS = ['#fde68a', '#a7f3d0', '#bfdbfe', '#fbcfe8', '#ddd6fe', '#fed7aa', '#c7d2fe', '#bbf7d0'] as const;
export const passageColour = (i: number): string => PASSAGE_COLOURS[i % PASSAGE_COLOURS.length];
