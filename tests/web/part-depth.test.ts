// Session 39 (plans): an article under a 司法解释's part title keeps its number as its path (第七条, not 二/第七条); the side panel
// and the reader still indent it under the part, by its HAS_MEASURE parent.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { edgeKey } from '../../graph-schema/index.js';
import { documentDetails } from '../../web/src/graph/document-details.js';
import { readDocument } from '../../web/src/graph/reader.js';
import type { PolicyGraph } from '../../web/src/graph/policy-graph.js';

const TEXT = ['作如下规定：', '二、破产案件的处理', '第七条 人民法院均应当受理。'].join('\n');

function graph(): PolicyGraph {
  const g: PolicyGraph = new MultiDirectedGraph();
  const doc = 'doc:规定';
  g.addNode(doc, { type: 'Document', name: '某某规定', inCorpus: true, sources: ['x.md'], text: TEXT } as never);
  const measure = (path: string, kind: string, leaf: boolean, line: string, parent: string, ordinal: number) => {
    const start = TEXT.indexOf(line);
    g.addNode(`${doc}#${path}`, { type: 'Measure', name: line, text: line, docId: doc, path, ordinal, span: [start, start + line.length], kind, leaf } as never);
    g.addEdgeWithKey(edgeKey('HAS_MEASURE', parent, `${doc}#${path}`), parent, `${doc}#${path}`, { type: 'HAS_MEASURE', ordinal } as never);
  };
  measure('二', 'section', false, '二、破产案件的处理', doc, 0);
  measure('第七条', 'article', true, '第七条 人民法院均应当受理。', `${doc}#二`, 1);
  return g;
}

describe('an article under a part title', () => {
  it('is indented under the part in the side panel’s list and in the reader', () => {
    const g = graph();
    expect(documentDetails(g, 'doc:规定')!.measures.map((m) => [m.name, m.depth])).toEqual([
      ['二、破产案件的处理', 0],
      ['第七条 人民法院均应当受理。', 1],
    ]);
    expect(readDocument(g, 'doc:规定')!.blocks.slice(1).map((b) => [b.path, b.depth])).toEqual([
      ['二', 1],
      ['第七条', 2],
    ]);
  });
});
