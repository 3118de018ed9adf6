// One list from the page's instant name search and the server's full-text hits: name matches
// first (exact > prefix > contains), then text matches the names did not already give.
import type { NodeType } from '../../../graph-schema/index.js';
import type { SearchHit } from './search.js';
import type { SearchAnswer, TextHit } from './text-search.js';

export interface ShownHit {
  id: string;
  name: string;
  type: NodeType;
  field: 'name' | 'aliases' | 'text';
  alias?: string;
  snippet?: TextHit['snippet'];
}

export function mergeHits(local: SearchHit[], remote: TextHit[], limit: number): ShownHit[] {
  const out: ShownHit[] = local.map((h) => ({ id: h.id, name: h.name, type: h.type, field: h.alias ? 'aliases' : 'name', ...(h.alias ? { alias: h.alias } : {}) }));
  const seen = new Set(out.map((h) => h.id));
  for (const h of remote) {
    if (seen.has(h.id) || !h.exact) continue;
    seen.add(h.id);
    out.push({ id: h.id, name: h.name, type: h.type, field: h.field, ...(h.snippet ? { snippet: h.snippet } : {}) });
  }
  return out.slice(0, limit);
}

/**
 * The server's answer in the order the page's list will have (session 39): the page's own name search on the server's
 * graph first (searchNodes: exact > prefix > contains, shorter names first), then the text hits it did not give, so
 * the list shown while the graph loads (the server's hits only) is the one the explorer's box shows once its names
 * are in, and mergeHits appends to it without moving a row. Session 38 trial: "节约能源法" listed a measure citing
 * 《中华人民共和国节约能源法》 first (the index's term frequency), then the law when the page's names came in, under the
 * pointer.
 */
export function inPageOrder(answer: SearchAnswer, names: SearchHit[], limit: number): SearchAnswer {
  const byId = new Map(answer.hits.map((h) => [h.id, h]));
  const first: TextHit[] = names.map((h) => {
    const known = byId.get(h.id);
    return known && known.field !== 'text' ? known : { id: h.id, name: h.name, type: h.type, field: h.alias ? 'aliases' : 'name', exact: true };
  });
  const seen = new Set(first.map((h) => h.id));
  const hits = [...first, ...answer.hits.filter((h) => !seen.has(h.id))].slice(0, limit);
  return { ...answer, hits, suggestions: hits.some((h) => h.exact) ? [] : answer.suggestions };
}
