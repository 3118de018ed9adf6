// Session 60 (helper objects, issue 13): class E (a lower article linked to the wrong article of its law, the gold one
// missed) read by the object of the act — what the article rules on (objects.ts readObjects, OBJECT_READING), weighed by
// rarity among the law's articles (objectHold, articleIdf). Two tables on cached ingests of the development link sets
// (dev-cache.ts; held-out sets refused):
// (1) every lower article with exactly one uncited link into a higher document of an annotated pair (session59-neighbour's
//     rows): does the gold article hold more of the lower article's objects than the chosen one? the swap readings (replace
//     the chosen by its best next-four candidate holding more of the objects by a margin, scored from a ratio of the chosen's):
//     fix (wrong → gold) / break (gold → wrong) / neither;
// (2) every link of an annotated pair (any number per lower article): object hold of gold and false links, and whether the
//     linked article is the object-best of the lower article's candidates in that document.
// `npx tsx tests/eval/session60-objects.ts [--tag t] [--rows] [--by defined,manage,procedure,modal]`
import { loadDev, articleKey } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { measureKeys } from './links.js';
import type { SetId } from './sets.js';
import { articleNumber } from '../../ingest/link/structure-prior.js';
import { readObjects, objectHold, articleIdf, type ObjectPhrase } from '../../ingest/link/objects.js';
import { OBJECT_READING, REMAINDER_SANCTIONS } from '../../ingest/link/options.js';
import { tallySwap } from './swap-tally.js';

interface Alt { key: string; score: number; gold: boolean; dn: number; obj: number; rank: number; inBracket: boolean; claimed: number; subj: number; head: number; rev: number }
interface Row { sanction: boolean; set: string; lower: string; objects: ObjectPhrase[]; chosen: Alt; goldHere: number; alts: Alt[]; single: boolean; verdict: string; lowerText: string }

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const BY = arg('--by')?.split(',');
const HEAD = Number(arg('--head') ?? 3);

async function rowsOf(id: SetId, tag: string): Promise<Row[]> {
  const d = await loadDev(id, {}, tag);
  const s = d.snapshot;
  const keyOf = new Map<string, string>();
  for (const [mid, ks] of measureKeys(s)) if (ks[0]) keyOf.set(mid, articleKey(ks[0]));
  const meas = new Map<string, { docId: string; path: string; text: string }>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') meas.set(n.key, n.attributes as { docId: string; path: string; text: string });
  const byDoc = new Map<string, string[]>();
  for (const [k, m] of meas) (byDoc.get(m.docId) ?? byDoc.set(m.docId, []).get(m.docId)!).push(k);
  const idfs = new Map<string, (g: string) => number>();
  const idfOf = (doc: string) => idfs.get(doc) ?? idfs.set(doc, articleIdf(byDoc.get(doc)!.map((k) => meas.get(k)!.text))).get(doc)!;
  const gold = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const pairs = new Set(d.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const edges = s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [{ source: e.source, target: e.target, attributes: e.attributes }] : []));
  const rec = new Map(d.cands.records.map((r) => [r.lower, r]));
  const out: Row[] = [];
  const objsOf = new Map<string, ObjectPhrase[]>();
  for (const e of edges) {
    if (e.attributes.citedArticle) continue;
    const [lk, hk] = [keyOf.get(e.source), keyOf.get(e.target)];
    if (!lk || !hk || !pairs.has(`${lk.split('#')[0]}>${hk.split('#')[0]}`)) continue;
    const hdoc = meas.get(e.target)!.docId;
    const siblings = edges.filter((x) => x.source === e.source && meas.get(x.target)!.docId === hdoc);
    const lowerText = meas.get(e.source)!.text;
    const objects = objsOf.get(e.source) ?? objsOf.set(e.source, readObjects(lowerText, OBJECT_READING).filter((o) => !BY || BY.includes(o.by))).get(e.source)!;
    const idf = idfOf(hdoc);
    const cands = (rec.get(e.source)?.candidates ?? []).filter((x) => meas.get(x.higher)?.docId === hdoc).sort((p, q) => q.score - p.score);
    const objs = new Map(cands.map((x) => [x.higher, objectHold(objects, meas.get(x.higher)!.text, idf)]));
    if (!objs.has(e.target)) objs.set(e.target, objectHold(objects, meas.get(e.target)!.text, idf));
    // The pair's other links (session59-neighbour's bracket, slack 1) and the articles other lower articles claim.
    const others = edges.filter((x) => x.source !== e.source && meas.get(x.source)!.docId === meas.get(e.source)!.docId && meas.get(x.target)!.docId === hdoc).map((x) => ({ ln: articleNumber(x.source)!, hn: articleNumber(x.target)!, higher: x.target }));
    const ln = articleNumber(e.source)!;
    const prev = others.filter((x) => x.ln < ln).sort((p, q) => q.ln - p.ln);
    const next = others.filter((x) => x.ln > ln).sort((p, q) => p.ln - q.ln);
    const ba = prev.length ? Math.min(...prev.filter((x) => x.ln === prev[0].ln).map((x) => x.hn)) : undefined;
    const bb = next.length ? Math.max(...next.filter((x) => x.ln === next[0].ln).map((x) => x.hn)) : undefined;
    const inBracket = (n: number) => (ba === undefined || n >= ba - 1) && (bb === undefined || n <= bb + 1) && (ba === undefined || bb === undefined || ba <= bb);
    // The subject of the lower article (the words before its first modal): what the scene shares, not the object.
    const m0 = /应当|必须|不得|负责|可以/.exec(lowerText.replace(/^\s*第[一二三四五六七八九十百零〇]+条/, ''));
    const subject: ObjectPhrase[] = m0 ? [{ by: 'subject', text: lowerText.replace(/^\s*第[一二三四五六七八九十百零〇]+条/, '').slice(0, m0.index) }] : [];
    // The head of each object phrase (its last HEAD characters: Chinese noun phrases are head-final), weighed by how few of
    // the law's articles name it.
    const lawTexts = byDoc.get(hdoc)!.map((k) => meas.get(k)!.text);
    const heads = [...new Set(objects.map((o) => o.text.slice(-HEAD)).filter((t) => t.length === HEAD))];
    const top = [...objs.entries()].filter(([h]) => h === e.target || cands.slice(0, 5).some((x) => x.higher === h));
    const alt = (h: string, score: number): Alt => ({
      key: keyOf.get(h) ?? h, score, gold: gold.has(`${lk}>${keyOf.get(h)}`), dn: articleNumber(h)! - articleNumber(e.target)!, obj: objs.get(h)!,
      rank: top.filter(([, v]) => v > objs.get(h)!).length, inBracket: inBracket(articleNumber(h)!), claimed: others.filter((x) => x.higher === h).length,
      subj: objectHold(subject, meas.get(h)!.text, idf),
      // The reverse: the share of the law article's own objects the lower article holds.
      rev: objectHold(readObjects(meas.get(h)!.text, OBJECT_READING).filter((o) => !BY || BY.includes(o.by)), lowerText, idf),
      head: heads.reduce((a, t) => a + (meas.get(h)!.text.includes(t) ? Math.log((lawTexts.length + 1) / (lawTexts.filter((x) => x.includes(t)).length + 0.5)) : 0), 0),
    });
    const goldHere = d.gold.links.filter((l) => articleKey(l.lower) === lk && articleKey(l.higher).split('#')[0] === hk.split('#')[0]).length;
    const sanction = [lowerText, meas.get(e.target)!.text].some((t) => REMAINDER_SANCTIONS.some((f) => new RegExp(f).test(t)));
    out.push({ sanction, set: id, lower: lk, objects, chosen: alt(e.target, e.attributes.score as number), goldHere, single: siblings.length === 1, verdict: String(e.attributes.verdict ?? ''), lowerText,
      alts: cands.filter((x) => x.higher !== e.target && !siblings.some((y) => y.target === x.higher)).slice(0, 4).map((x) => alt(x.higher, x.score)) });
  }
  return out;
}


const bin = (xs: Row[], f: (r: Row) => number, edges: number[]) => edges.map((lo, i) => {
  const hi = edges[i + 1] ?? Infinity;
  const ys = xs.filter((r) => f(r) >= lo && f(r) < hi);
  const g = ys.filter((r) => r.chosen.gold).length;
  return `[${lo}, ${hi === Infinity ? '∞' : hi}) ${g}/${ys.length - g}`;
}).join('  ');

async function main() {
  const tag = arg('--tag') ?? 'h60o-base';
  const all: Row[] = [];
  for (const id of EVERY_DEV_LINK_SET as SetId[]) all.push(...(await rowsOf(id, tag)));
  const rows = all.filter((r) => r.single);
  const e = rows.filter((r) => !r.chosen.gold && r.goldHere > 0);
  const eTop = e.filter((r) => r.alts.some((x) => x.gold));
  const g = (r: Row) => r.alts.find((x) => x.gold)!;
  const read = (xs: Row[]) => xs.filter((r) => r.objects.length).length;
  console.log(`single uncited links: ${rows.length} (gold ${rows.filter((r) => r.chosen.gold).length}); class E ${e.length}, the gold among the next four ${eTop.length}; objects read for the lower article: all ${read(rows)}, E ${read(e)}, E-top ${read(eTop)}`);
  const by = new Map<string, number>();
  for (const r of rows) for (const o of r.objects) by.set(o.by, (by.get(o.by) ?? 0) + 1);
  console.log(`object phrases by pattern (single links): ${[...by].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const cnt = (f: (r: Row) => boolean) => eTop.filter(f).length;
  console.log(`E-top (${eTop.length}): gold holds more of the objects than the chosen ${cnt((r) => g(r).obj > r.chosen.obj + 1e-9)}, fewer ${cnt((r) => g(r).obj < r.chosen.obj - 1e-9)}, equal ${cnt((r) => Math.abs(g(r).obj - r.chosen.obj) <= 1e-9)}; by 0.2 more ${cnt((r) => g(r).obj >= r.chosen.obj + 0.2)}, by 0.2 fewer ${cnt((r) => g(r).obj <= r.chosen.obj - 0.2)}`);
  const right = rows.filter((r) => r.chosen.gold && r.alts.length);
  const rc = (f: (r: Row) => boolean) => right.filter(f).length;
  console.log(`right single links with a runner-up (${right.length}): the runner-up holds more of the objects than the chosen ${rc((r) => r.alts[0].obj > r.chosen.obj + 1e-9)}, fewer ${rc((r) => r.alts[0].obj < r.chosen.obj - 1e-9)}, equal ${rc((r) => Math.abs(r.alts[0].obj - r.chosen.obj) <= 1e-9)}; by 0.2 more ${rc((r) => r.alts[0].obj >= r.chosen.obj + 0.2)}`);
  console.log('\n| swap the chosen for its best next-four candidate that … | fix | break | neither | per set fix/break |');
  console.log('|---|---|---|---|---|');
  for (const ratio of [0.5, 0.6, 0.7, 0.8])
    for (const m of [0.1, 0.2, 0.3, 0.5]) {
      const r0 = (r: Row, x: Alt) => x.score >= ratio * r.chosen.score && x.score >= 0.08;
      tallySwap(`holds more of the objects by ${m}, ≥ ${ratio} × chosen`, rows, (r, x) => r0(r, x) && x.obj >= r.chosen.obj + m);
      tallySwap(`holds more by ${m}, the chosen ≤ 0.2, ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && x.obj >= r.chosen.obj + m && r.chosen.obj <= 0.2);
    }
  for (const m of [0.1, 0.2, 0.3]) for (const ratio of [0.5, 0.7]) {
    const xs = rows.filter((r) => r.verdict === 'partial' && r.alts.some((x) => x.score >= ratio * r.chosen.score && x.obj >= r.chosen.obj + m));
    console.log(`drop a partial single link when a next-four candidate (≥ ${ratio} ×) holds more of the objects by ${m}: gold ${xs.filter((r) => r.chosen.gold).length} / not ${xs.filter((r) => !r.chosen.gold).length}`);
  }
  {
    const cntH = (f: (r: Row) => boolean) => eTop.filter(f).length;
    console.log(`heads (${HEAD} characters): E-top gold names more of the object heads (rarity-weighted) than the chosen ${cntH((r) => g(r).head > r.chosen.head + 1e-9)}, fewer ${cntH((r) => g(r).head < r.chosen.head - 1e-9)}; right links' runner-up more ${rc((r) => r.alts[0].head > r.chosen.head + 1e-9)}, fewer ${rc((r) => r.alts[0].head < r.chosen.head - 1e-9)} of ${right.length}`);
    for (const ratio of [0.5, 0.6, 0.7, 0.85]) for (const m of [0, 1, 2])
      tallySwap(`names more of the object heads by ${m}, ≥ ${ratio} ×`, rows, (r, x) => x.score >= ratio * r.chosen.score && x.score >= 0.08 && x.head > r.chosen.head + m);
  }
  {
    const cntR = (f: (r: Row) => boolean) => eTop.filter(f).length;
    console.log(`reverse (the law article's objects held by the lower): E-top gold more ${cntR((r) => g(r).rev > r.chosen.rev + 1e-9)}, fewer ${cntR((r) => g(r).rev < r.chosen.rev - 1e-9)}; right links' runner-up more ${rc((r) => r.alts[0].rev > r.chosen.rev + 1e-9)}, fewer ${rc((r) => r.alts[0].rev < r.chosen.rev - 1e-9)} of ${right.length}`);
    for (const ratio of [0.5, 0.7]) for (const m of [0.1, 0.2, 0.3]) {
      tallySwap(`the lower holds more of its objects by ${m}, ≥ ${ratio} ×`, rows, (r, x) => x.score >= ratio * r.chosen.score && x.score >= 0.08 && x.rev > r.chosen.rev + m);
      tallySwap(`both ways more by ${m}, ≥ ${ratio} ×`, rows, (r, x) => x.score >= ratio * r.chosen.score && x.score >= 0.08 && x.rev > r.chosen.rev + m && x.obj > r.chosen.obj + m);
    }
  }
  {
    const ns = rows.filter((r) => !r.sanction);
    console.log(`\nconjunctions, neither text a sanction article (${ns.length} single links; class E-top ${ns.filter((r) => !r.chosen.gold && r.alts.some((x) => x.gold)).length}):`);
    for (const ratio of [0.5, 0.6, 0.7]) {
      const r0 = (r: Row, x: Alt) => x.score >= ratio * r.chosen.score && x.score >= 0.08;
      const bc = (r: Row, x: Alt) => r0(r, x) && x.inBracket && !r.chosen.inBracket && !x.claimed && r.chosen.claimed > 0;
      tallySwap(`bracket + claim (session 59's conjunction), ≥ ${ratio} ×`, ns, bc);
      tallySwap(`bracket + claim + more objects, ≥ ${ratio} ×`, ns, (r, x) => bc(r, x) && x.obj > r.chosen.obj);
      tallySwap(`bracket + claim + objects not fewer, ≥ ${ratio} ×`, ns, (r, x) => bc(r, x) && x.obj >= r.chosen.obj);
      tallySwap(`bracket + more objects, ≥ ${ratio} ×`, ns, (r, x) => r0(r, x) && x.inBracket && !r.chosen.inBracket && x.obj > r.chosen.obj);
      tallySwap(`claim + more objects by 0.1, ≥ ${ratio} ×`, ns, (r, x) => r0(r, x) && !x.claimed && r.chosen.claimed > 0 && x.obj > r.chosen.obj + 0.1);
      tallySwap(`claim + bracket-free + more object heads, ≥ ${ratio} ×`, ns, (r, x) => r0(r, x) && !x.claimed && r.chosen.claimed > 0 && x.head > r.chosen.head);
    }
  }
  for (const ratio of [0.85, 0.9, 0.95]) tallySwap(`tie-break: more objects (any margin), ≥ ${ratio} × chosen`, rows, (r, x) => x.score >= ratio * r.chosen.score && x.score >= 0.08 && x.obj > r.chosen.obj + 1e-9);
  for (const ratio of [0.5, 0.6, 0.7]) {
    const r0 = (r: Row, x: Alt) => x.score >= ratio * r.chosen.score && x.score >= 0.08;
    for (const m of [0, 0.1, 0.2]) {
      tallySwap(`more objects by ${m}, in the bracket, the chosen not, ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && x.obj > r.chosen.obj + m && x.inBracket && !r.chosen.inBracket);
      tallySwap(`more objects by ${m}, unclaimed, the chosen claimed, ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && x.obj > r.chosen.obj + m && !x.claimed && r.chosen.claimed > 0);
      tallySwap(`more objects by ${m}, less of the subject, ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && x.obj > r.chosen.obj + m && x.subj < r.chosen.subj);
      tallySwap(`more objects by ${m}, the chosen holds more of the subject than of the objects, ≥ ${ratio} ×`, rows, (r, x) => r0(r, x) && x.obj > r.chosen.obj + m && r.chosen.subj > r.chosen.obj && x.obj >= x.subj);
    }
  }
  console.log('\n(2) every uncited link of an annotated pair: gold / false by the object hold of its article (lower articles with objects read)');
  const withObj = all.filter((r) => r.objects.length);
  console.log(`all links: ${all.length} (gold ${all.filter((r) => r.chosen.gold).length}); with objects read ${withObj.length}`);
  console.log(`object hold: ${bin(withObj, (r) => r.chosen.obj, [0, 0.01, 0.2, 0.4, 0.6, 0.8])}`);
  console.log(`partial links only: ${bin(withObj.filter((r) => r.verdict === 'partial'), (r) => r.chosen.obj, [0, 0.01, 0.2, 0.4, 0.6, 0.8])}`);
  console.log(`strong links only: ${bin(withObj.filter((r) => r.verdict !== 'partial'), (r) => r.chosen.obj, [0, 0.01, 0.2, 0.4, 0.6, 0.8])}`);
  console.log(`rank of the linked article by object hold among the lower's top five in that document (0 = object-best): ${bin(withObj, (r) => r.chosen.rank, [0, 1, 2, 3])}`);
  console.log(`second links (the lower links that document more than once): ${bin(withObj.filter((r) => !r.single), (r) => r.chosen.obj, [0, 0.01, 0.2, 0.4, 0.6, 0.8])}`);
  for (const [name, xs] of [['partial links', withObj.filter((r) => r.verdict === 'partial')], ['partial second links', withObj.filter((r) => r.verdict === 'partial' && !r.single)], ['partial single links', withObj.filter((r) => r.verdict === 'partial' && r.single)]] as [string, Row[]][])
    for (const rk of [1, 2, 3]) console.log(`${name}, object rank ≥ ${rk}: ${bin(xs.filter((r) => r.chosen.rank >= rk), (r) => r.chosen.obj, [0, 0.01, 0.1, 0.2, 0.4])}`);
  if (process.argv.includes('--swaps'))
    for (const r of rows.filter((r) => !r.sanction)) {
      const xs = r.alts.filter((x) => x.score >= 0.5 * r.chosen.score && x.score >= 0.08 && x.inBracket && !r.chosen.inBracket && !x.claimed && r.chosen.claimed > 0 && x.obj > r.chosen.obj);
      if (!xs.length) continue;
      const x = xs.reduce((p, q) => (q.score > p.score ? q : p));
      console.log(`swap\t${r.set}\t${r.lower}\t${r.verdict}\tchosen ${r.chosen.key.split('#')[1]} ${r.chosen.score.toFixed(3)} gold ${r.chosen.gold} obj ${r.chosen.obj.toFixed(2)}\t→ ${x.key.split('#')[1]} ${x.score.toFixed(3)} (${(x.score / r.chosen.score).toFixed(2)}×) gold ${x.gold} obj ${x.obj.toFixed(2)}\t${r.objects.map((o) => o.text).join(' | ')}`);
    }
  if (process.argv.includes('--rows'))
    for (const r of eTop) {
      const x = g(r);
      console.log(`${r.set}\t${r.lower}\t${r.objects.map((o) => `${o.by}:${o.text}`).join(' | ')}\tchosen ${r.chosen.key.split('#')[1]} ${r.chosen.score.toFixed(3)} obj ${r.chosen.obj.toFixed(2)}\tgold ${x.key.split('#')[1]} ${x.score.toFixed(3)} obj ${x.obj.toFixed(2)} dn ${x.dn}`);
    }
}

void main();
