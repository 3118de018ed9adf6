// Find nodes by their Chinese name or an alias: exact > prefix > contains, names before aliases,
// then shorter names (closer to the query) and better-connected nodes first.
import { isDocumentPart } from '../../../graph-schema/kinds.js';
import type { NodeType } from '../../../graph-schema/index.js';
import { nextTask, sliced } from './payload.js';
import type { PolicyGraph } from './policy-graph.js';

/** Every knob of the name search, in one place. */
export const SEARCH_OPTIONS = {
  /**
   * Above this many nodes the names are normalised ahead, a time slice at a time
   * (prepareNameSearch), before the page searches them: at 50k nodes normalising every name in
   * one go (NFKC, spaces, case) was most of a 0.2-0.3 s task when the explorer opened on a query
   * typed during loading, and of every key press after (Chrome trace, session 17).
   */
  prepareAbove: 5_000,
} as const;

export type MatchKind = 'exact' | 'prefix' | 'contains';

export interface SearchHit {
  id: string;
  name: string;
  type: NodeType;
  kind: MatchKind;
  /** The alias that matched, when the name itself did not match as well. */
  alias?: string;
}

const KIND_RANK: Record<MatchKind, number> = { exact: 0, prefix: 1, contains: 2 };
const KIND_BY_RANK: readonly MatchKind[] = ['exact', 'prefix', 'contains'];

/** NFKC folds full-width Latin and digits (ＡＰＰ, １０) into what people type. */
export function normaliseName(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

export function matchKind(candidate: string, query: string): MatchKind | null {
  if (!query) return null;
  return kindOf(normaliseName(candidate), query);
}

/**
 * A graph's names prepared for searching (session 40): every node's normalised name and aliases in one flat array, so a
 * search compares strings and does not walk the graph, look each name up again or count a node's edges unless it
 * matches. The server's /api/search runs the page's name search on its own graph for every request (inPageOrder,
 * session 39): at 50k nodes the walk cost 75–260 ms a request (tests/web/scale/search-cost.ts).
 */
interface NameEntry {
  id: string;
  /** The normalised name, then each alias normalised (raw aliases in `aliases`, same order). */
  names: string[];
  aliases: readonly string[];
  type: NodeType;
  /** The raw name's length (the ranking's second key). */
  length: number;
  /** A measure's document and path (a document-and-article query, articleHits). */
  measure?: { docId: string; path: string };
}
interface NameIndex {
  /** The graph's order when it was built: a graph that grew since is indexed again. */
  order: number;
  entries: NameEntry[];
}

const indexes = new WeakMap<PolicyGraph, NameIndex>();

type Named = { type: NodeType; name: string; aliases?: readonly string[]; docId?: string; path?: string };

function entryOf(id: string, a: Named): NameEntry {
  const aliases = a.aliases ?? [];
  return {
    id,
    names: [normaliseName(a.name), ...aliases.map(normaliseName)],
    aliases,
    type: a.type,
    length: a.name.length,
    ...(a.type === 'Measure' && a.docId !== undefined && a.path !== undefined ? { measure: { docId: a.docId, path: a.path } } : {}),
  };
}

/** The graph's name index, built now (in one go) when it has none or the graph grew since. */
function nameIndex(graph: PolicyGraph): NameIndex {
  const known = indexes.get(graph);
  if (known && known.order === graph.order) return known;
  const entries: NameEntry[] = [];
  graph.forEachNode((id, a) => entries.push(entryOf(id, a as Named)));
  const index = { order: graph.order, entries };
  indexes.set(graph, index);
  return index;
}

/** True when `graph` can be searched at once: small, or its names prepared. */
export function nameSearchReady(graph: PolicyGraph): boolean {
  return graph.order <= SEARCH_OPTIONS.prepareAbove || indexes.get(graph)?.order === graph.order;
}

/** Normalises every name and alias of `graph` ahead of its searches (its name index), a time slice at a time. */
export async function prepareNameSearch(graph: PolicyGraph, opts: { sliceMs?: number; yieldFn?: () => Promise<void> } = {}): Promise<void> {
  if (indexes.get(graph)?.order === graph.order) return;
  // Its first slice in a task of its own, not in that of the effects that start it (the
  // explorer's first mount: 70 ms together at load 11, Chrome trace, session 17).
  const pause = opts.yieldFn ?? nextTask;
  await pause();
  const nodes = graph.nodes();
  const entries: NameEntry[] = [];
  await sliced(0, nodes.length, (i) => {
    if (graph.hasNode(nodes[i])) entries.push(entryOf(nodes[i], graph.getNodeAttributes(nodes[i]) as Named));
  }, opts);
  // A node added or dropped meanwhile: the next search builds the index again (nameIndex checks the order).
  indexes.set(graph, { order: entries.length === graph.order ? graph.order : -1, entries });
}

function kindOf(normalisedCandidate: string, query: string): MatchKind | null {
  if (normalisedCandidate === query) return 'exact';
  if (normalisedCandidate.startsWith(query)) return 'prefix';
  return normalisedCandidate.includes(query) ? 'contains' : null;
}

interface Ranked extends SearchHit {
  rank: number;
  length: number;
  degree: number;
}

/** A document (part of its name or an alias) and an article: `献血法 第十四条`, `献血法第十四条之一`. */
const ARTICLE_QUERY = /^(.+?)\s*(第[零〇一二三四五六七八九十百千两0-9]+条(?:之[一二三四五六七八九十]+)?)$/;

/**
 * The measures a query names as a document and an article (session 36 trial: "献血法 第十四条" found nothing, and
 * "第十四条" listed the 第十四条 of 12 documents, unnamed). A measure whose path is the article or ends with it
 * (`第三章/第十四条`), in a document whose name or an alias contains the rest; shorter document names first.
 */
export function articleHits(graph: PolicyGraph, rawQuery: string, opts: { limit?: number } = {}): SearchHit[] {
  const m = rawQuery.normalize('NFKC').trim().match(ARTICLE_QUERY);
  if (!m) return [];
  const docPart = normaliseName(m[1]);
  const article = m[2];
  const { entries } = nameIndex(graph);
  const docs = new Map<string, number>();
  for (const e of entries) {
    if (e.type === 'Document' && e.names.some((n) => n.includes(docPart))) docs.set(e.id, graph.getNodeAttribute(e.id, 'name').length);
  }
  if (!docs.size) return [];
  const hits: (SearchHit & { rank: number })[] = [];
  for (const { id, measure } of entries) {
    if (!measure || !docs.has(measure.docId)) continue;
    if (measure.path === article || measure.path.endsWith(`/${article}`)) {
      hits.push({ id, name: graph.getNodeAttribute(id, 'name'), type: 'Measure', kind: 'exact', rank: docs.get(measure.docId)! });
    }
  }
  hits.sort((x, y) => x.rank - y.rank || (x.id < y.id ? -1 : 1));
  return hits.slice(0, opts.limit ?? 20).map(({ rank: _r, ...hit }) => hit);
}

/** Where a measure or a target is: its document's name and the measure's path (a search hit's second line). */
export function hitPlace(graph: PolicyGraph, id: string): { document: string; path?: string } | null {
  if (!graph.hasNode(id)) return null;
  const a = graph.getNodeAttributes(id);
  if (!isDocumentPart(a)) return null;
  const document = graph.hasNode(a.docId) ? graph.getNodeAttribute(a.docId, 'name') : a.docId.replace(/^doc:/, '');
  const measure = a.type === 'Measure' ? a : 'measureId' in a && graph.hasNode(a.measureId) ? graph.getNodeAttributes(a.measureId) : null;
  return { document, ...(measure && 'path' in measure ? { path: measure.path } : {}) };
}

export function searchNodes(
  graph: PolicyGraph,
  rawQuery: string,
  opts: { limit?: number; types?: ReadonlySet<NodeType> } = {},
): SearchHit[] {
  const query = normaliseName(rawQuery);
  if (!query) return [];
  // A document and an article name their measures first (session 36).
  const articles = !opts.types || opts.types.has('Measure') ? articleHits(graph, rawQuery, opts) : [];
  // Every match by its kind and length first, light: a broad query ("科协") matches most of a large graph, and only the
  // first `limit` (with their ties) need their attributes and their edges counted.
  const found: { e: NameEntry; rank: number; alias: number }[] = [];
  for (const e of nameIndex(graph).entries) {
    if (opts.types && !opts.types.has(e.type)) continue;
    // Best match of the node: the lowest rank; names beat aliases of the same kind (the half step keeps kinds apart).
    let rank = -1;
    let alias = -1;
    for (let i = 0; i < e.names.length; i++) {
      const kind = kindOf(e.names[i], query);
      if (!kind) continue;
      const r = KIND_RANK[kind] * 2 + (i > 0 ? 1 : 0);
      if (rank < 0 || r < rank) [rank, alias] = [r, i - 1];
    }
    if (rank >= 0) found.push({ e, rank, alias });
  }
  // The (kind, length) of the last hit wanted, counted, not sorted (a one-character query matches every node). The
  // article hits may repeat some of these: room for as many more.
  const wanted = (opts.limit ?? 20) + articles.length;
  const keyOf = (rank: number, length: number) => rank * 1_000_000 + length;
  const counts = new Map<number, number>();
  for (const { e, rank } of found) counts.set(keyOf(rank, e.length), (counts.get(keyOf(rank, e.length)) ?? 0) + 1);
  let cutoff = -1;
  let seen = 0;
  for (const key of [...counts.keys()].sort((x, y) => x - y)) {
    cutoff = key;
    if ((seen += counts.get(key)!) >= wanted) break;
  }
  const hits: Ranked[] = [];
  for (const { e, rank, alias } of found) {
    if (keyOf(rank, e.length) > cutoff) continue;
    hits.push({
      id: e.id,
      name: graph.getNodeAttribute(e.id, 'name'),
      type: e.type,
      kind: KIND_BY_RANK[rank >> 1],
      ...(alias >= 0 ? { alias: e.aliases[alias] } : {}),
      rank,
      length: e.length,
      degree: graph.degree(e.id),
    });
  }
  hits.sort(
    (x, y) =>
      x.rank - y.rank || x.length - y.length || y.degree - x.degree || (x.id < y.id ? -1 : 1),
  );
  const named = new Set(articles.map((h) => h.id));
  return [...articles, ...hits.filter((h) => !named.has(h.id)).map(({ rank: _r, length: _l, degree: _d, ...hit }) => hit)].slice(0, opts.limit ?? 20);
}
