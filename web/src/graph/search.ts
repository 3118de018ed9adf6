// Find nodes by their Chinese name or an alias: exact > prefix > contains, names before aliases,
// then shorter names (closer to the query) and better-connected nodes first.
import type { NodeType } from '../../../graph-schema/index.js';
import type { PolicyGraph } from './policy-graph.js';

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
  const c = normaliseName(candidate);
  if (c === query) return 'exact';
  if (c.startsWith(query)) return 'prefix';
  return c.includes(query) ? 'contains' : null;
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
  const hits: Ranked[] = [];
  graph.forEachNode((id, a) => {
    if (opts.types && !opts.types.has(a.type)) return;
    let best: Ranked | null = null;
    const consider = (candidate: string, alias: boolean) => {
      const kind = matchKind(candidate, query);
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
