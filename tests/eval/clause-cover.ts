// Session 25 (issue 13): clause evidence for second links, and candidates beyond the aligned ten.
// A: each lower article split into its clauses (。；; and line ends), each clause scored against every aligned candidate
// of an annotated higher document by the IDF-weighted share of its character bigrams found in the candidate (IDF over
// the higher document's articles). A candidate the linker left out qualifies when it explains some clause better than
// the links already chosen (`gain`: its share minus the chosen links' best share for that clause), strictly when it is
// that clause's best candidate. Counted: gold and non-gold links each rule would add (tests/eval/README.md).
// B (`--aligned`): the dev sets ingested with 20 aligned candidates instead of 10 (options.maxAligned), the linker's
// figures with both, and the rank and score of each gold link the ten did not reach.
// `npx tsx tests/eval/clause-cover.ts [--sets real,unseen,…] [--aligned]`. Dev sets only.
import { articleKey, DEV_REGULATION_SETS, docOf, hanBigrams, loadDev, tally } from './dev-cache.js';
import { coverageAccuracy, scoreLinks, select, withLinks } from './links.js';
import { defaults, index, type DevSet } from './second-links.js';
import type { SetId } from './sets.js';

/** The clauses of a lower article as bigram lists (at least four bigrams each). */
export function clauses(text: string): string[][] {
  return text.split(/[。；;\n]/).map((c) => [...hanBigrams(c)]).filter((b) => b.length >= 4);
}

/** Each clause's IDF-weighted share of its bigrams found in each candidate (rows: clauses, columns: candidates). */
export function clauseShares(cls: string[][], candidates: Set<string>[], idf: (b: string) => number): number[][] {
  return cls.map((cl) => {
    const total = cl.reduce((t, b) => t + idf(b), 0);
    return candidates.map((h) => (total ? cl.reduce((a, b) => a + (h.has(b) ? idf(b) : 0), 0) / total : 0));
  });
}

/** For candidate j given the chosen columns: the largest gain over the chosen links' cover of a clause (with that
 *  clause's share), over every clause and over the clauses j is the best of (strict). -1: none. */
export function clauseGain(m: number[][], j: number, chosen: number[]): { gain: number; share: number; strictGain: number; strictShare: number } {
  const out = { gain: -1, share: 0, strictGain: -1, strictShare: 0 };
  for (const row of m) {
    const cover = Math.max(0, ...chosen.map((c) => row[c]));
    const g = row[j] - cover;
    if (g > out.gain) [out.gain, out.share] = [g, row[j]];
    if (row[j] > Math.max(0, ...row.filter((_, k) => k !== j)) && g > out.strictGain) [out.strictGain, out.strictShare] = [g, row[j]];
  }
  return out;
}

export interface ClauseRow { set: string; lower: string; higher: string; gold: string | null; lowerLinked: boolean; score: number; gain: number; share: number; strictGain: number; strictShare: number }

export function clauseRows(set: DevSet): ClauseRow[] {
  const ix = index(set.snapshot);
  const keyOf = new Map([...ix.byKey].map(([k, id]) => [id, k]));
  const gold = new Map(set.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
  const annotated = new Set(set.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const linked = new Map<string, Set<string>>();
  for (const l of select(set.cands, defaults)) (linked.get(l.lower) ?? linked.set(l.lower, new Set()).get(l.lower)!).add(l.higher);
  const unitsOf = new Map<string, string[]>();
  for (const id of ix.text.keys()) (unitsOf.get(docOf(id)) ?? unitsOf.set(docOf(id), []).get(docOf(id))!).push(id);
  const bigramsOf = new Map<string, Set<string>>();
  const bg = (id: string) => bigramsOf.get(id) ?? bigramsOf.set(id, hanBigrams(ix.text.get(id) ?? '')).get(id)!;
  const idfOf = new Map<string, (b: string) => number>();
  const idf = (d: string) => {
    let f = idfOf.get(d);
    if (f) return f;
    const us = unitsOf.get(d) ?? [];
    const df = new Map<string, number>();
    for (const u of us) for (const b of bg(u)) df.set(b, (df.get(b) ?? 0) + 1);
    idfOf.set(d, (f = (b: string) => Math.log((2 * us.length + 2) / (2 * (df.get(b) ?? 0) + 1))));
    return f;
  };
  const out: ClauseRow[] = [];
  for (const r of set.cands.records) {
    const lk = keyOf.get(r.lower);
    if (!lk) continue;
    const cls = clauses(ix.text.get(r.lower) ?? '');
    const mine = linked.get(r.lower) ?? new Set();
    for (const d of new Set(r.candidates.map((c) => docOf(c.higher)))) {
      const cands = r.candidates.filter((c) => docOf(c.higher) === d);
      const hk0 = keyOf.get(cands[0].higher);
      if (!hk0 || !annotated.has(`${lk.split('#')[0]}>${hk0.split('#')[0]}`)) continue;
      const m = clauseShares(cls, cands.map((c) => bg(c.higher)), idf(d));
      const chosen = cands.flatMap((c, j) => (mine.has(c.higher) ? [j] : []));
      cands.forEach((c, j) => {
        if (mine.has(c.higher)) return;
        const hk = keyOf.get(c.higher) ?? c.higher;
        out.push({ set: set.id, lower: lk, higher: hk, gold: gold.get(`${lk}>${articleKey(hk)}`) ?? null, lowerLinked: chosen.length > 0, score: c.score, ...clauseGain(m, j, chosen) });
      });
    }
  }
  return out;
}

/** Gold links among the aligned candidates or the cited articles: what a perfect selection could find. */
export function reachable(set: DevSet): { gold: number; reached: number } {
  const ix = index(set.snapshot);
  const keyOf = new Map([...ix.byKey].map(([k, v]) => [v, k]));
  const have = new Set<string>();
  const add = (l: string, h: string) => {
    const [a, b] = [keyOf.get(l), keyOf.get(h)];
    if (a && b) have.add(`${articleKey(a)}>${articleKey(b)}`);
  };
  for (const r of set.cands.records) for (const c of r.candidates) add(r.lower, c.higher);
  for (const c of set.cands.cited) add(c.lower, c.higher);
  const gold = set.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`);
  return { gold: gold.length, reached: gold.filter((g) => have.has(g)).length };
}

async function aligned(ids: SetId[]): Promise<void> {
  for (const id of ids) {
    const [ten, twenty] = [await loadDev(id), await loadDev(id, { maxAligned: 20 }, 'aligned20')];
    for (const [name, s] of [['10', ten], ['20', twenty]] as const) {
      const snap = withLinks(s.snapshot, select(s.cands, defaults));
      const sc = scoreLinks(s.gold, snap);
      const { gold, reached } = reachable(s);
      console.log(`${id} maxAligned ${name}: F1 ${sc.f1.toFixed(4)} TP ${sc.tp} FP ${sc.fp} strongR ${sc.strongRecall.toFixed(3)} verdicts ${coverageAccuracy(s.gold, snap).right}; gold among the candidates or cited ${reached}/${gold} (${(reached / gold).toFixed(3)})`);
    }
    const ix = index(twenty.snapshot);
    const keyOf = new Map([...ix.byKey].map(([k, v]) => [v, k]));
    const gold = new Map(twenty.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
    for (const r of twenty.cands.records) {
      const lk = keyOf.get(r.lower);
      if (!lk) continue;
      for (const d of new Set(r.candidates.map((c) => c.doc))) {
        const inDoc = r.candidates.filter((c) => c.doc === d);
        const overall = [...r.candidates].sort((a, b) => b.score - a.score);
        inDoc.forEach((c) => {
          const hk = keyOf.get(c.higher);
          const k = overall.indexOf(c);
          const g = hk && gold.get(`${lk}>${articleKey(hk)}`);
          if (g && k >= 10) console.log(`  ${id} ${g} ${lk.split('#')[1]} -> ${hk!.split('#')[1]}: rank ${k} of the lower's candidates, score ${c.score.toFixed(3)}`);
        });
      }
    }
  }
}

async function main(): Promise<void> {
  const arg = process.argv.indexOf('--sets');
  const ids = (arg > 0 ? process.argv[arg + 1].split(',') : DEV_REGULATION_SETS) as SetId[];
  if (process.argv.includes('--aligned')) return aligned(ids);
  const rows: ClauseRow[] = [];
  for (const id of ids) rows.push(...clauseRows(await loadDev(id)));
  console.log(tally('every candidate left out (a linked lower article)', rows, (x) => x.lowerLinked));
  console.log(tally('every candidate left out (an unlinked lower article)', rows, (x) => !x.lowerLinked));
  console.log('\na clause\'s best candidate, explaining it better than the chosen links by gain:');
  for (const s of [0.4, 0.6]) for (const g of [0.1, 0.3]) console.log(tally(`  linked lower, share >= ${s}, gain >= ${g}`, rows, (x) => x.lowerLinked && x.strictShare >= s && x.strictGain >= g));
  console.log('any clause explained better than by the chosen links:');
  for (const s of [0.2, 0.3, 0.4, 0.6]) for (const g of [0.1, 0.2]) for (const sc of [0.06, 0.1]) console.log(tally(`  linked lower, share >= ${s}, gain >= ${g}, score >= ${sc}`, rows, (x) => x.lowerLinked && x.share >= s && x.gain >= g && x.score >= sc));
  console.log('an unlinked lower article, a clause\'s best:');
  for (const s of [0.2, 0.3, 0.4]) for (const sc of [0.06, 0.1]) console.log(tally(`  share >= ${s}, score >= ${sc}`, rows, (x) => !x.lowerLinked && x.strictShare >= s && x.score >= sc));
}

if (process.argv[1]?.endsWith('clause-cover.ts')) void main();
