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
  /** The longest raw name (the matches are counted per rank and length). */
  maxLength: number;
  /** Entries' degrees as read (-1: not yet), for the graph's edge count `size` (degreeOf). */
  degrees?: { size: number; values: Int32Array };
  /** One search's matches, made on the first search (searchNodes). */
  scratch?: { entry: Int32Array; rank: Uint8Array; alias: Int32Array };
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
  const index = { order: graph.order, entries, maxLength: maxLengthOf(entries) };
  indexes.set(graph, index);
  return index;
}

function maxLengthOf(entries: readonly NameEntry[]): number {
  let max = 0;
  for (const e of entries) if (e.length > max) max = e.length;
  return max;
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
  indexes.set(graph, { order: entries.length === graph.order ? graph.order : -1, entries, maxLength: maxLengthOf(entries) });
}

function kindOf(normalisedCandidate: string, query: string): MatchKind | null {
  if (normalisedCandidate === query) return 'exact';
  if (normalisedCandidate.startsWith(query)) return 'prefix';
  return normalisedCandidate.includes(query) ? 'contains' : null;
}

/** kindOf as its index in KIND_BY_RANK, -1 for no match: no string made per comparison. */
function kindRankOf(normalisedCandidate: string, query: string): number {
  if (normalisedCandidate === query) return 0;
  if (normalisedCandidate.startsWith(query)) return 1;
  return normalisedCandidate.includes(query) ? 2 : -1;
}
/** Ranks a match can take: three kinds, each by name or by alias. */
const RANKS = 6;

/** The index's scratch arrays for one search's matches (entry, rank, alias of each), made once per index. */
function scratchOf(index: NameIndex): NonNullable<NameIndex['scratch']> {
  const n = index.entries.length;
  index.scratch ??= { entry: new Int32Array(n), rank: new Uint8Array(n), alias: new Int32Array(n) };
  return index.scratch;
}

/** A match of the cutoff's kind and length: its place in the scratch arrays, id and degree. */
interface TieMember {
  k: number;
  id: string;
  degree: number;
}
/** More edges first, then the lower id: the list's order inside one kind and length. */
function better(degree: number, id: string, than: TieMember): boolean {
  return degree > than.degree || (degree === than.degree && id < than.id);
}
/** The position of the last member in `better`'s order. */
function worstOf(tie: readonly TieMember[]): number {
  let worst = 0;
  for (let i = 1; i < tie.length; i++) if (better(tie[worst].degree, tie[worst].id, tie[i])) worst = i;
  return worst;
}

/**
 * An entry's degree, read from the graph once and kept while the graph's edge count stays the same (a broad
 * query's tie reads thousands: a map lookup each).
 */
function degreeOf(index: NameIndex, graph: PolicyGraph, j: number): number {
  if (!index.degrees || index.degrees.size !== graph.size) index.degrees = { size: graph.size, values: new Int32Array(index.entries.length).fill(-1) };
  const values = index.degrees.values;
  if (values[j] < 0) values[j] = graph.degree(index.entries[j].id);
  return values[j];
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
  // first `limit` (with their ties) need their attributes and their edges counted. The matches go into the index's
  // flat scratch arrays, not one object each (session 42: at 50k nodes `科协` made 33k of them, mostly GC).
  const index = nameIndex(graph);
  const { entries } = index;
  const scratch = scratchOf(index);
  let found = 0;
  for (let j = 0; j < entries.length; j++) {
    const e = entries[j];
    if (opts.types && !opts.types.has(e.type)) continue;
    // Best match of the node: the lowest rank; names beat aliases of the same kind (the half step keeps kinds apart).
    let rank = -1;
    let alias = -1;
    const names = e.names;
    for (let i = 0; i < names.length; i++) {
      const kind = kindRankOf(names[i], query);
      if (kind < 0) continue;
      const r = kind * 2 + (i > 0 ? 1 : 0);
      if (rank < 0 || r < rank) {
        rank = r;
        alias = i - 1;
      }
    }
    if (rank < 0) continue;
    scratch.entry[found] = j;
    scratch.rank[found] = rank;
    scratch.alias[found] = alias;
    found++;
  }
  // The (kind, length) of the last hit wanted, counted per key in rank-then-length order, not sorted (a one-character
  // query matches every node). The article hits may repeat some of these: room for as many more.
  const wanted = (opts.limit ?? 20) + articles.length;
  const lengths = index.maxLength + 1;
  const counts = new Int32Array(RANKS * lengths);
  for (let k = 0; k < found; k++) counts[scratch.rank[k] * lengths + entries[scratch.entry[k]].length]++;
  let cutoff = -1;
  let before = 0;
  for (let key = 0; key < counts.length; key++) {
    if (counts[key] === 0) continue;
    cutoff = key;
    if (before + counts[key] >= wanted) break;
    before += counts[key];
  }
  // Every match before the cutoff's key, and of the cutoff's own key (a tie of kind and length: 16k copies' measures
  // for `科协` at 50k nodes) only the `wanted - before` best by edges, then id: the order the list sorts them in.
  const rankedOf = (k: number, degree: number): Ranked => {
    const e = entries[scratch.entry[k]];
    const rank = scratch.rank[k];
    const alias = scratch.alias[k];
    return {
      id: e.id,
      name: graph.getNodeAttribute(e.id, 'name'),
      type: e.type,
      kind: KIND_BY_RANK[rank >> 1],
      ...(alias >= 0 ? { alias: e.aliases[alias] } : {}),
      rank,
      length: e.length,
      degree,
    };
  };
  const hits: Ranked[] = [];
  const tie: TieMember[] = [];
  let worst = 0;
  const room = wanted - before;
  for (let k = 0; k < found; k++) {
    const j = scratch.entry[k];
    const e = entries[j];
    const key = scratch.rank[k] * lengths + e.length;
    if (key < cutoff) hits.push(rankedOf(k, degreeOf(index, graph, j)));
    else if (key === cutoff) {
      const degree = degreeOf(index, graph, j);
      if (tie.length < room) {
        tie.push({ k, id: e.id, degree });
        if (tie.length === room) worst = worstOf(tie);
      } else if (better(degree, e.id, tie[worst])) {
        tie[worst] = { k, id: e.id, degree };
        worst = worstOf(tie);
      }
    }
  }
  for (const t of tie) hits.push(rankedOf(t.k, t.degree));
  hits.sort(
    (x, y) =>
      x.rank - y.rank || x.length - y.length || y.degree - x.degree || (x.id < y.id ? -1 : 1),
  );
  const named = new Set(articles.map((h) => h.id));
  return [...articles, ...hits.filter((h) => !named.has(h.id)).map(({ rank: _r, length: _l, degree: _d, ...hit }) => hit)].slice(0, opts.limit ?? 20);
}
