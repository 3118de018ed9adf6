// Exports of the current view: only the visible nodes and the edges between them, a GEXF that
// graphology's own parser (what Gephi's format means) reads back to the same nodes, and names
// that say what the file holds.
import { MultiDirectedGraph } from 'graphology';
import { parse, write } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { buildViewGraph, graphFromSnapshot } from '../../../web/src/graph/index.js';
import { exportFileName, flatValue, visibleSubgraph } from '../../../web/src/graph/export.js';
import { fixtureSnapshot } from '../fixtures.js';

const data = graphFromSnapshot(fixtureSnapshot());
const view = buildViewGraph(data);
const noMeasures = (id: string) => data.getNodeAttribute(id, 'type') !== 'Measure';

describe('exports', () => {
  it('keeps the visible nodes and only the edges between them', () => {
    const g = visibleSubgraph(data, view, noMeasures);
    expect(g.order).toBe(data.filterNodes(noMeasures).length);
    g.forEachEdge((_e, _a, s, t) => expect(noMeasures(s) && noMeasures(t)).toBe(true));
    expect(g.getNodeAttribute('org:中国科协', 'label')).toBe('中国科协');
    expect(g.getNodeAttribute('org:中国科协', 'x')).toBe(view.getNodeAttribute('org:中国科协', 'x'));
  });

  it('writes GEXF that parses back to the same nodes, labels and edges', () => {
    const g = visibleSubgraph(data, view, noMeasures, { flat: true });
    const back = parse(MultiDirectedGraph, write(g));
    expect(back.nodes().sort()).toEqual(g.nodes().sort());
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttribute('org:中国科协', 'label')).toBe('中国科协');
    expect(back.getNodeAttribute('org:中国科协', 'aliases')).toBe('中国科学技术协会');
  });

  it('flattens lists and maps for GEXF', () => {
    expect(flatValue(['a', 'b'])).toBe('a、b');
    expect(flatValue([[1, 2]])).toBe('[[1,2]]');
    expect(flatValue(3)).toBe(3);
  });

  it('names files after the filters in force', () => {
    expect(exportFileName([], 12, 'gexf')).toBe('policy-graph_all_12-nodes.gexf');
    expect(exportFileName(['吉林省', '2022'], 5, 'png')).toBe('policy-graph_吉林省+2022_5-nodes.png');
    expect(exportFileName(['a/b:c'], 1, 'json')).toBe('policy-graph_a-b-c_1-nodes.json');
  });
});
