// GET /api/coverage on the sample corpus, through the real app: the matrix as JSON and CSV is the
// coverage module's own result (吉林省 leaves 科学辟谣平台 out of the 2020 national plan), and
// every bad parameter is a 400 that names it, with no stack trace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { graphFromSnapshot, pairCoverage } from '../../coverage/index.js';
import { matrixCsv, parseCsv } from '../../coverage/matrix-csv.js';
import { coverageMatrix, sortMatrix } from '../../coverage/matrix.js';
import { runIngest } from '../../ingest/pipeline.js';
import { derivedProperties } from '../../neo4j/derived.js';
import { lagProvinceRows } from '../../web/src/graph/lag-provinces.js';
import { createApp, serve, type Served } from '../../web/server/index.js';

const DIRECTIVE = 'doc:中国科协2020年科普工作要点';
let snapshot: Snapshot;
let server: Served;

beforeAll(async () => {
  snapshot = (await runIngest({ inputs: ['corpus'] })).snapshot;
  server = await serve(createApp({ snapshot, cypher: null, cypherOff: 'off in this test' }), { port: 0 });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const get = (query: string) => fetch(`${server.url}/api/coverage?${query}`);

describe('GET /api/coverage', () => {
  it('answers the matrix of a directive by title, filtered to a region', async () => {
    const res = await get(`directive=${encodeURIComponent('中国科协2020年科普工作要点')}&region=${encodeURIComponent('吉林省')}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.thresholds).toEqual(snapshot.attributes.linkThresholds);
    expect(body.matrix.columns.map((c: { name: string }) => c.name)).toEqual(['吉林省科协2020年科普工作要点']);
    const row = body.matrix.rows.find((r: { name: string }) => r.name === '科学辟谣平台');
    expect(row.cells[0].status).toBe('not carried');
    expect(body.matrix).toEqual(JSON.parse(JSON.stringify(coverageMatrix(graphFromSnapshot(snapshot), DIRECTIVE, { region: '吉林省' }))));
  });

  it('applies thresholds, asOf and sort as the coverage module does', async () => {
    const body = await (await get(`directive=${encodeURIComponent(DIRECTIVE)}&threshold=0.3,0.15&sort=coverage&asOf=2024-12-31`)).json();
    const expected = sortMatrix(coverageMatrix(graphFromSnapshot(snapshot), DIRECTIVE, { thresholds: { implements: 0.3, partial: 0.15 }, asOf: '2024-12-31' }), 'coverage');
    expect(body.matrix).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(body.thresholds).toEqual({ implements: 0.3, partial: 0.15 });
    const early = await (await get(`directive=${encodeURIComponent(DIRECTIVE)}&asOf=2023`)).json();
    expect(early.matrix.columns.map((c: { name: string }) => c.name)).toEqual(['吉林省科协2020年科普工作要点']);
  });

  it('sends the CSV the page downloads, named after the directive', async () => {
    const res = await get(`directive=${encodeURIComponent(DIRECTIVE)}&format=csv`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('coverage-matrix_中国科协2020年科普工作要点.csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    // UTF-8 with a BOM, byte for byte the coverage module's CSV.
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = bytes.toString('utf8');
    expect(text).toBe(matrixCsv(coverageMatrix(graphFromSnapshot(snapshot), DIRECTIVE)));
    const rows = parseCsv(text);
    const col = rows[0].indexOf('吉林省 / provincial / 吉林省科协2020年科普工作要点: status');
    expect(rows.find((r) => r[2] === '科学辟谣平台')![col]).toBe('not carried');
  });

  it.each([
    ['', 'directive'],
    ['directive=', 'directive'],
    [`directive=x&format=xml`, 'format'],
    [`directive=x&threshold=0.1`, 'threshold'],
    [`directive=x&threshold=0.1,0.5`, 'partial threshold must not exceed'],
    [`directive=x&threshold=2,0.1`, 'threshold'],
    [`directive=x&asOf=yesterday`, 'asOf'],
    [`directive=x&asOf=2021-13-45`, 'calendar date'],
    [`directive=x&asOf=2021-02-30`, 'calendar date'],
    [`directive=x&sort=random`, 'sort'],
    [`directive=x&colour=red`, 'colour'],
  ])('rejects "%s" with a 400 naming %s', async (query, word) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('BadRequest');
    expect(body.error.message).toContain(word);
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at |\.ts:\d+/);
  });

  it('reads region=吉林 as 吉林省, and names the regions for one the snapshot does not have', async () => {
    const short = await (await get(`directive=${encodeURIComponent(DIRECTIVE)}&region=${encodeURIComponent('吉林')}`)).json();
    expect(short.matrix).toEqual(JSON.parse(JSON.stringify(coverageMatrix(graphFromSnapshot(snapshot), DIRECTIVE, { region: '吉林省' }))));
    expect(short.matrix.columns.length).toBeGreaterThan(0);
    const unknown = await get(`directive=${encodeURIComponent(DIRECTIVE)}&region=${encodeURIComponent('火星')}`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toMatch(/no region "火星".*吉林省/);
  });

  it('names the documents when the directive is unknown or ambiguous', async () => {
    const unknown = await get(`directive=${encodeURIComponent('没有这个文件')}`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toContain('没有这个文件');
    const ambiguous = await get(`directive=${encodeURIComponent('科普工作要点')}`);
    expect(ambiguous.status).toBe(400);
    expect((await ambiguous.json()).error.message).toContain('中国科协2020年科普工作要点');
  });
});

// Session 39: the gap view's rows with the longest passage each row's link reuses, one answer for the whole table.
describe('GET /api/gap-passages', () => {
  const LOWER = 'doc:吉林省科协2020年科普工作要点';
  it('gives each covered row of the pair the longest passage of the link its verdict opens', async () => {
    const res = await fetch(`${server.url}/api/gap-passages?higher=${encodeURIComponent(DIRECTIVE)}&lower=${encodeURIComponent(LOWER)}`);
    expect(res.status).toBe(200);
    const { passages } = (await res.json()) as { passages: { id: string; lower: string; higher: string; text: string; span: [number, number] }[] };
    const g = graphFromSnapshot(snapshot);
    const covered = pairCoverage(g, DIRECTIVE, LOWER).measures.filter((r) => r.implementedBy);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((p) => covered.some((r) => r.id === p.id && r.implementedBy!.id === p.lower))).toBe(true);
    for (const p of passages) {
      const all = g.edges(p.lower, p.higher).flatMap((e) => {
        const a = g.getEdgeAttributes(e);
        return a.type === 'IMPLEMENTS' ? a.evidence.passages : [];
      });
      // The longest of the link's passages, and its wording as the lower text has it.
      expect(p.span[1] - p.span[0]).toBe(Math.max(...all.map((x) => x.lower[1] - x.lower[0])));
      expect(all.some((x) => x.text === p.text)).toBe(true);
    }
  });

  it('is a 400 without both documents and a 404 for an unknown one', async () => {
    const none = await fetch(`${server.url}/api/gap-passages?higher=${encodeURIComponent(DIRECTIVE)}`);
    expect(none.status).toBe(400);
    expect((await none.json()).error.message).toContain('lower');
    const unknown = await fetch(`${server.url}/api/gap-passages?higher=${encodeURIComponent(DIRECTIVE)}&lower=doc:none`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toContain('doc:none');
  });
});

// Session 39: a directive's lag per province, the loader's own figures (neo4j/derived.ts lagProvince*).
describe('GET /api/lag-provinces', () => {
  it('answers the loader’s rows for a directive, none for a document nothing carries out with a lag', async () => {
    const res = await fetch(`${server.url}/api/lag-provinces?directive=${encodeURIComponent(DIRECTIVE)}`);
    expect(res.status).toBe(200);
    const { rows } = (await res.json()) as { rows: { province: string; links: number }[] };
    expect(rows).toEqual(lagProvinceRows(derivedProperties(snapshot).get(DIRECTIVE)));
    expect(rows.length).toBeGreaterThan(0);
    const lower = await (await fetch(`${server.url}/api/lag-provinces?directive=${encodeURIComponent('doc:吉林省科协2020年科普工作要点')}`)).json();
    expect(lower.rows).toEqual([]);
  });

  it('is a 400 without a directive and a 404 for an unknown one', async () => {
    expect((await fetch(`${server.url}/api/lag-provinces`)).status).toBe(400);
    const unknown = await fetch(`${server.url}/api/lag-provinces?directive=doc:none`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toContain('doc:none');
  });
});
