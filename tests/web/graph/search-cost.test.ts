// Session 42: the name search's cost for a broad query at scale. `科协` matched 33k of 50k nodes, and each match
// became an object; 16k copies' measures tied on kind and length, and each tie had its name read, its edges counted
// and its place sorted, to show 20 (120–320 ms a request, mostly GC; tests/web/scale/search-cost.ts). Now the matches
// are counted in flat arrays, only the best of the tie are kept (by edges, then id) and named, and degrees read once
// are kept while the graph's edges stay. The hits a user sees are the same as a full sort's.
import { describe, expect, it, vi } from 'vitest';
import { Snapshot } from '../../../graph-schema/index.js';
import { graphFromSnapshot } from '../../../web/src/graph/index.js';
import type { PolicyGraph } from '../../../web/src/graph/policy-graph.js';
import { articleHits, normaliseName, searchNodes } from '../../../web/src/graph/search.js';
import { fixtureSnapshot } from '../fixtures.js';
import { growSnapshot } from '../scale/grow.js';

const graph = graphFromSnapshot(Snapshot.parse(growSnapshot(fixtureSnapshot(), 6_000)));

/** The documented order, by a full sort of every node: kind (names before aliases), name length, edges, id. */
function reference(g: PolicyGraph, raw: string, limit: number, types?: ReadonlySet<string>) {
  const q = normaliseName(raw);
  const rows: { id: string; rank: number; length: number; degree: number; alias?: string }[] = [];
  g.forEachNode((id, a) => {
    if (types && !types.has(a.type)) return;
    const names = [a.name, ...('aliases' in a && a.aliases ? a.aliases : [])];
    let best: { rank: number; alias?: string } | null = null;
    names.forEach((n, i) => {
      const x = normaliseName(n);
      const kind = x === q ? 0 : x.startsWith(q) ? 1 : x.includes(q) ? 2 : -1;
      if (kind < 0) return;
      const rank = kind * 2 + (i > 0 ? 1 : 0);
      if (!best || rank < best.rank) best = { rank, ...(i > 0 ? { alias: n } : {}) };
    });
    if (best) rows.push({ id, ...(best as { rank: number; alias?: string }), length: a.name.length, degree: g.degree(id) });
  });
  rows.sort((x, y) => x.rank - y.rank || x.length - y.length || y.degree - x.degree || (x.id < y.id ? -1 : 1));
  const articles = !types || types.has('Measure') ? articleHits(g, raw, { limit }).map((h) => h.id) : [];
  return [...articles, ...rows.map((r) => r.id).filter((id) => !articles.includes(id))].slice(0, limit);
}

describe('name search at scale', () => {
  it('a broad query lists the same hits, in the same order, as a full sort of every match', () => {
    expect(graph.order).toBeGreaterThan(5_900);
    for (const q of ['科协', '科', '工作要点', '副本30', '中国科协', '规划']) {
      for (const limit of [1, 12, 20, 100]) {
        for (const types of [undefined, new Set(['Measure']), new Set(['Document', 'Organisation'])]) {
          const got = searchNodes(graph, q, { limit, types: types as never }).map((h) => h.id);
          expect(got, `${q} ${limit} ${types ? [...types] : 'all'}`).toEqual(reference(graph, q, limit, types));
        }
      }
    }
  });

  it("a broad query reads the names of the hits it lists, not of every match tied with them; a repeat counts no node's edges again", () => {
    const named = vi.spyOn(graph, 'getNodeAttribute');
    const degree = vi.spyOn(graph, 'degree');
    try {
      const hits = searchNodes(graph, '科协', { limit: 20 });
      expect(hits).toHaveLength(20);
      // The copies' measures tie by the thousand at this size; their names were each read before.
      expect(named.mock.calls.filter(([, attr]) => attr === 'name').length).toBeLessThanOrEqual(20);
      degree.mockClear();
      expect(searchNodes(graph, '科协', { limit: 20 })).toEqual(hits);
      expect(degree).not.toHaveBeenCalled();
      // An edge added: the degrees are read again, and the order follows them.
      const last = hits[hits.length - 1].id;
      graph.addEdgeWithKey(`test-edge-${last}`, last, hits[0].id, { type: 'PART_OF' });
      const again = searchNodes(graph, '科协', { limit: 20 }).map((h) => h.id);
      expect(degree).toHaveBeenCalled();
      expect(again).toEqual(reference(graph, '科协', 20));
      graph.dropEdge(`test-edge-${last}`);
    } finally {
      named.mockRestore();
      degree.mockRestore();
    }
  });
});
