// Scores IMPLEMENTS links against tests/gold/links.json: precision and recall over
// (lower measure, higher measure) pairs within the annotated document pairs; recall also for
// the "strong" gold links alone.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Snapshot } from '../../graph-schema/index.js';

export const GoldLinks = z.object({
  pairs: z.array(z.object({ lower: z.string(), higher: z.string() })),
  links: z.array(z.object({ lower: z.string(), higher: z.string(), strength: z.enum(['strong', 'weak']), why: z.string() })),
  unlinked: z.array(z.string()),
});
export type GoldLinks = z.infer<typeof GoldLinks>;

export interface LinkScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  strongRecall: number;
  falsePositives: string[];
  falseNegatives: string[];
}

/** file#path for every Measure of an in-corpus Document read from that file. */
function measureKeys(snapshot: Snapshot): Map<string, string[]> {
  const docFiles = new Map<string, string[]>();
  for (const n of snapshot.nodes) {
    if (n.attributes.type === 'Document') docFiles.set(n.key, n.attributes.sources.map((s) => s.split('/').pop()!));
  }
  const keys = new Map<string, string[]>();
  for (const n of snapshot.nodes) {
    if (n.attributes.type !== 'Measure') continue;
    keys.set(n.key, (docFiles.get(n.attributes.docId) ?? []).map((f) => `${f}#${n.attributes.type === 'Measure' ? n.attributes.path : ''}`));
  }
  return keys;
}

/** An article is keyed by its number alone (第十三条 is unique in a law), whatever chapter a text's headings put it in. */
const articleKey = (k: string) => k.replace(/#(?:第[^/#]+章\/)?(?:第[^/#]+节\/)?(第[^/#]+条)$/, '#$1');

export function scoreLinks(gold: GoldLinks, snapshot: Snapshot): LinkScore {
  const keys = new Map([...measureKeys(snapshot)].map(([id, ks]) => [id, ks.map(articleKey)]));
  const pairOf = (k: string) => k.split('#')[0];
  const annotated = new Set(gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const goldSet = new Set(gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const strong = new Set(gold.links.filter((l) => l.strength === 'strong').map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const predicted = new Set<string>();
  for (const e of snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    for (const lo of keys.get(e.source) ?? []) {
      for (const hi of keys.get(e.target) ?? []) {
        if (annotated.has(`${pairOf(lo)}>${pairOf(hi)}`)) predicted.add(`${lo}>${hi}`);
      }
    }
  }
  const tp = [...predicted].filter((p) => goldSet.has(p)).length;
  const fp = predicted.size - tp;
  const fn = goldSet.size - tp;
  const precision = predicted.size ? tp / predicted.size : 0;
  const recall = goldSet.size ? tp / goldSet.size : 0;
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    strongRecall: strong.size ? [...strong].filter((s) => predicted.has(s)).length / strong.size : 0,
    falsePositives: [...predicted].filter((p) => !goldSet.has(p)).sort(),
    falseNegatives: [...goldSet].filter((g) => !predicted.has(g)).sort(),
  };
}

export function readGoldLinks(url = new URL('../gold/links.json', import.meta.url)): GoldLinks {
  return GoldLinks.parse(JSON.parse(readFileSync(url, 'utf8')));
}

export function formatLinkScore(s: LinkScore, verbose = false, source = 'tests/gold/links.json'): string {
  const f = (x: number) => x.toFixed(2).padStart(6);
  const lines = [
    '',
    `IMPLEMENTS links vs ${source}`,
    `                     TP   FP   FN      P      R     F1   strong R`,
    `links              ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${f(s.precision)} ${f(s.recall)} ${f(s.f1)}     ${f(s.strongRecall)}`,
  ];
  if (verbose) {
    lines.push('  spurious:', ...s.falsePositives.map((x) => `    ${x}`), '  missed:', ...s.falseNegatives.map((x) => `    ${x}`));
  }
  return lines.join('\n');
}
