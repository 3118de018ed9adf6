// Full-text search over names, aliases and measure text, with suggestions for near misses.
// Chinese has no spaces: text is indexed as overlapping character bigrams (科学传播 → 科学 学传
// 传播), Latin letters and digits as lower-case words. A query matches when it holds all of the
// query's bigrams (MiniSearch AND), then hits that contain the query as one run of text come
// first. Suggestions: names and aliases sharing bigrams with the query, within a small edit
// distance (科普中果 → 科普中国). Built by the server once per snapshot (GET /api/search).
import MiniSearch from 'minisearch';
import type { NodeType } from '../../../graph-schema/index.js';
import type { PolicyGraph } from './policy-graph.js';
import { normaliseName } from './search.js';

/** Every knob of the search, in one place. */
export const TEXT_SEARCH_OPTIONS = {
  /** Field weights: a name match outranks an alias match outranks a text match. */
  boost: { name: 4, aliases: 3, text: 1 },
  /** Edit distance allowed for a suggestion, by query length (1 per 3 characters, at least 1). */
  maxDistance: (length: number) => Math.max(1, Math.floor(length / 3)),
  /** Characters of context either side of a text match in a snippet. */
  snippetContext: 14,
  /** Name candidates considered for suggestions. */
  suggestionPool: 60,
  maxSuggestions: 3,
  /**
   * A query of more bigrams than this (a pasted document name) is looked up in the index by this many of its rarest
   * ones, and each hit is then checked to hold the others (session 41): MiniSearch scores every document of every term
   * before its AND, and the 13 bigrams of 吉林省科协2022年科普工作要点·副本17 cost 1.4–3.2 s at 50k nodes for one hit
   * (tests/web/scale/search-cost.ts). The hits are the same; only MiniSearch's order within one rank can move.
   */
  maxIndexTerms: 2,
} as const;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Bigrams for runs of Chinese characters (a lone character stays itself), words for the rest. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const norm = text.normalize('NFKC').toLowerCase();
  for (const run of norm.match(/[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g) ?? []) {
    if (!CJK.test(run[0])) out.push(run);
    else if (run.length === 1) out.push(run);
    else for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

export type TextField = 'name' | 'aliases' | 'text';

export interface TextHit {
  id: string;
  name: string;
  type: NodeType;
  field: TextField;
  /** For a text match: the words around it, the match in the middle. */
  snippet?: { before: string; match: string; after: string };
  /** True when the node holds the query as one run (not only all its bigrams apart). */
  exact: boolean;
}

export interface SearchAnswer {
  query: string;
  hits: TextHit[];
  /** Names close to the query, when it finds nothing as typed. */
  suggestions: string[];
}

interface Doc {
  id: string;
  name: string;
  aliases: string;
  text: string;
  type: NodeType;
}

export interface TextIndex {
  search(query: string, opts?: { limit?: number }): SearchAnswer;
  size: number;
}

function snippetOf(text: string, query: string): TextHit['snippet'] | undefined {
  const at = normaliseName(text).indexOf(query);
  // normaliseName drops whitespace: map the position back by counting kept characters.
  if (at < 0) return undefined;
  let kept = 0;
  let start = 0;
  for (; start < text.length && kept < at; start++) if (!/\s/.test(text[start])) kept++;
  let end = start;
  for (let k = 0; end < text.length && k < query.length; end++) if (!/\s/.test(text[end])) k++;
  const c = TEXT_SEARCH_OPTIONS.snippetContext;
  return {
    before: (start > c ? '…' : '') + text.slice(Math.max(0, start - c), start),
    match: text.slice(start, end),
    after: text.slice(end, end + c) + (end + c < text.length ? '…' : ''),
  };
}

function indexParts(graph: PolicyGraph) {
  // How often each term occurs in the indexed fields: a long query is looked up by its rarest terms.
  const termCounts = new Map<string, number>();
  const countingTokenize = (text: string, field?: string): string[] => {
    const terms = tokenize(text);
    if (field !== undefined) for (const t of terms) termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
    return terms;
  };
  const docs: Doc[] = [];
  graph.forEachNode((id, a) => {
    const aliases = 'aliases' in a && a.aliases ? a.aliases.join(' ') : '';
    const text = a.type === 'Measure' ? a.text : '';
    docs.push({ id, name: a.name, aliases, text, type: a.type });
  });
  const full = new MiniSearch<Doc>({ fields: ['name', 'aliases', 'text'], storeFields: [], tokenize: countingTokenize, processTerm: (t) => t, searchOptions: { tokenize } });
  // Names and aliases of everything but measures (whose "names" are the start of their text).
  const names = new Map<string, NodeType>();
  for (const d of docs) {
    if (d.type === 'Measure') continue;
    for (const n of [d.name, ...(d.aliases ? d.aliases.split(' ') : [])]) if (n && !names.has(n)) names.set(n, d.type);
  }
  const nameIndex = new MiniSearch<{ id: string; name: string }>({ fields: ['name'], storeFields: ['name'], tokenize, processTerm: (t) => t });
  const nameDocs = [...names.keys()].map((name, i) => ({ id: String(i), name }));
  return { docs, full, nameIndex, nameDocs, termCounts };
}

/** Indexes every node's name and aliases, and each Measure's text (a full snapshot's graph). */
export function buildTextIndex(graph: PolicyGraph): TextIndex {
  const parts = indexParts(graph);
  parts.full.addAll(parts.docs);
  parts.nameIndex.addAll(parts.nameDocs);
  return searchOver(parts);
}

/**
 * The same, indexed `chunkSize` documents at a time with a yield between chunks (MiniSearch's
 * addAllAsync): a server building the index of 50k nodes keeps answering meanwhile.
 */
export async function buildTextIndexAsync(graph: PolicyGraph, opts: { chunkSize?: number } = {}): Promise<TextIndex> {
  const parts = indexParts(graph);
  await parts.full.addAllAsync(parts.docs, { chunkSize: opts.chunkSize ?? 200 });
  await parts.nameIndex.addAllAsync(parts.nameDocs, { chunkSize: opts.chunkSize ?? 200 });
  return searchOver(parts);
}

function searchOver({ docs, full, nameIndex, termCounts }: ReturnType<typeof indexParts>): TextIndex {
  const byId = new Map(docs.map((d) => [d.id, d]));
  // Each document's fields normalised once, when a search first needs them (a broad query's hits are many, and only the
  // first `limit` of each rank are looked at).
  const normalised = new Map<string, { name: string; aliases: string; text?: string }>();
  const norm = (d: Doc) => {
    let n = normalised.get(d.id);
    if (!n) normalised.set(d.id, (n = { name: normaliseName(d.name), aliases: d.aliases ? normaliseName(d.aliases) : '' }));
    return n;
  };
  const textOf = (d: Doc): string => {
    const n = norm(d);
    if (n.text === undefined) n.text = d.text ? normaliseName(d.text) : '';
    return n.text;
  };
  const fieldOf = (d: Doc, q: string): { field: TextField; exact: boolean } => {
    if (norm(d).name.includes(q)) return { field: 'name', exact: true };
    if (d.aliases && norm(d).aliases.includes(q)) return { field: 'aliases', exact: true };
    if (d.text && textOf(d).includes(q)) return { field: 'text', exact: true };
    return { field: d.text ? 'text' : 'name', exact: false };
  };
  /** True when the document holds every one of `terms` (the ones a long query's lookup left out). */
  const holdsAll = (d: Doc, terms: string[]): boolean => {
    const fields = [...tokenize(d.name), ...(d.aliases ? tokenize(d.aliases) : []), ...(d.text ? tokenize(d.text) : [])];
    const held = new Set(fields);
    return terms.every((t) => held.has(t));
  };

  const suggest = (q: string): string[] => {
    const max = TEXT_SEARCH_OPTIONS.maxDistance(q.length);
    const pool = nameIndex.search(q, { combineWith: 'OR', fuzzy: (t) => (CJK.test(t) ? false : 0.25) }).slice(0, TEXT_SEARCH_OPTIONS.suggestionPool);
    return pool
      .map((r) => ({ name: String(r.name), d: editDistance(normaliseName(String(r.name)), q) }))
      .filter((s) => s.d <= max && normaliseName(s.name) !== q)
      .sort((a, b) => a.d - b.d || a.name.length - b.name.length || (a.name < b.name ? -1 : 1))
      .slice(0, TEXT_SEARCH_OPTIONS.maxSuggestions)
      .map((s) => s.name);
  };

  return {
    size: docs.length,
    search(raw, opts = {}) {
      const q = normaliseName(raw);
      const limit = opts.limit ?? 20;
      if (!q) return { query: raw, hits: [], suggestions: [] };
      const terms = [...new Set(tokenize(q))];
      // A long query: its rarest terms find the candidates, the rest are checked on the few that come back.
      const byRarity = [...terms].sort((a, b) => (termCounts.get(a) ?? 0) - (termCounts.get(b) ?? 0));
      const looked = byRarity.slice(0, TEXT_SEARCH_OPTIONS.maxIndexTerms);
      const left = byRarity.slice(TEXT_SEARCH_OPTIONS.maxIndexTerms);
      const results = terms.length ? full.search(looked.join(' '), { combineWith: 'AND', boost: TEXT_SEARCH_OPTIONS.boost }) : [];
      // A name equal to the query first, then a name starting with it, then the other whole-run matches, then the
      // rest, keeping MiniSearch's order (field weights, term frequency) within each. Before session 22 term frequency
      // alone ordered the whole-run matches: on the law mirror, the 20 hits for 中华人民共和国大气污染防治法 were
      // regulations' articles that name it twice, and the law itself was not among them. Only the first `limit` are
      // wanted: the names rank all of them (cheap), the text is read in MiniSearch's order until the ranks are full
      // (session 41: a broad query's 30k hits had each text normalised).
      const equal: Doc[] = [];
      const prefix: Doc[] = [];
      const others: Doc[] = [];
      for (const r of results) {
        const d = byId.get(String(r.id))!;
        const name = norm(d).name;
        if (name === q) equal.push(d);
        else if (name.startsWith(q)) prefix.push(d);
        else others.push(d);
      }
      const whole: { d: Doc; field: TextField }[] = [];
      const apart: { d: Doc; field: TextField }[] = [];
      const room = limit - equal.length - prefix.length;
      for (const d of others) {
        if (whole.length >= room) break;
        const { field, exact } = fieldOf(d, q);
        if (exact) whole.push({ d, field });
        else if (apart.length < room && (!left.length || holdsAll(d, left))) apart.push({ d, field });
      }
      const hit = (d: Doc, field: TextField, exact: boolean): TextHit => ({
        id: d.id,
        name: d.name,
        type: d.type,
        field,
        exact,
        ...(field === 'text' && exact ? { snippet: snippetOf(d.text, q) } : {}),
      });
      const ordered = [
        ...[...equal, ...prefix].map((d) => hit(d, 'name', true)),
        ...whole.map(({ d, field }) => hit(d, field, true)),
        ...apart.map(({ d, field }) => hit(d, field, false)),
      ].slice(0, limit);
      const suggestions = ordered.some((h) => h.exact) ? [] : suggest(q);
      return { query: raw, hits: ordered, suggestions };
    },
  };
}
