// The shipped layout computed in a worker thread (what the server does, issue 11) is the layout
// computed in the server's own thread, position for position: the page and its snapshot tests see
// the same picture either way.
import { describe, expect, it } from 'vitest';
import { graphFromSnapshot } from '../../../web/src/graph/index.js';
import { computeStaticLayout, computeStaticLayoutInWorker } from '../../../web/src/graph/static-layout.js';
import { fixtureSnapshot } from '../fixtures.js';
import { growSnapshot } from '../scale/grow.js';

const rows = (p: Map<string, { x: number; y: number }>) => JSON.stringify([...p].map(([id, { x, y }]) => [id, x, y]));

describe('static layout in a worker thread', () => {
  it('gives the same positions as in this thread on the fixture', async () => {
    const data = graphFromSnapshot(fixtureSnapshot());
    const here = await computeStaticLayout(data, { yieldFn: async () => {} });
    const there = await computeStaticLayoutInWorker(data);
    expect(there.size).toBe(data.order);
    expect(rows(there)).toBe(rows(here));
  });

  it('gives the same positions past 2000 nodes (Barnes–Hut) with a last slice shorter than the rest', async () => {
    const data = graphFromSnapshot(growSnapshot(fixtureSnapshot(), 2_500));
    expect(data.order).toBeGreaterThan(2000);
    // 12 iterations: slices of 5, 5 and 2.
    const here = await computeStaticLayout(data, { iterations: 12, yieldFn: async () => {} });
    const there = await computeStaticLayoutInWorker(data, { iterations: 12 });
    expect(there.size).toBe(data.order);
    expect(rows(there)).toBe(rows(here));
    // The layout did move nodes off their seed (the comparison is not between two seeds).
    const moved = await computeStaticLayoutInWorker(data, { iterations: 1 });
    expect(rows(moved)).not.toBe(rows(there));
  });
});
