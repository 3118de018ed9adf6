// GET /api/coverage tells a user whose thresholds are below where the replay is exact (coverage/replay.ts
// exactness): on the 消防 family, exact from partial 0.101 (0.082 before session 50's paragraphCitedText), the JSON carries exactFrom and inexact and the
// CSV ends with a Note row; at the snapshot's thresholds inexact is 0 and the CSV has no note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../coverage/matrix-csv.js';
import { runIngest } from '../../ingest/pipeline.js';
import { createApp, serve, type Served } from '../../web/server/index.js';

let server: Served;
beforeAll(async () => {
  const { snapshot } = await runIngest({ inputs: ['tests/real/fire/corpus'] });
  server = await serve(createApp({ snapshot, cypher: null, cypherOff: 'off in this test' }), { port: 0 });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const get = (query: string) => fetch(`${server.url}/api/coverage?directive=${encodeURIComponent('中华人民共和国消防法')}${query}`);

describe('GET /api/coverage below exactFrom', () => {
  it('carries exactFrom and inexact in the JSON', async () => {
    const low = await (await get('&threshold=0.2,0.05')).json();
    expect(low).toMatchObject({ thresholds: { implements: 0.2, partial: 0.05 }, exactFrom: 0.101 });
    expect(low.inexact).toBeGreaterThan(0);
    expect(await (await get('&threshold=0.2,0.101')).json()).toMatchObject({ exactFrom: 0.101, inexact: 0 });
    expect(await (await get('')).json()).toMatchObject({ exactFrom: 0.101, inexact: 0 });
  });

  it('ends the CSV with a Note row only when links may differ', async () => {
    const low = await get('&threshold=0.2,0.05&format=csv');
    expect(low.status).toBe(200);
    const rows = parseCsv(await low.text());
    expect(rows.at(-1)).toEqual(['Note', expect.stringMatching(/^partial threshold 0\.05 is below 0\.101: links of \d+ measures? may differ from a re-ingest$/)]);
    const plain = parseCsv(await (await get('&format=csv')).text());
    expect(plain.some((r) => r[0] === 'Note')).toBe(false);
  });
});
