// `tsx bench/merge.ts <out> --synthetic a.json --mirror b.json --neo4j c.json --explorer d.json …`:
// one results document from the parts of a bench run that was split into sections (same code,
// same machine, run side by side because the whole run is longer than a session): the synthetic
// and mirror ingests of `bench/cli.ts`, and the Neo4j and explorer sections of `bench/sections.ts`.
// The linking exponent and every budget are recomputed from the merged figures.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { budgetChecks, type BenchResults } from './budgets.js';
import { fitExponent, round } from './measure.js';

const argv = process.argv.slice(2);
const out = argv[0];
const parts = (flag: string) => argv.flatMap((a, i) => (a === flag ? [argv[i + 1]] : []));
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

const synthetic = parts('--synthetic').map(read) as BenchResults[];
const base = synthetic[0];
const results: BenchResults = {
  generatedAt: new Date().toISOString(),
  mode: 'full',
  machine: {
    ...base.machine,
    loadAverage1mAtMerge: round(loadavg()[0], 2),
    sections: 'synthetic ingests, the mirror ingest, Neo4j and explorer run as separate processes side by side (bench/merge.ts); each ratio is taken within one process',
  },
  synthetic: synthetic.flatMap((s) => s.synthetic),
  budgets: [],
};
const mirror = parts('--mirror').map(read) as BenchResults[];
if (mirror[0]?.mirror) results.mirror = { ...mirror[0].mirror, loadAverage1mAtStart: mirror[0].machine.loadAverage1mAtStart };
const neo4j = parts('--neo4j').map(read);
if (neo4j[0]) results.neo4j = neo4j[0];
const explorer = parts('--explorer').map(read);
if (explorer.length) results.explorer = explorer;
const ok = results.synthetic.filter((r) => !r.error);
results.linking = {
  exponent: fitExponent(ok.map((r) => ({ x: r.documents, y: r.stagesMs.link }))),
  totalExponent: fitExponent(ok.map((r) => ({ x: r.documents, y: r.wallMs }))),
  f1ByN: Object.fromEntries(ok.map((r) => [r.documents, r.planted.f1])),
};
for (const note of parts('--note')) (results.machine.notes as string[] | undefined)?.push(note) ?? (results.machine.notes = [note]);
results.budgets = budgetChecks(results);
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(`bench/merge: ${out}: ${results.budgets.filter((b) => b.status === 'pass').length} pass, ${results.budgets.filter((b) => b.status === 'fail').length} fail, ${results.budgets.filter((b) => b.status === 'not-measured').length} not measured`);
