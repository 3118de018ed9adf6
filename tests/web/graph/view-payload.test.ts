// The view payload (GET /api/view, issue 11) draws the same graph as the page's own view building
// from the full data graph: same nodes in the same order, positions, sizes, colours, labels, and
// the same drawn edges with the same keys, also when the drawing budget leaves edge types out.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../graph-schema/index.js';
import { graphFromSnapshot } from '../../../web/src/graph/policy-graph.js';
import { jitter } from '../../../web/src/graph/static-layout.js';
import { buildViewGraph } from '../../../web/src/graph/view-graph.js';
import { typedViewPayload, viewGraphFromPayload, viewPayload } from '../../../web/src/graph/view-payload.js';
import { testSnapshot } from '../browser-harness.js';
import { growSnapshot } from '../scale/grow.js';

function positionsOf(ids: Iterable<string>) {
  return new Map([...ids].map((id) => [id, { x: 100 * jitter(id), y: 100 * jitter(id, 1) }]));
}

describe('view payload', () => {
  let snapshot: Snapshot;
  beforeAll(async () => {
    ({ snapshot } = await testSnapshot());
  }, 180_000);

  it('gives the same view graph as building it from the data graph, through the worker’s typed arrays too', async () => {
    const data = graphFromSnapshot(snapshot);
    const positions = positionsOf(data.nodes());
    const expected = buildViewGraph(data, positions).export();
    const payload = viewPayload(data, 'h', positions);
    expect((await viewGraphFromPayload(payload)).export()).toEqual(expected);
    // Round trip through JSON (the server) and typed arrays (the worker's message).
    const wire = JSON.parse(JSON.stringify(payload));
    expect((await viewGraphFromPayload(typedViewPayload(wire).payload, { sliceMs: 0 })).export()).toEqual(expected);
  });

  it('leaves out the same edge types as the page when the graph is over the drawing budget', async () => {
    const data = graphFromSnapshot(growSnapshot(snapshot, 16_000));
    const positions = positionsOf(data.nodes());
    const payload = viewPayload(data, 'h', positions);
    expect(payload.undrawn.length).toBeGreaterThan(0);
    const view = await viewGraphFromPayload(payload);
    expect(view.size).toBeLessThan(data.size);
    expect(view.export()).toEqual(buildViewGraph(data, positions).export());
  }, 120_000);
});
