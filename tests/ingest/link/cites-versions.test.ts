// Citations of a law the corpus holds only in a later revision resolve as IMPLEMENTS does (rules.ts `laterVersion`):
// a province's 1995 办法 citing 《中华人民共和国农业技术推广法》 cites the 1993 text in force then; the corpus holds its
// 2012 revision, so the CITES edge goes to that text (not to a second, cited-only node of the same title), its lag
// counted from the 1993 adoption. Session 23 qa walk on 安全生产/道路交通安全: 21 regulations cited a copy of the
// law while their IMPLEMENTS went to the corpus text, and the cascade listed the title twice.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../graph-schema/index.js';
import { citedVersion, type VersionIndex } from '../../../ingest/snapshot/build.js';
import { ingestTexts } from './ingest-texts.js';
import { LAW_1993, LAW_2012, province as provinceText } from './versions-texts.js';

const TITLE = '中华人民共和国农业技术推广法';
/** The province's 办法 of versions-texts.ts, its first article naming the law it carries out. */
const province = (name: string, date: string) =>
  provinceText(name, date).replace('第一条　', `第一条　根据《${TITLE}》，结合本省实际，制定本办法。`);

function citesOf(snapshot: Snapshot) {
  const docs = new Map(snapshot.nodes.filter((n) => n.attributes.type === 'Document').map((n) => [n.key, n.attributes as { name: string; issuedOn?: string; inCorpus: boolean }]));
  const lawNodes = [...docs.values()].filter((d) => d.name === TITLE);
  const cites = snapshot.edges
    .filter((e) => e.attributes.type === 'CITES' && docs.has(e.source) && docs.get(e.target)?.name === TITLE)
    .map((e) => ({ from: docs.get(e.source)!, to: docs.get(e.target)!, lagDays: (e.attributes as { lagDays?: number }).lagDays }));
  return { lawNodes, cites };
}

describe('a citation of a law whose corpus text is a later revision', () => {
  let onlyCurrent: ReturnType<typeof citesOf>;
  let bothTexts: ReturnType<typeof citesOf>;
  beforeAll(async () => {
    onlyCurrent = citesOf(await ingestTexts({ 'law.txt': LAW_2012, 'henan.txt': province('河南省', '1995年6月8日'), 'zhejiang.txt': province('浙江省', '2015年9月24日') }));
    bothTexts = citesOf(await ingestTexts({ 'law-1993.txt': LAW_1993, 'law-2012.txt': LAW_2012, 'henan.txt': province('河南省', '1995年6月8日') }));
  }, 120_000);

  it('goes to the corpus text, with one node for the title, the lag from the text in force', () => {
    expect(onlyCurrent.lawNodes).toHaveLength(1);
    expect(onlyCurrent.lawNodes[0].inCorpus).toBe(true);
    const henan = onlyCurrent.cites.filter((c) => c.from.name.startsWith('河南省'));
    expect(henan.length).toBe(1);
    expect(henan[0].to.issuedOn).toBe('2012-08-31');
    expect(henan[0].lagDays).toBe(706); // 1993-07-02 → 1995-06-08
    const zhejiang = onlyCurrent.cites.filter((c) => c.from.name.startsWith('浙江省'));
    expect(zhejiang[0].lagDays).toBe(1119); // 2012-08-31 → 2015-09-24
  });

  it('still goes to the text in force when the corpus holds it', () => {
    expect(bothTexts.lawNodes.every((d) => d.inCorpus)).toBe(true);
    expect(bothTexts.cites.map((c) => c.to.issuedOn)).toEqual(['1993-07-02']);
  });
});

describe('citedVersion', () => {
  const index: VersionIndex = new Map([
    ['法', [{ id: 'doc:法@2021-06-10', when: { date: '2021-06-10' }, history: ['2002-06-29', '2014-08-31'] }]],
    ['方案', [{ id: 'doc:方案@2022-01-01', when: { date: '2022-01-01' } }, { id: 'doc:方案@2023-01-01', when: { date: '2023-01-01' } }]],
  ]);
  it('gives the later text and the version in force when the text cited predates the corpus text', () => {
    expect(citedVersion(index, '法', { date: '2016-03-01' })).toEqual({ id: 'doc:法@2021-06-10', since: { date: '2014-08-31' } });
    expect(citedVersion(index, '法', { year: 2010 })).toEqual({ id: 'doc:法@2021-06-10', since: { date: '2002-06-29' } });
  });
  it('gives a cited-only node when the citing document predates the first adoption or every version of a plan', () => {
    expect(citedVersion(index, '法', { date: '2001-01-01' })).toEqual({ id: 'doc:法' });
    expect(citedVersion(index, '方案', { date: '2021-05-01' })?.id).not.toMatch(/@/);
  });
  it('gives the version in force, and nothing for a title outside the corpus', () => {
    expect(citedVersion(index, '法', { date: '2022-01-01' })).toEqual({ id: 'doc:法@2021-06-10' });
    expect(citedVersion(index, '方案', { date: '2022-06-01' })).toEqual({ id: 'doc:方案@2022-01-01' });
    expect(citedVersion(index, '无', { date: '2022-06-01' })).toBeUndefined();
  });
});
