// A console query whose pattern asks for a relationship between labels it never joins gets nothing, silently:
// `MATCH (d:Document {name: '中华人民共和国统计法'})<-[:IMPLEMENTS]-(x) RETURN x.name` answered "no rows" (session 35
// planner's trial: IMPLEMENTS joins measures, a document reaches its measures by HAS_MEASURE). When an empty result's
// pattern has a typed relationship with a labelled end, the graph is asked which labels that type joins; when none
// fits the pattern, they go back with the result as a hint.
import { code, labelled, NAME } from './property-hint.js';

/** At most this many relationships of a query are looked up, and this many label pairs named (session 35); at most
 *  `labels` labels of a pattern that does not fit get the relationships they do have (session 36). */
export const RELATIONSHIP_HINT_LIMITS = { patterns: 2, pairs: 8, labels: 2 };

/** A typed relationship of a query's pattern, oriented from → to, with the labels of its ends (when known). */
export interface RelationshipRead {
  type: string;
  from?: string;
  to?: string;
}

const NODE = `\\(\\s*(${NAME})?\\s*(?::\\s*\`?(${NAME})\`?)?[^()]*\\)`;
const REL = `(<)?-\\[\\s*(?:${NAME})?\\s*:\\s*\`?(${NAME})\`?([^\\]]*)\\]-(>)?`;

/** Each directed, single-typed relationship between two node patterns with at least one labelled end (a variable
 *  labelled elsewhere in the query counts), in the order written, each once. */
export function relationshipReads(query: string): RelationshipRead[] {
  const text = code(query);
  const labels = labelled(text);
  const out: RelationshipRead[] = [];
  const seen = new Set<string>();
  // The right node is matched in a lookahead, so it can be the left node of the next relationship of a chain.
  for (const m of text.matchAll(new RegExp(`${NODE}\\s*${REL}\\s*(?=${NODE})`, 'g'))) {
    const [, lv, ll, back, type, rest, fwd, rv, rl] = m;
    if (!!back === !!fwd || rest.includes('|') || rest.includes('*')) continue; // undirected, several types, a path
    const left = ll ?? (lv ? labels.get(lv) : undefined);
    const right = rl ?? (rv ? labels.get(rv) : undefined);
    if (!left && !right) continue;
    const r: RelationshipRead = { type, ...(back ? { from: right, to: left } : { from: left, to: right }) };
    if (r.from === undefined) delete r.from;
    if (r.to === undefined) delete r.to;
    const key = `${r.type}\u0000${r.from ?? ''}\u0000${r.to ?? ''}`;
    if (!seen.has(key) && seen.add(key)) out.push(r);
  }
  return out;
}

/** The label pairs relationships of $type join (each node's first label). Read-only; `type` is an identifier read by
 *  relationshipReads, so it is safe between backquotes. */
export function relationshipHintQuery(type: string): string {
  if (!new RegExp(`^${NAME}$`).test(type)) throw new Error(`neo4j/relationship-hint: not a type: ${type}`);
  return `MATCH (a)-[:\`${type}\`]->(b) RETURN DISTINCT labels(a)[0] AS from, labels(b)[0] AS to LIMIT ${RELATIONSHIP_HINT_LIMITS.pairs}`;
}

/** How the pattern reads in a hint: `()-[:IMPLEMENTS]->(:Document)`. */
export const patternText = (r: RelationshipRead): string => `(${r.from ? `:${r.from}` : ''})-[:${r.type}]->(${r.to ? `:${r.to}` : ''})`;

/** The hints for the reads no joined pair fits: the pattern and the pairs its type joins (none: no such type), and
 *  the labelled ends the type never reaches on that side (`Document` in `()-[:IMPLEMENTS]->(:Document)`), whose own
 *  relationships the hint then lists (`labelRelationshipsQuery`). */
export function relationshipHints(
  reads: RelationshipRead[],
  found: Map<string, { from: string; to: string }[]>,
): { pattern: string; type: string; pairs: string[]; ends: string[] }[] {
  return reads.flatMap((r) => {
    const pairs = found.get(r.type);
    if (!pairs || pairs.some((p) => (r.from === undefined || p.from === r.from) && (r.to === undefined || p.to === r.to))) return [];
    const ends = [
      ...new Set([
        ...(r.from !== undefined && !pairs.some((p) => p.from === r.from) ? [r.from] : []),
        ...(r.to !== undefined && !pairs.some((p) => p.to === r.to) ? [r.to] : []),
      ]),
    ];
    return [{ pattern: patternText(r), type: r.type, pairs: pairs.map((p) => `${p.from} → ${p.to}`), ends }];
  });
}

/**
 * How many relationships of each type leave and enter nodes of `label`: one count per type and direction, each of
 * which Neo4j answers from its count store (`(:L)-[:T]->()`), not by walking the relationships (session 36: after
 * "IMPLEMENTS only joins Measure → Measure" the user still had to guess that a Document reaches its measures by
 * HAS_MEASURE). `types` come from db.relationshipTypes(); every name is checked to be an identifier.
 */
export function labelRelationshipsQuery(label: string, types: string[]): string {
  const id = new RegExp(`^${NAME}$`);
  for (const n of [label, ...types]) if (!id.test(n)) throw new Error(`neo4j/relationship-hint: not a name: ${n}`);
  if (!types.length) throw new Error('neo4j/relationship-hint: no relationship types');
  return types
    .flatMap((t) => [
      `MATCH (:\`${label}\`)-[r:\`${t}\`]->() RETURN '${t}' AS type, 'out' AS dir, count(r) AS n`,
      `MATCH (:\`${label}\`)<-[r:\`${t}\`]-() RETURN '${t}' AS type, 'in' AS dir, count(r) AS n`,
    ])
    .join(' UNION ALL ');
}

/** The relationships a label has, as patterns: outgoing first, then incoming, each by type name. */
export function labelRelationships(label: string, counts: { type: string; dir: 'out' | 'in'; n: number }[]): string[] {
  const had = counts.filter((c) => c.n > 0).sort((a, b) => (a.dir === b.dir ? (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) : a.dir === 'out' ? -1 : 1));
  return had.map((c) => (c.dir === 'out' ? `(:${label})-[:${c.type}]->()` : `(:${label})<-[:${c.type}]-()`));
}
