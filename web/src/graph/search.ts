// Find nodes by their Chinese name or an alias: exact > prefix > contains, names before aliases,
// then shorter names (closer to the query) and better-connected nodes first.
import { isDocumentPart, type NodeType } from '../../../graph-schema/index.js';
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

/** NFKC folds full-width Latin and digits (ＡＰＰ, １０) into what people type. */
export function normaliseName(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

export function matchKind(candidate: string, query: string): MatchKind | null {
  if (!query) return null;
  return kindOf(normaliseName(candidate), query);
}

/** Normalised names and aliases by their raw text, per graph: a key press compares, it does not normalise again. */
const normalised = new WeakMap<PolicyGraph, Map<string, string>>();
/** Graphs whose names are all normalised (prepareNameSearch done). */
const prepared = new WeakSet<PolicyGraph>();

function normaliser(graph: PolicyGraph): (s: string) => string {
  let memo = normalised.get(graph);
  if (!memo) normalised.set(graph, (memo = new Map()));
  const m = memo;
  return (s) => {
    let n = m.get(s);
    if (n === undefined) m.set(s, (n = normaliseName(s)));
    return n;
  };
}

/** True when `graph` can be searched at once: small, or its names prepared. */
export function nameSearchReady(graph: PolicyGraph): boolean {
  return graph.order <= SEARCH_OPTIONS.prepareAbove || prepared.has(graph);
}

/** Normalises every name and alias of `graph` ahead of its searches, a time slice at a time. */
export async function prepareNameSearch(graph: PolicyGraph, opts: { sliceMs?: number; yieldFn?: () => Promise<void> } = {}): Promise<void> {
  if (prepared.has(graph)) return;
  const norm = normaliser(graph);
  // Its first slice in a task of its own, not in that of the effects that start it (the
  // explorer's first mount: 70 ms together at load 11, Chrome trace, session 17).
  const pause = opts.yieldFn ?? nextTask;
  await pause();
  const nodes = graph.nodes();
  await sliced(0, nodes.length, (i) => {
    if (!graph.hasNode(nodes[i])) return;
    const a = graph.getNodeAttributes(nodes[i]);
    norm(a.name);
    if ('aliases' in a && a.aliases) for (const alias of a.aliases) norm(alias);
  }, opts);
  prepared.add(graph);
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
  const norm = normaliser(graph);
  const docs = new Map<string, number>();
  graph.forEachNode((id, a) => {
    if (a.type !== 'Document') return;
    const names = [a.name, ...(a.aliases ?? [])];
    if (names.some((n) => norm(n).includes(docPart))) docs.set(id, a.name.length);
  });
  if (!docs.size) return [];
  const hits: (SearchHit & { rank: number })[] = [];
  graph.forEachNode((id, a) => {
    if (a.type !== 'Measure' || !docs.has(a.docId)) return;
    if (a.path === article || a.path.endsWith(`/${article}`)) hits.push({ id, name: a.name, type: 'Measure', kind: 'exact', rank: docs.get(a.docId)! });
  });
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
  const norm = normaliser(graph);
  // A document and an article name their measures first (session 36).
  const articles = !opts.types || opts.types.has('Measure') ? articleHits(graph, rawQuery, opts) : [];
  const hits: Ranked[] = [];
  graph.forEachNode((id, a) => {
    if (opts.types && !opts.types.has(a.type)) return;
    let best: Ranked | null = null;
    const consider = (candidate: string, alias: boolean) => {
      const kind = kindOf(norm(candidate), query);
      if (!kind) return;
      // Names beat aliases of the same kind: the half step keeps kinds apart.
      const rank = KIND_RANK[kind] * 2 + (alias ? 1 : 0);
      if (best && best.rank <= rank) return;
      best = {
        id,
        name: a.name,
        type: a.type,
        kind,
        ...(alias ? { alias: candidate } : {}),
        rank,
        length: a.name.length,
        degree: graph.degree(id),
      };
    };
    consider(a.name, false);
    if ('aliases' in a && a.aliases) for (const alias of a.aliases) consider(alias, true);
    if (best) hits.push(best);
  });
  hits.sort(
    (x, y) =>
      x.rank - y.rank || x.length - y.length || y.degree - x.degree || (x.id < y.id ? -1 : 1),
  );
  const named = new Set(articles.map((h) => h.id));
  return [...articles, ...hits.filter((h) => !named.has(h.id)).map(({ rank: _r, length: _l, degree: _d, ...hit }) => hit)].slice(0, opts.limit ?? 20);
}
