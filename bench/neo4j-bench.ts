// Neo4j figures on one snapshot: a plain UNWIND … CREATE of the same rows (the reference rate),
// the loader into an empty database, an unchanged reload (rows written, time), the JVM's and this
// process's peak memory; then, for EVERY canned query of cypher/, its plan on this graph (label
// and index seek, no AllNodesScan) and its median/p95 with realistic parameters taken from the
// snapshot (the busiest document, directive, entity, measure and region).
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Snapshot } from '../graph-schema/index.js';
import { batches, planLoad } from '../neo4j/load-plan.js';
import { loadSnapshot } from '../neo4j/loader.js';
import '../neo4j/no-delay.js'; // as the CLI and the web server (neo4j/connection.ts)
import { createCypherService, DEFAULT_QUERY_LIMITS, loadCannedQueries } from '../neo4j/queries.js';
import { toCannedParams } from '../neo4j/query-params.js';
import { ensureSchema } from '../neo4j/schema.js';
import { startLocalNeo4j } from '../neo4j/server.js';
import { MemorySampler, processPeakMB, quantile, round } from './measure.js';

/** Runs per canned query (after the warm-ups), and the reference's batch bounds (the loader's defaults). */
export const NEO4J_BENCH_OPTIONS = { warmUps: 3, runs: 30, batchRows: 5000, batchChars: 4_000_000 };

export async function neo4jBench(snapshot: Snapshot, documents: number, dataDir: string, log: (l: string) => void) {
  const { server, driver } = await freshNeo4j(dataDir);
  const heap = new MemorySampler({ metric: 'heapUsed', intervalMs: 20 });
  try {
    await ensureSchema(driver);
    const plan = planLoad(snapshot);
    const rows = plan.rowCount;
    // Reference: plain CREATE of the same rows, same batch bounds, into an empty database.
    await clear(driver);
    heap.enter('plainCreate');
    let t = performance.now();
    for (const { label, rows: nodeRows } of plan.nodes) {
      for (const b of batches(nodeRows, NEO4J_BENCH_OPTIONS.batchRows, NEO4J_BENCH_OPTIONS.batchChars)) {
        await driver.executeQuery(`UNWIND $rows AS row CREATE (n:${label}) SET n = row.props`, { rows: b.map((r) => ({ props: r.props })) });
      }
    }
    for (const g of plan.edges) {
      for (const b of batches(g.rows, NEO4J_BENCH_OPTIONS.batchRows, NEO4J_BENCH_OPTIONS.batchChars)) {
        await driver.executeQuery(
          `UNWIND $rows AS row MATCH (a:${g.sourceLabel} {id: row.source}) MATCH (b:${g.targetLabel} {id: row.target}) CREATE (a)-[r:${g.type}]->(b) SET r = row.props`,
          { rows: b.map((r) => ({ source: r.source, target: r.target, props: r.props })) },
        );
      }
    }
    const plainMs = performance.now() - t;
    log(`  plain UNWIND … CREATE: ${rows} rows in ${Math.round(plainMs)} ms`);
    await clear(driver);
    const { first, loadMs, reload, reloadMs } = await loadAndReload(driver, snapshot, heap, log);
    heap.enter('queries');
    const queries = await cannedTimes(driver, snapshot, log);
    const heapPeak = heap.stop();
    return {
      documents,
      rows,
      nodes: snapshot.nodes.length,
      relationships: snapshot.edges.length,
      plainCreate: { ms: Math.round(plainMs), rowsPerSec: Math.round(rows / (plainMs / 1000)) },
      loader: {
        ms: Math.round(loadMs),
        rowsPerSec: Math.round(rows / (loadMs / 1000)),
        written: first.written,
        transactions: first.transactions,
        switch: first.switch,
      },
      loaderToPlainRatio: round(plainMs / loadMs, 3),
      reload: { ms: Math.round(reloadMs), written: reload.written, transactions: reload.transactions },
      neo4jPeakRssMB: processPeakMB(server.pid),
      /** This process's peak V8 heap (sampled every 20 ms) per phase, and its resident high-water mark. */
      loaderPeakHeapMB: heapPeak,
      benchPeakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      cannedQueries: queries,
    };
  } finally {
    heap.stop();
    await driver.close();
    await server.stop();
  }
}


async function clear(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
  const session = driver.session();
  try {
    // Relationships first, then nodes: a batch of 5,000 nodes deleted with their relationships ran out of the
    // transaction memory pool on the whole law mirror (545,938 rows; session 26), where a cited law or a region
    // holds tens of thousands of relationships.
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

type Edge = Snapshot['edges'][number];

/** Realistic parameters for every parameter name the canned queries use, from the snapshot: the
 *  document with the most measures, the most cited document, the most mentioned entity, the pair
 *  of documents with the most IMPLEMENTS links, the directive whose measures are implemented most,
 *  its most implemented measure, the province with the most documents implementing it, and the
 *  article cited by number most often (else that most implemented measure). */
export function benchParams(snapshot: Snapshot): Record<string, unknown> {
  const top = (pred: (e: Edge) => boolean, key: (e: Edge) => string | undefined): string | undefined => {
    const m = new Map<string, number>();
    for (const e of snapshot.edges) {
      if (!pred(e)) continue;
      const k = key(e);
      if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  };
  const type = (t: string) => (e: Edge) => e.attributes.type === t;
  const nodes = new Map(snapshot.nodes.map((n) => [n.key, n.attributes as Record<string, unknown>]));
  const docOf = (id: string) => (nodes.get(id)?.docId as string | undefined) ?? id;
  const pair = top(type('IMPLEMENTS'), (e) => `${docOf(e.source)}\u0000${docOf(e.target)}`)?.split('\u0000');
  const directiveId = top(type('IMPLEMENTS'), (e) => docOf(e.target));
  const measureId = top((e) => e.attributes.type === 'IMPLEMENTS' && docOf(e.target) === directiveId, (e) => e.target);
  // Province of a region: climb PART_OF until the parent is the country (or there is none).
  const parent = new Map(snapshot.edges.filter(type('PART_OF')).map((e) => [e.source, e.target]));
  const province = (region: string): string => {
    let r = region;
    for (let i = 0; i < 4; i++) {
      const p = parent.get(r);
      if (!p || nodes.get(p)?.level === 'country') return r;
      r = p;
    }
    return r;
  };
  const regionOfDoc = new Map(snapshot.edges.filter(type('FOR_REGION')).map((e) => [e.source, e.target]));
  const regionId = top(
    (e) => e.attributes.type === 'IMPLEMENTS' && docOf(e.target) === directiveId && regionOfDoc.has(docOf(e.source)),
    (e) => province(regionOfDoc.get(docOf(e.source))!),
  );
  // article-citations: the article cited by number most often (IMPLEMENTS with citedArticle); on a
  // graph without such links, the most implemented measure (its incoming links are still read).
  const citedArticle = top((e) => e.attributes.type === 'IMPLEMENTS' && e.attributes.citedArticle === true, (e) => e.target) ?? measureId;
  return {
    articleDocId: citedArticle ? docOf(citedArticle) : undefined,
    article: citedArticle ? String(nodes.get(citedArticle)?.path ?? '').split('/').pop() : undefined,
    docId: top((e) => e.attributes.type === 'HAS_MEASURE' && nodes.get(e.source)?.type === 'Document', (e) => e.source),
    entityId: top(type('MENTIONS'), (e) => e.target),
    nodeId: top((e) => e.attributes.type === 'HAS_MEASURE' && nodes.get(e.source)?.type === 'Document', (e) => e.source),
    lowerDocId: pair?.[0],
    higherDocId: pair?.[1],
    directiveId,
    measureId,
    region: regionId ? nodes.get(regionId)?.name : undefined,
    citedDocId: top(type('CITES'), (e) => e.target),
  };
}

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}
const operators = (p: PlanNode): string[] => [p.operatorType.split('@')[0], ...p.children.flatMap(operators)];

/** For every canned query: its plan on this graph, then median and p95 (warm-ups first). */
async function cannedTimes(driver: Driver, snapshot: Snapshot, log: (l: string) => void) {
  // The limits the web server's console uses (at most 1,000 rows, 4 MB): what a user waits for.
  const service = createCypherService(driver, DEFAULT_QUERY_LIMITS);
  const picked = benchParams(snapshot);
  // Fresh index statistics before the plans are read: after the reference CREATE, the clear and two
  // loads, the sampled statistics lag the data and the planner may take a label scan on a small
  // graph where it would seek the index on a sampled one (a CI run found one such query).
  await driver.executeQuery('CALL db.prepareForReplanning()', {}, { routing: neo4j.routing.WRITE });
  const out: Record<string, { medianMs: number; p95Ms: number; rows: number; truncated: boolean; params: Record<string, unknown>; allNodesScan: boolean; indexSeek: boolean; operators: string[] }> = {};
  for (const query of loadCannedQueries()) {
    // citing-documents takes a docId, but the realistic one is the most cited document.
    const pick = (name: string) =>
      name !== 'docId' ? picked[name] : query.name === 'citing-documents' ? picked.citedDocId : query.name === 'article-citations' ? picked.articleDocId : picked[name];
    // Paging parameters keep their header default (the first page), as the console sends them.
    const params = Object.fromEntries(query.params.map((p) => [p.name, pick(p.name) ?? p.default ?? p.example]));
    const missing = query.params.filter((p) => params[p.name] === undefined).map((p) => p.name);
    if (missing.length) throw new Error(`bench/neo4j-bench: no parameter value for ${query.name}: ${missing.join(', ')}; expected benchParams to give one`);
    const explained = await driver.executeQuery(`EXPLAIN ${query.cypher}`, toCannedParams(query.params, params), { routing: neo4j.routing.READ });
    const ops = operators(explained.summary.plan as unknown as PlanNode);
    let rows = 0;
    let truncated = false;
    const times: number[] = [];
    for (let i = 0; i < NEO4J_BENCH_OPTIONS.warmUps + NEO4J_BENCH_OPTIONS.runs; i++) {
      const t = performance.now();
      const result = await service.runCanned(query.name, params);
      if (i >= NEO4J_BENCH_OPTIONS.warmUps) times.push(performance.now() - t);
      rows = result.rows.length;
      truncated = result.truncated;
    }
    out[query.name] = {
      medianMs: round(quantile(times, 0.5), 1),
      p95Ms: round(quantile(times, 0.95), 1),
      rows,
      truncated,
      params,
      allNodesScan: ops.includes('AllNodesScan'),
      indexSeek: ops.some((op) => /IndexSeek/.test(op)),
      operators: [...new Set(ops)],
    };
    const q = out[query.name];
    log(`  ${query.name}: median ${q.medianMs} ms, p95 ${q.p95Ms} ms, ${rows} rows${truncated ? ' (capped)' : ''}${q.allNodesScan ? ', AllNodesScan!' : ''}${q.indexSeek ? '' : ', no index seek!'}`);
  }
  return out;
}

/** Loads of any size: the loader into an empty database and an unchanged reload, without the
 *  reference CREATE or the queries (for a snapshot bigger than the one the queries are timed on). */
export async function neo4jLoadOnly(snapshot: Snapshot, documents: number, dataDir: string, log: (l: string) => void) {
  const { server, driver } = await freshNeo4j(dataDir);
  const heap = new MemorySampler({ metric: 'heapUsed', intervalMs: 20 });
  try {
    const { first, loadMs, reload, reloadMs } = await loadAndReload(driver, snapshot, heap, log);
    const rows = planLoad(snapshot).rowCount;
    return {
      documents,
      rows,
      loader: { ms: Math.round(loadMs), rowsPerSec: Math.round(rows / (loadMs / 1000)), written: first.written, transactions: first.transactions, switch: first.switch },
      reload: { ms: Math.round(reloadMs), written: reload.written, transactions: reload.transactions },
      neo4jPeakRssMB: processPeakMB(server.pid),
      loaderPeakHeapMB: heap.stop(),
    };
  } finally {
    heap.stop();
    await driver.close();
    await server.stop();
  }
}

/** The canned queries alone, on a database an earlier run of this bench loaded with the same
 *  snapshot (its data dir kept): for timing them apart from a concurrent load. */
export async function neo4jQueriesOnly(snapshot: Snapshot, documents: number, dataDir: string, log: (l: string) => void) {
  const server = await startLocalNeo4j({ dataDir, timeoutMs: 600_000 });
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.credentials.user, server.credentials.password));
  try {
    const reload = await loadSnapshot(driver, snapshot);
    if (reload.written !== 0) throw new Error(`bench/neo4j-bench: ${dataDir} did not hold this snapshot (${reload.written} rows written)`);
    return { documents, loadAverage1mAtStart: round(loadavg()[0], 2), cannedQueries: await cannedTimes(driver, snapshot, log) };
  } finally {
    await driver.close();
    await server.stop();
  }
}

// `tsx bench/neo4j-bench.ts <snapshot.json> <documents> <out.json> [--load-only | --queries-only]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, docs, out] = process.argv.slice(2);
  const { readSnapshotFile } = await import('../neo4j/snapshot-file.js');
  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const snapshot = await readSnapshotFile(path);
  const dataDir = join(import.meta.dirname, '..', 'data', process.env.BENCH_NEO4J_DIR ?? 'neo4j-bench');
  const log = (l: string) => console.error(l);
  const result = process.argv.includes('--load-only')
    ? await neo4jLoadOnly(snapshot, Number(docs), dataDir, log)
    : process.argv.includes('--queries-only')
      ? await neo4jQueriesOnly(snapshot, Number(docs), dataDir, log)
      : await neo4jBench(snapshot, Number(docs), dataDir, log);
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
}

/** The loader's first load and an unchanged reload (which must write nothing), timed apart. */
async function loadAndReload(driver: Driver, snapshot: Snapshot, heap: MemorySampler, log: (l: string) => void) {
  heap.enter('load');
  let t = performance.now();
  const first = await loadSnapshot(driver, snapshot);
  const loadMs = performance.now() - t;
  log(`  loader: ${Math.round(loadMs)} ms, ${first.written} rows written in ${first.transactions} transactions, ${first.switch} switch`);
  heap.enter('reload');
  t = performance.now();
  const reload = await loadSnapshot(driver, snapshot);
  const reloadMs = performance.now() - t;
  log(`  unchanged reload: ${Math.round(reloadMs)} ms, ${reload.written} rows written`);
  return { first, loadMs, reload, reloadMs };
}

/** A Neo4j of its own on an emptied data folder, and a driver to it. */
async function freshNeo4j(dataDir: string) {
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startLocalNeo4j({ dataDir, timeoutMs: 600_000 }); // a JVM start took 3 min at load average 16
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.credentials.user, server.credentials.password));
  return { server, driver };
}
