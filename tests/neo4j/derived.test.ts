// The aggregates the loader writes for the canned queries (neo4j/derived.ts): computed from the
// snapshot, part of each row's hash (an unchanged snapshot writes nothing; a changed link rewrites
// the nodes whose figures it changes), and equal to what the snapshot says.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { DERIVED_PROPERTIES, derivedProperties, lowerMedianIndex } from '../../neo4j/derived.js';
import { readCypher } from '../../neo4j/cypher-files.js';
import { planLoad } from '../../neo4j/load-plan.js';
import { JILIN, KEPU_CHINA, NATIONAL, smallSnapshot, CITED } from './fixtures.js';

const rowOf = (snapshot: Snapshot, id: string) => planLoad(snapshot).nodes.flatMap((n) => n.rows).find((r) => r.id === id)!;

/** The fixture with lags on its two IMPLEMENTS links (the second one years-only). */
function withLags(first: number, second: number): Snapshot {
  const s = structuredClone(smallSnapshot());
  const links = s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS');
  Object.assign(links[0].attributes, { lagDays: first });
  Object.assign(links[1].attributes, { lagDays: second, lagApprox: true });
  return s;
}

describe('loader-kept aggregates', () => {
  it('takes the lower median as Cypher’s percentileDisc(x, 0.5) does', () => {
    expect([1, 2, 3, 4, 5, 6].map(lowerMedianIndex)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('keeps on a directive its lags per region of the implementing documents', () => {
    const d = derivedProperties(withLags(120, 365)).get(NATIONAL)!;
    // The fixture's Jilin document has a FOR_REGION link but no `region` attribute: '(no region)',
    // as the query's coalesce(d.region, '(no region)') read it.
    expect(d).toMatchObject({
      lagRegion: ['(no region)'], lagMedianDays: [120], lagMinDays: [120], lagMaxDays: [365], lagLinks: [2], lagApprox: [true],
      lagDocument: [JILIN.replace(/^doc:/, '')], lagDocumentStart: [0, 1],
    });
  });

  it('keeps on a directive its lags per province: a city’s links count with its province’s (session 38)', () => {
    const s = withLags(120, 365);
    // The Jilin document as a city's (长春市, PART_OF 吉林省), and a second lower document in 吉林省 itself.
    const jilin = s.nodes.find((n) => n.key === JILIN)!;
    Object.assign(jilin.attributes, { region: '长春市' });
    s.nodes.push({ key: 'region:长春市', attributes: { type: 'Region', name: '长春市', level: 'city' } });
    s.edges.push({ key: 'PART_OF:region:长春市->region:吉林省', source: 'region:长春市', target: 'region:吉林省', attributes: { type: 'PART_OF' } });
    const d = derivedProperties(s).get(NATIONAL)!;
    expect(d).toMatchObject({ lagRegion: ['长春市'], lagProvince: ['吉林省'], lagProvinceRegions: ['长春市'], lagProvinceLinks: [2] });
    // A region the regions do not place in a province (here: no Region node) stays its own row.
    Object.assign(jilin.attributes, { region: '某地' });
    expect(derivedProperties(s).get(NATIONAL)).toMatchObject({
      lagProvince: ['某地'], lagProvinceMedianDays: [120], lagProvinceMinDays: [120], lagProvinceMaxDays: [365], lagProvinceApprox: [true],
    });
  });

  it('keeps on an entity who mentions it, and on a document who cites it, oldest document first', () => {
    const derived = derivedProperties(smallSnapshot());
    // Both documents are of 2020, so by name, in code-point order as Cypher sorts: 中 (U+4E2D) before 吉 (U+5409).
    const kepu = derived.get(KEPU_CHINA)!;
    expect(kepu.mentionedBy).toEqual([`${NATIONAL}#一/2`, `${JILIN}#一/1`]);
    expect(kepu.mentionLevels).toEqual(['national', 'provincial']);
    // The cited 2006 document: the national plan's first measure, then the Jilin document itself.
    expect(derived.get(CITED)!.citedBy).toEqual([`${NATIONAL}#一`, JILIN]);
  });

  it('keeps on a lower document the higher measures it implements, and those it reaches only partially', () => {
    const s = structuredClone(smallSnapshot());
    const [strong, weak] = s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS');
    // A second, partial link to the measure the first one implements: still implemented.
    const second = structuredClone(strong);
    Object.assign(second, { key: `${strong.key}:partial`, source: `${JILIN}#一/2` });
    Object.assign(second.attributes, { verdict: 'partial' });
    s.edges.push(second);
    Object.assign(weak.attributes, { verdict: 'partial' });
    expect(derivedProperties(s).get(JILIN)).toMatchObject({ implementedMeasures: [strong.target], partialMeasures: [weak.target] });
    // The directive itself implements nothing.
    expect(derivedProperties(s).get(NATIONAL)?.implementedMeasures).toBeUndefined();
    const b = rowOf(s, JILIN);
    expect(b.hash).not.toBe(rowOf(smallSnapshot(), JILIN).hash);
  });

  it('is part of the row hash: same snapshot same hash, a changed lag rewrites the directive', () => {
    const a = rowOf(withLags(120, 365), NATIONAL);
    expect(rowOf(withLags(120, 365), NATIONAL).hash).toBe(a.hash);
    const b = rowOf(withLags(130, 365), NATIONAL);
    expect(b.hash).not.toBe(a.hash);
    expect(b.props.lagMinDays).toEqual([130]);
  });
});

describe('the grouped cascade the loader keeps (document-cascade)', () => {
  it('keeps on a directive one pair per lower document, with its links, lags and the measures it leaves out', () => {
    const national = derivedProperties(withLags(120, 365)).get(NATIONAL)!;
    // Jilin's two measures implement the plan's 一/2 and 三; of its four measures that ask something (一 is a heading
    // with items below it) it leaves out 一/1 and 二, in text order.
    // Fields: lower, higher (indexes into cascadeDocs), implements, partial, median score, links with a lag, their
    // median, min, max, years-only, carried, measured against, paths not carried (indexes into cascadePaths).
    expect(national).toMatchObject({ cascadeDocs: [JILIN, NATIONAL], cascadePaths: ['一/1', '二'] });
    expect(national.cascadePairs).toEqual([`0,1,2,0,${(0.82 + 0.41) / 2},2,242.5,120,365,true,2,4,0 1`]);
    // A link's lag changes the directive's row: a reload rewrites it.
    expect(rowOf(withLags(130, 365), NATIONAL).hash).not.toBe(rowOf(withLags(120, 365), NATIONAL).hash);
  });

  it('keeps on a cited document the pairs of the documents that cite it, joined whole, and none on a bottom one', () => {
    const derived = derivedProperties(smallSnapshot());
    // The plan and Jilin cite the 2006 document: both join whole, and Jilin's links into the plan are its pair;
    // the plan's measures carry nothing on by a link of their own, so the pair is measured against none.
    expect(derived.get(CITED)).toMatchObject({ cascadeDocs: [JILIN, NATIONAL], cascadePaths: [], cascadePairs: [`0,1,2,0,${(0.82 + 0.41) / 2},0,0,0,0,false,0,0,`] });
    expect(derived.get(JILIN)?.cascadeDocs).toBeUndefined();
  });
});

describe('node-neighbourhood and the derived properties', () => {
  it('leaves out every derived property, on the node and on its neighbours', () => {
    const cypher = readCypher('node-neighbourhood.cypher');
    for (const p of DERIVED_PROPERTIES) {
      expect(cypher.match(new RegExp(`\\b${p}: null\\b`, 'g'))?.length, p).toBe(2);
    }
  });
});
