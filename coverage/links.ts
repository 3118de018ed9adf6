// The IMPLEMENTS links coverage reads: the snapshot's edges with the linker's verdicts, or, under a
// user's thresholds, the verdicts re-read from the scores (rereadVerdict). One place, so the direct
// links and the links of a chain (coverage/index.ts, "via") are read alike.
import type { EdgeOf } from '../graph-schema/index.js';
import { scoreVerdict } from '../ingest/link/select.js';
import { attrsOf, type CoverageGraph } from './graph.js';
import { replayedLinks } from './replay.js';
import { articleCounts, longLowerPartial } from './grade.js';
import { COVERAGE_OPTIONS, type CoverageOptions } from './options.js';

/** Each document's article count (coverage/grade.ts), indexed once per graph and rebuilt when its size changes. */
const articlesByDoc = new WeakMap<CoverageGraph, { order: number; size: number; n: Map<string, number> }>();
export function articleCountOf(g: CoverageGraph, doc: string): number {
  let c = articlesByDoc.get(g);
  if (!c || c.order !== g.order || c.size !== g.size) {
    const ms: [string, string][] = [];
    g.forEachNode((id, a) => {
      if (a.type === 'Measure') ms.push([id, a.docId]);
    });
    articlesByDoc.set(g, (c = { order: g.order, size: g.size, n: articleCounts(ms) }));
  }
  return c.n.get(doc) ?? 0;
}

export type Verdict = 'implements' | 'partial';

/** Verdict thresholds on a link's score (the snapshot's `attributes.linkThresholds` by default). */
export interface Thresholds {
  implements: number;
  partial: number;
}

/** One link into a higher measure, as coverage reads it. */
export interface CoverageLink {
  /** The lower measure and its document. */
  source: string;
  sourceDoc: string;
  verdict: Verdict;
  score: number;
  lagDays?: number;
  lagApprox?: boolean;
}

/** A link's verdict under other thresholds than the linker's: null when it falls below `partial` (the linker's own
 *  verdict by score, ingest/link/select.ts scoreVerdict). */
export function verdictAt(score: number, t: Thresholds): Verdict | null {
  return scoreVerdict(score, t);
}

/** A link's verdict re-read under a user's thresholds, given the linker's own (`linker`, for the link's lower
 *  document's genre): the linker's rules stay in force. A link it kept under its own `partial` threshold (an
 *  article's clear best, a duty list's item, a cited chapter) stays partial while the user's `partial` is not
 *  stricter than the linker's; a link it made partial over its `implements` threshold (only a side paragraph
 *  shared, the main provision not carried) is never strong. Under the linker's own thresholds every verdict is the
 *  linker's. */
export function rereadVerdict(score: number, linkerVerdict: Verdict, user: Thresholds, linker?: Thresholds): Verdict | null {
  if (!linker) return verdictAt(score, user);
  const byScore = verdictAt(score, linker);
  if (byScore === null) return user.partial <= linker.partial ? linkerVerdict : null;
  const v = verdictAt(score, user);
  return v === 'implements' && byScore === 'implements' && linkerVerdict === 'partial' ? 'partial' : v;
}

/** The thresholds the linker applied to links from `lowerDoc` (its genre's, else the snapshot's). */
export function linkerThresholds(g: CoverageGraph, lowerDoc: string): Thresholds | undefined {
  const t = g.getAttribute('linkThresholds') as (Thresholds & { byGenre?: Record<string, Thresholds> }) | undefined;
  if (!t) return undefined;
  const genre = attrsOf(g, lowerDoc, 'Document')?.genre;
  const own = genre ? t.byGenre?.[genre] : undefined;
  return { implements: (own ?? t).implements, partial: (own ?? t).partial };
}

/** The IMPLEMENTS links into `measure` (from measures of any document), with their verdicts: the linker's, or under
 *  `thresholds` the linker's selection run again on the snapshot's candidates near the cut (coverage/replay.ts);
 *  a snapshot without them has its kept links' verdicts re-read from their scores (rereadVerdict), and a link that
 *  falls below the user's partial threshold is left out. */
export function linksInto(g: CoverageGraph, measure: string, thresholds?: Thresholds, opts: CoverageOptions = COVERAGE_OPTIONS): CoverageLink[] {
  const replayed = thresholds ? replayedLinks(g, thresholds) : undefined;
  if (replayed) {
    const ls = replayed.into.get(measure) ?? [];
    // Coverage's reading of the lower document's kind (COVERAGE_OPTIONS.longLower) under any thresholds: the replayed links too.
    if (!opts.longLower) return ls;
    const cited = (source: string) => g.edges(source, measure).some((k) => !!(g.getEdgeAttributes(k) as EdgeOf<'IMPLEMENTS'>).citedArticle);
    return ls.map((l) => (l.verdict === 'implements' && longLowerPartial(opts, l.score, cited(l.source), articleCountOf(g, l.sourceDoc)) ? { ...l, verdict: 'partial' as const } : l));
  }
  const out: CoverageLink[] = [];
  const linkers = new Map<string, Thresholds | undefined>();
  g.forEachInEdge(measure, (_e, a, source, _t, sa) => {
    if (a.type !== 'IMPLEMENTS' || sa.type !== 'Measure') return;
    const e = a as EdgeOf<'IMPLEMENTS'>;
    const doc = sa.docId;
    if (thresholds && !linkers.has(doc)) linkers.set(doc, linkerThresholds(g, doc));
    // A link by citation of the article's number keeps its verdict under any thresholds (its score may be 0): strong, or
    // partial when only a paragraph or an item of the article was cited (ingest options.citedParts).
    let verdict = e.citedArticle ? (e.verdict ?? 'implements') : thresholds ? rereadVerdict(e.score, e.verdict ?? 'implements', thresholds, linkers.get(doc)) : (e.verdict ?? 'implements');
    if (!verdict) return;
    // Coverage's reading of the lower document's kind (COVERAGE_OPTIONS.longLower), under any thresholds.
    if (verdict === 'implements' && opts.longLower && longLowerPartial(opts, e.score, !!e.citedArticle, articleCountOf(g, doc))) verdict = 'partial';
    out.push({
      source,
      sourceDoc: doc,
      verdict,
      score: e.score,
      ...(e.lagDays !== undefined ? { lagDays: e.lagDays } : {}),
      ...(e.lagApprox ? { lagApprox: true } : {}),
    });
  });
  return out;
}
