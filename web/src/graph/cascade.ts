// The cascade of a directive (any higher document) or of one measure: every document below it that
// carries it out, level by level. A document that IMPLEMENTS measures of a document in the cascade
// joins with those measures (and the chain goes on from them); a document that CITES one joins as a
// whole (one link per pair of documents, however many places cite: a cited-only directive is one
// row per citing document, not one per citing measure). Filters: a region (documents on its chain:
// its ancestors and its cities) and a date (documents issued after it are left out).
// Pure: the explorer's cascade view and `npm run report -- cascade` share it. The walk itself is cascade-core.ts's,
// the loader's too (neo4j/derived-cascade.ts, for cypher/document-cascade, with its options QUERY_WALK).
import type { Level, NodeOf } from '../../../graph-schema/index.js';
import { issuedAfter, type AnyPolicyGraph } from './time.js';
import type { CascadePair } from './cascade-pairs.js';
import { EXPLORER_WALK, cascadeDocs, walkCascade, type CascadeAccess, type CascadeKind, type CitationInto, type LinkInto, type WalkLink, type WalkOptions } from './cascade-core.js';

export type { CascadeKind };

export const CASCADE_LEVELS: readonly Level[] = ['central', 'national', 'provincial', 'municipal', 'county'];

export interface CascadeMeasure {
  id: string;
  name: string;
  path: string;
}

export interface CascadeDoc {
  id: string;
  name: string;
  level?: Level;
  region?: string;
  /** Issue date, else the year; absent when unknown. */
  date?: string;
  /** No date printed: the date its file's name carries (ingest's `fileDate`), by which the link rules and lags order
   *  it. The diagram places it there and says where the date comes from (session 34 trial: 上海's 1997 实施办法 was
   *  drawn as undated while its links gave a lag of 1464 days, counted from that date). */
  fileDate?: string;
  inCorpus: boolean;
  /** Links from the root to this document (0: the root's document). */
  depth: number;
  /** Its measures that take part in the cascade, in text order. */
  measures: CascadeMeasure[];
}

export interface CascadeLink extends WalkLink {
  /** Drawn for a whole pair of documents (cascade-pairs.ts groupedCascade): its links counted; `score` and `lagDays`
   *  are then their medians. */
  pair?: CascadePair;
}

export interface Cascade {
  root: string;
  rootDoc: string;
  docs: CascadeDoc[];
  links: CascadeLink[];
  /** A walk of a few steps only (CascadeOptions.walk): the measures that carry it on (cascade-core Walk.carriers);
   *  absent for the whole cascade, where they are the lower ends of its links. */
  carriers?: string[];
}

export interface CascadeOptions {
  /** Keep only documents on this region's chain (the region, the regions above it, its cities). */
  region?: string | null;
  /** Leave out documents issued after this date (YYYY-MM-DD). */
  asOf?: string | null;
  /** How far the walk goes (cascade-core WalkOptions): the whole cascade (EXPLORER_WALK) unless given;
   *  cypher/document-cascade's is QUERY_WALK (three steps, no citing document without measures). */
  walk?: Omit<WalkOptions, 'keep'>;
}

const doc = (g: AnyPolicyGraph, id: string): NodeOf<'Document'> | null => {
  if (!g.hasNode(id)) return null;
  const a = g.getNodeAttributes(id);
  return a.type === 'Document' ? a : null;
};
const measure = (g: AnyPolicyGraph, id: string): NodeOf<'Measure'> | null => {
  if (!g.hasNode(id)) return null;
  const a = g.getNodeAttributes(id);
  return a.type === 'Measure' ? a : null;
};

/** Region names above `name` by PART_OF (nearest first). */
function regionsAbove(g: AnyPolicyGraph, name: string): string[] {
  const out: string[] = [];
  let current = g.findNode((_, a) => a.type === 'Region' && a.name === name);
  const seen = new Set<string>();
  while (current && !seen.has(current)) {
    seen.add(current);
    const up: string | undefined = g.findOutEdge(current, (_e, a) => a.type === 'PART_OF');
    current = up ? g.target(up) : undefined;
    if (current) out.push(g.getNodeAttribute(current, 'name'));
  }
  return out;
}

/** Is a document with region `docRegion` on the chain of `filter` (above it, it, or within it)? */
export function onRegionChain(g: AnyPolicyGraph, docRegion: string | undefined, filter: string): boolean {
  if (!docRegion || docRegion === filter) return true;
  return regionsAbove(g, filter).includes(docRegion) || regionsAbove(g, docRegion).includes(filter);
}

/** The measures of a document, in text order. */
// Each document's measures, in text order, indexed in one pass per graph (rebuilt when its node count changes).
// Before session 22 every call filtered the whole graph: cascadeRoots called it once per document, 5,391 × 191,555
// nodes on the law mirror, 106 s in node and a page frozen for 5 minutes when the cascade opened.
const measureIndex = new WeakMap<AnyPolicyGraph, { order: number; byDoc: Map<string, string[]> }>();

export function measuresOf(g: AnyPolicyGraph, docId: string): string[] {
  let index = measureIndex.get(g);
  if (!index || index.order !== g.order) {
    const byDoc = new Map<string, string[]>();
    g.forEachNode((id, a) => {
      if (a.type !== 'Measure') return;
      const list = byDoc.get(a.docId);
      if (list) list.push(id);
      else byDoc.set(a.docId, [id]);
    });
    for (const list of byDoc.values()) list.sort((x, y) => measure(g, x)!.span[0] - measure(g, y)!.span[0] || (x < y ? -1 : 1));
    index = { order: g.order, byDoc };
    measureIndex.set(g, index);
  }
  return [...(index.byDoc.get(docId) ?? [])];
}

/** Places (distinct spans) where `lowerDoc` or its measures cite `higherDoc`. */
function citePlaces(g: AnyPolicyGraph, lowerDoc: string, higherDoc: string): number {
  return Math.max(1, citeSpans(g, lowerDoc, higherDoc).spans.length);
}

/**
 * Where `lowerDoc` (or its measures) cites `higherDoc`: the distinct spans in the citing document's text, in reading
 * order, and the node that cites at the first of them (a measure, or the document itself). What a citation link of the
 * cascade opens the reader at (session 44: one click to the sentence).
 */
export function citeSpans(g: AnyPolicyGraph, lowerDoc: string, higherDoc: string): { spans: [number, number][]; first: string } {
  const spans = new Map<string, { span: [number, number]; from: string }>();
  if (!g.hasNode(higherDoc)) return { spans: [], first: lowerDoc };
  g.forEachInEdge(higherDoc, (_e, a, source) => {
    if (a.type !== 'CITES') return;
    const from = doc(g, source) ? source : measure(g, source)?.docId;
    if (from !== lowerDoc) return;
    for (const s of a.spans) if (!spans.has(`${s[0]}-${s[1]}`)) spans.set(`${s[0]}-${s[1]}`, { span: [s[0], s[1]], from: source });
  });
  const sorted = [...spans.values()].sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1]);
  return { spans: sorted.map((x) => x.span), first: sorted[0]?.from ?? lowerDoc };
}

/** The graph read through cascade-core's accessor. */
export function graphCascadeAccess(g: AnyPolicyGraph): CascadeAccess {
  return {
    isDocument: (id) => doc(g, id) !== null,
    measuresOf: (d) => measuresOf(g, d),
    hasMeasures: (d) => measuresOf(g, d).length > 0,
    linksInto: (m) => {
      const out: LinkInto[] = [];
      g.forEachInEdge(m, (_e, a, lower) => {
        if (a.type === 'IMPLEMENTS') out.push({ lower, lowerDoc: measure(g, lower)?.docId, verdict: a.verdict, score: a.score, lagDays: a.lagDays, lagApprox: a.lagApprox });
      });
      return out;
    },
    citationsInto: (d) => {
      const out: CitationInto[] = [];
      g.forEachInEdge(d, (_e, a, source) => {
        if (a.type === 'CITES') out.push({ citer: doc(g, source) ? source : measure(g, source)?.docId, lagDays: a.lagDays, lagApprox: a.lagApprox });
      });
      return out;
    },
    citePlaces: (lower, higher) => citePlaces(g, lower, higher),
  };
}

/** The cascade below `root` (a Document or a Measure); null when it is neither. */
export function cascadeFrom(g: AnyPolicyGraph, root: string, opts: CascadeOptions = {}): Cascade | null {
  const rootMeasure = measure(g, root);
  const rootDoc = rootMeasure ? rootMeasure.docId : doc(g, root) ? root : null;
  if (!rootDoc || !doc(g, rootDoc)) return null;
  const keep = (id: string) => {
    const d = doc(g, id);
    if (!d) return false;
    if (opts.asOf && issuedAfter(d, opts.asOf)) return false;
    return !opts.region || onRegionChain(g, d.region, opts.region);
  };
  const result: Cascade = { root, rootDoc, docs: [], links: [] };
  if (!keep(rootDoc)) return result;

  const walkOptions = opts.walk ?? EXPLORER_WALK;
  const walk = walkCascade(graphCascadeAccess(g), rootDoc, rootMeasure ? root : null, { ...walkOptions, keep });
  result.links = walk.links;
  if (Number.isFinite(walkOptions.steps)) result.carriers = [...walk.carriers];

  // Measures of whole documents show when a link touches them; the root measure always does.
  const depth = depths(result, rootDoc);
  result.docs = [...cascadeDocs(rootDoc, rootMeasure ? root : null, result.links).entries()]
    .filter(([id]) => depth.has(id))
    .map(([id, ms]) => {
      const d = doc(g, id)!;
      const date = d.issuedOn ?? (d.year !== undefined ? String(d.year) : undefined);
      return {
        id,
        name: d.name,
        ...(d.level ? { level: d.level } : {}),
        ...(d.region ? { region: d.region } : {}),
        ...(date ? { date } : d.fileDate ? { fileDate: d.fileDate } : {}),
        inCorpus: d.inCorpus,
        depth: depth.get(id)!,
        measures: [...ms]
          .sort((x, y) => measure(g, x)!.span[0] - measure(g, y)!.span[0])
          .map((mid) => ({ id: mid, name: measure(g, mid)!.name, path: measure(g, mid)!.path })),
      };
    })
    .sort(compareDocs);
  return result;
}

/** Shortest number of links from the root document to each document. */
function depths(c: Cascade, rootDoc: string): Map<string, number> {
  const out = new Map([[rootDoc, 0]]);
  const queue = [rootDoc];
  while (queue.length) {
    const d = queue.shift()!;
    for (const l of c.links) {
      if (l.higherDoc === d && !out.has(l.lowerDoc)) {
        out.set(l.lowerDoc, out.get(d)! + 1);
        queue.push(l.lowerDoc);
      }
    }
  }
  return out;
}

const levelRank = (l: Level | undefined) => (l ? CASCADE_LEVELS.indexOf(l) : CASCADE_LEVELS.length);

/** Sort key of a date: undated first, then by day; a year alone after the dated days of that year. */
export function dateSortKey(date: string | undefined): string {
  if (!date) return '';
  return /^\d{4}$/.test(date) ? `${date}-99` : date;
}

export function compareDocs(a: Pick<CascadeDoc, 'level' | 'date' | 'name'>, b: Pick<CascadeDoc, 'level' | 'date' | 'name'>): number {
  return levelRank(a.level) - levelRank(b.level) || dateSortKey(a.date).localeCompare(dateSortKey(b.date)) || a.name.localeCompare(b.name, 'zh');
}

export interface CascadeSummary {
  documents: number;
  implements: number;
  partial: number;
  cites: number;
}

export function cascadeSummary(c: Cascade): CascadeSummary {
  const n = (k: CascadeKind) => c.links.filter((l) => l.kind === k).length;
  return { documents: c.docs.length, implements: n('implements'), partial: n('partial'), cites: n('cites') };
}

/** The places that cite, over the cascade's citation links (a link's `places`, 1 when not counted): what the pairs
 *  table's "cites" column adds up to. Session 45 trial (促进科技成果转化法 and five provinces): the summary said
 *  "5 citations" (one citation link per citing document) above a column reading 2, 1, 1, 2, 1. */
export function cascadeCitePlaces(c: Cascade): number {
  return c.links.reduce((sum, l) => sum + (l.kind === 'cites' ? (l.places ?? 1) : 0), 0);
}

/** Documents a cascade can start from (something below cites or implements them), in level and date order. */
export function cascadeRoots(g: AnyPolicyGraph): { id: string; name: string; level?: Level; date?: string; inCorpus: boolean; lowers: number }[] {
  const out: { id: string; name: string; level?: Level; date?: string; inCorpus: boolean; lowers: number }[] = [];
  // The documents below, read through cascade-core's accessor, as the walk reads them (session 27: this was a third
  // copy of "who cites or implements this document"). An edge whose lower end is no Document or Measure (outside the
  // graph model) names no document, here as in the walk.
  const access = graphCascadeAccess(g);
  g.forEachNode((id, a) => {
    if (a.type !== 'Document') return;
    const lowers = new Set<string>();
    for (const c of access.citationsInto(id)) if (c.citer !== undefined) lowers.add(c.citer);
    for (const m of access.measuresOf(id)) for (const l of access.linksInto(m)) if (l.lowerDoc !== undefined) lowers.add(l.lowerDoc);
    lowers.delete(id);
    if (!lowers.size) return;
    const date = a.issuedOn ?? (a.year !== undefined ? String(a.year) : undefined);
    out.push({ id, name: a.name, ...(a.level ? { level: a.level } : {}), ...(date ? { date } : {}), inCorpus: a.inCorpus, lowers: lowers.size });
  });
  return out.sort(compareDocs);
}

/** The cascade to open on: among the documents of the corpus (a cited-only one only when none is a
 *  root), the highest-level root with the most documents below it. Null when none. Session 23: on the
 *  law mirror the default was the cited-only 民事诉讼法 (636 documents that name it, no text to read). */
export function defaultCascadeRoot(g: AnyPolicyGraph, roots = cascadeRoots(g)): string | null {
  const inCorpus = roots.filter((r) => r.inCorpus);
  const pool = inCorpus.length ? inCorpus : roots;
  const top = pool.filter((r) => levelRank(r.level) === levelRank(pool[0]?.level));
  return top.sort((a, b) => b.lowers - a.lowers)[0]?.id ?? null;
}
