// measure-cascade against its session-20 version (cascade-reference.cypher): the same rows, page by
// page, for pages of `pageSize` from the first row to past the last, a page of every row and an empty one.
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { expect } from 'vitest';
import { recordsToRows } from '../../neo4j/to-plain.js';
import type { CypherService } from '../../neo4j/types.js';

const REFERENCE = readFileSync(new URL('./cascade-reference.cypher', import.meta.url), 'utf8');

export async function expectReferenceRows(driver: Driver, service: CypherService, measureId: string, total: number, pageSize: number): Promise<void> {
  const pages: [number, number][] = [[0, total + 5], [total, 5], [0, 0]];
  for (let skip = 0; skip <= total; skip += pageSize) pages.push([skip, pageSize]);
  for (const [skip, limit] of pages) {
    const got = await service.runCanned('measure-cascade', { measureId, skip, limit });
    const want = await driver.executeQuery(REFERENCE, { measureId, skip: neo4j.int(skip), limit: neo4j.int(limit) }, { routing: 'READ' });
    expect(got.rows.length, `skip ${skip} limit ${limit}`).toBe(Math.max(0, Math.min(limit, total - skip)));
    expect(JSON.stringify(got.rows), `skip ${skip} limit ${limit}`).toBe(JSON.stringify(recordsToRows(want.records)));
  }
}
