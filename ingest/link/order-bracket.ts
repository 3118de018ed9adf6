// A lower article bracketed by its neighbours' links (options.orderBracket, session 52 helper link3, issue 13). A province
// carries its law out in the law's own order, chapter by chapter: when the nearest article before a lower article that
// links into a higher document links to higher article a, and the nearest one after it links to higher article b, a
// lower article between them that links into nothing of that document most often carries an article between a and b, in
// the province's own words (an umbrella restated in the field's terms, under every threshold: 献血法 第十五条's restatements,
// 法律援助条例 第七、八条). The rule keeps, as a partial link, the lower article's best aligned candidate in such a higher
// document (scored from `min`, under the partial threshold: implements.ts passes it through priorCandidates with no unit
// test) when that candidate's article number lies in [a, b] (with `strict`, strictly between a and b: an article the
// neighbours' links skip) and b − a ≤ `gap`. Decided on the selection's links (and
// neighbourBest's) only: a link this rule adds never makes another. Pure, over the lower measures in document order.
//
// The per-pair monotonicity guard (`guard`, session 53 helper link, issue 13): the bracket should hold only where the lower
// text follows its law in order. The rule reads, for each (lower document, higher document) pair, the pair's confident links
// (`confident`: strong, or scored from guard.score) in the lower document's order, and brackets only where the longest
// non-decreasing run of their higher article numbers holds at least guard.order of them (and there are at least
// guard.minLinks); with guard.neighbours, the two links that bracket (a and b) must be confident themselves; with
// guard.span, the lower run between the two bracketing neighbours must be no longer than the higher run b − a (a longer
// lower run holds the lower text's own articles, inserted between two restated ones). Measured (docs/history/links.md,
// session 53): the pair's order read on its links follows the gold's, but does not by itself tell the bracket's right
// links from its wrong ones; with span it does on the development sets.
//
// One step, run alike by the link stage (implements.ts, after neighbourBest), by coverage's threshold replay
// (coverage/replay.ts, under a user's thresholds, from the candidates the snapshot keeps) and by the calibration's replay
// (tests/eval/links.ts select): each lower measure's entry is made by `bracketEntry` from its scored candidates and its
// selection's links, the links the neighbour rule adds are counted in by `bracketStep`, which then brackets (session 54
// helper link, issue 13: before, only the link stage ran it, so the replay at a snapshot's own thresholds differed from the
// snapshot once the rule was on).
import type { Genre } from '../../graph-schema/index.js';
import { articleNumber, docOf } from './structure-prior.js';

/** options.orderBracket (ingest/link/options.ts; recorded in a snapshot's linkSelection.rules since session 54, so that
 *  coverage's replay runs it under the snapshot's own setting). */
export interface OrderBracketRule {
  genres: Genre[];
  min: number;
  gap: number;
  strict?: boolean;
  guard?: BracketGuard | null;
}

/** One lower measure after the selection: its links (higher ids) and the candidates the rule may keep (at most one per
 *  higher document it does not link into, already past the score test). */
export interface BracketEntry {
  lower: string;
  links: string[];
  candidates: string[];
  /** The links (of `links`) that are confident: strong, or scored from the guard's score. Read only with a guard. */
  confident?: string[];
}

/** options.orderBracket.guard (session 53 helper link): the pair's order read from its confident links. */
export interface BracketGuard {
  /** a link is confident when strong or scored from this (implements.ts fills BracketEntry.confident by it). */
  score: number;
  /** the pair's confident links in order: the share of them on the longest non-decreasing run of higher articles. */
  order: number;
  /** at least this many confident links in the pair (below it, the pair is not read as ordered). */
  minLinks: number;
  /** a and b come from confident links only (a neighbour whose links are not confident brackets nothing). */
  neighbours?: boolean;
  /** the lower run between the two bracketing neighbours is no longer than the higher run between a and b (in article
   *  numbers: after − before ≤ b − a), so the lower articles between can each carry one the neighbours skip; a longer lower
   *  run holds the lower text's own matter, inserted there. */
  span?: boolean;
}

/** The share of the (position, higher article) pairs on their longest run non-decreasing in the higher article, the pairs
 *  taken in position order (ties by article). 1: the lower text follows the higher's order throughout. */
export function orderShare(pairs: [number, number][]): number {
  const seq = [...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]).map((p) => p[1]);
  const tails: number[] = [];
  for (const v of seq) {
    let [lo, hi] = [0, tails.length];
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (tails[m] <= v) lo = m + 1;
      else hi = m;
    }
    tails[lo] = v;
  }
  return seq.length ? tails.length / seq.length : 0;
}

/** Each (lower document, higher document) pair's order share over its confident links (entries' `confident`), with their count. */
export function pairOrder(entries: BracketEntry[], numberOf: (id: string) => number | undefined = articleNumber): Map<string, { share: number; n: number }> {
  const by = new Map<string, [number, number][]>();
  entries.forEach((e, i) => {
    for (const h of e.confident ?? []) {
      const n = numberOf(h);
      if (n === undefined) continue;
      const k = `${docOf(e.lower)}>${docOf(h)}`;
      (by.get(k) ?? by.set(k, []).get(k)!).push([i, n]);
    }
  });
  return new Map([...by].map(([k, ps]) => [k, { share: orderShare(ps), n: ps.length }]));
}

/** The (entry, candidate) pairs kept, as indexes into `entries` and their `candidates`. `entries` are in the order the
 *  linker met them (document order within each lower document). */
export function orderBrackets(entries: BracketEntry[], gap: number, strict = false, guard?: BracketGuard | null): [number, number][] {
  const out: [number, number][] = [];
  // (Each id's article number read once: the scans below meet the same links many times; session 54, for coverage's replay.)
  const numbers = new Map<string, number | undefined>();
  const numberOf = (id: string) => (numbers.has(id) ? numbers.get(id) : numbers.set(id, articleNumber(id)).get(id));
  const order = guard ? pairOrder(entries, numberOf) : undefined;
  // The higher article numbers an entry links to in one higher document (with guard.neighbours, its confident links only).
  const numbersIn = (e: BracketEntry, hd: string) =>
    (guard?.neighbours ? (e.confident ?? []) : e.links).filter((h) => docOf(h) === hd).map(numberOf).filter((n): n is number => n !== undefined);
  entries.forEach((e, i) => {
    const ld = docOf(e.lower);
    e.candidates.forEach((h, j) => {
      const hd = docOf(h);
      const n = numberOf(h);
      if (n === undefined) return;
      if (guard) {
        const o = order!.get(`${ld}>${hd}`);
        if (!o || o.n < guard.minLinks || o.share < guard.order) return;
      }
      let [before, kb] = [[] as number[], -1];
      for (let k = i - 1; k >= 0 && docOf(entries[k].lower) === ld; k--) if ((before = numbersIn(entries[k], hd)).length) { kb = k; break; }
      let [after, ka] = [[] as number[], -1];
      for (let k = i + 1; k < entries.length && docOf(entries[k].lower) === ld; k++) if ((after = numbersIn(entries[k], hd)).length) { ka = k; break; }
      if (!before.length || !after.length) return;
      const [a, b] = [Math.max(...before), Math.min(...after)];
      if (guard?.span) {
        // The lower run in article numbers (entry positions when a lower measure has none).
        const [pb, pa] = [numberOf(entries[kb].lower), numberOf(entries[ka].lower)];
        if ((pb !== undefined && pa !== undefined ? pa - pb : ka - kb) > b - a) return;
      }
      if ((strict ? a < n && n < b : a <= n && n <= b) && b - a <= gap) out.push([i, j]);
    });
  });
  return out;
}

/** A link as the step reads it: its lower and higher measures, verdict and score. */
export interface BracketLink {
  lower: string;
  higher: string;
  verdict: string;
  score: number;
}

const confidentIn = (l: { verdict: string; score: number }, g: BracketGuard) => l.verdict === 'implements' || l.score >= g.score;

/** One lower measure's entry after its selection (`chosen`, the conduct rules' additions included), and the indexes into
 *  `scored` of its candidates: in each higher document it does not link into, its best scored candidate (the first met of
 *  equal scores), when that reaches `rule.min` and is under the partial threshold (`under`). `scored` is the aligned list
 *  at ingest, the snapshot's kept candidates in the replays (the same order). */
export function bracketEntry(lower: string, scored: readonly { higher: string; score: number }[], chosen: readonly Omit<BracketLink, 'lower'>[], rule: OrderBracketRule, under: (score: number) => boolean): { entry: BracketEntry; ks: number[] } {
  const linked = new Set(chosen.map((c) => docOf(c.higher)));
  const best = new Map<string, number>();
  scored.forEach((a, k) => {
    const d = docOf(a.higher);
    if (linked.has(d)) return;
    const b = best.get(d);
    if (b === undefined || a.score > scored[b].score) best.set(d, k);
  });
  const ks = [...best.values()].filter((k) => scored[k].score >= rule.min && under(scored[k].score));
  const g = rule.guard;
  const entry: BracketEntry = { lower, links: chosen.map((c) => c.higher), candidates: ks.map((k) => scored[k].higher), ...(g ? { confident: chosen.filter((c) => confidentIn(c, g)).map((c) => c.higher) } : {}) };
  return { entry, ks };
}

/** The step, after the neighbour rule: `later` (the links made after the selection, before this step: the neighbour rule's;
 *  a selection's own links among them are skipped) count as their lower measure's links, confident as the selection's are;
 *  then the (entry, candidate) pairs kept (orderBrackets). `entries` are in the link stage's order and are completed in place. */
export function bracketStep(entries: BracketEntry[], later: Iterable<BracketLink>, rule: OrderBracketRule): [number, number][] {
  const byLower = new Map(entries.map((e, i) => [e.lower, i]));
  const g = rule.guard;
  for (const l of later) {
    const i = byLower.get(l.lower);
    const e = i === undefined ? undefined : entries[i];
    if (!e || e.links.includes(l.higher)) continue;
    e.links.push(l.higher);
    if (g && confidentIn(l, g)) (e.confident ??= []).push(l.higher);
  }
  return orderBrackets(entries, rule.gap, rule.strict, g);
}
