// Session 49 (helper tidy, issue 11): GET /api/coverage on a large corpus. The matrix reads each measure's links once for
// all its columns (coverage/index.ts linksIntoOnce), and the server keeps each pair's forms computed on demand
// (coverage/forms.ts pairFormsCache): the same rows and forms as computed afresh, on every pair of the sample corpus and
// the free pair of the gap view (2024年湖北省科协科普工作要点 carries 吉林省科协2020年科普工作要点's 科普大讲堂 as
// 荆楚科普大讲堂).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { graphFromSnapshot, linksIntoOnce, lowerDocuments, measureRows, type CoverageGraph } from '../../coverage/index.js';
import { linksInto } from '../../coverage/links.js';
import { pairForms, pairFormsCache } from '../../coverage/forms.js';
import { runIngest } from '../../ingest/pipeline.js';
import { measureCoverage, widestDirective } from '../../bench/coverage.js';

const JILIN = 'doc:吉林省科协2020年科普工作要点';
const HUBEI = 'doc:2024年湖北省科协科普工作要点';

let snapshot: Snapshot;
let g: CoverageGraph;
/** Every directive of the sample with its lower documents, and the free pair. */
let pairs: [string, string][];

beforeAll(async () => {
  snapshot = (await runIngest({ inputs: ['corpus'] })).snapshot;
  g = graphFromSnapshot(snapshot);
  pairs = [[JILIN, HUBEI]];
  g.forEachNode((id, a) => {
    if (a.type === 'Document' && a.inCorpus) for (const l of lowerDocuments(g, id)) pairs.push([id, l.id]);
  });
}, 120_000);

describe('one directive’s many columns, read once', () => {
  it('gives every pair the same measure rows with each measure’s links read once, under the linker’s and a user’s thresholds', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    for (const thresholds of [undefined, { implements: 0.3, partial: 0.1 }]) {
      const into = linksIntoOnce(g, thresholds);
      for (const [h, l] of pairs) expect(measureRows(g, h, l, thresholds, into), `${h} → ${l}`).toEqual(measureRows(g, h, l, thresholds));
    }
    const into = linksIntoOnce(g);
    const measure = g.findNode((_id, a) => a.type === 'Measure' && linksInto(g, _id).length > 0)!;
    expect(into(measure)).toBe(into(measure));
    expect(into(measure)).toEqual(linksInto(g, measure));
  });

  it('keeps each pair’s forms computed on demand, the same as afresh, and at most maxPairs of them', () => {
    const kept = pairFormsCache(g);
    for (const [h, l] of pairs) expect(kept(h, l), `${h} → ${l}`).toEqual(pairForms(g, h, l));
    expect(kept(JILIN, HUBEI).get('prog:科普大讲堂')?.as).toEqual(['荆楚科普大讲堂']);
    expect(kept(JILIN, HUBEI)).toBe(kept(JILIN, HUBEI));
    // Two pairs kept: asking a third drops the oldest asked, which is computed again (a new map, the same forms).
    const two = pairFormsCache(g, 2);
    const first = two(JILIN, HUBEI);
    two(pairs[1][0], pairs[1][1]);
    expect(two(JILIN, HUBEI)).toBe(first);
    two(pairs[2][0], pairs[2][1]);
    const again = two(JILIN, HUBEI);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('the bench’s coverage entry (bench/coverage.ts)', () => {
  it('times GET /api/coverage for the directive with the most lower documents', async () => {
    const widest = widestDirective(snapshot);
    const columns = snapshot.nodes.flatMap((n) => (n.attributes.type === 'Document' && n.attributes.inCorpus ? [lowerDocuments(g, n.key).length] : []));
    expect(widest.columns).toBe(Math.max(...columns));
    expect(widest.columns).toBeGreaterThan(0);
    let body = '';
    const f = await measureCoverage(snapshot, { port: 0, runs: 3, save: (b) => (body = b) });
    expect(f).toMatchObject({ directive: widest.id, columns: widest.columns, runs: 3, bytes: Buffer.byteLength(body) });
    expect(JSON.parse(body).matrix.columns).toHaveLength(widest.columns);
    expect(f.firstMs).toBeGreaterThan(0);
    expect(f.p95Ms).toBeGreaterThanOrEqual(f.medianMs);
  }, 60_000);
});
