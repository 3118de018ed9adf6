// Session 41: the text index's cost per query at scale. A long pasted name (13 bigrams) made MiniSearch score every
// document of every bigram before its AND (1.4–3.2 s at 50k nodes for one hit), and a broad query normalised the text
// of each of its 30k hits to rank 20 (tests/web/scale/search-cost.ts). Now a long query is looked up by its rarest
// bigrams and the hits are checked for the others; the texts are read in rank order until the list is full; and the
// server does not ask the text index when the names fill the list. The hits a user sees are the same.
import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Snapshot } from '../../../graph-schema/index.js';
import { graphFromSnapshot } from '../../../web/src/graph/index.js';
import { normaliseName } from '../../../web/src/graph/search.js';
import { buildTextIndex, TEXT_SEARCH_OPTIONS, tokenize } from '../../../web/src/graph/text-search.js';
import { createApp, serve } from '../../../web/server/index.js';
import { NATIONAL, fixtureSnapshot } from '../fixtures.js';

const TITLE = '吉林省科协2022年科普工作要点';

/** The fixture with 300 measures that cite a long title or say 科协 in their text. */
function busyGraph() {
  const graph = graphFromSnapshot(fixtureSnapshot());
  const m = graph.getNodeAttributes(`${NATIONAL}#一/2`);
  for (let i = 0; i < 300; i++) {
    const said = i % 3 === 0 ? `按照《${TITLE}》开展第${i}项工作` : i % 3 === 1 ? `各级科协组织第${i}项基层科普活动` : `吉林省第${i}项工作要点由科协提出`;
    const text = `${said}，并将落实情况报告上级主管部门和同级人民政府，接受社会监督。`;
    if (m.type === 'Measure') graph.addNode(`${NATIONAL}#忙/${i}`, { ...m, name: `第${i}条`, text });
  }
  return graph;
}

/** Every node holding all of the query's bigrams, by the documented ranks (name equal, name prefix, one run, apart). */
function reference(graph: ReturnType<typeof busyGraph>, raw: string): string[][] {
  const q = normaliseName(raw);
  const terms = tokenize(q);
  const ranks: string[][] = [[], [], [], []];
  graph.forEachNode((id, a) => {
    const aliases = 'aliases' in a && a.aliases ? a.aliases.join(' ') : '';
    const text = a.type === 'Measure' ? a.text : '';
    const held = new Set([...tokenize(a.name), ...tokenize(aliases), ...tokenize(text)]);
    if (!terms.every((t) => held.has(t))) return;
    const name = normaliseName(a.name);
    const whole = name.includes(q) || normaliseName(aliases).includes(q) || normaliseName(text).includes(q);
    ranks[name === q ? 0 : name.startsWith(q) ? 1 : whole ? 2 : 3].push(id);
  });
  return ranks.map((r) => r.sort());
}

afterEach(() => vi.restoreAllMocks());

describe('the text index at scale', () => {
  const graph = busyGraph();
  const index = buildTextIndex(graph);

  it('looks a long pasted name up by a few of its bigrams and still finds every node that holds them all, in rank order', () => {
    const spy = vi.spyOn(MiniSearch.prototype, 'search');
    for (const q of [`${TITLE}·副本17`, TITLE, '动员科技工作者参与', '吉林省工作要点科协']) {
      const hits = index.search(q, { limit: 500 }).hits;
      const ranks = reference(graph, q);
      let at = 0;
      for (const rank of ranks) {
        expect(hits.slice(at, at + rank.length).map((h) => h.id).sort()).toEqual(rank);
        at += rank.length;
      }
      expect(hits).toHaveLength(at);
    }
    // 吉林省科协2022年科普工作要点 has 11 terms: the index was asked for each of them.
    expect(tokenize(TITLE).length).toBeGreaterThan(TEXT_SEARCH_OPTIONS.maxIndexTerms);
    // (The suggestions' OR search over names is another index, asked when nothing holds the query as one run.)
    const lookups = spy.mock.calls.filter(([, options]) => options?.combineWith === 'AND');
    expect(lookups.length).toBeGreaterThan(0);
    for (const [query] of lookups) expect(tokenize(String(query)).length).toBeLessThanOrEqual(TEXT_SEARCH_OPTIONS.maxIndexTerms);
    expect(index.search(TITLE, { limit: 500 }).hits.filter((h) => h.field === 'text')[0]?.snippet?.match).toBe(TITLE);
  });

  it('reads the text of only as many hits as the list shows for a broad query', () => {
    // 200 measures hold 科协 in their text; the list shows 12.
    expect(reference(graph, '科协').flat().length).toBeGreaterThan(200);
    const fresh = buildTextIndex(graph);
    const normalize = vi.spyOn(String.prototype, 'normalize');
    const hits = fresh.search('科协', { limit: 12 }).hits;
    expect(hits).toHaveLength(12);
    // The measures’ texts (over 30 characters; their names are 第N条).
    const texts = normalize.mock.contexts.filter((s) => String(s).length > 30);
    expect(texts.length).toBeLessThanOrEqual(24);
  });
});

describe('GET /api/search', () => {
  it('does not ask the text index when the names fill the list, and does when they leave room', async () => {
    const snapshot = Snapshot.parse(fixtureSnapshot());
    const served = await serve(createApp({ snapshot, cypher: null, cypherOff: 'test' }), { port: 0 });
    try {
      await fetch(`${served.url}/api/search?q=x&limit=1`);
      const spy = vi.spyOn(MiniSearch.prototype, 'search');
      const names = await (await fetch(`${served.url}/api/search?q=${encodeURIComponent('科协')}&limit=2`)).json();
      expect(names.hits).toHaveLength(2);
      expect(names.hits.every((h: { field: string; exact: boolean }) => h.field !== 'text' && h.exact)).toBe(true);
      expect(spy).not.toHaveBeenCalled();
      // A phrase of a measure's text: no name holds it, the text index answers.
      const phrase = await (await fetch(`${served.url}/api/search?q=${encodeURIComponent('动员科技工作者参与')}&limit=20`)).json();
      expect(phrase.hits[0]).toMatchObject({ id: `${NATIONAL}#一/2`, field: 'text', exact: true });
      expect(spy).toHaveBeenCalled();
    } finally {
      await served.close();
    }
  });
});
