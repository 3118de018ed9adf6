// JSON parameters → Cypher parameters. JavaScript numbers reach Neo4j as floats, which
// `LIMIT $n`, `range()` and list indexes reject: integers become neo4j Integers.
import neo4j from 'neo4j-driver';
import type { CannedQueryParam } from './types.js';

export function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return convert(params) as Record<string, unknown>;
}

function convert(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(convert);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
  }
  return value;
}

/** Declared `float` parameters stay floats even when given a whole number. */
export function toCannedParams(declared: CannedQueryParam[], params: Record<string, unknown>): Record<string, unknown> {
  const out = toCypherParams(params);
  for (const p of declared) {
    if (p.type === 'float' && typeof params[p.name] === 'number') out[p.name] = params[p.name];
  }
  return out;
}
