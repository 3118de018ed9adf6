import { describe, expect, it } from 'vitest';
import { edgeWithin, graphFromSnapshot, neighbourhood, visibleNodeCount } from '../../../web/src/graph/index.js';
import { JILIN, NATIONAL, fixtureSnapshot } from '../fixtures.js';

const graph = graphFromSnapshot(fixtureSnapshot());

describe('neighbourhood', () => {
  it('holds the node and its neighbours in both directions', () => {
    const n = neighbourhood(graph, 'group:青少年');
    expect([...n].sort()).toEqual(['group:青少年', `${JILIN}#1`, `${NATIONAL}#一/1`].sort());
  });

  it('reaches two hops at depth 2', () => {
    const n = neighbourhood(graph, 'group:青少年', 2);
    expect(n.has(NATIONAL)).toBe(true);
    expect(n.has('org:吉林省科协')).toBe(true);
  });

  it('is empty for an unknown node', () => {
    expect(neighbourhood(graph, 'nope').size).toBe(0);
  });

  it('keeps an edge lit only when both ends are in the set', () => {
    const n = neighbourhood(graph, 'group:青少年');
    const inside = graph.edges(`${JILIN}#1`, 'group:青少年')[0];
    const outside = graph.edges(JILIN, `${JILIN}#1`)[0];
    expect(edgeWithin(graph, inside, n)).toBe(true);
    expect(edgeWithin(graph, outside, n)).toBe(false);
  });
});

describe('visibleNodeCount', () => {
  it('leaves out the hidden types', () => {
    const measures = graph.filterNodes((_, a) => a.type === 'Measure').length;
    expect(visibleNodeCount(graph, new Set(['Measure']))).toBe(graph.order - measures);
  });
});
