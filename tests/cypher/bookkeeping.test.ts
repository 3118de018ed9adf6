// The console leaves the loader's bookkeeping out of an analyst's results (neo4j/queries.ts holdsBookkeeping): its
// nodes, and since session 33 its labels named as values (session 32 trial: `CALL db.labels()` listed PgStage and
// PgLoadMeta beside Document and Measure). Plain values here; tests/neo4j/queries.test.ts runs it on a real server.
import { describe, expect, it } from 'vitest';
import { holdsBookkeeping } from '../../neo4j/queries.js';

describe('holdsBookkeeping', () => {
  it('names a row of db.labels() or labels(n) that is a bookkeeping label', () => {
    expect(holdsBookkeeping('PgStage')).toBe(true);
    expect(holdsBookkeeping('PgLoadMeta')).toBe(true);
    expect(holdsBookkeeping(['Measure', 'PgStage'])).toBe(true);
    expect(holdsBookkeeping({ labels: ['PgLoadMeta'] })).toBe(true);
  });
  it('keeps the policy graph’s labels and values', () => {
    for (const v of ['Document', 'Measure', ['Document'], 'PgStage 的说明', 3, null, { name: '吉林省' }]) expect(holdsBookkeeping(v)).toBe(false);
  });
});
