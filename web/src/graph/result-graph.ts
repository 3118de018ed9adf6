// A Cypher result as what the console shows besides its table: the nodes and relationships it
// holds as a small graph, and every row as CSV. Pure.
import { MultiDirectedGraph } from 'graphology';
import type { QueryResult } from '../../../neo4j/types.js';
import { toCsv, type CsvValue } from './csv.js';

export interface ResultNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface ResultRel {
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export const isResultNode = (v: unknown): v is ResultNode =>
  !!v && typeof v === 'object' && typeof (v as ResultNode).id === 'string' && Array.isArray((v as ResultNode).labels) && typeof (v as ResultNode).properties === 'object';
export const isResultRel = (v: unknown): v is ResultRel =>
  !!v && typeof v === 'object' && typeof (v as ResultRel).type === 'string' && typeof (v as ResultRel).start === 'string' && typeof (v as ResultRel).end === 'string' && 'properties' in v;

function walk(v: unknown, nodes: Map<string, ResultNode>, rels: ResultRel[]): void {
  if (isResultNode(v)) nodes.set(v.id, v);
  else if (isResultRel(v)) rels.push(v);
  else if (Array.isArray(v)) for (const x of v) walk(x, nodes, rels);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x, nodes, rels);
}

export type ResultGraph = MultiDirectedGraph<{ label: string; nodeLabel: string }, { label: string }>;

/** Nodes and relationships anywhere in the rows (paths included); null when there are none. */
export function resultGraph(result: QueryResult): ResultGraph | null {
  const nodes = new Map<string, ResultNode>();
  const rels: ResultRel[] = [];
  for (const row of result.rows) walk(row, nodes, rels);
  if (!nodes.size) return null;
  const g: ResultGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const [id, n] of nodes) g.addNode(id, { label: String(n.properties.name ?? id), nodeLabel: n.labels[0] ?? '' });
  const seen = new Set<string>();
  for (const r of rels) {
    const key = `${r.type}|${r.start}|${r.end}`;
    if (seen.has(key) || !g.hasNode(r.start) || !g.hasNode(r.end)) continue;
    seen.add(key);
    g.addEdgeWithKey(key, r.start, r.end, { label: r.type });
  }
  return g;
}

/** A cell as CSV text: node → its id, relationship → (start)-[TYPE]->(end), the rest readable. */
export function cellText(v: unknown): CsvValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (isResultNode(v)) return v.id;
  if (isResultRel(v)) return `(${v.start})-[:${v.type}]->(${v.end})`;
  if (Array.isArray(v)) return v.map((x) => String(cellText(x))).join('; ');
  return JSON.stringify(v);
}

export function resultCsv(result: QueryResult): string {
  return toCsv(
    result.rows,
    result.columns.map((header, i) => ({ header, value: (row: unknown[]) => cellText(row[i]) })),
  );
}
