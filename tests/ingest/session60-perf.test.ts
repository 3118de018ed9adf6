// Session 60 (helper perf, issue 11): the snapshot's records are validated by graph-schema's record schemas compiled
// by zod's own compiler (ingest/snapshot/record-schemas.ts) instead of zod's runtime parser. A compiled schema must
// answer as the runtime parser does: every record the runtime refuses is refused, with the same issues (so the same
// error named to the user: write.ts schemaError), and every record it accepts gives the same value, key for key and in
// the same order (so the same snapshot bytes). Checked on every node and edge of the sample corpus's snapshot, and on
// random and malformed records made from them (fast-check: values replaced by odd ones, keys dropped, added or
// reordered, arrays grown or cut), and on random values of any shape.
import fc from 'fast-check';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Snapshot } from '../../graph-schema/index.js';
import { runIngest } from '../../ingest/pipeline.js';
import { edgeRecordSchema, nodeRecordSchema } from '../../ingest/snapshot/record-schemas.js';
import { schemaError } from '../../ingest/snapshot/write.js';

const root = join(import.meta.dirname, '..', '..');
const RUNTIME = { node: Snapshot.shape.nodes.element, edge: Snapshot.shape.edges.element };
const COMPILED = { node: nodeRecordSchema(), edge: edgeRecordSchema() };
type Kind = keyof typeof RUNTIME;

let records: { kind: Kind; value: unknown }[] = [];
beforeAll(async () => {
  const { snapshot } = await runIngest({ inputs: [join(root, 'corpus')] });
  records = [...snapshot.nodes.map((value) => ({ kind: 'node' as const, value })), ...snapshot.edges.map((value) => ({ kind: 'edge' as const, value }))];
}, 120_000);

/** Both parsers on one value: the same success, the same value (JSON and structure) or the same issues and error. */
function same(kind: Kind, value: unknown): boolean {
  const a = RUNTIME[kind].safeParse(value);
  const b = COMPILED[kind].safeParse(value);
  expect(b.success).toBe(a.success);
  if (a.success && b.success) {
    expect(JSON.stringify(b.data)).toBe(JSON.stringify(a.data));
    expect(b.data).toStrictEqual(a.data);
    // Fresh output, as the runtime's: not the input object.
    if (value !== null && typeof value === 'object') expect(b.data).not.toBe(value);
  } else if (!a.success && !b.success) {
    expect(b.error.issues).toStrictEqual(a.error.issues);
    expect(schemaError(b.error.issues[0], ['nodes', 'k']).message).toBe(schemaError(a.error.issues[0], ['nodes', 'k']).message);
  }
  return a.success;
}

/** Every path to a value inside `v` (the root is []). */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...at, k], out);
  return out;
}

const ODD = [
  undefined, null, NaN, Infinity, -Infinity, -0, 0, -1, 1, 1.5, 2 ** 53, -(2 ** 53), 1e-9, '', 'x', '中', '\ud800', '2024-02-29', '2023-02-29',
  '2024-13-01', '2024-1-1', true, false, [], {}, [1], [0, 1], [1, 0, 2], [-1, 2], [1.5, 2], ['a'], { type: 'Measure' }, { type: 'IMPLEMENTS' },
  'Document', 'Measure', 'IMPLEMENTS', 'implements', 'partial', 'plan', 'regulation', 'central', 'county', 'adopted', '>=',
];

type Mutation = { path: number; op: 'set' | 'delete' | 'add' | 'reorder' | 'grow' | 'cut'; odd: unknown; key: string };
const mutation = fc.record({
  path: fc.nat(),
  op: fc.constantFrom('set', 'set', 'set', 'delete', 'add', 'reorder', 'grow', 'cut') as fc.Arbitrary<Mutation['op']>,
  odd: fc.oneof(fc.constantFrom(...ODD), fc.anything({ withNullPrototype: false, withBigInt: false, withDate: false, withMap: false, withSet: false, withTypedArray: false, withSparseArray: true })),
  key: fc.constantFrom('extra', 'type', 'name', 'text', 'span', 'spans', 'verdict', 'score', 'evidence', 'level', 'key', 'source', 'attributes', '__proto__x'),
});

/** `value` (a deep copy) with one mutation applied at one of its paths. */
function mutate(value: unknown, m: Mutation): unknown {
  const copy = structuredClone(value);
  const all = paths(copy);
  const path = all[m.path % all.length];
  // The root is the one value of a holder.
  const holder: Record<string | number, unknown> = { root: copy };
  let parent = holder;
  for (const p of ['root', ...path].slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  const last = path.length ? path[path.length - 1] : 'root';
  const target = parent[last];
  switch (m.op) {
    case 'set':
      parent[last] = m.odd;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 'add':
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[m.key] = m.odd;
      else parent[last] = { [m.key]: m.odd };
      break;
    case 'reorder':
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        const o = target as Record<string, unknown>;
        const entries = Object.entries(o).reverse();
        for (const k of Object.keys(o)) delete o[k];
        for (const [k, v] of entries) o[k] = v;
      }
      break;
    case 'grow':
      if (Array.isArray(target)) target.push(target.length ? structuredClone(target[0]) : m.odd);
      break;
    case 'cut':
      if (Array.isArray(target)) target.length = Math.max(0, target.length - 1);
      break;
  }
  return holder.root;
}

describe('the compiled record schemas answer as zod’s runtime parser', () => {
  it('graph-schema compiles whole (strict: no part left to the runtime parser), as clones', () => {
    expect(() => z.compile(Snapshot.shape.nodes.element, { strict: true })).not.toThrow();
    expect(() => z.compile(Snapshot.shape.edges.element, { strict: true })).not.toThrow();
    expect(COMPILED.node).not.toBe(RUNTIME.node);
    expect(COMPILED.edge).not.toBe(RUNTIME.edge);
  });

  it('every node and edge of the sample corpus’s snapshot: accepted, the same value', () => {
    expect(records.length).toBeGreaterThan(1000);
    const types = new Set<string>();
    for (const r of records) {
      expect(same(r.kind, r.value)).toBe(true);
      types.add((r.value as { attributes: { type: string } }).attributes.type);
    }
    // Every kind of node and edge but REVISES (two editions of one text, which the sample does not hold).
    for (const t of ['Document', 'Measure', 'Organisation', 'Programme', 'TargetGroup', 'Brand', 'Target', 'Region', 'ISSUED_BY', 'FOR_REGION', 'HAS_MEASURE', 'MENTIONS', 'SETS', 'CITES', 'IMPLEMENTS', 'CARRIES', 'PART_OF']) {
      expect(types, t).toContain(t);
    }
  });

  it('malformed records (1 to 3 mutations of a real one): the same answer, the same issues when refused', () => {
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (i, ms) => {
        const r = records[i % records.length];
        const value = ms.reduce((v, m) => mutate(v, m), r.value);
        if (same(r.kind, value)) accepted++;
        else refused++;
      }),
      { numRuns: 4000, seed: 60 },
    );
    // Both sides met often: the mutations reach valid and invalid records.
    expect(refused).toBeGreaterThan(1000);
    expect(accepted).toBeGreaterThan(200);
  });

  it('values of any shape: the same answer', () => {
    fc.assert(
      fc.property(fc.constantFrom<Kind>('node', 'edge'), fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, withNullPrototype: true }), (kind, v) => {
        same(kind, v);
        same(kind, { key: 'k', source: 's', target: 't', attributes: v });
        same(kind, { key: 'k', source: 's', target: 't', attributes: { ...(v !== null && typeof v === 'object' ? v : {}), type: kind === 'node' ? 'Region' : 'SETS' } });
      }),
      { numRuns: 1500, seed: 60 },
    );
  });
});
