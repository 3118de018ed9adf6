// Find nodes by their Chinese name or an alias: exact > prefix > contains, names before aliases,
// then shorter names (closer to the query) and better-connected nodes first.
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

export function searchNodes(
  graph: PolicyGraph,
  rawQuery: string,
  opts: { limit?: number; types?: ReadonlySet<NodeType> } = {},
): SearchHit[] {
  const query = normaliseName(rawQuery);
  if (!query) return [];
  const norm = normaliser(graph);
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
  return hits.slice(0, opts.limit ?? 20).map(({ rank: _r, length: _l, degree: _d, ...hit }) => hit);
}
