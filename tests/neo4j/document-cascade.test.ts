// cypher/document-cascade against the real Neo4j: the grouped cascade of a document, one row per pair of
// documents, gives what the explorer's and the report's grouping (web/src/graph/cascade-pairs.ts) gives over
// the IMPLEMENTS links, and the rows of its link-by-link version (it reads the pairs the loader keeps). On the
// sample corpus with a city plan added under 吉林省 (a chain of three levels: the city implements 吉林's measures
// that implement the national plan), paged one and three pairs at a time.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EdgeOf, Snapshot } from '../../graph-schema/index.js';
import { graphFromSnapshot } from '../../coverage/index.js';
import { runIngest } from '../../ingest/pipeline.js';
import { derivedProperties } from '../../neo4j/derived.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import type { CypherService, QueryResult } from '../../neo4j/types.js';
import { cascadeFrom } from '../../web/src/graph/cascade.js';
import { cascadePairs, queryOrder } from '../../web/src/graph/cascade-pairs.js';
import { QUERY_PAIRS, QUERY_WALK } from '../../web/src/graph/cascade-core.js';
import { withCity } from '../coverage/chain-fixture.js';
import { neo4jOrSkip } from './helpers.js';
import { allPages } from './pages.js';
import { expectReferenceRowsOf } from './reference-rows.js';

const server = neo4jOrSkip();
const DIRECTIVE = 'doc:中国科协2020年科普工作要点';
const CITY = 'doc:长春市科协2020年科普工作方案';
const num = (x: unknown) => (x === null || x === undefined ? undefined : typeof x === 'object' && 'toNumber' in x ? (x as { toNumber(): number }).toNumber() : Number(x));

function rowsOf(result: QueryResult): Record<string, unknown>[] {
  return result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, r[i]])));
}

server.describe('#integration document-cascade: one row per pair of documents, as the explorer groups them', () => {
  let driver: Driver;
  let service: CypherService;
  let snapshot: Snapshot;

  beforeAll(async () => {
    const sample = (await runIngest({ inputs: ['corpus'] })).snapshot;
    const docOf = (id: string) => (sample.nodes.find((n) => n.key === id)?.attributes as { docId?: string }).docId;
    // Two 吉林 measures that implement the national plan: the city carries them out (one strongly, one partly).
    const jilin = [...new Set(sample.edges.filter((e) => e.attributes.type === 'IMPLEMENTS' && docOf(e.target) === DIRECTIVE && docOf(e.source)?.includes('吉林')).map((e) => e.source))].slice(0, 2);
    expect(jilin).toHaveLength(2);
    snapshot = withCity(sample, {
      name: CITY.slice(4),
      region: '长春市',
      province: '吉林省',
      issuedOn: '2020-09-01',
      links: [
        { path: '1', province: jilin[0], verdict: 'implements', score: 0.5 },
        { path: '2', province: jilin[1], verdict: 'partial', score: 0.1 },
      ],
    });
    driver = server.driver();
    await loadSnapshot(driver, snapshot);
    service = createCypherService(driver, { maxRows: 10_000 });
  }, 300_000);
  afterAll(() => driver?.close());

  it('gives every pair of the cascade with its counts, median score and lag, and the measures not carried', async () => {
    // The module over the same graph; a pair whose lower document only cites the higher one is no row of the query
    // (citing-documents lists the citations).
    const g = graphFromSnapshot(snapshot);
    const pairs = cascadePairs(g as never, cascadeFrom(g as never, DIRECTIVE)!).filter((p) => p.implements + p.partial > 0);
    expect(pairs.map((p) => p.lowerDoc)).toContain(CITY);
    const expected = pairs.map((p) => ({
      pair: `${p.lowerDoc}→${p.higherDoc}`,
      implements: p.implements,
      partial: p.partial,
      medianScore: p.medianScore!.toFixed(6),
      lagDays: p.lagDays,
      lagMin: p.lagMin,
      lagMax: p.lagMax,
      carried: p.measuresTotal - p.notCarried.length,
      measures: p.measuresTotal,
      notCarried: p.notCarried.map((m) => m.path).sort(),
    }));
    for (const size of [1, 3]) {
      const result = await allPages(service, 'document-cascade', { directiveId: DIRECTIVE }, size);
      const got = rowsOf(result).map((r) => ({
        pair: `${r.lowerDocId}→${r.higherDocId}`,
        implements: num(r.implements),
        partial: num(r.partial),
        medianScore: num(r.medianScore)!.toFixed(6),
        lagDays: num(r.lagDays),
        lagMin: num(r.lagMin),
        lagMax: num(r.lagMax),
        carried: num(r.carried),
        measures: num(r.measures),
        notCarried: [...(r.notCarried as string[])].sort(),
      }));
      expect(got).toEqual(expected);
    }
  });

  it('gives the rows of its link-by-link version (document-cascade-reference.cypher): every document, and page by page', async () => {
    // The canned query pages in the pairs the loader keeps on the top document (neo4j/derived-cascade.ts); the
    // reference reads every link into the cascade. Every document of the graph, cascade or none (among them cited
    // documents whose cascade is their citers', joined whole), and one that is no document; then the directive's
    // cascade a page of 1 and of 2 at a time.
    const docs = snapshot.nodes.filter((n) => n.attributes.type === 'Document').map((n) => n.key);
    const withPairs: string[] = [];
    for (const directiveId of [...docs, 'doc:none']) {
      if ((await expectReferenceRowsOf(driver, service, 'document-cascade', { directiveId, skip: 0, limit: 100_000 })) > 0) withPairs.push(directiveId);
    }
    const byCitation = [];
    for (const directiveId of withPairs) {
      const rows = rowsOf(await service.runCanned('document-cascade', { directiveId, skip: 0, limit: 100 }));
      if (rows.every((r) => r.higherDocId !== directiveId)) byCitation.push(directiveId);
    }
    expect(withPairs.length).toBeGreaterThan(byCitation.length);
    expect(byCitation.length).toBeGreaterThan(0);
    expect(await expectReferenceRowsOf(driver, service, 'document-cascade', { directiveId: DIRECTIVE }, [1, 2])).toBeGreaterThan(2);
  });

  it('stores, returns and draws the same pairs: the loader’s properties = the query’s rows = the explorer’s pairs with the query’s options, for every document', async () => {
    // One walk and one grouping (web/src/graph/cascade-core.ts) under all three; the explorer's cascade with the
    // query's options (three steps, no pair that only cites, lags of IMPLEMENTS links, the query's order) is the
    // reference. Figures as a reader gets them: lag rounded to days, the median score to four places.
    const g = graphFromSnapshot(snapshot);
    const derived = derivedProperties(snapshot);
    const row = (x: Record<string, unknown>) => ({
      pair: `${x.lower}→${x.higher}`,
      implements: x.implements,
      partial: x.partial,
      medianScore: x.medianScore,
      lagDays: x.lagDays ?? null,
      lagMin: x.lagMin ?? null,
      lagMax: x.lagMax ?? null,
      lagApprox: x.lagApprox,
      carried: x.carried,
      measures: x.measures,
      notCarried: x.notCarried,
    });
    const docs = snapshot.nodes.filter((n) => n.attributes.type === 'Document').map((n) => n.key);
    let withPairs = 0;
    let pairsSeen = 0;
    for (const root of docs) {
      const p = derived.get(root) ?? {};
      const names = (p.cascadeDocs ?? []) as string[];
      const paths = (p.cascadePaths ?? []) as string[];
      const stored = ((p.cascadePairs ?? []) as string[]).map((line) => {
        const f = line.split(',');
        const lags = f[5] !== '0';
        return row({
          lower: names[Number(f[0])], higher: names[Number(f[1])], implements: Number(f[2]), partial: Number(f[3]), medianScore: Number(f[4]),
          lagDays: lags ? Math.round(Number(f[6])) : null, lagMin: lags ? Number(f[7]) : null, lagMax: lags ? Number(f[8]) : null, lagApprox: f[9] === 'true',
          carried: Number(f[10]), measures: Number(f[11]), notCarried: f[12] ? f[12].split(' ').map((i) => paths[Number(i)]) : [],
        });
      });
      const rows = rowsOf(await service.runCanned('document-cascade', { directiveId: root, skip: 0, limit: 100_000 })).map((r) =>
        row({
          lower: r.lowerDocId, higher: r.higherDocId, implements: num(r.implements), partial: num(r.partial), medianScore: num(r.medianScore),
          lagDays: num(r.lagDays), lagMin: num(r.lagMin), lagMax: num(r.lagMax), lagApprox: r.lagApprox, carried: num(r.carried), measures: num(r.measures),
          notCarried: r.notCarried,
        }),
      );
      const c = cascadeFrom(g as never, root, { walk: QUERY_WALK })!;
      const explorer = cascadePairs(g as never, c, { ...QUERY_PAIRS, compareDocs: queryOrder(g as never) }).map((x) =>
        row({
          lower: x.lowerDoc, higher: x.higherDoc, implements: x.implements, partial: x.partial, medianScore: x.medianScore, lagDays: x.lagDays, lagMin: x.lagMin,
          lagMax: x.lagMax, lagApprox: !!x.lagApprox, carried: x.measuresTotal - x.notCarried.length, measures: x.measuresTotal, notCarried: x.notCarried.map((m) => m.path),
        }),
      );
      expect(stored, `${root}: stored = explorer`).toEqual(explorer);
      expect(rows, `${root}: query = explorer`).toEqual(explorer);
      if (explorer.length) withPairs++;
      pairsSeen += explorer.length;
      // Scores for a reader: four places at most, no float noise.
      for (const r of rows) expect(String(r.medianScore), root).toMatch(/^[01](\.\d{1,4})?$/);
    }
    expect(withPairs).toBeGreaterThan(3);
    expect(pairsSeen).toBeGreaterThan(withPairs);
  });

  it('measures the city against 吉林’s measures in the cascade, and names the two it carries', async () => {
    const rows = rowsOf(await service.runCanned('document-cascade', { directiveId: DIRECTIVE, skip: 0, limit: 100 }));
    const city = rows.find((r) => r.lowerDocId === CITY)!;
    expect(city.higherDocId).toMatch(/吉林/);
    expect([num(city.implements), num(city.partial), num(city.carried)]).toEqual([1, 1, 2]);
    const jilinInCascade = new Set(
      snapshot.edges
        .filter((e) => e.attributes.type === 'IMPLEMENTS' && (e.attributes as EdgeOf<'IMPLEMENTS'>).score >= 0 && e.target.startsWith(`${DIRECTIVE}#`) && e.source.startsWith(`${city.higherDocId}#`))
        .map((e) => e.source),
    );
    expect(num(city.measures)).toBe(jilinInCascade.size);
  });

  it('shows each lower document’s date as the snapshot has it: the issue date, else the year as written (2020, not 2020.0)', async () => {
    const rows = rowsOf(await service.runCanned('document-cascade', { directiveId: DIRECTIVE, skip: 0, limit: 100 }));
    const attrs = (id: string) => snapshot.nodes.find((n) => n.key === id)!.attributes as { issuedOn?: string; year?: number };
    const yearOnly = rows.filter((r) => !attrs(r.lowerDocId as string).issuedOn && attrs(r.lowerDocId as string).year !== undefined);
    expect(yearOnly.length).toBeGreaterThan(0);
    for (const r of rows) {
      const a = attrs(r.lowerDocId as string);
      expect(r.issued).toBe(a.issuedOn ?? (a.year === undefined ? null : String(a.year)));
    }
  });
});
