// The view payload (GET /api/view, issue 11) draws the same graph as the page's own view building
// from the full data graph: same nodes in the same order, positions, sizes, colours, labels, and
// the same drawn edges with the same keys, also when the drawing budget leaves edge types out.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../graph-schema/index.js';
import { graphFromSnapshot } from '../../../web/src/graph/policy-graph.js';
import { jitter } from '../../../web/src/graph/static-layout.js';
import { buildViewGraph } from '../../../web/src/graph/view-graph.js';
import { packStrings, typedViewPayload, unpackStrings, viewGraphFromPayload, viewPayload } from '../../../web/src/graph/view-payload.js';
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
    const typed = typedViewPayload(wire).payload;
    // The worker sends ids and labels as one string each (one structured-clone item, not 2 × N).
    expect(Array.isArray(typed.nodes.id) || Array.isArray(typed.nodes.label)).toBe(false);
    expect((await viewGraphFromPayload(structuredClone(typed), { sliceMs: 0 })).export()).toEqual(expected);
  });

  it('packs strings into one and back, whatever characters they hold', () => {
    for (const a of [[], [''], ['a', '', 'b'], ['x\u0000y', '规划\u001f', 'z'], ['\u0000\u001f\u001e\u001d', 'q']]) {
      expect(unpackStrings(structuredClone(packStrings(a)))).toEqual(a);
    }
    // No free separator: sent as the list itself.
    expect(packStrings(['\u0000\u001f\u001e\u001d'])).toEqual(['\u0000\u001f\u001e\u001d']);
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
