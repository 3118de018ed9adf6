// Session 42 (helper verdict, issue 13): the parts of the higher article's main provision a strong link carries
// (ingest/link/parts.ts: actor, duty verb, object) against the gold's strength, on a fresh ingest of every dev
// regulation set (dev-cache.ts; held-out sets refused). For each rule, the linker's strong links (cited ones excepted)
// that miss the parts it asks are made partial in the snapshot and the coverage verdicts right are counted
// (tests/eval/links.ts coverageAccuracy), per set, with the gold strength of the links it demotes.
// `npx tsx tests/eval/parts-features.ts [--sets …] [--tag t] [--show]`.
import { DEV_REGULATION_SETS, articleKey, docOf, loadDev } from './dev-cache.js';
import { coverageAccuracy } from './links.js';
import { index, type DevSet } from './second-links.js';
import { mainParts, partsCarried, partsCarriedByHeads, readCounterparts, readPartHeads, type PartsCarried } from '../../ingest/link/parts.js';
import { readFileSync } from 'node:fs';
import { pairUnitIdf, unitCounts, type UnitCounts } from '../../ingest/link/side-paragraph.js';
import { DEFAULT_LINK_OPTIONS, MAIN_PARTS_MEASURED } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

interface Strong {
  key: string;
  gold: 'strong' | 'weak' | undefined;
  parts: PartsCarried;
  /** Session 44: the parts counted by head noun and verb class (partsCarriedByHeads). */
  heads: { partsCarried: number; partsCount: number };
  lower: string;
  higher: string;
  hText: string;
  actors: string[];
  duties: string[];
}

function strongLinks(set: DevSet): Strong[] {
  const ix = index(set.snapshot);
  const cited = new Set(set.cands.cited.map((c) => `${c.lower}>${c.higher}`));
  const keys = new Map<string, string>();
  for (const [k, id] of ix.byKey) keys.set(id, k);
  const gold = new Map(set.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength as 'strong' | 'weak']));
  const byDoc = new Map<string, string[]>();
  for (const [id, t] of ix.text) (byDoc.get(docOf(id)) ?? byDoc.set(docOf(id), []).get(docOf(id))!).push(t);
  const counts = new Map<string, UnitCounts>();
  const countsOf = (d: string) => counts.get(d) ?? counts.set(d, unitCounts(byDoc.get(d) ?? [])).get(d)!;
  const same = sameWord();
  const rule = MAIN_PARTS_MEASURED.rule;
  const cp = process.argv.includes('--counterparts') ? readCounterparts(readFileSync(new URL('../../ingest/lexicon/actor-counterparts.txt', import.meta.url), 'utf8')) : undefined;
  const ph = readPartHeads(readFileSync(new URL('../../ingest/lexicon/part-heads.txt', import.meta.url), 'utf8'));
  const out: Strong[] = [];
  for (const e of set.snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS' || e.attributes.verdict === 'partial' || cited.has(`${e.source}>${e.target}`)) continue;
    const [lt, ht] = [ix.text.get(e.source) ?? '', ix.text.get(e.target) ?? ''];
    const p = mainParts(ht, rule);
    const idf = pairUnitIdf(countsOf(docOf(e.source)), countsOf(docOf(e.target)));
    out.push({
      key: `${e.source}>${e.target}`,
      gold: gold.get(`${keys.get(e.source)}>${keys.get(e.target)}`),
      parts: partsCarried(lt, p, idf, same, cp),
      heads: partsCarriedByHeads(lt, p, idf, process.argv.includes('--heads') ? ph : null, same),
      lower: lt.slice(0, 60).replace(/\s+/g, ''),
      higher: ht.slice(0, 80).replace(/\s+/g, ''),
      hText: ht,
      actors: p.actors,
      duties: p.duties,
    });
  }
  return out;
}

export function sameWord(): (w: string) => string {
  const m = new Map<string, string>();
  for (const c of DEFAULT_LINK_OPTIONS.paraphrases?.classes ?? []) for (const w of c) m.set(w, c[0]);
  return (w) => m.get(w) ?? w;
}

function verdicts(set: DevSet, demote: Set<string>): number {
  const snapshot = {
    ...set.snapshot,
    edges: set.snapshot.edges.map((e) => (e.attributes.type === 'IMPLEMENTS' && demote.has(`${e.source}>${e.target}`) ? { ...e, attributes: { ...e.attributes, verdict: 'partial' } } : e)),
  } as DevSet['snapshot'];
  return coverageAccuracy(set.gold, snapshot).right;
}

async function main(): Promise<void> {
  const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
  const ids = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
  const tag = arg('--tag') ?? 'h42v-base';
  const sets: DevSet[] = [];
  for (const id of ids) sets.push(await loadDev(id, {}, tag));
  const links = sets.map(strongLinks);
  const base = sets.map((s) => verdicts(s, new Set()));
  console.log(`verdicts right, the linker: ${base.reduce((a, b) => a + b, 0)} (${ids.map((id, i) => `${id} ${base[i]}`).join(' ')})`);
  const all = links.flat();
  const label = (g: Strong['gold']) => g ?? 'none';
  const dist = (xs: Strong[]) => ['strong', 'weak', 'none'].map((g) => `${g} ${xs.filter((x) => label(x.gold) === g).length}`).join(', ');
  console.log(`strong links: ${all.length} (${dist(all)})`);
  const show = (name: string, weak: (p: PartsCarried) => boolean) => {
    const r = sets.map((s, i) => verdicts(s, new Set(links[i].filter((l) => weak(l.parts)).map((l) => l.key))));
    const d = r.map((x, i) => x - base[i]);
    const sign = (x: number) => `${x >= 0 ? '+' : ''}${x}`;
    console.log(`${name.padEnd(40)} ${sign(d.reduce((a, b) => a + b, 0)).padStart(4)}  [${dist(all.filter((l) => weak(l.parts)))}]  ${ids.map((id, i) => `${id} ${sign(d[i])}`).join(' ')}`);
  };
  show('actor missed', (p) => !p.actor);
  show('duty missed', (p) => !p.duty);
  for (const t of [0.2, 0.3, 0.4, 0.5]) show(`object < ${t}`, (p) => p.object < t);
  for (const t of [0.2, 0.3, 0.4]) show(`actor missed or object < ${t}`, (p) => !p.actor || p.object < t);
  for (const t of [0.2, 0.3, 0.4]) show(`actor, duty missed or object < ${t}`, (p) => !p.actor || !p.duty || p.object < t);
  for (const t of [0.2, 0.3]) show(`actor missed and object < ${t}`, (p) => !p.actor && p.object < t);
  for (const t of [0.2, 0.3]) show(`duty missed and object < ${t}`, (p) => !p.duty && p.object < t);
  show('actor and duty missed', (p) => !p.actor && !p.duty);
  for (const n of [2, 3]) for (const t of [0.34, 0.5, 0.67]) show(`${n}+ duties, under ${t} carried`, (p) => p.clauseCount >= n && p.clauses < t);
  for (const t of [0.34, 0.5]) show(`any duties, under ${t} carried`, (p) => p.clauses < t);
  for (const t of [0.34, 0.5]) show(`2+ duties under ${t}, object < 0.3`, (p) => p.clauseCount >= 2 && p.clauses < t && p.object < 0.3);
  for (const t of [0.1, 0.15, 0.25]) show(`actor missed and object < ${t}`, (p) => !p.actor && p.object < t);
  for (const t of [0.1, 0.2]) show(`actor missed and (duty missed or object < ${t})`, (p) => !p.actor && (!p.duty || p.object < t));
  for (const t of [0.05, 0.1]) show(`object < ${t}`, (p) => p.object < t);
  for (const t of [0.1, 0.2]) show(`actor and duty missed or object < ${t} and actor missed`, (p) => !p.actor && (!p.duty || p.object < t));
  // Session 43: the main provision's parts (distinct duty verbs, the object's coordinated parts, its list items) counted.
  for (const n of [3, 4, 5]) for (const t of [0.25, 0.34, 0.5]) show(`${n}+ parts, under ${t} carried`, (p) => p.partsCount >= n && p.partsCarried / p.partsCount < t);
  for (const n of [3, 4]) for (const t of [0.25, 0.34, 0.5]) show(`${n}+ parts under ${t}, actor carried`, (p) => p.actor && p.partsCount >= n && p.partsCarried / p.partsCount < t);
  for (const n of [3, 4]) for (const t of [0.34, 0.5]) show(`${n}+ parts under ${t}, object < 0.3`, (p) => p.partsCount >= n && p.partsCarried / p.partsCount < t && p.object < 0.3);
  for (const n of [4, 5, 6]) for (const t of [0.2, 0.25, 0.3]) show(`${n}+ parts under ${t}`, (p) => p.partsCount >= n && p.partsCarried / p.partsCount < t);
  show('4+ parts under 0.25 or (actor missed and object < 0.2)', (p) => (p.partsCount >= 4 && p.partsCarried / p.partsCount < 0.25) || (!p.actor && p.object < 0.2));
  show('4+ parts under 0.25 and object < 0.3', (p) => p.partsCount >= 4 && p.partsCarried / p.partsCount < 0.25 && p.object < 0.3);
  show('4+ parts under 0.25 and object < 0.5', (p) => p.partsCount >= 4 && p.partsCarried / p.partsCount < 0.25 && p.object < 0.5);
  show('4+ parts, at most one carried', (p) => p.partsCount >= 4 && p.partsCarried <= 1);
  show('5+ parts, at most one carried', (p) => p.partsCount >= 5 && p.partsCarried <= 1);
  // Session 44: the parts counted by head noun and verb class.
  for (const n of [2, 3, 4, 5]) for (const t of [0.2, 0.25, 0.34, 0.5]) {
    const r = sets.map((s, i) => verdicts(s, new Set(links[i].filter((l) => l.heads.partsCount >= n && l.heads.partsCarried / l.heads.partsCount < t).map((l) => l.key))));
    const d = r.map((x, i) => x - base[i]);
    const sign = (x: number) => `${x >= 0 ? '+' : ''}${x}`;
    console.log(`${`heads: ${n}+ parts under ${t}`.padEnd(40)} ${sign(d.reduce((a, b) => a + b, 0)).padStart(4)}  [${dist(all.filter((l) => l.heads.partsCount >= n && l.heads.partsCarried / l.heads.partsCount < t))}]  ${ids.map((id, i) => `${id} ${sign(d[i])}`).join(' ')}`);
  }
  const old = (l: Strong) => l.parts.partsCount >= 4 && l.parts.partsCarried / l.parts.partsCount < 0.2;
  for (const n of [2, 3, 4]) for (const t of [0.25, 0.34, 0.5]) {
    const pick = (l: Strong) => old(l) && l.heads.partsCount >= n && l.heads.partsCarried / l.heads.partsCount < t;
    const r = sets.map((s, i) => verdicts(s, new Set(links[i].filter(pick).map((l) => l.key))));
    const d = r.map((x, i) => x - base[i]);
    const sign = (x: number) => `${x >= 0 ? '+' : ''}${x}`;
    console.log(`${`minority and heads ${n}+ under ${t}`.padEnd(40)} ${sign(d.reduce((a, b) => a + b, 0)).padStart(4)}  [${dist(all.filter(pick))}]  ${ids.map((id, i) => `${id} ${sign(d[i])}`).join(' ')}`);
  }
  if (process.argv.includes('--heads-rows'))
    for (const l of all.filter((l) => l.heads.partsCount >= 3 && l.heads.partsCarried / l.heads.partsCount < 0.34))
      console.log(`${label(l.gold)}\t${l.heads.partsCarried}/${l.heads.partsCount}\t${l.higher}\t<= ${l.lower}`);
  if (process.argv.includes('--parts'))
    for (const l of all.filter((l) => l.parts.partsCount >= 3 && l.parts.partsCarried / l.parts.partsCount < 0.5))
      console.log(`${label(l.gold)}\t${l.parts.partsCarried}/${l.parts.partsCount} a ${l.parts.actor ? 1 : 0} o ${l.parts.object.toFixed(2)}\t${l.higher}\t<= ${l.lower}`);
  if (process.argv.includes('--show'))
    for (const l of all.filter((l) => !l.parts.actor || !l.parts.duty || l.parts.object < 0.3))
      console.log(`${label(l.gold)}\ta ${l.parts.actor ? 1 : 0} d ${l.parts.duty ? 1 : 0} o ${l.parts.object.toFixed(2)}\t[${l.actors.join('/')}] [${l.duties.join('/')}]\t${l.higher}\t<= ${l.lower}`);
}

if (process.argv[1]?.endsWith('parts-features.ts')) void main();
