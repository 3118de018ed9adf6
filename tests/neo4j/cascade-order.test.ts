// measure-cascade on a hand-built cascade of three depths (national → provincial → municipal →
// county), with a municipal measure that implements two provincial ones (two chains of the same
// depth to one measure), two provincial measures that tie on level, region and ordinal (the id
// decides) and a provincial document without a region (after the regions): the rows a user reads
// down the list, in order, and the same rows as the session-20 version of the query for pages
// that cross from one depth to the next or cut through a tie.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { measureId, nodeId, type EdgeAttributes } from '../../graph-schema/index.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import type { CypherService } from '../../neo4j/types.js';
import { buildSnapshot, link } from './fixtures.js';
import { neo4jOrSkip } from './helpers.js';
import { expectReferenceRows } from './cascade-reference.js';

const server = neo4jOrSkip();
type Level = 'national' | 'provincial' | 'municipal' | 'county';
// Documents: name, level, region, and the measures' paths; `implements`: lower measure → higher measures.
const DOCS: [string, Level, string | undefined, string[]][] = [
  ['全国实施方案', 'national', undefined, ['一']],
  ['乙省实施方案', 'provincial', '乙省', ['一', '二']],
  ['甲省实施方案', 'provincial', '甲省', ['一', '二', '三']],
  ['甲省补充方案', 'provincial', '甲省', ['一']],
  ['省级通用方案', 'provincial', undefined, ['一']],
  ['甲市实施方案', 'municipal', '甲市', ['一', '二']],
  ['乙市实施方案', 'municipal', '乙市', ['一']],
  ['甲县实施方案', 'county', '甲县', ['一']],
];
const m = (doc: string, path: string) => measureId(nodeId('Document', doc), path);
const TOP = m('全国实施方案', '一');
const IMPLEMENTS: [string, string][] = [
  [m('乙省实施方案', '一'), TOP],
  [m('乙省实施方案', '二'), TOP],
  [m('甲省实施方案', '三'), TOP],
  [m('甲省实施方案', '一'), TOP],
  [m('甲省补充方案', '一'), TOP],
  [m('省级通用方案', '一'), TOP],
  [m('甲市实施方案', '二'), m('甲省实施方案', '一')],
  [m('甲市实施方案', '二'), m('甲省实施方案', '三')],
  [m('甲市实施方案', '一'), m('甲省补充方案', '一')],
  [m('乙市实施方案', '一'), m('乙省实施方案', '二')],
  [m('甲县实施方案', '一'), m('甲市实施方案', '一')],
];
// depth 1: 6 chains; depth 2: 4 (甲市/二 twice); depth 3: 1.
const DEPTHS = [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3];

function cascadeSnapshot() {
  return buildSnapshot((g) => {
    for (const [name, level, region, paths] of DOCS) {
      const id = nodeId('Document', name);
      g.addNode(id, { type: 'Document', name, inCorpus: true, level, year: 2021, sources: [`${name}.txt`], ...(region ? { region } : {}) });
      paths.forEach((path, i) => {
        g.addNode(m(name, path), { type: 'Measure', name: `${path} 措施`, text: `${name} ${path}`, docId: id, path, ordinal: i, span: [10 * i, 10 * i + 9], kind: 'section', leaf: true });
        link(g, id, m(name, path), { type: 'HAS_MEASURE', ordinal: i });
      });
    }
    IMPLEMENTS.forEach(([lower, higher], i) => {
      const attributes: EdgeAttributes = { type: 'IMPLEMENTS', verdict: 'implements', score: 0.5 + i / 100, lagDays: 30 + i, evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: 0.5, entities: 0 } } };
      link(g, lower, higher, attributes);
    });
  });
}

server.describe('#integration measure-cascade across depths', () => {
  let driver: Driver;
  let service: CypherService;
  beforeAll(async () => {
    driver = server.driver();
    await loadSnapshot(driver, cascadeSnapshot());
    service = createCypherService(driver, { maxRows: 10_000 });
  }, 300_000);
  afterAll(() => driver?.close());

  it('lists the chains by depth, then level, region, order in the document and id', async () => {
    const all = await service.runCanned('measure-cascade', { measureId: TOP, skip: 0, limit: 100 });
    const col = (name: string) => all.rows.map((r) => r[all.columns.indexOf(name)]);
    expect(col('depth').map(Number)).toEqual(DEPTHS);
    expect(col('measureId')).toEqual([
      m('乙省实施方案', '一'), m('乙省实施方案', '二'), m('甲省实施方案', '一'), m('甲省补充方案', '一'), m('甲省实施方案', '三'), m('省级通用方案', '一'),
      m('乙市实施方案', '一'), m('甲市实施方案', '一'), m('甲市实施方案', '二'), m('甲市实施方案', '二'),
      m('甲县实施方案', '一'),
    ]);
    expect(col('total').map(Number)).toEqual(DEPTHS.map(() => DEPTHS.length));
    // The county measure's chain: 甲省补充方案/一 → TOP, 甲市/一 → 甲省补充方案/一, 甲县/一 → 甲市/一.
    expect((all.rows.at(-1)![all.columns.indexOf('lagDays')] as number[]).map(Number).sort()).toEqual([34, 38, 40]);
  });

  it('gives the rows of its session-20 version for every page, also pages that cross depths', async () => {
    for (const size of [1, 2, 3, 4, 5]) await expectReferenceRows(driver, service, TOP, DEPTHS.length, size);
  });
});
