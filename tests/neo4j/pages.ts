// Reads a paged canned query (its header declares skip and limit) page after page, checking what a
// user paging through it relies on: every page but the last is full, every row carries the same
// `total`, and the pages together hold exactly `total` rows. Returns them as one result.
import { expect } from 'vitest';
import type { CypherService, QueryResult } from '../../neo4j/types.js';

const num = (x: unknown) => (typeof x === 'object' && x !== null && 'toNumber' in x ? (x as { toNumber(): number }).toNumber() : Number(x));

export async function allPages(service: CypherService, name: string, params: Record<string, unknown>, pageSize: number): Promise<QueryResult & { total: number; pages: number }> {
  const rows: unknown[][] = [];
  let columns: string[] = [];
  let total: number | undefined;
  let pages = 0;
  for (let skip = 0; ; skip += pageSize) {
    const page = await service.runCanned(name, { ...params, skip, limit: pageSize });
    pages++;
    expect(page.truncated, `${name} page ${pages}`).toBe(false);
    if (page.rows.length) columns = page.columns;
    const t = page.columns.indexOf('total');
    const totals = new Set(page.rows.map((r) => num(r[t])));
    expect(totals.size, `${name} page ${pages}: one total`).toBeLessThanOrEqual(1);
    const pageTotal = [...totals][0];
    if (pageTotal !== undefined) {
      if (total !== undefined) expect(pageTotal, `${name} page ${pages}: same total as page 1`).toBe(total);
      total = pageTotal;
    }
    rows.push(...page.rows);
    if (page.rows.length < pageSize) break;
    expect(pages, `${name}: more pages than rows`).toBeLessThan(10_000);
  }
  expect(rows.length, `${name}: the pages hold total rows`).toBe(total ?? 0);
  return { columns, rows, truncated: false, total: total ?? 0, pages };
}
