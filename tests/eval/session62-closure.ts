// Session 62 (helper closure2, issue 13): the basis closure restricting only national and central higher documents
// (options.basisClosure.levels, BASIS_CLOSURE_NATIONAL) against the development link sets, read on fresh per-file runs
// (read → extract; no link stage). For each set: the documents the closure acts on, every document pair the level, region
// and date rules allow (rules.ts canImplement) that the closure refuses — a set with none links exactly as without the rule,
// since the closure is one more verdict on document pairs — and the gold pairs among them.
// `npx tsx tests/eval/session62-closure.ts [--sets a,b | --dir <set folder>] [--all-levels] [--no-same-basis] [--verbose]`. Held-out sets are refused.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../../ingest/lexicon/load.js';
import { processFile } from '../../ingest/parallel/per-file.js';
import { readSource } from '../../ingest/read/index.js';
import { panelProbe } from '../../ingest/structure/panel.js';
import { ruleDoc } from '../../ingest/link/index.js';
import { canImplement, closureAllows } from '../../ingest/link/rules.js';
import { basisClosures, citedTitleKeys, type BasisClosureRule } from '../../ingest/link/basis-closure.js';
import { BASIS_CLOSURE_NATIONAL } from '../../ingest/link/options.js';
import type { ProcessedDoc } from '../../ingest/snapshot/types.js';
import { readGoldLinks } from './links.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { HELD_OUT_LINK_SETS, SETS, type SetId } from './sets.js';

export interface Refused { lower: string; higher: string; gold: boolean; goldLinks: number }

/** The document pairs of a development link set the closure `rule` refuses among those canImplement allows. */
export async function refusedPairs(id: SetId, rule: BasisClosureRule, folder?: { corpus: string; links?: string }): Promise<{ docs: number; closed: string[]; refused: Refused[] }> {
  if (HELD_OUT_LINK_SETS.includes(id)) throw new Error(`session62-closure: ${id} is a held-out link set`);
  const set = folder ?? SETS[id];
  const lexicon = loadLexicon();
  const panel = panelProbe(lexicon);
  const docs: { name: string; doc: ProcessedDoc }[] = [];
  for (const name of readdirSync(set.corpus).sort()) {
    const r = await processFile({ path: join(set.corpus, name), name }, lexicon, (p, n) => readSource(p, { panel }).then((x) => ({ ...x, file: n })));
    if (r.doc) docs.push({ name, doc: r.doc });
  }
  const rules = docs.map((d) => ruleDoc(d.doc, lexicon));
  basisClosures(rules, docs.map((d) => citedTitleKeys(d.doc)), rule).forEach((c, i) => c && (rules[i].closure = c));
  const gold = set.links ? readGoldLinks(new URL(`file://${set.links}`)) : { pairs: [], links: [] };
  const refused: Refused[] = [];
  docs.forEach((l, i) => docs.forEach((h, j) => {
    if (i === j || !canImplement(rules[i], rules[j]).ok || closureAllows(rules[i], rules[j], rule).ok) return;
    const isGold = gold.pairs.some((p) => p.lower === l.name && p.higher === h.name);
    const goldLinks = gold.links.filter((k) => k.lower.split('#')[0] === l.name && k.higher.split('#')[0] === h.name).length;
    refused.push({ lower: `${l.name} (${rules[i].level})`, higher: `${h.name} (${rules[j].level})`, gold: isGold, goldLinks });
  }));
  return { docs: docs.length, closed: docs.flatMap((d, i) => (rules[i].closure ? [`${d.name} ⊂ {${rules[i].closure!.join('、')}}`] : [])), refused };
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  // --dir <set folder> (corpus/ and gold/links.json): a development set another branch adds, by its folder.
  const dir = arg('--dir');
  const sets = (dir ? [dir.replace(/\/$/, '').split('/').pop()] : (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET)) as SetId[];
  const { levels, ...all } = BASIS_CLOSURE_NATIONAL;
  const rule: BasisClosureRule = { ...(process.argv.includes('--all-levels') ? all : { ...all, levels }), ...(process.argv.includes('--no-same-basis') ? { sameBasis: false } : {}) };
  let [closed, docs, pairs, goldPairs, goldLinks] = [0, 0, 0, 0, 0];
  for (const id of sets) {
    const r = await refusedPairs(id, rule, dir ? { corpus: `${dir.replace(/\/$/, '')}/corpus/`, links: `${dir.replace(/\/$/, '')}/gold/links.json` } : undefined);
    const g = r.refused.filter((p) => p.gold);
    [closed, docs, pairs, goldPairs, goldLinks] = [closed + r.closed.length, docs + r.docs, pairs + r.refused.length, goldPairs + g.length, goldLinks + g.reduce((n, p) => n + p.goldLinks, 0)];
    console.log(`${id}: ${r.closed.length} of ${r.docs} documents closed; document pairs refused ${r.refused.length}, gold pairs among them ${g.length}`);
    if (process.argv.includes('--verbose')) for (const c of r.closed) console.log(`  ${c}`);
    for (const p of r.refused) console.log(`  ${p.gold ? 'GOLD ' : ''}${p.lower} → ${p.higher}${p.gold ? ` (${p.goldLinks} gold links)` : ''}`);
  }
  console.log(`total: ${closed} of ${docs} documents closed; ${pairs} document pairs refused; ${goldPairs} gold pairs (${goldLinks} gold links) refused`);
}

if (process.argv[1]?.endsWith('session62-closure.ts')) void main();
