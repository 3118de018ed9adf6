// Coverage under a user's thresholds, by the linker's own selection: the snapshot keeps each lower measure's
// candidates near the cut (graph-schema LowerCandidates, written by ingest/link/select.ts nearCutRecord), and
// the links are chosen again from them with selectLinks, the function ingest calls, under the user's thresholds
// and the snapshot's selection settings. The same links as ingesting again with those thresholds, while the
// user's partial threshold is above every left-out candidate's score (`complete`; else `inexact` counts them).
// The link stage's steps around the selection are replayed from facts the snapshot records, in the link stage's order:
// the conduct rules' additions (edges marked penaltyConduct), the neighbour rule (options.neighbourBest,
// ingest/link/neighbours.ts, session 23: a lower article linked to nothing keeps its best candidate when the article
// next to it links to that higher measure), the same-level cut (options.sameLevel, coverage/same-level.ts: two
// documents of one level link by wording only from 0.25 on, unless the lower measure names the higher document), then
// the articles cited by number (their edges, with their verdicts). Session 50 (helper replay): the neighbour rule and the
// same-level cut were missing; at the snapshot's own thresholds the replay now gives exactly the snapshot's links on
// every development link set (tests/coverage/session50-replay.test.ts). Session 54 (helper link): the bracket by the
// neighbours' links (options.orderBracket, ingest/link/order-bracket.ts), after the neighbour rule, by the link stage's own
// functions (bracketEntry, bracketStep) on the kept candidates, under the setting the snapshot records (none before session
// 54: the rule was off).
import type { EdgeOf, LinkCandidates, LinkSelection } from '../graph-schema/index.js';
import { scoreVerdict, selectStored, unpackCandidates, type NearCut, type SelectionOptions } from '../ingest/link/select.js';
import { neighbourBest, neighbourCandidate, type NeighbourEntry } from '../ingest/link/neighbours.js';
import { bracketEntry, bracketStep, type BracketEntry, type OrderBracketRule } from '../ingest/link/order-bracket.js';
import { provisionFloor, type ProvisionFloorRule } from '../ingest/link/provision-floor.js';
import { remainderSecond, type RemainderSecondRule } from '../ingest/link/remainder-second.js';
import { unclaimedBest, type UnclaimedBestRule } from '../ingest/link/unclaimed-best.js';
import { clauseSecond, type ClauseSecondRule } from '../ingest/link/clause-second.js';
import { objectSwaps, type ObjectSwapRule } from '../ingest/link/objects.js';
import { headSwaps, type ObjectHeadsRule } from '../ingest/link/object-heads.js';
import { ARTICLE_ID } from '../ingest/link/article-label.js';
import { attrsOf, type CoverageGraph } from './graph.js';
import { cutSameLevel, sameLevelPairs, type SameLevelRule } from './same-level.js';
import { pairThinLinks, type PairMedianRule } from '../ingest/link/pair-median.js';
import { replayClauseParts, type ClausePartsPass } from '../ingest/link/clause-parts.js';
import { takenArticleLinks, type TakenArticleRule } from '../ingest/link/taken-article.js';
import { unnamedSecondLinks, type UnnamedSecondRule } from '../ingest/link/unnamed-second.js';
import { siblingSecondLinks, type SiblingSecondRule } from '../ingest/link/siblings.js';
import { secondAddsLinks, type SecondAddsRule } from '../ingest/link/second-adds.js';
import { titleTermPass, type TitleTermDoc, type TitleTermRule } from '../ingest/link/title-term.js';
import { chapterArticleLinks, type ChapterArticleRule } from '../ingest/link/chapter-article.js';
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

/** The link stage's settings for its steps after the selection, when the snapshot does not record them (snapshots
 *  written before session 50; since then linkSelection.rules holds them beside the selection's own): ingest/link/options.ts DEFAULT_LINK_OPTIONS' values, which this module
 *  cannot import (options.ts reads files; the explorer runs the replay in the browser). tests/coverage/session50-replay.test.ts
 *  checks they equal the linker's defaults. */
export const AFTER_SELECTION: { sameLevel: SameLevelRule; neighbourBest: { genres: string[]; min: number; ratio: number } | null; pairMedian: PairMedianRule | null } = {
  sameLevel: { minScore: 0.25, named: true, namedExcept: '下列用语的含义', top: { min: 0.13, slack: 1 } },
  neighbourBest: { genres: ['regulation'], min: 0.08, ratio: 1.2 },
  // Session 62: `scored` (the median over scored links), as DEFAULT_LINK_OPTIONS.clauseCover.pair since then.
  pairMedian: { median: 0.3, clauses: 3, maxCarried: 0, under: 0.2, scored: true },
};

type Link = { lower: string; higher: string; score: number; verdict: CoverageLink['verdict'] };

function replay(g: CoverageGraph, records: NearCut[], selection: LinkSelection, t: Thresholds): Replayed {
  const into = new Map<string, CoverageLink[]>();
  const docOf = (m: string) => attrsOf(g, m, 'Measure')?.docId;
  // A link's lag depends on its two documents only: new links take it from a kept link between them.
  const lags = new Map<string, Pick<CoverageLink, 'lagDays' | 'lagApprox'>>();
  const add = (l: Link) => {
    const [lo, hi] = [docOf(l.lower)!, docOf(l.higher)];
    (into.get(l.higher) ?? into.set(l.higher, []).get(l.higher)!).push({ source: l.lower, sourceDoc: lo, verdict: l.verdict, score: l.score, ...lags.get(`${lo}\n${hi}`) });
  };
  // Articles cited by number stay links with the verdict the link stage gave them (strong, or partial for a part cited
  // alone) whatever the thresholds: the link stage adds them after the selection (exempt from the same-level cut).
  // A penalty article's conduct match (options.penaltyConduct, edge penaltyConduct) stays at least partial: the linker adds
  // it after the selection whenever the selection leaves it out.
  const conduct = new Map<string, { higher: string; score: number }[]>();
  const cited: Link[] = [];
  const citedPairs = new Set<string>();
  g.forEachEdge((_e, a, source, target) => {
    if (a.type !== 'IMPLEMENTS') return;
    const e = a as EdgeOf<'IMPLEMENTS'>;
    const [lo, hi] = [docOf(source)!, docOf(target)!];
    if (e.lagDays !== undefined) lags.set(`${lo}\n${hi}`, { lagDays: e.lagDays, ...(e.lagApprox ? { lagApprox: true } : {}) });
    if (e.penaltyConduct && !e.citedArticle) (conduct.get(source) ?? conduct.set(source, []).get(source)!).push({ higher: target, score: e.score });
    if (!e.citedArticle) return;
    citedPairs.add(`${source}>${target}`);
    cited.push({ lower: source, higher: target, score: e.score, verdict: e.verdict ?? 'implements' });
  });
  const rules = selection.rules as SelectionOptions & Partial<typeof AFTER_SELECTION> & { orderBracket?: OrderBracketRule | null };
  const sameLevel = rules.sameLevel ?? AFTER_SELECTION.sameLevel;
  const neighbourRule = rules.neighbourBest === undefined ? AFTER_SELECTION.neighbourBest : rules.neighbourBest;
  // A snapshot that records no bracket setting was ingested before session 54, with the rule off.
  const bracketRule = rules.orderBracket ?? null;
  let inexact = 0;
  const links: Link[] = [];
  // A cited pair the steps before the citations link keeps their score (cite-links.ts withCitations); else its score is 0.
  const citedScores = new Map<string, number>();
  // Session 55: the lower measures some step before options.provisionFloor links (cited and dropped pairs included, as at ingest).
  const linkedLowers = new Set<string>();
  // Session 58: each lower measure's links so far (cited and dropped pairs included, as at ingest), for options.remainderSecond.
  const keptOf = new Map<string, string[]>();
  const keep = (r: NearCut, l: Link) => {
    linkedLowers.add(l.lower);
    (keptOf.get(l.lower) ?? keptOf.set(l.lower, []).get(l.lower)!).push(l.higher);
    const key = `${l.lower}>${l.higher}`;
    if (citedPairs.has(key)) {
      if (!citedScores.has(key)) citedScores.set(key, l.score);
    } else if (!r.dropped?.includes(l.higher)) links.push(l);
  };
  // options.neighbourBest: each lower measure's selection, in the link stage's order (its lower documents' articles in
  // turn), with its best candidate when it links to nothing.
  const entries = new Map<string, NeighbourEntry & { record: NearCut; link?: Link }>();
  // options.orderBracket: each lower measure's entry after its selection and the links its candidates would make.
  const brackets = new Map<string, { entry: BracketEntry; record: NearCut; links: Link[] }>();
  const under = (s: number) => scoreVerdict(s, t) === null;
  for (const r of records) {
    if (r.complete > 0 && r.complete >= t.partial) inexact++; // complete 0: nothing was left out
    const profile = selection.byGenre[r.genre] ?? selection;
    if (!docOf(r.lower)) continue;
    const chosen = selectStored(r, { thresholds: t, topK: profile.topK, relative: profile.relative }, rules).map((c) => ({ higher: c.higher, score: c.score, verdict: c.verdict }));
    for (const c of conduct.get(r.lower) ?? []) if (!chosen.some((x) => x.higher === c.higher)) chosen.push({ higher: c.higher, score: c.score, verdict: 'partial' });
    for (const c of chosen) keep(r, { lower: r.lower, ...c });
    if (neighbourRule?.genres.includes(r.genre)) {
      const k = chosen.length ? -1 : neighbourCandidate(r.candidates, neighbourRule);
      const best = r.candidates[k];
      entries.set(r.lower, { doc: 0, linked: new Set(chosen.map((c) => c.higher)), record: r, ...(best ? { best: best.higher, link: { lower: r.lower, higher: best.higher, score: best.score, verdict: 'partial' as const } } : {}) });
    }
    if (bracketRule?.genres.includes(r.genre) && !r.chapterDocs) {
      const { entry, ks } = bracketEntry(r.lower, r.candidates, chosen, bracketRule, under);
      brackets.set(r.lower, { entry, record: r, links: ks.map((k) => ({ lower: r.lower, higher: r.candidates[k].higher, score: r.candidates[k].score, verdict: 'partial' as const })) });
    }
  }
  // The link stage's entries are every linkable article of a lower document (not a framing one, not deleted), those
  // with no aligned candidate too (the snapshot keeps no record of them: they link to nothing and keep nothing, but
  // stand between their neighbours), in document order: each lower document's articles, with its index.
  // (The graph's measures are read once for both steps.)
  let articles: Map<string, { m: string; ordinal: number }[]> | undefined;
  const articleOrder = (lowers: Iterable<string>): { m: string; doc: number }[] => {
    const docs = new Map([...new Set([...lowers].map((m) => docOf(m)!))].map((d, i) => [d, i]));
    if (!articles) {
      const all = new Set([...entries.keys(), ...brackets.keys()].map((m) => docOf(m)!));
      const byDoc = new Map<string, { m: string; ordinal: number }[]>();
      g.forEachNode((m, a) => {
        if (a.type !== 'Measure' || !all.has(a.docId) || !a.leaf || a.framing || a.deletedOn) return;
        (byDoc.get(a.docId) ?? byDoc.set(a.docId, []).get(a.docId)!).push({ m, ordinal: a.ordinal });
      });
      for (const ms of byDoc.values()) ms.sort((x, y) => x.ordinal - y.ordinal);
      articles = byDoc;
    }
    return [...docs].flatMap(([d, i]) => (articles!.get(d) ?? []).map(({ m }) => ({ m, doc: i })));
  };
  const neighbourLinks: Link[] = [];
  if (entries.size) {
    const order: (NeighbourEntry & { record?: NearCut; link?: Link })[] = articleOrder(entries.keys()).map(({ m, doc }) => ({ ...(entries.get(m) ?? { linked: new Set<string>() }), doc }));
    for (const i of neighbourBest(order)) {
      neighbourLinks.push(order[i].link!);
      keep(order[i].record!, order[i].link!);
    }
  }
  if (brackets.size) {
    // options.orderBracket, after the neighbour rule (whose links count as the selection's), as the link stage runs it
    // (order-bracket.ts bracketStep); an article the link stage gives no entry (one citing a chapter) is left out.
    const chapterCiting = new Set(records.filter((r) => r.chapterDocs).map((r) => r.lower));
    const order = articleOrder(brackets.keys()).filter(({ m }) => !chapterCiting.has(m));
    const entryOf = order.map(({ m }) => brackets.get(m));
    const list = entryOf.map((b, i) => b?.entry ?? { lower: order[i].m, links: [], candidates: [] });
    for (const [i, j] of bracketStep(list, neighbourLinks, bracketRule!)) keep(entryOf[i]!.record, entryOf[i]!.links[j]);
  }
  // Session 55 (helper link): options.provisionFloor, after the bracket (ingest/link/provision-floor.ts), on the lower measures
  // no step before links; off when the snapshot does not record it.
  const floorRule = (rules as { provisionFloor?: ProvisionFloorRule | null }).provisionFloor;
  if (floorRule) {
    const textOf = (m: string) => attrsOf(g, m, 'Measure')?.text;
    for (const r of records) {
      if (!floorRule.genres.includes(r.genre) || r.chapterDocs || linkedLowers.has(r.lower) || !docOf(r.lower)) continue;
      for (const k of provisionFloor(textOf(r.lower) ?? '', r.candidates, textOf, floorRule, under)) keep(r, { lower: r.lower, higher: r.candidates[k].higher, score: r.candidates[k].score, verdict: 'partial' });
    }
  }
  // The measures' texts and each document's articles (by the graph's article ids), read off the graph once for the steps
  // below that read them (remainderSecond, clauseSecond, unclaimedBest, objectSwap).
  const textOf = (m: string) => attrsOf(g, m, 'Measure')?.text ?? '';
  let lawArticles: Map<string, { id: string; text: string }[]> | undefined;
  const articlesOf = (d: string): { id: string; text: string }[] => {
    if (!lawArticles) {
      const byDoc = new Map<string, { id: string; text: string }[]>();
      g.forEachNode((k, a) => {
        if (a.type === 'Measure' && ARTICLE_ID.test(k)) (byDoc.get(a.docId) ?? byDoc.set(a.docId, []).get(a.docId)!).push({ id: k, text: a.text });
      });
      lawArticles = byDoc;
    }
    return lawArticles.get(d) ?? [];
  };
  // Session 58 (helper recall2): options.remainderSecond, after provisionFloor (ingest/link/remainder-second.ts), on the lower
  // measures linked into a law, over that law's articles; off when the snapshot does not record it (the candidates it reads
  // from `min` are kept in the snapshot only when the ingest had it on: select.ts nearCutRecord's docFrom).
  const remainderRule = (rules as { remainderSecond?: RemainderSecondRule | null }).remainderSecond;
  if (remainderRule) {
    const adds: [NearCut, Link][] = [];
    for (const r of records) {
      const ls = keptOf.get(r.lower);
      if (!remainderRule.genres.includes(r.genre) || r.chapterDocs || !ls || !docOf(r.lower)) continue;
      for (const k of remainderSecond(textOf(r.lower), r.candidates, ls, (h) => docOf(h) ?? '', articlesOf, remainderRule, under)) adds.push([r, { lower: r.lower, higher: r.candidates[k].higher, score: r.candidates[k].score, verdict: 'partial' }]);
    }
    for (const [r, l] of adds) keep(r, l);
  }
  // Session 60 (helper seconds): options.clauseSecond, after remainderSecond (ingest/link/clause-second.ts), on the lower
  // measures linked into a law, over that law's articles; off when the snapshot does not record it (its candidates from
  // `min` are kept in the snapshot only when the ingest had it on: select.ts nearCutRecord's docFrom).
  const clauseRule = (rules as { clauseSecond?: ClauseSecondRule | null }).clauseSecond;
  if (clauseRule) {
    const adds: [NearCut, Link][] = [];
    for (const r of records) {
      const ls = keptOf.get(r.lower);
      if (!clauseRule.genres.includes(r.genre) || r.chapterDocs || !ls || !docOf(r.lower)) continue;
      for (const k of clauseSecond(textOf(r.lower), r.candidates, ls, (h) => docOf(h) ?? '', articlesOf, clauseRule)) adds.push([r, { lower: r.lower, higher: r.candidates[k].higher, score: r.candidates[k].score, verdict: 'partial' }]);
    }
    for (const [r, l] of adds) keep(r, l);
  }
  // Session 59 (helper recall3): options.unclaimedBest, after remainderSecond (ingest/link/unclaimed-best.ts), on the lower
  // measures linking nothing in a law their document links into; off when the snapshot does not record it (the candidates it
  // reads from `min` are kept in the snapshot only when the ingest had it on: select.ts nearCutRecord's docFrom).
  const unclaimedRule = (rules as { unclaimedBest?: UnclaimedBestRule | null }).unclaimedBest;
  if (unclaimedRule) {
    const rs = records.filter((r) => unclaimedRule.genres.includes(r.genre) && !r.chapterDocs && docOf(r.lower) && r.candidates.length);
    const so = [...keptOf].flatMap(([lower, hs]) => hs.map((higher) => ({ lower, higher })));
    const adds = unclaimedBest(rs.map((r) => ({ lower: r.lower, text: textOf(r.lower), cands: r.candidates })), so, (m) => docOf(m) ?? '', textOf, unclaimedRule, under);
    for (const [e, k] of adds) keep(rs[e], { lower: rs[e].lower, higher: rs[e].candidates[k].higher, score: rs[e].candidates[k].score, verdict: 'partial' });
  }
  // A swap (objectSwap, objectHeads): record `e` of `rs` drops its link to `from` and keeps its candidate `k` instead, partial.
  const swapTo = (rs: typeof records, swaps: Iterable<[number, number, string]>) => {
    for (const [e, k, from] of swaps) {
      const r = rs[e];
      const at = links.findIndex((l) => l.lower === r.lower && l.higher === from);
      if (at >= 0) links.splice(at, 1);
      const hs = keptOf.get(r.lower)!;
      hs.splice(hs.indexOf(from), 1);
      keep(r, { lower: r.lower, higher: r.candidates[k].higher, score: r.candidates[k].score, verdict: 'partial' });
    }
  };
  // Session 60 (helper objects): options.objectSwap, after unclaimedBest (ingest/link/objects.ts), on the lower measures linked
  // once into a law; off when the snapshot does not record it (the candidates it reads from `min` are kept in the snapshot only
  // when the ingest had it on: select.ts nearCutRecord's docFrom).
  const swapRule = (rules as { objectSwap?: ObjectSwapRule | null }).objectSwap;
  if (swapRule) {
    const rs = records.filter((r) => swapRule.genres.includes(r.genre) && !r.chapterDocs && docOf(r.lower) && r.candidates.length);
    const so = [...keptOf].flatMap(([lower, hs]) => hs.map((higher) => ({ lower, higher })));
    swapTo(rs, objectSwaps(rs.map((r) => ({ lower: r.lower, text: textOf(r.lower), cands: r.candidates })), so, (m) => docOf(m) ?? '', textOf, (d) => articlesOf(String(d)).map((a) => a.text), swapRule));
  }
  // Session 61 (helper recall4): options.objectHeads, after objectSwap (ingest/link/object-heads.ts), on the lower measures
  // linked once into a law, over their recorded candidates (the link stage reads the same near-cut records); off when the
  // snapshot does not record it.
  const headRule = (rules as { objectHeads?: ObjectHeadsRule | null }).objectHeads;
  if (headRule) {
    const rs = records.filter((r) => headRule.genres.includes(r.genre) && !r.chapterDocs && docOf(r.lower) && r.candidates.length);
    const so = [...keptOf].flatMap(([lower, hs]) => hs.map((higher) => ({ lower, higher })));
    swapTo(rs, headSwaps(rs.map((r) => ({ lower: r.lower, text: textOf(r.lower), cands: r.candidates })), so, (m) => docOf(m) ?? '', textOf, headRule));
  }
  // The same-level cut; the cited links (listed first, as before) are exempt.
  const pairs = sameLevelPairs(links.map((l) => [l.lower, l.higher] as const), { measure: (id) => attrsOf(g, id, 'Measure'), document: (id) => attrsOf(g, id, 'Document') }, sameLevel);
  const cut: (Link & { citedArticle?: boolean })[] = [
    ...cited.map((l) => ({ ...l, score: citedScores.get(`${l.lower}>${l.higher}`) ?? 0, citedArticle: true })),
    ...cutSameLevel(links, pairs, () => sameLevel.minScore, { rule: sameLevel.top, exempt: cited }),
  ];
  // Session 55: options.takenArticle's pass (ingest/link/taken-article.ts), after the citations as the link stage runs it;
  // off when the snapshot does not record it.
  const takenRule = (rules as { takenArticle?: TakenArticleRule | null }).takenArticle;
  const conducted = (l: Link) => !!conduct.get(l.lower)?.some((c) => c.higher === l.higher);
  const taken = takenRule ? takenArticleLinks(cut.map((l) => ({ ...l, penaltyConduct: conducted(l) })), docOf, (m) => attrsOf(g, docOf(m) ?? '', 'Document')?.genre, (m) => attrsOf(g, m, 'Measure')?.text, takenRule) : undefined;
  const afterTaken = taken?.size ? cut.filter((_, i) => !taken.has(i)) : cut;
  // Session 56: options.unnamedSecond's pass (ingest/link/unnamed-second.ts), after takenArticle's as the link stage runs it;
  // off when the snapshot does not record it.
  const unnamedRule = (rules as { unnamedSecond?: UnnamedSecondRule | null }).unnamedSecond;
  const unnamed = unnamedRule ? unnamedSecondLinks(afterTaken.map((l) => ({ ...l, penaltyConduct: conducted(l) })), docOf, (m) => attrsOf(g, docOf(m) ?? '', 'Document')?.genre, (m) => attrsOf(g, m, 'Measure')?.text, unnamedRule) : undefined;
  const afterUnnamed = unnamed?.size ? afterTaken.filter((_, i) => !unnamed.has(i)) : afterTaken;
  // Session 57: options.siblingSecond's pass (ingest/link/siblings.ts), after unnamedSecond's as the link stage runs it, on
  // every document's measures; off when the snapshot does not record it.
  const siblingRule = (rules as { siblingSecond?: SiblingSecondRule | null }).siblingSecond;
  let measuresByDoc: Map<string, string[]> | undefined;
  const measuresOf = (d: string) => {
    if (!measuresByDoc) { measuresByDoc = new Map(); g.forEachNode((k, a) => { if (a.type === 'Measure') (measuresByDoc!.get(a.docId) ?? measuresByDoc!.set(a.docId, []).get(a.docId)!).push(k); }); }
    return measuresByDoc.get(d) ?? [];
  };
  const sibling = siblingRule ? siblingSecondLinks(afterUnnamed.map((l) => ({ ...l, penaltyConduct: conducted(l) })), docOf, (m) => attrsOf(g, docOf(m) ?? '', 'Document')?.genre, (m) => attrsOf(g, m, 'Measure')?.text, measuresOf, siblingRule) : undefined;
  const afterSibling0 = sibling?.size ? afterUnnamed.filter((_, i) => !sibling.has(i)) : afterUnnamed;
  // Session 63: options.secondAdds's pass (ingest/link/second-adds.ts), after siblingSecond's as the link stage runs it; off
  // when the snapshot does not record it.
  const addsRule = (rules as { secondAdds?: SecondAddsRule | null }).secondAdds;
  const secondDrop = addsRule ? secondAddsLinks(afterSibling0.map((l) => ({ ...l, penaltyConduct: conducted(l) })), docOf, (m) => attrsOf(g, docOf(m) ?? '', 'Document')?.genre, (m) => attrsOf(g, m, 'Measure')?.text, addsRule) : undefined;
  const afterSibling = secondDrop?.size ? afterSibling0.filter((_, i) => !secondDrop.has(i)) : afterSibling0;
  // Session 60: options.titleTerm's pass (ingest/link/title-term.ts), after siblingSecond's as the link stage runs it, over
  // every document's leaf articles; off when the snapshot does not record it.
  const termRule = (rules as { titleTerm?: TitleTermRule | null }).titleTerm;
  let termDocs: Map<string, TitleTermDoc> | undefined;
  if (termRule) {
    termDocs = new Map();
    const heads = new Map<string, Record<string, string>>();
    g.forEachNode((k, a) => {
      // Session 61 (titleTerm.heading): the chapter and section headings by path.
      if (a.type === 'Measure' && termRule.heading && (a.kind === 'chapter' || a.kind === 'section')) (heads.get(a.docId) ?? heads.set(a.docId, {}).get(a.docId)!)[a.path] = a.name;
      if (a.type !== 'Measure' || !a.leaf || !ARTICLE_ID.test(k)) return;
      const doc = attrsOf(g, a.docId, 'Document');
      const d = termDocs!.get(a.docId) ?? termDocs!.set(a.docId, { title: doc?.name ?? '', level: doc?.level, genre: doc?.genre, articles: [] }).get(a.docId)!;
      d.articles.push({ id: k, text: a.text });
    });
    for (const [doc, h] of heads) { const d = termDocs.get(doc); if (d) d.headings = h; }
  }
  const termPass = termRule ? titleTermPass(afterSibling, docOf, (d) => termDocs!.get(d), termRule) : undefined;
  const termAdds = termPass?.adds ?? [];
  // Session 62 (titleTerm.chapter.swap): the partial links a carrier chapter's article gives up for the carried one.
  const keptTerm = termPass?.drops.size ? afterSibling.filter((l) => !termPass.drops.has(`${l.lower}>${l.higher}`)) : afterSibling;
  const afterTerm = termAdds.length ? [...keptTerm, ...termAdds.map(([lower, higher]) => ({ lower, higher, score: 0, verdict: 'partial' as const }) as (typeof afterSibling)[number])] : keptTerm;
  // Session 61: options.chapterArticle's pass (ingest/link/chapter-article.ts), after titleTerm's as the link stage runs it;
  // off when the snapshot does not record it.
  const chapterRule = (rules as { chapterArticle?: ChapterArticleRule | null }).chapterArticle;
  const articleIds: string[] = [];
  if (chapterRule) g.forEachNode((k, a) => { if (a.type === 'Measure' && a.leaf && ARTICLE_ID.test(k)) articleIds.push(k); });
  const chapterAdds = chapterRule ? chapterArticleLinks(afterTerm, articleIds, (m) => attrsOf(g, m, 'Measure')?.text, docOf, chapterRule) : [];
  const final = chapterAdds.length ? [...afterTerm, ...chapterAdds.map(([lower, higher]) => ({ lower, higher, score: 0, verdict: 'partial' as const }) as (typeof afterTerm)[number])] : afterTerm;
  // Session 52: the second pass over each document pair's links (options.clauseCover.pair, ingest/link/pair-median.ts), on the
  // candidates the link stage marked `thin` (a snapshot ingested without the rule marks none).
  const pairRule = rules.pairMedian === undefined ? AFTER_SELECTION.pairMedian : rules.pairMedian;
  const thin = new Set(records.flatMap((r) => r.candidates.filter((x) => x.thin).map((x) => `${r.lower}>${x.higher}`)));
  const thinned = pairRule && thin.size ? pairThinLinks(final, docOf, (l) => thin.has(`${l.lower}>${l.higher}`), pairRule) : new Set<number>();
  // Session 54: options.clauseParts' pass (ingest/link/clause-parts.ts), on the verdicts the pair pass leaves; off when the
  // snapshot does not record it.
  const split = replayClauseParts(final, thinned, (rules as { clauseParts?: ClausePartsPass | null }).clauseParts, (m) => attrsOf(g, m, 'Measure')?.text, docOf, (m) => attrsOf(g, docOf(m) ?? '', 'Document')?.genre);
  final.forEach(({ citedArticle: _cited, ...l }, i) => add(thinned.has(i) || split.has(i) ? { ...l, verdict: 'partial' } : l));
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
