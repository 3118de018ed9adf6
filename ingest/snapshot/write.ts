// Snapshot export: graph.export() with nodes and edges sorted by key (same input, same bytes),
// validated against graph-schema. Written with its report as a pair, atomically and with no stale
// half: both go to temporary files first, the old report is removed, then the snapshot and the
// report are renamed into place. A run killed at any point leaves the previous snapshot intact and
// never a report beside a snapshot it does not describe; the report names the snapshot's SHA-256,
// so a reader can check the pair (readReport in ingest/report.ts).
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Snapshot, type SnapshotAttributes } from '../../graph-schema/index.js';
import { OutputError } from '../errors.js';
import type { PolicyGraph } from './build.js';
import { edgeRecordSchema, nodeRecordSchema } from './record-schemas.js';

export function exportSnapshot(g: PolicyGraph, attributes: SnapshotAttributes): Snapshot {
  const raw = g.export();
  // The graph's own copy is not needed once exported (a caller that keeps `g` keeps it anyway).
  g.clear();
  const nodes = raw.nodes.sort((a, b) => cmp(a.key, b.key));
  const edges = raw.edges.sort((a, b) => cmp(a.key!, b.key!));
  raw.nodes = [];
  raw.edges = [];
  const head = Snapshot.safeParse(asJsonValue({ attributes, options: { type: 'directed' as const, multi: true as const, allowSelfLoops: false }, nodes: [], edges: [] }));
  if (!head.success) throw schemaError(head.error.issues[0]);
  // Each node and edge is made a plain JSON value in place (no JSON round trip of the whole graph)
  // and validated against graph-schema one at a time, its parsed value taking its place: the
  // same value as validating the whole snapshot at once (no rule spans two elements), without a
  // second copy of every node and edge in memory at the peak.
  // (graph-schema's record schemas compiled, session 60: record-schemas.ts, the same answers and errors.)
  const node = nodeRecordSchema();
  const edge = edgeRecordSchema();
  const snapshot: Snapshot = head.data;
  snapshot.nodes = nodes as Snapshot['nodes'];
  snapshot.edges = edges as unknown as Snapshot['edges'];
  for (let i = 0; i < nodes.length; i++) {
    const parsed = node.safeParse(asJsonValue(nodes[i]));
    if (!parsed.success) throw schemaError(parsed.error.issues[0], ['nodes', i]);
    snapshot.nodes[i] = parsed.data;
  }
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    const parsed = edge.safeParse(asJsonValue({ key: e.key!, source: e.source, target: e.target, attributes: e.attributes! }));
    if (!parsed.success) throw schemaError(parsed.error.issues[0], ['edges', i]);
    snapshot.edges[i] = parsed.data;
  }
  return snapshot;
}

export function schemaError(issue: { path: PropertyKey[]; message: string } | undefined, at: PropertyKey[] = []): Error {
  return new Error(`snapshot: the graph does not satisfy graph-schema at ${[...at, ...(issue?.path ?? [])].map(String).join('.')}: ${issue?.message}`);
}

/** In place, the value JSON.parse(JSON.stringify(v)) gives for plain data: undefined, function and
 *  symbol properties dropped (null in arrays), non-finite numbers null, -0 as 0. */
export function asJsonValue(v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? (Object.is(v, -0) ? 0 : v) : null;
  if (v === null || typeof v !== 'object') return v;
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return JSON.parse(JSON.stringify(v));
  // (Session 29, perf: no closure made per call, and a property written back only when its value changes: most are
  // strings and finite numbers, already JSON.)
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      const y = gone(x) ? null : asJsonValue(x);
      if (!Object.is(y, x)) v[i] = y;
    }
    return v;
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (gone(x)) delete o[k];
    else {
      const y = asJsonValue(x);
      if (!Object.is(y, x)) o[k] = y;
    }
  }
  return o;
}

const gone = (x: unknown) => x === undefined || typeof x === 'function' || typeof x === 'symbol';

/** JSON.stringify(value) + '\n' in pieces: a top-level object's arrays one element at a time, so
 *  the whole snapshot never exists as one string. Same characters as the one-string form. */
export function* jsonPieces(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value) + '\n';
    return;
  }
  yield '{';
  let first = true;
  for (const [k, x] of Object.entries(value as Record<string, unknown>)) {
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(k)}:`;
    first = false;
    if (Array.isArray(x)) {
      yield '[';
      for (let i = 0; i < x.length; i++) yield (i ? ',' : '') + (JSON.stringify(x[i]) ?? 'null');
      yield ']';
    } else yield JSON.stringify(x);
  }
  yield '}\n';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `<name>.report.json` beside `<name>.json`. */
export function reportPathOf(snapshotPath: string): string {
  return snapshotPath.replace(/(\.json)?$/, '.report.json');
}

/** What a failed write means for the user, by system error code. */
const WHY: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'no permission to write there',
  EPERM: 'no permission to write there',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder; give a file name such as out/snapshot.json',
  ENOENT: 'files or folders cannot be created there',
  ENAMETOOLONG: 'the path is too long',
  EFBIG: 'the file is larger than the system allows',
  EIO: 'the disk reported an input/output error',
};

function outputError(path: string, cause: unknown, what = 'write the snapshot to'): OutputError {
  const code = (cause as NodeJS.ErrnoException)?.code ?? 'EUNKNOWN';
  const why = WHY[code] ?? (cause as Error)?.message ?? String(cause);
  return new OutputError(path, code, `cannot ${what} ${path}: ${why} (${code}); the previous snapshot is unchanged`, { cause });
}

/**
 * Creates `dir` and its missing parents one at a time. Not mkdir({recursive}): on /proc it spins
 * at 100% CPU forever (Node 20), and its error for a file in the path names no culprit.
 */
export async function ensureFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = resolve(dir); ; ) {
    const info = await stat(d).catch((e: NodeJS.ErrnoException) => e);
    if (!(info instanceof Error)) {
      if (!info.isDirectory()) {
        throw new OutputError(d, 'ENOTDIR', `cannot write the snapshot under ${d}: it is a file, not a folder (ENOTDIR); the previous snapshot is unchanged`);
      }
      break;
    }
    if (info.code !== 'ENOENT' && info.code !== 'ENOTDIR') throw outputError(d, info, 'create the folder');
    missing.push(d);
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  for (const d of missing.reverse()) {
    try {
      await mkdir(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(d).then((s) => s.isDirectory(), () => false))) continue;
      throw outputError(d, e, 'create the folder');
    }
  }
}

/** Text pieces (strings, or UTF-8 bytes written as they are) to a new file in blocks of about 4 MB,
 *  flushed to the disk before it is closed; returns the SHA-256 of the bytes written. A string piece
 *  is encoded on its own, so it must not split a surrogate pair (JSON texts never do). */
async function writePiecesDurably(path: string, pieces: Iterable<string | Uint8Array>): Promise<string> {
  const fh = await open(path, 'wx');
  const hash = createHash('sha256');
  try {
    // Each piece is encoded or copied once into one reused block (session 27, perf: joining the
    // block's strings and encoding them again was ≈ 0.6 s at 1,000 documents; the records read back
    // from the streamed snapshot's files come as bytes and were decoded only to be encoded here).
    let block = Buffer.allocUnsafe(4 << 20);
    let used = 0;
    const flush = async () => {
      const data = block.subarray(0, used);
      hash.update(data);
      for (let done = 0; done < data.length; ) {
        const { bytesWritten } = await fh.write(data, done, data.length - done);
        if (bytesWritten === 0) throw Object.assign(new Error('no space left on the device'), { code: 'ENOSPC' });
        done += bytesWritten;
      }
      used = 0;
    };
    for (const p of pieces) {
      // At most 3 bytes a UTF-16 code unit in UTF-8.
      const room = typeof p === 'string' ? 3 * p.length : p.length;
      if (used + room > block.length) {
        await flush();
        if (room > block.length) block = Buffer.allocUnsafe(room);
      }
      if (typeof p === 'string') used += block.write(p, used);
      else {
        block.set(p, used);
        used += p.length;
      }
    }
    await flush();
    await fh.sync();
  } finally {
    await fh.close();
  }
  return hash.digest('hex');
}

/** Bytes to a new file, flushed to the disk before it is closed (a full disk fails here, not later). */
async function writeDurably(path: string, data: Buffer): Promise<void> {
  const fh = await open(path, 'wx');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Temporary files a killed run left beside `path` (`<name>.tmp-<pid>` of a process that is gone). */
async function removeLeftovers(path: string): Promise<void> {
  const prefix = `${basename(path)}.tmp-`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(name.slice(prefix.length));
    if (name.startsWith(prefix) && Number.isInteger(pid) && pid !== process.pid && !alive(pid)) {
      await rm(join(dirname(path), name), { force: true });
    }
  }
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Writes the snapshot and its report (`<name>.report.json`) as a pair; see the file comment. The
 * report gets `snapshotSha256`. Any failure is an OutputError with one line for the user, and the
 * temporary files are removed.
 */
export type WriteStep = 'snapshot-temp' | 'report-temp' | 'old-report-removed' | 'snapshot-renamed' | 'report-renamed';

export async function writeSnapshotPair<R extends object>(
  path: string,
  snapshot: unknown,
  report: R,
  /** Called after each step (tests kill the process there to check every interruption). */
  afterStep: (step: WriteStep) => void = () => undefined,
): Promise<R & { snapshotSha256: string }> {
  return writePiecesPair(path, () => jsonPieces(snapshot), report, afterStep);
}

/** writeSnapshotPair of a snapshot given as its text in pieces (ingest/snapshot/stream.ts). */
export async function writePiecesPair<R extends object>(
  path: string,
  pieces: () => Iterable<string | Uint8Array>,
  report: R,
  afterStep: (step: WriteStep) => void = () => undefined,
): Promise<R & { snapshotSha256: string }> {
  const reportPath = reportPathOf(path);
  await ensureFolder(dirname(path));
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw outputError(path, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
  await removeLeftovers(path);
  await removeLeftovers(reportPath);
  const tmp = `${path}.tmp-${process.pid}`;
  const reportTmp = `${reportPath}.tmp-${process.pid}`;
  try {
    await rm(tmp, { force: true });
    await rm(reportTmp, { force: true });
    const paired = { ...report, snapshotSha256: await writePiecesDurably(tmp, pieces()) };
    afterStep('snapshot-temp');
    await writeDurably(reportTmp, Buffer.from(JSON.stringify(paired) + '\n'));
    afterStep('report-temp');
    // From here on a kill leaves no report (old or new) rather than a stale one.
    await rm(reportPath, { force: true });
    afterStep('old-report-removed');
    await rename(tmp, path);
    afterStep('snapshot-renamed');
    await rename(reportTmp, reportPath);
    afterStep('report-renamed');
    return paired;
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    await rm(reportTmp, { force: true }).catch(() => undefined);
    if (e instanceof OutputError) throw e;
    throw outputError(path, e);
  }
}

/** One JSON file written atomically (temp file + rename), with the same one-line errors. */
export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await ensureFolder(dirname(path));
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await rm(tmp, { force: true });
    await writeDurably(tmp, Buffer.from(JSON.stringify(value) + '\n'));
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw outputError(path, e, 'write');
  }
}
