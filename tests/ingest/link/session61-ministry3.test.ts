// Session 61 (helper ministry3, issue 13): two readings of the ministry-rule genre. (1) options.citedBareTitles: a text the
// rule cites once in 《》 is named again by its bare title, or without 中华人民共和国 (…依照食品安全法第一百三十三条第一款的规定
// 进行处理): a citation of the articles after it. (2) options.titleTerm.heading: an unlinked article of a chapter whose heading
// term one article of the law holds as the act of a clause (…进行监督检查：) links weak to it. Texts of my own making in
// the drafting forms of a 部门规章 and a law.
import { describe, expect, it } from 'vitest';
import { citingDoc } from './citing-doc.js';
import { articleCitations, bareNames } from '../../../ingest/link/cite.js';
import { MINISTRY_HEADING_TERM, MINISTRY_TITLE_TERM } from '../../../ingest/link/options.js';
import { headingOf, titleTermLinks, type TitleTermDoc } from '../../../ingest/link/title-term.js';

const doc = citingDoc;

const rule = doc('示范检查办法', [
  '第一条 为了规范示范检查，根据《中华人民共和国示范法》及其实施条例，制定本办法。',
  '第二条 拒绝检查的，依照示范法第十二条第一款的规定处理。',
  '第三条 标签存在中华人民共和国示范法第九条第二款规定的瑕疵的，责令改正。',
  '第四条 有示范法实施条例第六条规定情形的，从严处理。',
  '第五条 依照示范法的规定，制定检查计划。',
]);

describe('citations by the bare title of a text cited in 《》 (options.citedBareTitles)', () => {
  const read = (bare: boolean) => articleCitations([rule], bare).map((c) => `${c.path}:${c.articles.join(',')}${c.parts ? `/parts ${c.parts.join(',')}` : ''}`);
  it('reads the title without its marks and without 中华人民共和国, with the paragraph or item as a part', () => {
    expect(read(true).sort()).toEqual(['第三条:9/parts 9', '第二条:12'].sort());
  });
  it('reads nothing of the kind when off, nor a longer title that begins with the name (示范法实施条例第六条), nor a name with no article', () => {
    expect(read(false)).toEqual([]);
  });
  it('gives the two names of a national law, one of a title without 中华人民共和国', () => {
    expect(bareNames('中华人民共和国食品安全法')).toEqual(['中华人民共和国食品安全法', '食品安全法']);
    expect(bareNames('化妆品监督管理条例')).toEqual(['化妆品监督管理条例']);
  });
});

const law: TitleTermDoc = {
  title: '中华人民共和国示范法',
  level: 'central',
  genre: 'regulation',
  articles: [
    { id: 'L#第八条', text: '第八条 示范主管部门应当建立经营者信用档案，记录日常监督检查结果、违法行为查处等情况。' },
    { id: 'L#第九条', text: '第九条 示范主管部门履行监督管理职责，有权采取下列措施，对经营者遵守本法的情况进行监督检查：（一）进入现场检查；（二）查阅资料。' },
    { id: 'L#第十条', text: '第十条 经营者应当建立进货查验记录制度。' },
    { id: 'L#第十二条', text: '第十二条 拒绝、阻挠监督检查的，责令停产停业，并处罚款。' },
  ],
};
const lower: TitleTermDoc = {
  title: '示范经营检查办法',
  level: 'national',
  genre: 'regulation',
  headings: { 第一章: '总则', 第二章: '监督检查要点', 第三章: '监督检查程序', 第四章: '法律责任' },
  articles: [
    { id: 'R#第一章/第一条', text: '第一条 为了规范检查，根据《中华人民共和国示范法》，制定本办法。' },
    { id: 'R#第二章/第二条', text: '第二条 检查要点应当包括进货查验、场所环境等情况。' },
    { id: 'R#第二章/第三条', text: '第三条 进货查验记录应当完整。' },
    { id: 'R#第三章/第四条', text: '第四条 检查人员应当出示执法证件。' },
    { id: 'R#第四章/第五条', text: '第五条 违反本办法第四条的，处五千元以下罚款。' },
  ],
};
const docOf = (m: string) => m.split('#')[0];
const rules = { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_TERM };

describe('the heading term of a department’s rule (options.titleTerm.heading)', () => {
  const at = (l: TitleTermDoc) => (d: string) => (d === 'L' ? law : l);
  it('reads the heading of the chapter an article sits in', () => {
    expect(headingOf('R#第二章/第二条', lower.headings)).toBe('监督检查要点');
    expect(headingOf('R#第二条', lower.headings)).toBeUndefined();
  });
  it('links the unlinked articles of a chapter to the one article holding its heading term as a clause’s act, not the linked one, the sanction or the basis article', () => {
    const links = [{ lower: 'R#第二章/第三条', higher: 'L#第十条' }];
    expect(titleTermLinks(links, docOf, at(lower), rules)).toEqual([['R#第二章/第二条', 'L#第九条'], ['R#第三章/第四条', 'L#第九条']]);
  });
  it('adds nothing with the heading reading off, or when the term is held only as a noun’s modifier', () => {
    const links = [{ lower: 'R#第二章/第三条', higher: 'L#第十条' }];
    expect(titleTermLinks(links, docOf, at(lower), MINISTRY_TITLE_TERM)).toEqual([]);
    const modifier = { ...law, articles: law.articles.filter((x) => x.id !== 'L#第九条') };
    expect(titleTermLinks(links, docOf, (d) => (d === 'L' ? modifier : lower), rules)).toEqual([]);
  });
  it('adds nothing when two articles hold the term as an act', () => {
    const two = { ...law, articles: [...law.articles, { id: 'L#第十一条', text: '第十一条 县级以上人民政府应当组织开展监督检查。' }] };
    expect(titleTermLinks([{ lower: 'R#第二章/第三条', higher: 'L#第十条' }], docOf, (d) => (d === 'L' ? two : lower), rules)).toEqual([]);
  });
});

describe('the tail of another title is not the cited one (BARE_BEFORE)', () => {
  const other = doc('示范教育办法', ['第一条 根据《中华人民共和国教育法》，制定本办法。', '第二条 依照高等教育法第十条的规定执行；符合教育法第九条规定的，予以支持。']);
  it('reads 教育法第九条, not 高等教育法第十条', () => {
    expect(articleCitations([other], true).map((c) => `${c.path}:${c.articles.join(',')}`)).toEqual(['第二条:9']);
  });
});
