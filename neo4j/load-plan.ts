// What a load writes, computed from the snapshot alone: node rows per label, edge rows per
// (type, source label, target label) so the loader's MATCHes use the `id` constraints, a content
// hash per row (what a reload compares to skip unchanged rows) and one hash of the whole snapshot.
import { createHash } from 'node:crypto';
import {
  measureLoadFields,
  toNeo4jProperties,
  type EdgeType,
  type Neo4jValue,
  type NodeType,
  type Snapshot,
} from '../graph-schema/index.js';
import { derivedProperties } from './derived.js';

export interface NodeRow {
  id: string;
  /** Content hash of label + properties; also stored as `props._hash`. */
  hash: string;
  /** Size of the properties as JSON (UTF-16 units), for batches bounded in bytes. */
  size: number;
  props: Record<string, Neo4jValue>;
}
export interface EdgeRow {
  key: string;
  source: string;
  target: string;
  /** Content hash of type + endpoints + properties; also stored as `props._hash`. */
  hash: string;
  size: number;
  props: Record<string, Neo4jValue>;
}
export interface EdgeGroup {
  type: EdgeType;
  sourceLabel: NodeType;
  targetLabel: NodeType;
  rows: EdgeRow[];
}
/** An edge whose endpoint is not a node of the snapshot. */
export interface DanglingEdge {
  key: string;
  type: EdgeType;
  missing: string;
}
export interface LoadPlan {
  nodes: { label: NodeType; rows: NodeRow[] }[];
  edges: EdgeGroup[];
  dangling: DanglingEdge[];
  /** Node id → its one label. */
  expectedNodes: Record<string, NodeType>;
  /** Hash of every row hash in order: equal snapshots, equal hash. */
  snapshotHash: string;
  rowCount: number;
}

export function planLoad(snapshot: Snapshot): LoadPlan {
  const nodes = new Map<NodeType, NodeRow[]>();
  const expectedNodes: Record<string, NodeType> = {};
  const whole = createHash('sha256');
  // Aggregates the canned queries read (neo4j/derived.ts), hashed with the rest of each node.
  const derived = derivedProperties(snapshot);
  // Each Measure's load fields (graph-schema MeasureLoadFields): its document's level, region and
  // issue date, its cascade sort key, and whether a lower measure cites it by article number.
  const docs = new Map<string, Record<string, unknown>>();
  for (const { key, attributes } of snapshot.nodes) if (attributes.type === 'Document') docs.set(key, attributes);
  const citedArticles = new Set<string>();
  for (const { target, attributes } of snapshot.edges) {
    if (attributes.type === 'IMPLEMENTS' && (attributes as { citedArticle?: boolean }).citedArticle === true) citedArticles.add(target);
  }
  for (const { key, attributes } of snapshot.nodes) {
    const { type, ...rest } = attributes;
    const loaded = attributes.type === 'Measure' ? toNeo4jProperties(measureLoadFields(attributes, docs.get(attributes.docId), citedArticles.has(key))) : undefined;
    // `id` last: the graphology key is the identity even if an attribute were called `id`.
    const props: Record<string, Neo4jValue> = { ...toNeo4jProperties(rest), ...loaded, ...derived.get(key), id: key };
    const json = canonicalJson(props);
    const hash = digest(`${type}\n${json}`);
    push(nodes, type, { id: key, hash, size: json.length, props: { ...props, _hash: hash } });
    expectedNodes[key] = type;
    whole.update(hash);
  }
  const groups = new Map<string, EdgeGroup>();
  const dangling: DanglingEdge[] = [];
  let edgeCount = 0;
  for (const { key, source, target, attributes } of snapshot.edges) {
    const { type, ...rest } = attributes;
    const sourceLabel = expectedNodes[source];
    const targetLabel = expectedNodes[target];
    if (!sourceLabel || !targetLabel) {
      dangling.push({ key, type, missing: sourceLabel ? target : source });
      continue;
    }
    const groupKey = `${type}|${sourceLabel}|${targetLabel}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { type, sourceLabel, targetLabel, rows: [] }));
    const props: Record<string, Neo4jValue> = { ...toNeo4jProperties(rest), key };
    const json = canonicalJson(props);
    const hash = digest(`${type}\n${source}\n${target}\n${json}`);
    group.rows.push({ key, source, target, hash, size: json.length, props: { ...props, _hash: hash } });
    whole.update(hash);
    edgeCount++;
  }
  return {
    nodes: [...nodes].map(([label, rows]) => ({ label, rows })),
    edges: [...groups.values()],
    dangling,
    expectedNodes,
    snapshotHash: whole.digest('hex').slice(0, 32),
    rowCount: snapshot.nodes.length + edgeCount,
  };
}

/** JSON with keys sorted, so the hash does not depend on attribute order. */
function canonicalJson(props: Record<string, Neo4jValue>): string {
  return JSON.stringify(Object.keys(props).sort().map((k) => [k, props[k]]));
}

function digest(s: string): string {
  return createHash('sha1').update(s).digest('base64url').slice(0, 22);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Cuts rows into batches of at most `size` rows and (when rows carry `size`) about `maxChars`
 *  characters of properties, so one transaction stays small whatever the snapshot holds. */
export function batches<T>(rows: T[], size: number, maxChars = Infinity): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  for (const row of rows) {
    const rowChars = (row as { size?: number }).size ?? 0;
    if (current.length > 0 && (current.length >= size || chars + rowChars > maxChars)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(row);
    chars += rowChars;
  }
  if (current.length > 0) out.push(current);
  return out;
}
