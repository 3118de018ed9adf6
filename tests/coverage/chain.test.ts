// Coverage through the chain: a city document that implements its province's document, which implements the
// directive, carries the directive's measures "via" the province (coverage/index.ts measureRows). On the sample
// with a city linked only to 吉林 (the 焦作/开封 case of the law mirror), and on a real chain of the link gold's
// regulations (志愿服务条例 → 山东省 → 泰安市, and → 浙江省 → 宁波市).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Snapshot, type Snapshot as SnapshotT } from '../../graph-schema/index.js';
import { directiveCoverage, graphFromSnapshot, lowerDocuments, measureRows, type CoverageGraph } from '../../coverage/index.js';
import { pairTable } from '../../coverage/format.js';
import { matrixCsv, parseCsv } from '../../coverage/matrix-csv.js';
import { coverageMatrix } from '../../coverage/matrix.js';
import { runIngest } from '../../ingest/pipeline.js';
import { withCity } from './chain-fixture.js';

const NATIONAL = 'doc:中国科协2020年科普工作要点';
const JILIN = 'doc:吉林省科协2020年科普工作要点';
const CITY = 'doc:长春市科协2020年科普工作要点';

type Link = { lower: string; higher: string; verdict: 'implements' | 'partial'; score: number };
function implementsEdges(s: SnapshotT): Link[] {
  return s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [{ lower: e.source, higher: e.target, verdict: e.attributes.verdict ?? 'implements', score: e.attributes.score }] : []));
}
const docOf = (s: SnapshotT) => new Map(s.nodes.map((n) => [n.key, (n.attributes as { docId?: string }).docId]));
const weaker = (a: string, b: string) => (a === 'partial' || b === 'partial' ? 'partial' : 'implements');

describe('a city linked only to its province (the sample and a hand-linked 长春 plan)', () => {
  let snapshot: SnapshotT;
  let g: CoverageGraph;
  let fromJilin: Link[];
  beforeAll(async () => {
    const sample = (await runIngest({ inputs: ['corpus'] })).snapshot;
    const docs = docOf(sample);
    fromJilin = implementsEdges(sample).filter((l) => docs.get(l.lower) === JILIN && docs.get(l.higher) === NATIONAL);
    // The city implements four of 吉林's measures that carry national ones (one of them weakly), and 吉林's
    // preamble, which carries only the national preamble (no measure to implement).
    const carrying = [...new Set(fromJilin.map((l) => l.lower))].filter((m) => !m.endsWith('#前言')).sort();
    const none = `${JILIN}#前言`;
    expect(fromJilin.some((l) => l.lower === none)).toBe(true);
    snapshot = Snapshot.parse(
      withCity(sample, {
        name: '长春市科协2020年科普工作要点',
        region: '长春市',
        province: '吉林省',
        issuedOn: '2020-05-01',
        links: [
          ...carrying.slice(0, 4).map((province, i) => ({ path: `${i + 1}`, province, verdict: i === 3 ? ('partial' as const) : ('implements' as const), score: 0.5 - i * 0.1 })),
          { path: '5', province: none, verdict: 'implements' as const, score: 0.6 },
        ],
      }),
    );
    g = graphFromSnapshot(snapshot);
  }, 120_000);

  it('shows each national measure that 吉林 carries and the city carries of 吉林 as covered via 吉林, with the weaker verdict', () => {
    const city = implementsEdges(snapshot).filter((l) => l.lower.startsWith(`${CITY}#`));
    const expected = new Map<string, string>();
    for (const c of city) {
      for (const j of fromJilin.filter((l) => l.lower === c.higher)) {
        const v = weaker(c.verdict, j.verdict);
        if (expected.get(j.higher) !== 'implements') expected.set(j.higher, v);
      }
    }
    const rows = measureRows(g, NATIONAL, CITY);
    // Only measures to implement are rows (the preamble the city reaches is none).
    expect(expected.has(`${NATIONAL}#前言`)).toBe(true);
    expected.delete(`${NATIONAL}#前言`);
    expect(expected.size).toBeGreaterThan(2);
    const covered = rows.filter((r) => r.implementedBy);
    expect(new Map(covered.map((r) => [r.id, r.implementedBy!.verdict]))).toEqual(expected);
    for (const r of covered) {
      expect(r.implementedBy!.via?.docId).toBe(JILIN);
      expect(r.status).toBe(r.implementedBy!.verdict === 'implements' ? 'implemented' : 'partial');
      // The path's links exist as the snapshot holds them, and the row's score is the weaker link's.
      const lower = city.find((l) => l.lower === r.implementedBy!.id && l.higher === r.implementedBy!.via!.id)!;
      const upper = fromJilin.find((l) => l.lower === r.implementedBy!.via!.id && l.higher === r.id)!;
      expect(r.implementedBy!.score).toBe(Math.min(lower.score, upper.score));
    }
    // Every other measure is a gap (or not applicable): the city carries nothing else.
    expect(rows.filter((r) => !r.implementedBy).every((r) => r.status === 'gap' || r.status === 'not applicable')).toBe(true);
  });

  it('makes the city a column of the national plan, in 吉林, and leaves 吉林’s own coverage as it was', () => {
    expect(lowerDocuments(g, NATIONAL).map((d) => d.id)).toContain(CITY);
    const jilin = directiveCoverage(g, NATIONAL, { region: '吉林省' });
    expect(jilin.lowers.map((d) => d.id)).toEqual([JILIN, CITY]);
    expect(jilin.pairs[0].measures.every((r) => !r.implementedBy?.via)).toBe(true);
    // The city's own coverage of 吉林 is direct.
    expect(measureRows(g, JILIN, CITY).filter((r) => r.implementedBy).every((r) => !r.implementedBy!.via)).toBe(true);
  });

  it('says "via 吉林省…" in the report table, the matrix CSV and the JSON', () => {
    const c = directiveCoverage(g, NATIONAL, { lower: CITY });
    const table = pairTable(c.pairs[0], { higher: 'n', lower: 'c' }, 'csv');
    const [header, ...rows] = parseCsv(table);
    const via = header.indexOf('via');
    const covered = rows.filter((r) => r[header.indexOf('lower path')]);
    expect(covered.length).toBeGreaterThan(2);
    expect(covered.every((r) => r[via].startsWith('via 吉林省科协2020年科普工作要点 '))).toBe(true);
    const [h, ...m] = parseCsv(matrixCsv(coverageMatrix(g, NATIONAL, { region: '吉林省' })));
    const col = h.findIndex((x) => x.includes('长春市') && x.endsWith(': via'));
    const status = h.findIndex((x) => x.includes('长春市') && x.endsWith(': status'));
    expect(m.filter((r) => r[col] === '吉林省科协2020年科普工作要点').length).toBe(m.filter((r) => ['implemented', 'partial'].includes(r[status])).length);
    const json = JSON.parse(JSON.stringify(c));
    expect(json.pairs[0].measures.some((r: { implementedBy?: { via?: { docId: string } } }) => r.implementedBy?.via?.docId === JILIN)).toBe(true);
  });
});

describe('a real chain: 志愿服务条例 → 山东省 → 泰安市, → 浙江省 → 宁波市 (tests/real/corpus)', () => {
  let snapshot: SnapshotT;
  let g: CoverageGraph;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cov-chain-'));
    for (const f of ['志愿服务条例(2017-08-22).md', '山东省志愿服务条例(2021-12-03).md', '泰安市志愿服务促进条例(2022-01-21).md', '浙江省志愿服务条例(2018-07-27).md', '宁波市志愿服务条例(2021-12-03).md']) {
      cpSync(join('tests/real/corpus', f), join(dir, f));
    }
    snapshot = (await runIngest({ inputs: [dir] })).snapshot;
    g = graphFromSnapshot(snapshot);
  }, 120_000);

  it('carries some of the law’s articles through the province only, each along links the linker made', () => {
    const law = g.filterNodes((_, a) => a.type === 'Document' && a.inCorpus && a.name === '志愿服务条例')[0];
    const c = directiveCoverage(g, law);
    const docs = docOf(snapshot);
    const edges = new Map(implementsEdges(snapshot).map((l) => [`${l.lower}>${l.higher}`, l]));
    const nameOf = (id: string) => g.getNodeAttribute(id, 'name');
    let vias = 0;
    for (const p of c.pairs) {
      const lowerName = nameOf(p.lower) as string;
      for (const r of p.measures) {
        const via = r.implementedBy?.via;
        if (!via) continue;
        vias++;
        // The intermediate is the lower document's own province, never the other province.
        expect(nameOf(via.docId), lowerName).toBe(lowerName.startsWith('泰安') ? '山东省志愿服务条例' : '浙江省志愿服务条例');
        const [lo, hi] = [edges.get(`${r.implementedBy!.id}>${via.id}`)!, edges.get(`${via.id}>${r.id}`)!];
        expect(lo && hi).toBeTruthy();
        expect(r.implementedBy!.verdict).toBe(weaker(lo.verdict, hi.verdict));
        // Direct links first: a chain is shown only where no direct link has as strong a verdict.
        const direct = implementsEdges(snapshot).filter((l) => l.higher === r.id && docs.get(l.lower) === p.lower);
        expect(direct.some((l) => l.verdict === 'implements' || l.verdict === r.implementedBy!.verdict)).toBe(false);
      }
      if (lowerName.includes('省')) expect(p.measures.some((r) => r.implementedBy?.via)).toBe(false);
    }
    expect(vias).toBeGreaterThan(0);
  }, 60_000);
});
