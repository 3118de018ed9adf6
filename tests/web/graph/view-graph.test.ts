import { describe, expect, it } from 'vitest';
import { NODE_COLOURS, buildViewGraph, graphFromSnapshot, shortLabel, sizeForDegree } from '../../../web/src/graph/index.js';
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
});
