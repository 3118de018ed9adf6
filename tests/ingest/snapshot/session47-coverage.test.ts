// Session 47 (helper coverage): the ingest step writing CARRIES edges (ingest/snapshot/carries.ts) for the pairs
// coverage compares, on 浙江's 实施办法 第八条 (tests/real/elderly) and 上海's 第九条 (tests/real/techtransfer-trial).
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { CoverageGraph } from '../../../coverage/graph.js';
import { entityRows, GROUP_TYPES } from '../../../coverage/index.js';
import { addCarries, carriesEdges, CarriesInput, sentenceAround } from '../../../ingest/snapshot/carries.js';

const ZJ_8 = '第八条 赡养人应当对老年人履行赡养义务。赡养人的赡养义务不因老年人的婚姻关系变化、赡养人放弃继承权等而消除。';
const SH_9 = '第九条 应当听取本单位科技人员的意见，并经单位职工代表大会审议。';

/** A law, 浙江's 实施办法 citing it, and 北京's regulation that neither cites nor implements it (not compared). */
function graph(): CoverageGraph {
  const g = new Graph.MultiDirectedGraph() as unknown as CoverageGraph;
  const doc = (id: string, a: object) => g.addNode(id, { type: 'Document', name: id, inCorpus: true, ...a } as never);
  doc('doc:law', { level: 'national', issuedOn: '2018-12-29' });
  doc('doc:zj', { level: 'provincial', issuedOn: '2020-11-27' });
  doc('doc:bj', { level: 'provincial', issuedOn: '2020-01-01' });
  const measure = (id: string, docId: string, text: string, at: number) => g.addNode(id, { type: 'Measure', name: text, text, docId, path: id, leaf: true, span: [at, at + text.length] } as never);
  measure('m:law', 'doc:law', '赡养人应当履行对老年人经济上供养、生活上照料和精神上慰藉的义务。职工应当…', 0);
  measure('m:zj', 'doc:zj', ZJ_8, 100);
  measure('m:zj2', 'doc:zj', SH_9, 200);
  measure('m:bj', 'doc:bj', ZJ_8, 0);
  g.addNode('group:赡养人', { type: 'TargetGroup', name: '赡养人' } as never);
  g.addNode('group:职工', { type: 'TargetGroup', name: '职工' } as never);
  g.addEdgeWithKey('MENTIONS|m:law|group:赡养人', 'm:law', 'group:赡养人', { type: 'MENTIONS', spans: [[0, 3]], surfaces: ['赡养人'] } as never);
  g.addEdgeWithKey('MENTIONS|m:law|group:职工', 'm:law', 'group:职工', { type: 'MENTIONS', spans: [[33, 35]], surfaces: ['职工'] } as never);
  g.addEdgeWithKey('CITES|doc:zj|doc:law', 'doc:zj', 'doc:law', { type: 'CITES', spans: [[0, 1]], via: ['title'] } as never);
  return g;
}

describe('CARRIES edges written at ingest', () => {
  it('writes the bare name where it ends a noun of a compared lower document, with each place and its sentence', () => {
    const edges = carriesEdges(graph());
    expect(edges.map((e) => e.key)).toEqual(['CARRIES|doc:zj|group:赡养人']);
    const { attributes } = edges[0];
    // 赡养人应当… and 赡养人的…; not 赡养人放弃 (放 starts no predicate of HEAD_BOUNDARY).
    expect(attributes).toMatchObject({ type: 'CARRIES', as: ['赡养人'], count: 2 });
    expect(attributes.places.map((p) => [ZJ_8.slice(p.span[0] - 100, p.span[1] - 100), ZJ_8.slice(p.sentence[0] - 100, p.sentence[1] - 100)])).toEqual([
      ['赡养人', '第八条 赡养人应当对老年人履行赡养义务。'],
      ['赡养人', '赡养人的赡养义务不因老年人的婚姻关系变化、赡养人放弃继承权等而消除。'],
    ]);
  });

  it('writes none for a name that only modifies another head (职工 in 职工代表大会) nor for a document coverage does not compare', () => {
    const keys = carriesEdges(graph()).map((e) => e.key);
    expect(keys).not.toContain('CARRIES|doc:zj|group:职工');
    expect(keys.some((k) => k.includes('doc:bj'))).toBe(false);
  });

  it('is what coverage reads: carried, with the form and the count, after the step and not before', () => {
    const g = graph();
    expect(entityRows(g, 'doc:law', 'doc:zj', GROUP_TYPES).find((r) => r.name === '赡养人')).toMatchObject({ carried: false });
    addCarries(g);
    expect(entityRows(g, 'doc:law', 'doc:zj', GROUP_TYPES).find((r) => r.name === '赡养人')).toMatchObject({ carried: true, lowerMentions: 2, carriedAs: ['赡养人'] });
  });

  it('reads the same edges from the records of a streamed snapshot (CarriesInput) as from the whole graph', () => {
    const g = graph();
    const input = new CarriesInput();
    const data = g.export();
    for (const n of data.nodes) input.add('node', n as never);
    for (const e of data.edges) input.add('edge', { ...e, key: e.key ?? `${e.attributes!.type}|${e.source}|${e.target}` } as never);
    // The kept measures hold no text: it is cut from their document's (each measure's text stands at its span).
    const docText = (doc: string) => {
      let text = '';
      g.forEachNode((_id, a) => {
        const m = a as unknown as { type: string; docId?: string; text?: string; span?: [number, number] };
        if (m.type === 'Measure' && m.docId === doc && m.span) text = text.padEnd(m.span[0], ' ').slice(0, m.span[0]) + m.text + text.slice(m.span[1]);
      });
      return text;
    };
    expect(carriesEdges(input.graph(), docText)).toEqual(carriesEdges(graph()));
    expect(carriesEdges(new CarriesInput().graph())).toEqual([]);
  });

  it('cuts the sentence at 。；！？ or the measure’s ends', () => {
    expect(sentenceAround('甲。乙赡养人丙；丁', 3, 6)).toEqual([2, 8]);
    expect(sentenceAround('赡养人', 0, 3)).toEqual([0, 3]);
  });
});
