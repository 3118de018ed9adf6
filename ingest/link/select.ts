// The linker's selection: which of a lower measure's aligned candidates become IMPLEMENTS links, and
// with which verdict. One function, called by linkMeasures (implements.ts) at ingest and by the
// calibration (tests/eval/links.ts, `npm run eval -- --calibrate`) under other weights and thresholds,
// so that a calibrated selection is the one ingest makes; and by coverage under a user's thresholds (coverage/replay.ts),
// in the explorer's page too. Pure: no alignment, no text, no Node API (nothing but types from options.ts).
import { measureId } from '../../graph-schema/kinds.js';
import type { Genre, LinkCandidates, LinkSelection } from '../../graph-schema/index.js';
import type { LinkOptions, LinkProfile } from './options.js';

/** One aligned candidate of a lower measure, in the order the linker aligned them. */
export interface AlignedCandidate {
  higher: string;
  /** Its document (an index). */
  doc: number;
  score: number;
  /** Cited by the lower measure's chapter citation (options.citedChapters). */
  chapter?: boolean;
}

/** What the selection knows of the lower measure besides its candidates' scores. Functions are asked
 *  only when a rule needs them (the linker computes them then). */
export interface SelectionFacts {
  genre: Genre;
  /** Paragraphs and items of the lower measure (clauseCount) when options.topKPerClause applies to its genre. */
  clauses?: number;
  /** The documents the lower measure cites by chapter (their links are chosen among the cited articles only). */
  chapterDocs?: Set<number>;
  /** The series a document is an edition of (options.oneEditionPerSeries), if any. */
  series?: (doc: number) => string | undefined;
  /** Each candidate of `doc` that is a paragraph's best match with the largest such share (paragraphShares), when
   *  the lower measure has several paragraphs and its genre a paragraph rule. */
  shares?: (doc: number) => Map<string, number>;
  /** The largest share of one unit of the aligned candidate `k`'s higher article the lower carries (options.partialFloor.unit),
   *  rounded down to 0.001; 0 when not measured (a candidate under the floor's min). */
  unitCarried?: (k: number) => number;
  /** The higher measures of `doc` that an item of the lower duty list names best (options.dutyListItems), or that a 款/项 of
   *  the lower unit names best among its aligned candidates (options.perItem), with their score. */
  items?: (doc: number) => { higher: string; score: number; list?: true }[];
  /** Whether candidate k may be strong: not a framing pair kept weak, and a clause carried (options.strongClause). */
  mayBeStrong: (k: number) => boolean;
  /** Session 52: candidate k meets options.clauseCover.pair's clause test (recorded for the second pass's replay,
   *  pair-median.ts, which turns only strong links; no selection reads it). */
  pairThin?: (k: number) => boolean;
  /** Session 59: candidate k is set apart from its document's best by a line of the lower unit (options.paragraphApart,
   *  paragraph-apart.ts); asked only when that rule is on. */
  apart?: (k: number) => boolean;
}

export type SelectionOptions = Pick<LinkOptions, 'topKPerClause' | 'extraLinksByParagraph' | 'paragraphBest' | 'clearBest' | 'partialFloor' | 'oneEditionPerSeries' | 'dutyListItems' | 'paragraphApart'>;

/** A chosen link: candidate `k` of the aligned list, or (k = -1) a duty list item's article. */
export interface ChosenLink {
  k: number;
  higher: string;
  doc: number;
  score: number;
  verdict: 'implements' | 'partial';
}

/** The links of one lower measure, in the linker's order (documents by index; in each, the kept ones by
 *  score, then paragraph bests, then duty items), by the profile's thresholds, topK and relative cut
 *  and the options' rules. */
export function selectLinks(aligned: AlignedCandidate[], f: SelectionFacts, p: Pick<LinkProfile, 'thresholds' | 'topK' | 'relative'>, o: SelectionOptions): ChosenLink[] {
  const genre = f.genre;
  // A lower unit that links to nothing keeps its clearly best candidate (options.clearBest): the best
  // under the partial threshold, and the two best scores of each higher document.
  const clear = !f.chapterDocs && o.clearBest?.genres.includes(genre) ? o.clearBest : undefined;
  const topTwo = new Map<number, [number, number]>();
  let clearBest = -1;
  const byDoc = new Map<number, number[]>();
  aligned.forEach((a, k) => {
    if (clear) {
      const [first, second] = topTwo.get(a.doc) ?? [0, 0];
      topTwo.set(a.doc, a.score > first ? [a.score, first] : [first, Math.max(second, a.score)]);
    }
    const below = scoreVerdict(a.score, p.thresholds) === null && !(a.chapter && a.score > 0);
    if (below) {
      if (clear && a.score >= clear.min && a.score > (clearBest >= 0 ? aligned[clearBest].score : 0)) clearBest = k;
      return;
    }
    (byDoc.get(a.doc) ?? byDoc.set(a.doc, []).get(a.doc)!).push(k);
  });
  for (const ks of byDoc.values()) ks.sort((a, b) => aligned[b].score - aligned[a].score || aligned[a].higher.localeCompare(aligned[b].higher));
  // One edition per series (options.oneEditionPerSeries): of the yearly editions of one higher
  // series, the lower measure keeps the edition it matches best.
  if (o.oneEditionPerSeries && f.series) {
    const bestOf = new Map<string, number>();
    for (const [d, ks] of byDoc) {
      const key = f.series(d);
      if (key === undefined) continue;
      const b = bestOf.get(key);
      const [s, sb] = [aligned[ks[0]].score, b === undefined ? -1 : aligned[byDoc.get(b)![0]].score];
      if (b === undefined || s > sb || (s === sb && d > b)) bestOf.set(key, d);
    }
    for (const d of [...byDoc.keys()]) {
      const key = f.series(d);
      if (key !== undefined && bestOf.get(key) !== d) byDoc.delete(d);
    }
  }
  const { topK, relative } = selectionFor(f.clauses, p.topK, p.relative, o.topKPerClause);
  const out: ChosenLink[] = [];
  const link = (k: number, verdict?: ChosenLink['verdict']): ChosenLink => {
    const a = aligned[k];
    return { k, higher: a.higher, doc: a.doc, score: a.score, verdict: verdict ?? (scoreVerdict(a.score, p.thresholds) === 'implements' && f.mayBeStrong(k) ? 'implements' : 'partial') };
  };
  for (const d of [...byDoc.keys()].sort((a, b) => a - b)) {
    const chapter = !!f.chapterDocs?.has(d);
    const scored = chapter ? byDoc.get(d)!.filter((k) => aligned[k].chapter) : byDoc.get(d)!;
    const best = scored.length ? aligned[scored[0]].score : 0;
    const shares = f.shares && !chapter ? f.shares(d) : undefined;
    let kept = scored.filter((k) => aligned[k].score >= relative * best).slice(0, topK);
    // A link that only the per-paragraph widening admits (options.extraLinksByParagraph) needs a paragraph of its own.
    const extra = o.extraLinksByParagraph;
    if (extra && !chapter && f.clauses !== undefined && extra.genres.includes(genre)) {
      // Session 59: or one the lower unit's own lines set apart from the document's best (options.paragraphApart).
      const apart = o.paragraphApart?.genres.includes(genre) ? f.apart : undefined;
      kept = kept.filter((k, i) => (i < p.topK && aligned[k].score >= p.relative * best) || (shares?.get(aligned[k].higher) ?? 0) >= extra.min || !!apart?.(k));
    }
    // A paragraph's own best match (options.paragraphBest) is kept though the cut left it out.
    const pb = o.paragraphBest;
    const own = shares && pb?.genres.includes(genre) ? new Set([...shares].filter(([, s]) => s >= pb.min).map(([id]) => id)) : undefined;
    const chosen = [...kept, ...(own ? scored.filter((k) => own.has(aligned[k].higher) && !kept.includes(k)) : [])];
    out.push(...chosen.map((k) => link(k)));
    // Each item of a duty list keeps its own best article (options.dutyListItems), as a partial link.
    if (f.items && !chapter) {
      const have = new Set(chosen.map((k) => aligned[k].higher));
      for (const it of f.items(d)) {
        if (it.list || have.has(it.higher)) continue;
        have.add(it.higher);
        out.push({ k: -1, higher: it.higher, doc: d, score: it.score, verdict: 'partial' });
      }
    }
  }
  if (clear && clearBest >= 0 && !out.length && aligned[clearBest].score >= clear.ratio * topTwo.get(aligned[clearBest].doc)![1]) out.push(link(clearBest, 'partial'));
  // A partial-only floor (options.partialFloor): in each higher document the lower unit has no link into, its best
  // candidate under the partial threshold is kept, partial, from `min` and `ratio` times the document's second best.
  const floor = !f.chapterDocs && o.partialFloor?.genres.includes(genre) ? o.partialFloor : undefined;
  if (floor) {
    const linked = new Set(out.map((c) => c.doc));
    const bestIn = new Map<number, [number, number, number]>();
    aligned.forEach((a, k) => {
      const [b, first, second] = bestIn.get(a.doc) ?? [-1, 0, 0];
      bestIn.set(a.doc, a.score > first ? [k, a.score, first] : [b, first, Math.max(second, a.score)]);
    });
    for (const [d, [k, first, second]] of [...bestIn].sort((x, y) => x[0] - y[0])) {
      if (linked.has(d) || k < 0 || first < floor.min || first < floor.ratio * second || scoreVerdict(first, p.thresholds) !== null) continue;
      if (f.series && f.series(d) !== undefined) continue;
      if (floor.unit && (f.unitCarried?.(k) ?? 0) < floor.unit.share) continue;
      out.push(link(k, 'partial'));
    }
  }
  // One item of a higher list given an article of its own (options.listItemArticles): kept, partial, only for a lower
  // unit that no other rule links.
  if (f.items && !out.length && !f.chapterDocs) {
    for (const d of [...new Set(aligned.map((a) => a.doc))].sort((a, b) => a - b)) {
      for (const it of f.items(d)) if (it.list && !out.some((c) => c.higher === it.higher)) out.push({ k: -1, higher: it.higher, doc: d, score: it.score, verdict: 'partial' });
    }
  }
  return out;
}

/** A link's verdict by its score alone: implements from the `implements` threshold, partial from the `partial` one,
 *  else no link. The selection's rules then keep some links under `partial` (always partial) and make some over
 *  `implements` partial; coverage re-reads verdicts under a user's thresholds with it (coverage/index.ts verdictAt). */
export function scoreVerdict(score: number, t: { implements: number; partial: number }): 'implements' | 'partial' | null {
  return score >= t.implements ? 'implements' : score >= t.partial ? 'partial' : null;
}

/** Links kept per lower unit and higher document, and the share of the best score they must reach:
 *  the profile's topK and relative cut, more links and a lower cut for a unit of several paragraphs
 *  or items (options.topKPerClause). `clauses` is undefined when the unit's genre has no such rule. */
export function selectionFor(clauses: number | undefined, topK: number, relative: number, g: LinkOptions['topKPerClause']): { topK: number; relative: number } {
  if (!g || clauses === undefined) return { topK, relative };
  return { topK: Math.min(g.max, topK + Math.floor((clauses - 1) * g.per)), relative: clauses > 1 && g.relative !== undefined ? g.relative : relative };
}

/** A pair's score: its signals weighed by the profile, times the pair's factors (procedure steps,
 *  delegation, group IDF), capped at 1 and rounded to 0.001. */
export function pairScore(w: LinkProfile['weights'], signals: { reuse: number; text: number; entities: number }, factor = 1): number {
  return Math.round(Math.min(1, factor * (w.reuse * signals.reuse + w.text * signals.text + w.entities * signals.entities)) * 1000) / 1000;
}

/** Candidates below the partial threshold kept per lower measure besides those at or above it, for coverage to run
 *  this selection again under a user's thresholds (coverage/replay.ts). Session 23, measured on the 1k bench corpus
 *  (README "Coverage under other thresholds"): all candidates near the cut +8.5 % of the snapshot (gzipped +3.7 %). */
export const NEAR_CUT = 3;

/** A lower measure's candidates near the cut with what the selection asks of them: graph-schema LowerCandidates with
 *  higher measures by id (the snapshot keeps their paths: packCandidates). */
export interface NearCut {
  lower: string;
  genre: Genre;
  complete: number;
  candidates: (AlignedCandidate & { weak?: true; thin?: true; share?: number; unit?: number; apart?: true })[];
  clauses?: number;
  chapterDocs?: number[];
  shares?: true;
  series?: [number, string][];
  items?: [number, { higher: string; score: number; list?: true }[]][];
  dropped?: string[];
}

/** A lower measure's candidates near the cut (but `dropped`, which the link stage adds), and the indexes kept in the
 *  aligned list. Only a candidate the selection could choose under some thresholds is considered: one of its
 *  document's `t.topK` best (the topK per clause included: whatever the thresholds, a document's links are its best
 *  few), one with a paragraph share of `t.paragraphMin` or more (options.paragraphBest), or of a cited chapter. Of
 *  those (of a series' best edition only: options.oneEditionPerSeries), every one at or above `t.partial` (the
 *  linker's), the `bound` best below it, and the best two of the best candidate's document (the clear-best rule
 *  compares them); with `t.docBest`, each document's best from that score too (options.orderBracket). */
export function nearCutRecord(
  lower: string,
  aligned: AlignedCandidate[],
  f: SelectionFacts,
  t: { partial: number; topK: number; paragraphMin?: number; docBest?: number; docTop?: { min: number; top: number }; docFrom?: number },
  bound = NEAR_CUT,
): { record: Omit<NearCut, 'dropped'>; kept: number[] } {
  const keep = new Set<number>();
  const below: number[] = [];
  const byDoc = new Map<number, number[]>();
  aligned.forEach((a, k) => (byDoc.get(a.doc) ?? byDoc.set(a.doc, []).get(a.doc)!).push(k));
  const eligible = new Set<number>();
  const sharesOf = new Map<number, Map<string, number>>();
  for (const [d, ks] of byDoc) {
    ks.sort((a, b) => aligned[b].score - aligned[a].score || aligned[a].higher.localeCompare(aligned[b].higher));
    const shares = f.shares && t.paragraphMin !== undefined ? (sharesOf.get(d) ?? sharesOf.set(d, f.shares(d)).get(d)!) : undefined;
    ks.forEach((k, i) => {
      if (i < t.topK || aligned[k].chapter || (shares?.get(aligned[k].higher) ?? 0) >= t.paragraphMin!) eligible.add(k);
    });
  }
  // Of the yearly editions of one series (options.oneEditionPerSeries) only the one matched best is ever linked, under
  // any thresholds (its best candidate is the series' best): the others' candidates are never chosen.
  if (f.series) {
    const bestOf = new Map<string, number>();
    for (const [d, ks] of byDoc) {
      const key = f.chapterDocs?.has(d) ? undefined : f.series(d);
      if (key === undefined) continue;
      const b = bestOf.get(key);
      const [s, sb] = [aligned[ks[0]].score, b === undefined ? -1 : aligned[byDoc.get(b)![0]].score];
      if (b === undefined || s > sb || (s === sb && d > b)) bestOf.set(key, d);
    }
    for (const [d, ks] of byDoc) {
      const key = f.chapterDocs?.has(d) ? undefined : f.series(d);
      if (key !== undefined && bestOf.get(key) !== d) ks.forEach((k) => eligible.delete(k));
    }
  }
  aligned.forEach((a, k) => {
    if (eligible.has(k)) (a.score >= t.partial || a.chapter ? keep.add(k) : below.push(k));
  });
  below.sort((a, b) => aligned[b].score - aligned[a].score || a - b);
  below.slice(0, bound).forEach((k) => keep.add(k));
  // Session 54: the best candidates of each document from `t.docBest` (options.orderBracket's min, order-bracket.ts): the
  // bracket by the neighbours' links keeps one, under any partial threshold, in a document the lower measure does not link
  // into, so the replay needs it whatever its rank (those tied at the best score, of any edition).
  if (t.docBest !== undefined) for (const ks of byDoc.values()) for (const k of ks) if (aligned[k].score >= t.docBest && aligned[k].score === aligned[ks[0]].score) keep.add(k);
  // Session 55: each document's `top` best when its best scores from `min` (options.provisionFloor, provision-floor.ts compares
  // them, whatever the partial threshold, for a lower measure no other step links).
  if (t.docTop) for (const ks of byDoc.values()) if (aligned[ks[0]].score >= t.docTop.min) ks.slice(0, t.docTop.top).forEach((k) => keep.add(k));
  // Session 58: every candidate from `docFrom` (options.remainderSecond's min, remainder-second.ts: a unit's best article of a
  // law the lower measure links into, whatever its rank).
  if (t.docFrom !== undefined) aligned.forEach((a, k) => a.score >= t.docFrom! && keep.add(k));
  // The best candidate and the second best of its document: the clear-best rule compares them.
  if (aligned.length) {
    const top = aligned.reduce((b, a, k) => (a.score > aligned[b].score ? k : b), 0);
    const same = aligned.map((_, k) => k).filter((k) => aligned[k].doc === aligned[top].doc).sort((a, b) => aligned[b].score - aligned[a].score || a - b);
    same.slice(0, 2).forEach((k) => keep.add(k));
  }
  const kept = [...keep].sort((a, b) => a - b);
  const complete = aligned.reduce((m, a, k) => (keep.has(k) || !eligible.has(k) ? m : Math.max(m, a.score)), 0);
  const docs = [...new Set(kept.map((k) => aligned[k].doc))].sort((a, b) => a - b);
  const shares = f.shares ? new Map(docs.map((d) => [d, sharesOf.get(d) ?? f.shares!(d)])) : undefined;
  const series = f.series ? docs.flatMap((d) => (f.series!(d) === undefined ? [] : [[d, f.series!(d)!] as [number, string]])) : [];
  const items = f.items ? docs.map((d) => [d, f.items!(d)] as [number, { higher: string; score: number; list?: true }[]]).filter(([, its]) => its.length) : [];
  const record: Omit<NearCut, 'dropped'> = {
    lower,
    genre: f.genre,
    complete,
    candidates: kept.map((k) => {
      const a = aligned[k];
      const s = shares?.get(a.doc)?.get(a.higher);
      const share = s === undefined ? undefined : Math.floor(s * 1000) / 1000;
      const unit = f.unitCarried?.(k);
      return { higher: a.higher, doc: a.doc, score: a.score, ...(a.chapter ? { chapter: true as const } : {}), ...(f.mayBeStrong(k) ? {} : { weak: true as const }), ...(f.pairThin?.(k) ? { thin: true as const } : {}), ...(f.apart?.(k) ? { apart: true as const } : {}), ...(share !== undefined ? { share } : {}), ...(unit ? { unit } : {}) };
    }),
    ...(f.clauses !== undefined ? { clauses: f.clauses } : {}),
    ...(f.chapterDocs ? { chapterDocs: [...f.chapterDocs].sort((a, b) => a - b) } : {}),
    ...(shares ? { shares: true as const } : {}),
    ...(series.length ? { series } : {}),
    ...(items.length ? { items } : {}),
  };
  return { record, kept };
}

/** The selection again on a lower measure's stored candidates (coverage/replay.ts): the facts selectLinks asks
 *  are read from the record. */
export function selectStored(r: NearCut, p: Pick<LinkProfile, 'thresholds' | 'topK' | 'relative'>, o: SelectionOptions): ChosenLink[] {
  const shares = new Map<number, Map<string, number>>();
  for (const c of r.candidates) if (c.share !== undefined) (shares.get(c.doc) ?? shares.set(c.doc, new Map()).get(c.doc)!).set(c.higher, c.share);
  const series = new Map(r.series ?? []);
  const items = new Map(r.items ?? []);
  return selectLinks(
    r.candidates,
    {
      genre: r.genre,
      ...(r.clauses !== undefined ? { clauses: r.clauses } : {}),
      ...(r.chapterDocs ? { chapterDocs: new Set(r.chapterDocs) } : {}),
      series: (d) => series.get(d),
      ...(r.shares ? { shares: (d: number) => shares.get(d) ?? new Map() } : {}),
      ...(r.items ? { items: (d: number) => items.get(d) ?? [] } : {}),
      mayBeStrong: (k) => !r.candidates[k].weak,
      unitCarried: (k) => r.candidates[k].unit ?? 0,
      apart: (k) => !!r.candidates[k].apart,
    },
    p,
    o,
  );
}

/** The selection's settings a snapshot keeps (graph-schema LinkSelection), from the link options. */
export function selectionSettings(o: LinkOptions, profile: (genre: Genre) => Pick<LinkProfile, 'topK' | 'relative'>, genres: Genre[]): LinkSelection {
  const rules: SelectionOptions = {
    topKPerClause: o.topKPerClause,
    extraLinksByParagraph: o.extraLinksByParagraph,
    paragraphBest: o.paragraphBest,
    clearBest: o.clearBest,
    partialFloor: o.partialFloor,
    oneEditionPerSeries: o.oneEditionPerSeries,
    dutyListItems: o.dutyListItems,
    // Session 59: recorded only when on (a snapshot ingested without it replays as before).
    ...(o.paragraphApart ? { paragraphApart: o.paragraphApart } : {}),
  };
  // The two steps after selection that coverage's threshold replay runs too (coverage/replay.ts AFTER_SELECTION): recorded so
  // that a snapshot ingested with other settings replays under its own (session 50).
  // Session 52: the second pass over a document pair's links (options.clauseCover.pair, pair-median.ts), which it runs last.
  // Session 54: the bracket by the neighbours' links (options.orderBracket, order-bracket.ts), which it runs after the neighbour rule.
  // Session 54: options.clauseParts' pass (clause-parts.ts), after the pair pass; recorded only when on.
  // Session 55: options.takenArticle's pass (taken-article.ts), before the pair pass; recorded only when on.
  // Session 55: options.provisionFloor (provision-floor.ts), after the bracket; recorded only when on.
  // Session 56: options.unnamedSecond's pass (unnamed-second.ts), after takenArticle's; recorded only when on.
  // Session 57: options.siblingSecond's pass (siblings.ts), after unnamedSecond's; recorded only when on.
  // Session 60: options.titleTerm's pass (title-term.ts), after siblingSecond's; recorded only when on.
  const after = { sameLevel: o.sameLevel, neighbourBest: o.neighbourBest ?? null, pairMedian: o.clauseCover?.pair ?? null, orderBracket: o.orderBracket ?? null, ...(o.clauseParts ? { clauseParts: o.clauseParts } : {}), ...(o.provisionFloor ? { provisionFloor: o.provisionFloor } : {}), ...(o.takenArticle ? { takenArticle: o.takenArticle } : {}), ...(o.unnamedSecond ? { unnamedSecond: o.unnamedSecond } : {}), ...(o.siblingSecond ? { siblingSecond: o.siblingSecond } : {}), ...(o.secondAdds ? { secondAdds: o.secondAdds } : {}), ...(o.remainderSecond ? { remainderSecond: o.remainderSecond } : {}), ...(o.unclaimedBest ? { unclaimedBest: o.unclaimedBest } : {}), ...(o.clauseSecond ? { clauseSecond: o.clauseSecond } : {}), ...(o.objectSwap ? { objectSwap: o.objectSwap } : {}), ...(o.objectHeads ? { objectHeads: o.objectHeads } : {}), ...(o.titleTerm ? { titleTerm: o.titleTerm } : {}), ...(o.chapterArticle ? { chapterArticle: o.chapterArticle } : {}) };
  return { topK: o.topK, relative: o.relative, byGenre: Object.fromEntries(genres.map((g) => [g, { topK: profile(g).topK, relative: profile(g).relative }])), rules: { ...rules, ...after } as Record<string, unknown> };
}

/** The snapshot's form of the records (graph-schema LinkCandidates): higher measures by path, documents by index into
 *  `ids` (the link stage's documents). */
export function packCandidates(records: NearCut[], ids: string[]): LinkCandidates {
  const path = (doc: number, higher: string) => higher.slice(ids[doc].length + 1);
  return {
    docs: ids,
    lowers: records.map(({ candidates, items, ...r }) => ({
      ...r,
      candidates: candidates.map(({ higher, chapter, ...c }) => ({ ...c, ...(chapter ? { chapter: true as const } : {}), path: path(c.doc, higher) })),
      ...(items ? { items: items.map(([d, its]) => [d, its.map((it) => ({ path: path(d, it.higher), score: it.score, ...(it.list ? { list: true as const } : {}) }))] as [number, { path: string; score: number; list?: true }[]]) } : {}),
    })),
  };
}

/** The records back from the snapshot's form (packCandidates). */
export function unpackCandidates(c: LinkCandidates): NearCut[] {
  return c.lowers.map(({ candidates, items, ...r }) => ({
    ...r,
    candidates: candidates.map(({ path, ...x }) => ({ ...x, higher: measureId(c.docs[x.doc], path) })),
    ...(items ? { items: items.map(([d, its]) => [d, its.map((it) => ({ higher: measureId(c.docs[d], it.path), score: it.score, ...(it.list ? { list: true as const } : {}) }))] as [number, { higher: string; score: number; list?: true }[]]) } : {}),
  }));
}
