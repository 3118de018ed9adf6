import { describe, expect, it } from 'vitest';
import { NODE_COLOURS, buildViewGraph, graphFromSnapshot, shortLabel, sizeForDegree, undrawnEdgeTypes } from '../../../web/src/graph/index.js';
import { fixtureSnapshot } from '../fixtures.js';

const data = graphFromSnapshot(fixtureSnapshot());

describe('buildViewGraph', () => {
  it('gives every node a numeric position, a colour for its type and no `type` attribute', () => {
    const view = buildViewGraph(data);
    view.forEachNode((id, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.color).toBe(NODE_COLOURS[data.getNodeAttribute(id, 'type')]);
      expect('type' in a).toBe(false);
    });
    expect(view.size).toBe(data.size);
  });

  it('places nodes the same way for the same snapshot', () => {
    expect(buildViewGraph(data).export().nodes).toEqual(buildViewGraph(data).export().nodes);
  });

  it('sizes nodes by degree, capped', () => {
    expect(sizeForDegree(16)).toBeGreaterThan(sizeForDegree(1));
    expect(sizeForDegree(10_000)).toBe(24);
  });

  it('shortens long labels with an ellipsis', () => {
    expect(shortLabel('中国科协联合全国学会实施基层科普行动计划')).toBe('中国科协联合全国学会实施基层…');
  });

  it('places nodes where the shipped layout says', () => {
    const positions = new Map(data.nodes().map((id, i) => [id, { x: i, y: -i }]));
    const view = buildViewGraph(data, positions);
    view.forEachNode((id, a) => expect({ x: a.x, y: a.y }).toEqual(positions.get(id)));
  });

  it('leaves the most numerous structural edges off the canvas only above the budget', () => {
    expect(undrawnEdgeTypes({ MENTIONS: 10, IMPLEMENTS: 5 }, 100)).toEqual([]);
    expect(undrawnEdgeTypes({ MENTIONS: 80, SETS: 10, HAS_MEASURE: 30, IMPLEMENTS: 20 }, 100)).toEqual(['MENTIONS']);
    expect(undrawnEdgeTypes({ MENTIONS: 80, SETS: 30, HAS_MEASURE: 60, IMPLEMENTS: 40 }, 50)).toEqual(['MENTIONS', 'SETS', 'HAS_MEASURE']);
  });
});
