// Session 61 (helper closure, issue 13): the mixed corpus (mixed.ts: every set's documents ingested as one corpus) under
// given link options, counts only: links, links across families, of which cited, and the cross pairs of the development
// families' lower documents (the held-out families' texts are not read: their pairs are counted, never listed).
// `npx tsx tests/eval/session61-mixed.ts [--opts '{…}']`.
import type { LinkOptions } from '../../ingest/link/options.js';
import { runIngest } from '../../ingest/pipeline.js';
import { MIXED_SETS, mixedReport } from './mixed.js';
import { HELD_OUT_LINK_SETS, SETS } from './sets.js';
import { readdirSync, writeFileSync } from 'node:fs';

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const link = arg('--opts') ? (JSON.parse(arg('--opts')!) as Partial<LinkOptions>) : {};
  const { snapshot } = await runIngest({ inputs: MIXED_SETS.map((id) => SETS[id].corpus), link });
  const r = await mixedReport(MIXED_SETS, snapshot);
  console.log(`documents ${r.documents}; links ${r.links}; across families ${r.crossLinks} (cited ${r.citedCrossLinks}, uncited ${r.crossLinks - r.citedCrossLinks}: ${((100 * (r.crossLinks - r.citedCrossLinks)) / r.links).toFixed(2)} %); to a later document ${r.later}`);
  // A held-out family's document title, by its file name (a title the held-out corpus folder holds).
  const heldTitles = new Set(HELD_OUT_LINK_SETS.filter((id) => MIXED_SETS.includes(id)).flatMap((id) => readdirSync(SETS[id].corpus).map((f) => f.replace(/[（(]\d{4}-\d{2}-\d{2}[)）]?\.\w+$|\.\w+$/, ''))));
  const held = (t: string) => [...heldTitles].some((h) => h === t || t.startsWith(h) || h.startsWith(t));
  let heldPairs = 0;
  for (const [lo, hi, n, c] of r.crossPairs) {
    if (held(lo) || held(hi)) heldPairs += n;
    else console.log(`  ${n} ${lo} → ${hi}${c ? ' (cited)' : ''}`);
  }
  console.log(`  links of cross pairs with a held-out family's document: ${heldPairs}`);
  // --pairs <file>: every document pair's link count (within families too), for a diff between two runs.
  const out = arg('--pairs');
  if (out) {
    const name = new Map(snapshot.nodes.flatMap((n) => (n.attributes.type === 'Document' ? [[n.key, n.attributes.name] as const] : [])));
    const pairs: Record<string, number> = {};
    for (const e of snapshot.edges) {
      if (e.attributes.type !== 'IMPLEMENTS') continue;
      const k = `${name.get(e.source.slice(0, e.source.indexOf('#')))} → ${name.get(e.target.slice(0, e.target.indexOf('#')))}`;
      pairs[k] = (pairs[k] ?? 0) + 1;
    }
    writeFileSync(out, JSON.stringify(pairs, null, 1));
  }
}

void main();
