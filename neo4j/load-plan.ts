// What a load writes, computed from the snapshot alone: node rows per label, edge rows per
// (type, source label, target label) so the loader's MATCHes use the `id` constraints, and the
// expected id → label / key → endpoints maps that find everything the snapshot no longer has.
import {
  toNeo4jProperties,
  type EdgeType,
  type Neo4jValue,
  type NodeType,
  type Snapshot,
} from '../graph-schema/index.js';

export interface NodeRow {
  id: string;
  props: Record<string, Neo4jValue>;
}
export interface EdgeRow {
  key: string;
  source: string;
  target: string;
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
  /** Edge key → [type, source id, target id]. */
  expectedEdges: Record<string, [EdgeType, string, string]>;
}

export function planLoad(snapshot: Snapshot): LoadPlan {
  const nodes = new Map<NodeType, NodeRow[]>();
  const expectedNodes: Record<string, NodeType> = {};
  for (const { key, attributes } of snapshot.nodes) {
    const { type, ...rest } = attributes;
    // `id` last: the graphology key is the identity even if an attribute were called `id`.
    push(nodes, type, { id: key, props: { ...toNeo4jProperties(rest), id: key } });
    expectedNodes[key] = type;
  }
  const groups = new Map<string, EdgeGroup>();
  const dangling: DanglingEdge[] = [];
  const expectedEdges: LoadPlan['expectedEdges'] = {};
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
    group.rows.push({ key, source, target, props: { ...toNeo4jProperties(rest), key } });
    expectedEdges[key] = [type, source, target];
  }
  return {
    nodes: [...nodes].map(([label, rows]) => ({ label, rows })),
    edges: [...groups.values()],
    dangling,
    expectedNodes,
    expectedEdges,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
