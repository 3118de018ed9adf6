// The cascade and coverage queries (cypher/measure-cascade, region-gaps, programmes-no-province,
// groups-by-region, lag-per-region) against the real Neo4j on the sample corpus: each answer
// checked against what the snapshot says, computed here without Cypher, and each plan checked
// for an AllNodesScan (labels and indexed properties only).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { directiveCoverage, graphFromSnapshot } from '../../coverage/index.js';
import { runIngest } from '../../ingest/pipeline.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import type { CypherService, QueryResult } from '../../neo4j/types.js';
import { neo4jOrSkip } from './helpers.js';
import { allPages } from './pages.js';
import { expectReferenceRows } from './cascade-reference.js';
import { expectReferenceRowsOf } from './reference-rows.js';

const server = neo4jOrSkip();
const DIRECTIVE = 'doc:中国科协2020年科普工作要点';
const RANK: Record<string, number> = { central: 0, national: 1, provincial: 2, municipal: 3, county: 4 };
const QUERIES = ['measure-cascade', 'region-gaps', 'programmes-no-province', 'groups-by-region', 'lag-per-region'];

function column<T = unknown>(result: QueryResult, name: string): T[] {
  const i = result.columns.indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${result.columns.join(', ')}`);
  return result.rows.map((row) => row[i] as T);
}
const num = (x: unknown) => (typeof x === 'object' && x !== null && 'toNumber' in x ? (x as { toNumber(): number }).toNumber() : Number(x));

server.describe('#integration cascade and coverage queries on the corpus snapshot', () => {
  let driver: Driver;
  let service: CypherService;
  let snapshot: Snapshot;
  const attrs = new Map<string, Snapshot['nodes'][number]['attributes']>();
  const docOf = (m: string) => {
    const a = attrs.get(m);
    return a?.type === 'Measure' ? a.docId : undefined;
  };
  const edges = (type: string) => snapshot.edges.filter((e) => e.attributes.type === type);

  beforeAll(async () => {
    snapshot = (await runIngest({ inputs: ['corpus'] })).snapshot;
    for (const n of snapshot.nodes) attrs.set(n.key, n.attributes);
    driver = server.driver();
    await loadSnapshot(driver, snapshot);
    service = createCypherService(driver, { maxRows: 10_000 });
  }, 300_000);
  afterAll(() => driver?.close());

  it('measure-cascade returns every measure that implements the measure, directly or down a chain', async () => {
    const top = `${DIRECTIVE}#一/1`;
    const expected = new Set<string>();
    let frontier = [top];
    for (let depth = 0; depth < 4 && frontier.length; depth++) {
      frontier = edges('IMPLEMENTS').filter((e) => frontier.includes(e.target)).map((e) => e.source).filter((s) => !expected.has(s));
      frontier.forEach((s) => expected.add(s));
    }
    expect(expected.size).toBeGreaterThan(0);
    const result = await allPages(service, 'measure-cascade', { measureId: top }, 5);
    expect([...new Set(column<string>(result, 'measureId'))].sort()).toEqual([...expected].sort());
    for (const [i, id] of column<string>(result, 'measureId').entries()) {
      expect(column<string>(result, 'docId')[i]).toBe(docOf(id));
      expect(column<string[]>(result, 'verdicts')[i].every((v) => v === 'implements' || v === 'partial')).toBe(true);
    }
  });

  it('measure-cascade gives the rows of its session-20 version on the sample, page by page', async () => {
    // The measure with the most chains (the bench's choice on its graph).
    const into = new Map<string, string[]>();
    for (const e of edges('IMPLEMENTS')) into.set(e.target, [...(into.get(e.target) ?? []), e.source]);
    const chains = (top: string) => {
      let [n, level] = [0, [top]];
      for (let depth = 1; depth <= 4 && level.length; depth++) n += (level = level.flatMap((m) => into.get(m) ?? [])).length;
      return n;
    };
    const [top] = [...into.keys()].sort((a, b) => chains(b) - chains(a) || a.localeCompare(b));
    const total = chains(top);
    expect(total).toBeGreaterThan(1);
    for (const size of [1, 3]) await expectReferenceRows(driver, service, top, total, size);
  });

  it('region-gaps lists what 吉林省 leaves out of the 2020 national plan, as the coverage module does', async () => {
    const g = graphFromSnapshot(snapshot);
    const c = directiveCoverage(g, DIRECTIVE, { region: '吉林省' });
    const expected = c.pairs.flatMap((p) =>
      p.measures.filter((r) => r.status === 'gap' || r.status === 'partial').map((r) => [p.lower, r.id, r.status].join(' ')),
    );
    expect(expected.some((x) => x.includes('科学辟谣平台') || x.includes('三/10'))).toBe(true);
    const result = await allPages(service, 'region-gaps', { directiveId: DIRECTIVE, region: '吉林省' }, 5);
    const got = result.rows.map((_, i) => [column<string>(result, 'docId')[i], column<string>(result, 'measureId')[i], column<string>(result, 'status')[i]].join(' '));
    expect(got.sort()).toEqual(expected.sort());
  });

  it('programmes-no-province lists the directive’s programmes and brands that no provincial document mentions', async () => {
    const mentioned = (docIds: (d: string | undefined) => boolean) =>
      new Set(edges('MENTIONS').filter((e) => docIds(docOf(e.source))).map((e) => e.target));
    const provincial = mentioned((d) => !!d && (attrs.get(d) as { level?: string }).level === 'provincial');
    const expected = [...mentioned((d) => d === DIRECTIVE)]
      .filter((id) => ['Programme', 'Brand'].includes(attrs.get(id)!.type) && !provincial.has(id))
      .sort();
    expect(expected).toContain('prog:科学辟谣平台');
    const result = await service.runCanned('programmes-no-province', { directiveId: DIRECTIVE });
    expect(column<string>(result, 'id').sort()).toEqual(expected);
  });

  it('groups-by-region gives each target group of the directive the regions whose lower documents mention it', async () => {
    const dirRank = RANK[(attrs.get(DIRECTIVE) as { level: string }).level];
    const regionOf = new Map(edges('FOR_REGION').map((e) => [e.source, attrs.get(e.target)!.name]));
    const groups = new Set(edges('MENTIONS').filter((e) => docOf(e.source) === DIRECTIVE && attrs.get(e.target)!.type === 'TargetGroup').map((e) => e.target));
    const expected = new Set<string>();
    for (const gid of groups) {
      const docs = new Map<string, Set<string>>();
      for (const e of edges('MENTIONS').filter((x) => x.target === gid)) {
        const d = docOf(e.source)!;
        const a = attrs.get(d) as { inCorpus: boolean; level?: string };
        if (d === DIRECTIVE || !a.inCorpus || !a.level || RANK[a.level] <= dirRank || !regionOf.has(d)) continue;
        const r = regionOf.get(d)!;
        docs.set(r, (docs.get(r) ?? new Set()).add(d));
      }
      if (docs.size === 0) expected.add(`${gid} null 0`);
      for (const [r, ds] of docs) expected.add(`${gid} ${r} ${ds.size}`);
    }
    const result = await allPages(service, 'groups-by-region', { directiveId: DIRECTIVE }, 5);
    const got = result.rows.map((_, i) => `${column<string>(result, 'groupId')[i]} ${column<string | null>(result, 'region')[i]} ${num(column(result, 'documents')[i])}`);
    expect(got.sort()).toEqual([...expected].sort());
  });

  it('groups-by-region gives the rows of its session-21 version (groups-by-region-reference.cypher), page by page', async () => {
    const total = await expectReferenceRowsOf(driver, service, 'groups-by-region', { directiveId: DIRECTIVE }, [1, 4, 9]);
    expect(total).toBeGreaterThan(9);
  });

  it('lag-per-region gives the median, range and count of lags of the links into the directive, per region', async () => {
    const regionOf = (d: string) => (attrs.get(d) as { region?: string }).region ?? '(no region)';
    const lags = new Map<string, number[]>();
    const docs = new Map<string, Set<string>>();
    const approx = new Set<string>();
    for (const e of edges('IMPLEMENTS')) {
      const a = e.attributes as { lagDays?: number; lagApprox?: boolean };
      if (docOf(e.target) !== DIRECTIVE || a.lagDays === undefined) continue;
      const r = regionOf(docOf(e.source)!);
      lags.set(r, [...(lags.get(r) ?? []), a.lagDays]);
      docs.set(r, (docs.get(r) ?? new Set()).add(attrs.get(docOf(e.source)!)!.name));
      if (a.lagApprox) approx.add(r);
    }
    expect(lags.size).toBeGreaterThan(0);
    const result = await service.runCanned('lag-per-region', { directiveId: DIRECTIVE });
    expect(column<string>(result, 'region').sort()).toEqual([...lags.keys()].sort());
    column<string>(result, 'region').forEach((r, i) => {
      const xs = [...lags.get(r)!].sort((a, b) => a - b);
      expect(num(column(result, 'links')[i])).toBe(xs.length);
      expect(num(column(result, 'minLagDays')[i])).toBe(xs[0]);
      expect(num(column(result, 'maxLagDays')[i])).toBe(xs[xs.length - 1]);
      expect([xs[Math.floor((xs.length - 1) / 2)], xs[Math.ceil((xs.length - 1) / 2)]]).toContain(num(column(result, 'medianLagDays')[i]));
      expect(column<string[]>(result, 'documents')[i].sort()).toEqual([...docs.get(r)!].sort());
      expect(column<boolean>(result, 'approx')[i]).toBe(approx.has(r));
    });
  });

  it('plans every query from labels and indexed properties: no AllNodesScan', async () => {
    const canned = new Map(service.canned().map((q) => [q.name, q]));
    for (const name of QUERIES) {
      const q = canned.get(name);
      expect(q, name).toBeDefined();
      const params = Object.fromEntries(q!.params.map((p) => [p.name, p.example]));
      const { summary } = await driver.executeQuery(`EXPLAIN ${q!.cypher}`, params, { routing: 'READ' });
      const operators: string[] = [];
      const walk = (p: { operatorType: string; children: unknown[] }) => {
        operators.push(p.operatorType);
        p.children.forEach((c) => walk(c as typeof p));
      };
      walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(operators.filter((o) => o.startsWith('AllNodesScan')), name).toEqual([]);
    }
  });
});
