// Session 61 (helper perf, issue 11): the streamed snapshot's CARRIES step reads a CarriesGraph
// (ingest/snapshot/carries-graph.ts: flat arrays) instead of a graphology graph built for it, and coverage/forms.ts
// searches a lower document's leaves for a name only when the name is in their joined text and walks a document's
// MENTIONS once for both entity groups. A CarriesGraph must answer every call coverage's carriesEdges makes as the
// graphology MultiDirectedGraph CarriesInput built until now (its `graphology()`): the same nodes in the same order, each
// node's edges in the same order with the same attributes, the same errors; and carriesEdges must give the same edges
// from either. Checked on the sample corpus's snapshot and on graphs made by hand (two edges between one pair of nodes,
// a self-loop, an edge to a node that is not kept).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverageGraph } from '../../coverage/graph.js';
import { runIngest } from '../../ingest/pipeline.js';
import { carriesEdges, CarriesInput } from '../../ingest/snapshot/carries.js';
import type { Snapshot } from '../../graph-schema/index.js';

const root = join(import.meta.dirname, '..', '..');
let snapshot: Snapshot;
beforeAll(async () => {
  ({ snapshot } = await runIngest({ inputs: [join(root, 'corpus')] }));
}, 180_000);

type Rec = ['node' | 'edge', unknown];

/** Both graphs of one list of records: CarriesInput's graph() and the graphology graph it built before. */
function both(records: Rec[]): [CoverageGraph, CoverageGraph] {
  const [a, b] = [new CarriesInput(), new CarriesInput()];
  for (const [kind, r] of records) {
    a.add(kind, structuredClone(r) as never);
    b.add(kind, structuredClone(r) as never);
  }
  return [a.graph(), b.graphology()];
}

const snapshotRecords = (s: Snapshot): Rec[] => [...s.nodes.map((n): Rec => ['node', n]), ...s.edges.map((e): Rec => ['edge', e])];

/** Every answer coverage's CARRIES path reads of a graph, as plain data (edge keys left out: nothing on the path reads them). */
function answers(g: CoverageGraph) {
  const nodes: unknown[] = [];
  g.forEachNode((id, a) => {
    const edges = (walk: 'forEachOutEdge' | 'forEachInEdge') => {
      const out: unknown[] = [];
      g[walk](id, (_e, ea, s, t, sa, ta, u) => void out.push([ea, s, t, sa, ta, u]));
      return out;
    };
    // someOutEdge stops at the first edge the callback accepts: the second of each node's out-edges here.
    let calls = 0;
    const some = g.someOutEdge(id, () => ++calls === 2);
    nodes.push({ id, a, attr: [g.getNodeAttribute(id, 'type'), g.getNodeAttribute(id, 'name')], has: g.hasNode(id), same: g.getNodeAttributes(id) === a, out: edges('forEachOutEdge'), in: edges('forEachInEdge'), some, calls });
  });
  return { order: g.order, size: g.size, nodes, missing: g.hasNode('doc:none') };
}

describe('CarriesGraph answers as the graphology graph the CARRIES step read before', () => {
  it('on the sample corpus: the same nodes, edges, orders and attributes, and the same CARRIES edges', () => {
    const [lean, graphology] = both(snapshotRecords(snapshot));
    expect(lean.size).toBeGreaterThan(300);
    expect(answers(lean)).toEqual(answers(graphology));
    const docText = (id: string) => (snapshot.nodes.find((n) => n.key === id)?.attributes as { text?: string } | undefined)?.text;
    const edges = carriesEdges(lean, docText);
    expect(edges).toEqual(carriesEdges(graphology, docText));
    // And the edges the in-memory build wrote into this snapshot.
    const written = snapshot.edges.filter((e) => e.attributes.type === 'CARRIES');
    expect(written.length).toBeGreaterThan(0);
    expect(edges.map((e) => [e.key, e.source, e.target, e.attributes])).toEqual(written.map((e) => [e.key, e.source, e.target, e.attributes]));
  });

  it('keeps graphology’s order for two edges between one pair (its neighbours in first-edge order, a neighbour’s edges newest first)', () => {
    const node = (key: string, a: object): Rec => ['node', { key, attributes: { inCorpus: true, name: key, ...a } }];
    const edge = (source: string, target: string, a: object): Rec => ['edge', { key: `${source}>${target}>${JSON.stringify(a)}`, source, target, attributes: a }];
    const records: Rec[] = [
      node('doc:a', { type: 'Document', level: 'national' }),
      node('doc:b', { type: 'Document', level: 'provincial' }),
      node('measure:a1', { type: 'Measure', docId: 'doc:a', leaf: true, span: [0, 4] }),
      node('measure:b1', { type: 'Measure', docId: 'doc:b', leaf: true, span: [0, 4] }),
      node('measure:b2', { type: 'Measure', docId: 'doc:b', leaf: true, span: [4, 8] }),
      edge('doc:b', 'doc:a', { type: 'CITES', spans: [[0, 1]], via: ['title'] }),
      edge('measure:b1', 'measure:a1', { type: 'IMPLEMENTS', verdict: 'partial', score: 0.5 }),
      edge('doc:b', 'doc:none', { type: 'CITES', spans: [[0, 1]], via: ['title'] }),
      edge('measure:b2', 'measure:a1', { type: 'IMPLEMENTS', verdict: 'implements', score: 0.9 }),
      edge('measure:b1', 'measure:a1', { type: 'IMPLEMENTS', verdict: 'implements', score: 0.9, laterVersion: true }),
      edge('doc:b', 'doc:a', { type: 'CITES', spans: [[2, 3]], via: ['text'] }),
      edge('measure:b1', 'doc:a', { type: 'CITES', spans: [[0, 1]], via: ['text'] }),
      node('doc:b', { type: 'Document', level: 'provincial', region: '河北省' }),
    ];
    const [lean, graphology] = both(records);
    expect(lean.size).toBe(6);
    expect(answers(lean)).toEqual(answers(graphology));
    const ins: unknown[] = [];
    lean.forEachInEdge('measure:a1', (_e, a, s) => void ins.push([s, (a as { laterVersion?: boolean }).laterVersion === true]));
    expect(ins).toEqual([
      ['measure:b1', true],
      ['measure:b1', false],
      ['measure:b2', false],
    ]);
    // A node met again merges its attributes into the first one's, as graphology's mergeNode does.
    expect((lean.getNodeAttributes('doc:b') as { region?: string }).region).toBe('河北省');
    expect(() => lean.getNodeAttributes('doc:none')).toThrow(/doc:none/);
    expect(() => lean.forEachOutEdge('doc:none', () => undefined)).toThrow(/doc:none/);
    // A self-loop is refused by both.
    const loop: Rec[] = [...records, edge('doc:a', 'doc:a', { type: 'CITES', spans: [[0, 1]], via: ['title'] })];
    expect(() => both(loop)).toThrow(/same/);
  });

  it('finds a name in a leaf, and not across two leaves nor in a measure that is no leaf', () => {
    // The lower text: 本省赡养人的义务。 | 第二条 赡养老人的赡养 | 人不得离开。 (three measures; 赡养人 across the last two).
    const low = '本省赡养人的义务。第二条 赡养老人的赡养人不得离开。';
    const law = '赡养人应当履行义务。';
    const node = (key: string, a: object): Rec => ['node', { key, attributes: { inCorpus: true, name: key, ...a } }];
    const edge = (source: string, target: string, a: object): Rec => ['edge', { key: `${source}>${target}`, source, target, attributes: a }];
    const records = (firstIsLeaf: boolean): Rec[] => [
      node('doc:law', { type: 'Document', level: 'national', issuedOn: '2018-12-29' }),
      node('doc:low', { type: 'Document', level: 'provincial', issuedOn: '2020-01-01' }),
      node('measure:law1', { type: 'Measure', docId: 'doc:law', leaf: true, span: [0, 10] }),
      node('measure:low1', { type: 'Measure', docId: 'doc:low', leaf: firstIsLeaf, span: [0, 9] }),
      node('measure:low2', { type: 'Measure', docId: 'doc:low', leaf: true, span: [9, 20] }),
      node('measure:low3', { type: 'Measure', docId: 'doc:low', leaf: true, span: [20, 26] }),
      node('group:赡养人', { type: 'TargetGroup', name: '赡养人' }),
      edge('measure:law1', 'group:赡养人', { type: 'MENTIONS', spans: [[0, 3]], surfaces: ['赡养人'] }),
      edge('doc:low', 'doc:law', { type: 'CITES', spans: [[0, 1]], via: ['title'] }),
    ];
    const run = (firstIsLeaf: boolean) => {
      const [lean, graphology] = both(records(firstIsLeaf));
      const docText = (id: string) => (id === 'doc:low' ? low : id === 'doc:law' ? law : undefined);
      const edges = carriesEdges(lean, docText);
      expect(edges).toEqual(carriesEdges(graphology, docText));
      return edges.map((e) => e.attributes.places.map((p) => `${low.slice(p.span[0], p.span[1])}@${p.span[0]}`));
    };
    expect(low.length).toBe(26);
    // 本省赡养人 in the first leaf: carried there only, not 赡养|人 across the last two measures.
    expect(run(true)).toEqual([['赡养人@2']]);
    // The first measure no leaf: nothing.
    expect(run(false)).toEqual([]);
  });
});
