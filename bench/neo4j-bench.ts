// Neo4j figures on one snapshot: a plain UNWIND … CREATE of the same rows (the reference rate),
// the loader into an empty database, an unchanged reload, the JVM's peak memory, and canned
// query median/p95 with parameters taken from the snapshot.
import { rmSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Snapshot } from '../graph-schema/index.js';
import { batches, planLoad } from '../neo4j/load-plan.js';
import { loadSnapshot } from '../neo4j/loader.js';
import { createCypherService } from '../neo4j/queries.js';
import { ensureSchema } from '../neo4j/schema.js';
import { startLocalNeo4j } from '../neo4j/server.js';
import { processPeakMB, quantile, round } from './measure.js';

export async function neo4jBench(snapshot: Snapshot, documents: number, dataDir: string, log: (l: string) => void) {
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startLocalNeo4j({ dataDir });
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.credentials.user, server.credentials.password));
  try {
    await ensureSchema(driver);
    const plan = planLoad(snapshot);
    const rows = plan.rowCount;
    // Reference: plain CREATE of the same rows, same batch size, into an empty database.
    await clear(driver);
    let t = performance.now();
    for (const { label, rows: nodeRows } of plan.nodes) {
      for (const b of batches(nodeRows, 5000, 4_000_000)) {
        await driver.executeQuery(`UNWIND $rows AS row CREATE (n:${label}) SET n = row.props`, { rows: b.map((r) => ({ props: r.props })) });
      }
    }
    for (const g of plan.edges) {
      for (const b of batches(g.rows, 5000, 4_000_000)) {
        await driver.executeQuery(
          `UNWIND $rows AS row MATCH (a:${g.sourceLabel} {id: row.source}) MATCH (b:${g.targetLabel} {id: row.target}) CREATE (a)-[r:${g.type}]->(b) SET r = row.props`,
          { rows: b.map((r) => ({ source: r.source, target: r.target, props: r.props })) },
        );
      }
    }
    const plainMs = performance.now() - t;
    log(`  plain UNWIND … CREATE: ${rows} rows in ${Math.round(plainMs)} ms`);
    await clear(driver);
    t = performance.now();
    const first = await loadSnapshot(driver, snapshot);
    const loadMs = performance.now() - t;
    log(`  loader: ${Math.round(loadMs)} ms, ${first.transactions} transactions, ${first.switch} switch`);
    t = performance.now();
    const reload = await loadSnapshot(driver, snapshot);
    const reloadMs = performance.now() - t;
    const queries = await cannedTimes(driver, snapshot, log);
    return {
      documents,
      rows,
      nodes: snapshot.nodes.length,
      relationships: snapshot.edges.length,
      plainCreate: { ms: Math.round(plainMs), rowsPerSec: Math.round(rows / (plainMs / 1000)) },
      loader: { ms: Math.round(loadMs), rowsPerSec: Math.round(rows / (loadMs / 1000)), transactions: first.transactions, switch: first.switch },
      loaderToPlainRatio: round(plainMs / loadMs, 3),
      reload: { ms: Math.round(reloadMs), written: reload.written, transactions: reload.transactions },
      neo4jPeakRssMB: processPeakMB(server.pid),
      loaderPeakHeapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
      cannedQueries: queries,
    };
  } finally {
    await driver.close();
    await server.stop();
  }
}

async function clear(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/** Median and p95 of each canned query (3 warm-up runs, then 30), parameters from the snapshot. */
async function cannedTimes(driver: Driver, snapshot: Snapshot, log: (l: string) => void) {
  const service = createCypherService(driver, { maxRows: 100_000 });
  const count = (pred: (e: Snapshot['edges'][number]) => boolean, key: 'source' | 'target') => {
    const m = new Map<string, number>();
    for (const e of snapshot.edges) if (pred(e)) m.set(e[key], (m.get(e[key]) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const measuresPerDoc = count((e) => e.attributes.type === 'HAS_MEASURE' && e.source.startsWith('doc:') && !e.source.includes('#'), 'source');
  const mentioned = count((e) => e.attributes.type === 'MENTIONS', 'target');
  const cited = count((e) => e.attributes.type === 'CITES', 'target');
  const implPairs = new Map<string, number>();
  for (const e of snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    const k = `${e.source.split('#')[0]}\u0000${e.target.split('#')[0]}`;
    implPairs.set(k, (implPairs.get(k) ?? 0) + 1);
  }
  const [lowerDocId, higherDocId] = ([...implPairs].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '\u0000').split('\u0000');
  const docId = measuresPerDoc[0]?.[0];
  const params: Record<string, Record<string, unknown>> = {
    'document-measures': { docId },
    'citing-documents': { docId: cited[0]?.[0] },
    'entity-mentions': { entityId: mentioned[0]?.[0] },
    'node-neighbourhood': { nodeId: docId, limit: 25 },
    'coverage-gaps': { higherDocId, lowerDocId },
    'implementation-chain': { lowerDocId, higherDocId },
  };
  const out: Record<string, { medianMs: number; p95Ms: number; rows: number }> = {};
  for (const [name, p] of Object.entries(params)) {
    let rows = 0;
    const times: number[] = [];
    for (let i = 0; i < 33; i++) {
      const t = performance.now();
      rows = (await service.runCanned(name, p)).rows.length;
      if (i >= 3) times.push(performance.now() - t);
    }
    out[name] = { medianMs: round(quantile(times, 0.5), 1), p95Ms: round(quantile(times, 0.95), 1), rows };
    log(`  ${name}: median ${out[name].medianMs} ms, p95 ${out[name].p95Ms} ms, ${rows} rows`);
  }
  return out;
}
