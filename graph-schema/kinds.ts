// The plain tables of the graph model, without zod: node kinds and their roles, document levels,
// id prefixes, edge keys. The explorer's first paint reads these and nothing else of the schema, so
// they live apart from the zod schemas (nodes.ts, edges.ts), whose construction cost the page's boot
// task tens of milliseconds (session 42). Types come from the schemas (type-only imports), so the
// compiler still checks every table here against them; the schemas build on these tables.
import type { EdgeType } from './edges.js';
import type { NodeAttributes, NodeOf, NodeType } from './nodes.js';

/** Document levels from the top down: central → national → provincial → municipal → county (the
 *  values of nodes.ts's `Level`, which is built from this list). */
export const LEVEL_ORDER = ['central', 'national', 'provincial', 'municipal', 'county'] as const;
type LevelName = (typeof LEVEL_ORDER)[number];
/** Rank of a document level in that order (central 0): the link rules, the cascade key, the explorer's lists. */
export const LEVEL_RANK = Object.fromEntries(LEVEL_ORDER.map((l, i) => [l, i])) as Record<LevelName, number>;

/**
 * What each kind of node is, the one table every stage and the explorer read (a new kind gets its
 * row here and its schema in nodes.ts's NODE_SCHEMAS, and the compiler asks for it everywhere a
 * `Record<NodeType, …>` is kept):
 * - `document`: a policy document, in the corpus or only cited;
 * - `part`: belongs to one document (its `docId`) and is shown, filtered and hidden with it;
 * - `entity`: named by measures (MENTIONS), shared across documents;
 * - `place`: a region.
 */
export const NODE_ROLES = {
  Document: 'document',
  Measure: 'part',
  Organisation: 'entity',
  Programme: 'entity',
  TargetGroup: 'entity',
  Brand: 'entity',
  Target: 'part',
  Region: 'place',
} as const satisfies Record<NodeType, 'document' | 'part' | 'entity' | 'place'>;
/** Every node type, in the table's order. */
export const NODE_TYPES = Object.keys(NODE_ROLES) as NodeType[];
export type NodeRole = (typeof NODE_ROLES)[NodeType];
type TypesWithRole<R extends NodeRole> = { [K in NodeType]: (typeof NODE_ROLES)[K] extends R ? K : never }[NodeType];

/** Entity types a Measure MENTIONS, in the table's order. */
export type EntityType = TypesWithRole<'entity'>;
export const ENTITY_TYPES: readonly EntityType[] = NODE_TYPES.filter((t): t is EntityType => NODE_ROLES[t] === 'entity');
export const isEntityType = (type: string): type is EntityType => (NODE_ROLES as Record<string, NodeRole>)[type] === 'entity';

/** Nodes that belong to one document (measures, targets): narrows to the attributes with `docId`. */
export type PartType = TypesWithRole<'part'>;
export const isDocumentPart = (a: NodeAttributes): a is NodeOf<PartType> => NODE_ROLES[a.type] === 'part';

/** Readable, stable id prefixes: same input, same ids. */
export const ID_PREFIX: Record<NodeType, string> = {
  Document: 'doc',
  Measure: 'measure',
  Organisation: 'org',
  Programme: 'prog',
  TargetGroup: 'group',
  Brand: 'brand',
  Target: 'target',
  Region: 'region',
};

export function nodeId(type: Exclude<NodeType, 'Measure' | 'Target'>, key: string): string {
  return `${ID_PREFIX[type]}:${key}`;
}
export function measureId(docId: string, path: string): string {
  return `${docId}#${path}`;
}
export function targetId(measureId: string, n: number): string {
  return `target:${measureId}#${n}`;
}

/** Edge keys are stable: one edge of a type between two nodes. */
export function edgeKey(type: EdgeType, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}
