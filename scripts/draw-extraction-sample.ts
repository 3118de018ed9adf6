// `tsx scripts/draw-extraction-sample.ts [--y|--z|--w|--v|--u|--t|--s|--r|--q|--p|--o|--n|--m|--l|--k|--j|--i|--h|--g|--f|--e] [--write]`: the seeded random draw behind the EXTRACTION gold sets
// tests/real/randomx (dev) and tests/real/randomx-heldout (held out), session 19.
//
// Why: the extraction sets before it were chosen by hand, by family (fire, fitness, charity …); their scores
// over-estimate what a reader sees on documents nobody here chose. This draw is uniform over the mirror's
// documents at a pinned commit, after
//   1. reserved titles (科学技术, 科普) are dropped from the listing before anything else is done with it,
//   2. files that are not documents are dropped (as in draw-random-sample.ts),
//   3. every document of every tests/**/sources.json that existed when the draw was made is excluded
//      (EXCLUDED_SETS, a fixed list so a set added later does not change the draw),
//   4. the pool is LIMITED TO SHORT TEXTS: at most MAX_BYTES bytes of UTF-8 (≈ 12,000 Chinese characters),
//      so that gold can be written by reading in one session. This biases the draw towards short
//      regulations (city rules, 决定, small 办法) and away from long codes — say so wherever it is quoted.
// SIZE documents are then drawn by a seeded shuffle (a title line naming a reserved subject is skipped,
// unread beyond it), and the SIZE picks are split dev/held-out by the same generator before anyone reads them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 as rng } from '../bench/synthetic.js';
import { MIRROR, mirrorFiles, shuffle, writeDraw, type Entry, type SizedEntry } from './draw-random-sample.js';

export const SEED = 1920261202;
export const SIZE = 10;
/** ≈ 12,000 characters of Chinese text (3 bytes each): the brief's limit on gold-writing effort. */
export const MAX_BYTES = 36_000;
const RESERVED = /科学技术|科普/;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = { dev: 'tests/real/randomx', held: 'tests/real/randomx-heldout' } as const;

/** Every tests/**\/sources.json on main 5f7593a (session 19), when the draw was made. */
export const EXCLUDED_SETS = [
  'tests/ingest/structure/fixtures', 'tests/real', 'tests/real/charity', 'tests/real/disability', 'tests/real/elderly',
  'tests/real/fire', 'tests/real/fitness', 'tests/real/heritage', 'tests/real/kinds', 'tests/real/kinds-heldout',
  'tests/real/legalaid', 'tests/real/minors', 'tests/real/overseas', 'tests/real/random', 'tests/real/random-heldout',
  'tests/real/unseen', 'tests/real/weather', 'tests/real/women',
];

function usedElsewhere(sets: string[] = EXCLUDED_SETS): Set<string> {
  const used = new Set<string>();
  for (const dir of sets) {
    const s = JSON.parse(readFileSync(join(ROOT, dir, 'sources.json'), 'utf8')) as { files?: { source: string; blob: string }[] };
    for (const f of s.files ?? []) used.add(f.source).add(f.blob);
  }
  return used;
}

function eligible(files: SizedEntry[], used: Set<string>, maxBytes = MAX_BYTES): SizedEntry[] {
  return files
    .filter((e) => e.path.endsWith('.md') && e.path.includes('/'))
    .filter((e) => !/^(案例|scripts)\//.test(e.path))
    .filter((e) => !/(^|\/)(_index|README)\.md$/i.test(e.path))
    .filter((e) => !used.has(e.path) && !used.has(e.blob))
    .filter((e) => e.bytes <= maxBytes)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const title = (e: Entry) => blobText(e.blob).split('\n')[0]!;

/** The seeded draw: the pool's size and the dev and held-out halves (SIZE / 2 each). */
export function draw() {
  const rand = rng(SEED);
  const pool = eligible(mirrorFiles(), usedElsewhere());
  const picked: Entry[] = [];
  for (const e of shuffle(pool, rand)) {
    if (picked.length >= SIZE) break;
    if (!RESERVED.test(title(e))) picked.push({ path: e.path, blob: e.blob });
  }
  const split = shuffle(picked, rand);
  return { pool: pool.length, dev: split.slice(0, SIZE / 2), held: split.slice(SIZE / 2) };
}

/** The mirror's text of a blob, read once per process (the held-out draws re-read the same excluded sets' blobs). */
const blobs = new Map<string, string>();
function blobText(blob: string): string {
  let t = blobs.get(blob);
  if (t === undefined) blobs.set(blob, (t = execFileSync('git', ['-C', MIRROR, 'cat-file', 'blob', blob], { encoding: 'utf8', maxBuffer: 64 << 20 })));
  return t;
}

/** Share of the longer body's character 8-grams found in the other body at or above which two texts are one document
 *  (an amended reprint or a retitled copy); the brief's "≥ 90 % the same". */
export const DUPLICATE_SHARE = 0.9;

/** The text after its title line, whitespace removed (the Markdown heading and the mirror's spacing are not the text). */
export const body = (text: string) => text.split('\n').slice(1).join('').replace(/\s+/g, '');
function grams(b: string): Set<string> {
  const g = new Set<string>();
  for (let i = 0; i + 8 <= b.length; i++) g.add(b.slice(i, i + 8));
  return g;
}

/** How much of the longer of two bodies the other repeats: shared 8-grams over the longer's 8-grams (1 when equal). */
export function sameShare(a: string, b: string): number {
  if (a === b) return 1;
  const [ga, gb] = [grams(a), grams(b)];
  if (Math.min(ga.size, gb.size) < DUPLICATE_SHARE * Math.max(ga.size, gb.size)) return 0; // cannot reach the share
  let shared = 0;
  for (const x of ga) if (gb.has(x)) shared++;
  return shared / Math.max(ga.size, gb.size, 1);
}

/** The set document a drawn text repeats (≥ DUPLICATE_SHARE of the longer body), if any. */
function nearDuplicate(text: string, setBodies: { source: string; body: string }[]): { source: string; share: number } | undefined {
  const b = body(text);
  for (const s of setBodies) {
    if (Math.min(b.length, s.body.length) < 0.85 * Math.max(b.length, s.body.length)) continue;
    const share = sameShare(b, s.body);
    if (share >= DUPLICATE_SHARE) return { source: s.source, share };
  }
  return undefined;
}

/** How a held-out draw chose its pool: `short` ≤ MAX_BYTES (session 20 only); `any` length, reserved paths dropped before
 *  the shuffle and reserved title lines during it (sessions 21–24); `anyNoRepeats` as `any`, and a drawn text repeating
 *  (≥ DUPLICATE_SHARE of its 8-grams) a document of an excluded set or an earlier pick skipped (session 25 on: session 24
 *  drew randomz's 人脸识别 规定 again under another path and blob). */
export type DrawPool = 'short' | 'any' | 'anyNoRepeats';

/** One held-out extraction draw, frozen before the previous draw's errors were read: 4 to 8 documents, no dev half. */
export interface HeldOutDraw {
  /** command-line flag and the set it wrote (tests/real/<set>) */
  flag: string;
  set: string;
  session: number;
  seed: number;
  size: number;
  /** main's commit whose every tests/**\/sources.json the draw excluded */
  main: string;
  /** the sets excluded beyond the previous draw's list (the first draw: beyond EXCLUDED_SETS) */
  adds: string[];
  pool: DrawPool;
  /** the least pool the test expects (the capped randomy pool held 3,039; session 38's uncapped pool, after 31 more sets
   *  were excluded, holds exactly 3,039) */
  minPool?: number;
}

const ANY_NO_REPEATS = 'anyNoRepeats' as const;
/** Every held-out draw in the order they were made; each excludes what the one before it did, plus its `adds`. */
export const HELD_OUT_DRAWS: HeldOutDraw[] = [
  { flag: '--y', set: 'randomy-heldout', session: 20, seed: 1920261203, size: 6, main: '8b1d9e9', adds: ['random2', 'random2-heldout', 'randomx', 'randomx-heldout'], pool: 'short' },
  { flag: '--z', set: 'randomz-heldout', session: 21, seed: 1920261204, size: 5, main: '68fb916', adds: ['randomy-heldout'], pool: 'any' },
  { flag: '--w', set: 'randomw-heldout', session: 22, seed: 1920261205, size: 8, main: 'b89984c', adds: ['randomz-heldout'], pool: 'any' },
  { flag: '--v', set: 'randomv-heldout', session: 22, seed: 1920261206, size: 8, main: 'cba25e0', adds: ['randomw-heldout'], pool: 'any' },
  { flag: '--u', set: 'randomu-heldout', session: 23, seed: 1920261207, size: 8, main: '70497b6', adds: ['randomv-heldout'], pool: 'any' },
  { flag: '--t', set: 'randomt-heldout', session: 23, seed: 1920261208, size: 8, main: '551a1a7', adds: ['randomu-heldout'], pool: 'any' },
  { flag: '--s', set: 'randoms-heldout', session: 24, seed: 1920261209, size: 8, main: '92bbfe0', adds: ['randomt-heldout'], pool: 'any' },
  { flag: '--r', set: 'randomr-heldout', session: 25, seed: 1920261210, size: 8, main: 'ed401a1', adds: ['randoms-heldout'], pool: ANY_NO_REPEATS },
  { flag: '--q', set: 'randomq-heldout', session: 26, seed: 1920261211, size: 8, main: '35bff47', adds: ['randomr-heldout'], pool: ANY_NO_REPEATS },
  { flag: '--p', set: 'randomp-heldout', session: 27, seed: 1920261212, size: 8, main: '7853e97', adds: ['randomq-heldout'], pool: ANY_NO_REPEATS },
  { flag: '--o', set: 'randomo-heldout', session: 28, seed: 1920261213, size: 6, main: 'd8ce707', adds: ['randomp-heldout'], pool: ANY_NO_REPEATS },
  { flag: '--n', set: 'randomn-heldout', session: 29, seed: 1920261214, size: 6, main: 'b1eea0b', adds: ['randomo-heldout'], pool: ANY_NO_REPEATS },
  { flag: '--m', set: 'randomm-heldout', session: 30, seed: 1920261215, size: 6, main: '5d9702f', adds: ['randomn-heldout'], pool: ANY_NO_REPEATS },
  { flag: '--l', set: 'randoml-heldout', session: 31, seed: 1920261216, size: 6, main: 'c56a18d', adds: ['randomm-heldout'], pool: ANY_NO_REPEATS },
  { flag: '--k', set: 'randomk-heldout', session: 32, seed: 1920261217, size: 6, main: 'dd68737', adds: ['randoml-heldout'], pool: ANY_NO_REPEATS },
  { flag: '--j', set: 'randomj-heldout', session: 33, seed: 1920261218, size: 6, main: '010a1fb', adds: ['randomk-heldout', 'residents'], pool: ANY_NO_REPEATS },
  { flag: '--i', set: 'randomi-heldout', session: 34, seed: 1920261219, size: 6, main: '991457c', adds: ['randomj-heldout', 'teachers'], pool: ANY_NO_REPEATS },
  { flag: '--h', set: 'randomh-heldout', session: 35, seed: 1920261221, size: 6, main: 'c4ddade', adds: ['randomi-heldout', 'random3', 'random3-heldout', 'statistics'], pool: ANY_NO_REPEATS },
  { flag: '--g', set: 'randomg-heldout', session: 38, seed: 1920261222, size: 6, main: '78edcb8', adds: ['randomh-heldout', 'incometax', 'familyviolence', 'buildingenergy', 'language'], pool: ANY_NO_REPEATS, minPool: 3_039 },
  // session 40: four documents, not six (decided before the draw): the lead writes their gold by reading in the same session
  { flag: '--f', set: 'randomf-heldout', session: 40, seed: 1920261223, size: 4, main: '304bcda', adds: ['randomg-heldout', 'energy', 'earthquake', 'coop'], pool: ANY_NO_REPEATS, minPool: 3_022 },
  // session 41: four documents again (decided before the draw), gold by the lead by reading in the same session
  { flag: '--e', set: 'randome-heldout', session: 41, seed: 1920261224, size: 4, main: '5e1eed0', adds: ['randomf-heldout', 'civildefence'], pool: ANY_NO_REPEATS, minPool: 3_017 },
];

/** The sets a held-out draw excluded: EXCLUDED_SETS and every `adds` up to and including its own. */
export function excludedSets(d: HeldOutDraw): string[] {
  const upTo = HELD_OUT_DRAWS.slice(0, HELD_OUT_DRAWS.indexOf(d) + 1);
  return [...EXCLUDED_SETS, ...upTo.flatMap((x) => x.adds.map((a) => `tests/real/${a}`))];
}

/** A held-out draw made again: the pool's size, the documents drawn, and (anyNoRepeats) the repeats it skipped. */
export function drawHeldOut(d: HeldOutDraw): { pool: number; held: Entry[]; skipped: { path: string; repeats: string; share: number }[] } {
  const excluded = excludedSets(d);
  const rand = rng(d.seed);
  const listed = d.pool === 'short' ? mirrorFiles() : mirrorFiles().filter((e) => !RESERVED.test(e.path));
  const pool = eligible(listed, usedElsewhere(excluded), d.pool === 'short' ? MAX_BYTES : Infinity);
  const setBodies = d.pool !== ANY_NO_REPEATS ? [] : excluded.flatMap((dir) => {
    const s = JSON.parse(readFileSync(join(ROOT, dir, 'sources.json'), 'utf8')) as { files?: { source: string; blob: string }[] };
    return (s.files ?? []).map((f) => ({ source: f.source, body: body(blobText(f.blob)) }));
  });
  const held: Entry[] = [];
  const skipped: { path: string; repeats: string; share: number }[] = [];
  for (const e of shuffle(pool, rand)) {
    if (held.length >= d.size) break;
    const text = blobText(e.blob);
    if (RESERVED.test(text.split('\n')[0]!)) continue;
    const dup = d.pool === ANY_NO_REPEATS ? nearDuplicate(text, setBodies) : undefined;
    if (dup) skipped.push({ path: e.path, repeats: dup.source, share: dup.share });
    else {
      held.push({ path: e.path, blob: e.blob });
      setBodies.push({ source: e.path, body: body(text) }); // nor twice in this draw
    }
  }
  return { pool: pool.length, held, skipped };
}

const POOL_WORDS: Record<DrawPool, string> = {
  short: `pool limited to ≤ ${MAX_BYTES} bytes ≈ 12,000 characters: biased towards short texts`,
  any: 'no byte cap: any length',
  anyNoRepeats: "a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length",
};
/** The note a held-out draw writes into its sources.json. */
const noteOf = (d: HeldOutDraw) =>
  `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts ${d.flag}, seed ${d.seed}; every tests/**/sources.json of main ${d.main} excluded${d.pool === 'short' ? '' : `, ${d.adds.join(', ')} included`}; ${POOL_WORDS[d.pool]}); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE = `Seeded random draw for extraction gold (scripts/draw-extraction-sample.ts, seed ${SEED}; pool limited to ≤ ${MAX_BYTES} bytes ≈ 12,000 characters: biased towards short texts); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const heldOut = HELD_OUT_DRAWS.find((d) => process.argv.includes(d.flag));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && heldOut) {
  const d = drawHeldOut(heldOut);
  console.log(`pool ${d.pool} documents (${POOL_WORDS[heldOut.pool]}); seed ${heldOut.seed}\n\nheld out:`);
  for (const e of d.held) console.log(`  ${e.path}`);
  for (const k of d.skipped) console.log(`  skipped ${k.path}: repeats ${k.repeats} (${(100 * k.share).toFixed(1)} %)`);
  if (process.argv.includes('--write')) {
    const out = `tests/real/${heldOut.set}`;
    writeDraw(out, d.held, noteOf(heldOut));
    console.log(`\nwritten to ${out}`);
  }
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const d = draw();
  console.log(`pool ${d.pool} documents (≤ ${MAX_BYTES} bytes); seed ${SEED}`);
  console.log('\ndev:');
  for (const e of d.dev) console.log(`  ${e.path}`);
  console.log('\nheld out:');
  for (const e of d.held) console.log(`  ${e.path}`);
  if (process.argv.includes('--write')) {
    writeDraw(OUT.dev, d.dev, NOTE);
    writeDraw(OUT.held, d.held, NOTE);
    console.log(`\nwritten to ${OUT.dev} and ${OUT.held}`);
  }
}
