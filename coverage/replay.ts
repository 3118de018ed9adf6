// Coverage under a user's thresholds, by the linker's own selection: the snapshot keeps each lower measure's
// candidates near the cut (graph-schema LowerCandidates, written by ingest/link/select.ts nearCutRecord), and
// the links are chosen again from them with selectLinks, the function ingest calls, under the user's thresholds
// and the snapshot's selection settings. The same links as ingesting again with those thresholds, while the
// user's partial threshold is above every left-out candidate's score (`complete`; else `inexact` counts them).
// Not replayed: the link stage's neighbour rule (options.neighbourBest, ingest/link/neighbours.ts, session 23), which runs
// after the selection across a document's measures. It never changes a coverage row: it adds a partial link from an
// article to the higher measure the article next to it, in the same lower document, already links to, so that higher
// measure is covered in that document by the neighbour's link at the same or a stronger verdict (tests/eval/replay.test.ts
// checks the rows on the real set, where the rule adds links).
import type { EdgeOf, LinkCandidates, LinkSelection } from '../graph-schema/index.js';
import { selectStored, unpackCandidates, type NearCut, type SelectionOptions } from '../ingest/link/select.js';
import { attrsOf, type CoverageGraph } from './graph.js';
import type { CoverageLink, Thresholds } from './links.js';

export interface Replayed {
  /** Higher measure → the links into it. */
  into: Map<string, CoverageLink[]>;
  /** Lower measures whose left-out candidates may reach the user's partial threshold (their links may differ). */
  inexact: number;
}

const cache = new WeakMap<CoverageGraph, { size: number; records: NearCut[]; byKey: Map<string, Replayed> }>();

/** The links under `t`, selected again; undefined when the snapshot kept no candidates (written before session 23). */
export function replayedLinks(g: CoverageGraph, t: Thresholds): Replayed | undefined {
  const stored = g.getAttribute('linkCandidates') as LinkCandidates | undefined;
  const selection = g.getAttribute('linkSelection') as LinkSelection | undefined;
  if (!stored || !selection) return undefined;
  let c = cache.get(g);
  if (!c || c.size !== g.size) cache.set(g, (c = { size: g.size, records: unpackCandidates(stored), byKey: new Map() }));
  const key = `${t.implements},${t.partial}`;
  let r = c.byKey.get(key);
  if (!r) c.byKey.set(key, (r = replay(g, c.records, selection, t)));
  return r;
}

function replay(g: CoverageGraph, records: NearCut[], selection: LinkSelection, t: Thresholds): Replayed {
  const into = new Map<string, CoverageLink[]>();
  const add = (higher: string, l: CoverageLink) => (into.get(higher) ?? into.set(higher, []).get(higher)!).push(l);
  const docOf = (m: string) => attrsOf(g, m, 'Measure')?.docId;
  // A link's lag depends on its two documents only: new links take it from a kept link between them.
  const lags = new Map<string, Pick<CoverageLink, 'lagDays' | 'lagApprox'>>();
  // Articles cited by number stay strong links whatever the thresholds (the link stage adds them after the selection).
  // A penalty article's conduct match (options.penaltyConduct, edge penaltyConduct) stays at least partial: the linker adds
  // it after the selection whenever the selection leaves it out.
  const conduct = new Map<string, { higher: string; score: number }[]>();
  const cited = new Set<string>();
  g.forEachEdge((_e, a, source, target) => {
    if (a.type !== 'IMPLEMENTS') return;
    const e = a as EdgeOf<'IMPLEMENTS'>;
    const [lo, hi] = [docOf(source)!, docOf(target)!];
    if (e.lagDays !== undefined) lags.set(`${lo}\n${hi}`, { lagDays: e.lagDays, ...(e.lagApprox ? { lagApprox: true } : {}) });
    if (e.penaltyConduct && !e.citedArticle) (conduct.get(source) ?? conduct.set(source, []).get(source)!).push({ higher: target, score: e.score });
    if (!e.citedArticle) return;
    cited.add(`${source}>${target}`);
    add(target, { source, sourceDoc: lo, verdict: e.verdict ?? 'implements', score: e.score, ...(e.lagDays !== undefined ? { lagDays: e.lagDays } : {}), ...(e.lagApprox ? { lagApprox: true } : {}) });
  });
  let inexact = 0;
  const rules = selection.rules as SelectionOptions;
  for (const r of records) {
    if (r.complete > 0 && r.complete >= t.partial) inexact++; // complete 0: nothing was left out
    const profile = selection.byGenre[r.genre] ?? selection;
    const dropped = new Set(r.dropped ?? []);
    const lowerDoc = docOf(r.lower);
    if (!lowerDoc) continue;
    const chosen = new Set<string>();
    for (const c of selectStored(r, { thresholds: t, topK: profile.topK, relative: profile.relative }, rules)) {
      if (cited.has(`${r.lower}>${c.higher}`) || dropped.has(c.higher)) continue;
      chosen.add(c.higher);
      add(c.higher, { source: r.lower, sourceDoc: lowerDoc, verdict: c.verdict, score: c.score, ...lags.get(`${lowerDoc}\n${docOf(c.higher)}`) });
    }
    for (const c of conduct.get(r.lower) ?? [])
      if (!chosen.has(c.higher) && !dropped.has(c.higher)) add(c.higher, { source: r.lower, sourceDoc: lowerDoc, verdict: 'partial', score: c.score, ...lags.get(`${lowerDoc}\n${docOf(c.higher)}`) });
  }
  return { into, inexact };
}

/** The lowest partial threshold at which the replay is exact on this snapshot (above every left-out candidate's score;
 *  scores are multiples of 0.001), or undefined when it kept no candidates. */
export function exactFrom(g: CoverageGraph): number | undefined {
  const stored = g.getAttribute('linkCandidates') as LinkCandidates | undefined;
  if (!stored) return undefined;
  const top = stored.lowers.reduce((m, r) => Math.max(m, r.complete), 0);
  return Math.round((top + 0.001) * 1000) / 1000;
}

/** Whether coverage under `t` is what ingesting again would give: `exactFrom` (the snapshot's lowest exact partial
 *  threshold) and `inexact`, the lower measures whose links may differ (0 under the snapshot's own thresholds, when
 *  no replay runs). Undefined when the snapshot kept no candidates. */
export interface Exactness {
  exactFrom: number;
  inexact: number;
}

export function exactness(g: CoverageGraph, t?: Thresholds): Exactness | undefined {
  const from = exactFrom(g);
  if (from === undefined) return undefined;
  return { exactFrom: from, inexact: t ? (replayedLinks(g, t)?.inexact ?? 0) : 0 };
}

/** The report's one line (and the CSV's last row) when `t.partial` is below where the replay is exact; else undefined. */
export function inexactNote(e: Exactness | undefined, t: Thresholds | undefined): string | undefined {
  if (!e || !t || e.inexact === 0) return undefined;
  return `partial threshold ${t.partial} is below ${e.exactFrom}: links of ${e.inexact} measure${e.inexact === 1 ? '' : 's'} may differ from a re-ingest`;
}
