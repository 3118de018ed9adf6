// A console query that names a document by its id without the version finds nothing, silently: the ids of
// laws and regulations carry their version date (`doc:物业管理条例@2016-02-06`, ingest/snapshot/build.ts
// documentIds), so `WHERE m.docId = 'doc:物业管理条例'` gives 0 rows (session 24's walk on the 物业管理 family).
// When a query returns no rows, the ids it quotes without a version (string literals of the query, string
// parameters) are looked up as prefixes, and the ids that exist go back with the result as a hint.

/** At most this many literals are looked up, and this many ids suggested for each. */
export const ID_HINT_LIMITS = { literals: 5, ids: 3 };

/** A quoted id without a version: `doc:<title>` or a measure's `doc:<title>#<path>`. */
export interface VersionlessId {
  /** As written in the query. */
  given: string;
  /** The document part (before `#`), which a versioned id extends with `@<date>`. */
  doc: string;
  /** The measure path after the document, with its `#`, or ''. */
  path: string;
}

const ID = /^doc:[^@#\s]+(#\S*)?$/u;

function asVersionless(s: string): VersionlessId | undefined {
  if (!ID.test(s)) return undefined;
  const hash = s.indexOf('#');
  return hash < 0 ? { given: s, doc: s, path: '' } : { given: s, doc: s.slice(0, hash), path: s.slice(hash) };
}

/** String literals of a Cypher text ('…' or "…", backslash escapes), comments left out. */
export function stringLiterals(query: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '/' && query[i + 1] === '/') {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 1;
    } else if (c === '`') {
      const end = query.indexOf('`', i + 1);
      i = end < 0 ? query.length : end;
    } else if (c === "'" || c === '"') {
      let s = '';
      let j = i + 1;
      for (; j < query.length && query[j] !== c; j++) s += query[j] === '\\' && j + 1 < query.length ? query[++j] : query[j];
      out.push(s);
      i = j;
    }
  }
  return out;
}

/** The ids without a version a query quotes or passes as parameters (top level or in a list), first ones first. */
export function versionlessIds(query: string, params: Record<string, unknown>): VersionlessId[] {
  const strings = [...stringLiterals(query)];
  for (const v of Object.values(params)) {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') strings.push(x);
  }
  const seen = new Map<string, VersionlessId>();
  for (const s of strings) {
    const id = asVersionless(s.trim());
    if (id && !seen.has(id.given)) seen.set(id.given, id);
  }
  return [...seen.values()].slice(0, ID_HINT_LIMITS.literals);
}

/** Read-only lookup: the versioned documents each prefix names (Document ids are indexed: a range seek). */
export const ID_HINT_QUERY = `UNWIND $prefixes AS prefix
CALL (prefix) {
  MATCH (d:Document) WHERE d.id STARTS WITH prefix
  RETURN d.id AS id ORDER BY id DESC LIMIT ${ID_HINT_LIMITS.ids}
}
RETURN prefix, collect(id) AS ids`;

/** The hint: each quoted id with the existing ids it may have meant (newest version first). */
export function idHints(ids: VersionlessId[], found: Map<string, string[]>): { given: string; ids: string[] }[] {
  return ids
    .map((v) => ({ given: v.given, ids: (found.get(`${v.doc}@`) ?? []).map((d) => d + v.path) }))
    .filter((h) => h.ids.length > 0);
}
