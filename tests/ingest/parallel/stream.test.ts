// Streaming the snapshot (issue 11): the in-place JSON normalisation and the piecewise writer give
// exactly what the one-string JSON round trip gave, for any plain data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { asJsonValue, jsonPieces } from '../../../ingest/snapshot/write.js';
import { ingestToFile, runIngest } from '../../../ingest/pipeline.js';
import { generateCorpus } from '../../../bench/gen-corpus.js';
import { LAW_2012, province } from '../link/versions-texts.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plain = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 5 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('snapshot JSON in place and in pieces', () => {
  it('asJsonValue(v) equals JSON.parse(JSON.stringify(v)) and keeps the key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 5 }), plain, { maxKeys: 6 }), (v) => {
        const expected = JSON.stringify(JSON.parse(JSON.stringify(v)));
        expect(JSON.stringify(asJsonValue(structuredClone(v)))).toBe(expected);
        expect(asJsonValue(structuredClone(v))).toStrictEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 300 },
    );
  });

  // Session 29: asJsonValue writes a property back only when its value changes; -0 must still become 0 (0 === -0).
  it('asJsonValue turns -0 into 0, NaN and Infinity into null, and drops undefined, in objects and arrays', () => {
    const v = asJsonValue({ a: -0, b: [-0, NaN, undefined, 1], c: { d: Infinity, e: undefined, f: 'x' } }) as { a: number; b: unknown[]; c: object };
    expect(Object.is(v.a, 0)).toBe(true);
    expect(Object.is(v.b[0], 0)).toBe(true);
    expect(v.b.slice(1)).toEqual([null, null, 1]);
    expect(v.c).toEqual({ d: null, f: 'x' });
    expect(Object.keys(v.c)).toEqual(['d', 'f']);
  });

  it('jsonPieces(v) joined is JSON.stringify(v) plus a newline', () => {
    fc.assert(
      fc.property(fc.oneof(plain, fc.record({ nodes: fc.array(plain), edges: fc.array(plain), attributes: plain })), (v) => {
        expect([...jsonPieces(v)].join('')).toBe(JSON.stringify(v) + '\n');
      }),
      { numRuns: 300 },
    );
  });
});

describe('snapshot streamed to its file (ingestToFile, what the CLI and the bench run)', () => {
  // The streamed build writes each node and edge once complete and never holds the graph; the
  // in-memory build (runIngest) exports the whole graph. Same bytes, same report, same refusals.
  // linkWorkers 2: the link threads get the documents in shared memory and the main thread keeps
  // only stubs of them while they link (ingest/link/unit-store.ts, pipeline.ts snapshotStub).
  const same = async (inputs: string[], name: string) => {
    const held = await runIngest({ inputs, out: join(dir, `${name}-held.json`), workers: 1, linkWorkers: 1 });
    const seen = { nodes: 0, edges: 0 };
    const streamed = await ingestToFile({ inputs, out: join(dir, `${name}-streamed.json`), workers: 1, linkWorkers: 2, onRecord: (kind) => seen[kind === 'node' ? 'nodes' : 'edges']++ });
    expect(streamed.report.linkWorkers).toBe(2);
    expect(readFileSync(join(dir, `${name}-streamed.json`)).equals(readFileSync(join(dir, `${name}-held.json`)))).toBe(true);
    expect(streamed.report.snapshotSha256).toBe(held.report.snapshotSha256);
    const { timingsMs: _a, out: _b, linkWorkers: _e, ...h } = held.report;
    const { timingsMs: _c, out: _d, linkWorkers: _f, ...s } = streamed.report;
    expect(s).toEqual(h);
    expect(seen).toEqual({ nodes: held.snapshot.nodes.length, edges: held.snapshot.edges.length });
    return held;
  };

  it('the sample corpus (with a duplicate, versions, citations and refused files): byte-identical to the in-memory build', async () => {
    const corpus = join(dir, 'corpus');
    cpSync('corpus', corpus, { recursive: true });
    writeFileSync(join(corpus, 'zz-empty.txt'), '');
    const held = await same([corpus], 'sample');
    expect(held.report.duplicatesMerged).toBeGreaterThan(0);
    expect(held.report.citedDocuments).toBeGreaterThan(0);
    expect(held.report.implements).toBeGreaterThan(0);
    expect(held.report.failed.map((f) => f.file)).toEqual(['zz-empty.txt']);
  }, 600_000);

  it('a law revised after the regulation citing it: the citation goes to the corpus text in both builds', async () => {
    // The streamed build kept only the documents' titles and dates for the citations (snapshotStub), not the
    // regulation's genre and history that date the law's earlier text: the 1995 办法's citation of the law went to a
    // cited-only copy there, to the 2012 text (in force since 1993) in the in-memory build (session 24).
    const corpus = join(dir, 'revised');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'law.txt'), LAW_2012);
    writeFileSync(join(corpus, 'henan.txt'), province('河南省', '1995年6月8日').replace('\n第一条', '\n根据《中华人民共和国农业技术推广法》，制定本办法。\n第一条'));
    const held = await same([corpus], 'revised');
    const law = held.snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus && n.attributes.name === '中华人民共和国农业技术推广法')!.key;
    const henan = held.snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.name === '河南省实施《中华人民共和国农业技术推广法》办法')!.key;
    expect(held.snapshot.edges.filter((e) => e.attributes.type === 'CITES' && e.source === henan).map((e) => e.target)).toEqual([law]);
  }, 600_000);

  it('a synthetic corpus in every format with planted links: byte-identical to the in-memory build', async () => {
    const corpus = await generateCorpus(40, 3, join(dir, 'synthetic'));
    const held = await same([corpus.dir], 'synthetic');
    expect(held.report.implements).toBeGreaterThan(0);
  }, 600_000);
});

describe('a streamed ingest that fails while the links are written', () => {
  // The IMPLEMENTS edges go to the record file while the link threads still run (pipeline.ts
  // writeImplements): a failure there must leave the previous snapshot and its report as they
  // were and no temporary record or spill files behind.
  it('keeps the previous snapshot and report byte for byte and removes its temporary files', async () => {
    const corpus = await generateCorpus(40, 5, join(dir, 'failing'));
    const out = join(dir, 'failing-out', 'snapshot.json');
    const first = await ingestToFile({ inputs: [corpus.dir], out, workers: 1, linkWorkers: 2 });
    expect(first.report.implements).toBeGreaterThan(0);
    const before = readFileSync(out);
    const reportBefore = readFileSync(out.replace(/\.json$/, '.report.json'));
    const scratch = mkdtempSync(join(dir, 'scratch-'));
    let edges = 0;
    const failing = ingestToFile({
      inputs: [corpus.dir],
      out,
      workers: 1,
      linkWorkers: 2,
      spillDir: scratch,
      onRecord: (kind, r) => {
        if (kind === 'edge' && r.attributes?.type === 'IMPLEMENTS' && ++edges === 1) throw new Error('disk gone while linking');
      },
    });
    await expect(failing).rejects.toThrow('disk gone while linking');
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(readFileSync(out.replace(/\.json$/, '.report.json')).equals(reportBefore)).toBe(true);
    expect(readdirSync(scratch)).toEqual([]);
    expect(readdirSync(join(dir, 'failing-out')).sort()).toEqual(['snapshot.json', 'snapshot.report.json']);
  }, 600_000);
});
