// `npm run bench [-- --ci] [-- --large] [-- --sizes 100,1000] [-- --no-neo4j --no-explorer --no-mirror --no-coverage] [-- --mirror-sample 300]`:
// one JSON document (bench/results.json, or --out) with the machine described and, for synthetic
// corpora of N documents (gen-corpus, planted links) and the real law mirror (less its reserved
// documents): ingest speed beside raw nodejieba `cut` over the same text in the same run, per
// stage, 1 core → all cores; linking time per N with its fitted exponent and planted-link
// precision/recall; Neo4j load beside a plain UNWIND … CREATE of the same rows, reload, peak
// memory; canned query median/p95; GET /api/coverage for the widest directive; the explorer in headless Chromium. Every figure with a budget
// from issue 11 is checked and marked pass/fail in `budgets`.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { ingestInChild, readBenchSnapshot, stopChildrenOnSignal } from './ingest-run.js';
import { generateCorpus } from './gen-corpus.js';
import { exportMirror, MIRROR_REPO } from './mirror.js';
import { fitExponent, round } from './measure.js';
import { budgetChecks, type BenchResults } from './budgets.js';

const ROOT = join(import.meta.dirname, '..');

export interface BenchOptions {
  sizes: number[];
  seed: number;
  neo4j: boolean;
  explorer: boolean;
  /** GET /api/coverage for the directive with the most lower documents, on the Neo4j section's graph (bench/coverage.ts). */
  coverage?: boolean;
  mirror: boolean;
  /** Files of the mirror to take (all when undefined). */
  mirrorLimit?: number;
  /** A fixed sample of this many mirror files instead (bench/mirror.ts sampleMirrorPaths: evenly spread over the
   *  sorted non-reserved listing, named in the JSON by count and the SHA-256 of its paths; session 56): real-text
   *  chars/s and the jieba ratio in minutes, where the whole mirror takes most of an hour. */
  mirrorSample?: number;
  /** Where the mirror is read (default bench/mirror.ts MIRROR_REPO); absent: the section is skipped, with the reason. */
  mirrorRepo?: string;
  /** Explorer runs on the snapshots of these sizes. */
  explorerSizes: number[];
  /** A snapshot ingested beforehand (same code, `gen-corpus --docs N`), for the Neo4j and explorer
   *  figures at a size this run does not ingest itself (`--extra-snapshot N:path`). */
  extraSnapshot?: { documents: number; path: string };
  /** The 1-thread run of the per-file stages (for the speed-up) only up to this N. */
  oneThreadUpTo?: number;
  /** The graph the Neo4j section loads and queries (default: 1,000 documents if ingested, else the largest). */
  neo4jSize?: number;
  /** Seconds an ingest child may run before it is stopped and its size recorded as not measured
   *  (`--ingest-timeout`; default 3 h, 10 min with --ci: a 10,000-document ingest took 11 min on a
   *  quiet machine and 45 min at load 20). */
  ingestTimeoutS?: number;
  /** Keep the snapshots written by the ingest runs in this folder (default: a temp folder, removed). */
  keepDir?: string;
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
  const ingestTimeoutMs = (options.ingestTimeoutS ?? (options.ci ? 600 : 3 * 3600)) * 1000;
  // Written after each section too, so a long run that dies keeps what it measured.
  const save = () => {
    if (options.out) writeFileSync(options.out, JSON.stringify({ ...results, budgets: budgetChecks(results) }, null, 2) + '\n');
  };
  // Snapshot files by size: each ingest runs in its own process and writes its snapshot.
  const snapshots = new Map<number, string>();
  const keep = options.keepDir ?? tmp;
  mkdirSync(keep, { recursive: true });
  try {
    for (const n of options.sizes) {
      options.log(`bench: synthetic corpus of ${n} documents`);
      const dir = join(tmp, `syn-${n}`);
      const corpus = await generateCorpus(n, options.seed, dir);
      const snapshotOut = join(keep, `syn-${n}.json`);
      let figures;
      try {
        figures = await ingestInChild(
          { dir: corpus.dir, snapshotOut, figuresOut: join(tmp, `syn-${n}.figures.json`), skipOneWorker: n > (options.oneThreadUpTo ?? Infinity), planted: join(dir, 'planted.json') },
          options.log,
          { timeoutMs: ingestTimeoutMs },
        );
      } catch (err) {
        // Recorded (the budgets say why not measured), and the bench goes on with the other sizes.
        results.synthetic.push({ documents: n, files: corpus.files, error: (err as Error).message });
        rmSync(corpus.dir, { recursive: true, force: true });
        save();
        continue;
      }
      options.log(`  ingest: ${figures.documents_ingested} documents, ${figures.implements} IMPLEMENTS in ${figures.wallMs} ms (ratio per core ${figures.ratioToJiebaPerCore})`);
      results.synthetic.push({ documents: n, files: corpus.files, formats: corpus.formats, ...figures });
      snapshots.set(n, snapshotOut);
      rmSync(corpus.dir, { recursive: true, force: true });
      save();
    }
    const ok = results.synthetic.filter((r) => !r.error);
    const points = ok.map((r) => ({ x: r.documents, y: r.stagesMs.link }));
    results.linking = {
      exponent: fitExponent(points),
      totalExponent: fitExponent(ok.map((r) => ({ x: r.documents, y: r.wallMs }))),
      f1ByN: Object.fromEntries(ok.map((r) => [r.documents, r.planted.f1])),
    };
    const mirrorRepo = options.mirrorRepo ?? MIRROR_REPO;
    if (options.mirror && !existsSync(mirrorRepo)) {
      options.log(`bench: the real law mirror skipped: no mirror at ${mirrorRepo}`);
      results.mirror = { skipped: `no law mirror at ${mirrorRepo}`, ...(options.mirrorSample ? { sample: { count: options.mirrorSample } } : {}) };
      save();
    } else if (options.mirror) {
      options.log(options.mirrorSample ? `bench: a fixed sample of ${options.mirrorSample} files of the real law mirror (reserved documents excluded)` : 'bench: the real law mirror (reserved documents excluded)');
      const exported = exportMirror(join(tmp, 'mirror'), { repo: mirrorRepo, limit: options.mirrorLimit, sample: options.mirrorSample });
      const source = {
        source: `LawRefBook/Laws mirror @ ${exported.commit}`,
        files: exported.files,
        bytes: exported.bytes,
        reservedSkipped: exported.reservedSkipped,
        ...(exported.sample ? { sample: exported.sample } : {}),
      };
      try {
        const figures = await ingestInChild(
          { dir: exported.dir, snapshotOut: join(keep, 'mirror.json'), figuresOut: join(tmp, 'mirror.figures.json'), skipOneWorker: !options.ci },
          options.log,
          { timeoutMs: ingestTimeoutMs },
        );
        options.log(`  ingest: ${figures.documents_ingested} documents in ${figures.wallMs} ms (ratio per core ${figures.ratioToJiebaPerCore})`);
        results.mirror = { ...source, ...figures };
      } catch (err) {
        results.mirror = { ...source, error: (err as Error).message };
      }
      rmSync(exported.dir, { recursive: true, force: true });
      save();
    }
    if (options.extraSnapshot) {
      snapshots.set(options.extraSnapshot.documents, options.extraSnapshot.path);
      results.extraSnapshot = { ...options.extraSnapshot, note: 'ingested before this run by the same code; used for the Neo4j and explorer figures only' };
    }
    const neo4jSize = options.neo4jSize ?? (snapshots.has(1000) ? 1000 : Math.max(...snapshots.keys()));
    if (options.neo4j && snapshots.has(neo4jSize)) {
      const { neo4jBench } = await import('./neo4j-bench.js');
      options.log(`bench: Neo4j load and canned queries on the ${neo4jSize}-document graph`);
      try {
        results.neo4j = await neo4jBench(await readBenchSnapshot(snapshots.get(neo4jSize)!), neo4jSize, join(ROOT, 'data', process.env.BENCH_NEO4J_DIR ?? 'neo4j-bench'), options.log);
      } catch (err) {
        results.neo4j = { documents: neo4jSize, error: (err as Error).message };
      }
      save();
    }
    if (options.coverage && snapshots.has(neo4jSize)) {
      const { measureCoverage } = await import('./coverage.js');
      options.log(`bench: GET /api/coverage for the widest directive of the ${neo4jSize}-document graph`);
      try {
        results.coverage = { documents: neo4jSize, ...(await measureCoverage(await readBenchSnapshot(snapshots.get(neo4jSize)!), { port: options.port })) };
      } catch (err) {
        results.coverage = { documents: neo4jSize, error: (err as Error).message };
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
          const path = snapshots.get(n);
          if (!path) continue;
          const snapshot = await readBenchSnapshot(path);
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

function parseArgs(argv: string[]): BenchOptions {
  const has = (f: string) => argv.includes(f);
  const value = (f: string) => {
    const i = argv.indexOf(f);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const ci = has('--ci');
  const sizes = (value('--sizes') === 'none' ? [] : value('--sizes')?.split(',').map(Number)) ?? (ci ? [12, 36] : [100, 1000, ...(has('--large') ? [10_000] : [])]);
  return {
    sizes,
    seed: Number(value('--seed') ?? 1),
    ci,
    neo4j: !has('--no-neo4j'),
    explorer: !has('--no-explorer'),
    coverage: !has('--no-coverage'),
    // --mirror-sample N runs the mirror section on a fixed sample of N files, with or without --no-mirror (which then only means
    // "not the whole mirror").
    mirror: !has('--no-mirror') || has('--mirror-sample'),
    mirrorLimit: value('--mirror-limit') ? Number(value('--mirror-limit')) : ci && !has('--mirror-sample') ? 15 : undefined,
    mirrorSample: value('--mirror-sample') ? Number(value('--mirror-sample')) : undefined,
    explorerSizes: value('--explorer-sizes')?.split(',').map(Number) ?? (ci ? [sizes[sizes.length - 1]] : [100, 1000]),
    extraSnapshot: value('--extra-snapshot')
      ? { documents: Number(value('--extra-snapshot')!.split(':')[0]), path: value('--extra-snapshot')!.split(':').slice(1).join(':') }
      : undefined,
    oneThreadUpTo: value('--one-thread-up-to') ? Number(value('--one-thread-up-to')) : 1000,
    neo4jSize: value('--neo4j-size') ? Number(value('--neo4j-size')) : undefined,
    keepDir: value('--keep'),
    ingestTimeoutS: value('--ingest-timeout') ? Number(value('--ingest-timeout')) : undefined,
    out: value('--out') ?? (ci ? undefined : join(ROOT, 'bench', 'results.json')),
    port: Number(value('--port') ?? 5184),
    log: (line) => console.error(line),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = parseArgs(process.argv.slice(2));
  stopChildrenOnSignal(options.log);
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
