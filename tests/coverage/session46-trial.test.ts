// Session 46 trial (促进科技成果转化法 and five provinces, tests/real/techtransfer-trial): 浙江省促进科技成果转化条例's
// text in the mirror is its 2021-09-29 amendment (关于修改《浙江省促进科技成果转化条例》等七件地方性法规的决定); the text
// that carried the 2015 law out is its 2017-03-30 revision. The lag ran to the amendment (2,223 days, 浙江 last of
// five); it now runs to the lower text's earliest version on or after the higher text (579 days), in the linker,
// the coverage module (report, server, page) and the explorer's evidence.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { carriedOutOn, lag, ownVersions } from '../../ingest/link/lag.js';
import { docLag, pairCoverage } from '../../coverage/index.js';
import type { CoverageGraph } from '../../coverage/graph.js';
import { lagUntil } from '../../web/src/graph/later-version.js';

const LAW = { issuedOn: '2015-08-29', adoptedOn: '1996-05-15', versionsOn: ['1996-05-15'] };
// 浙江's history lines: 2004-01-16 通过, 2017-03-30 修订, 2021-09-29 修正.
const ZHEJIANG = { issuedOn: '2021-09-29', ownVersionsOn: ['2004-01-16', '2017-03-30', '2021-09-29'] };

describe('lag to the lower text that carried the higher one out', () => {
  it('runs to the earliest version of the lower text on or after the higher text, not to a later amendment', () => {
    expect(lag(ZHEJIANG, LAW)).toEqual({ lagDays: 579 });
    expect(carriedOutOn(ZHEJIANG, '2015-08-29')).toBe('2017-03-30');
  });
  it('keeps the lower document’s own date when no earlier version follows the higher text', () => {
    // 山东 2017-12-01 (2001 通过, 2017 修订): the revision is its own date.
    expect(lag({ issuedOn: '2017-12-01', ownVersionsOn: ['2001-10-28', '2017-12-01'] }, LAW)).toEqual({ lagDays: 825 });
    expect(lag({ issuedOn: '2017-12-01' }, LAW)).toEqual({ lagDays: 825 });
  });
  it('dates a version approved by a higher congress by its approval, one text (淄博市节约能源条例: 修正 2020-08-27, 批准 2020-09-25)', () => {
    const zibo = [
      { date: '2013-10-24', action: 'adopted' },
      { date: '2013-11-29', action: 'approved' },
      { date: '2020-08-27', action: 'amended' },
      { date: '2020-09-25', action: 'approved' },
    ];
    expect(ownVersions(zibo, '2020-09-25')).toEqual(['2013-11-29', '2020-09-25']);
    // Under the 节约能源法's 2018-10-26 text: 700 days to the approval, as before this session, not 671 to the city's vote.
    expect(lag({ issuedOn: '2020-09-25', ownVersionsOn: ownVersions(zibo, '2020-09-25') }, { issuedOn: '2018-10-26' })).toEqual({ lagDays: 700 });
  });
  it('keeps approx semantics: years × 365 when a full date is missing', () => {
    expect(lag({ year: 2021, ownVersionsOn: ['2017-03-30'] }, { year: 2015 })).toEqual({ lagDays: 6 * 365, lagApprox: true });
  });
});

function graph(): CoverageGraph {
  const g = new Graph.MultiDirectedGraph() as unknown as CoverageGraph;
  const doc = (id: string, a: object) => g.addNode(id, { type: 'Document', name: id, ...a } as never);
  doc('doc:law', { issuedOn: '2015-08-29', level: 'central', history: [{ date: '1996-05-15', action: 'adopted' }, { date: '2015-08-29', action: 'amended' }] });
  doc('doc:zj', {
    issuedOn: '2021-09-29',
    level: 'provincial',
    history: [{ date: '2004-01-16', action: 'adopted' }, { date: '2017-03-30', action: 'revised' }, { date: '2021-09-29', action: 'amended' }],
  });
  return g;
}

describe('docLag and the pair summary (report, server, page)', () => {
  it('gives the same 579 days as the linker and names the lower text it runs to', () => {
    expect(docLag(graph(), 'doc:zj', 'doc:law')).toEqual({ lagDays: 579, since: '2015-08-29', until: '2017-03-30' });
    expect(pairCoverage(graph(), 'doc:law', 'doc:zj').summary.lagTo).toBe('2017-03-30');
  });
  it('the explorer’s evidence names the same version', () => {
    const zj = { issuedOn: '2021-09-29', history: [{ date: '2004-01-16' }, { date: '2017-03-30' }, { date: '2021-09-29' }] };
    expect(lagUntil(zj, '2015-08-29')).toBe('2017-03-30');
    expect(lagUntil({ issuedOn: '2017-12-01', history: [{ date: '2001-10-28' }, { date: '2017-12-01' }] }, '2015-08-29')).toBeUndefined();
  });
});

// Entities carried under a narrower or region-prefixed form (coverage/carried.ts), on the trial's sentences.
import { carriedNames, carriedOccurrences } from '../../coverage/carried.js';
import { entityRows, GROUP_TYPES, PROGRAMME_TYPES } from '../../coverage/index.js';
import { addCarries } from '../../ingest/snapshot/carries.js';

describe('an entity carried under a narrower or region-prefixed form', () => {
  it('reads a modifier or a region before the same head as the entity carried', () => {
    // 山东 第四十四条, 河南 第四十五条.
    expect(carriedOccurrences('本条例所称完成、转化职务科技成果做出重要贡献的人员，包括职务科技成果完成人和为科技成果转化做出重要贡献的科技人员。', '科技成果完成人')).toBe(1);
    expect(carriedOccurrences('职工不得将职务科技成果擅自转让、变相转让。', '职工')).toBe(1);
    // 上海 第三十一条: 本市科技成果信息系统, read as the entity 上海市科技成果信息系统.
    expect(carriedNames(['上海市科技成果信息系统', '科技人员'], '科技成果信息系统')).toEqual(['上海市科技成果信息系统']);
  });
  it('does not read the name as the modifier of another head', () => {
    // 上海 第九条's 职工代表大会; 科技成果 before 转化 and 完成人.
    expect(carriedOccurrences('应当听取本单位科技人员的意见，并经单位职工代表大会审议。', '职工')).toBe(0);
    expect(carriedOccurrences('包括职务科技成果完成人和为科技成果转化做出重要贡献的科技人员', '科技成果')).toBe(0);
    expect(carriedNames(['科技成果信息系统建设'], '科技成果信息系统')).toEqual([]);
  });
  it('coverage reads it carried, with the form, where only the node was matched before', () => {
    const g = graph();
    const measure = (id: string, docId: string, text: string) => g.addNode(id, { type: 'Measure', name: text, text, docId, path: id, leaf: true } as never);
    const entity = (id: string, type: string, name: string) => g.addNode(id, { type, name } as never);
    const mentions = (m: string, e: string, s: number) => g.addEdge(m, e, { type: 'MENTIONS', spans: [[s, s + 2]] } as never);
    measure('m:law', 'doc:law', '国家建立、完善科技报告制度和科技成果信息系统。职工应当…');
    measure('m:zj', 'doc:zj', '本市科技成果信息系统。职工不得将职务科技成果擅自转让。');
    entity('p:sys', 'Programme', '科技成果信息系统');
    entity('p:zjsys', 'Programme', '浙江省科技成果信息系统');
    entity('g:staff', 'TargetGroup', '职工');
    mentions('m:law', 'p:sys', 0);
    mentions('m:law', 'g:staff', 20);
    mentions('m:zj', 'p:zjsys', 0);
    // Since session 47 the forms are read at ingest for the pairs coverage compares (CARRIES edges): 浙江's text cites the law.
    for (const d of ['doc:law', 'doc:zj']) g.setNodeAttribute(d, 'inCorpus' as never, true as never);
    g.addEdgeWithKey('CITES|doc:zj|doc:law', 'doc:zj', 'doc:law', { type: 'CITES', spans: [[0, 1]], via: ['title'] } as never);
    addCarries(g);
    expect(entityRows(g, 'doc:law', 'doc:zj', PROGRAMME_TYPES)).toEqual([
      expect.objectContaining({ name: '科技成果信息系统', carried: true, lowerMentions: 1, carriedAs: ['浙江省科技成果信息系统'] }),
    ]);
    expect(entityRows(g, 'doc:law', 'doc:zj', GROUP_TYPES)).toEqual([expect.objectContaining({ name: '职工', carried: true, lowerMentions: 1, carriedAs: ['职工'] })]);
  });
});
