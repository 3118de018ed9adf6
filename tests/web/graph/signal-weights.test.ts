// Which signals the linker weighs, as the page says it (web/src/graph/signal-weights.ts): the same weights as
// ingest's defaults, and on real regulations (tests/real/teachers) the evidence marks reuse and entities as not
// scored. Session 35: a regulation's evidence read "共同实体 0.00" beside a shared entity it listed.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EdgeOf, Snapshot } from '../../../graph-schema/index.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { DEFAULT_LINK_OPTIONS, profileFor, snapshotThresholds } from '../../../ingest/link/options.js';
import { evidenceFor } from '../../../web/src/graph/evidence.js';
import { graphFromSnapshot, type PolicyGraph } from '../../../web/src/graph/policy-graph.js';
import { DEFAULT_SIGNAL_WEIGHTS, OVERRIDDEN_PROVENANCE, unscoredSignals } from '../../../web/src/graph/signal-weights.js';

describe('the signals the linker weighs', () => {
  it('are ingest’s default weights, for plans and for every genre with its own', () => {
    expect(DEFAULT_SIGNAL_WEIGHTS.weights).toEqual(profileFor(DEFAULT_LINK_OPTIONS, 'plan').weights);
    for (const g of Object.keys(DEFAULT_LINK_OPTIONS.genres) as ('plan' | 'regulation')[]) {
      expect(DEFAULT_SIGNAL_WEIGHTS.genres[g], g).toEqual(profileFor(DEFAULT_LINK_OPTIONS, g).weights);
    }
    expect(snapshotThresholds({ thresholds: { implements: 0.3, partial: 0.1 } }).provenance).toBe(OVERRIDDEN_PROVENANCE);
    expect(snapshotThresholds().provenance).not.toBe(OVERRIDDEN_PROVENANCE);
  });

  describe('on the 教师法 and its 实施办法 (regulations)', () => {
    let snapshot: Snapshot;
    let graph: PolicyGraph;
    beforeAll(async () => {
      ({ snapshot } = await runIngest({ inputs: [join(import.meta.dirname, '../../real/teachers/corpus')] }));
      graph = graphFromSnapshot(snapshot);
    }, 180_000);

    it('marks reuse and entities unscored in a regulation’s evidence', () => {
      const edge = snapshot.edges.find((e) => e.attributes.type === 'IMPLEMENTS')!;
      const lowerDoc = (graph.getNodeAttributes(edge.source) as { docId: string }).docId;
      expect((graph.getNodeAttributes(lowerDoc) as { genre?: string }).genre).toBe('regulation');
      expect(unscoredSignals(graph, lowerDoc)).toEqual(['reuse', 'entities']);
      const ev = evidenceFor(graph, edge.source, edge.target, edge.attributes as EdgeOf<'IMPLEMENTS'>);
      // The snapshot's edges hold the full evidence (the page fetches it); the measures' texts are in it.
      expect(ev?.unscored).toEqual(['reuse', 'entities']);
    });

    it('marks none when the snapshot was made under other options (weights unknown), or for a plan', () => {
      const lowerDoc = (graph.getNodeAttributes(snapshot.edges.find((e) => e.attributes.type === 'IMPLEMENTS')!.source) as { docId: string }).docId;
      const overridden = graphFromSnapshot({ ...snapshot, attributes: { ...snapshot.attributes, linkThresholds: { ...snapshot.attributes.linkThresholds!, provenance: OVERRIDDEN_PROVENANCE } } });
      expect(unscoredSignals(overridden, lowerDoc)).toEqual([]);
      const plan = graphFromSnapshot({
        ...snapshot,
        nodes: snapshot.nodes.map((n) => (n.key === lowerDoc ? { ...n, attributes: { ...n.attributes, genre: 'plan' } } : n)) as Snapshot['nodes'],
      });
      expect(unscoredSignals(plan, lowerDoc)).toEqual([]);
    });
  });
});
