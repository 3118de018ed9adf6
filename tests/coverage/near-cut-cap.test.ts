// The candidates near the cut cost memory (session 23 bench: 10,000 documents peaked at 2,750 MB with them, over the
// 2,048 MB budget): above options.nearCutMaxMeasures link units the snapshot keeps none, and coverage under a user's
// thresholds rereads the kept links' verdicts instead of selecting again; at or below it they are kept.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { runIngest } from '../../ingest/pipeline.js';
import { graphFromSnapshot } from '../../coverage/graph.js';
import { measureRows } from '../../coverage/index.js';
import { replayedLinks } from '../../coverage/replay.js';

const CORPUS = 'tests/real/fire/corpus';
let kept: Snapshot;
let capped: Snapshot;
beforeAll(async () => {
  kept = (await runIngest({ inputs: [CORPUS] })).snapshot;
  capped = (await runIngest({ inputs: [CORPUS], link: { nearCutMaxMeasures: 50 } })).snapshot;
}, 120_000);

describe('candidates near the cut, bounded by the corpus size', () => {
  it('are kept for a corpus under the bound, and the replay uses them', () => {
    expect(kept.attributes.linkCandidates?.lowers.length).toBeGreaterThan(50);
    expect(replayedLinks(graphFromSnapshot(kept), { implements: 0.2, partial: 0.16 })).toBeDefined();
  });

  it('are not kept above it: the same links, no candidates, coverage still answers under other thresholds', () => {
    expect(capped.attributes.linkCandidates).toBeUndefined();
    const links = (s: Snapshot) => s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => `${e.source}>${e.target}`).sort();
    expect(links(capped)).toEqual(links(kept));
    const g = graphFromSnapshot(capped);
    expect(replayedLinks(g, { implements: 0.2, partial: 0.16 })).toBeUndefined();
    const docOf = new Map(capped.nodes.map((n) => [n.key, (n.attributes as { docId?: string }).docId]));
    const pair = capped.edges.find((e) => e.attributes.type === 'IMPLEMENTS')!;
    const [lower, higher] = [docOf.get(pair.source)!, docOf.get(pair.target)!];
    const strict = measureRows(g, higher, lower, { implements: 0.9, partial: 0.9 });
    const own = measureRows(g, higher, lower);
    expect(strict.length).toBe(own.length);
    // Stricter thresholds (reread from the kept links) leave fewer measures implemented.
    const implemented = (rows: typeof own) => rows.filter((r) => r.status === 'implemented').length;
    expect(implemented(own)).toBeGreaterThan(0);
    expect(implemented(strict)).toBeLessThan(implemented(own));
  });
});
