// Session 61 (helper closure, issue 13): the gold document pairs of the development link sets whose higher document the
// basis closure (options.basisClosure, ingest/link/basis-closure.ts) would exclude, read on fresh per-file runs (read →
// extract; no link stage). For each set: the documents whose basis clause names a document of the set (the closure acts
// on them), and every gold pair (with its gold links) whose higher document is outside its lower document's closure.
// `npx tsx tests/eval/session61-closure.ts [--sets a,b] [--no-transitive] [--no-cited] [--no-same-basis] [--verbose]`. Held-out sets are refused.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../../ingest/lexicon/load.js';
import { processFile } from '../../ingest/parallel/per-file.js';
import { readSource } from '../../ingest/read/index.js';
import { panelProbe } from '../../ingest/structure/panel.js';
import { ruleDoc } from '../../ingest/link/index.js';
import { basisClosures, citedTitleKeys, closureKey, type BasisClosureRule } from '../../ingest/link/basis-closure.js';
import type { ProcessedDoc } from '../../ingest/snapshot/types.js';
import { readGoldLinks } from './links.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { HELD_OUT_LINK_SETS, SETS, type SetId } from './sets.js';

export interface ClosureMiss { set: string; lower: string; higher: string; links: number; closure: string[] }

export async function closureMisses(id: SetId, rule: BasisClosureRule): Promise<{ docs: number; closed: string[]; misses: ClosureMiss[] }> {
  if (HELD_OUT_LINK_SETS.includes(id)) throw new Error(`session61-closure: ${id} is a held-out link set`);
  const set = SETS[id];
  const lexicon = loadLexicon();
  const panel = panelProbe(lexicon);
  const files = readdirSync(set.corpus).sort();
  const docs: { name: string; doc: ProcessedDoc }[] = [];
  for (const name of files) {
    const r = await processFile({ path: join(set.corpus, name), name }, lexicon, (p, n) => readSource(p, { panel }).then((x) => ({ ...x, file: n })));
    if (r.doc) docs.push({ name, doc: r.doc });
  }
  const rules = docs.map((d) => ruleDoc(d.doc, lexicon));
  const closures = basisClosures(rules, docs.map((d) => citedTitleKeys(d.doc)), rule);
  const byName = new Map(docs.map((d, i) => [d.name, i]));
  const gold = readGoldLinks(new URL(`file://${set.links}`));
  const misses: ClosureMiss[] = [];
  for (const p of gold.pairs) {
    const [l, h] = [byName.get(p.lower), byName.get(p.higher)];
    if (l === undefined || h === undefined) continue;
    const c = closures[l];
    if (!c || c.includes(closureKey(rules[h].title ?? ''))) continue;
    const links = gold.links.filter((k) => k.lower.split('#')[0] === p.lower && k.higher.split('#')[0] === p.higher).length;
    misses.push({ set: id, lower: p.lower, higher: p.higher, links, closure: c });
  }
  return { docs: docs.length, closed: docs.flatMap((d, i) => (closures[i] ? [`${d.name} ⊂ {${closures[i]!.join('、')}}`] : [])), misses };
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const rule = { transitive: !process.argv.includes('--no-transitive'), cited: !process.argv.includes('--no-cited'), sameBasis: !process.argv.includes('--no-same-basis') };
  let [closed, all, missed, links] = [0, 0, 0, 0];
  for (const id of sets) {
    const r = await closureMisses(id, rule);
    closed += r.closed.length;
    all += r.docs;
    missed += r.misses.length;
    links += r.misses.reduce((n, m) => n + m.links, 0);
    console.log(`${id}: ${r.closed.length} of ${r.docs} documents closed; gold pairs excluded ${r.misses.length}`);
    if (process.argv.includes('--verbose')) for (const c of r.closed) console.log(`  ${c}`);
    for (const m of r.misses) console.log(`  EXCLUDED ${m.lower} → ${m.higher} (${m.links} gold links); closure {${m.closure.join('、')}}`);
  }
  console.log(`total: ${closed} of ${all} documents closed; ${missed} gold pairs (${links} gold links) excluded`);
}

if (process.argv[1]?.endsWith('session61-closure.ts')) void main();
