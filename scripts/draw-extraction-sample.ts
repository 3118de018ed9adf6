// `tsx scripts/draw-extraction-sample.ts [--y|--z|--w|--v|--u|--t|--s|--r|--q|--p|--o|--n|--m|--l|--k|--j|--i|--h|--g] [--write]`: the seeded random draw behind the EXTRACTION gold sets
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

/** Session 20's held-out draw (tests/real/randomy-heldout): a new seed, every tests/**\/sources.json on main 8b1d9e9
 *  excluded (the randomx and random2 halves included), the same ≤ MAX_BYTES pool cap, 6 documents, no dev half. */
export const SEED_Y = 1920261203;
export const SIZE_Y = 6;
export const EXCLUDED_SETS_Y = [
  ...EXCLUDED_SETS, 'tests/real/random2', 'tests/real/random2-heldout', 'tests/real/randomx', 'tests/real/randomx-heldout',
];
const OUT_Y = 'tests/real/randomy-heldout';

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

const title = (e: Entry) =>
  execFileSync('git', ['-C', MIRROR, 'cat-file', 'blob', e.blob], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\n')[0]!;

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

/** The session 20 draw: SIZE_Y documents, all held out. */
export function drawY() {
  const rand = rng(SEED_Y);
  const pool = eligible(mirrorFiles(), usedElsewhere(EXCLUDED_SETS_Y));
  const held: Entry[] = [];
  for (const e of shuffle(pool, rand)) {
    if (held.length >= SIZE_Y) break;
    if (!RESERVED.test(title(e))) held.push({ path: e.path, blob: e.blob });
  }
  return { pool: pool.length, held };
}

/** Session 21's held-out draw (tests/real/randomz-heldout): a new seed, every tests/**\/sources.json on main 68fb916
 *  excluded (randomy-heldout included), reserved titles dropped from the listing first, and NO byte cap. The ≤ MAX_BYTES
 *  cap already kept 94.8 % of the eligible documents (median 14,340 bytes, p90 29,347: measured on the mirror in
 *  session 21), so by count the bias was small — but it made a long code impossible; uncapped, each document is
 *  equally likely whatever its length (gold is written for the whole text). 5 documents, no dev half. */
export const SEED_Z = 1920261204;
export const SIZE_Z = 5;
export const EXCLUDED_SETS_Z = [...EXCLUDED_SETS_Y, 'tests/real/randomy-heldout'];
const OUT_Z = 'tests/real/randomz-heldout';

/** A held-out draw of `size` documents of any length from the pool less `excluded` sets: reserved paths are dropped
 *  before the shuffle, reserved title lines during it (drawZ, drawW, drawV). */
function drawUncapped(seed: number, size: number, excluded: string[]) {
  const rand = rng(seed);
  const pool = eligible(mirrorFiles().filter((e) => !RESERVED.test(e.path)), usedElsewhere(excluded), Infinity);
  const held: Entry[] = [];
  for (const e of shuffle(pool, rand)) {
    if (held.length >= size) break;
    if (!RESERVED.test(title(e))) held.push({ path: e.path, blob: e.blob });
  }
  return { pool: pool.length, held };
}

/** The session 21 draw: SIZE_Z documents of any length, all held out. */
export const drawZ = () => drawUncapped(SEED_Z, SIZE_Z, EXCLUDED_SETS_Z);

/** Session 22's held-out draw (tests/real/randomw-heldout): seed 1920261205, every tests/**\/sources.json on main b89984c
 *  excluded (randomz-heldout included), reserved titles dropped from the listing (by path) before the shuffle and by
 *  title line during it, no byte cap (as drawZ), 8 documents for a steadier figure, no dev half. */
export const SEED_W = 1920261205;
export const SIZE_W = 8;
export const EXCLUDED_SETS_W = [...EXCLUDED_SETS_Z, 'tests/real/randomz-heldout'];
const OUT_W = 'tests/real/randomw-heldout';

/** The session 22 draw: SIZE_W documents of any length, all held out. */
export const drawW = () => drawUncapped(SEED_W, SIZE_W, EXCLUDED_SETS_W);

/** Session 22's second held-out draw (tests/real/randomv-heldout), frozen before randomw-heldout's errors were read:
 *  seed 1920261206, every tests/**\/sources.json on main cba25e0 excluded (randomw-heldout included), reserved titles
 *  dropped as in drawW, no byte cap, 8 documents, no dev half. */
export const SEED_V = 1920261206;
export const SIZE_V = 8;
export const EXCLUDED_SETS_V = [...EXCLUDED_SETS_W, 'tests/real/randomw-heldout'];
const OUT_V = 'tests/real/randomv-heldout';

/** The second session 22 draw: SIZE_V documents of any length, all held out. */
export const drawV = () => drawUncapped(SEED_V, SIZE_V, EXCLUDED_SETS_V);

/** Session 23's held-out draw (tests/real/randomu-heldout), frozen before randomv-heldout's errors were read: seed
 *  1920261207, every tests/**\/sources.json on main 70497b6 excluded (randomv-heldout and randomw-heldout included),
 *  reserved titles dropped as in drawW, no byte cap, 8 documents, no dev half. */
export const SEED_U = 1920261207;
export const SIZE_U = 8;
export const EXCLUDED_SETS_U = [...EXCLUDED_SETS_V, 'tests/real/randomv-heldout'];
const OUT_U = 'tests/real/randomu-heldout';

/** The session 23 draw: SIZE_U documents of any length, all held out. */
export const drawU = () => drawUncapped(SEED_U, SIZE_U, EXCLUDED_SETS_U);

/** Session 23's second held-out draw (tests/real/randomt-heldout), frozen before randomu-heldout's errors were read:
 *  seed 1920261208, every tests/**\/sources.json on main 551a1a7 excluded (randomu-heldout included), reserved titles
 *  dropped as in drawW, no byte cap, 8 documents, no dev half. */
export const SEED_T = 1920261208;
export const SIZE_T = 8;
export const EXCLUDED_SETS_T = [...EXCLUDED_SETS_U, 'tests/real/randomu-heldout'];
const OUT_T = 'tests/real/randomt-heldout';

/** The second session 23 draw: SIZE_T documents of any length, all held out. */
export const drawT = () => drawUncapped(SEED_T, SIZE_T, EXCLUDED_SETS_T);

/** Session 24's held-out draw (tests/real/randoms-heldout), frozen before randomt-heldout's errors were read: seed
 *  1920261209, every tests/**\/sources.json on main 92bbfe0 excluded (randomt-heldout included), reserved titles
 *  dropped as in drawW, no byte cap, 8 documents, no dev half. */
export const SEED_S = 1920261209;
export const SIZE_S = 8;
export const EXCLUDED_SETS_S = [...EXCLUDED_SETS_T, 'tests/real/randomt-heldout'];
const OUT_S = 'tests/real/randoms-heldout';

/** The session 24 draw: SIZE_S documents of any length, all held out. */
export const drawS = () => drawUncapped(SEED_S, SIZE_S, EXCLUDED_SETS_S);

/** Session 25's held-out draw (tests/real/randomr-heldout), frozen before randoms-heldout's errors were read: seed
 *  1920261210, every tests/**\/sources.json on main ed401a1 excluded (randoms-heldout included), reserved titles dropped
 *  as in drawW, no byte cap, 8 documents, no dev half — and NEW, a drawn document whose body repeats one of those sets'
 *  documents (or an earlier pick's) is skipped (session 24 drew randomz's 人脸识别 规定 again under another path and blob; see nearDuplicate). */
export const SEED_R = 1920261210;
export const SIZE_R = 8;
export const EXCLUDED_SETS_R = [...EXCLUDED_SETS_S, 'tests/real/randoms-heldout'];
const OUT_R = 'tests/real/randomr-heldout';
/** Share of the longer body's character 8-grams found in the other body at or above which two texts are one document
 *  (an amended reprint or a retitled copy); the brief's "≥ 90 % the same". */
export const DUPLICATE_SHARE = 0.9;

const blobText = (blob: string) => execFileSync('git', ['-C', MIRROR, 'cat-file', 'blob', blob], { encoding: 'utf8', maxBuffer: 64 << 20 });
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

/** A held-out draw of `size` documents of any length from the pool less `excluded` sets, a drawn text repeating one of
 *  those sets' documents (or an earlier pick) skipped (drawR, drawQ, drawP, drawO, drawN, drawM, drawL, drawK, drawJ, drawI, drawH). */
function drawSkippingRepeats(seed: number, size: number, excluded: string[]) {
  const rand = rng(seed);
  const pool = eligible(mirrorFiles().filter((e) => !RESERVED.test(e.path)), usedElsewhere(excluded), Infinity);
  const setBodies = excluded.flatMap((dir) => {
    const s = JSON.parse(readFileSync(join(ROOT, dir, 'sources.json'), 'utf8')) as { files?: { source: string; blob: string }[] };
    return (s.files ?? []).map((f) => ({ source: f.source, body: body(blobText(f.blob)) }));
  });
  const held: Entry[] = [];
  const skipped: { path: string; repeats: string; share: number }[] = [];
  for (const e of shuffle(pool, rand)) {
    if (held.length >= size) break;
    const text = blobText(e.blob);
    if (RESERVED.test(text.split('\n')[0]!)) continue;
    const dup = nearDuplicate(text, setBodies);
    if (dup) skipped.push({ path: e.path, repeats: dup.source, share: dup.share });
    else {
      held.push({ path: e.path, blob: e.blob });
      setBodies.push({ source: e.path, body: body(text) }); // nor twice in this draw
    }
  }
  return { pool: pool.length, held, skipped };
}

/** The session 25 draw: SIZE_R documents of any length, none repeating a document of an excluded set. */
export const drawR = () => drawSkippingRepeats(SEED_R, SIZE_R, EXCLUDED_SETS_R);

/** Session 26's held-out draw (tests/real/randomq-heldout), frozen before randomr-heldout's errors were read: seed
 *  1920261211, every tests/**\/sources.json on main 35bff47 excluded (randomr-heldout included), reserved titles dropped
 *  as in drawW, no byte cap, near-duplicates of set documents skipped as in drawR, SIZE_Q documents, no dev half. */
export const SEED_Q = 1920261211;
export const SIZE_Q = 8;
export const EXCLUDED_SETS_Q = [...EXCLUDED_SETS_R, 'tests/real/randomr-heldout'];
const OUT_Q = 'tests/real/randomq-heldout';

/** The session 26 draw: SIZE_Q documents of any length, none repeating a document of an excluded set. */
export const drawQ = () => drawSkippingRepeats(SEED_Q, SIZE_Q, EXCLUDED_SETS_Q);

/** Session 27's held-out draw (tests/real/randomp-heldout), frozen before randomq-heldout's errors were read: seed
 *  1920261212, every tests/**\/sources.json on main 7853e97 excluded (randomq-heldout included), reserved titles dropped
 *  as in drawW, no byte cap, near-duplicates of set documents skipped as in drawR, SIZE_P documents, no dev half. */
export const SEED_P = 1920261212;
export const SIZE_P = 8;
export const EXCLUDED_SETS_P = [...EXCLUDED_SETS_Q, 'tests/real/randomq-heldout'];
const OUT_P = 'tests/real/randomp-heldout';

/** The session 27 draw: SIZE_P documents of any length, none repeating a document of an excluded set. */
export const drawP = () => drawSkippingRepeats(SEED_P, SIZE_P, EXCLUDED_SETS_P);

/** Session 28's held-out draw (tests/real/randomo-heldout), frozen before randomp-heldout's errors were read: seed
 *  1920261213, every tests/**\/sources.json on main d8ce707 excluded (randomp-heldout included), reserved titles dropped
 *  as in drawW, no byte cap, near-duplicates of set documents skipped as in drawR, SIZE_O documents, no dev half. */
export const SEED_O = 1920261213;
export const SIZE_O = 6;
export const EXCLUDED_SETS_O = [...EXCLUDED_SETS_P, 'tests/real/randomp-heldout'];
const OUT_O = 'tests/real/randomo-heldout';

/** The session 28 draw: SIZE_O documents of any length, none repeating a document of an excluded set. */
export const drawO = () => drawSkippingRepeats(SEED_O, SIZE_O, EXCLUDED_SETS_O);

/** Session 29's held-out draw (tests/real/randomn-heldout), frozen before randomo-heldout's errors were read: seed
 *  1920261214, every tests/**\/sources.json on main b1eea0b excluded (randomo-heldout included), reserved titles dropped
 *  as in drawW, no byte cap, near-duplicates of set documents skipped as in drawR, SIZE_N documents, no dev half. */
export const SEED_N = 1920261214;
export const SIZE_N = 6;
export const EXCLUDED_SETS_N = [...EXCLUDED_SETS_O, 'tests/real/randomo-heldout'];
const OUT_N = 'tests/real/randomn-heldout';

/** The session 29 draw: SIZE_N documents of any length, none repeating a document of an excluded set. */
export const drawN = () => drawSkippingRepeats(SEED_N, SIZE_N, EXCLUDED_SETS_N);

/** Session 30's held-out draw (tests/real/randomm-heldout), frozen before randomn-heldout's errors were read: seed
 *  1920261215, every tests/**\/sources.json on main 5d9702f excluded (randomn-heldout included), reserved titles dropped
 *  as in drawW, no byte cap, near-duplicates of set documents skipped as in drawR, SIZE_M documents, no dev half. */
export const SEED_M = 1920261215;
export const SIZE_M = 6;
export const EXCLUDED_SETS_M = [...EXCLUDED_SETS_N, 'tests/real/randomn-heldout'];
const OUT_M = 'tests/real/randomm-heldout';

/** The session 30 draw: SIZE_M documents of any length, none repeating a document of an excluded set. */
export const drawM = () => drawSkippingRepeats(SEED_M, SIZE_M, EXCLUDED_SETS_M);

/** Session 31's held-out draw (tests/real/randoml-heldout), frozen before randomm-heldout's errors were read: seed
 *  1920261216, every tests/**\/sources.json on main c56a18d excluded (randomm-heldout included), reserved titles dropped
 *  as in drawW, no byte cap, near-duplicates of set documents skipped as in drawR, SIZE_L documents, no dev half. */
export const SEED_L = 1920261216;
export const SIZE_L = 6;
export const EXCLUDED_SETS_L = [...EXCLUDED_SETS_M, 'tests/real/randomm-heldout'];
const OUT_L = 'tests/real/randoml-heldout';

/** The session 31 draw: SIZE_L documents of any length, none repeating a document of an excluded set. */
export const drawL = () => drawSkippingRepeats(SEED_L, SIZE_L, EXCLUDED_SETS_L);

/** Session 32's held-out draw (tests/real/randomk-heldout), frozen before randoml-heldout's errors were read: seed
 *  1920261217, every tests/**\/sources.json on main dd68737 excluded (randoml-heldout included), reserved titles dropped
 *  as in drawW, no byte cap, near-duplicates of set documents skipped as in drawR, SIZE_K documents, no dev half. */
export const SEED_K = 1920261217;
export const SIZE_K = 6;
export const EXCLUDED_SETS_K = [...EXCLUDED_SETS_L, 'tests/real/randoml-heldout'];
const OUT_K = 'tests/real/randomk-heldout';

/** The session 32 draw: SIZE_K documents of any length, none repeating a document of an excluded set. */
export const drawK = () => drawSkippingRepeats(SEED_K, SIZE_K, EXCLUDED_SETS_K);

/** Session 33's held-out draw (tests/real/randomj-heldout), frozen before randomk-heldout's errors were read: seed
 *  1920261218, every tests/**\/sources.json on main 010a1fb excluded (randomk-heldout and session 32's link
 *  family residents included), reserved titles dropped
 *  as in drawW, no byte cap, near-duplicates of set documents skipped as in drawR, SIZE_J documents, no dev half. */
export const SEED_J = 1920261218;
export const SIZE_J = 6;
export const EXCLUDED_SETS_J = [...EXCLUDED_SETS_K, 'tests/real/randomk-heldout', 'tests/real/residents'];
const OUT_J = 'tests/real/randomj-heldout';

/** The session 33 draw: SIZE_J documents of any length, none repeating a document of an excluded set. */
export const drawJ = () => drawSkippingRepeats(SEED_J, SIZE_J, EXCLUDED_SETS_J);

/** Session 34's held-out draw (tests/real/randomi-heldout), frozen before randomj-heldout's errors were read: seed
 *  1920261219, every tests/**\/sources.json on main 991457c excluded (randomj-heldout and session 33's teachers
 *  included), reserved titles dropped as in drawW, no byte cap, near-duplicates of set documents skipped as in drawR,
 *  SIZE_I documents, no dev half. */
export const SEED_I = 1920261219;
export const SIZE_I = 6;
export const EXCLUDED_SETS_I = [...EXCLUDED_SETS_J, 'tests/real/randomj-heldout', 'tests/real/teachers'];
const OUT_I = 'tests/real/randomi-heldout';

/** The session 34 draw: SIZE_I documents of any length, none repeating a document of an excluded set. */
export const drawI = () => drawSkippingRepeats(SEED_I, SIZE_I, EXCLUDED_SETS_I);

/** Session 35's held-out draw (tests/real/randomh-heldout), frozen before randomi-heldout's errors were read: seed
 *  1920261221, every tests/**\/sources.json on main c4ddade excluded (randomi-heldout, session 34's metadata draw
 *  random3 and random3-heldout, and the link family statistics included), reserved titles dropped as in drawW, no byte
 *  cap, near-duplicates of set documents skipped as in drawR, SIZE_H documents, no dev half. */
export const SEED_H = 1920261221;
export const SIZE_H = 6;
export const EXCLUDED_SETS_H = [
  ...EXCLUDED_SETS_I, 'tests/real/randomi-heldout', 'tests/real/random3', 'tests/real/random3-heldout', 'tests/real/statistics',
];
const OUT_H = 'tests/real/randomh-heldout';

/** The session 35 draw: SIZE_H documents of any length, none repeating a document of an excluded set. */
export const drawH = () => drawSkippingRepeats(SEED_H, SIZE_H, EXCLUDED_SETS_H);

/** Session 38's held-out draw (tests/real/randomg-heldout), frozen before randomh-heldout's errors were read: seed
 *  1920261222, every tests/**\/sources.json on main 78edcb8 excluded (randomh-heldout and the link families incometax,
 *  familyviolence, buildingenergy and language included), reserved titles dropped as in drawW, no byte cap,
 *  near-duplicates of set documents skipped as in drawR, SIZE_G documents, no dev half. */
export const SEED_G = 1920261222;
export const SIZE_G = 6;
export const EXCLUDED_SETS_G = [
  ...EXCLUDED_SETS_H, 'tests/real/randomh-heldout', 'tests/real/incometax', 'tests/real/familyviolence', 'tests/real/buildingenergy',
  'tests/real/language',
];
const OUT_G = 'tests/real/randomg-heldout';

/** The session 38 draw: SIZE_G documents of any length, none repeating a document of an excluded set. */
export const drawG = () => drawSkippingRepeats(SEED_G, SIZE_G, EXCLUDED_SETS_G);

const NOTE_G = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --g, seed ${SEED_G}; every tests/**/sources.json of main 78edcb8 excluded, randomh-heldout, incometax, familyviolence, buildingenergy and language included; a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_H = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --h, seed ${SEED_H}; every tests/**/sources.json of main c4ddade excluded, randomi-heldout, random3, random3-heldout and statistics included; a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_I = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --i, seed ${SEED_I}; every tests/**/sources.json of main 991457c excluded, randomj-heldout and teachers included; a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_J = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --j, seed ${SEED_J}; every tests/**/sources.json of main 010a1fb excluded, randomk-heldout and residents included; a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_K = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --k, seed ${SEED_K}; every tests/**/sources.json of main dd68737 excluded, randoml-heldout included; a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_L = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --l, seed ${SEED_L}; every tests/**/sources.json of main c56a18d excluded, randomm-heldout included; a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_M = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --m, seed ${SEED_M}; every tests/**/sources.json of main 5d9702f excluded, randomn-heldout included; a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_N = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --n, seed ${SEED_N}; every tests/**/sources.json of main b1eea0b excluded, randomo-heldout included; a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_O = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --o, seed ${SEED_O}; every tests/**/sources.json of main d8ce707 excluded, randomp-heldout included; a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_P = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --p, seed ${SEED_P}; every tests/**/sources.json of main 7853e97 excluded, randomq-heldout included; a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_Q = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --q, seed ${SEED_Q}; every tests/**/sources.json of main 35bff47 excluded, randomr-heldout included; a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_R = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --r, seed ${SEED_R}; every tests/**/sources.json of main ed401a1 excluded, randoms-heldout included; a document whose body repeats (≥ 90 % of 8-grams) one of those sets' documents skipped; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_S = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --s, seed ${SEED_S}; every tests/**/sources.json of main 92bbfe0 excluded, randomt-heldout included; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_T = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --t, seed ${SEED_T}; every tests/**/sources.json of main 551a1a7 excluded, randomu-heldout included; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_U = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --u, seed ${SEED_U}; every tests/**/sources.json of main 70497b6 excluded, randomv-heldout and randomw-heldout included; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_V = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --v, seed ${SEED_V}; every tests/**/sources.json of main cba25e0 excluded, randomw-heldout included; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_W = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --w, seed ${SEED_W}; every tests/**/sources.json of main b89984c excluded, randomz-heldout included; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_Z = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --z, seed ${SEED_Z}; every tests/**/sources.json of main 68fb916 excluded, randomy-heldout included; no byte cap: any length); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE_Y = `Seeded random draw for extraction gold, held out only (scripts/draw-extraction-sample.ts --y, seed ${SEED_Y}; every tests/**/sources.json of main 8b1d9e9 excluded; pool limited to ≤ ${MAX_BYTES} bytes ≈ 12,000 characters: biased towards short texts); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

const NOTE = `Seeded random draw for extraction gold (scripts/draw-extraction-sample.ts, seed ${SEED}; pool limited to ≤ ${MAX_BYTES} bytes ≈ 12,000 characters: biased towards short texts); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

/** The held-out-only draws by their command-line flag: what each draws, its seed, its pool and where it is written. */
const HELD_OUT_DRAWS: Record<string, { draw: () => { pool: number; held: Entry[]; skipped?: { path: string; repeats: string; share: number }[] }; seed: number; pool: string; out: string; note: string }> = {
  '--g': { draw: drawG, seed: SEED_G, pool: 'no byte cap, near-duplicates of set documents skipped', out: OUT_G, note: NOTE_G },
  '--h': { draw: drawH, seed: SEED_H, pool: 'no byte cap, near-duplicates of set documents skipped', out: OUT_H, note: NOTE_H },
  '--i': { draw: drawI, seed: SEED_I, pool: 'no byte cap, near-duplicates of set documents skipped', out: OUT_I, note: NOTE_I },
  '--j': { draw: drawJ, seed: SEED_J, pool: 'no byte cap, near-duplicates of set documents skipped', out: OUT_J, note: NOTE_J },
  '--k': { draw: drawK, seed: SEED_K, pool: 'no byte cap, near-duplicates of set documents skipped', out: OUT_K, note: NOTE_K },
  '--l': { draw: drawL, seed: SEED_L, pool: 'no byte cap, near-duplicates of set documents skipped', out: OUT_L, note: NOTE_L },
  '--m': { draw: drawM, seed: SEED_M, pool: 'no byte cap, near-duplicates of set documents skipped', out: OUT_M, note: NOTE_M },
  '--n': { draw: drawN, seed: SEED_N, pool: 'no byte cap, near-duplicates of set documents skipped', out: OUT_N, note: NOTE_N },
  '--o': { draw: drawO, seed: SEED_O, pool: 'no byte cap, near-duplicates of set documents skipped', out: OUT_O, note: NOTE_O },
  '--p': { draw: drawP, seed: SEED_P, pool: 'no byte cap, near-duplicates of set documents skipped', out: OUT_P, note: NOTE_P },
  '--q': { draw: drawQ, seed: SEED_Q, pool: 'no byte cap, near-duplicates of set documents skipped', out: OUT_Q, note: NOTE_Q },
  '--r': { draw: drawR, seed: SEED_R, pool: 'no byte cap, near-duplicates of set documents skipped', out: OUT_R, note: NOTE_R },
  '--s': { draw: drawS, seed: SEED_S, pool: 'no byte cap', out: OUT_S, note: NOTE_S },
  '--t': { draw: drawT, seed: SEED_T, pool: 'no byte cap', out: OUT_T, note: NOTE_T },
  '--u': { draw: drawU, seed: SEED_U, pool: 'no byte cap', out: OUT_U, note: NOTE_U },
  '--v': { draw: drawV, seed: SEED_V, pool: 'no byte cap', out: OUT_V, note: NOTE_V },
  '--w': { draw: drawW, seed: SEED_W, pool: 'no byte cap', out: OUT_W, note: NOTE_W },
  '--z': { draw: drawZ, seed: SEED_Z, pool: 'no byte cap', out: OUT_Z, note: NOTE_Z },
  '--y': { draw: drawY, seed: SEED_Y, pool: `≤ ${MAX_BYTES} bytes`, out: OUT_Y, note: NOTE_Y },
};
const heldOutFlag = Object.keys(HELD_OUT_DRAWS).find((f) => process.argv.includes(f));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && heldOutFlag) {
  const { draw: drawHeld, seed, pool, out, note } = HELD_OUT_DRAWS[heldOutFlag];
  const d = drawHeld();
  console.log(`pool ${d.pool} documents (${pool}); seed ${seed}\n\nheld out:`);
  for (const e of d.held) console.log(`  ${e.path}`);
  for (const k of d.skipped ?? []) console.log(`  skipped ${k.path}: repeats ${k.repeats} (${(100 * k.share).toFixed(1)} %)`);
  if (process.argv.includes('--write')) {
    writeDraw(out, d.held, note);
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
