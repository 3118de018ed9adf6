// A console query that reads a property no node of its label has gets nulls, silently: `MATCH (d:Document)
// RETURN d.title` is null for every document (the property is `name`; session 32 trial). When a column of a result
// is null in every row and reads `v.prop` of a variable bound as `(v:Label …)`, the label's nodes are asked whether
// any has the property; when none has, the property keys they do have go back with the result as a hint.

/** At most this many columns are looked up, this many nodes sampled for their keys, and this many keys named
 *  (session 33; a Document has 14 keys in the sample snapshot, a Measure 11), `first` named first (session 34: the
 *  Documents of the real mirror texts have 32 keys, and `name` fell past the 16th). */
export const PROPERTY_HINT_LIMITS = { columns: 3, sampled: 200, keys: 16, first: ['name', 'id'] as readonly string[] };

/** A column that reads `variable.property` of a node bound with `label`; `filter`: a read anywhere in the query
 *  (a `WHERE d.title = …`, a pattern's `{title: …}`) of a query that returned nothing, `column` then being the
 *  read as written (`d.title`). */
export interface PropertyRead {
  column: string;
  label: string;
  property: string;
  filter?: true;
}

export const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query without its comments and string literals (so a quoted "(d:Document)" is not read as a pattern). */
export function code(query: string): string {
  // One left-to-right pass: a // inside a string is not a comment, a quote inside a comment opens no string.
  return query.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, ' ');
}

/** Each variable bound as `(v:Label …)` with its first label. */
export function labelled(text: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const m of text.matchAll(new RegExp(`\\(\\s*(${NAME})\\s*:\\s*\`?(${NAME})\`?`, 'g'))) if (!labels.has(m[1])) labels.set(m[1], m[2]);
  return labels;
}

/** The columns of a result that read a property of a labelled variable: `d.title`, or `d.title AS title`. */
export function propertyReads(query: string, columns: string[]): PropertyRead[] {
  const text = code(query);
  const labels = labelled(text);
  const out: PropertyRead[] = [];
  for (const column of columns) {
    let read = new RegExp(`^(${NAME})\\.(${NAME})$`).exec(column);
    if (!read) read = new RegExp(`(${NAME})\\.(${NAME})\\s+AS\\s+\`?${esc(column)}\`?(?![A-Za-z0-9_])`, 'i').exec(text);
    const label = read && labels.get(read[1]);
    if (read && label) out.push({ column, label, property: read[2] });
  }
  return out;
}

/**
 * Every property a query reads of a labelled variable, for a query that returned nothing (session 34 trial: a
 * researcher's `MATCH (d:Document) WHERE d.title = '中华人民共和国教师法' RETURN d` answered "no rows" and nothing
 * else; the property is `name`): `v.prop` anywhere outside strings and comments, and the keys of a node pattern's
 * map, `(v:Label {prop: …})` (also without a variable). In the order written, each label and property once.
 */
export function filterReads(query: string): PropertyRead[] {
  const text = code(query);
  const labels = labelled(text);
  const found: { at: number; read: PropertyRead }[] = [];
  const add = (column: string, label: string, property: string, at: number) => found.push({ at, read: { column, label, property, filter: true } });
  // `v.prop`, not a part of a longer name (`x.v.prop`, `1.5`), nor a label after a colon.
  for (const m of text.matchAll(new RegExp(`(?<![A-Za-z0-9_.\`])(${NAME})\\.(${NAME})`, 'g'))) {
    const label = labels.get(m[1]);
    if (label) add(`${m[1]}.${m[2]}`, label, m[2], m.index);
  }
  // `(v:Label {a: …, b: …})`: the map's keys (values are literals, parameters or expressions without braces).
  for (const m of text.matchAll(new RegExp(`\\(\\s*(${NAME})?\\s*:\\s*\`?(${NAME})\`?[^(){}]*\\{([^{}]*)\\}`, 'g'))) {
    for (const k of m[3].matchAll(new RegExp(`(?:^|,)\\s*\`?(${NAME})\`?\\s*:`, 'g'))) add(m[1] ? `${m[1]}.${k[1]}` : k[1], m[2], k[1], m.index);
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.read)
    .filter((r) => !seen.has(`${r.label}\u0000${r.property}`) && !!seen.add(`${r.label}\u0000${r.property}`));
}

/** Columns null in every row of a non-empty result. */
export function nullColumns(columns: string[], rows: unknown[][]): string[] {
  if (rows.length === 0) return [];
  return columns.filter((_, i) => rows.every((r) => r[i] === null || r[i] === undefined));
}

/** Whether any node of `label` has $property, and the keys of $sampled of its nodes. Read-only; the label is an
 *  identifier read by propertyReads (letters, digits, _), so it is safe between backquotes. */
export function propertyHintQuery(label: string): string {
  if (!new RegExp(`^${NAME}$`).test(label)) throw new Error(`neo4j/property-hint: not a label: ${label}`);
  return `RETURN EXISTS { MATCH (n:\`${label}\`) WHERE n[$property] IS NOT NULL } AS has,
  COLLECT { MATCH (n:\`${label}\`) WITH n LIMIT $sampled UNWIND keys(n) AS key RETURN DISTINCT key } AS keys`;
}

/**
 * The keys a hint names, at most PROPERTY_HINT_LIMITS.keys: every node's identifying keys first (`name`, `id`: the
 * graph model's), then the others in order, the loader's own (`_hash`) left out. Session 34 trial: the Documents of the
 * real mirror texts have 32 keys; sorted and cut at 16, the hint for `d.title` listed `_hash`, `aliases`,
 * `cascadeDocs` … and not `name`, the one meant.
 */
export function hintKeys(keys: readonly string[]): string[] {
  const first = PROPERTY_HINT_LIMITS.first.filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !k.startsWith('_') && !first.includes(k)).sort();
  return [...first, ...rest].slice(0, PROPERTY_HINT_LIMITS.keys);
}

/** The hints for the reads whose label has no node with the property: its keys, sorted, at most `keys`. */
export function propertyHints(reads: PropertyRead[], found: Map<string, { has: boolean; keys: string[] }>): (PropertyRead & { keys: string[] })[] {
  return reads.flatMap((r) => {
    const f = found.get(`${r.label}\u0000${r.property}`);
    if (!f || f.has || f.keys.length === 0) return [];
    return [{ ...r, keys: hintKeys(f.keys) }];
  });
}
