// Session 60 (helper ministry2, issue 13): options.titleTerm (ingest/link/title-term.ts). A department's rule whose title's
// subject term is held by one article of the law above it outside its sanctions: each of its articles linking nothing in the
// law (its sanctions and framing articles aside) links weak to that article. Texts of my own making in the drafting forms
// of a 部门规章 and a law; the rule's setting as measured (MINISTRY_TITLE_TERM).
import { describe, expect, it } from 'vitest';
import { MINISTRY_TITLE_TERM } from '../../../ingest/link/options.js';
import { titleRuns, titleTermLinks, type TitleTermDoc } from '../../../ingest/link/title-term.js';

const rule = MINISTRY_TITLE_TERM;
const law: TitleTermDoc = {
  title: '中华人民共和国收费法',
  level: 'central',
  genre: 'regulation',
  articles: [
    { id: 'L#第五条', text: '第五条 经营者提供服务，应当按照政府主管部门的规定公示收费项目，注明收费标准。' },
    { id: 'L#第六条', text: '第六条 经营者不得利用虚假的收费手段诱骗消费者。' },
    { id: 'L#第二十条', text: '第二十条 经营者不按照规定公示收费项目的，责令改正，没收违法所得，可以并处罚款。' },
  ],
};
const rule2: TitleTermDoc = {
  title: '收费项目公示规定',
  level: 'national',
  genre: 'regulation',
  articles: [
    { id: 'R#第一条', text: '第一条 为了规范收费行为，根据《中华人民共和国收费法》，制定本规定。' },
    { id: 'R#第二条', text: '第二条 本规定适用于经营者公示收费的行为。' },
    { id: 'R#第三条', text: '第三条 经营者应当以显著方式公示收费项目。' },
    { id: 'R#第四条', text: '第四条 经营者公示收费标准，应当使用阿拉伯数字标明人民币金额。' },
    { id: 'R#第五条', text: '第五条 收费标准发生变动时，经营者应当及时调整。' },
    { id: 'R#第六条', text: '第六条 经营者违反本规定的，由县级以上市场监督管理部门责令改正，可以处五千元以下罚款。' },
    { id: 'R#第七条', text: '第七条 本规定自2022年7月1日起施行。' },
  ],
};
const docs = new Map([['L', law], ['R', rule2]]);
const docOf = (m: string) => m.split('#')[0];
const at = (d: string) => docs.get(d);

describe('the title runs', () => {
  it('cut genre words and cited titles, keep none of the higher title', () => {
    expect(titleRuns('收费项目公示规定', '中华人民共和国收费法', rule)).toEqual(['收费项目', '费项目公', '项目公示']);
    expect(titleRuns('实施《中华人民共和国收费法》办法', '中华人民共和国收费法', rule)).toEqual([]);
    expect(titleRuns('企业职工带薪年休假实施办法', '职工带薪年休假条例', rule)).toEqual(['企业职工', '业职工带']);
  });
});

describe('a department’s rule under a law: its unlinked articles weak to the one article holding its title term', () => {
  it('links the rule’s articles that link nothing in the law, not its purpose, scope, sanction or effective date', () => {
    const links = [{ lower: 'R#第三条', higher: 'L#第五条' }];
    expect(titleTermLinks(links, docOf, at, rule)).toEqual([['R#第四条', 'L#第五条'], ['R#第五条', 'L#第五条']]);
  });
  it('reads only document pairs already linked', () => {
    expect(titleTermLinks([], docOf, at, rule)).toEqual([]);
  });
  it('reads nothing when two articles of the law outside its sanctions hold the term', () => {
    const two = { ...law, articles: [...law.articles, { id: 'L#第七条', text: '第七条 主管部门应当监督经营者公示收费项目。' }] };
    expect(titleTermLinks([{ lower: 'R#第三条', higher: 'L#第五条' }], docOf, (d) => (d === 'L' ? two : rule2), rule)).toEqual([]);
  });
  it('reads only a pair whose lower document cites the higher by its title', () => {
    const unnamed = { ...rule2, articles: rule2.articles.map((x) => ({ ...x, text: x.text.replace('根据《中华人民共和国收费法》，', '') })) };
    expect(titleTermLinks([{ lower: 'R#第三条', higher: 'L#第五条' }], docOf, (d) => (d === 'L' ? law : unnamed), rule)).toEqual([]);
  });
  it('reads only the levels named: a province’s rule under a law is not a department’s', () => {
    const province = { ...rule2, level: 'provincial' };
    expect(titleTermLinks([{ lower: 'R#第三条', higher: 'L#第五条' }], docOf, (d) => (d === 'L' ? law : province), rule)).toEqual([]);
  });
});
