// Session 60 (helper seconds, issue 13): class D read by what part of the lower article the second law article covers.
// For every dev regulation link set: each lower article A with a link into law L (its best link there: the first, F), each
// other candidate X of A in L scored from `--from` (default 0.06) — a gold link not made (**gold miss**), a non-gold one
// not made (**other**), a second link made, gold or not (**right / false second**). A is split into clauses (its sentences
// and 分号 items: 。；：! ? and line ends; an item's marker dropped; clauses of fewer than `MIN_CLAUSE` bigrams not read),
// each clause aligned to its best article of L (the largest share of the clause's bigrams the article holds, plain or
// IDF-weighted over L's articles). Per row, over A's clauses the one that prefers X to F most (share in X − share in F):
//   margin    that difference (> 0: some clause prefers X to F)
//   best      that clause's strict best article of L is X
//   novel     that clause reads an act (ingest/link/acts.ts readActs, ACT_READING) and none of them is one of F's acts
//   matched   …and one of them is one of X's acts (sameAct)
//   lenShare  that clause's bigrams over A's bigrams
//   score     X's score (and F's)
// and over every clause: aligned (a clause has X as its strict best article of L, reads an act, none of them F's, one of
// them X's: the reading options.clauseSecond (ingest/link/clause-second.ts) admits by), its IDF form, its strict form (the
// act's head read and equal), fHolds (another clause's best is F), the aligned clause's index and length share; sanction
// (X or A names a formula of REMAINDER_SANCTIONS).
// `npx tsx tests/eval/session60-clauses.ts [--tag t] [--sets a,b] [--from 0.06] [--rows] [--json]`. Held-out sets are
// refused (dev-cache.ts).
import { articleKey, DEV_REGULATION_SETS, docOf, loadDev } from './dev-cache.js';
import { measureKeys } from './links.js';
import { readActs, sameAct, type Act } from '../../ingest/link/acts.js';
import { ACT_READING, REMAINDER_SANCTIONS } from '../../ingest/link/options.js';

const SANCTION = new RegExp(REMAINDER_SANCTIONS.join('|'));
import { ARTICLE_LABEL } from '../../ingest/link/article-label.js';
import { hanBigrams } from '../../ingest/link/side-paragraph.js';
import type { SetId } from './sets.js';

export type RowClass = 'gold-miss' | 'other' | 'false-second' | 'right-second';
export interface ClauseRow {
  set: string;
  cls: RowClass;
  lower: string;
  higher: string;
  first: string;
  firstGold: boolean;
  score: number;
  firstScore: number;
  clauses: number;
  margin: number;
  marginIdf: number;
  best: boolean;
  bestIdf: boolean;
  shareX: number;
  shareF: number;
  novel: boolean;
  matched: boolean;
  /** Some clause has X as its strict best article of L (plain share), reads an act, none of them F's, one of them X's. */
  aligned: boolean;
  /** The same with the IDF-weighted best. */
  alignedIdf: boolean;
  /** The aligned clause's share in X and in F, and its length share (the largest share in X among aligned clauses). */
  alignedX: number;
  alignedF: number;
  alignedLen: number;
  lenShare: number;
  /** X or the lower article names a sanction formula (REMAINDER_SANCTIONS: a penalty article). */
  sanction: boolean;
  clause: string;
  /** The aligned clause (the one of largest share in X). */
  alignedClause: string;
  /** Aligned with the candidate's act matched strictly (class and head equal, both read). */
  alignedStrict: boolean;
  /** Another clause of A has F as its strict best article of L (the article divides between F and X). */
  fHolds: boolean;
  /** The aligned clause's index among A's read clauses (0: the first). */
  alignedIdx: number;
}

export const MIN_CLAUSE = 4;
const ITEM = /^(?:[（(][一二三四五六七八九十]+[)）]|[0-9]+[.．、])/;

/** A lower article's clauses: its sentences and 分号 items (。；：!? and line ends), an item's marker dropped. */
export function clausesOf(text: string): string[] {
  return text
    .replace(ARTICLE_LABEL, '')
    .split(/[。；;：:！!？?\n]/)
    .map((c) => c.trim().replace(ITEM, '').trim())
    .filter((c) => hanBigrams(c).size >= MIN_CLAUSE);
}

const plain = (a: Set<string>, b: Set<string>) => (a.size ? [...a].filter((x) => b.has(x)).length / a.size : 0);
const weighted = (a: Set<string>, b: Set<string>, idf: (g: string) => number) => {
  let [n, d] = [0, 0];
  for (const g of a) {
    const w = idf(g);
    d += w;
    if (b.has(g)) n += w;
  }
  return d ? n / d : 0;
};

export async function clauseRows(id: SetId, tag: string, from: number): Promise<ClauseRow[]> {
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
  const measuresOf = new Map<string, string[]>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') (measuresOf.get(docOf(n.key)) ?? measuresOf.set(docOf(n.key), []).get(docOf(n.key))!).push(n.key);
  const bigramsOf = new Map<string, Set<string>>();
  const bg = (m: string) => bigramsOf.get(m) ?? bigramsOf.set(m, hanBigrams((text.get(m) ?? '').replace(ARTICLE_LABEL, ''))).get(m)!;
  const actsOf = new Map<string, Act[]>();
  const acts = (m: string) => actsOf.get(m) ?? actsOf.set(m, readActs(text.get(m) ?? '', ACT_READING)).get(m)!;
  // Per law: its articles and the IDF of a bigram over them.
  const lawCache = new Map<string, { arts: string[]; idf: (g: string) => number }>();
  const lawOf = (law: string) => {
    let v = lawCache.get(law);
    if (!v) {
      const arts = (measuresOf.get(law) ?? []).filter((m) => /条(?:之[一二三四五六七八九十]+)?$/.test(m));
      const df = new Map<string, number>();
      for (const a of arts) for (const g of bg(a)) df.set(g, (df.get(g) ?? 0) + 1);
      const n = arts.length;
      v = { arts, idf: (g) => Math.log((n + 1) / ((df.get(g) ?? 0) + 1)) + 1 };
      lawCache.set(law, v);
    }
    return v;
  };
  const rows: ClauseRow[] = [];
  for (const r of d.cands.records) {
    const mine = links.get(r.lower) ?? [];
    const byLaw = new Map<string, typeof r.candidates>();
    for (const c of r.candidates) (byLaw.get(docOf(c.higher)) ?? byLaw.set(docOf(c.higher), []).get(docOf(c.higher))!).push(c);
    const lowerText = text.get(r.lower) ?? '';
    const A = hanBigrams(lowerText.replace(ARTICLE_LABEL, ''));
    const cls0 = clausesOf(lowerText).map((t) => ({ t, b: hanBigrams(t), acts: readActs(t, ACT_READING) }));
    for (const [law, cs] of byLaw) {
      const inLaw = mine.filter((l) => docOf(l.higher) === law).sort((a, b) => b.score - a.score || a.higher.localeCompare(b.higher));
      if (!inLaw.length) continue;
      const F = inLaw[0];
      const { arts, idf } = lawOf(law);
      // Each clause's best article of L, plain and weighted (strict: undefined on a tie).
      const read = cls0.map((c) => {
        let [bp, vp, tp, bw, vw, tw] = ['', 0, false, '', 0, false];
        for (const a of arts) {
          const p = plain(c.b, bg(a));
          if (p > vp) [bp, vp, tp] = [a, p, false];
          else if (p === vp && p > 0) tp = true;
          const w = weighted(c.b, bg(a), idf);
          if (w > vw) [bw, vw, tw] = [a, w, false];
          else if (w === vw && w > 0) tw = true;
        }
        return { ...c, best: tp ? '' : bp, bestIdf: tw ? '' : bw, f: plain(c.b, bg(F.higher)), fw: weighted(c.b, bg(F.higher), idf) };
      });
      const Fa = acts(F.higher);
      const seen = new Set<string>([F.higher]);
      for (const c of cs.sort((a, b) => b.score - a.score)) {
        if (seen.has(c.higher)) continue;
        seen.add(c.higher);
        const linked = inLaw.some((l) => l.higher === c.higher);
        if (!linked && c.score < from) continue;
        const g = isGold(r.lower, c.higher);
        const cls: RowClass = linked ? (g ? 'right-second' : 'false-second') : g ? 'gold-miss' : 'other';
        const X = bg(c.higher);
        const Xa = acts(c.higher);
        let top: (typeof read)[number] | undefined;
        let [m, mw, sx] = [-Infinity, -Infinity, 0];
        for (const u of read) {
          const v = plain(u.b, X) - u.f;
          if (v > m) [m, top, sx] = [v, u, plain(u.b, X)];
          mw = Math.max(mw, weighted(u.b, X, idf) - u.fw);
        }
        const al = read
          .filter((u) => u.acts.length > 0 && !u.acts.some((a) => Fa.some((b) => sameAct(a, b))) && u.acts.some((a) => Xa.some((b) => sameAct(a, b))))
          .map((u) => ({ u, x: plain(u.b, X) }))
          .sort((a, b) => b.x - a.x);
        const alP = al.filter((a) => a.u.best === c.higher);
        const novel = !!top && top.acts.length > 0 && !top.acts.some((a) => Fa.some((b) => sameAct(a, b)));
        rows.push({
          set: id,
          cls,
          lower: keyOf.get(r.lower) ?? r.lower,
          higher: keyOf.get(c.higher) ?? c.higher,
          first: keyOf.get(F.higher) ?? F.higher,
          firstGold: isGold(r.lower, F.higher),
          score: c.score,
          firstScore: F.score,
          clauses: read.length,
          margin: top ? m : 0,
          marginIdf: top ? mw : 0,
          best: !!top && read.some((u) => u.best === c.higher),
          bestIdf: read.some((u) => u.bestIdf === c.higher),
          shareX: sx,
          shareF: top?.f ?? 0,
          novel,
          matched: novel && top!.acts.some((a) => Xa.some((b) => sameAct(a, b))),
          aligned: alP.length > 0,
          alignedIdf: al.some((a) => a.u.bestIdf === c.higher),
          alignedX: alP[0]?.x ?? 0,
          alignedF: alP[0]?.u.f ?? 0,
          alignedLen: alP[0] && A.size ? alP[0].u.b.size / A.size : 0,
          lenShare: top && A.size ? top.b.size / A.size : 0,
          sanction: SANCTION.test(text.get(c.higher) ?? '') || SANCTION.test(lowerText),
          clause: top?.t ?? '',
          alignedClause: alP[0]?.u.t ?? '',
          alignedStrict: alP.some((a) => a.u.acts.some((x) => Xa.some((y) => x.cls === y.cls && !!x.head && x.head === y.head))),
          fHolds: alP.length > 0 && read.some((u) => u !== alP[0].u && u.best === F.higher),
          alignedIdx: alP[0] ? read.indexOf(alP[0].u) : -1,
        });
      }
    }
  }
  return rows;
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const tag = arg('--tag') ?? 'h60s-base';
  const from = Number(arg('--from') ?? 0.06);
  const sets = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
  const all: ClauseRow[] = [];
  for (const id of sets) all.push(...(await clauseRows(id, tag, from)));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(all));
    return;
  }
  if (process.argv.includes('--rows'))
    for (const r of all)
      console.log([r.set, r.cls, r.lower, r.higher, r.first, r.score.toFixed(3), r.firstScore.toFixed(3), r.clauses, r.margin.toFixed(2), r.best ? 'B' : '-', r.novel ? 'N' : '-', r.matched ? 'M' : '-', r.lenShare.toFixed(2), r.clause].join('\t'));
  const classes: RowClass[] = ['gold-miss', 'other', 'false-second', 'right-second'];
  console.log('| class | n | median score | A of 2+ clauses | a clause prefers X to F | … by 0.2 | (IDF) by 0.2 | a clause\'s best is X | (IDF) | novel act | novel act matched in X | best + novel | aligned (best, novel, matched) | (IDF) | median len share |');
  for (const c of classes) {
    const rs = all.filter((r) => r.cls === c);
    const med = (f: (r: ClauseRow) => number) => {
      const v = rs.map(f).sort((a, b) => a - b);
      return v.length ? v[Math.floor(v.length / 2)].toFixed(3) : '-';
    };
    const n = (f: (r: ClauseRow) => boolean) => rs.filter(f).length;
    console.log(`| ${c} | ${rs.length} | ${med((r) => r.score)} | ${n((r) => r.clauses > 1)} | ${n((r) => r.margin > 0)} | ${n((r) => r.margin >= 0.2)} | ${n((r) => r.marginIdf >= 0.2)} | ${n((r) => r.best)} | ${n((r) => r.bestIdf)} | ${n((r) => r.novel)} | ${n((r) => r.matched)} | ${n((r) => r.best && r.novel)} | ${n((r) => r.aligned)} | ${n((r) => r.alignedIdf)} | ${med((r) => r.lenShare)} |`);
  }
}

if (process.argv[1]?.endsWith('session60-clauses.ts')) void main();
