// One list from the page's instant name search and the server's full-text hits: name matches
// first (exact > prefix > contains), then text matches the names did not already give.
import type { NodeType } from '../../../graph-schema/index.js';
import type { SearchHit } from './search.js';
import type { TextHit } from './text-search.js';

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
