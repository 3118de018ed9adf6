// Session 61 (helper closure, issue 13): a folder ingested under given link options; every document pair's IMPLEMENTS
// count to a JSON file, for a diff between two runs (the basis closure on mirror subsets no eval set holds).
// `npx tsx tests/eval/session61-pairs.ts <folder> <out.json> [--opts '{…}'] [--links <out-links.json>]`.
import { writeFileSync } from 'node:fs';
import type { LinkOptions } from '../../ingest/link/options.js';
import { runIngest } from '../../ingest/pipeline.js';

async function main() {
  const [folder, out] = process.argv.slice(2);
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const link = arg('--opts') ? (JSON.parse(arg('--opts')!) as Partial<LinkOptions>) : {};
  const { snapshot } = await runIngest({ inputs: [folder], link });
  const name = new Map(snapshot.nodes.flatMap((n) => (n.attributes.type === 'Document' ? [[n.key, n.attributes.name] as const] : [])));
  const pairs: Record<string, number> = {};
  const links: string[] = [];
  for (const e of snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    const k = `${name.get(e.source.slice(0, e.source.indexOf('#')))} → ${name.get(e.target.slice(0, e.target.indexOf('#')))}`;
    pairs[k] = (pairs[k] ?? 0) + 1;
    links.push(`${e.source} → ${e.target}`);
  }
  writeFileSync(out, JSON.stringify(pairs, null, 1));
  if (arg('--links')) writeFileSync(arg('--links')!, JSON.stringify(links, null, 1));
  console.log(`${Object.keys(pairs).length} pairs, ${links.length} links`);
}

void main();
