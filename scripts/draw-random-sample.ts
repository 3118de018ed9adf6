// `tsx scripts/draw-random-sample.ts [--draw first|second|third] [--seed N] [--out DIR] [--exclude DIRS|all]
// [--min-stratum N] [--write]`: the seeded random samples of the LawRefBook/Laws mirror behind
// tests/real/random + random-heldout (draw "first", session 18, the default) and tests/real/random2 +
// random2-heldout (draw "second", session 19: seed 1920261201, every set tests/ had excluded, and every
// stratum of at least 5 documents given one draw before the proportional allotment) and tests/real/random3 +
// random3-heldout (draw "third", session 34: seed 1920261220, every tests/**/sources.json of main 991457c
// excluded, stratified as the second, 24 documents).
// --seed, --out (the dev folder; the held-out one is DIR-heldout), --exclude (comma-separated set folders,
// or `all` = every tests/**/sources.json but the two output folders) and --min-stratum override a preset.
//
// Unbiased by design: no document is chosen by hand. The mirror's files at a pinned commit are listed,
// reserved titles (科学技术, 科普) dropped BEFORE anything else is done with the list, then the files that
// are not documents (案例/, scripts/, README, _index, root files, non-Markdown) and every document of the
// sets tests/ had at the time (EXCLUDED_SETS). The rest is stratified by top folder (each DLC province is
// its own folder: DLC/山东地方法规 …), SIZE documents allotted to the strata in proportion to their size
// (largest remainder), drawn in each stratum by a seeded shuffle, and split dev/held-out by the same
// generator (alternating inside each stratum, from a seeded coin, so both halves mirror the strata).
// Without --write it prints the draw; with --write it copies the files byte for byte into the two
// corpus folders and writes their sources.json. Re-running it gives the same 40 files
// (tests/real/random/draw.test.ts checks it when the mirror is on the machine).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// mulberry32: the project's small seeded generator, uniform in [0, 1) (the bench's corpora use it too).
import { mulberry32 as rng } from '../bench/synthetic.js';

export const SEED = 18_2026_12_01;
export const SEED2 = 19_2026_12_01;
export const MIRROR = '/work/.mirror/LawRefBook+Laws/repo';
export const SIZE = 40;
export const COMMIT = '2f4c5c23716267af9dbebbbbd6cbbf732b101981';
const RESERVED = /科学技术|科普/;
const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A seeded Fisher–Yates shuffle (a copy). */
export function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

export interface Entry { path: string; blob: string }

export interface SizedEntry extends Entry { bytes: number }

/** The mirror's files at COMMIT with their blob and size, reserved titles dropped before anything else. */
export function mirrorFiles(): SizedEntry[] {
  const out = execFileSync('git', ['-c', 'core.quotepath=off', '-C', MIRROR, 'ls-tree', '-r', '-l', COMMIT], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [meta, path] = l.split('\t') as [string, string];
      const [, , blob, size] = meta.split(/\s+/);
      return { path, blob: blob!, bytes: Number(size) };
    })
    .filter((e) => !RESERVED.test(e.path)); // reserved first, before the list is used at all
}

/** The sets whose documents were in use when the draw was made (session 18): their files are not drawn.
 *  A fixed list, so that a set added later does not change the draw. */
export const EXCLUDED_SETS = [
  'tests/ingest/structure/fixtures', 'tests/real', 'tests/real/charity', 'tests/real/disability', 'tests/real/elderly',
  'tests/real/fitness', 'tests/real/heritage', 'tests/real/kinds', 'tests/real/kinds-heldout', 'tests/real/legalaid',
  'tests/real/minors', 'tests/real/overseas', 'tests/real/unseen', 'tests/real/weather', 'tests/real/women',
];

/** The second draw (session 19) excludes every set tests/ had when it was made, the first draw's two
 *  halves included (what `--exclude all` listed then; fixed, for the same reason as EXCLUDED_SETS). */
export const EXCLUDED_SETS_2 = [...EXCLUDED_SETS, 'tests/real/fire', 'tests/real/random', 'tests/real/random-heldout'].sort();

export interface DrawOptions {
  seed: number;
  /** The dev folder; the held-out half goes to `${out}-heldout`. */
  out: string;
  exclude: string[];
  /** Strata of at least this many documents get one draw before the proportional allotment (0: none). */
  minStratum: number;
  /** Documents drawn, both halves (SIZE when absent). */
  size?: number;
}

/** The third draw (session 34) excludes every set with a sources.json on main 991457c (what `--exclude all`
 *  listed then; fixed, so that a set added later does not change the draw). */
export const EXCLUDED_SETS_3 = [
  'tests/ingest/structure/fixtures', 'tests/real', 'tests/real/charity', 'tests/real/disability', 'tests/real/elderly',
  'tests/real/fire', 'tests/real/fitness', 'tests/real/heritage', 'tests/real/kinds', 'tests/real/kinds-heldout',
  'tests/real/legalaid', 'tests/real/minors', 'tests/real/overseas', 'tests/real/random', 'tests/real/random-heldout',
  'tests/real/random2', 'tests/real/random2-heldout', 'tests/real/randomj-heldout', 'tests/real/randomk-heldout',
  'tests/real/randoml-heldout', 'tests/real/randomm-heldout', 'tests/real/randomn-heldout', 'tests/real/randomo-heldout',
  'tests/real/randomp-heldout', 'tests/real/randomq-heldout', 'tests/real/randomr-heldout', 'tests/real/randoms-heldout',
  'tests/real/randomt-heldout', 'tests/real/randomu-heldout', 'tests/real/randomv-heldout', 'tests/real/randomw-heldout',
  'tests/real/randomx', 'tests/real/randomx-heldout', 'tests/real/randomy-heldout', 'tests/real/randomz-heldout',
  'tests/real/residents', 'tests/real/teachers', 'tests/real/unseen', 'tests/real/weather', 'tests/real/women',
].sort();
export const SEED3 = 19_2026_12_20;

export const DRAWS: Record<'first' | 'second' | 'third', DrawOptions> = {
  first: { seed: SEED, out: 'tests/real/random', exclude: EXCLUDED_SETS, minStratum: 0 },
  second: { seed: SEED2, out: 'tests/real/random2', exclude: EXCLUDED_SETS_2, minStratum: 5 },
  third: { seed: SEED3, out: 'tests/real/random3', exclude: EXCLUDED_SETS_3, minStratum: 5, size: 24 },
};

/** Every folder under tests/ with a sources.json, but the draw's own output folders. */
export function allSets(out: string): string[] {
  const found = execFileSync('git', ['-C', ROOT, 'ls-files', '--', 'tests/**/sources.json', 'tests/sources.json'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/\/sources\.json$/, ''));
  return found.filter((d) => d !== out && d !== `${out}-heldout`).sort();
}

/** Mirror paths and blobs of the documents of the excluded sets. */
function usedElsewhere(sets: string[]): Set<string> {
  const used = new Set<string>();
  for (const dir of sets) {
    const s = JSON.parse(readFileSync(join(ROOT, dir, 'sources.json'), 'utf8')) as { files?: { source: string; blob: string }[] };
    for (const f of s.files ?? []) used.add(f.source).add(f.blob);
  }
  return used;
}

export function stratum(path: string): string {
  const parts = path.split('/');
  return parts[0] === 'DLC' ? `DLC/${parts[1]}` : parts[0]!;
}

function eligible(files: Entry[], used: Set<string>): Entry[] {
  return files
    .filter((e) => e.path.endsWith('.md') && e.path.includes('/'))
    .filter((e) => !/^(案例|scripts)\//.test(e.path))
    .filter((e) => !/(^|\/)(_index|README)\.md$/i.test(e.path))
    .filter((e) => !used.has(e.path) && !used.has(e.blob))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Largest-remainder allotment of `size` draws to strata in proportion to their sizes. With `minStratum`
 *  > 0, every stratum of at least that many documents first gets one draw, and the draws left are
 *  allotted in proportion to the documents left (so a stratum is not given its floor twice). */
export function allot(sizes: Map<string, number>, size: number, minStratum = 0): Map<string, number> {
  const floor = new Map([...sizes].map(([k, n]) => [k, minStratum > 0 && n >= minStratum ? 1 : 0]));
  const rest = size - [...floor.values()].reduce((a, b) => a + b, 0);
  if (rest < 0) throw new Error(`${size} draws cannot give one to each of ${size - rest} strata`);
  const left0 = new Map([...sizes].map(([k, n]) => [k, n - floor.get(k)!]));
  const total = [...left0.values()].reduce((a, b) => a + b, 0);
  const quota = [...left0].map(([k, n]) => ({ k, n, q: (n * rest) / total }));
  const got = new Map(quota.map(({ k, q }) => [k, floor.get(k)! + Math.floor(q)]));
  let left = size - [...got.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...quota].sort((a, b) => b.q - Math.floor(b.q) - (a.q - Math.floor(a.q)) || b.n - a.n || (a.k < b.k ? -1 : 1));
  for (const { k } of byRemainder) {
    if (left-- <= 0) break;
    got.set(k, got.get(k)! + 1);
  }
  return got;
}

const title = (e: Entry) =>
  execFileSync('git', ['-C', MIRROR, 'cat-file', 'blob', e.blob], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\n')[0]!;

/** The seeded draw: the pool's size, the strata and their allotment, the dev and held-out halves. */
export function draw(opts: DrawOptions = DRAWS.first) {
  const rand = rng(opts.seed);
  const pool = eligible(mirrorFiles(), usedElsewhere(opts.exclude));
  const strata = new Map<string, Entry[]>();
  for (const e of pool) strata.set(stratum(e.path), [...(strata.get(stratum(e.path)) ?? []), e]);
  const sizes = new Map([...strata].map(([k, v]) => [k, v.length]));
  const quota = allot(sizes, opts.size ?? SIZE, opts.minStratum);
  const dev: Entry[] = [];
  const held: Entry[] = [];
  for (const k of [...strata.keys()].sort()) {
    // A title line that names a reserved subject (the file name did not) is skipped, unread beyond it.
    const picked: Entry[] = [];
    for (const e of shuffle(strata.get(k)!, rand)) {
      if (picked.length >= quota.get(k)!) break;
      if (!RESERVED.test(title(e))) picked.push(e);
    }
    let toDev = rand() < 0.5;
    for (const e of picked) {
      (toDev ? dev : held).push(e);
      toDev = !toDev;
    }
  }
  // The alternation can leave the halves one apart per odd stratum; even them out by the seed.
  while (Math.abs(dev.length - held.length) > 1) {
    const [from, to] = dev.length > held.length ? [dev, held] : [held, dev];
    to.push(from.splice(Math.floor(rand() * from.length), 1)[0]!);
  }
  return { pool: pool.length, sizes, quota, dev, held };
}

/** Copies the drawn files byte for byte into `dir`/corpus and writes `dir`/sources.json (path, blob, `note`). */
export function writeDraw(dir: string, entries: Entry[], note: string) {
  mkdirSync(join(ROOT, dir, 'corpus'), { recursive: true });
  const files = entries.map((e) => {
    const file = e.path.split('/').pop()!;
    writeFileSync(join(ROOT, dir, 'corpus', file), execFileSync('git', ['-C', MIRROR, 'cat-file', 'blob', e.blob]));
    return { file, source: e.path, blob: e.blob };
  });
  const sources = { repository: 'https://github.com/LawRefBook/Laws', commit: COMMIT, note, files };
  writeFileSync(join(ROOT, dir, 'sources.json'), JSON.stringify(sources, null, 2) + '\n');
}

const drawNote = (opts: DrawOptions) =>
  `Seeded random draw (scripts/draw-random-sample.ts, seed ${opts.seed}${opts.minStratum ? `, one draw for every stratum of at least ${opts.minStratum} documents` : ''}); unedited copies (git hash-object <file> equals blob). Reserved titles (科学技术, 科普) were dropped before listing.`;

/** Design weights of the drawn documents: a stratum's documents in the pool over its draws (both halves),
 *  by file name. A stratum given its floor draw is over-represented; the weight undoes it. */
export function designWeights(d: ReturnType<typeof draw>): Map<string, number> {
  const w = new Map<string, number>();
  for (const e of [...d.dev, ...d.held]) w.set(e.path.split('/').pop()!, d.sizes.get(stratum(e.path))! / d.quota.get(stratum(e.path))!);
  return w;
}

/** Plain and stratum-weighted metadata accuracy of one scored half (`npm run eval -- --set X --json`). */
export function weightedScore(evalJson: unknown, weights: Map<string, number>) {
  const docs = (evalJson as { documents: { file: string; metadata?: { correct: number; total: number } }[] }[])[0]!.documents;
  let [c, t, wc, wt] = [0, 0, 0, 0];
  for (const doc of docs) {
    const m = doc.metadata;
    const w = weights.get(doc.file);
    if (!m || w === undefined) continue;
    [c, t, wc, wt] = [c + m.correct, t + m.total, wc + (w * m.correct) / m.total, wt + w];
  }
  return { plain: c / t, correct: c, total: t, weighted: wc / wt };
}

function options(argv: string[]): DrawOptions {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const preset = arg('draw') ?? 'first';
  if (preset !== 'first' && preset !== 'second' && preset !== 'third') throw new Error(`--draw first|second|third, not ${preset}`);
  const o = { ...DRAWS[preset] };
  if (arg('seed')) o.seed = Number(arg('seed'));
  if (arg('out')) o.out = arg('out')!.replace(/\/$/, '');
  if (arg('min-stratum')) o.minStratum = Number(arg('min-stratum'));
  const ex = arg('exclude');
  if (ex) o.exclude = ex === 'all' ? allSets(o.out) : ex.split(',');
  if (!Number.isInteger(o.seed) || !Number.isInteger(o.minStratum)) throw new Error('--seed and --min-stratum take integers');
  return o;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const opts = options(process.argv.slice(2));
  const d = draw(opts);
  console.log(`pool ${d.pool} documents; seed ${opts.seed}; one draw per stratum of ≥ ${opts.minStratum || '∞'}`);
  console.log(`excluded sets: ${opts.exclude.join(' ')}`);
  for (const [k, n] of [...d.sizes].sort((a, b) => b[1] - a[1])) console.log(`${k}\t${n}\t→ ${d.quota.get(k)}`);
  console.log('\ndev:');
  for (const e of d.dev) console.log(`  ${e.path}`);
  console.log('\nheld out:');
  for (const e of d.held) console.log(`  ${e.path}`);
  const scored = process.argv.indexOf('--score');
  if (scored >= 0) {
    // `--score eval.json`: the plain and the stratum-weighted metadata accuracy of a half the eval scored.
    const r = weightedScore(JSON.parse(readFileSync(process.argv[scored + 1]!, 'utf8')), designWeights(d));
    console.log(`\nmetadata: plain ${r.plain.toFixed(3)} (${r.correct}/${r.total}), stratum-weighted ${r.weighted.toFixed(3)}`);
  }
  if (process.argv.includes('--write')) {
    writeDraw(opts.out, d.dev, drawNote(opts));
    writeDraw(`${opts.out}-heldout`, d.held, drawNote(opts));
    console.log(`\nwritten to ${opts.out} and ${opts.out}-heldout`);
  }
}
