// One ingest of a folder for the bench, in a process of its own (so its peak memory is its own,
// not the bench's with earlier snapshots in it): the per-file stages on 1 thread and on every core
// (speed-up), then the whole ingest on every core with resident memory per phase, and raw
// nodejieba `cut` over the same cleaned text in the same process. Writes the snapshot to a file
// and prints the figures as one JSON line. `ingestInChild` runs it from the bench.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { ingestToFile } from '../ingest/pipeline.js';
import { runPerFile } from '../ingest/parallel/pool.js';
import { loadLexicon } from '../ingest/lexicon/load.js';
import type { Snapshot } from '../graph-schema/index.js';
import { jiebaCharsPerSecond, MemorySampler, round } from './measure.js';
import { plantedScore } from './planted.js';
import { SideFiles } from './side-files.js';

export interface IngestRunArgs {
  dir: string;
  snapshotOut: string;
  figuresOut: string;
  skipOneWorker?: boolean;
  /** Threads for the whole ingest (default: the pipeline's own choice); the speed-up run uses every core. */
  workers?: number;
  /** planted.json of a synthetic corpus: precision/recall of the IMPLEMENTS found. */
  planted?: string;
}

export async function ingestRun(args: IngestRunArgs) {
  const workers = availableParallelism();
  const { listSources, readSource } = await import('../ingest/read/index.js');
  const files = (await listSources([args.dir])).map((p) => ({ path: p, name: relative(args.dir, p) }));
  const read = (path: string, name: string) => readSource(path, { root: undefined }).then((r) => ({ ...r, file: name }));
  const lexicon = loadLexicon();
  const perFile = async (n: number) => {
    const t = performance.now();
    await runPerFile(files, { workers: n, lexicon, read, onResult: () => undefined });
    return performance.now() - t;
  };

  const memory = new MemorySampler();
  // The main thread's V8 heap beside the resident set (which counts the worker threads too).
  const heap = new MemorySampler({ metric: 'heapUsed' });
  memory.enter('perFile');
  heap.enter('perFile');
  const t = performance.now();
  // How far a long run got and its memory, every 100 files (stderr, so a run stopped early still
  // tells its files/s and memory curve), and in the figures.
  const curve: { done: number; s: number; rssMB: number }[] = [];
  const point = (done: number) => {
    const p = { done, s: Math.round((performance.now() - t) / 1000), rssMB: Math.round(process.memoryUsage().rss / 2 ** 20) };
    curve.push(p);
    console.error(`progress ${JSON.stringify({ ...p, total: files.length })}`);
  };
  // The snapshot is streamed to its file (as the CLI does). What the figures read of its records
  // (each corpus document's text for jieba's cut, each Document's dates and each IMPLEMENTS edge's
  // two ends for the planted score) goes to side files and is read back only after the ingest's
  // high-water mark is taken: held in memory, it was the bench's own memory in the figure it
  // measures (session 19: ≈ 51 MB of texts and 341k edge ends at 10,000 documents, the ends
  // from the link phase on, since IMPLEMENTS edges are written as the threads link).
  const side = new SideFiles(args.figuresOut);
  const counted = { nodes: 0, edges: 0 };
  const { report } = await ingestToFile({
    inputs: [args.dir],
    out: args.snapshotOut,
    onRecord: (kind, r) => {
      counted[kind === 'node' ? 'nodes' : 'edges']++;
      const a = r.attributes;
      if (a?.type === 'Document') {
        side.docs.line(JSON.stringify([r.key, a.issuedOn ?? null, a.year ?? null]));
        if (a.inCorpus) side.texts.line(JSON.stringify(String(a.text ?? '')));
      } else if (a?.type === 'IMPLEMENTS' && 'source' in r) side.ends.line(`${r.source}\t${r.target}`);
    },
    // As a user runs it: every core for a big batch, the main thread for a small one (pool.ts).
    workers: args.workers,
    onProgress: ({ done, total }) => {
      if (done % 100 === 0 || done === total) point(done);
    },
    onPhase: (phase) => {
      memory.enter(phase);
      heap.enter(phase);
    },
  });
  side.close();
  const wallMs = performance.now() - t;
  memory.enter('afterIngest');
  heap.enter('afterIngest');
  const peakMB = memory.stop();
  const heapMB = heap.stop();
  // The ingest's own high-water mark, read before the bench's other measurements load jieba into
  // this process (the cut for the ratio, the per-file runs for the speed-up) and read its side files.
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  const texts = side.texts.read().map((l) => JSON.parse(l) as string);
  const jieba = jiebaCharsPerSecond(texts);
  // The per-file stages on 1 thread and on all, for the speed-up, AFTER the measured ingest (session
  // 18): the 1-thread run works on this process's main thread and the jieba dictionaries it loads
  // there are never given back (nodejieba), memory a user's ingest never holds. (At 10,000 documents
  // there is no 1-thread run, and the peak was the same either way: 2,585 and 2,489 MB in two quiet runs.)
  const oneMs = args.skipOneWorker ? null : await perFile(1);
  const allMs = args.skipOneWorker ? null : await perFile(workers);
  const charsPerSec = jieba.chars / (wallMs / 1000);
  const figures = {
    documents_ingested: report.documents,
    characters: jieba.chars,
    measures: report.measures,
    entities: report.entities,
    implements: report.implements,
    nodes: counted.nodes,
    edges: counted.edges,
    refused: report.failed.length,
    refusedFiles: report.failed.slice(0, 200).map((f) => ({ file: f.file, reason: f.reason, message: f.message })),
    wallMs: Math.round(wallMs),
    stagesMs: report.timingsMs,
    workers: report.workers,
    ingestCharsPerSec: Math.round(charsPerSec),
    ingestFilesPerSec: round(files.length / (wallMs / 1000)),
    jiebaCutCharsPerSec: jieba.charsPerSec,
    /** Ingest (every core) against raw segmentation on one core, divided by the cores used. */
    ratioToJiebaPerCore: round(charsPerSec / report.workers / jieba.charsPerSec, 4),
    ratioToJiebaWholeMachine: round(charsPerSec / jieba.charsPerSec, 4),
    perFileStages: {
      oneThreadMs: oneMs === null ? null : Math.round(oneMs),
      allThreadsMs: allMs === null ? null : Math.round(allMs),
      threads: workers,
      speedUp: oneMs === null || allMs === null ? null : round(oneMs / allMs),
    },
    /** Resident memory of this process (worker threads included) per phase, and its high-water mark. */
    peakMemoryMB: { ...peakMB, processHighWater: hwm ? Math.round(Number(hwm[1]) / 1024) : null },
    /** The main thread's V8 heap in use per phase (the resident set minus this is the threads and native memory). */
    peakHeapMB: heapMB,
    /** Resident memory as the per-file stages went (every 100 files). */
    memoryCurve: curve,
    ...(args.planted ? { planted: plantedScore(side.snapshotPart(), args.planted) } : {}),
  };
  side.remove();
  writeFileSync(args.figuresOut, JSON.stringify(figures) + '\n');
  return figures;
}

/** The ingest children running now (stopChildrenOnSignal stops them with the bench). */
const children = new Set<ChildProcess>();

/** Stops a child: SIGTERM (the ingest ends its link threads and exits), SIGKILL after `graceMs`. */
function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Ctrl-C or SIGTERM to the bench stops its ingest children before it exits (a child left behind
 *  went on ingesting for 45 s); exit code 128 + the signal's number. */
export function stopChildrenOnSignal(log: (l: string) => void): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      log(`bench: ${signal}: stopping ${children.size} ingest child process${children.size === 1 ? '' : 'es'}`);
      void Promise.all([...children].map((c) => stopChild(c))).then(() => process.exit(code));
    });
  }
}

/** The child's command line: node with the flags `npm run ingest` has (none), so that it measures
 *  what a user's ingest uses. Until session 19 it had --max-old-space-size=12288: that V8 flag
 *  applies to every isolate of the process and overrides a Worker's resourceLimits, so the
 *  link threads' heap bound (ingest/link/parallel.ts) was lifted in the bench only, and at 10,000
 *  documents its high-water mark was ≈ 0.5 GB above the CLI's (2,489 against 1,976 MB). */
export function ingestChildArgv(args: IngestRunArgs): string[] {
  return ['--import', 'tsx', join(import.meta.dirname, 'ingest-run.ts'), JSON.stringify(args)];
}

/** Runs `ingestRun` in a child process (tsx), logging its progress lines. The child is stopped
 *  (SIGTERM, then SIGKILL) after `timeoutMs`, and stops by itself if the bench goes away. */
export function ingestInChild(args: IngestRunArgs, log: (l: string) => void, o: { timeoutMs?: number } = {}): Promise<Awaited<ReturnType<typeof ingestRun>>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ingestChildArgv(args), {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, POLICY_GRAPH_BENCH_PID: String(process.pid) },
    });
    children.add(child);
    log(`bench: ingest child ${child.pid} for ${args.dir}`);
    let timedOut = false;
    const timer = o.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          log(`bench: ingest of ${args.dir} still running after ${Math.round(o.timeoutMs! / 1000)} s: stopping it`);
          void stopChild(child);
        }, o.timeoutMs)
      : undefined;
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.length > 20_000) err = err.slice(-20_000);
    });
    child.on('error', (e) => {
      children.delete(child);
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      children.delete(child);
      clearTimeout(timer);
      if (timedOut) return reject(new Error(`bench ingest of ${args.dir} stopped after the bench's ${Math.round(o.timeoutMs! / 1000)} s limit (--ingest-timeout)`));
      if (code !== 0) return reject(new Error(`bench ingest of ${args.dir} failed (exit ${code ?? signal}): ${err.trim().split('\n').slice(-3).join(' | ')}`));
      try {
        resolve(JSON.parse(readFileSync(args.figuresOut, 'utf8')));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** Reads a snapshot the child wrote (validated once). */
export async function readBenchSnapshot(path: string): Promise<Snapshot> {
  const { readSnapshotFile } = await import('../neo4j/snapshot-file.js');
  return readSnapshotFile(path);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Started by ingestInChild: the bench gone (even killed outright: this process is handed to
  // another parent), this run stops as on SIGTERM (the link stage ends its threads; elsewhere
  // SIGTERM's default action ends the process). Node's IPC 'disconnect' does not reach a process
  // started with `--import tsx`, hence the parent's pid, checked every second (the bench's own,
  // passed in the environment: it may be gone before this process gets here).
  const parent = Number(process.env.POLICY_GRAPH_BENCH_PID ?? process.ppid);
  const check = () => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
  };
  check();
  setInterval(check, 1000).unref();
  ingestRun(JSON.parse(process.argv[2]) as IngestRunArgs).catch((e) => {
    console.error(`bench ingest: ${e instanceof Error ? e.stack : e}`);
    process.exit(1);
  });
}
