// Session 61 (helper precision5, issue 13): every false link of the development link sets classified by its cause, from a
// cached ingest of each set (dev-cache.ts; `--tag t`, `--fresh` ingests again; held-out sets refused there).
// `npx tsx tests/eval/session61-falselinks.ts [--sets a,b] [--tag t] [--fresh] [--opts '{…}'] [--list class]`
// prints one row per set (counts per cause) and the totals; `--list class` prints that class's links with both texts.
// A false link is a predicted (lower article, law article) pair of an annotated document pair that the gold lacks (as
// links.ts scoreLinks counts it). Its cause is the first of these that holds:
//   sanction    both articles sanction (罚款, 吊销, 处分, 追究…刑事责任 …) or the edge is a penalty conduct pair
//   cited       the lower article names the law article by number
//   later       the edge links a later revision of the law (Implements.laterVersion)
//   unlinked    the gold lists the lower article as unlinked (its own provision)
//   purpose     the law article is a purpose or principle article (为了…制定; …原则; 方针)
//   scope       the law article is a scope, definition or general-duty article of the first chapter (适用, 是指, 所称,
//               any article of 总则 not purpose)
//   neighbour   the gold links the lower article to another article of the law within two articles, same chapter
//   second      the lower article's gold link into the law is found too (the false one is an extra second link)
//   wrong       the gold links the lower article elsewhere in the law, missed, farther than a neighbour
//   extra       the gold links the lower article to no article of this law and does not list it as unlinked
import { coverageAccuracy, measureKeys, scoreLinks } from './links.js';
import { loadDev } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import type { LinkOptions } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 第一百二十三条 → 123 (之一 ignored). */
export function articleNumber(label: string): number {
  const m = /第([一二三四五六七八九十百零〇]+)条/.exec(label);
  if (!m) return NaN;
  let [n, cur] = [0, 0];
  for (const ch of m[1]) {
    if (ch === '百') [n, cur] = [n + (cur || 1) * 100, 0];
    else if (ch === '十') [n, cur] = [n + (cur || 1) * 10, 0];
    else cur = DIGIT[ch];
  }
  return n + cur;
}

export const SANCTION = /罚款|吊销|没收|责令停产|责令停业|追究刑事责任|刑事责任|处分|拘留|警告|通报批评|责令改正|法律责任/;
export const PURPOSE = /^(?:第[^条]+条\s*)?为了?[^。]*制定本|原则|方针|指导思想/;
export const SCOPE = /适用本|是指|所称|本法所|本条例所|含义/;
export const CLASSES = ['sanction', 'cited', 'later', 'unlinked', 'purpose', 'scope', 'neighbour', 'second', 'wrong', 'extra'] as const;
export type Cause = (typeof CLASSES)[number];

export interface FalseLink {
  set: string;
  lower: string;
  higher: string;
  cause: Cause;
  score: number;
  verdict: string;
  lowerText: string;
  higherText: string;
  lowerPath: string;
  higherPath: string;
  /** How many predicted links the lower article has into this law (true and false). */
  lowerLinks: number;
  /** The gold law articles of the lower article in this law. */
  goldHigher: string[];
}

const chapterOf = (path: string) => (/第[^/]+章/.exec(path) ?? [''])[0];

export function falseLinks(set: string, d: Awaited<ReturnType<typeof loadDev>>): FalseLink[] {
  const s = scoreLinks(d.gold, d.snapshot);
  const keys = measureKeys(d.snapshot);
  const ak = (k: string) => k.replace(/#(?:第[^/#]+章\/)?(?:第[^/#]+节\/)?(第[^/#]+条)$/, '#$1');
  const byKey = new Map<string, { text: string; path: string; id: string }>();
  for (const n of d.snapshot.nodes) {
    if (n.attributes.type !== 'Measure') continue;
    for (const k of keys.get(n.key) ?? []) byKey.set(ak(k), { text: n.attributes.text, path: n.attributes.path, id: n.key });
  }
  const edgeOf = new Map<string, { score: number; verdict: string; cited: boolean; later: boolean; conduct: boolean }>();
  for (const e of d.snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    for (const lo of keys.get(e.source) ?? [])
      for (const hi of keys.get(e.target) ?? [])
        edgeOf.set(`${ak(lo)}>${ak(hi)}`, {
          score: e.attributes.score,
          verdict: e.attributes.verdict,
          cited: !!e.attributes.citedArticle,
          later: !!e.attributes.laterVersion,
          conduct: !!e.attributes.penaltyConduct,
        });
  }
  const unlinked = new Set(d.gold.unlinked.map(ak));
  const goldBy = new Map<string, string[]>();
  for (const l of d.gold.links) {
    const k = `${ak(l.lower)}>${ak(l.higher).split('#')[0]}`;
    (goldBy.get(k) ?? goldBy.set(k, []).get(k)!).push(ak(l.higher));
  }
  const predicted = new Set([...edgeOf.keys()]);
  const out: FalseLink[] = [];
  for (const fp of s.falsePositives) {
    const [lo, hi] = fp.split('>');
    const hiDoc = hi.split('#')[0];
    const L = byKey.get(lo)!;
    const H = byKey.get(hi)!;
    const e = edgeOf.get(fp)!;
    const golds = goldBy.get(`${lo}>${hiDoc}`) ?? [];
    const lowerLinks = [...predicted].filter((p) => p.startsWith(`${lo}>${hiDoc}#`)).length;
    const hn = articleNumber(hi);
    const hch = chapterOf(H?.path ?? '');
    let cause: Cause;
    if (e.conduct || (SANCTION.test(L.text) && SANCTION.test(H.text))) cause = 'sanction';
    else if (e.cited) cause = 'cited';
    else if (e.later) cause = 'later';
    else if (unlinked.has(lo)) cause = 'unlinked';
    else if (PURPOSE.test(H.text)) cause = 'purpose';
    else if (SCOPE.test(H.text) || (hch === '第一章' && golds.length === 0)) cause = 'scope';
    else if (golds.some((g) => Math.abs(articleNumber(g) - hn) <= 2 && chapterOf(byKey.get(g)?.path ?? '') === hch)) cause = 'neighbour';
    else if (golds.some((g) => predicted.has(`${lo}>${g}`))) cause = 'second';
    else if (golds.length) cause = 'wrong';
    else cause = 'extra';
    out.push({ set, lower: lo, higher: hi, cause, score: e.score, verdict: e.verdict, lowerText: L.text, higherText: H.text, lowerPath: L.path, higherPath: H.path, lowerLinks, goldHigher: golds });
  }
  return out;
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const opts = arg('--opts') ? (JSON.parse(arg('--opts')!) as Partial<LinkOptions>) : {};
  const tag = arg('--tag') ?? 'h61p5-base';
  const list = arg('--list');
  const all: FalseLink[] = [];
  console.log(['set'.padEnd(12), ...CLASSES.map((c) => c.padStart(9)), '  all', ' TP'].join(''));
  const tot = new Map<string, number>();
  let tps = 0;
  for (const id of sets) {
    const d = await loadDev(id, opts, tag, process.argv.includes('--fresh'));
    const fl = falseLinks(id, d);
    all.push(...fl);
    const tp = scoreLinks(d.gold, d.snapshot).tp;
    tps += tp;
    void coverageAccuracy;
    const row = CLASSES.map((c) => fl.filter((f) => f.cause === c).length);
    CLASSES.forEach((c, i) => tot.set(c, (tot.get(c) ?? 0) + row[i]));
    console.log([id.padEnd(12), ...row.map((n) => String(n).padStart(9)), String(fl.length).padStart(5), String(tp).padStart(5)].join(''));
  }
  console.log(['all'.padEnd(12), ...CLASSES.map((c) => String(tot.get(c)).padStart(9)), String(all.length).padStart(5), String(tps).padStart(5)].join(''));
  const band = (f: FalseLink) => (f.score < 0.15 ? '<0.15' : f.score < 0.2 ? '0.15-0.2' : f.score < 0.3 ? '0.2-0.3' : '>=0.3');
  for (const c of CLASSES) {
    const xs = all.filter((f) => f.cause === c);
    const by = new Map<string, number>();
    for (const f of xs) by.set(`${f.verdict}/${band(f)}/${f.lowerLinks > 1 ? 'multi' : 'single'}`, (by.get(`${f.verdict}/${band(f)}/${f.lowerLinks > 1 ? 'multi' : 'single'}`) ?? 0) + 1);
    console.log(`${c.padEnd(10)} ${xs.length}: ${[...by].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  if (list)
    for (const f of all.filter((x) => x.cause === list))
      console.log(`\n[${f.set}] ${f.lower} → ${f.higher}  ${f.verdict} ${f.score.toFixed(3)}  links ${f.lowerLinks}  gold ${f.goldHigher.map((g) => g.split('#')[1]).join(',') || '-'}\n  L: ${f.lowerText.replace(/\s+/g, ' ').slice(0, 260)}\n  H: ${f.higherText.replace(/\s+/g, ' ').slice(0, 260)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
