// Session 27 (issue 13): weak links judged per paragraph (款) and item (项). The gold's rule of strong and weak
// (tests/gold/README.md "Strong vs weak") is about units below the article: a link is strong when the lower article
// carries the higher article's main provision (its first paragraph, or a one-paragraph article whole) as a provision of
// its own; weak when only a side paragraph or one list item of the higher is carried, or only one item / a side clause of
// the lower carries it. This harness splits both articles of each link into their units, scores every lower unit ×
// higher unit pair by the IDF-weighted share of character bigrams (IDF over the units of the two documents), and rolls
// the unit matches up into features of the link (which higher unit is carried best, how much of the higher's first
// paragraph is carried by any one lower unit, whether the lower unit that carries it is an item of a list). `--read`
// prints the dev sets' gold-weak links the linker calls strong and the gold-weak links it misses, with the two texts and
// the gold's reason; `--grid` the coverage verdicts right when strong links matching a unit rule are made partial, on
// the replayed selection (links.ts select). Held-out sets are refused (dev-cache.ts HELD_OUT_LINK_SETS).
// `npx tsx tests/eval/links-units.ts [--sets real,unseen,legalaid,charity,fire] [--read] [--grid] [--fresh]`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Snapshot } from '../../graph-schema/index.js';
import { coverageAccuracy, readGoldLinks, recordedIngest, scoreLinks, select, withLinks, type Candidates } from './links.js';
import { DEV_REGULATION_SETS, HELD_OUT_LINK_SETS, articleKey, docOf } from './dev-cache.js';
import { defaults, index, type DevSet } from './second-links.js';
import { SETS, type SetId } from './sets.js';
import { DEFAULT_LINK_OPTIONS } from '../../ingest/link/options.js';
import { articleUnits, share, type ArticleUnit } from '../../ingest/link/side-paragraph.js';

const CACHE = process.env.LINK_UNITS_CACHE ?? '/tmp/links-units-cache';

export async function load(id: SetId, fresh = false): Promise<DevSet> {
  if (HELD_OUT_LINK_SETS.includes(id)) throw new Error(`links-units: ${id} is a held-out link set`);
  const set = SETS[id];
  if (!set?.links) throw new Error(`links-units: ${id} has no link gold`);
  const gold = readGoldLinks(new URL(`file://${set.links}`));
  const file = `${CACHE}/${id}.json`;
  if (!fresh && existsSync(file)) return { id, gold, ...(JSON.parse(readFileSync(file, 'utf8')) as { snapshot: Snapshot; cands: Candidates }) };
  // The records of the linker without the session-27 unit rules, so that the grid weighs them against it.
  const { snapshot, cands } = await recordedIngest(set.corpus, { sideParagraph: null, dutyListItem: null });
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify({ snapshot, cands }));
  return { id, gold, snapshot, cands };
}

// An article's paragraphs and items, as the linker's rule reads them (one definition: ingest/link/side-paragraph.ts).
export type Unit = ArticleUnit;
export const units = articleUnits;

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.split(/[^\u4e00-\u9fff]+/)) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}


export interface UnitFeatures {
  /** Units of the higher and lower article. */
  hUnits: number;
  lUnits: number;
  /** Share of the higher's first paragraph (its lead, items excluded) carried by the best lower unit, and the lower unit. */
  firstByUnit: number;
  firstUnitIsItem: boolean;
  /** Best share of any later higher unit (a side paragraph or an item) carried by one lower unit. */
  laterByUnit: number;
  /** As firstByUnit and laterByUnit with each higher paragraph whole (its items in it): its main provision (first
   *  paragraph and its list) and its side paragraphs. */
  mainByUnit: number;
  sideByUnit: number;
  /** mainByUnit by a lower paragraph (a provision of its own) and by a lower list item. */
  mainByParagraph: number;
  mainByItem: number;
  /** Share of the lower article's main text (its units outside list items) found in the higher article. */
  lowerLeadInHigher: number;
  /** Best share of one lower item found in the higher article. */
  lowerItemInHigher: number;
  lowerHasItems: boolean;
  higherHasItems: boolean;
}

export function unitFeatures(snapshot: Snapshot): (lower: string, higher: string) => UnitFeatures {
  const ix = index(snapshot);
  // Document frequency of each bigram over the units of each document pair's two documents.
  const docUnits = new Map<string, Set<string>[]>();
  for (const [id, text] of ix.text) {
    const d = docOf(id);
    const xs = docUnits.get(d) ?? docUnits.set(d, []).get(d)!;
    for (const u of units(text)) xs.push(bigrams(u.text));
  }
  const dfCache = new Map<string, Map<string, number>>();
  const dfOf = (a: string, b: string) => {
    const k = `${a}|${b}`;
    let m = dfCache.get(k);
    if (!m) {
      m = new Map();
      for (const s of [...(docUnits.get(a) ?? []), ...(docUnits.get(b) ?? [])]) for (const g of s) m.set(g, (m.get(g) ?? 0) + 1);
      dfCache.set(k, m);
    }
    return { df: m, n: (docUnits.get(a)?.length ?? 0) + (docUnits.get(b)?.length ?? 0) };
  };
  return (lower, higher) => {
    const { df, n } = dfOf(docOf(lower), docOf(higher));
    const idf = (g: string) => Math.log((n + 1) / ((df.get(g) ?? 0) + 1));
    const lu = units(ix.text.get(lower) ?? '');
    const hu = units(ix.text.get(higher) ?? '');
    const lb = lu.map((u) => bigrams(u.text));
    const hb = hu.map((u) => bigrams(u.text));
    const allH = new Set(hb.flatMap((s) => [...s]));
    let firstByUnit = 0;
    let firstUnitIsItem = false;
    if (hb[0]) for (let i = 0; i < lb.length; i++) {
      const s = share(hb[0], lb[i], idf);
      if (s > firstByUnit) [firstByUnit, firstUnitIsItem] = [s, lu[i].item];
    }
    let laterByUnit = 0;
    for (let j = 1; j < hb.length; j++) for (const l of lb) laterByUnit = Math.max(laterByUnit, share(hb[j], l, idf));
    const lead = new Set(lu.flatMap((u, i) => (u.item ? [] : [...lb[i]])));
    const paraB: Set<string>[] = [];
    hu.forEach((u, j) => {
      const s = paraB[u.paragraph] ?? (paraB[u.paragraph] = new Set());
      for (const g of hb[j]) s.add(g);
    });
    const bestBy = (h: Set<string> | undefined) => (h ? Math.max(0, ...lb.map((l) => share(h, l, idf))) : 0);
    const bestOf = (h: Set<string> | undefined, item: boolean) => (h ? Math.max(0, ...lb.map((l, i) => (lu[i].item === item ? share(h, l, idf) : 0))) : 0);
    return {
      mainByParagraph: bestOf(paraB[0], false),
      mainByItem: bestOf(paraB[0], true),
      mainByUnit: bestBy(paraB[0]),
      sideByUnit: Math.max(0, ...paraB.slice(1).map(bestBy)),
      hUnits: hu.length,
      lUnits: lu.length,
      firstByUnit,
      firstUnitIsItem,
      laterByUnit,
      lowerLeadInHigher: share(lead, allH, idf),
      lowerItemInHigher: Math.max(0, ...lu.flatMap((u, i) => (u.item ? [share(lb[i], allH, idf)] : []))),
      lowerHasItems: lu.some((u) => u.item),
      higherHasItems: hu.some((u) => u.item),
    };
  };
}

type Link = ReturnType<typeof select>[number];

function read(set: DevSet): void {
  const links = select(set.cands, defaults);
  const ix = index(set.snapshot);
  const f = unitFeatures(set.snapshot);
  const ours = new Map<string, Link>();
  for (const l of links) {
    const k = `${l.lower}>${l.higher}`;
    if (!ours.has(k) || l.verdict === 'implements') ours.set(k, l);
  }
  const cited = new Set(set.cands.cited.map((c) => `${c.lower}>${c.higher}`));
  const show = (title: string, keep: (o: Link | undefined) => boolean) => {
    console.log(`\n## ${set.id}: ${title}`);
    for (const g of set.gold.links) {
      if (g.strength !== 'weak') continue;
      const [lo, hi] = [ix.byKey.get(articleKey(g.lower)), ix.byKey.get(articleKey(g.higher))];
      if (!lo || !hi) continue;
      const o = ours.get(`${lo}>${hi}`);
      if (!keep(o)) continue;
      const x = f(lo, hi);
      const r = (v: number) => v.toFixed(2);
      console.log(`\n### ${g.lower.split('#')[0].slice(0, 14)} ${articleKey(g.lower).split('#')[1]} → ${articleKey(g.higher).split('#')[1]}  score ${o ? r(o.score) : '-'}${cited.has(`${lo}>${hi}`) ? ' cited' : ''}`);
      console.log(`why: ${g.why}`);
      console.log(`units L ${x.lUnits} H ${x.hUnits}; first-by-unit ${r(x.firstByUnit)}${x.firstUnitIsItem ? ' (item)' : ''}, later-by-unit ${r(x.laterByUnit)}, lower lead in higher ${r(x.lowerLeadInHigher)}, lower item ${r(x.lowerItemInHigher)}`);
      console.log(`L: ${(ix.text.get(lo) ?? '').replace(/\n/g, ' ¶ ').slice(0, 300)}`);
      console.log(`H: ${(ix.text.get(hi) ?? '').replace(/\n/g, ' ¶ ').slice(0, 300)}`);
    }
  };
  show('gold weak, called strong', (o) => o?.verdict === 'implements');
  show('gold weak, missed', (o) => !o);
}

/** Coverage verdicts right per set with the linker's strong links matching `weak` made partial (cited ones kept). */
function verdictsWith(sets: DevSet[], weak: (x: UnitFeatures, l: Link) => boolean): number[] {
  return sets.map((s) => {
    const links = select(s.cands, defaults);
    const cited = new Set(s.cands.cited.map((c) => `${c.lower}>${c.higher}`));
    const f = unitFeatures(s.snapshot);
    const out = links.map((l) => (l.verdict === 'implements' && !cited.has(`${l.lower}>${l.higher}`) && weak(f(l.lower, l.higher), l) ? { ...l, verdict: 'partial' as const } : l));
    return coverageAccuracy(s.gold, withLinks(s.snapshot, out)).right;
  });
}

function grid(sets: DevSet[]): void {
  const base = verdictsWith(sets, () => false);
  const ids = sets.map((s) => s.id);
  console.log(`coverage verdicts right, replayed linker: ${base.reduce((a, b) => a + b, 0)} (${ids.map((id, i) => `${id} ${base[i]}`).join(' ')})`);
  for (const s of sets) {
    const sc = scoreLinks(s.gold, withLinks(s.snapshot, select(s.cands, defaults)));
    console.log(`  ${s.id}: F1 ${sc.f1.toFixed(4)} confusion strong ${JSON.stringify(sc.confusion.strong)} weak ${JSON.stringify(sc.confusion.weak)} not ${JSON.stringify(sc.confusion.notALink)}`);
  }
  const show = (name: string, weak: (x: UnitFeatures, l: Link) => boolean) => {
    const r = verdictsWith(sets, weak);
    const d = r.map((x, i) => x - base[i]);
    const sign = (x: number) => `${x >= 0 ? '+' : ''}${x}`;
    console.log(`${name.padEnd(64)} ${sign(d.reduce((a, b) => a + b, 0)).padStart(4)}  ${ids.map((id, i) => `${id} ${sign(d[i])}`).join(' ')}`);
  };
  for (const t of [0.2, 0.3, 0.4, 0.5]) show(`higher first paragraph carried by one lower unit < ${t}`, (x) => x.hUnits > 1 && x.firstByUnit < t);
  for (const t of [0.2, 0.3, 0.4]) for (const m of [0, 0.1, 0.2]) show(`  … < ${t} and a later higher unit carried more (by > ${m})`, (x) => x.hUnits > 1 && x.firstByUnit < t && x.laterByUnit > x.firstByUnit + m);
  for (const t of [0.1, 0.15, 0.2, 0.3]) for (const m of [0, 0.1, 0.2, 0.3]) show(`main (with items) by one lower unit < ${t}, a side paragraph more by > ${m}`, (x) => x.mainByUnit < t && x.sideByUnit > x.mainByUnit + m);
  for (const t of [0.1, 0.15, 0.2, 0.25]) for (const m of [0, 0.1, 0.2]) show(`main by a lower paragraph < ${t}, a side paragraph or a lower item carries more by > ${m}`, (x) => x.mainByParagraph < t && Math.max(x.sideByUnit, x.mainByItem) > x.mainByParagraph + m);
  for (const t of [0.1, 0.15, 0.2, 0.25]) for (const m of [0, 0.1, 0.2]) show(`main by a lower paragraph < ${t}, a lower item carries more by > ${m}`, (x) => x.mainByParagraph < t && x.mainByItem > x.mainByParagraph + m);
  const dutyLead = new RegExp(DEFAULT_LINK_OPTIONS.dutyListItems!.lead);
  const textOf = new Map(sets.flatMap((s) => [...index(s.snapshot).text]));
  for (const m of [0, 0.1, 0.2]) show(`a duty list (dutyListItems.lead) whose item carries the main provision more by > ${m}`, (x, l) => dutyLead.test((textOf.get(l.lower) ?? '').replace(/\s+/g, '')) && x.mainByItem > x.mainByParagraph + m);
  show(`  … and the sideParagraph rule`, (x, l) => (dutyLead.test((textOf.get(l.lower) ?? '').replace(/\s+/g, '')) && x.mainByItem > x.mainByParagraph) || (x.mainByUnit < 0.1 && x.sideByUnit > x.mainByUnit + 0.1));
  const isDuty = (l: Link) => dutyLead.test((textOf.get(l.lower) ?? '').replace(/\s+/g, ''));
  const side = (x: UnitFeatures) => x.mainByUnit < 0.1 && x.sideByUnit > x.mainByUnit + 0.1;
  for (const m of [0, 0.1]) show(`a duty list, higher without items, an item carries its main more by > ${m}`, (x, l) => isDuty(l) && !x.higherHasItems && x.mainByItem > x.mainByParagraph + m);
  for (const m of [0, 0.1]) show(`any list, higher without items, an item carries its main more by > ${m}`, (x) => x.lowerHasItems && !x.higherHasItems && x.mainByItem > x.mainByParagraph + m);
  show(`duty list (margin 0) + sideParagraph`, (x, l) => (isDuty(l) && !x.higherHasItems && x.mainByItem > x.mainByParagraph) || side(x));
  show(`any list (margin 0) + sideParagraph`, (x) => (x.lowerHasItems && !x.higherHasItems && x.mainByItem > x.mainByParagraph) || side(x));
  for (const t of [0.05, 0.08, 0.1, 0.12]) show(`the higher's main provision carried under ${t} by any lower unit (side or not)`, (x) => x.mainByUnit < t);
  for (const t of [0.05, 0.08, 0.1]) show(`  … + duty list + sideParagraph`, (x, l) => x.mainByUnit < t || (isDuty(l) && !x.higherHasItems && x.mainByItem > x.mainByParagraph) || side(x));
  show(`the sideParagraph rule (main 0.1, margin 0.1)`, (x) => x.mainByUnit < 0.1 && x.sideByUnit > x.mainByUnit + 0.1);
  for (const t of [0.3, 0.4, 0.5]) show(`  the unit carrying it best is a lower item, share < ${t}`, (x) => x.firstUnitIsItem && x.firstByUnit < t);
  for (const t of [0.1, 0.2, 0.3]) for (const m of [0.1, 0.2]) show(`lower lead in higher < ${t}, an item in higher > lead + ${m}`, (x) => x.lowerHasItems && x.lowerLeadInHigher < t && x.lowerItemInHigher > x.lowerLeadInHigher + m);
}

async function main(): Promise<void> {
  const arg = process.argv.indexOf('--sets');
  const ids = (arg > 0 ? process.argv[arg + 1].split(',') : DEV_REGULATION_SETS) as SetId[];
  const fresh = process.argv.includes('--fresh');
  const sets: DevSet[] = [];
  for (const id of ids) sets.push(await load(id, fresh));
  if (process.argv.includes('--read')) for (const s of sets) read(s);
  if (process.argv.includes('--grid')) grid(sets);
}

if (process.argv[1]?.endsWith('links-units.ts')) void main();

/** The strong links a unit rule makes partial, with their gold grade (for reading why a rule loses). */
export function flips(set: DevSet, weak: (x: UnitFeatures) => boolean, lowerOk: (id: string) => boolean = () => true): string[] {
  const ix = index(set.snapshot);
  const grade = new Map(set.gold.links.map((g) => [`${ix.byKey.get(articleKey(g.lower))}>${ix.byKey.get(articleKey(g.higher))}`, g]));
  const cited = new Set(set.cands.cited.map((c) => `${c.lower}>${c.higher}`));
  const f = unitFeatures(set.snapshot);
  const r = (v: number) => v.toFixed(2);
  return select(set.cands, defaults).flatMap((l) => {
    const k = `${l.lower}>${l.higher}`;
    if (l.verdict !== 'implements' || cited.has(k) || !lowerOk(l.lower)) return [];
    const x = f(l.lower, l.higher);
    if (!weak(x)) return [];
    const g = grade.get(k);
    const short = (id: string) => `${docOf(id).slice(0, 10)} ${ix.text.get(id)?.match(/^第[^条]+条/)?.[0] ?? id.slice(-12)}`;
    return [`${g?.strength ?? 'not a link'} ${short(l.lower)} → ${short(l.higher)} score ${r(l.score)} first ${r(x.firstByUnit)} later ${r(x.laterByUnit)} main ${r(x.mainByUnit)} (paragraph ${r(x.mainByParagraph)}, item ${r(x.mainByItem)}) side ${r(x.sideByUnit)} H ${x.hUnits} L ${x.lUnits}${g ? ` | ${g.why.slice(0, 140)}` : ''}`];
  });
}
