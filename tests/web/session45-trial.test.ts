// Session 45 trial (促进科技成果转化法 and five provinces): the cascade's summary counted one citation per citing
// document ("5 citations") while the pairs table's "cites" column counts the places that cite (2, 1, 1, 2, 1).
// cascadeCitePlaces is what the summary now shows: the column's total.
import { describe, expect, it } from 'vitest';
import { edgeKey } from '../../graph-schema/index.js';
import { cascadeCitePlaces, cascadeFrom, cascadeSummary } from '../../web/src/graph/cascade.js';
import { cascadePairs } from '../../web/src/graph/cascade-pairs.js';
import { DIRECTIVE, NATIONAL, fixtureGraph } from './fixtures.js';

describe('cascadeCitePlaces', () => {
  it('adds up the places that cite, as the pairs table does, not the citing documents', () => {
    const g = fixtureGraph();
    // Two more places of the national plan cite the directive (measure-level CITES): one citing document, three places.
    for (const [i, m] of [`${NATIONAL}#一/1`, `${NATIONAL}#一/2`].entries()) {
      g.addEdgeWithKey(edgeKey('CITES', m, DIRECTIVE), m, DIRECTIVE, { type: 'CITES', spans: [[100 + i * 10, 104 + i * 10]], via: ['abbreviation'] });
    }
    const c = cascadeFrom(g, DIRECTIVE)!;
    const citing = c.links.filter((l) => l.kind === 'cites');
    expect(cascadeSummary(c).cites).toBe(citing.length);
    const column = cascadePairs(g, c).reduce((sum, p) => sum + p.cites, 0);
    expect(cascadeCitePlaces(c)).toBe(column);
    expect(cascadeCitePlaces(c)).toBeGreaterThan(citing.length);
  });
});
