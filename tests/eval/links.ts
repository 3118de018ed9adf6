// Scores IMPLEMENTS links against tests/gold/links.json: precision and recall over
// (lower measure, higher measure) pairs within the annotated document pairs; recall also for
// the "strong" gold links alone.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Snapshot } from '../../graph-schema/index.js';
import { graphFromSnapshot, pairCoverage } from '../../coverage/index.js';
import { baselineSnapshot } from './link-baseline.js';
import { DEFAULT_LINK_OPTIONS, type LinkOptions } from '../../ingest/link/options.js';
import { recordSelections, type SelectionRecord } from '../../ingest/link/implements.js';
import { nearCutRecord, pairScore, scoreVerdict, selectionFor, selectLinks, type SelectionFacts, type SelectionOptions } from '../../ingest/link/select.js';
import { priorCandidates, structurePrior, type PriorEntry } from '../../ingest/link/structure-prior.js';
import { bracketEntry, bracketStep, type BracketEntry, type OrderBracketRule } from '../../ingest/link/order-bracket.js';
import { secondCandidates, secondNeighbours, type SecondEntry } from '../../ingest/link/second-neighbour.js';
import { neighbourBest, neighbourCandidate, type NeighbourEntry } from '../../ingest/link/neighbours.js';
import type { Genre } from '../../graph-schema/index.js';
import { cutSameLevel, sameLevelPairs } from '../../coverage/same-level.js';
import { pairThinLinks, type PairMedianRule } from '../../ingest/link/pair-median.js';
import { replayClauseParts, type ClausePartsPass } from '../../ingest/link/clause-parts.js';
import { takenArticleLinks, type TakenArticleRule } from '../../ingest/link/taken-article.js';
import { unnamedSecondLinks, type UnnamedSecondRule } from '../../ingest/link/unnamed-second.js';
import { siblingSecondLinks, type SiblingSecondRule } from '../../ingest/link/siblings.js';
import { secondAddsLinks, type SecondAddsRule } from '../../ingest/link/second-adds.js';
import { objectSwaps, type ObjectSwapRule, type SwapEntry } from '../../ingest/link/objects.js';
import { unclaimedBest, type UnclaimedBestRule, type UnclaimedEntry } from '../../ingest/link/unclaimed-best.js';
import { headSwaps, type HeadEntry, type ObjectHeadsRule } from '../../ingest/link/object-heads.js';
import { ARTICLE_ID } from '../../ingest/link/article-label.js';
import { titleTermPass, type TitleTermDoc, type TitleTermRule } from '../../ingest/link/title-term.js';
import { chapterArticleLinks, type ChapterArticleRule } from '../../ingest/link/chapter-article.js';

export const GoldLinks = z.object({
  pairs: z.array(z.object({ lower: z.string(), higher: z.string() })),
  links: z.array(z.object({ lower: z.string(), higher: z.string(), strength: z.enum(['strong', 'weak']), why: z.string() })),
  unlinked: z.array(z.string()),
  /** Higher measures addressed only to the issuer itself (not applicable downstream), by reading. */
  issuerOnly: z.array(z.object({ measure: z.string(), why: z.string() })).default([]),
});
export type GoldLinks = z.output<typeof GoldLinks>;

export interface LinkScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  strongRecall: number;
  falsePositives: string[];
  falseNegatives: string[];
  /** Gold grade × our verdict over the annotated pairs: each gold link (strong, weak) found as
   *  'implements' or 'partial' or not found ('none'), and each predicted link that is not in the
   *  gold ('not a link'). The verdicts-right figure of coverage is read per higher measure; this is
   *  the same question per link. */
  confusion: VerdictConfusion;
}

export type OurVerdict = 'implements' | 'partial' | 'none';
export interface VerdictConfusion {
  strong: Record<OurVerdict, number>;
  weak: Record<OurVerdict, number>;
  notALink: Record<Exclude<OurVerdict, 'none'>, number>;
}

/** file#path for every Measure of an in-corpus Document read from that file. */
export function measureKeys(snapshot: Snapshot): Map<string, string[]> {
  const docFiles = new Map<string, string[]>();
  for (const n of snapshot.nodes) {
    if (n.attributes.type === 'Document') docFiles.set(n.key, n.attributes.sources.map((s) => s.split('/').pop()!));
  }
  const keys = new Map<string, string[]>();
  for (const n of snapshot.nodes) {
    if (n.attributes.type !== 'Measure') continue;
    keys.set(n.key, (docFiles.get(n.attributes.docId) ?? []).map((f) => `${f}#${n.attributes.type === 'Measure' ? n.attributes.path : ''}`));
  }
  return keys;
}

/** An article is keyed by its number alone (第十三条 is unique in a law), whatever chapter a text's headings put it in. */
const articleKey = (k: string) => k.replace(/#(?:第[^/#]+章\/)?(?:第[^/#]+节\/)?(第[^/#]+条)$/, '#$1');

export function scoreLinks(gold: GoldLinks, snapshot: Snapshot): LinkScore {
  const keys = new Map([...measureKeys(snapshot)].map(([id, ks]) => [id, ks.map(articleKey)]));
  const pairOf = (k: string) => k.split('#')[0];
  const annotated = new Set(gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const goldSet = new Set(gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const strong = new Set(gold.links.filter((l) => l.strength === 'strong').map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  // Each predicted pair of article keys with its strongest verdict (two edges may share keys).
  const predicted = new Map<string, 'implements' | 'partial'>();
  for (const e of snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    const verdict = e.attributes.verdict === 'partial' ? 'partial' : 'implements';
    for (const lo of keys.get(e.source) ?? []) {
      for (const hi of keys.get(e.target) ?? []) {
        const k = `${lo}>${hi}`;
        if (annotated.has(`${pairOf(lo)}>${pairOf(hi)}`) && predicted.get(k) !== 'implements') predicted.set(k, verdict);
      }
    }
  }
  const confusion: VerdictConfusion = { strong: { implements: 0, partial: 0, none: 0 }, weak: { implements: 0, partial: 0, none: 0 }, notALink: { implements: 0, partial: 0 } };
  for (const g of goldSet) confusion[strong.has(g) ? 'strong' : 'weak'][predicted.get(g) ?? 'none']++;
  for (const [k, v] of predicted) if (!goldSet.has(k)) confusion.notALink[v]++;
  const tp = [...predicted.keys()].filter((p) => goldSet.has(p)).length;
  const fp = predicted.size - tp;
  const fn = goldSet.size - tp;
  const precision = predicted.size ? tp / predicted.size : 0;
  const recall = goldSet.size ? tp / goldSet.size : 0;
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    strongRecall: strong.size ? [...strong].filter((s) => predicted.has(s)).length / strong.size : 0,
    falsePositives: [...predicted.keys()].filter((p) => !goldSet.has(p)).sort(),
    falseNegatives: [...goldSet].filter((g) => !predicted.has(g)).sort(),
    confusion,
  };
}

export function readGoldLinks(url = new URL('../gold/links.json', import.meta.url)): GoldLinks {
  return GoldLinks.parse(JSON.parse(readFileSync(url, 'utf8')));
}

export function formatLinkScore(s: LinkScore, verbose = false, source = 'tests/gold/links.json'): string {
  const f = (x: number) => x.toFixed(2).padStart(6);
  const lines = [
    '',
    `IMPLEMENTS links vs ${source}`,
    `                     TP   FP   FN      P      R     F1   strong R`,
    `links              ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${f(s.precision)} ${f(s.recall)} ${f(s.f1)}     ${f(s.strongRecall)}`,
  ];
  if (verbose) {
    lines.push('  spurious:', ...s.falsePositives.map((x) => `    ${x}`), '  missed:', ...s.falseNegatives.map((x) => `    ${x}`));
  }
  return lines.join('\n');
}

// ---- Calibration: `npx tsx tests/eval/links.ts --calibrate [--gold <dir>…] [--genre plan|regulation]` --
// Ingests each gold set's corpus once with every aligned candidate kept (thresholds 0, no top-k),
// then searches the genre's weights, partial threshold, `relative` and `topK` for the best mean
// F1 over the gold sets, and the implements threshold (above the partial one) that gets the most
// coverage verdicts right. Also prints a leave-one-pair-out figure: for each annotated pair, the
// values chosen on the other pairs, scored on it (TP/FP/FN summed), so the in-sample F1 can be read
// beside a held-out one. The chosen values go into ingest/link/options.ts by hand, with this
// command as their provenance.

/** What the calibration selects from: the linker's record of every lower measure's selection (its aligned
 *  candidates with their signals and every rule's facts, ingest/link/implements.ts SelectionRecord), and the
 *  pairs the link stage adds or makes strong by an article citation (kept and strong under any selection). */
export interface Candidates {
  records: SelectionRecord[];
  /** Session 49 (helper replay): with the verdict the link stage gave (a citation of a part alone is partial,
   *  options.citedParts); absent in older caches: implements. */
  cited: { lower: string; higher: string; score: number; verdict?: 'implements' | 'partial' }[];
  /** Session 49 (helper replay): the pairs the snapshot marks `penaltyConduct` (options.penaltyConduct and
   *  options.liabilityRestated add them partial from their floor though the cut left them out); the records lack the
   *  texts those rules read, so only the pairs the linker's own scores brought to the floor are known. */
  conducted?: string[];
  /** Session 49 (helper replay): the candidate pairs of two documents of one level whose lower measure does not name the
   *  higher document (ingest/link/index.ts sameLevelLow): a link by wording only from options.sameLevel.minScore on. */
  sameLevel?: string[];
  /** Session 54: the measures' texts, for options.clauseParts' pass (recorded only when the ingest had it on). */
  texts?: Record<string, string>;
  /** Session 60: the documents' titles, levels, genres and leaf articles, for options.titleTerm's pass (recorded only when
   *  the ingest had it on). */
  titleTermDocs?: Record<string, TitleTermDoc>;
}

/** The links the link stage adds or makes strong by an article citation, with their verdicts. */
export const citedOf = (snapshot: Snapshot): Candidates['cited'] =>
  snapshot.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' && e.attributes.citedArticle ? [{ lower: e.source, higher: e.target, score: e.attributes.score, verdict: e.attributes.verdict === 'partial' ? ('partial' as const) : ('implements' as const) }] : []));

/** Candidates read from a cache made before session 49 (helper replay), given the facts select() now replays. */
export const withReplayFacts = (snapshot: Snapshot, cands: Candidates): Candidates =>
  cands.sameLevel ? cands : { ...cands, cited: citedOf(snapshot), ...replayFacts(snapshot, cands.records) };

/** The facts of the link stage's steps around the selection that the records lack, read from the snapshot (ingest's
 *  own functions on its documents' levels and titles and its measures' texts), for select() to replay them. */
export function replayFacts(snapshot: Snapshot, records: SelectionRecord[], o: LinkOptions = DEFAULT_LINK_OPTIONS): Pick<Candidates, 'conducted' | 'sameLevel' | 'texts' | 'titleTermDocs'> {
  const conducted = snapshot.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' && (e.attributes as { penaltyConduct?: boolean }).penaltyConduct ? [`${e.source}>${e.target}`] : []));
  const docs = new Map(snapshot.nodes.flatMap((n) => (n.attributes.type === 'Document' ? [[n.key, n.attributes as { level?: string; name: string }] as const] : [])));
  const measures = new Map(snapshot.nodes.flatMap((n) => (n.attributes.type === 'Measure' ? [[n.key, n.attributes as { docId: string; text: string }] as const] : [])));
  // Session 50 (helper replay): the same function coverage's replay applies (coverage/same-level.ts).
  const pairs = records.flatMap((r) => [...r.candidates.map((c) => c.higher), ...(r.items ?? []).flatMap(([, its]) => its.map((it) => it.higher))].map((h) => [r.lower, h] as const));
  const sameLevel = [...sameLevelPairs(pairs, { measure: (id) => measures.get(id), document: (id) => docs.get(id) }, o.sameLevel)];
  const texts = o.clauseParts ? Object.fromEntries([...measures].map(([k, m]) => [k, m.text])) : undefined;
  // Session 60: options.titleTerm reads each document's title, level and genre and its leaf articles (as coverage's replay);
  // session 61: options.chapterArticle reads the leaf articles too.
  let titleTermDocs: Record<string, TitleTermDoc> | undefined;
  if (o.titleTerm || o.chapterArticle) {
    titleTermDocs = {};
    const heads: Record<string, Record<string, string>> = {};
    for (const n of snapshot.nodes) {
      const a = n.attributes as { type: string; docId: string; text: string; leaf?: boolean; kind?: string; path?: string; name?: string };
      // Session 61 (titleTerm.heading): the chapter and section headings by path.
      if (a.type === 'Measure' && o.titleTerm?.heading && (a.kind === 'chapter' || a.kind === 'section')) (heads[a.docId] ??= {})[a.path ?? ''] = a.name ?? '';
      if (a.type !== 'Measure' || !a.leaf || !ARTICLE_ID.test(n.key)) continue;
      const d = docs.get(a.docId) as { level?: string; name: string; genre?: string } | undefined;
      (titleTermDocs[a.docId] ??= { title: d?.name ?? '', level: d?.level, genre: d?.genre, articles: [] }).articles.push({ id: n.key, text: a.text });
    }
    for (const [doc, h] of Object.entries(heads)) if (titleTermDocs[doc]) titleTermDocs[doc].headings = h;
  }
  return { conducted, sameLevel, ...(texts ? { texts } : {}), ...(titleTermDocs ? { titleTermDocs } : {}) };
}

/** Ingests a corpus in this process with the linker recording its selections. */
export async function recordedIngest(corpus: string, link?: Partial<LinkOptions>): Promise<{ snapshot: Snapshot; cands: Candidates }> {
  const { runIngest } = await import('../../ingest/pipeline.js');
  const { loadLexicon } = await import('../../ingest/lexicon/load.js');
  const records: SelectionRecord[] = [];
  // A lexicon object keeps the link stage on this thread, where the records are made.
  const { snapshot } = await recordSelections(records, () => runIngest({ inputs: [corpus], lexicon: loadLexicon(), ...(link ? { link } : {}) }));
  return { snapshot, cands: { records, cited: citedOf(snapshot), ...replayFacts(snapshot, records, { ...DEFAULT_LINK_OPTIONS, ...link }) } };
}

export interface Selection {
  weights: { reuse: number; text: number; entities: number };
  partial: number;
  implements: number;
  relative: number;
  topK: number;
  /** As options.topKPerClause, for measures of a genre that has it (default: the linker's). */
  perClause?: LinkOptions['topKPerClause'];
  /** The selection's rules, over the linker's (to weigh a rule's knobs on the records). */
  rules?: Partial<SelectionOptions>;
  /** options.clauseCover.pair's median for the second pass (default: the linker's; null: off; one for the whole run: a
   *  function selection's for the first record's genre). */
  pair?: Pick<PairMedianRule, 'median' | 'scored'> | null;
  /** options.clauseParts' pass (session 54; default: the linker's; null: off). */
  clauseParts?: ClausePartsPass | null;
  /** options.takenArticle's pass (session 55; default: the linker's; null: off). */
  takenArticle?: TakenArticleRule | null;
  /** options.unnamedSecond's pass (session 56; default: the linker's; null: off). */
  unnamedSecond?: UnnamedSecondRule | null;
  /** options.siblingSecond's pass (session 57; default: the linker's; null: off). */
  siblingSecond?: SiblingSecondRule | null;
  /** options.secondAdds's pass (session 63; default: the linker's; null: off). */
  secondAdds?: SecondAddsRule | null;
  /** options.titleTerm's pass (session 60; default: the linker's; null: off). */
  titleTerm?: TitleTermRule | null;
  /** options.chapterArticle's pass (session 61; default: the linker's; null: off). */
  chapterArticle?: ChapterArticleRule | null;
}

/** The linker's selection (ingest/link/select.ts selectLinks, the function ingest calls) of every recorded
 *  lower measure, its candidates scored with `s.weights` (a function: a selection per lower genre), then the
 *  link stage's own steps: the expired plans' links dropped, the cited articles' links added and made strong. */
export function select(cands: Candidates, s: Selection | ((genre: Genre) => Selection)): { lower: string; higher: string; score: number; verdict: 'implements' | 'partial' }[] {
  const out: ReturnType<typeof select> = [];
  const cited = new Map(cands.cited.map((c) => [`${c.lower}>${c.higher}`, c]));
  const conducted = new Set(cands.conducted ?? []);
  const sameLevel = new Set(cands.sameLevel ?? []);
  const minScore = new Map<string, number>();
  let topRule = DEFAULT_LINK_OPTIONS.sameLevel.top;
  // options.neighbourBest, after every selection as the linker does (ingest/link/neighbours.ts).
  const neighbours: (NeighbourEntry & { link?: (typeof out)[number] })[] = [];
  // options.orderBracket, after the neighbour rule as the linker does (ingest/link/order-bracket.ts bracketEntry, bracketStep).
  const brackets: BracketEntry[] = [];
  const bracketLinks: (typeof out)[number][][] = [];
  let bracketRule: OrderBracketRule | null = null;
  // options.structurePrior, after the neighbour rule as the linker does (ingest/link/structure-prior.ts).
  const priors: PriorEntry[] = [];
  const priorLinks: (typeof out)[number][][] = [];
  let priorReach = 0;
  // options.secondNeighbour, after the structure prior as the linker does (ingest/link/second-neighbour.ts).
  const seconds: SecondEntry[] = [];
  const secondLinks: (typeof out)[number][][] = [];
  // Session 60: options.objectSwap, after every step that adds a link as the linker runs it (ingest/link/objects.ts), over
  // every pair the steps made (cited and dropped pairs included, as at ingest); one rule for the run, the last record's.
  let swapRule: ObjectSwapRule | null = null;
  const swapEntries: SwapEntry[] = [];
  const made: { lower: string; higher: string }[] = [];
  // Session 61: options.objectHeads, after objectSwap, over the candidates the link stage's near-cut record keeps (made here
  // from the selection record with the link stage's settings: implements.ts).
  let headRule: ObjectHeadsRule | null = null;
  const headEntries: HeadEntry[] = [];
  // Session 59 / 63: options.unclaimedBest, after the steps that add links and before objectSwap, as the linker runs it
  // (implements.ts), over every pair made so far (the default since session 63: the chapter reading).
  let unclaimedRule: UnclaimedBestRule | null = null;
  const unclaimedEntries: (UnclaimedEntry & { under: (x: number) => boolean })[] = [];
  for (const r of cands.records) {
    const sel = typeof s === 'function' ? s(r.genre) : s;
    const o = { ...DEFAULT_LINK_OPTIONS, topKPerClause: sel.perClause === undefined ? DEFAULT_LINK_OPTIONS.topKPerClause : sel.perClause, ...sel.rules };
    const aligned = r.candidates.map((c) => ({ ...c, score: pairScore(sel.weights, c.signals, c.factor) }));
    const shares = new Map((r.shares ?? []).map(([d, xs]) => [d, new Map(xs)]));
    const items = new Map(r.items ?? []);
    const series = new Map(r.series);
    const dropped = new Set(r.dropped ?? []);
    const facts: SelectionFacts = {
      genre: r.genre,
      ...(r.clauses !== undefined ? { clauses: r.clauses } : {}),
      ...(r.chapterDocs ? { chapterDocs: new Set(r.chapterDocs) } : {}),
      series: (d) => series.get(d),
      ...(r.shares ? { shares: (d: number) => shares.get(d) ?? new Map() } : {}),
      ...(r.items ? { items: (d: number) => items.get(d) ?? [] } : {}),
      mayBeStrong: (k) => r.candidates[k].strong,
      unitCarried: (k) => r.candidates[k].unit ?? 0,
    };
    const chosen = selectLinks(aligned, facts, { thresholds: { implements: sel.implements, partial: sel.partial }, topK: sel.topK, relative: sel.relative }, o);
    headRule = o.objectHeads ?? null;
    if (o.objectHeads?.genres.includes(r.genre) && !r.chapterDocs && aligned.length && cands.texts) {
      const g = r.genre;
      const widened = selectionFor(r.clauses, sel.topK, sel.relative, o.topKPerClause).topK;
      const paragraphMin = o.paragraphBest?.genres.includes(g) ? o.paragraphBest.min : undefined;
      const docBest = o.orderBracket?.genres.includes(g) ? o.orderBracket.min : undefined;
      const docTop = o.provisionFloor?.genres.includes(g) ? { min: o.provisionFloor.min, top: o.provisionFloor.top } : undefined;
      const froms = [o.remainderSecond?.genres.includes(g) ? o.remainderSecond.min : undefined, o.unclaimedBest?.genres.includes(g) ? o.unclaimedBest.min : undefined, o.clauseSecond?.genres.includes(g) ? o.clauseSecond.min : undefined, o.objectSwap?.genres.includes(g) ? o.objectSwap.min : undefined].filter((x): x is number => x !== undefined);
      const { record } = nearCutRecord(r.lower, aligned, facts, { partial: sel.partial, topK: widened, ...(paragraphMin !== undefined ? { paragraphMin } : {}), ...(docBest !== undefined ? { docBest } : {}), ...(docTop ? { docTop } : {}), ...(froms.length ? { docFrom: Math.min(...froms) } : {}) });
      headEntries.push({ lower: r.lower, text: cands.texts[r.lower] ?? '', cands: record.candidates.map((c) => ({ higher: c.higher, score: c.score })) });
    }
    // options.penaltyConduct / liabilityRestated (implements.ts, after the selection, before the neighbour rules): a marked
    // pair kept partial from the rule's floor though the cut left it out (both floors 0.08; the lower of the two if they part).
    const floors = [o.penaltyConduct?.floor, o.liabilityRestated?.floor].filter((x): x is number => x !== undefined);
    if (conducted.size && floors.length)
      aligned.forEach((a, k) => {
        if (a.score >= Math.min(...floors) && conducted.has(`${r.lower}>${a.higher}`) && !chosen.some((c) => c.k === k)) chosen.push({ k, higher: a.higher, doc: a.doc, score: a.score, verdict: 'partial' });
      });
    minScore.set(r.lower, o.sameLevel.minScore);
    topRule = o.sameLevel.top;
    swapRule = o.objectSwap ?? null;
    if (o.objectSwap?.genres.includes(r.genre) && !r.chapterDocs && aligned.length && cands.texts) swapEntries.push({ lower: r.lower, text: cands.texts[r.lower] ?? '', cands: aligned });
    unclaimedRule = o.unclaimedBest ?? null;
    if (o.unclaimedBest?.genres.includes(r.genre) && !r.chapterDocs && aligned.length && cands.texts) {
      const th = { implements: sel.implements, partial: sel.partial };
      unclaimedEntries.push({ lower: r.lower, text: cands.texts[r.lower] ?? '', cands: aligned, under: (x) => scoreVerdict(x, th) === null });
    }
    for (const c of chosen) {
      made.push({ lower: r.lower, higher: c.higher });
      const k = `${r.lower}>${c.higher}`;
      if (cited.has(k)) continue;
      if (!dropped.has(c.higher)) out.push({ lower: r.lower, higher: c.higher, score: c.score, verdict: c.verdict });
    }
    if (o.secondNeighbour?.genres.includes(r.genre) && chosen.length) {
      const ks = secondCandidates(aligned, new Set(chosen.map((c) => c.higher)), new Set(chosen.map((c) => c.doc)), o.secondNeighbour, (k) => r.candidates[k].unit ?? 0);
      seconds.push({ lower: r.lower, links: chosen.map((c) => c.higher), candidates: ks.map((k) => aligned[k].higher), ...(o.secondNeighbour.adjacent ? { adjacent: o.secondNeighbour.adjacent } : {}) });
      secondLinks.push(ks.map((k) => ({ lower: r.lower, higher: aligned[k].higher, score: aligned[k].score, verdict: 'partial' as const })));
    }
    if (o.orderBracket?.genres.includes(r.genre) && !r.chapterDocs) {
      const th = { implements: sel.implements, partial: sel.partial };
      const { entry, ks } = bracketEntry(r.lower, aligned, chosen, o.orderBracket, (x) => scoreVerdict(x, th) === null);
      brackets.push(entry);
      bracketLinks.push(ks.map((k) => ({ lower: r.lower, higher: aligned[k].higher, score: aligned[k].score, verdict: 'partial' as const })));
      bracketRule = o.orderBracket;
    }
    if (o.structurePrior?.genres.includes(r.genre) && !r.chapterDocs) {
      const th = { implements: sel.implements, partial: sel.partial };
      const ks = priorCandidates(aligned, new Set(chosen.map((c) => c.doc)), o.structurePrior, (x) => scoreVerdict(x, th) === null, (k) => r.candidates[k].unit ?? 0);
      priors.push({ lower: r.lower, links: chosen.map((c) => ({ higher: c.higher, strong: c.verdict === 'implements' })), candidates: ks.map((k) => aligned[k].higher) });
      priorLinks.push(ks.map((k) => ({ lower: r.lower, higher: aligned[k].higher, score: aligned[k].score, verdict: 'partial' as const })));
      priorReach = o.structurePrior.reach;
    }
    if (o.neighbourBest?.genres.includes(r.genre)) {
      const k = chosen.length ? -1 : neighbourCandidate(aligned, o.neighbourBest);
      const a = aligned[k];
      neighbours.push({ doc: r.lowerDoc, linked: new Set(chosen.map((c) => c.higher)), ...(a ? { best: a.higher, link: { lower: r.lower, higher: a.higher, score: a.score, verdict: 'partial' as const } } : {}) });
    }
  }
  const neighbourLinks = neighbourBest(neighbours).map((i) => neighbours[i].link!);
  for (const l of neighbourLinks) made.push(l);
  for (const l of neighbourLinks) {
    if (!cited.has(`${l.lower}>${l.higher}`) && !cands.records.find((r) => r.lower === l.lower)?.dropped?.includes(l.higher)) out.push(l);
  }
  const bracketed = brackets.length ? bracketStep(brackets, neighbourLinks, bracketRule!).map(([i, j]) => bracketLinks[i][j]) : [];
  for (const l of bracketed) made.push(l);
  for (const l of bracketed) {
    if (!cited.has(`${l.lower}>${l.higher}`) && !cands.records.find((r) => r.lower === l.lower)?.dropped?.includes(l.higher)) out.push(l);
  }
  if (priors.length) {
    const byLower = new Map(priors.map((e, i) => [e.lower, i]));
    for (const l of [...neighbourLinks, ...bracketed]) {
      const i = byLower.get(l.lower);
      if (i !== undefined && !priors[i].links.some((x) => x.higher === l.higher)) priors[i].links.push({ higher: l.higher, strong: false });
    }
    for (const [i, j] of structurePrior(priors, priorReach)) {
      const l = priorLinks[i][j];
      if (!cited.has(`${l.lower}>${l.higher}`) && !cands.records.find((r) => r.lower === l.lower)?.dropped?.includes(l.higher)) out.push(l);
    }
  }
  for (const [i, j] of secondNeighbours(seconds)) {
    const l = secondLinks[i][j];
    if (!cited.has(`${l.lower}>${l.higher}`) && !cands.records.find((r) => r.lower === l.lower)?.dropped?.includes(l.higher) && !out.some((x) => x.lower === l.lower && x.higher === l.higher)) out.push(l);
  }
  if (unclaimedRule && unclaimedEntries.length && cands.texts) {
    const texts = cands.texts;
    const docOf = (m: string) => m.slice(0, m.indexOf('#'));
    for (const [e, k] of unclaimedBest(unclaimedEntries, [...made, ...out], docOf, (m) => texts[m] ?? '', unclaimedRule, (x, i) => unclaimedEntries[i].under(x))) {
      const lower = unclaimedEntries[e].lower;
      const c = unclaimedEntries[e].cands[k];
      made.push({ lower, higher: c.higher });
      if (!cited.has(`${lower}>${c.higher}`) && !cands.records.find((r) => r.lower === lower)?.dropped?.includes(c.higher)) out.push({ lower, higher: c.higher, score: c.score, verdict: 'partial' });
    }
  }
  if (swapRule && swapEntries.length && cands.texts) {
    const texts = cands.texts;
    const docOf = (m: string) => m.slice(0, m.indexOf('#'));
    const articlesOf = new Map<string, string[]>();
    for (const [m, t] of Object.entries(texts)) if (ARTICLE_ID.test(m)) (articlesOf.get(docOf(m)) ?? articlesOf.set(docOf(m), []).get(docOf(m))!).push(t);
    for (const [e, k, from] of objectSwaps(swapEntries, made, docOf, (m) => texts[m] ?? '', (d) => articlesOf.get(String(d)) ?? [], swapRule)) {
      const lower = swapEntries[e].lower;
      const at = out.findIndex((l) => l.lower === lower && l.higher === from);
      if (at >= 0) out.splice(at, 1);
      const c = swapEntries[e].cands[k];
      const m = made.findIndex((l) => l.lower === lower && l.higher === from);
      if (m >= 0) made.splice(m, 1, { lower, higher: c.higher });
      if (!cited.has(`${lower}>${c.higher}`) && !cands.records.find((r) => r.lower === lower)?.dropped?.includes(c.higher)) out.push({ lower, higher: c.higher, score: c.score, verdict: 'partial' });
    }
  }
  if (headRule && headEntries.length && cands.texts) {
    const texts = cands.texts;
    const docOf = (m: string) => m.slice(0, m.indexOf('#'));
    for (const [e, k, from] of headSwaps(headEntries, made, docOf, (m) => texts[m] ?? '', headRule)) {
      const lower = headEntries[e].lower;
      const at = out.findIndex((l) => l.lower === lower && l.higher === from);
      if (at >= 0) out.splice(at, 1);
      const c = headEntries[e].cands[k];
      if (!cited.has(`${lower}>${c.higher}`) && !cands.records.find((r) => r.lower === lower)?.dropped?.includes(c.higher)) out.push({ lower, higher: c.higher, score: c.score, verdict: 'partial' });
    }
  }
  // ingest/link/index.ts sameLevelLow, after every rule of linkMeasures: two documents of one level link by wording only from
  // options.sameLevel.minScore on, unless the lower measure names the higher document (cited pairs are added after it).
  // options.sameLevel.top (session 59): one rule for the run, the last record's (the selection's rules over the linker's).
  const kept = cutSameLevel(out, sameLevel, (lower) => minScore.get(lower) ?? DEFAULT_LINK_OPTIONS.sameLevel.minScore, { rule: topRule, exempt: cands.cited });
  for (const c of cands.cited) kept.push({ lower: c.lower, higher: c.higher, score: c.score, verdict: c.verdict ?? 'implements' });
  // Session 55: options.takenArticle's pass (ingest/link/taken-article.ts), after the citations as the link stage runs it, on
  // the measures' texts (Candidates.texts) and the lower measures' genres (the records).
  const givenTaken = (typeof s === 'function' ? s(cands.records[0]?.genre ?? 'regulation') : s).takenArticle;
  const takenRule = givenTaken !== undefined ? givenTaken : DEFAULT_LINK_OPTIONS.takenArticle;
  if (takenRule) {
    const citedKeys = new Set(cands.cited.map((c) => `${c.lower}>${c.higher}`));
    const genreOf = new Map(cands.records.map((r) => [r.lower, r.genre as string]));
    const marked = kept.map((l) => ({ ...l, citedArticle: citedKeys.has(`${l.lower}>${l.higher}`), penaltyConduct: conducted.has(`${l.lower}>${l.higher}`) }));
    const drop = takenArticleLinks(marked, (m) => m.slice(0, m.indexOf('#')), (m) => genreOf.get(m), (m) => cands.texts?.[m], takenRule);
    if (drop.size) kept.splice(0, kept.length, ...kept.filter((_, i) => !drop.has(i)));
  }
  // Session 56: options.unnamedSecond's pass (ingest/link/unnamed-second.ts), after takenArticle's as the link stage runs it.
  const givenUnnamed = (typeof s === 'function' ? s(cands.records[0]?.genre ?? 'regulation') : s).unnamedSecond;
  const unnamedRule = givenUnnamed !== undefined ? givenUnnamed : DEFAULT_LINK_OPTIONS.unnamedSecond;
  if (unnamedRule && cands.texts) {
    const citedKeys = new Set(cands.cited.map((c) => `${c.lower}>${c.higher}`));
    const genreOf = new Map(cands.records.map((r) => [r.lower, r.genre as string]));
    const marked = kept.map((l) => ({ ...l, citedArticle: citedKeys.has(`${l.lower}>${l.higher}`), penaltyConduct: conducted.has(`${l.lower}>${l.higher}`) }));
    const drop = unnamedSecondLinks(marked, (m) => m.slice(0, m.indexOf('#')), (m) => genreOf.get(m), (m) => cands.texts?.[m], unnamedRule);
    if (drop.size) kept.splice(0, kept.length, ...kept.filter((_, i) => !drop.has(i)));
  }
  // Session 57: options.siblingSecond's pass (ingest/link/siblings.ts), after unnamedSecond's as the link stage runs it, on
  // the measures' texts (Candidates.texts, which list every measure of the corpus).
  const givenSibling = (typeof s === 'function' ? s(cands.records[0]?.genre ?? 'regulation') : s).siblingSecond;
  const siblingRule = givenSibling !== undefined ? givenSibling : DEFAULT_LINK_OPTIONS.siblingSecond;
  if (siblingRule && cands.texts) {
    const citedKeys = new Set(cands.cited.map((c) => `${c.lower}>${c.higher}`));
    const genreOf = new Map(cands.records.map((r) => [r.lower, r.genre as string]));
    const byDoc = new Map<string, string[]>();
    for (const m of Object.keys(cands.texts).sort()) { const d = m.slice(0, m.indexOf('#')); (byDoc.get(d) ?? byDoc.set(d, []).get(d)!).push(m); }
    const marked = kept.map((l) => ({ ...l, citedArticle: citedKeys.has(`${l.lower}>${l.higher}`), penaltyConduct: conducted.has(`${l.lower}>${l.higher}`) }));
    const drop = siblingSecondLinks(marked, (m) => m.slice(0, m.indexOf('#')), (m) => genreOf.get(m), (m) => cands.texts?.[m], (d) => byDoc.get(d) ?? [], siblingRule);
    if (drop.size) kept.splice(0, kept.length, ...kept.filter((_, i) => !drop.has(i)));
  }
  // Session 63: options.secondAdds's pass (ingest/link/second-adds.ts), after siblingSecond's as the link stage runs it, on
  // the measures' texts (Candidates.texts).
  const givenAdds = (typeof s === 'function' ? s(cands.records[0]?.genre ?? 'regulation') : s).secondAdds;
  const addsRule = givenAdds !== undefined ? givenAdds : DEFAULT_LINK_OPTIONS.secondAdds;
  if (addsRule && cands.texts) {
    const citedKeys = new Set(cands.cited.map((c) => `${c.lower}>${c.higher}`));
    const genreOf = new Map(cands.records.map((r) => [r.lower, r.genre as string]));
    const marked = kept.map((l) => ({ ...l, citedArticle: citedKeys.has(`${l.lower}>${l.higher}`), penaltyConduct: conducted.has(`${l.lower}>${l.higher}`) }));
    const drop = secondAddsLinks(marked, (m) => m.slice(0, m.indexOf('#')), (m) => genreOf.get(m), (m) => cands.texts?.[m], addsRule);
    if (drop.size) kept.splice(0, kept.length, ...kept.filter((_, i) => !drop.has(i)));
  }
  // Session 60: options.titleTerm's pass (ingest/link/title-term.ts), after siblingSecond's as the link stage runs it, on the
  // documents' titles, levels and leaf articles (Candidates.titleTermDocs).
  const givenTerm = (typeof s === 'function' ? s(cands.records[0]?.genre ?? 'regulation') : s).titleTerm;
  const termRule = givenTerm !== undefined ? givenTerm : DEFAULT_LINK_OPTIONS.titleTerm;
  if (termRule && cands.titleTermDocs) {
    const termDocs = cands.titleTermDocs;
    const pass = titleTermPass(kept, (m) => m.slice(0, m.indexOf('#')), (d) => termDocs[d], termRule);
    // Session 62 (titleTerm.chapter.swap): the partial links a carrier chapter's article gives up for the carried one.
    if (pass.drops.size) kept.splice(0, kept.length, ...kept.filter((l) => !pass.drops.has(`${l.lower}>${l.higher}`)));
    for (const [lower, higher] of pass.adds) kept.push({ lower, higher, score: 0, verdict: 'partial' });
  }
  // Session 61: options.chapterArticle's pass (ingest/link/chapter-article.ts), after titleTerm's as the link stage runs it, on
  // the leaf articles recorded (Candidates.titleTermDocs) and the cited pairs.
  const givenChapter = (typeof s === 'function' ? s(cands.records[0]?.genre ?? 'regulation') : s).chapterArticle;
  const chapterRule = givenChapter !== undefined ? givenChapter : DEFAULT_LINK_OPTIONS.chapterArticle;
  if (chapterRule && cands.titleTermDocs) {
    const arts = Object.values(cands.titleTermDocs).flatMap((d) => d.articles);
    const textOf = new Map(arts.map((a) => [a.id, a.text]));
    const citedKeys = new Set(cands.cited.map((c) => `${c.lower}>${c.higher}`));
    const marked = kept.map((l) => ({ ...l, citedArticle: citedKeys.has(`${l.lower}>${l.higher}`) }));
    for (const [lower, higher] of chapterArticleLinks(marked, arts.map((a) => a.id), (m) => textOf.get(m), (m) => m.slice(0, m.indexOf('#')), chapterRule)) kept.push({ lower, higher, score: 0, verdict: 'partial' });
  }
  // Session 52: options.clauseCover.pair's second pass (ingest/link/pair-median.ts, after every step above as the link stage
  // runs it): a strong link whose candidate the linker marked `thin`, in a document pair whose links' median is high, is
  // partial; cited links count in the median and stay as they are.
  const given = (typeof s === 'function' ? s(cands.records[0]?.genre ?? 'regulation') : s).pair;
  const pair = given !== undefined ? given : DEFAULT_LINK_OPTIONS.clauseCover?.pair;
  // Session 54: options.clauseParts' pass (ingest/link/clause-parts.ts) after it, on the measures' texts (Candidates.texts).
  const givenParts = (typeof s === 'function' ? s(cands.records[0]?.genre ?? 'regulation') : s).clauseParts;
  const parts = givenParts !== undefined ? givenParts : DEFAULT_LINK_OPTIONS.clauseParts;
  if (pair || (parts && cands.texts)) {
    const thin = new Set(cands.records.flatMap((r) => r.candidates.filter((c) => c.thin).map((c) => `${r.lower}>${c.higher}`)));
    const cited = new Set(cands.cited.map((c) => `${c.lower}>${c.higher}`));
    const marked = kept.map((l) => ({ ...l, citedArticle: cited.has(`${l.lower}>${l.higher}`) }));
    const docOf = (m: string) => m.slice(0, m.indexOf('#'));
    const thinned = pair ? pairThinLinks(marked, docOf, (l) => thin.has(`${l.lower}>${l.higher}`), pair) : new Set<number>();
    const genres = new Map(cands.records.map((r) => [r.lower, r.genre as string]));
    const split = replayClauseParts(marked, thinned, parts && cands.texts ? parts : null, (m) => cands.texts?.[m], docOf, (m) => genres.get(m));
    return kept.map((l, i) => (thinned.has(i) || split.has(i) ? { ...l, verdict: 'partial' as const } : l));
  }
  return kept;
}

/** A snapshot whose IMPLEMENTS edges are replaced by `links` (to score a selection). */
export function withLinks(snapshot: Snapshot, links: { lower: string; higher: string; score: number; verdict: 'implements' | 'partial' }[]): Snapshot {
  const edges = snapshot.edges.filter((e) => e.attributes.type !== 'IMPLEMENTS');
  for (const l of links) {
    edges.push({
      key: `IMPLEMENTS|${l.lower}|${l.higher}`,
      source: l.lower,
      target: l.higher,
      attributes: { type: 'IMPLEMENTS', verdict: l.verdict, score: l.score, evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: 0, entities: 0 } } },
    });
  }
  return { ...snapshot, edges };
}

/** Share of predicted gold links whose verdict matches the gold strength (strong ↔ implements). */
export function verdictAgreement(gold: GoldLinks, snapshot: Snapshot): number {
  const keys = measureKeys(snapshot);
  const strength = new Map(gold.links.map((l) => [`${l.lower}>${l.higher}`, l.strength]));
  let n = 0;
  let agree = 0;
  for (const e of snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    for (const lo of keys.get(e.source) ?? []) for (const hi of keys.get(e.target) ?? []) {
      const st = strength.get(`${lo}>${hi}`);
      if (!st) continue;
      n++;
      if ((st === 'strong') === (e.attributes.verdict === 'implements')) agree++;
    }
  }
  return n ? agree / n : 0;
}

/** The gold restricted to some of its pairs (for leave-one-pair-out). */
export function goldOfPairs(gold: GoldLinks, keep: (p: GoldLinks['pairs'][number]) => boolean): GoldLinks {
  const pairs = gold.pairs.filter(keep);
  const lowers = new Set(pairs.map((p) => p.lower));
  const inPairs = (l: { lower: string; higher: string }) => pairs.some((p) => l.lower.startsWith(`${p.lower}#`) && l.higher.startsWith(`${p.higher}#`));
  return { pairs, links: gold.links.filter(inPairs), unlinked: gold.unlinked.filter((u) => lowers.has(u.split('#')[0])), issuerOnly: gold.issuerOnly };
}

const grid = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);
const WEIGHTS = [
  [0.25, 0.55, 0.2], [0.15, 0.7, 0.15], [0.3, 0.55, 0.15], [0.15, 0.85, 0], [0, 1, 0], [0.3, 0.7, 0], [0.15, 0.55, 0.3],
].map(([reuse, text, entities]) => ({ reuse, text, entities }));

/** The selection with the best mean F1 over the sets, then the implements threshold with the most
 *  coverage verdicts right (`curve`: the mean share right at each implements threshold tried). */
export function calibrate(sets: { gold: GoldLinks; snapshot: Snapshot; cands: Candidates }[]): { s: Selection; f1: number; coverage: number; curve: [number, number][] } {
  let best: { f1: number; s: Selection } | undefined;
  for (const weights of WEIGHTS) for (const partial of grid(0.04, 0.4, 0.03)) for (const relative of [0.5, 0.6, 0.7, 0.8]) for (const topK of [1, 2, 3]) {
    const s: Selection = { weights, partial, implements: 1, relative, topK };
    const f1 = sets.reduce((a, x) => a + scoreLinks(x.gold, withLinks(x.snapshot, select(x.cands, s))).f1, 0) / sets.length;
    if (!best || f1 > best.f1 + 1e-9) best = { f1, s };
  }
  let bestCov = { implements: 1, coverage: -1 };
  const curve: [number, number][] = [];
  for (const implementsAt of grid(best!.s.partial + 0.01, 0.8, 0.01)) {
    const s = { ...best!.s, implements: implementsAt };
    const coverage = sets.reduce((a, x) => a + coverageAccuracy(x.gold, withLinks(x.snapshot, select(x.cands, s))).accuracy, 0) / sets.length;
    curve.push([implementsAt, Math.round(coverage * 1000) / 1000]);
    if (coverage > bestCov.coverage + 1e-9) bestCov = { implements: implementsAt, coverage };
  }
  return { s: { ...best!.s, implements: bestCov.implements }, f1: best!.f1, coverage: bestCov.coverage, curve };
}

async function calibrateMain(goldDirs: string[], genre: 'plan' | 'regulation'): Promise<void> {
  const { linkOptions, profileFor } = await import('../../ingest/link/options.js');
  const { fileURLToPath } = await import('node:url');
  const { dirname, resolve } = await import('node:path');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const golds = goldDirs.map((d) => readGoldLinks(new URL(`file://${resolve(d, 'links.json')}`)));
  const corpora = goldDirs.map((d) => (resolve(d) === resolve(root, 'tests/gold') ? resolve(root, 'corpus') : resolve(d, '../corpus')));
  // The linker's own run, its selections recorded (every aligned candidate with its signals and the rules'
  // facts), with the genre's weights and signals (pair IDF or not) for every document, so that the
  // candidates are the ones the linker ranks; select() then replays the selection under each setting tried.
  const o = linkOptions();
  const p = profileFor(o, genre);
  const same = (g: 'plan' | 'regulation') => ({ ...o.genres[g], weights: p.weights, pairIdf: p.pairIdf });
  const link = { genres: { ...o.genres, plan: same('plan'), regulation: same('regulation') } };
  const sets: { gold: GoldLinks; snapshot: Snapshot; cands: Candidates }[] = [];
  for (const [i, c] of corpora.entries()) sets.push({ gold: golds[i], ...(await recordedIngest(c, link)) });
  const { curve, ...all } = calibrate(sets);
  console.log(JSON.stringify({ genre, inSample: all }, null, 2));
  console.log(`coverage verdicts right (mean share) by implements threshold: ${curve.map(([t, c]) => `${t}:${c}`).join(' ')}`);
  // Leave one annotated pair out: choose on the others, score the one left out.
  const held = { tp: 0, fp: 0, fn: 0 };
  for (const [si, set] of sets.entries()) {
    for (const left of set.gold.pairs) {
      const others = sets.map((x, i) => (i === si ? { ...x, gold: goldOfPairs(x.gold, (p) => p !== left) } : x)).filter((x) => x.gold.pairs.length);
      if (!others.length) continue;
      const chosen = calibrate(others).s;
      const sc = scoreLinks(goldOfPairs(set.gold, (p) => p === left), withLinks(set.snapshot, select(set.cands, chosen)));
      console.log(`left out ${left.lower} → ${left.higher}: F1 ${sc.f1.toFixed(2)} with ${JSON.stringify(chosen)}`);
      held.tp += sc.tp;
      held.fp += sc.fp;
      held.fn += sc.fn;
    }
  }
  const [P, R] = [held.tp / Math.max(1, held.tp + held.fp), held.tp / Math.max(1, held.tp + held.fn)];
  console.log(`leave-one-pair-out: P ${P.toFixed(2)} R ${R.toFixed(2)} F1 ${(P + R ? (2 * P * R) / (P + R) : 0).toFixed(2)}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!) && process.argv.includes('--calibrate')) {
  const dirs = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--gold' ? [a] : []));
  const genre = process.argv.includes('regulation') ? 'regulation' : 'plan';
  void calibrateMain(dirs.length ? dirs : ['tests/gold'], genre);
}

// ---- Per gold set, beside the baseline: `npm run eval` prints this ----------------------------

/** The snapshot's document id for each gold pair (files → the Document whose sources hold them). */
export function docPairs(gold: GoldLinks, snapshot: Snapshot): { lower: string; higher: string }[] {
  const byFile = new Map<string, string>();
  for (const n of snapshot.nodes) {
    if (n.attributes.type === 'Document' && n.attributes.inCorpus) for (const s of n.attributes.sources) byFile.set(s.split('/').pop()!, n.key);
  }
  return gold.pairs.flatMap((p) => {
    const [lower, higher] = [byFile.get(p.lower), byFile.get(p.higher)];
    return lower && higher ? [{ lower, higher }] : [];
  });
}

export interface CoverageAccuracy {
  total: number;
  right: number;
  accuracy: number;
  wrong: string[];
}

/** Coverage label per higher measure and annotated pair: gold (strong link → implemented, weak
 *  only → partial, issuer-only → not applicable, else gap) against coverage/'s status. */
export function coverageAccuracy(gold: GoldLinks, snapshot: Snapshot): CoverageAccuracy {
  const g = graphFromSnapshot(snapshot);
  const keys = measureKeys(snapshot);
  const byFile = new Map<string, string>();
  for (const n of snapshot.nodes) {
    if (n.attributes.type === 'Document' && n.attributes.inCorpus) for (const s of n.attributes.sources) byFile.set(s.split('/').pop()!, n.key);
  }
  const issuerOnly = new Set(gold.issuerOnly.map((x) => x.measure));
  let total = 0;
  let right = 0;
  const wrong: string[] = [];
  for (const p of gold.pairs) {
    const [lower, higher] = [byFile.get(p.lower), byFile.get(p.higher)];
    if (!lower || !higher) continue;
    for (const row of pairCoverage(g, higher, lower).measures) {
      const found = (keys.get(row.id) ?? []).find((k) => k.startsWith(`${p.higher}#`));
      if (!found) continue;
      // Articles are matched by number whatever chapter the text's headings put them in (as scoreLinks does).
      const key = articleKey(found);
      const links = gold.links.filter((l) => articleKey(l.higher) === key && l.lower.startsWith(`${p.lower}#`));
      const expected = [...issuerOnly].some((m) => articleKey(m) === key)
        ? 'not applicable'
        : links.some((l) => l.strength === 'strong')
          ? 'implemented'
          : links.length
            ? 'partial'
            : 'gap';
      total++;
      if (row.status === expected) right++;
      else wrong.push(`${p.lower} → ${key}: ${row.status}, gold ${expected}`);
    }
  }
  return { total, right, accuracy: total ? right / total : 0, wrong };
}

/** IMPLEMENTS edges whose lower document was issued before its higher one (must be none). A link
 *  flagged `laterVersion` counts only if the law it names was not adopted before the lower document
 *  either (its history's first date): it goes to a later revision of a law already in force. */
export function laterLinks(snapshot: Snapshot): string[] {
  return datedLinks(snapshot).later;
}

/** The links to a later document (`later`), and the `laterVersion` links whose law was adopted
 *  before the lower document (`laterVersion`: allowed, flagged), in one pass over the edges. */
function datedLinks(snapshot: Snapshot): { later: string[]; laterVersion: string[] } {
  const docs = new Map<string, { issuedOn?: string; year?: number; history?: { date: string }[] }>();
  const docOf = new Map<string, string>();
  for (const n of snapshot.nodes) {
    if (n.attributes.type === 'Document') docs.set(n.key, n.attributes);
    if (n.attributes.type === 'Measure') docOf.set(n.key, n.attributes.docId);
  }
  const before = (l: { issuedOn?: string; year?: number }, h: { issuedOn?: string; year?: number }) =>
    l.issuedOn && h.issuedOn ? l.issuedOn < h.issuedOn : l.year !== undefined && h.year !== undefined && l.year < h.year;
  const out = { later: [] as string[], laterVersion: [] as string[] };
  for (const e of snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    const [l, h] = [docs.get(docOf.get(e.source)!), docs.get(docOf.get(e.target)!)];
    if (!l || !h || !before(l, h)) continue;
    const adopted = h.history?.[0]?.date;
    const inForce = e.attributes.laterVersion && adopted !== undefined && !before(l, { issuedOn: adopted, year: Number(adopted.slice(0, 4)) });
    (inForce ? out.laterVersion : out.later).push(`${e.source} → ${e.target}`);
  }
  return out;
}

export interface LinkSetReport {
  source: string;
  linker: LinkScore;
  baseline: LinkScore;
  coverage: CoverageAccuracy;
  laterLinks: string[];
  laterVersionLinks: string[];
}

function dated(snapshot: Snapshot): Pick<LinkSetReport, 'laterLinks' | 'laterVersionLinks'> {
  const { later, laterVersion } = datedLinks(snapshot);
  return { laterLinks: later, laterVersionLinks: laterVersion };
}

export function linkSetReport(gold: GoldLinks, snapshot: Snapshot, source: string): LinkSetReport {
  return {
    source,
    linker: scoreLinks(gold, snapshot),
    baseline: scoreLinks(gold, baselineSnapshot(snapshot, docPairs(gold, snapshot))),
    coverage: coverageAccuracy(gold, snapshot),
    ...dated(snapshot),
  };
}

/** The linker's verdicts per gold grade: rows gold strong / weak / not a link, columns our verdict. */
export function formatConfusion(c: VerdictConfusion): string[] {
  const n = (x: number | undefined) => (x === undefined ? '—' : String(x)).padStart(11);
  const row = (name: string, r: Partial<Record<OurVerdict, number>>) => `  ${name.padEnd(21)}${n(r.implements)}${n(r.partial)}${n(r.none)}`;
  return [`${'verdicts: gold × ours'.padEnd(23)}${['implements', 'partial', 'none'].map((h) => h.padStart(11)).join('')}`, row('gold strong', c.strong), row('gold weak', c.weak), row('not a link', c.notALink)];
}

/** `why`: for a missed gold link ("lower>higher" as in falseNegatives), where the pipeline lost it (missed-links.ts). */
export function formatLinkSetReport(r: LinkSetReport, verbose = false, why?: Map<string, string>): string {
  const f = (x: number) => x.toFixed(2).padStart(6);
  const row = (name: string, s: LinkScore) =>
    `${name.padEnd(19)}${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${f(s.precision)} ${f(s.recall)} ${f(s.f1)}     ${f(s.strongRecall)}`;
  const lines = [
    '',
    `IMPLEMENTS links vs ${r.source}`,
    `                     TP   FP   FN      P      R     F1   strong R`,
    row('linker', r.linker),
    row('baseline (TF-IDF)', r.baseline),
    ...formatConfusion(r.linker.confusion),
    `coverage verdicts per higher measure: ${r.coverage.right}/${r.coverage.total} right (${r.coverage.accuracy.toFixed(2)})`,
    `links to a later document: ${r.laterLinks.length}; to a later revision of a law adopted before the lower document (flagged laterVersion): ${r.laterVersionLinks.length}`,
  ];
  if (verbose) {
    lines.push('  spurious:', ...r.linker.falsePositives.map((x) => `    ${x}`), '  missed:', ...r.linker.falseNegatives.map((x) => `    ${x}${why?.has(x) ? `   [${why.get(x)}]` : ''}`));
    lines.push('  coverage verdicts wrong:', ...r.coverage.wrong.map((x) => `    ${x}`), ...r.laterLinks.map((x) => `  later: ${x}`));
  }
  return lines.join('\n');
}
