// Session 56 (helper perf, issue 11): on the law mirror the link thread spent ≈ 12 % of its time in clauseShare's
// `Set<string>.has` per lower bigram and ≈ 6 % in the candidate ranking's `Map.get` per lower term. Both now find the shared
// members by integer id (ingest/link/bigram-ids.ts: a table marked with the lower side, each higher side's ids read against it)
// and sum them in the lower side's order, as before, so the same doubles and byte-identical snapshots
// (docs/history/performance.md, session 56). These tests keep what that rests on, on the articles of tests/real/corpus.
import { describe, expect, it } from 'vitest';
import { BigramMarker, Ids } from '../../ingest/link/bigram-ids.js';
import { clauseMatches, clausesOf } from '../../ingest/link/clause-pair.js';
import { pairBigramWeights } from '../../ingest/link/item-best.js';
import { hanBigrams } from '../../ingest/link/side-paragraph.js';
import { CLAUSE_PAIR_MEASURED, INSTRUMENT_PAIRS_MEASURED } from '../../ingest/link/options.js';
import { realCorpusUnits } from './link/units.js';

const { units, docs } = realCorpusUnits();
const docOf = (name: string) => docs.findIndex((f) => f.startsWith(name));
const articlesOf = (d: number) => units.map((u, i) => [u, i] as const).filter(([u]) => u.docIndex === d).map(([, i]) => i);
const PAIRS: [string, string][] = [
  ['志愿服务条例', '山东省志愿服务条例'],
  ['国防教育法(2018', '浙江省国防教育条例'],
  ['农业技术推广法(2012', '河南省实施《农业技术推广法》办法'],
];

describe('shared members found by integer id give what Set.has and Map.get gave (session 56)', () => {
  it('finds, for every pair of a regulation’s and its national law’s articles, the bigrams both hold, and sums their weights to the bit', () => {
    const weights = pairBigramWeights(units);
    const ids = new Ids();
    const marker = new BigramMarker(ids);
    let [pairs, shared] = [0, 0];
    for (const [hi, lo] of PAIRS) {
      const [a, b] = [docOf(lo), docOf(hi)];
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeGreaterThanOrEqual(0);
      const w = weights(a, b);
      const highs = articlesOf(b).map((i) => hanBigrams(units[i].text));
      const highIds = highs.map((s) => ids.ofSet(s));
      for (const li of articlesOf(a)) {
        const xs = [...hanBigrams(units[li].text)];
        const aIds = ids.of(xs);
        marker.mark(aIds);
        highs.forEach((h, k) => {
          // Before: a Set.has per lower bigram, the weights summed in the lower set's order.
          let before = 0;
          for (const x of xs) if (h.has(x)) before += w(x);
          let now = 0;
          const n = marker.hitValues(highIds[k], Float64Array.from([...h].map((x) => w(x))));
          for (let i = 0; i < xs.length; i++) if (marker.hit[i] === marker.stamp) now += marker.value[i];
          expect(n).toBe(xs.filter((x) => h.has(x)).length);
          expect(Object.is(now, before)).toBe(true);
          pairs++;
          shared += n;
        });
        marker.unmark(aIds);
      }
    }
    expect(pairs).toBeGreaterThan(4000);
    expect(shared).toBeGreaterThan(10000);
  });

  it('gives each string one id, the same every time, and a set’s ids in the set’s order', () => {
    const ids = new Ids();
    const s = new Set(['志愿', '服务', '志愿']);
    const got = ids.ofSet(s);
    expect([...got]).toEqual([1, 2]);
    expect(ids.ofSet(s)).toBe(got);
    expect(ids.id('服务')).toBe(2);
    expect(ids.id('条例')).toBe(3);
    expect(ids.bound()).toBe(4);
  });

  it('matches a lower article’s clauses with the higher articles’ clauses without a Set.has per bigram pair', () => {
    const weights = pairBigramWeights(units);
    const [a, b] = [docOf('山东省志愿服务条例'), docOf('志愿服务条例')];
    const w = weights(a, b);
    const candidates = articlesOf(b).map((i) => clausesOf(units[i].text, 5, true));
    const lowers = articlesOf(a).map((i) => clausesOf(units[i].text, 5, true));
    const has = Set.prototype.has;
    let calls = 0;
    let matches = 0;
    Set.prototype.has = function (this: Set<unknown>, x: unknown) {
      calls++;
      return has.call(this, x);
    };
    try {
      for (const lower of lowers) matches += clauseMatches(lower, candidates, w, { ...CLAUSE_PAIR_MEASURED, margin: INSTRUMENT_PAIRS_MEASURED.margin, rare: INSTRUMENT_PAIRS_MEASURED.rare }).length;
    } finally {
      Set.prototype.has = has;
    }
    // Main before session 56 made one Set.has per lower bigram and higher clause: 768,888 here (checked on 6a33a343).
    expect(matches).toBeGreaterThan(10);
    expect(calls).toBe(0);
  });
});
