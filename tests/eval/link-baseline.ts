// The plain baseline the linker must beat (issue 13): TF-IDF cosine over jieba words; given the
// right pair of documents (the gold's pairs), each lower measure is linked to its top two higher
// measures within 0.7 of the best and above 0.15. Units are the leaf measures (not the notice) of
// the two documents, as the linker's; IDF over those units.
import { segmenter } from '../../ingest/extract/segment.js';
import { loadLexicon } from '../../ingest/lexicon/load.js';
import type { Snapshot } from '../../graph-schema/index.js';

export const BASELINE = { topK: 2, relative: 0.7, minCosine: 0.15 } as const;

type Unit = { id: string; docId: string; text: string };

// jieba with the project's dictionary (as ingest loads it), so the baseline's words are the same
// whether the eval ingests in this process or reads a snapshot file.
let cut: ((text: string) => { word: string }[]) | undefined;
const words = (text: string) => (cut ??= segmenter(loadLexicon()))(text).map((t) => t.word).filter((w) => /[\p{L}\p{N}]/u.test(w));

function vectors(units: Unit[]): Map<string, number>[] {
  const tokens = units.map((u) => words(u.text));
  const df = new Map<string, number>();
  for (const t of tokens) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
  return tokens.map((t) => {
    const tf = new Map<string, number>();
    for (const w of t) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [w, f] of tf) v.set(w, f * Math.log(units.length / df.get(w)!));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let s = 0;
  for (const [w, x] of a) s += x * (b.get(w) ?? 0);
  return s;
}

/** A copy of the snapshot whose IMPLEMENTS edges are the baseline's, for the given document pairs. */
export function baselineSnapshot(snapshot: Snapshot, docPairs: { lower: string; higher: string }[]): Snapshot {
  const units: Unit[] = snapshot.nodes.flatMap((n) =>
    n.attributes.type === 'Measure' && n.attributes.leaf && n.attributes.kind !== 'notice' ? [{ id: n.key, docId: n.attributes.docId, text: n.attributes.text }] : [],
  );
  const edges = snapshot.edges.filter((e) => e.attributes.type !== 'IMPLEMENTS');
  for (const pair of docPairs) {
    const lower = units.filter((u) => u.docId === pair.lower);
    const higher = units.filter((u) => u.docId === pair.higher);
    const v = vectors([...lower, ...higher]);
    lower.forEach((lo, i) => {
      const scored = higher.map((hi, j) => ({ hi, score: cosine(v[i], v[lower.length + j]) })).sort((a, b) => b.score - a.score);
      const best = scored[0]?.score ?? 0;
      for (const { hi, score } of scored.filter((s) => s.score > BASELINE.minCosine && s.score >= BASELINE.relative * best).slice(0, BASELINE.topK)) {
        edges.push({
          key: `IMPLEMENTS|${lo.id}|${hi.id}`,
          source: lo.id,
          target: hi.id,
          attributes: { type: 'IMPLEMENTS', verdict: 'implements', score: Math.min(1, Math.round(score * 1000) / 1000), evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: score, entities: 0 } } },
        });
      }
    });
  }
  return { ...snapshot, edges };
}
