// Session 58 (helper recall2, issue 13): the second law article of a lower article that already links the law, tabulated.
// For every dev regulation link set: each lower article A with a link into law L (its best there: F), and beside it each
// other candidate X of A in L — a gold miss under the weak threshold, a non-gold candidate under it, a false second link we
// make, a right second link — with: its score and rank in L; whether A has several paragraphs or list items and whether X is
// the best candidate (by the share of the unit's bigrams found in the law article) of a unit whose best is not F; whether X
// is next to F (article number ±1); the share of A's bigrams F leaves unexplained (the remainder) and the share of that
// remainder X carries. `npx tsx tests/eval/session58-second.ts [--tag t] [--sets a,b] [--rows]`. Held-out sets are refused
// (dev-cache.ts).
import { articleKey, DEV_REGULATION_SETS, docOf, hanBigrams, loadDev } from './dev-cache.js';
import { measureKeys } from './links.js';
import { bigramCosine } from '../../ingest/link/siblings.js';
import { articleNumber, secondUnits, unitReadings } from '../../ingest/link/remainder-second.js';
import type { SetId } from './sets.js';

export type RowClass = 'gold-miss' | 'other-under' | 'false-second' | 'right-second';
export interface SecondRow {
  set: string;
  cls: RowClass;
  lower: string;
  higher: string;
  first: string;
  score: number;
  firstScore: number;
  rank: number;
  units: number;
  unitBest: boolean;
  adjacent: boolean;
  remainder: number;
  carry: number;
  /** The share of X's own bigrams found in the remainder. */
  remX: number;
  /** X holds more of the remainder (bigrams) than any other candidate of A in L but F. */
  remBest: boolean;
  /** The closest sibling article (in another document linking into L) that links X: its similarity to A (0: none). */
  sibling: number;
  /** Of the units whose best is X: the largest share of the unit's bigrams X holds, F's share of that unit, its size. */
  unitShare: number;
  unitF: number;
  unitSize: number;
}

const WEAK = 0.13;
const share = (a: Set<string>, b: Set<string>) => (a.size ? [...a].filter((x) => b.has(x)).length / a.size : 0);

export async function secondRows(id: SetId, tag: string): Promise<SecondRow[]> {
  const d = await loadDev(id, {}, tag);
  const s = d.snapshot;
  const keyOf = new Map<string, string>();
  for (const [mid, ks] of measureKeys(s)) if (ks[0]) keyOf.set(mid, articleKey(ks[0]));
  const text = new Map<string, string>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') text.set(n.key, n.attributes.text);
  const links = new Map<string, { higher: string; score: number }[]>();
  for (const e of s.edges) if (e.attributes.type === 'IMPLEMENTS') links.set(e.source, [...(links.get(e.source) ?? []), { higher: e.target, score: e.attributes.score }]);
  const gold = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const isGold = (lo: string, hi: string) => gold.has(`${keyOf.get(lo)}>${keyOf.get(hi)}`);
  const rows: SecondRow[] = [];
  // Siblings (session 57 siblings.ts): per law, the documents with links into it; each document's articles' bigrams.
  const measuresOf = new Map<string, string[]>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') (measuresOf.get(docOf(n.key)) ?? measuresOf.set(docOf(n.key), []).get(docOf(n.key))!).push(n.key);
  const bigramsOf = new Map<string, Set<string>>();
  const bg = (m: string) => bigramsOf.get(m) ?? bigramsOf.set(m, hanBigrams(text.get(m) ?? '')).get(m)!;
  const docsInto = new Map<string, Set<string>>();
  for (const [lo, ls] of links) for (const l of ls) (docsInto.get(docOf(l.higher)) ?? docsInto.set(docOf(l.higher), new Set()).get(docOf(l.higher))!).add(docOf(lo));
  const linkSet = new Set([...links].flatMap(([lo, ls]) => ls.map((l) => `${lo}>${l.higher}`)));
  const siblingOf = (lower: string, law: string, x: string) => {
    let best = 0;
    for (const sd of docsInto.get(law) ?? []) {
      if (sd === docOf(lower) || sd === law) continue;
      let top = -1;
      let tops: string[] = [];
      for (const m of measuresOf.get(sd) ?? []) {
        const v = bigramCosine(bg(lower), bg(m));
        if (v > top) [top, tops] = [v, [m]];
        else if (v === top) tops.push(m);
      }
      if (tops.some((m) => linkSet.has(`${m}>${x}`))) best = Math.max(best, top);
    }
    return best;
  };
  for (const r of d.cands.records) {
    const mine = links.get(r.lower) ?? [];
    const byLaw = new Map<string, typeof r.candidates>();
    for (const c of r.candidates) (byLaw.get(docOf(c.higher)) ?? byLaw.set(docOf(c.higher), []).get(docOf(c.higher))!).push(c);
    for (const [law, cs] of byLaw) {
      const inLaw = mine.filter((l) => docOf(l.higher) === law).sort((a, b) => b.score - a.score);
      if (!inLaw.length) continue;
      const F = inLaw[0];
      cs.sort((a, b) => b.score - a.score);
      const lowerText = text.get(r.lower) ?? '';
      const A = hanBigrams(lowerText);
      const FB = hanBigrams(text.get(F.higher) ?? '');
      const rem = new Set([...A].filter((x) => !FB.has(x)));
      const units = secondUnits(lowerText);
      const lawBigrams = new Map(cs.map((c) => [c.higher, hanBigrams(text.get(c.higher) ?? '')]));
      // The law's articles (not its chapters) as the rule reads them (remainder-second.ts unitReadings).
      const lawArticles = (measuresOf.get(law) ?? []).filter((m) => /条(?:之[一二三四五六七八九十]+)?$/.test(m)).map((m) => ({ id: m, text: text.get(m) ?? '' }));
      const unitRead = unitReadings(lowerText, F.higher, lawArticles).map((u) => ({ best: u.best ?? '', bs: u.share, f: u.first, size: u.size }));
      const unitBests = unitRead.map((u) => u.best);
      const remHits = new Map(cs.map((c) => [c.higher, [...lawBigrams.get(c.higher)!].filter((x) => rem.has(x)).length]));
      const remTop = Math.max(0, ...cs.filter((c) => c.higher !== F.higher).map((c) => remHits.get(c.higher)!));
      const seen = new Set<string>();
      for (const c of cs) {
        if (c.higher === F.higher || seen.has(c.higher)) continue;
        seen.add(c.higher);
        const linked = inLaw.some((l) => l.higher === c.higher);
        const g = isGold(r.lower, c.higher);
        let cls: RowClass;
        if (linked) cls = g ? 'right-second' : 'false-second';
        else if (c.score < WEAK) cls = g ? 'gold-miss' : 'other-under';
        else continue;
        const X = lawBigrams.get(c.higher)!;
        const fn = articleNumber(F.higher);
        const xn = articleNumber(c.higher);
        rows.push({
          set: id,
          cls,
          lower: keyOf.get(r.lower) ?? r.lower,
          higher: keyOf.get(c.higher) ?? c.higher,
          first: keyOf.get(F.higher) ?? F.higher,
          score: c.score,
          firstScore: F.score,
          rank: cs.findIndex((x) => x.higher === c.higher) + 1,
          units: units.length,
          unitBest: unitBests.includes(c.higher),
          adjacent: fn !== undefined && xn !== undefined && Math.abs(fn - xn) === 1,
          remainder: A.size ? rem.size / A.size : 0,
          carry: share(rem, X),
          remX: X.size ? remHits.get(c.higher)! / X.size : 0,
          sibling: cls === 'other-under' && c.score < 0.08 ? 0 : siblingOf(r.lower, law, c.higher),
          ...(() => {
            const us = unitRead.filter((u) => u.best === c.higher).sort((a, b) => b.bs - a.bs);
            return { unitShare: us[0]?.bs ?? 0, unitF: us[0]?.f ?? 0, unitSize: us[0]?.size ?? 0 };
          })(),
          remBest: remTop > 0 && remHits.get(c.higher) === remTop,
        });
      }
    }
  }
  return rows;
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const tag = arg('--tag') ?? 'h58r2-base';
  const sets = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
  const all: SecondRow[] = [];
  for (const id of sets) all.push(...(await secondRows(id, tag)));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(all));
    return;
  }
  if (process.argv.includes('--rows'))
    for (const r of all) console.log([r.set, r.cls, r.lower, r.higher, r.first, r.score.toFixed(3), r.firstScore.toFixed(3), r.rank, r.units, r.unitBest ? 'U' : '-', r.adjacent ? 'adj' : '-', r.remainder.toFixed(2), r.carry.toFixed(2)].join('\t'));
  const classes: RowClass[] = ['gold-miss', 'other-under', 'false-second', 'right-second'];
  for (const c of classes) {
    const rs = all.filter((r) => r.cls === c);
    const med = (f: (r: SecondRow) => number) => {
      const v = rs.map(f).sort((a, b) => a - b);
      return v.length ? v[Math.floor(v.length / 2)].toFixed(3) : '-';
    };
    console.log(`| ${c} | ${rs.length} | ${med((r) => r.score)} | ${rs.filter((r) => r.rank === 2).length} | ${rs.filter((r) => r.units > 1).length} | ${rs.filter((r) => r.unitBest).length} | ${rs.filter((r) => r.adjacent).length} | ${med((r) => r.remainder)} | ${med((r) => r.carry)} |`);
  }
}

if (process.argv[1]?.endsWith('session58-second.ts')) void main();
