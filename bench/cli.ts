// `npm run bench`: ingest synthetic corpora of growing size and print each stage's cost as JSON
// (ms, and µs per 1,000 characters: flat figures mean near-linear cost). With Neo4j available
// (NEO4J_URI or Java), also times loading the largest snapshot.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../ingest/pipeline.js';
import { sentencePool, syntheticPlan } from './synthetic.js';

const SIZES = (process.env.BENCH_SIZES ?? '10,50,200,500').split(',').map(Number);
const ROOT = join(import.meta.dirname, '..');

async function main() {
  const pool = sentencePool(join(ROOT, 'corpus'));
  const results = [];
  let largest: Awaited<ReturnType<typeof runIngest>>['snapshot'] | undefined;
  for (const n of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), `policy-graph-bench-${n}-`));
    let chars = 0;
    for (let i = 0; i < n; i++) {
      const { name, text } = syntheticPlan(i, pool);
      chars += text.length;
      writeFileSync(join(dir, name), text);
    }
    const { report, snapshot } = await runIngest({ inputs: [dir] });
    rmSync(dir, { recursive: true, force: true });
    largest = snapshot;
    const perKChar = Object.fromEntries(
      Object.entries(report.timingsMs).map(([k, v]) => [k, Math.round((v * 1000 * 1000) / chars) / 1000]),
    );
    results.push({
      documents: n,
      characters: chars,
      measures: report.measures,
      implements: report.implements,
      nodes: snapshot.nodes.length,
      edges: snapshot.edges.length,
      ms: report.timingsMs,
      msPer1kChars: perKChar,
    });
  }
  const out: Record<string, unknown> = { corpus: 'synthetic plans built from corpus/ sentences', runs: results };
  if (largest && (process.env.NEO4J_URI || process.env.BENCH_NEO4J === '1')) {
    const { connectNeo4j } = await import('../neo4j/connection.js');
    const { loadSnapshot } = await import('../neo4j/loader.js');
    const conn = await connectNeo4j({ dataDir: join(ROOT, 'data', 'neo4j-bench') });
    try {
      const t = performance.now();
      const first = await loadSnapshot(conn.driver, largest, { database: conn.database });
      const firstMs = Math.round(performance.now() - t);
      const t2 = performance.now();
      await loadSnapshot(conn.driver, largest, { database: conn.database });
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      out.neo4jLoad = { nodes: sum(first.nodes), relationships: sum(first.relationships), firstMs, reloadMs: Math.round(performance.now() - t2) };
    } finally {
      await conn.close();
    }
  }
  console.log(JSON.stringify(out, null, 2));
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
