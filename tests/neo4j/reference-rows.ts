// A rewritten canned query against its previous text (tests/neo4j/<name>-reference.cypher): the
// same rows, page by page, for pages of each size from the first row to past the last, a page of
// every row and an empty one (queries with skip/limit), or for the one answer (queries without).
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { expect } from 'vitest';
import { recordsToRows } from '../../neo4j/to-plain.js';
import type { CypherService } from '../../neo4j/types.js';

export async function expectReferenceRowsOf(
  driver: Driver,
  service: CypherService,
  name: string,
  params: Record<string, unknown>,
  pageSizes: number[] = [],
): Promise<number> {
  const reference = readFileSync(new URL(`./${name}-reference.cypher`, import.meta.url), 'utf8');
  const run = async (p: Record<string, unknown>) => {
    const got = await service.runCanned(name, p);
    const cypherParams = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
    const want = await driver.executeQuery(reference, cypherParams, { routing: 'READ' });
    expect(JSON.stringify(got.rows), `${name} ${JSON.stringify(p)}`).toBe(JSON.stringify(recordsToRows(want.records)));
    return got.rows.length;
  };
  if (pageSizes.length === 0) return run(params);
  const total = await run({ ...params, skip: 0, limit: 100_000 });
  const pages: [number, number][] = [[total, 5], [0, 0]];
  for (const size of pageSizes) for (let skip = 0; skip <= total; skip += size) pages.push([skip, size]);
  for (const [skip, limit] of pages) await run({ ...params, skip, limit });
  return total;
}
