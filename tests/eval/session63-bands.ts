// Session 63 (helper recall5, issue 13): the links the linker would add under the weak threshold, by score band, on the
// development link sets' base ingests (dev-cache.ts tag). For every lower article and every higher document its own document
// links (an annotated pair in the making), two kinds of candidate:
//   best    the lower article links nothing into that document: its best candidate there
//   second  the lower article links into that document: its best candidate there not linked
// each put in a band of its score under the partial threshold (0.13 for regulations) and counted gold (the pair is a gold link),
// other (the lower article's gold in that document is another article) or none (the lower article has no gold there), per
// genre of the pair (plan; law → local; law → 实施条例 / 细则; ministry rule; other), and with two conditions a rule could read:
// `impl` the lower document's title is a 实施…办法 / 实施条例 / 实施细则 of the higher one (its whole text carries that law), `chap`
// the candidate sits in a chapter of the higher document a neighbouring lower article (±1, same chapter of the lower) links.
// `npx tsx tests/eval/session63-bands.ts [--tag h63r5-base] [--sets a,b] [--rows band]`. Held-out sets are refused.
import { articleKey, loadDev } from './dev-cache.js';
import { measureKeys } from './links.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { articleNumber } from '../../ingest/link/structure-prior.js';
import type { SetId } from './sets.js';

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
const tag = arg('--tag') ?? 'h63r5-base';
const rowsBand = arg('--rows');
const BANDS = [0.12, 0.11, 0.1, 0.09, 0.08, 0.06, 0];
const band = (s: number) => BANDS.find((b) => s >= b)!;
type Row = { set: string; kind: string; genre: string; band: number; cls: string; impl: boolean; chap: boolean; text: string; lowerText?: string; higherText?: string; margin: number; claimed: boolean; sib: boolean; neighLinked: number; score: number };
const rows: Row[] = [];
const chapterOf = (id: string) => /#(第[^/]+章)\//.exec(id)?.[1] ?? '';
for (const id of sets) {
  const d = await loadDev(id, {}, tag);
  const s = d.snapshot;
  const key = new Map([...measureKeys(s)].map(([m, ks]) => [m, articleKey(ks[0] ?? m)]));
  const K = (m: string) => key.get(m) ?? m;
  const docs = new Map<string, Record<string, any>>();
  for (const n of s.nodes) if (n.attributes.type === 'Document') docs.set(n.key, n.attributes as Record<string, any>);
  const textOf = new Map<string, string>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') textOf.set(n.key, (n.attributes as any).text);
  const gold = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const goldLowerDoc = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher).split('#')[0]}`));
  const edges = s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS');
  const linked = new Map<string, Set<string>>();
  for (const e of edges) (linked.get(e.source) ?? linked.set(e.source, new Set()).get(e.source)!).add(e.target);
  const docPairs = new Set(edges.map((e) => `${e.source.split('#')[0]}|${e.target.split('#')[0]}`));
  // lower article id by (doc, chapter, number) for the neighbours
  const byNum = new Map<string, string>();
  for (const r of d.cands.records) byNum.set(`${r.lower.split('#')[0]}|${chapterOf(r.lower)}|${articleNumber(r.lower)}`, r.lower);
  const genreOf = (ld: string, hd: string) => {
    const [l, h] = [docs.get(ld) ?? {}, docs.get(hd) ?? {}];
    if (l.genre === 'plan' || h.genre === 'plan') return 'plan';
    if (l.level && l.level !== 'central') return 'law→local';
    if (/实施条例|实施细则/.test(l.name ?? '')) return 'law→实施条例';
    if (/部|局|委员会|总署|署$/.test(l.issuer ?? '') && !/国务院$|人民代表大会/.test(l.issuer ?? '')) return 'ministry rule';
    return 'other';
  };
  for (const r of d.cands.records) {
    const ld = r.lower.split('#')[0];
    const byDoc = new Map<string, typeof r.candidates>();
    for (const c of r.candidates) { const hd = c.higher.split('#')[0]; (byDoc.get(hd) ?? byDoc.set(hd, []).get(hd)!).push(c); }
    for (const [hd, cs] of byDoc) {
      if (!docPairs.has(`${ld}|${hd}`)) continue;
      const mine = linked.get(r.lower) ?? new Set<string>();
      const inDoc = [...mine].filter((t) => t.startsWith(hd + '#'));
      const rest = cs.filter((c) => !mine.has(c.higher)).sort((a, b) => b.score - a.score);
      const c = rest[0];
      if (!c || c.score >= 0.13) continue;
      const kind = inDoc.length ? 'second' : 'best';
      const lk = K(r.lower), hk = K(c.higher);
      const cls = gold.has(`${lk}>${hk}`) ? 'gold' : goldLowerDoc.has(`${lk}>${hk.split('#')[0]}`) ? 'other' : 'none';
      const lname = docs.get(ld)?.name ?? '', hname = (docs.get(hd)?.name ?? '').replace(/^中华人民共和国/, '');
      const impl = /实施/.test(lname) && (lname.includes(hname) || /实施条例|实施细则/.test(lname));
      const n = articleNumber(r.lower);
      const neigh = n === undefined ? [] : [n - 1, n + 1].map((m) => byNum.get(`${ld}|${chapterOf(r.lower)}|${m}`)).filter((x): x is string => !!x);
      const chaps = new Set(neigh.flatMap((m) => [...(linked.get(m) ?? [])].filter((t) => t.startsWith(hd + '#')).map(chapterOf)));
      const chap = chaps.has(chapterOf(c.higher)) && chapterOf(c.higher) !== '';
      const margin = rest[1] ? c.score / Math.max(rest[1].score, 1e-9) : 9;
      const claimed = edges.some((e) => e.target === c.higher && e.source.startsWith(ld + '#'));
      const sib = edges.some((e) => e.target === c.higher && !e.source.startsWith(ld + '#'));
      const neighLinked = neigh.filter((m) => [...(linked.get(m) ?? [])].some((t) => t.startsWith(hd + '#'))).length;
      rows.push({ set: id, kind, genre: genreOf(ld, hd), band: band(c.score), cls, impl, chap, margin, claimed, sib, neighLinked, score: c.score, lowerText: textOf.get(r.lower), higherText: textOf.get(c.higher), text: `${lk.slice(0, 10)}#${lk.split('#')[1]} > ${hk.slice(4, 14)}#${hk.split('#')[1]} ${c.score.toFixed(3)}` });
    }
  }
}
const tally = (xs: Row[]) => `${xs.filter((x) => x.cls === 'gold').length}/${xs.filter((x) => x.cls === 'other').length}/${xs.filter((x) => x.cls === 'none').length}`;
for (const kind of ['best', 'second']) {
  console.log(`\n${kind}: gold/other/none per band (score ≥ band, < the next)`);
  console.log(`| genre | cond | ${BANDS.join(' | ')} |`);
  for (const genre of ['all', 'law→local', 'law→实施条例', 'ministry rule', 'plan', 'other'])
    for (const [cond, f] of [['any', () => true], ['impl', (x: Row) => x.impl], ['chap', (x: Row) => x.chap], ['impl+chap', (x: Row) => x.impl && x.chap]] as [string, (x: Row) => boolean][]) {
      const xs = rows.filter((x) => x.kind === kind && (genre === 'all' || x.genre === genre) && f(x));
      if (xs.length) console.log(`| ${genre} | ${cond} | ${BANDS.map((b) => tally(xs.filter((x) => x.band === b))).join(' | ')} |`);
    }
}
console.log('\nper set, best, band ≥ 0.10 gold/other/none (any; impl+chap)');
for (const id of sets) {
  const xs = rows.filter((x) => x.set === id && x.kind === 'best' && x.band >= 0.1);
  if (xs.length) console.log(`${id.padEnd(12)} ${tally(xs)}  ${tally(xs.filter((x) => x.impl && x.chap))}  second≥0.10 ${tally(rows.filter((x) => x.set === id && x.kind === 'second' && x.band >= 0.1))}`);
}
if (process.argv.includes('--feat')) {
  const conds: [string, (x: Row) => boolean][] = [
    ['margin≥1.3', (x) => x.margin >= 1.3], ['margin≥1.6', (x) => x.margin >= 1.6], ['margin≥2', (x) => x.margin >= 2],
    ['unclaimed', (x) => !x.claimed], ['claimed', (x) => x.claimed], ['2 neigh linked', (x) => x.neighLinked === 2], ['0 neigh linked', (x) => x.neighLinked === 0],
    ['unclaimed+m1.3', (x) => !x.claimed && x.margin >= 1.3], ['unclaimed+chap', (x) => !x.claimed && x.chap], ['unclaimed+chap+m1.3', (x) => !x.claimed && x.chap && x.margin >= 1.3],
    ['2neigh+chap', (x) => x.neighLinked === 2 && x.chap], ['2neigh+chap+unclaimed', (x) => x.neighLinked === 2 && x.chap && !x.claimed],
    ['chap+m1.3', (x) => x.chap && x.margin >= 1.3],
    ['sib', (x) => x.sib], ['no sib', (x) => !x.sib], ['sib+unclaimed', (x) => x.sib && !x.claimed], ['sib+unclaimed+m1.3', (x) => x.sib && !x.claimed && x.margin >= 1.3],
    ['sib+chap', (x) => x.sib && x.chap], ['sib+unclaimed+chap', (x) => x.sib && !x.claimed && x.chap], ['sib+m1.3', (x) => x.sib && x.margin >= 1.3], ['impl+m1.3', (x) => x.impl && x.margin >= 1.3],
  ];
  for (const kind of ['best', 'second']) {
    console.log(`\n${kind} features, law→local and 实施条例 (no plan): gold/other/none per band`);
    for (const [n, f] of conds) { const xs = rows.filter((x) => x.kind === kind && x.genre !== 'plan' && f(x)); console.log(`| ${n} | ${BANDS.map((b) => tally(xs.filter((x) => x.band === b))).join(' | ')} |`); }
  }
}
if (process.argv.includes('--texts')) for (const x of rows.filter((x) => x.kind === 'best' && x.band >= 0.1 && !x.claimed && x.margin >= 1.3 && x.genre !== 'plan')) console.log(`\n${x.set} ${x.cls} ${x.sib ? 'sib' : ''} ${x.text}\n  L: ${x.lowerText?.slice(0, 150)}\n  H: ${x.higherText?.slice(0, 150)}`);
if (rowsBand !== undefined) for (const x of rows.filter((x) => x.band === Number(rowsBand))) console.log(`${x.set}\t${x.kind}\t${x.margin.toFixed(2)}\t${x.claimed ? 'claimed' : ''}\tn${x.neighLinked}\t${x.genre}\t${x.cls}\t${x.impl ? 'impl' : ''}\t${x.chap ? 'chap' : ''}\t${x.text}`);
