// A large synthetic snapshot for measuring the explorer at scale (issue 11's 50k-node budget):
// N plans assembled by bench/synthetic.ts from the sample corpus's sentences, ingested by the
// real pipeline, written to out/synthetic-<N>.json.
//   npx tsx tests/web/scale/make-snapshot.ts --docs 1700
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runIngest } from '../../../ingest/pipeline.js';
import { sentencePool, syntheticPlan } from '../../../bench/synthetic.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const arg = process.argv.indexOf('--docs');
const docs = arg > 0 ? Number(process.argv[arg + 1]) : 1700;
const dir = mkdtempSync(join(tmpdir(), `policy-graph-scale-${docs}-`));
try {
  const pool = sentencePool(join(ROOT, 'corpus'));
  for (let i = 0; i < docs; i++) {
    const { name, text } = syntheticPlan(i, pool);
    writeFileSync(join(dir, name), text);
  }
  const t0 = performance.now();
  const { snapshot } = await runIngest({ inputs: [dir] });
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const out = join(ROOT, 'out', `synthetic-${docs}.json`);
  writeFileSync(out, JSON.stringify(snapshot));
  console.log(JSON.stringify({ out, docs, nodes: snapshot.nodes.length, edges: snapshot.edges.length, ms: Math.round(performance.now() - t0) }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
