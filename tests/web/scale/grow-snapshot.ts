// `npx tsx tests/web/scale/grow-snapshot.ts <snapshot.json> <nodes> <out.json> [--add-verdicts t]`: a snapshot grown
// to about <nodes> nodes by copying its documents (grow.ts), validated against the schema, for
// measuring the explorer at 50k nodes without ingesting 1,400 documents first.
import { readFileSync, writeFileSync } from 'node:fs';
import { Snapshot } from '../../../graph-schema/index.js';
import { growSnapshot } from './grow.js';

const [input, nodes, out] = process.argv.slice(2);
if (!input || !nodes || !out) throw new Error('usage: grow-snapshot.ts <snapshot.json> <nodes> <out.json>');
// A snapshot written before IMPLEMENTS carried its verdict (`--add-verdicts <threshold>`): the
// verdict the linker gives, from the score and its implements threshold.
const addVerdicts = process.argv.indexOf('--add-verdicts');
const raw = JSON.parse(readFileSync(input, 'utf8')) as { edges: { attributes: Record<string, unknown> }[] };
if (addVerdicts > 0) {
  const threshold = Number(process.argv[addVerdicts + 1]);
  for (const e of raw.edges) {
    if (e.attributes.type === 'IMPLEMENTS' && e.attributes.verdict === undefined) {
      e.attributes.verdict = (e.attributes.score as number) >= threshold ? 'implements' : 'partial';
    }
  }
}
const grown = Snapshot.parse(growSnapshot(Snapshot.parse(raw), Number(nodes)));
writeFileSync(out, JSON.stringify(grown));
console.log(JSON.stringify({ out, nodes: grown.nodes.length, edges: grown.edges.length }));
