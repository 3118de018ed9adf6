// Session 55 (helper perf, issue 11): on the law mirror the link thread spent about a third of its time in clauseShare and in
// the weight function pairBigramWeights hands out (a Map look-up and a logarithm for every bigram of every clause pair). Each
// document pair's weights are now computed once, when the pair is counted; clauseMatches reads a lower clause's bigrams and
// weights once and a higher clause's own weight once per weight function; itemBests and bestParagraphPair read each side once.
// Every sum adds the same numbers in the same order, so the snapshots are byte-identical (docs/history/performance.md,
// session 55: corpus/, tests/real/corpus, 300 files of the law mirror and gen-corpus 1,000). These tests keep what that rests
// on: the new code gives what the code before it gave (kept verbatim below) on the articles of tests/real/corpus, to the bit.
import { describe, expect, it } from 'vitest';
import { bestCarrier, clauseMatches, clausesOf, type Clause, type ClauseMatch, type ClausePairRule } from '../../ingest/link/clause-pair.js';
import { itemBests, lowerItems, pairBigramWeights } from '../../ingest/link/item-best.js';
import { bestParagraphPair, paragraphBigrams, paragraphPairScorer } from '../../ingest/link/paragraph-pair.js';
import { hanBigrams } from '../../ingest/link/side-paragraph.js';
import { ARTICLE_LABEL } from '../../ingest/link/article-label.js';
import { CLAUSE_PAIR_MEASURED, INSTRUMENT_PAIRS_MEASURED } from '../../ingest/link/options.js';
import type { LinkUnit } from '../../ingest/link/implements.js';
import { realCorpusUnits } from './link/units.js';


/** pairBigramWeights before session 55: the weight computed at each call. */
function weightsBefore(units: LinkUnit[]): (a: number, b: number) => (x: string) => number {
  const byDoc = new Map<number, number[]>();
  units.forEach((u, i) => (byDoc.get(u.docIndex) ?? byDoc.set(u.docIndex, []).get(u.docIndex)!).push(i));
  return (a, b) => {
    const df = new Map<string, number>();
    let n = 0;
    for (const d of a === b ? [a] : [a, b]) {
      for (const i of byDoc.get(d) ?? []) {
        n++;
        for (const x of hanBigrams(units[i].text.replace(ARTICLE_LABEL, ''))) df.set(x, (df.get(x) ?? 0) + 1);
      }
    }
    return (x: string) => Math.log((n + 1) / (df.get(x) ?? 1));
  };
}

/** clauseShare before session 55 (both clauses' weights looked up on every call). */
function clauseShareBefore(a: Set<string>, b: Set<string>, w: (x: string) => number, rareIdf: number): { share: number; rare: number; mass: number } {
  let [wa, wb, both, rare] = [0, 0, 0, 0];
  for (const x of a) {
    const v = w(x);
    wa += v;
    if (b.has(x)) {
      both += v;
      if (v >= rareIdf) rare++;
    }
  }
  for (const x of b) wb += w(x);
  const small = Math.min(wa, wb);
  return { share: small > 0 ? both / small : 0, rare, mass: both };
}

/** clauseMatches before session 55 (clauseShare of every pair). */
function clauseMatchesBefore(lower: Clause[], candidates: Clause[][], w: (x: string) => number, rule: ClausePairRule): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  lower.forEach((c, clause) => {
    let [best, first, second, firstRare, firstH, firstMass] = [-1, 0, 0, 0, -1, 0];
    candidates.forEach((hs, k) => {
      let [top, topRare, topH, topMass] = [0, 0, -1, 0];
      hs.forEach((h, j) => {
        const s = clauseShareBefore(c.bigrams, h.bigrams, w, rule.rareIdf);
        if (s.share > top) [top, topRare, topH, topMass] = [s.share, s.rare, j, s.mass];
      });
      if (top > first) [best, first, second, firstRare, firstH, firstMass] = [k, top, first, topRare, topH, topMass];
      else if (top > second) second = top;
    });
    if (best >= 0 && first >= rule.min && firstRare >= rule.rare && firstMass >= (rule.mass ?? 0) && first - second >= rule.margin) out.push({ clause, k: best, h: firstH, share: first, rare: firstRare, mass: firstMass });
  });
  return out;
}

/** bestParagraphPair before session 55. */
function bestParagraphPairBefore(lower: Set<string>[], higher: Set<string>[], w: (x: string) => number, norm: 'shorter' | 'cosine' = 'shorter'): number {
  let best = 0;
  for (const a of lower) {
    let wa = 0;
    for (const x of a) wa += w(x);
    for (const b of higher) {
      let [wb, both] = [0, 0];
      for (const x of b) {
        wb += w(x);
        if (a.has(x)) both += w(x);
      }
      best = Math.max(best, norm === 'cosine' ? both / Math.sqrt(wa * wb || 1) : both / (Math.min(wa, wb) || 1));
    }
  }
  return Math.min(1, best);
}

const { units, docs } = realCorpusUnits();
const docOf = (name: string) => docs.findIndex((f) => f.startsWith(name));
const articlesOf = (d: number) => units.map((u, i) => [u, i] as const).filter(([u]) => u.docIndex === d).map(([, i]) => i);
// The national law or regulation and each local text that implements it (the families of tests/real/corpus).
const PAIRS: [string, string][] = [
  ['志愿服务条例', '山东省志愿服务条例'],
  ['志愿服务条例', '重庆市志愿服务条例'],
  ['国防教育法(2018', '浙江省国防教育条例'],
  ['国防教育法(2024', '北京市实施《国防教育法》办法'],
  ['农业技术推广法(2012', '河南省实施《农业技术推广法》办法'],
];

describe('the link stage’s bigram weights read once give the same numbers (session 55)', () => {
  it('finds the families of tests/real/corpus', () => {
    expect(units.length).toBeGreaterThan(600);
    for (const [hi, lo] of PAIRS) {
      expect(docOf(hi)).toBeGreaterThanOrEqual(0);
      expect(docOf(lo)).toBeGreaterThanOrEqual(0);
    }
  });

  it('weighs every bigram of a document pair, and one neither holds, as the weight computed at each call did', () => {
    const now = pairBigramWeights(units);
    const before = weightsBefore(units);
    for (const [hi, lo] of PAIRS) {
      const [a, b] = [docOf(lo), docOf(hi)];
      const [w, v] = [now(a, b), before(a, b)];
      expect(now(b, a)).toBe(w);
      let seen = 0;
      for (const i of [...articlesOf(a), ...articlesOf(b)]) {
        for (const x of hanBigrams(units[i].text)) {
          expect(Object.is(w(x), v(x))).toBe(true);
          seen++;
        }
      }
      expect(seen).toBeGreaterThan(1000);
      expect(w('鿿鿿')).toBe(v('鿿鿿'));
    }
  });

  it('matches each lower article’s clauses with the higher articles as clauseShare of every pair did, to the bit', () => {
    const weights = pairBigramWeights(units);
    const rules: ClausePairRule[] = [{ ...CLAUSE_PAIR_MEASURED, margin: INSTRUMENT_PAIRS_MEASURED.margin, rare: INSTRUMENT_PAIRS_MEASURED.rare }, { min: 0, margin: 0, rare: 0, rareIdf: 1.5, mass: 2 }];
    let matches = 0;
    for (const [hi, lo] of PAIRS.slice(0, 3)) {
      const [a, b] = [docOf(lo), docOf(hi)];
      const w = weights(a, b);
      const candidates = articlesOf(b).map((i) => clausesOf(units[i].text, 5, true));
      for (const li of articlesOf(a)) {
        const lower = clausesOf(units[li].text, 5, true);
        for (const rule of rules) {
          const got = clauseMatches(lower, candidates, w, rule);
          expect(got).toEqual(clauseMatchesBefore(lower, candidates, w, rule));
          matches += got.length;
        }
      }
    }
    expect(matches).toBeGreaterThan(100);
  });

  it('finds the best carrier of a higher clause among the lower document’s clauses as clauseShare’s mass did', () => {
    const weights = pairBigramWeights(units);
    let [asked, kept] = [0, 0];
    for (const [hi, lo] of PAIRS.slice(0, 3)) {
      const [a, b] = [docOf(lo), docOf(hi)];
      const w = weights(a, b);
      const candidates = articlesOf(b).map((i) => clausesOf(units[i].text, 5, true));
      const lowers = articlesOf(a).map((i) => clausesOf(units[i].text, 5, true));
      const all = lowers.flat();
      for (const lower of lowers) {
        for (const m of clauseMatches(lower, candidates, w, { ...CLAUSE_PAIR_MEASURED, min: 0.3, margin: 0, rare: 0 })) {
          const [c, h] = [lower[m.clause], candidates[m.k][m.h]];
          const own = clauseShareBefore(c.bigrams, h.bigrams, w, Infinity).mass;
          const before = !all.some((o) => o !== c && clauseShareBefore(o.bigrams, h.bigrams, w, Infinity).mass > own);
          expect(bestCarrier(c, h, all, w)).toBe(before);
          asked++;
          if (before) kept++;
        }
      }
    }
    // Both answers met on these families.
    expect(asked).toBeGreaterThan(100);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(asked);
  });

  it('sums a higher clause’s own weight once per weight function, however many lower articles it is compared with', () => {
    const [a, b] = [docOf('山东省志愿服务条例'), docOf('志愿服务条例')];
    const base = pairBigramWeights(units)(a, b);
    let calls = 0;
    const w = (x: string) => {
      calls++;
      return base(x);
    };
    const candidates = articlesOf(b).map((i) => clausesOf(units[i].text, 5, true));
    const higherBigrams = candidates.flat().reduce((s, c) => s + c.bigrams.size, 0);
    let lowerBigrams = 0;
    for (const li of articlesOf(a)) {
      const lower = clausesOf(units[li].text, 5, true);
      lowerBigrams += lower.reduce((s, c) => s + c.bigrams.size, 0);
      clauseMatches(lower, candidates, w, CLAUSE_PAIR_MEASURED);
    }
    // Before session 55: every pair weighed both clauses again (hundreds of times this).
    expect(calls).toBe(lowerBigrams + higherBigrams);
  });

  it('gives each list item its best candidate and the paragraph pairs their score as before, to the bit', () => {
    const weights = pairBigramWeights(units);
    let items = 0;
    for (const [hi, lo] of PAIRS) {
      const [a, b] = [docOf(lo), docOf(hi)];
      const w = weights(a, b);
      const candidates = articlesOf(b).map((i) => hanBigrams(units[i].text.replace(ARTICLE_LABEL, '')));
      for (const li of articlesOf(a)) {
        const spans = lowerItems(units[li].text, 4, true);
        const before = spans.flatMap((it, item) => {
          let total = 0;
          for (const x of it.bigrams) total += w(x);
          if (total <= 0) return [];
          let [best, first, second] = [-1, 0, 0];
          candidates.forEach((c, k) => {
            let both = 0;
            for (const x of it.bigrams) if (c.has(x)) both += w(x);
            const share = both / total;
            if (share > first) [best, first, second] = [k, share, first];
            else if (share > second) second = share;
          });
          return best >= 0 && first >= 0.3 && first - second >= 0.05 ? [{ item, k: best, share: first }] : [];
        });
        expect(itemBests(spans, candidates, w, 0.3, 0.05)).toEqual(before);
        items += before.length;
        for (const hiUnit of articlesOf(b).slice(0, 12)) {
          const [p, q] = [paragraphBigrams(units[li].text), paragraphBigrams(units[hiUnit].text)];
          for (const norm of ['shorter', 'cosine'] as const) expect(Object.is(bestParagraphPair(p, q, w, norm), bestParagraphPairBefore(p, q, w, norm))).toBe(true);
        }
      }
    }
    expect(items).toBeGreaterThan(20);
  });

  it('scores paragraph pairs with the per-pair IDF as the weight computed at each call did', () => {
    const score = paragraphPairScorer(units);
    const [a, b] = [docOf('浙江省国防教育条例'), docOf('国防教育法(2018')];
    const paras = (d: number) => articlesOf(d).flatMap((i) => paragraphBigrams(units[i].text));
    const df = new Map<string, number>();
    let n = 0;
    for (const p of [...paras(a), ...paras(b)]) {
      n++;
      for (const x of p) df.set(x, (df.get(x) ?? 0) + 1);
    }
    const idf = (x: string) => Math.log(n / (df.get(x) ?? 1));
    let positive = 0;
    for (const li of articlesOf(a)) {
      for (const hi of articlesOf(b)) {
        const s = score(li, hi);
        expect(Object.is(s, bestParagraphPairBefore(paragraphBigrams(units[li].text), paragraphBigrams(units[hi].text), idf))).toBe(true);
        if (s > 0) positive++;
      }
    }
    expect(positive).toBeGreaterThan(100);
  });
});
