// Session 61 (helper recall4, issue 13): the uncited links of a lower article that cites articles of the same higher
// document by number. Read on `labour` (劳动合同法实施条例: 第二十二条 依照劳动合同法第四十七条的规定 … also linked to 第十二条,
// 第十五条 by wording), tabulated on every development link set before any rule: for each link of an annotated pair,
// whether its lower article cites an article of that higher document by number (a `citedArticle` link there), the link
// itself cited or not, gold or not, by score band and verdict. `npx tsx tests/eval/session61-cited.ts [--tag t] [--sets a,b]
// [--rows]`. Held-out sets are refused (dev-cache.ts).
import { articleKey, loadDev } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { measureKeys } from './links.js';
import type { SetId } from './sets.js';

interface Row {
  set: string;
  lower: string;
  higher: string;
  score: number;
  verdict: string;
  citing: boolean;
  cited: boolean;
  gold: boolean;
  /** The lower article's text is one referral sentence (依照…第X条…规定执行 / 处理 / 办理) and little else. */
  text: string;
}

async function rows(id: SetId, tag: string): Promise<Row[]> {
  const d = await loadDev(id, {}, tag);
  const s = d.snapshot;
  const keys = new Map([...measureKeys(s)].map(([m, ks]) => [m, ks.map(articleKey)]));
  const annotated = new Set(d.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const gold = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const meas = new Map<string, { docId: string; text: string }>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') meas.set(n.key, n.attributes as { docId: string; text: string });
  const edges = s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS');
  const citingDoc = new Set<string>();
  for (const e of edges) if ((e.attributes as { citedArticle?: boolean }).citedArticle) citingDoc.add(`${e.source}>${meas.get(e.target)?.docId}`);
  const out: Row[] = [];
  for (const e of edges) {
    const a = e.attributes as { score: number; verdict: string; citedArticle?: boolean };
    const [lk, hk] = [keys.get(e.source) ?? [], keys.get(e.target) ?? []];
    const pair = lk.flatMap((l) => hk.map((h) => [l, h] as const)).find(([l, h]) => annotated.has(`${l.split('#')[0]}>${h.split('#')[0]}`));
    if (!pair) continue;
    out.push({
      set: id, lower: pair[0], higher: pair[1], score: a.score, verdict: a.verdict,
      citing: citingDoc.has(`${e.source}>${meas.get(e.target)?.docId}`), cited: !!a.citedArticle,
      gold: gold.has(`${pair[0]}>${pair[1]}`), text: meas.get(e.source)?.text ?? '',
    });
  }
  return out;
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const tag = arg('--tag') ?? 'h61r4-base';
  const all: Row[] = [];
  for (const id of sets) all.push(...(await rows(id, tag)));
  const cnt = (xs: Row[]) => `${xs.filter((x) => x.gold).length} / ${xs.filter((x) => !x.gold).length}`;
  const un = all.filter((x) => !x.cited);
  console.log('uncited links of an annotated pair, gold / not');
  console.log(`| lower article | all | score < 0.3 | 0.3–0.5 | ≥ 0.5 | partial | implements |`);
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, xs] of [['cites the higher document by number', un.filter((x) => x.citing)], ['cites none of it', un.filter((x) => !x.citing)]] as const)
    console.log(`| ${name} | ${cnt(xs)} | ${cnt(xs.filter((x) => x.score < 0.3))} | ${cnt(xs.filter((x) => x.score >= 0.3 && x.score < 0.5))} | ${cnt(xs.filter((x) => x.score >= 0.5))} | ${cnt(xs.filter((x) => x.verdict === 'partial'))} | ${cnt(xs.filter((x) => x.verdict !== 'partial'))} |`);
  console.log('\nper set (uncited links of citing articles, gold / not):');
  for (const id of sets) {
    const xs = un.filter((x) => x.citing && x.set === id);
    if (xs.length) console.log(`  ${id} ${cnt(xs)}`);
  }
  if (process.argv.includes('--rows'))
    for (const x of un.filter((r) => r.citing)) console.log(`${x.set}\t${x.gold ? 'gold' : 'not'}\t${x.score}\t${x.verdict}\t${x.lower} > ${x.higher}\t${x.text.slice(0, 80)}`);
}

if (process.argv[1]?.endsWith('session61-cited.ts')) void main();
