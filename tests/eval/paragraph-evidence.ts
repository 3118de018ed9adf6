// Session 40 (issue 13): per-paragraph evidence for the strong/weak verdict. For each strong link the linker makes on the
// dev regulation sets (cited articles excepted), how much of the higher article's substance (its duty-bearing clauses:
// 应当, 不得, 负责 …, not its framing) the lower article carries, in which paragraph of the higher its reused passages fall,
// and whether another article of the same lower document carries the higher article more. Printed per gold class
// (strong / weak / not a link) as quantiles, then the coverage verdicts right when links matching a rule are made partial.
// `npx tsx tests/eval/paragraph-evidence.ts [--sets …] [--tag t] [--rules] [--dump rows.json]`: --rules the verdicts per
// rule; --dump one row per (lower document, higher article) called implemented, with its strong links' evidence.
// Dev sets only (dev-cache refuses held-out sets).
import { DEV_REGULATION_SETS, articleKey, docOf, loadDev } from './dev-cache.js';
import { coverageAccuracy, select, withLinks } from './links.js';
import { defaults, index, type DevSet } from './second-links.js';
import { articleUnits, hanBigrams, pairUnitIdf, share, unitCounts } from '../../ingest/link/side-paragraph.js';
import { ARTICLE_LABEL } from '../../ingest/link/article-label.js';
import type { SetId } from './sets.js';

type Link = ReturnType<typeof select>[number];
const DUTY = /应当|必须|不得|负责|禁止|有权|可以|依法|给予|处以|责令|鼓励|支持|保障/;

export interface Evidence {
  /** IDF-weighted share of the higher's duty-bearing clauses carried by the lower article (all its text). */
  cover: number;
  /** Share of the higher's duty clauses each carried at ≥ 0.5. */
  clausesCarried: number;
  duties: number;
  /** Of the higher's carried weight, the part in its first paragraph (items in it). */
  inFirst: number;
  /** The best `cover` by another article of the same lower document, and this link's over it. */
  other: number;
  /** The best `cover` by another article of the lower document linked (strong or partial) to the same higher. */
  otherLinked: number;
}

function clauses(text: string): { text: string; paragraph: number }[] {
  const out: { text: string; paragraph: number }[] = [];
  for (const u of articleUnits(text.replace(ARTICLE_LABEL, ''))) for (const c of u.text.split(/[。；;]/)) if (hanBigrams(c).size >= 4) out.push({ text: c, paragraph: u.paragraph });
  return out;
}

export function evidenceOf(set: DevSet, links: Link[]): (l: Link) => Evidence {
  const ix = index(set.snapshot);
  const byDoc = new Map<string, string[]>();
  for (const id of ix.text.keys()) (byDoc.get(docOf(id)) ?? byDoc.set(docOf(id), []).get(docOf(id))!).push(id);
  const counts = new Map<string, ReturnType<typeof unitCounts>>();
  const countsOf = (d: string) => counts.get(d) ?? counts.set(d, unitCounts((byDoc.get(d) ?? []).map((i) => ix.text.get(i)!))).get(d)!;
  const linkedInto = new Map<string, string[]>();
  for (const l of links) {
    const k = `${docOf(l.lower)}|${l.higher}`;
    (linkedInto.get(k) ?? linkedInto.set(k, []).get(k)!).push(l.lower);
  }
  return (l) => {
    const idf = pairUnitIdf(countsOf(docOf(l.lower)), countsOf(docOf(l.higher)));
    const hs = clauses(ix.text.get(l.higher) ?? '');
    const duty = hs.filter((c) => DUTY.test(c.text));
    const used = duty.length ? duty : hs;
    const coverBy = (lowerId: string) => {
      const lb = hanBigrams(ix.text.get(lowerId) ?? '');
      let [n, d, first, all, k] = [0, 0, 0, 0, 0];
      for (const c of used) {
        const b = hanBigrams(c.text);
        let w = 0;
        for (const g of b) w += idf(g);
        const s = share(b, lb, idf);
        n += s * w;
        d += w;
        if (s >= 0.5) k++;
      }
      for (const c of hs) {
        const s = share(hanBigrams(c.text), lb, idf);
        let w = 0;
        for (const g of hanBigrams(c.text)) w += idf(g);
        all += s * w;
        if (c.paragraph === 0) first += s * w;
      }
      return { cover: d ? n / d : 0, clausesCarried: used.length ? k / used.length : 0, inFirst: all ? first / all : 0 };
    };
    const own = coverBy(l.lower);
    const others = (byDoc.get(docOf(l.lower)) ?? []).filter((x) => x !== l.lower);
    const other = Math.max(0, ...others.map((x) => coverBy(x).cover));
    const otherLinked = Math.max(0, ...(linkedInto.get(`${docOf(l.lower)}|${l.higher}`) ?? []).filter((x) => x !== l.lower).map((x) => coverBy(x).cover));
    return { ...own, duties: duty.length, other, otherLinked };
  };
}

/** Coverage verdicts right per set with the strong links matching `weak` made partial (cited articles excepted). */
export function verdictsWithEvidence(sets: DevSet[], weak: (e: Evidence, l: Link) => boolean): number[] {
  return sets.map((s) => {
    const links = select(s.cands, defaults);
    const cited = new Set(s.cands.cited.map((c) => `${c.lower}>${c.higher}`));
    const ev = evidenceOf(s, links);
    const out = links.map((l) => (l.verdict === 'implements' && !cited.has(`${l.lower}>${l.higher}`) && weak(ev(l), l) ? { ...l, verdict: 'partial' as const } : l));
    return coverageAccuracy(s.gold, withLinks(s.snapshot, out)).right;
  });
}

async function main(): Promise<void> {
  const arg = (n: string) => (process.argv.indexOf(n) > 0 ? process.argv[process.argv.indexOf(n) + 1] : undefined);
  const ids = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
  const tag = arg('--tag') ?? 'default';
  const sets: DevSet[] = [];
  for (const id of ids) sets.push(await loadDev(id, {}, tag));
  type Row = Evidence & { set: string; gold: 'strong' | 'weak' | 'none'; score: number };
  const rows: Row[] = [];
  for (const s of sets) {
    const links = select(s.cands, defaults);
    const cited = new Set(s.cands.cited.map((c) => `${c.lower}>${c.higher}`));
    const ix = index(s.snapshot);
    const keyOf = new Map([...ix.byKey].map(([k, id]) => [id, k]));
    const strength = new Map(s.gold.links.map((g) => [`${articleKey(g.lower)}>${articleKey(g.higher)}`, g.strength]));
    const ev = evidenceOf(s, links);
    for (const l of links) {
      if (l.verdict !== 'implements' || cited.has(`${l.lower}>${l.higher}`)) continue;
      const g = strength.get(`${keyOf.get(l.lower)}>${keyOf.get(l.higher)}`) ?? 'none';
      rows.push({ ...ev(l), set: s.id, gold: g, score: l.score });
    }
  }
  const q = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return [0.1, 0.25, 0.5, 0.75, 0.9].map((p) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(2) : '-')).join(' ');
  };
  console.log(`strong links (not cited): ${rows.length}; gold strong ${rows.filter((r) => r.gold === 'strong').length}, weak ${rows.filter((r) => r.gold === 'weak').length}, none ${rows.filter((r) => r.gold === 'none').length}`);
  for (const f of ['cover', 'clausesCarried', 'inFirst', 'other', 'otherLinked', 'score'] as const) {
    console.log(`${f.padEnd(16)} quantiles .1 .25 .5 .75 .9`);
    for (const g of ['strong', 'weak', 'none'] as const) console.log(`  ${g.padEnd(7)} ${q(rows.filter((r) => r.gold === g).map((r) => r[f]))}`);
  }
  const count = (name: string, p: (r: Row) => boolean) => {
    const m = rows.filter(p);
    console.log(`${name.padEnd(52)} strong ${String(m.filter((r) => r.gold === 'strong').length).padStart(3)} weak ${String(m.filter((r) => r.gold === 'weak').length).padStart(3)} none ${String(m.filter((r) => r.gold === 'none').length).padStart(3)}`);
  };
  for (const t of [0.3, 0.4, 0.5]) count(`cover < ${t}`, (r) => r.cover < t);
  for (const t of [0.3, 0.5]) count(`inFirst < ${t}`, (r) => r.inFirst < t);
  for (const t of [1, 1.2, 1.5]) count(`another article covers more (× ${t})`, (r) => r.other > r.cover * t);
  for (const t of [1, 1.2, 1.5]) count(`another linked article covers more (× ${t})`, (r) => r.otherLinked > r.cover * t);
  for (const t of [0.4, 0.5]) count(`cover < ${t} and another linked covers more`, (r) => r.cover < t && r.otherLinked > r.cover);
  const dump = arg('--dump');
  if (dump) {
    // One row per (lower document, higher article) we call implemented, with its strong links' evidence and the gold's
    // verdict: demoting every strong link of a row moves the verdict right only when the gold says partial.
    const out: unknown[] = [];
    for (const s of sets) {
      const links = select(s.cands, defaults);
      const cited = new Set(s.cands.cited.map((c) => `${c.lower}>${c.higher}`));
      const ix = index(s.snapshot);
      const keyOf = new Map([...ix.byKey].map(([k, id]) => [id, k]));
      const ev = evidenceOf(s, links);
      const groups = new Map<string, Link[]>();
      for (const l of links) {
        const k = `${docOf(l.lower)}|${l.higher}`;
        (groups.get(k) ?? groups.set(k, []).get(k)!).push(l);
      }
      for (const ls of groups.values()) {
        const strongs = ls.filter((l) => l.verdict === 'implements');
        if (!strongs.length) continue;
        const hk = keyOf.get(ls[0].higher);
        const lf = keyOf.get(ls[0].lower)?.split('#')[0];
        if (!hk || !lf) continue;
        const gl = s.gold.links.filter((g) => articleKey(g.higher) === hk && g.lower.startsWith(`${lf}#`));
        const gold = gl.some((g) => g.strength === 'strong') ? 'implemented' : gl.length ? 'partial' : 'gap';
        out.push({ set: s.id, higher: hk, gold, anyCited: strongs.some((l) => cited.has(`${l.lower}>${l.higher}`)), links: strongs.map((l) => ({ lower: keyOf.get(l.lower), score: l.score, ...ev(l) })), weakLinks: ls.length - strongs.length });
      }
    }
    (await import('node:fs')).writeFileSync(dump, JSON.stringify(out));
    console.log(`rows: ${out.length} written to ${dump}`);
  }
  if (process.argv.includes('--rules')) {
    const base = verdictsWithEvidence(sets, () => false);
    console.log(`coverage verdicts right, the linker: ${base.reduce((a, b) => a + b, 0)} (${ids.map((id, i) => `${id} ${base[i]}`).join(' ')})`);
    const show = (name: string, weak: (e: Evidence, l: Link) => boolean) => {
      const r = verdictsWithEvidence(sets, weak);
      const d = r.map((x, i) => x - base[i]);
      const sign = (x: number) => `${x >= 0 ? '+' : ''}${x}`;
      console.log(`${name.padEnd(56)} ${sign(d.reduce((a, b) => a + b, 0)).padStart(4)}  ${ids.map((id, i) => `${id} ${sign(d[i])}`).join(' ')}`);
    };
    for (const t of [0.3, 0.4, 0.5]) show(`cover < ${t}`, (e) => e.cover < t);
    for (const t of [0.3, 0.5]) show(`inFirst < ${t}`, (e) => e.inFirst < t);
    for (const t of [1, 1.2, 1.5]) show(`another linked article covers more (× ${t})`, (e) => e.otherLinked > e.cover * t);
    for (const t of [1, 1.2, 1.5]) show(`another article covers more (× ${t})`, (e) => e.other > e.cover * t);
    for (const t of [0.4, 0.5]) show(`cover < ${t} and another linked covers more`, (e) => e.cover < t && e.otherLinked > e.cover);
  }
}

if (process.argv[1]?.endsWith('paragraph-evidence.ts')) void main();
