// What Neo4j needs from the schemas: constraints and indexes derived from them, and the rule
// that turns attributes into properties Neo4j can store (no nulls, no nested lists or maps).
import { z } from 'zod';
import type { EdgeType } from './edges.js';
import { NODE_TYPES } from './kinds.js';
import { NODE_SCHEMAS } from './nodes.js';

/** Relationship types whose `key` (the snapshot's edge key, edgeKey: `TYPE|source|target`, stored by
 *  the loader) gets an index: citing-documents finds a page's citations by key, 2 db hits each,
 *  instead of expanding each citer's relationships (session 22: 2,546 → 1,403 db hits a page). CARRIES (session 47): a
 *  pair's carried form is found by its key (`CARRIES|<lower document>|<entity>`) without expanding an entity hub. */
export const INDEXED_RELATIONSHIP_KEYS: readonly EdgeType[] = ['CITES', 'CARRIES'];

/** Cypher DDL, idempotent: a unique `id` per label, plus an index for every field marked `index`
 *  and one on `key` for the relationship types of INDEXED_RELATIONSHIP_KEYS. */
export function neo4jSchemaStatements(): string[] {
  const out: string[] = [];
  for (const type of INDEXED_RELATIONSHIP_KEYS) {
    out.push(`CREATE INDEX ${type.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.key)`);
  }
  for (const label of NODE_TYPES) {
    out.push(
      `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    );
    const shape = NODE_SCHEMAS[label].shape as Record<string, z.ZodType>;
    for (const [field, schema] of Object.entries(shape)) {
      if (indexed(schema)) {
        out.push(
          `CREATE INDEX ${snake(label)}_${snake(field)} IF NOT EXISTS FOR (n:${label}) ON (n.${field})`,
        );
      }
    }
  }
  return out;
}

function indexed(schema: z.ZodType): boolean {
  let s: z.ZodType | undefined = schema;
  while (s) {
    if (s.meta()?.index) return true;
    const inner: (() => z.ZodType) | undefined = (s as unknown as { unwrap?: () => z.ZodType }).unwrap;
    s = typeof inner === 'function' ? inner.call(s) : undefined;
  }
  return false;
}

function snake(s: string): string {
  return s.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

type Primitive = string | number | boolean;
export type Neo4jValue = Primitive | Primitive[];

/**
 * Attributes → Neo4j properties. Primitives and flat lists of one primitive type are kept;
 * undefined is dropped; anything else (spans [[s, e], …], evidence objects) becomes a JSON
 * string, so `spans` reads back with `apoc`-free `json` parsing in the app and as text in Browser.
 */
export function toNeo4jProperties(attrs: Record<string, unknown>): Record<string, Neo4jValue> {
  const out: Record<string, Neo4jValue> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else if (Array.isArray(v) && isFlatList(v)) out[k] = v as Primitive[];
    else out[k] = JSON.stringify(v);
  }
  return out;
}

function isFlatList(v: unknown[]): boolean {
  if (v.length === 0) return true;
  const t = typeof v[0];
  return (t === 'string' || t === 'number' || t === 'boolean') && v.every((x) => typeof x === t);
}
