// The compact graph the page downloads: the same nodes and edges as the snapshot, without long
// texts and bulky evidence, with positions from a layout that gives the same picture every time.
import { describe, expect, it } from 'vitest';
import { graphFromSnapshot } from '../../../web/src/graph/index.js';
import { decodePayload, encodePayload, hasText } from '../../../web/src/graph/payload.js';
import { computeStaticLayout, seedPositions } from '../../../web/src/graph/static-layout.js';
import { NATIONAL, fixtureSnapshot } from '../fixtures.js';

const snapshot = fixtureSnapshot();
const data = graphFromSnapshot(snapshot);

describe('graph payload', () => {
  it('round-trips every node and edge, leaving out texts and evidence passages only', async () => {
    const positions = await computeStaticLayout(data, { yieldFn: async () => {} });
    const payload = encodePayload(snapshot, 'h', positions);
    const { graph, positions: back } = await decodePayload(payload, { chunk: 3, yieldFn: async () => {} });
    expect(graph.order).toBe(data.order);
    expect(graph.size).toBe(data.size);
    expect(new Set(graph.edges())).toEqual(new Set(data.edges()));
    const doc = graph.getNodeAttributes(NATIONAL);
    expect('text' in doc).toBe(false);
    expect(hasText(graph, NATIONAL)).toBe(false);
    expect(doc.name).toBe(data.getNodeAttribute(NATIONAL, 'name'));
    const implementsEdge = graph.findEdge((_e, a) => a.type === 'IMPLEMENTS')!;
    const ev = graph.getEdgeAttributes(implementsEdge);
    if (ev.type !== 'IMPLEMENTS') throw new Error('not IMPLEMENTS');
    expect(ev.evidence.signals).toEqual({ reuse: 0.4, text: 0.6, entities: 0.75 });
    expect('sharedEntities' in ev.evidence).toBe(false);
    expect(back.get(NATIONAL)).toEqual(positions.get(NATIONAL));
    expect(JSON.stringify(payload).length).toBeLessThan(JSON.stringify(snapshot).length);
  });

  it('builds the whole graph when every part and slice hands the page back (the page’s way at 50k nodes)', async () => {
    const positions = await computeStaticLayout(data, { yieldFn: async () => {} });
    const payload = encodePayload(snapshot, 'h', positions);
    let yields = 0;
    // No time budget at all: a yield before every part and at every check within one.
    const { graph } = await decodePayload(payload, { chunk: 2, sliceMs: 0, yieldFn: async () => void yields++ });
    expect(yields).toBeGreaterThan(data.order / 2);
    expect(graph.order).toBe(data.order);
    expect(new Set(graph.edges())).toEqual(new Set(data.edges()));
    for (const e of data.edges()) expect(graph.extremities(e)).toEqual(data.extremities(e));
  });

  it('lays out the same snapshot the same way, every node at a finite position', async () => {
    const a = await computeStaticLayout(data, { yieldFn: async () => {} });
    const b = await computeStaticLayout(graphFromSnapshot(fixtureSnapshot()), { yieldFn: async () => {} });
    expect([...a]).toEqual([...b]);
    expect(a.size).toBe(data.order);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('starts each document’s measures around it', () => {
    const seed = seedPositions(data);
    const d = seed.get(NATIONAL)!;
    const m = seed.get(`${NATIONAL}#一/1`)!;
    expect(Math.hypot(d.x - m.x, d.y - m.y)).toBeLessThan(20);
  });
});
