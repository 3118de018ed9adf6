// Session 47 (helper carriesmem, issue 11): CarriesInput keeps an IMPLEMENTS, CITES or PART_OF edge as its ends and
// one shared attribute object per kind (type, laterVersion), without its key, verdict, score or evidence. The flag
// still decides a pair coverage compares: a lower document issued before the directive's current text is compared
// when one of its links carries out an earlier text (coverage/index.ts lowerDocuments, laterVersion).
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { CoverageGraph } from '../../../coverage/graph.js';
import { carriesEdges, CarriesInput } from '../../../ingest/snapshot/carries.js';

const BJ = '第五条 赡养人应当对老年人履行赡养义务。';

/** A law of 2018 and 北京's regulation of 2000 whose measure implements its earlier text (laterVersion). */
function graph(): CoverageGraph {
  const g = new Graph.MultiDirectedGraph() as unknown as CoverageGraph;
  g.addNode('doc:law', { type: 'Document', name: 'law', inCorpus: true, level: 'national', issuedOn: '2018-12-29' } as never);
  g.addNode('doc:bj', { type: 'Document', name: 'bj', inCorpus: true, level: 'provincial', issuedOn: '2000-01-01' } as never);
  g.addNode('m:law', { type: 'Measure', name: 'x', text: '赡养人应当履行赡养义务。', docId: 'doc:law', path: '1', leaf: true, span: [0, 12] } as never);
  g.addNode('m:bj', { type: 'Measure', name: 'x', text: BJ, docId: 'doc:bj', path: '1', leaf: true, span: [0, BJ.length] } as never);
  g.addNode('group:赡养人', { type: 'TargetGroup', name: '赡养人' } as never);
  g.addEdgeWithKey('MENTIONS|m:law|group:赡养人', 'm:law', 'group:赡养人', { type: 'MENTIONS', spans: [[0, 3]], surfaces: ['赡养人'] } as never);
  const evidence = { passages: [], sharedEntities: [], signals: { reuse: 0.9, text: 0.8, entities: 0 } };
  g.addEdgeWithKey('IMPLEMENTS|m:bj|m:law', 'm:bj', 'm:law', { type: 'IMPLEMENTS', verdict: 'implements', score: 0.9, laterVersion: true, evidence } as never);
  return g;
}

describe('CarriesInput keeps the edges lean', () => {
  it('keeps laterVersion: the earlier lower document carrying the earlier text is compared, as in the whole graph', () => {
    const g = graph();
    const input = new CarriesInput();
    const data = g.export();
    for (const n of data.nodes) input.add('node', n as never);
    for (const e of data.edges) input.add('edge', e as never);
    const edges = carriesEdges(input.graph(), (doc) => (doc === 'doc:bj' ? BJ : undefined));
    expect(edges.map((e) => e.key)).toEqual(['CARRIES|doc:bj|group:赡养人']);
    expect(edges).toEqual(carriesEdges(g));
  });
});
