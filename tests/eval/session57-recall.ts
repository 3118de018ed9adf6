// Session 57 (helper recall, issue 13): the gold links of the dev link sets aligned but scored under the weak (partial)
// threshold, tabulated: their score and rank among the lower article's candidates in that law, the lower article's own
// best there (linked into the law, elsewhere, or nowhere), the lower article's chapter, the law article's chapter, and the
// words each text writes that the other does not (jieba words of two characters or more). With --pairs, the pairs of such
// words sharing a character (采矿 / 开采, 旅游者 / 游客), counted over the gold misses and over the non-gold candidates of the
// same score band (the lower article's candidates in that law from 0.06, not linked), per family: the candidates for
// paraphrase classes of public-administration drafting (read by hand before any is written as a class).
// `npx tsx tests/eval/session57-recall.ts [--tag t] [--sets a,b] [--rows] [--pairs]`. Held-out sets are refused
// (dev-cache.ts); the cache tag is an ingest under today's default options.
import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { articleKey, DEV_REGULATION_SETS, docOf, loadDev } from './dev-cache.js';
import { measureKeys } from './links.js';
import type { SetId } from './sets.js';

export interface UnderMiss {
  set: string;
  lower: string;
  higher: string;
  strong: boolean;
  score: number;
  /** 1-based rank among the lower article's candidates in the same law. */
  rank: number;
  best: number;
  /** Where the lower article links: 'law' (another article of this law), 'other' (another document only), 'none'. */
  linked: 'law' | 'other' | 'none';
  lowerChapter: string;
  higherChapter: string;
  onlyHigher: string[];
  onlyLower: string[];
}

const WEAK = 0.13;
const words = (text: string) =>
  new Set(nodejieba.cut(text.replace(/^\s*第[一二三四五六七八九十百零〇]+条(?:之[一二三四五六七八九十]+)?/, '')).filter((w) => /^[\u4e00-\u9fff]{2,}$/.test(w)));

export async function underMisses(id: SetId, tag: string): Promise<{ misses: UnderMiss[]; band: { lower: string; higher: string; onlyHigher: string[]; onlyLower: string[] }[] }> {
  const d = await loadDev(id, {}, tag);
  const s = d.snapshot;
  const keyOf = new Map<string, string>();
  for (const [mid, ks] of measureKeys(s)) if (ks[0]) keyOf.set(mid, articleKey(ks[0]));
  const text = new Map<string, string>();
  const chapter = new Map<string, string>();
  const sectionOf = new Map<string, string>();
  for (const n of s.nodes) {
    if (n.attributes.type !== 'Measure') continue;
    text.set(n.key, n.attributes.text);
    if (n.attributes.kind === 'chapter') sectionOf.set(`${n.attributes.docId}#${n.attributes.path}`, n.attributes.name);
  }
  for (const n of s.nodes) {
    if (n.attributes.type !== 'Measure') continue;
    const ch = n.attributes.path.split('/')[0];
    chapter.set(n.key, ch.endsWith('章') ? `${ch} ${sectionOf.get(`${n.attributes.docId}#${ch}`) ?? ''}` : '-');
  }
  const linked = new Set<string>();
  const linksOf = new Map<string, string[]>();
  for (const e of s.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    linked.add(`${e.source}>${e.target}`);
    linksOf.set(e.source, [...(linksOf.get(e.source) ?? []), e.target]);
  }
  const gold = new Map(d.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength === 'strong']));
  const misses: UnderMiss[] = [];
  const band: { lower: string; higher: string; onlyHigher: string[]; onlyLower: string[] }[] = [];
  const diff = (lo: string, hi: string) => {
    const [a, b] = [words(text.get(lo) ?? ''), words(text.get(hi) ?? '')];
    return { onlyHigher: [...b].filter((w) => !a.has(w)), onlyLower: [...a].filter((w) => !b.has(w)) };
  };
  for (const r of d.cands.records) {
    for (const c of r.candidates) {
      if (linked.has(`${r.lower}>${c.higher}`)) continue;
      const g = gold.get(`${keyOf.get(r.lower)}>${keyOf.get(c.higher)}`);
      if (c.score >= WEAK) continue;
      const same = r.candidates.filter((x) => docOf(x.higher) === docOf(c.higher)).sort((x, y) => y.score - x.score);
      if (g === undefined) {
        if (c.score >= 0.06) band.push({ lower: r.lower, higher: c.higher, ...diff(r.lower, c.higher) });
        continue;
      }
      const ls = linksOf.get(r.lower) ?? [];
      misses.push({
        set: id,
        lower: r.lower,
        higher: c.higher,
        strong: g,
        score: c.score,
        rank: same.findIndex((x) => x.higher === c.higher) + 1,
        best: same[0]?.score ?? 0,
        linked: ls.some((h) => docOf(h) === docOf(c.higher)) ? 'law' : ls.length ? 'other' : 'none',
        lowerChapter: chapter.get(r.lower) ?? '-',
        higherChapter: chapter.get(c.higher) ?? '-',
        ...diff(r.lower, c.higher),
      });
    }
  }
  return { misses, band };
}

/** A class read from a file: one per line, terms split by |, # comments. */
export function readClasses(file: string): string[][] {
  return readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean).map((l) => l.split('|').map((t) => t.trim()));
}

/** The class meets itself across the two texts in other words: the higher writes a term of it the lower does not write and
 *  the lower another term of it the higher does not write (longer terms first: 旅游者 is not 旅游). */
export function bridges(c: string[], higher: string, lower: string): boolean {
  const found = (t: string) => c.filter((x) => t.includes(x) && !c.some((y) => y !== x && y.includes(x) && t.includes(y)));
  const [h, l] = [found(higher), found(lower)];
  return h.some((x) => !l.includes(x)) && l.some((y) => !h.includes(y)) && !h.some((x) => l.includes(x));
}

async function textsOf(id: SetId, tag: string): Promise<{ texts: Map<string, string> }> {
  const d = await loadDev(id, {}, tag);
  const texts = new Map<string, string>();
  for (const n of d.snapshot.nodes) if (n.attributes.type === 'Measure') texts.set(n.key, n.attributes.text);
  return { texts };
}

/** Pairs (higher word, lower word) of words sharing a character, one written only by each side. */
export function sharedCharPairs(onlyHigher: string[], onlyLower: string[]): string[] {
  const out: string[] = [];
  for (const h of onlyHigher) for (const l of onlyLower) if ([...h].some((ch) => l.includes(ch))) out.push(`${h}/${l}`);
  return out;
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const tag = arg('--tag') ?? 'h57r-base';
  const sets = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
  const all: UnderMiss[] = [];
  const classes = arg('--classes') ? readClasses(arg('--classes')!) : [];
  const bridged = classes.map(() => ({ gold: [] as string[], band: [] as string[], fams: new Set<string>() }));
  const pairGold = new Map<string, Set<string>>();
  const pairGoldN = new Map<string, number>();
  const pairBand = new Map<string, number>();
  for (const id of sets) {
    const { misses, band } = await underMisses(id, tag);
    all.push(...misses);
    for (const m of misses) for (const p of new Set(sharedCharPairs(m.onlyHigher, m.onlyLower))) {
      pairGold.set(p, (pairGold.get(p) ?? new Set()).add(id));
      pairGoldN.set(p, (pairGoldN.get(p) ?? 0) + 1);
    }
    for (const b of band) for (const p of new Set(sharedCharPairs(b.onlyHigher, b.onlyLower))) pairBand.set(p, (pairBand.get(p) ?? 0) + 1);
    const { texts } = await textsOf(id, tag);
    classes.forEach((c, i) => {
      for (const m of misses) if (bridges(c, texts.get(m.higher) ?? '', texts.get(m.lower) ?? '')) (bridged[i].gold.push(`${id} ${m.lower.replace(/^doc:|@[^#]*/g, '')}>${m.higher.replace(/^.*#/, '')}`), bridged[i].fams.add(id));
      for (const b of band) if (bridges(c, texts.get(b.higher) ?? '', texts.get(b.lower) ?? '')) bridged[i].band.push(id);
    });
  }
  const short = (m: string) => m.replace(/^doc:/, '').replace(/@[^#]*/, '');
  if (process.argv.includes('--rows'))
    for (const m of all)
      console.log([m.set, m.strong ? 'strong' : 'weak', m.score.toFixed(3), `#${m.rank}`, m.best.toFixed(3), m.linked, m.lowerChapter, m.higherChapter, `${short(m.lower)} > ${short(m.higher)}`, `H: ${m.onlyHigher.slice(0, 14).join(' ')}`, `L: ${m.onlyLower.slice(0, 14).join(' ')}`].join('\t'));
  if (process.argv.includes('--pairs'))
    for (const [p, fams] of [...pairGold].filter(([, f]) => f.size >= 2).sort((a, b) => b[1].size - a[1].size || pairGoldN.get(b[0])! - pairGoldN.get(a[0])!))
      console.log(`${p}\tfamilies ${fams.size} (${[...fams].join(',')})\tgold ${pairGoldN.get(p)}\tband non-gold ${pairBand.get(p) ?? 0}`);
  classes.forEach((c, i) => console.log(`${c.join('|')}\tgold ${bridged[i].gold.length} families ${bridged[i].fams.size} (${[...bridged[i].fams].join(',')})\tband non-gold ${bridged[i].band.length}${process.argv.includes('--which') ? `\n    ${bridged[i].gold.join('\n    ')}` : ''}`));
  // Totals by set: count, strong, rank 1, lower linked into the law / elsewhere / nowhere.
  console.log('| set | under-threshold gold misses | strong | rank 1 in its law | lower linked into the law | elsewhere | nowhere | median score |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const id of [...sets, 'all']) {
    const xs = all.filter((m) => id === 'all' || m.set === id);
    const sc = xs.map((m) => m.score).sort((a, b) => a - b);
    console.log(`| ${id} | ${xs.length} | ${xs.filter((m) => m.strong).length} | ${xs.filter((m) => m.rank === 1).length} | ${xs.filter((m) => m.linked === 'law').length} | ${xs.filter((m) => m.linked === 'other').length} | ${xs.filter((m) => m.linked === 'none').length} | ${sc.length ? sc[Math.floor(sc.length / 2)].toFixed(3) : '-'} |`);
  }
}

if (process.argv[1]?.endsWith('session57-recall.ts')) void main();
