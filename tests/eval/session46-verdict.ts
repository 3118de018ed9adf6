// Session 46 (helper verdict, issue 13): the strong links of the dev link sets weighed as coverage verdicts. Each of
// our `implements` edges gets the gold's grade of its pair (strong, weak, none) and features of the two articles; a
// feature rule turns the edges it matches into partial ones in a copy of the snapshot and the coverage verdicts right are
// counted again (verdict-classes.ts wrongRows). Link F1 and strong recall do not move (they read links, not verdicts).
// With --promote the partial edges are weighed instead and a rule turns them into implements. --census describes the
// weak-called-strong rows by the shapes session 46 read in them. The rules and their figures: docs/history/links.md,
// session 46 (helper verdict). The cache is verdict-classes.ts's (dev-cache.ts; run it first with --fresh --tag t).
// `npx tsx tests/eval/session46-verdict.ts [--sets …] [--tag t] [--rules a,b] [--promote] [--census]`. Held-out sets are refused (dev-cache).
import { articleKey, loadDev, DEV_REGULATION_SETS } from './dev-cache.js';
import { wrongRows } from './verdict-classes.js';
import { measureKeys } from './links.js';
import { articleUnits, hanBigrams, pairUnitIdf, paragraphsCarried, share, unitCounts } from '../../ingest/link/side-paragraph.js';
import type { SetId } from './sets.js';
import type { DevSet } from './second-links.js';

export interface Edge {
  set: string;
  lower: string;
  higher: string;
  lowerText: string;
  higherText: string;
  score: number;
  grade: 'strong' | 'weak' | 'none';
  idf: (g: string) => number;
  /** Our implements edges out of the lower article into the higher document, and into the higher article from the lower document. */
  outN: number;
  /** The median score of every link (implements or partial) of the document pair, and the share of them implements. */
  pairMedian: number;
  pairStrong: number;
  inN: number;
  /** Links of any verdict into the higher article from the lower document. */
  inAll: number;
  key: string;
  /** file#第X条 of each side (the scorer's keys), '' when the article has none. */
  lowerKey: string;
  higherKey: string;
  partial?: boolean;
}

export function edgesOf(d: DevSet, withPartial = false): Edge[] {
  const s = d.snapshot;
  const keys = measureKeys(s);
  const text = new Map<string, string>();
  const docOf = new Map<string, string>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') { text.set(n.key, n.attributes.text); docOf.set(n.key, n.attributes.docId); }
  const fileOf = new Map<string, string>();
  for (const n of s.nodes) if (n.attributes.type === 'Document' && n.attributes.inCorpus) for (const src of n.attributes.sources) fileOf.set(n.key, src.split('/').pop()!);
  const grade = new Map(d.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
  const counts = new Map<string, ReturnType<typeof unitCounts>>();
  const countsOf = (doc: string) => counts.get(doc) ?? counts.set(doc, unitCounts([...text].filter(([k]) => docOf.get(k) === doc && /条$/.test(k)).map(([, t]) => t))).get(doc)!;
  const imp = s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS');
  const stats = new Map<string, { pairMedian: number; pairStrong: number }>();
  const pairStats = (ld: string, hd: string) => {
    const k = `${ld}|${hd}`;
    let v = stats.get(k);
    if (!v) {
      const es = imp.filter((x) => docOf.get(x.source) === ld && docOf.get(x.target) === hd);
      const sc = es.map((x) => (x.attributes as any).score).sort((a, b) => a - b);
      v = { pairMedian: sc[Math.floor(sc.length / 2)] ?? 0, pairStrong: es.filter((x) => (x.attributes as any).verdict === 'implements').length / (es.length || 1) };
      stats.set(k, v);
    }
    return v;
  };
  const out: Edge[] = [];
  for (const e of imp) {
    const partial = (e.attributes as any).verdict !== 'implements';
    if (partial && !withPartial) continue;
    const [ld, hd] = [docOf.get(e.source)!, docOf.get(e.target)!];
    const lk = (keys.get(e.source) ?? []).map(articleKey).find((k) => k.startsWith(`${fileOf.get(ld)}#`));
    const hk = (keys.get(e.target) ?? []).map(articleKey).find((k) => k.startsWith(`${fileOf.get(hd)}#`));
    const g = lk && hk ? grade.get(`${lk}>${hk}`) : undefined;
    out.push({
      set: d.id,
      lower: e.source,
      higher: e.target,
      lowerText: text.get(e.source) ?? '',
      higherText: text.get(e.target) ?? '',
      score: (e.attributes as any).score,
      grade: g ?? 'none',
      idf: pairUnitIdf(countsOf(ld), countsOf(hd)),
      outN: imp.filter((x) => x.source === e.source && (x.attributes as any).verdict === 'implements' && docOf.get(x.target) === hd).length,
      inAll: imp.filter((x) => x.target === e.target && docOf.get(x.source) === ld).length,
      inN: imp.filter((x) => x.target === e.target && (x.attributes as any).verdict === 'implements' && docOf.get(x.source) === ld).length,
      key: e.key,
      lowerKey: lk ?? '',
      higherKey: hk ?? '',
      ...(partial ? { partial: true } : {}),
      ...pairStats(ld, hd),
    });
  }
  return out;
}

/** Verdicts right with the edges `demote` matches made partial. */
export function rightWith(d: DevSet, edges: Edge[], demote: (e: Edge) => boolean): number {
  const hit = new Set(edges.filter(demote).map((e) => e.key));
  const flip = (v: string) => (v === 'partial' ? 'implements' : 'partial');
  const snapshot = { ...d.snapshot, edges: d.snapshot.edges.map((e) => (hit.has(e.key) ? { ...e, attributes: { ...e.attributes, verdict: flip((e.attributes as any).verdict) } } : e)) };
  const { total, rows } = wrongRows({ ...d, snapshot } as DevSet);
  return total - rows.length;
}

/** A grading rule's replay on cached dev snapshots (session58-grading.ts, session59-acts.ts, session59-actors.ts `--rules`):
 *  for each rule (an edge and the other edges of its row: the same higher article and lower document), the strong links it
 *  would turn partial, the verdicts right per set against the base (rightWith) and the sets that fall. One printed line per
 *  rule; `only`: rule name prefixes; `width`: the name column's width, `swn`: the S/W/N column's. */
export async function ruleGrid(sets: readonly SetId[], tag: string, rules: Record<string, (e: Edge, row: Edge[]) => boolean>, only?: string, width = 52, swn = 12): Promise<void> {
  const loaded = await Promise.all(sets.map(async (id) => { const d = await loadDev(id, {}, tag); return { d, edges: edgesOf(d, true) }; }));
  const rowOf = new Map<Edge, Edge[]>();
  const rowKey = (e: Edge) => `${e.higher}|${e.lower.split('#')[0]}`;
  for (const { edges } of loaded) {
    const g = new Map<string, Edge[]>();
    for (const e of edges) (g.get(rowKey(e)) ?? g.set(rowKey(e), []).get(rowKey(e))!).push(e);
    for (const e of edges) rowOf.set(e, g.get(rowKey(e))!);
  }
  const base = loaded.map(({ d, edges }) => rightWith(d, edges, () => false));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(['(base)'.padEnd(width), ''.padEnd(swn), ...base.map((b) => String(b).padStart(7)), String(sum(base)).padStart(7)].join(''));
  console.log(['rule'.padEnd(width), 'S/W/N'.padEnd(swn), ...sets.map((s) => s.slice(0, 6).padStart(7)), '   all'].join(''));
  for (const [name, f] of Object.entries(rules)) {
    if (only && !only.split(',').some((o) => name.startsWith(o))) continue;
    const m = (e: Edge) => !e.partial && f(e, rowOf.get(e)!);
    const per = loaded.map(({ d, edges }) => rightWith(d, edges, m));
    const hit = loaded.flatMap(({ edges }) => edges.filter(m));
    const c = (g: string) => hit.filter((e) => e.grade === g).length;
    console.log([name.padEnd(width), `${c('strong')}/${c('weak')}/${c('none')}`.padEnd(swn), ...per.map((x, i) => (x - base[i] ? `${x - base[i] > 0 ? '+' : ''}${x - base[i]}` : '=').padStart(7)), String(sum(per) - sum(base)).padStart(7), ` down ${per.filter((x, i) => x < base[i]).length}`].join(''));
  }
}

export const firstPara = (t: string) => articleUnits(t)[0]?.text ?? '';

const units = (t: string) => articleUnits(t);
/** The lower unit carrying most of the higher's first paragraph: its index among the lower's units, whether an item, its share. */
export function bestUnit(e: Edge) {
  const hu = units(e.higherText);
  const first = new Set<string>();
  for (const u of hu) if (u.paragraph === 0) for (const g of hanBigrams(u.text)) first.add(g);
  const lu = units(e.lowerText);
  let best = { i: -1, share: 0, item: false, paragraph: 0 };
  lu.forEach((u, i) => {
    const s = share(first, hanBigrams(u.text), e.idf);
    if (s > best.share) best = { i, share: s, item: u.item, paragraph: u.paragraph };
  });
  return best;
}
/** Shares of each higher paragraph carried by the lower article whole. */
export function paragraphShares(e: Edge): number[] {
  const ps: Set<string>[] = [];
  for (const u of units(e.higherText)) { const s = ps[u.paragraph] ?? (ps[u.paragraph] = new Set()); for (const g of hanBigrams(u.text)) s.add(g); }
  const lower = hanBigrams(e.lowerText);
  return ps.map((p) => share(p, lower, e.idf));
}

export const RULES: Record<string, (e: Edge, all: Edge[]) => boolean> = {
  nationalActor: (e) => /^(?:国务院|国家[\u4e00-\u9fff]{1,8}?(?:局|部门|委员会|机关))/.test(firstPara(e.higherText).replace(/^第[^条]+条\s*/, '')) && !/国务院|国家/.test(e.lowerText.replace(/^第[^条]+条\s*/, '').slice(0, 40)),
  lowerItem: (e) => bestUnit(e).item,
  lowerLater: (e) => { const b = bestUnit(e); return b.paragraph > 0 && !b.item; },
  lowerLaterLow: (e) => { const b = bestUnit(e); if (b.paragraph === 0) return false; const f = new Set<string>(); for (const u of units(e.higherText)) if (u.paragraph === 0) for (const g of hanBigrams(u.text)) f.add(g); return share(f, hanBigrams(units(e.lowerText)[0]?.text ?? ''), e.idf) < 0.2; },
  oneOfThree: (e) => { const s = paragraphShares(e); return s.length >= 3 && s.filter((x) => x >= 0.4).length <= 1; },
  oneOfTwoWeak: (e) => { const s = paragraphShares(e); return s.length >= 2 && s.filter((x) => x >= 0.4).length <= 1 && s[0] < 0.5; },
  notBestOut: (e, all) => e.outN >= 2 && all.some((x) => x.lower === e.lower && x.score > e.score && x.higher.split('#')[0] === e.higher.split('#')[0]),
  notBestIn: (e, all) => e.inN >= 2 && all.some((x) => x.higher === e.higher && x.score > e.score && x.lower.split('#')[0] === e.lower.split('#')[0]),
  mainUnder: (e) => bestUnit(e).share < 0.35,
  mainUnder25: (e) => bestUnit(e).share < 0.25,
};
const and = (...rs: string[]) => (e: Edge, all: Edge[]) => rs.every((r) => RULES[r](e, all));
Object.assign(RULES, {
  'under25&notBestOut': and('mainUnder25', 'notBestOut'),
  'under35&notBestOut': and('mainUnder', 'notBestOut'),
  'national&under35': and('nationalActor', 'mainUnder'),
  'later&under25': and('lowerLater', 'mainUnder25'),
  'item&under35': and('lowerItem', 'mainUnder'),
  'oneOf3&under35': and('oneOfThree', 'mainUnder'),
  ...Object.fromEntries([[0.6, 0.3], [0.7, 0.3], [0.7, 0.4], [0.8, 0.4], [0.8, 0.5], [0.9, 0.5], [0.6, 0.2], [0.5, 0.25]].map(([side, gap]) => [`side${side}gap${gap}`, (e: Edge) => {
    if (/本(?:法|条例)(?:所称|适用)|适用于|是指/.test(firstPara(e.higherText))) return false;
    const c = paragraphsCarried(e.lowerText, e.higherText, e.idf);
    return c.side >= side && c.main < c.side - gap && !/^(?:地方各级人民政府|县级以上地方)/.test(c.sideText);
  }])),
  ...Object.fromEntries([0.18, 0.2, 0.22, 0.25, 0.3].flatMap((m) => [0.18, 0.2, 0.22, 0.25, 0.3].map((sc) => [`med<${m}&s<${sc}`, (e: Edge) => e.pairMedian < m && e.score < sc]))),
  stateEncourages: (e: Edge) => /^(?:国家|各级人民政府|县级以上[^，]{0,12}人民政府)(?:应当)?(?:鼓励|支持|推动|推进|积极|倡导|引导|扶持)/.test(firstPara(e.higherText).replace(/^第[^条]+条\s*/, '')),
  stateOnly: (e: Edge) => /^国家(?:鼓励|支持|推动|推进|积极|倡导|引导|扶持)/.test(firstPara(e.higherText).replace(/^第[^条]+条\s*/, '')),
  lowerEncourages: (e: Edge) => /^(?:本省|本市|省|市)?(?:人民政府)?(?:鼓励|支持|倡导|引导)/.test(e.lowerText.replace(/^第[^条]+条\s*/, '')),
  'under15': (e: Edge) => bestUnit(e).share < 0.15,
  ...Object.fromEntries([0.3, 0.4, 0.5, 0.6, 1.01].map((c) => [`spread&under${c}`, (e: Edge, all: Edge[]) => e.inAll >= 2 && all.filter((x) => x.higher === e.higher && x.lower.split('#')[0] === e.lower.split('#')[0]).every((x) => bestUnit(x).share < c)])),
  ...Object.fromEntries([0.2, 0.25, 0.3, 0.4].map((c) => [`spread&s<${c}`, (e: Edge, all: Edge[]) => e.inAll >= 2 && all.filter((x) => x.higher === e.higher && x.lower.split('#')[0] === e.lower.split('#')[0]).every((x) => x.score < c)])),
  ...Object.fromEntries([3].map((c) => [`spread${c}`, (e: Edge) => e.inAll >= c])),
  ...Object.fromEntries([0.5, 0.6, 0.7, 0.8].flatMap((c) => [0.1, 0.12].map((m) => [`carries${c}&s>${m}`, (e: Edge) => e.score >= m && bestUnit(e).share >= c && !bestUnit(e).item]))),
  ...Object.fromEntries([0.5, 0.6, 0.7, 0.8].map((c) => [`carries${c}&sole`, (e: Edge, all: Edge[]) => bestUnit(e).share >= c && !bestUnit(e).item && e.outN <= 1 && !all.some((x) => x.lower === e.lower && x !== e && x.higher.split('#')[0] === e.higher.split('#')[0])])),
  'stateOnly&under35': and('stateOnly', 'mainUnder'),
  'stateOnly&lowerLater': and('stateOnly', 'lowerLater'),
  'under20': (e: Edge) => bestUnit(e).share < 0.2,
});

async function main() {
  const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
  const sets = (arg('--sets')?.split(',') ?? ['sample', ...DEV_REGULATION_SETS]) as SetId[];
  const tag = arg('--tag') ?? 'h46v-base';
  // The carries… rules promote partial links (--promote); the others demote strong ones.
  const rules = arg('--rules')?.split(',') ?? Object.keys(RULES).filter((r) => r.startsWith('carries') === process.argv.includes('--promote'));
  if (process.argv.includes('--census')) return census(sets, tag);
  const promote = process.argv.includes('--promote');
  const loaded = await Promise.all(sets.map(async (id) => { const d = await loadDev(id, {}, tag); return { d, edges: edgesOf(d, promote).filter((e) => !!e.partial === promote) }; }));
  const base = loaded.map(({ d, edges }) => rightWith(d, edges, () => false));
  console.log(['rule'.padEnd(16), 'S/W/N demoted'.padEnd(14), ...sets.map((s) => s.slice(0, 8).padStart(9)), '   all'].join(''));
  console.log(['(base)'.padEnd(30), ...base.map((b) => String(b).padStart(9)), String(base.reduce((a, b) => a + b, 0)).padStart(7)].join(''));
  for (const r of rules) {
    const f = RULES[r];
    const per = loaded.map(({ d, edges }) => rightWith(d, edges, (e) => f(e, edges)));
    const hit = loaded.flatMap(({ edges }) => edges.filter((e) => f(e, edges)));
    const c = (g: string) => hit.filter((e) => e.grade === g).length;
    console.log([r.padEnd(16), `${c('strong')}/${c('weak')}/${c('none')}`.padEnd(14), ...per.map((x, i) => (x - base[i] ? `${x - base[i] > 0 ? '+' : ''}${x - base[i]}` : '=').padStart(9)), String(per.reduce((a, b) => a + b, 0) - base.reduce((a, b) => a + b, 0)).padStart(7)].join(''));
  }
}

if (process.argv[1]?.endsWith('session46-verdict.ts')) await main();

/** `--census`: each weak-called-strong row (verdict-classes.ts) described by the shapes read in session 46. */
export async function census(sets: SetId[], tag: string) {
  const shapes = new Map<string, number>();
  let rows = 0;
  for (const id of sets) {
    const d = await loadDev(id, {}, tag);
    const edges = edgesOf(d);
    for (const r of wrongRows(d).rows) {
      if (r.cls !== 'weak called strong') continue;
      rows++;
      const [lowerFile, higherFile] = r.pair.split(' → ');
      const ours = edges.filter((e) => e.grade === 'weak' && e.higherKey === `${higherFile}#${r.higher}` && e.lowerKey.startsWith(`${lowerFile}#`));
      const e = ours.sort((a, b) => b.score - a.score)[0];
      const tags: string[] = e ? [] : ['(strong edge not matched)'];
      if (r.goldLinks.length >= 2) tags.push('spread over 2+ lower articles');
      if (e) {
        const c = paragraphsCarried(e.lowerText, e.higherText, e.idf);
        if (c.side > c.main) tags.push('side paragraph carried more');
        const b = bestUnit(e);
        if (b.item) tags.push('one item of the lower');
        else if (b.paragraph > 0) tags.push('a later paragraph of the lower');
        if (RULES.nationalActor(e, edges) || RULES.stateOnly(e, edges)) tags.push('national actor or 国家 restated locally');
        if (b.share < 0.25) tags.push('main provision under 0.25');
      }
      for (const t of tags.length ? tags : ['none of these']) shapes.set(t, (shapes.get(t) ?? 0) + 1);
    }
  }
  console.log(`weak called strong: ${rows} rows`);
  for (const [t, n] of [...shapes].sort((a, b) => b[1] - a[1])) console.log(`  ${t}: ${n}`);
}
