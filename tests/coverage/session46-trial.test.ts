// Session 46 trial (促进科技成果转化法 and five provinces, tests/real/techtransfer-trial): 浙江省促进科技成果转化条例's
// text in the mirror is its 2021-09-29 amendment (关于修改《浙江省促进科技成果转化条例》等七件地方性法规的决定); the text
// that carried the 2015 law out is its 2017-03-30 revision. The lag ran to the amendment (2,223 days, 浙江 last of
// five); it now runs to the lower text's earliest version on or after the higher text (579 days), in the linker,
// the coverage module (report, server, page) and the explorer's evidence.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { carriedOutOn, lag } from '../../ingest/link/lag.js';
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
