// Planted-link precision and recall: the snapshot's IMPLEMENTS edges against the links
// gen-corpus planted. A link that skips a level along a planted chain (a city's measure to the
// national measure its province's measure carries) is counted correct, not a false positive.
import { readFileSync } from 'node:fs';
import type { Snapshot } from '../graph-schema/index.js';
import { round } from './measure.js';

export function plantedScore(snapshot: Snapshot, plantedPath: string) {
  const planted = JSON.parse(readFileSync(plantedPath, 'utf8')) as { links: { lower: string; higher: string }[] };
  const up = new Map<string, string>();
  for (const l of planted.links) up.set(l.lower, l.higher);
  const direct = new Set(planted.links.map((l) => `${l.lower}\u0000${l.higher}`));
  const found = snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS');
  let correct = 0;
  let directFound = 0;
  for (const e of found) {
    const k = `${e.source}\u0000${e.target}`;
    if (direct.has(k)) {
      correct++;
      directFound++;
      continue;
    }
    // Along the chain: lower → parent → grandparent …
    let at = up.get(e.source);
    while (at && at !== e.target) at = up.get(at);
    if (at === e.target) correct++;
  }
  const precision = found.length ? correct / found.length : 0;
  const recall = direct.size ? directFound / direct.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { planted: direct.size, found: found.length, precision: round(precision, 3), recall: round(recall, 3), f1: round(f1, 3) };
}
