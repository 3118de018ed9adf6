// The dev link sets ingested with the linker's selections recorded, under given link options, cached under /tmp so that
// the session-25 harnesses (clause-cover.ts, article-order.ts, verdict-features.ts, pair-model.ts) weigh evidence
// quickly, each on a fresh ingest of today's pipeline (second-links.ts's cache is session 24's). Held-out link sets are
// refused: their misses are never described.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readGoldLinks, recordedIngest, withReplayFacts, type Candidates } from './links.js';
import type { Snapshot } from '../../graph-schema/index.js';
import { HELD_OUT_LINK_SETS, SETS, type SetId } from './sets.js';

export { HELD_OUT_LINK_SETS };
import type { DevSet } from './second-links.js';
import type { LinkOptions } from '../../ingest/link/options.js';

/** The dev link sets of regulations (the sample's are plans, selected by other rules). */
export const DEV_REGULATION_SETS: SetId[] = ['real', 'unseen', 'legalaid', 'charity', 'fire', 'residents', 'teachers', 'statistics', 'incometax', 'civildefence', 'techtransfer', 'standards', 'sme', 'rural', 'culture',
  'library',
  'tourism',
  'investment',
  'mental',
  'volunteer',
  'safety',
  'animal',
  'wildlife',
  'tendering',
  'mineral',
  'water',
  'soil',
  'flood',
  'drugs',
  'archives',
  'leave',
  'price',
  'cosmetics',
  'foodcheck',
  'labour',
  'trademark',
  'traffic',
  'police',
  'licence',
];
const CACHE = '/tmp/h25-link-cache';

/** A dev link set ingested with `link` over the default link options; `tag` names the options in the cache. */
export async function loadDev(id: SetId, link: Partial<LinkOptions> = {}, tag = 'default', fresh = false): Promise<DevSet> {
  if (HELD_OUT_LINK_SETS.includes(id)) throw new Error(`dev-cache: ${id} is a held-out link set`);
  const set = SETS[id];
  if (!set?.links) throw new Error(`dev-cache: ${id} has no link gold`);
  const gold = readGoldLinks(new URL(`file://${set.links}`));
  const file = `${CACHE}/${tag}/${id}.json`;
  if (!fresh && existsSync(file)) {
    const { snapshot, cands } = JSON.parse(readFileSync(file, 'utf8')) as { snapshot: Snapshot; cands: Candidates };
    // A cache made before session 49 (helper replay) lacks the facts select() replays the conduct and same-level rules with.
    return { id, gold, snapshot, cands: withReplayFacts(snapshot, cands) };
  }
  const { snapshot, cands } = await recordedIngest(set.corpus, link);
  mkdirSync(`${CACHE}/${tag}`, { recursive: true });
  writeFileSync(file, JSON.stringify({ snapshot, cands }));
  return { id, gold, snapshot, cands };
}

/** file#第X条 whatever chapter or section the path names (as the scorer keys articles). */
export const articleKey = (k: string) => k.replace(/#(?:第[^/#]+章\/)?(?:第[^/#]+节\/)?(第[^/#]+条)$/, '#$1');
export const docOf = (measureId: string) => measureId.split('#')[0];

const LABEL = /^\s*第[一二三四五六七八九十百零〇]+条(?:之[一二三四五六七八九十]+)?/;
/** The character bigrams of a text (Han runs only), its article label (第七条) left out. */
export function hanBigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.replace(LABEL, '').split(/[^\u4e00-\u9fff]+/)) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/** Gold and non-gold counts of what a rule would add (or drop), per set, on one line. */
export function tally<T extends { set: string; gold: unknown }>(name: string, xs: T[], keep: (x: T) => boolean): string {
  const per = new Map<string, [number, number]>();
  for (const x of xs) {
    if (!keep(x)) continue;
    const c = per.get(x.set) ?? per.set(x.set, [0, 0]).get(x.set)!;
    c[x.gold ? 0 : 1]++;
  }
  const [g, n] = [...per.values()].reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
  return `${name.padEnd(52)} gold ${String(g).padStart(3)} not ${String(n).padStart(5)}  ${[...per].map(([s, [a, b]]) => `${s} ${a}/${b}`).join(' ')}`;
}
