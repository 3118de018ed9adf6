// Session 62 (helper police2, issue 13): options.titleTerm.act (ingest/link/title-term.ts holdsAsAct). The one article of the
// law holding a department rule's title term is taken only when it holds the term in an operative clause (a modal to the
// clause's end), not when the term sits in a framing clause that names the whole field (交通警察调查处理…违法行为…，有下列情形之一的，
// 应当回避). Texts of my own making in the drafting forms of a 部门规章 and a law.
import { describe, expect, it } from 'vitest';
import { MINISTRY_TITLE_TERM, MINISTRY_TITLE_TERM_ACT, DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';
import { holdsAsAct, titleRuns, titleTermLinks, type TitleTermDoc } from '../../../ingest/link/title-term.js';

const lawWith = (holder: string): TitleTermDoc => ({
  title: '中华人民共和国河道安全法',
  level: 'central',
  genre: 'regulation',
  articles: [
    { id: 'L#第五条', text: '第五条 县级以上人民政府水行政主管部门负责本行政区域内的河道安全管理工作。' },
    { id: 'L#第三十条', text: holder },
    { id: 'L#第四十条', text: '第四十条 违反本法规定，在河道内采砂的，责令停止违法行为，没收违法所得，可以并处罚款。' },
  ],
});
const framing = '第三十条 执法人员调查处理河道采砂违规行为，有下列情形之一的，应当回避：（一）是本案的当事人；（二）与本案有利害关系。';
const operative = '第三十条 水行政主管部门应当对河道采砂违规行为进行调查处理，并及时公布处理结果。';
const rule: TitleTermDoc = {
  title: '河道采砂违规行为处理程序规定',
  level: 'national',
  genre: 'regulation',
  articles: [
    { id: 'R#第一条', text: '第一条 为了规范河道采砂违规行为的处理程序，根据《中华人民共和国河道安全法》，制定本规定。' },
    { id: 'R#第二条', text: '第二条 县级水行政主管部门负责本行政区域内的河道安全管理。' },
    { id: 'R#第三条', text: '第三条 违规行为由行为发生地的水行政主管部门管辖。' },
    { id: 'R#第四条', text: '第四条 处理决定书可以邮寄送达。' },
  ],
};
const docOf = (m: string) => m.split('#')[0];
const linked = [{ lower: 'R#第二条', higher: 'L#第五条' }];

describe('the holder’s act (titleTerm.act)', () => {
  it('finds a run inside an operative clause only', () => {
    const runs = titleRuns(rule.title, '中华人民共和国河道安全法', MINISTRY_TITLE_TERM);
    expect(runs).toContain('违规行为');
    expect(holdsAsAct(framing.replace(/\s+/g, ''), runs, MINISTRY_TITLE_TERM_ACT.act!)).toBe(false);
    expect(holdsAsAct(operative.replace(/\s+/g, ''), runs, MINISTRY_TITLE_TERM_ACT.act!)).toBe(true);
  });
  it('a holder naming the term in its framing clause links nothing with the act read, and everything without it', () => {
    const docs = new Map([['L', lawWith(framing)], ['R', rule]]);
    expect(titleTermLinks(linked, docOf, (d) => docs.get(d), MINISTRY_TITLE_TERM_ACT)).toEqual([]);
    expect(titleTermLinks(linked, docOf, (d) => docs.get(d), MINISTRY_TITLE_TERM)).toEqual([['R#第三条', 'L#第三十条'], ['R#第四条', 'L#第三十条']]);
  });
  it('a holder naming the term after its modal still takes the rule’s unlinked articles', () => {
    const docs = new Map([['L', lawWith(operative)], ['R', rule]]);
    expect(titleTermLinks(linked, docOf, (d) => docs.get(d), MINISTRY_TITLE_TERM_ACT)).toEqual([['R#第三条', 'L#第三十条'], ['R#第四条', 'L#第三十条']]);
  });
  it('is the default', () => {
    // With session 62's chapter carrier (helper ministry4) beside it: the default reads the holder's act.
    expect(DEFAULT_LINK_OPTIONS.titleTerm?.act).toBe(MINISTRY_TITLE_TERM_ACT.act);
    expect(DEFAULT_LINK_OPTIONS.titleTerm?.act).toBeTruthy();
  });
});
