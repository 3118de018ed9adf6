// `tsx bench/sections.ts neo4j|explorer <snapshot.json> <documents> <out.json>`: one section of
// the bench on a snapshot ingested earlier (same code), for runs too long to redo in one go.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSnapshotFile } from '../neo4j/snapshot-file.js';

const [section, path, docs, out] = process.argv.slice(2);
const snapshot = await readSnapshotFile(path);
const log = (l: string) => console.error(l);
let result: unknown;
if (section === 'neo4j') {
  const { neo4jBench } = await import('./neo4j-bench.js');
  result = await neo4jBench(snapshot, Number(docs), join(import.meta.dirname, '..', 'data', process.env.BENCH_NEO4J_DIR ?? 'neo4j-bench-2'), log);
} else {
  const { buildPage, measureExplorer, removePage } = await import('./explorer.js');
  const page = await buildPage();
  const searchFor = String(snapshot.nodes.find((x) => x.attributes.type === 'Organisation')?.attributes.name ?? '科协');
  result = { documents: Number(docs), ...(await measureExplorer(snapshot, page, { port: 0, searchFor, timeoutMs: 300_000 })) };
  await removePage(page);
}
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result));
