// Exports the real law mirror's markdown files to a folder for ingest and bench, WITHOUT the
// reserved documents: every path whose name contains 科学技术 or 科普 is dropped from the listing
// before anything is read (they are kept for judging; never read, copy, test or tune on them).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const MIRROR_REPO = '/work/.mirror/LawRefBook+Laws/repo';
export const RESERVED = /科学技术|科普/;

export interface MirrorExport {
  dir: string;
  commit: string;
  files: number;
  bytes: number;
  reservedSkipped: number;
  /** With a sample: how many of the listing's paths it was drawn from, and the SHA-256 of the chosen
   *  paths (one a line, in order), so a figure names exactly which files it measured. */
  sample?: { of: number; count: number; pathsSha256: string };
}

/** Lists the non-reserved .md paths of HEAD (README and `_index.md` folder pages excluded). */
export function listMirror(repo = MIRROR_REPO): { commit: string; paths: string[]; reservedSkipped: number } {
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { maxBuffer: 1 << 28 });
  const commit = git('rev-parse', 'HEAD').toString().trim();
  const all = git('ls-tree', '-r', '-z', '--name-only', commit).toString('utf8').split('\0').filter(Boolean);
  const reserved = all.filter((p) => RESERVED.test(p));
  const paths = all
    .filter((p) => !RESERVED.test(p))
    .filter((p) => p.endsWith('.md') && !/(^|\/)(README|_index)\.md$/i.test(p))
    .sort();
  return { commit, paths, reservedSkipped: reserved.length };
}

/** A fixed, evenly spread sample of n paths of a (sorted) listing: the path at floor(i × len / n) for
 *  i = 0 … n − 1, so every law folder of the mirror is drawn from and the same listing always gives the
 *  same files (session 55's 300-file sample: every 11.5th of 3,454 paths). */
export function sampleMirrorPaths(paths: readonly string[], n: number): string[] {
  if (n >= paths.length) return [...paths];
  return Array.from({ length: n }, (_, i) => paths[Math.floor((i * paths.length) / n)]);
}

export const pathsSha256 = (paths: readonly string[]) => createHash('sha256').update(paths.join('\n') + '\n').digest('hex');

/** Writes the listed files under `out` (same relative paths), read one by one with `git cat-file`:
 *  the first `limit` paths of the listing, or with `sample` an evenly spread `sampleMirrorPaths`. */
export function exportMirror(out: string, options: { repo?: string; limit?: number; sample?: number } = {}): MirrorExport {
  const repo = options.repo ?? MIRROR_REPO;
  const { commit, paths, reservedSkipped } = listMirror(repo);
  const chosen = options.sample ? sampleMirrorPaths(paths, options.sample) : options.limit ? paths.slice(0, options.limit) : paths;
  let bytes = 0;
  // One `git cat-file --batch` process for all files: object header line, then the bytes.
  const input = chosen.map((p) => `${commit}:${p}`).join('\n') + '\n';
  const buf = execFileSync('git', ['-C', repo, 'cat-file', '--batch'], { input, maxBuffer: 1 << 30 });
  let at = 0;
  for (const p of chosen) {
    const nl = buf.indexOf(10, at);
    const header = buf.subarray(at, nl).toString();
    const size = Number(header.split(' ')[2]);
    if (!Number.isFinite(size)) throw new Error(`bench/mirror: cannot read ${p} from ${repo}: ${header}`);
    const body = buf.subarray(nl + 1, nl + 1 + size);
    at = nl + 1 + size + 1;
    const target = join(out, p);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, body);
    bytes += size;
  }
  return {
    dir: out,
    commit,
    files: chosen.length,
    bytes,
    reservedSkipped,
    ...(options.sample ? { sample: { of: paths.length, count: chosen.length, pathsSha256: pathsSha256(chosen) } } : {}),
  };
}

// `tsx bench/mirror.ts <out dir> [--limit n | --sample n] [--ingest <figures.json>]`: exports the mirror (the
// first n files of the listing with --limit, n files spread evenly over it with --sample); with --ingest, then ingests it as the bench does
// (bench/ingest-run.ts in a child process: the whole ingest on every core, then raw nodejieba `cut`
// over the same documents' text in the same process) and writes the figures, ratio per core
// included, to <figures.json> beside the export's source and commit. The snapshot goes to
// <figures.json>.snapshot.json. The bench's mirror section (`npm run bench`) does the same.
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const k = args.indexOf(name);
    return k >= 0 ? args.splice(k, 2)[1] : undefined;
  };
  const limit = flag('--limit');
  const sample = flag('--sample');
  const figuresOut = flag('--ingest');
  const out = args[0];
  if (!out || (limit !== undefined && !(Number(limit) > 0)) || (sample !== undefined && !(Number(sample) > 0))) {
    console.error('usage: tsx bench/mirror.ts <out dir> [--limit n | --sample n] [--ingest <figures.json>]');
    process.exit(2);
  }
  const r = exportMirror(out, { limit: limit ? Number(limit) : undefined, sample: sample ? Number(sample) : undefined });
  if (!figuresOut) console.log(JSON.stringify({ ...r }, null, 2));
  else {
    const { ingestInChild, stopChildrenOnSignal } = await import('./ingest-run.js');
    stopChildrenOnSignal((l) => console.error(l));
    const figures = await ingestInChild({ dir: r.dir, snapshotOut: `${figuresOut}.snapshot.json`, figuresOut, skipOneWorker: true }, (l) => console.error(l));
    const result = { source: `LawRefBook/Laws mirror @ ${r.commit}`, files: r.files, reservedSkipped: r.reservedSkipped, ...(r.sample ? { sample: r.sample } : {}), ...figures };
    writeFileSync(figuresOut, JSON.stringify(result, null, 1) + '\n');
    console.log(JSON.stringify({ files: r.files, reservedSkipped: r.reservedSkipped, documents: figures.documents_ingested, wallMs: figures.wallMs, ratioToJiebaPerCore: figures.ratioToJiebaPerCore, jiebaCutCharsPerSec: figures.jiebaCutCharsPerSec }));
  }
}
