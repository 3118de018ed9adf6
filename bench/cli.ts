// `npm run bench [-- --ci] [-- --large] [-- --sizes 100,1000] [-- --no-neo4j --no-explorer --no-mirror]`:
// one JSON document (bench/results.json, or --out) with the machine described and, for synthetic
// corpora of N documents (gen-corpus, planted links) and the real law mirror (less its reserved
// documents): ingest speed beside raw nodejieba `cut` over the same text in the same run, per
// stage, 1 core → all cores; linking time per N with its fitted exponent and planted-link
// precision/recall; Neo4j load beside a plain UNWIND … CREATE of the same rows, reload, peak
// memory; canned query median/p95; the explorer in headless Chromium. Every figure with a budget
// from issue 11 is checked and marked pass/fail in `budgets`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { runIngest } from '../ingest/pipeline.js';
import { runPerFile } from '../ingest/parallel/pool.js';
import { loadLexicon } from '../ingest/lexicon/load.js';
import type { Snapshot } from '../graph-schema/index.js';
import { generateCorpus } from './gen-corpus.js';
import { exportMirror } from './mirror.js';
import { fitExponent, jiebaCharsPerSecond, MemorySampler, round } from './measure.js';
import { plantedScore } from './planted.js';
import { budgetChecks, type BenchResults } from './budgets.js';

const ROOT = join(import.meta.dirname, '..');

export interface BenchOptions {
  sizes: number[];
  seed: number;
  neo4j: boolean;
  explorer: boolean;
  mirror: boolean;
  /** Files of the mirror to take (all when undefined). */
  mirrorLimit?: number;
  /** Explorer runs on the snapshots of these sizes. */
  explorerSizes: number[];
  /** A snapshot ingested beforehand (same code, `gen-corpus --docs N`), for the Neo4j and explorer
   *  figures at a size this run does not ingest itself (`--extra-snapshot N:path`). */
  extraSnapshot?: { documents: number; path: string };
  /** The 1-thread run of the per-file stages (for the speed-up) only up to this N. */
  oneThreadUpTo?: number;
  out?: string;
  ci: boolean;
  port: number;
  log: (line: string) => void;
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const workers = availableParallelism();
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    mode: options.ci ? 'ci' : 'full',
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      workers,
      memoryGB: round(totalmem() / 2 ** 30, 1),
      loadAverage1mAtStart: round(loadavg()[0], 2),
      node: process.version,
      platform: `${platform()} ${release()}`,
      note: 'CPU shared with other jobs: compare the ratios taken in this run, not absolute speeds',
    },
    synthetic: [],
    budgets: [],
  };
  const tmp = mkdtempSync(join(tmpdir(), 'policy-graph-bench-'));
  // Written after each section too, so a long run that dies keeps what it measured.
  const save = () => {
    if (options.out) writeFileSync(options.out, JSON.stringify({ ...results, budgets: budgetChecks(results) }, null, 2) + '\n');
  };
  const snapshots = new Map<number, Snapshot>();
  try {
    for (const n of options.sizes) {
      options.log(`bench: synthetic corpus of ${n} documents`);
      const dir = join(tmp, `syn-${n}`);
      const corpus = await generateCorpus(n, options.seed, dir);
      const run = await ingestRun(corpus.dir, workers, options.log, { skipOneWorker: n > (options.oneThreadUpTo ?? Infinity) });
      const planted = plantedScore(run.snapshot, join(dir, 'planted.json'));
      results.synthetic.push({ documents: n, files: corpus.files, formats: corpus.formats, ...run.figures, planted });
      snapshots.set(n, run.snapshot);
      save();
    }
    const points = results.synthetic.map((r) => ({ x: r.documents, y: r.stagesMs.link }));
    results.linking = {
      exponent: fitExponent(points),
      totalExponent: fitExponent(results.synthetic.map((r) => ({ x: r.documents, y: r.wallMs }))),
      f1ByN: Object.fromEntries(results.synthetic.map((r) => [r.documents, r.planted.f1])),
    };
    if (options.mirror) {
      options.log('bench: the real law mirror (reserved documents excluded)');
      const exported = exportMirror(join(tmp, 'mirror'), { limit: options.mirrorLimit });
      const run = await ingestRun(exported.dir, workers, options.log, { skipOneWorker: !options.ci });
      results.mirror = {
        source: `LawRefBook/Laws mirror @ ${exported.commit}`,
        files: exported.files,
        reservedSkipped: exported.reservedSkipped,
        ...run.figures,
      };
      rmSync(exported.dir, { recursive: true, force: true });
      save();
    }
    if (options.extraSnapshot) {
      const { readSnapshotFile } = await import('../neo4j/snapshot-file.js');
      snapshots.set(options.extraSnapshot.documents, await readSnapshotFile(options.extraSnapshot.path));
      results.extraSnapshot = { ...options.extraSnapshot, note: 'ingested before this run by the same code; used for the Neo4j and explorer figures only' };
    }
    const largest = Math.max(...snapshots.keys());
    if (options.neo4j) {
      const { neo4jBench } = await import('./neo4j-bench.js');
      options.log(`bench: Neo4j load and canned queries on the ${largest}-document graph`);
      try {
        results.neo4j = await neo4jBench(snapshots.get(largest)!, largest, join(ROOT, 'data', process.env.BENCH_NEO4J_DIR ?? 'neo4j-bench'), options.log);
      } catch (err) {
        results.neo4j = { documents: largest, error: (err as Error).message };
      }
      save();
    }
    if (options.explorer) {
      const { buildPage, measureExplorer, removePage } = await import('./explorer.js');
      options.log('bench: building the page for the explorer runs');
      const page = await buildPage();
      results.explorer = [];
      try {
        for (const n of options.explorerSizes) {
          const snapshot = snapshots.get(n);
          if (!snapshot) continue;
          options.log(`bench: explorer in Chromium on the ${n}-document graph (${snapshot.nodes.length} nodes)`);
          const searchFor = snapshot.nodes.find((x) => x.attributes.type === 'Organisation')?.attributes.name ?? '科协';
          const timeoutMs = options.ci ? 120_000 : 300_000;
          results.explorer.push({ documents: n, ...(await measureExplorer(snapshot, page, { port: options.port, searchFor: String(searchFor), timeoutMs })) });
          save();
        }
      } finally {
        await removePage(page);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  results.budgets = budgetChecks(results);
  if (options.out) writeFileSync(options.out, JSON.stringify(results, null, 2) + '\n');
  return results;
}

/** One ingest of a folder: per-file stages on 1 thread and on every core (speed-up), then the
 *  whole ingest on every core with memory per phase, and raw jieba `cut` over the same text. */
async function ingestRun(dir: string, workers: number, log: (l: string) => void, opts: { skipOneWorker?: boolean } = {}) {
  const { listSources } = await import('../ingest/read/index.js');
  const files = (await listSources([dir])).map((p) => ({ path: p, name: relative(dir, p) }));
  const { readSource } = await import('../ingest/read/index.js');
  const read = (path: string, name: string) => readSource(path, { root: undefined }).then((r) => ({ ...r, file: name }));
  const lexicon = loadLexicon();
  const perFile = async (n: number) => {
    const t = performance.now();
    await runPerFile(files, { workers: n, lexicon, read, onResult: () => undefined });
    return performance.now() - t;
  };
  const oneMs = opts.skipOneWorker ? null : await perFile(1);
  log(`  per-file stages: 1 thread ${oneMs === null ? 'skipped' : `${Math.round(oneMs)} ms`}`);
  const allMs = await perFile(workers);
  log(`  per-file stages: ${workers} threads ${Math.round(allMs)} ms`);

  const memory = new MemorySampler();
  memory.enter('perFile');
  const t = performance.now();
  const { snapshot, report } = await runIngest({
    inputs: [dir],
    workers,
    onProgress: ({ done, total }) => {
      if (done === total) memory.enter('linkAndSnapshot');
    },
  });
  const wallMs = performance.now() - t;
  const peakMB = memory.stop();
  log(`  ingest: ${report.documents} documents, ${report.implements} IMPLEMENTS in ${Math.round(wallMs)} ms`);
  const texts = snapshot.nodes
    .filter((n) => n.attributes.type === 'Document' && n.attributes.inCorpus)
    .map((n) => String((n.attributes as { text?: string }).text ?? ''));
  const jieba = jiebaCharsPerSecond(texts);
  const charsPerSec = jieba.chars / (wallMs / 1000);
  return {
    snapshot,
    figures: {
      documents_ingested: report.documents,
      characters: jieba.chars,
      measures: report.measures,
      entities: report.entities,
      implements: report.implements,
      nodes: snapshot.nodes.length,
      edges: snapshot.edges.length,
      refused: report.failed.length,
      refusedFiles: report.failed.slice(0, 200).map((f) => ({ file: f.file, reason: f.reason, message: f.message })),
      wallMs: Math.round(wallMs),
      stagesMs: report.timingsMs,
      ingestCharsPerSec: Math.round(charsPerSec),
      ingestFilesPerSec: round(files.length / (wallMs / 1000)),
      jiebaCutCharsPerSec: jieba.charsPerSec,
      /** Ingest (every core) against raw segmentation on one core, divided by the cores used. */
      ratioToJiebaPerCore: round(charsPerSec / workers / jieba.charsPerSec, 4),
      ratioToJiebaWholeMachine: round(charsPerSec / jieba.charsPerSec, 4),
      perFileStages: { oneThreadMs: oneMs === null ? null : Math.round(oneMs), allThreadsMs: Math.round(allMs), threads: workers, speedUp: oneMs === null ? null : round(oneMs / allMs) },
      peakMemoryMB: peakMB,
    },
  };
}

function parseArgs(argv: string[]): BenchOptions {
  const has = (f: string) => argv.includes(f);
  const value = (f: string) => {
    const i = argv.indexOf(f);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const ci = has('--ci');
  const sizes = value('--sizes')?.split(',').map(Number) ?? (ci ? [12, 36] : [100, 1000, ...(has('--large') ? [10_000] : [])]);
  return {
    sizes,
    seed: Number(value('--seed') ?? 1),
    ci,
    neo4j: !has('--no-neo4j'),
    explorer: !has('--no-explorer'),
    mirror: !has('--no-mirror'),
    mirrorLimit: value('--mirror-limit') ? Number(value('--mirror-limit')) : ci ? 15 : undefined,
    explorerSizes: value('--explorer-sizes')?.split(',').map(Number) ?? (ci ? [sizes[sizes.length - 1]] : [100, 1000]),
    extraSnapshot: value('--extra-snapshot')
      ? { documents: Number(value('--extra-snapshot')!.split(':')[0]), path: value('--extra-snapshot')!.split(':').slice(1).join(':') }
      : undefined,
    oneThreadUpTo: value('--one-thread-up-to') ? Number(value('--one-thread-up-to')) : Infinity,
    out: value('--out') ?? (ci ? undefined : join(ROOT, 'bench', 'results.json')),
    port: Number(value('--port') ?? 5184),
    log: (line) => console.error(line),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = parseArgs(process.argv.slice(2));
  runBench(options)
    .then((results) => {
      console.log(JSON.stringify(results, null, 2));
      if (options.out) console.error(`bench: written to ${relative(process.cwd(), options.out)}`);
    })
    .catch((e) => {
      console.error(`bench: ${e instanceof Error ? e.message : e}`);
      process.exit(1);
    });
}
