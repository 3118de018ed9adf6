// Session 62 (helper verdict, issue 13): coverage's chain reading `chain.named` (coverage/options.ts): a lower document that
// names the directive itself is read against it by its own links; the chain stands in only for a document that does not
// name it. On the soil family (菏泽's regulation names both 山东省土壤污染防治条例 and the 土壤污染防治法, and the gold links
// no city article through the province: tests/real/soil/README.md). Measured and off (rule 5: dev verdicts +8, held out −5).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { graphFromSnapshot, measureRows, namesDocument, type CoverageGraph } from '../../coverage/index.js';
import { CHAIN_NAMED_MEASURED, COVERAGE_OPTIONS, type CoverageOptions } from '../../coverage/options.js';
import { chainVerdicts } from '../../neo4j/derived-chain.js';
import { runIngest } from '../../ingest/pipeline.js';

const named: CoverageOptions = { chain: CHAIN_NAMED_MEASURED };
const before: CoverageOptions = { chain: { named: false } };

describe('chain.named on the soil family (law → 山东 → 菏泽)', () => {
  let snapshot: Snapshot;
  let g: CoverageGraph;
  let law: string;
  let city: string;
  beforeAll(async () => {
    snapshot = (await runIngest({ inputs: ['tests/real/soil/corpus'] })).snapshot;
    g = graphFromSnapshot(snapshot);
    const doc = (part: string) => snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus && n.attributes.name.includes(part))!.key;
    [law, city] = [doc('土壤污染防治法'), doc('菏泽市')];
  }, 120_000);

  /** The city's direct links into each law measure, the strongest verdict. */
  const direct = () => {
    const docOf = new Map(snapshot.nodes.map((n) => [n.key, (n.attributes as { docId?: string }).docId]));
    const out = new Map<string, 'implemented' | 'partial'>();
    for (const e of snapshot.edges) {
      if (e.attributes.type !== 'IMPLEMENTS' || docOf.get(e.source) !== city || docOf.get(e.target) !== law) continue;
      if (out.get(e.target) !== 'implemented') out.set(e.target, e.attributes.verdict === 'partial' ? 'partial' : 'implemented');
    }
    return out;
  };

  it('is off by default: the city carries law articles through 山东 where its own links are weaker or none', () => {
    expect(COVERAGE_OPTIONS.chain.named).toBe(false);
    expect(namesDocument(g, city, law)).toBe(true);
    const rows = measureRows(g, law, city);
    expect(rows.filter((r) => r.implementedBy?.via).length).toBeGreaterThan(0);
    expect(rows).toEqual(measureRows(g, law, city, undefined, undefined, before));
  });

  it('on, the city that names the law is read by its own links only: every row is its direct links\' verdict', () => {
    const rows = measureRows(g, law, city, undefined, undefined, named);
    const own = direct();
    expect(rows.some((r) => r.implementedBy?.via)).toBe(false);
    for (const r of rows) expect(r.status).toBe(own.get(r.id) ?? (r.status === 'not applicable' ? 'not applicable' : 'gap'));
    // Rows the chain carried turn to the direct reading; a row whose best was direct keeps it (its count of implementers
    // loses the chain's).
    const old = measureRows(g, law, city);
    expect(old.filter((r, i) => r.implementedBy?.via && rows[i].status !== r.status).length).toBeGreaterThan(0);
    for (const [i, r] of old.entries()) if (!r.implementedBy?.via) expect([rows[i].status, rows[i].implementedBy]).toEqual([r.status, r.implementedBy]);
  });

  it('on, a city that does not name the law keeps its chain (its CITES edges to the law dropped)', () => {
    const docOf = new Map(snapshot.nodes.map((n) => [n.key, (n.attributes as { docId?: string }).docId ?? n.key]));
    const g2 = graphFromSnapshot({ ...snapshot, edges: snapshot.edges.filter((e) => !(e.attributes.type === 'CITES' && docOf.get(e.source) === city && e.target === law)) });
    expect(namesDocument(g2, city, law)).toBe(false);
    expect(measureRows(g2, law, city, undefined, undefined, named)).toEqual(measureRows(g2, law, city, undefined, undefined, before));
  });

  it('the Cypher queries\' chain verdicts (neo4j/derived-chain.ts) leave out the law for the city under the same option', () => {
    const attrs = new Map(snapshot.nodes.map((n) => [n.key, n.attributes as unknown as Record<string, unknown>]));
    const docOf = (m: string) => attrs.get(m)?.docId as string | undefined;
    const verdicts = new Map<string, Map<string, boolean>>();
    for (const e of snapshot.edges) {
      if (e.attributes.type !== 'IMPLEMENTS') continue;
      const d = docOf(e.source)!;
      const m = verdicts.get(d) ?? verdicts.set(d, new Map()).get(d)!;
      m.set(e.target, m.get(e.target) === true || e.attributes.verdict !== 'partial');
    }
    const lawMeasures = (v: Map<string, Map<string, boolean>>) => [...(v.get(city)?.keys() ?? [])].filter((m) => docOf(m) === law);
    const viaRows = measureRows(g, law, city).filter((r) => r.implementedBy?.via).map((r) => r.id);
    const off = lawMeasures(chainVerdicts(attrs, snapshot.edges, verdicts));
    for (const id of viaRows) expect(off).toContain(id);
    expect(lawMeasures(chainVerdicts(attrs, snapshot.edges, verdicts, true))).toEqual([]);
  });
});
