// Session 62 (helper ministry4, issue 13): two readings of the ministry-rule genre's chapters. (1) options.titleTerm.heading's
// remit guard: a chapter whose heading names who does the act (监督检查事权, 监督管理职责) sets out no part of it and is not
// read. (2) options.titleTerm.chapter, the chapter carrier: a chapter most of whose linking articles already link one
// higher article (a licence chapter set out of a one-article licence procedure) links its unlinked articles weak to it.
// Texts of my own making in the drafting forms of a 部门规章 and a 条例.
import { describe, expect, it } from 'vitest';
import { MINISTRY_CHAPTER_CARRIER, MINISTRY_CHAPTER_SWAP, MINISTRY_HEADING_REMIT, MINISTRY_TITLE_TERM } from '../../../ingest/link/options.js';
import { titleTermLinks, titleTermPass, type TitleTermDoc } from '../../../ingest/link/title-term.js';
import { pairMedians, pairThinLinks } from '../../../ingest/link/pair-median.js';

const docOf = (m: string) => m.split('#')[0];

const law: TitleTermDoc = {
  title: '中华人民共和国示范法',
  level: 'central',
  genre: 'regulation',
  articles: [
    { id: 'L#第八条', text: '第八条 示范主管部门应当记录日常监督检查结果。' },
    { id: 'L#第九条', text: '第九条 示范主管部门有权采取下列措施，对经营者遵守本法的情况进行监督检查：（一）进入现场检查；（二）查阅资料。' },
    { id: 'L#第十条', text: '第十条 经营者应当建立进货查验记录制度。' },
  ],
};
const lower: TitleTermDoc = {
  title: '示范经营检查办法',
  level: 'national',
  genre: 'regulation',
  headings: { 第一章: '总则', 第二章: '监督检查事权', 第三章: '监督检查程序' },
  articles: [
    { id: 'R#第一章/第一条', text: '第一条 为了规范检查，根据《中华人民共和国示范法》，制定本办法。' },
    { id: 'R#第二章/第二条', text: '第二条 省级主管部门负责本行政区域内的检查工作。' },
    { id: 'R#第二章/第三条', text: '第三条 进货查验记录应当完整。' },
    { id: 'R#第三章/第四条', text: '第四条 检查人员应当出示执法证件。' },
  ],
};

describe('the heading term’s remit guard (options.titleTerm.heading.remit)', () => {
  const at = (d: string) => (d === 'L' ? law : lower);
  const links = [{ lower: 'R#第二章/第三条', higher: 'L#第十条' }];
  it('does not read a chapter headed by who does the act; reads the chapter of its steps', () => {
    expect(titleTermLinks(links, docOf, at, { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_REMIT })).toEqual([['R#第三章/第四条', 'L#第九条']]);
  });
  it('reads both chapters without the guard', () => {
    const { remit: _r, ...plain } = MINISTRY_HEADING_REMIT;
    expect(titleTermLinks(links, docOf, at, { ...MINISTRY_TITLE_TERM, heading: plain })).toEqual([['R#第二章/第二条', 'L#第九条'], ['R#第三章/第四条', 'L#第九条']]);
  });
});

const regulation: TitleTermDoc = {
  title: '示范品监督管理条例',
  level: 'central',
  genre: 'regulation',
  articles: [
    { id: 'C#第二十条', text: '第二十条 从事示范品生产活动，应当提出申请。主管部门应当自受理申请之日起30个工作日内作出决定，发给生产许可证。' },
    { id: 'C#第二十一条', text: '第二十一条 示范品生产企业应当建立质量管理体系。' },
  ],
};
const rule: TitleTermDoc = {
  title: '示范品生产经营监督管理办法',
  level: 'national',
  genre: 'regulation',
  articles: [
    { id: 'M#第一章/第一条', text: '第一条 根据《示范品监督管理条例》，制定本办法。' },
    ...['第二条', '第三条', '第四条', '第五条', '第六条', '第七条'].map((n) => ({ id: `M#第二章/${n}`, text: `${n} 生产许可的申请、受理和决定事项。` })),
    { id: 'M#第三章/第八条', text: '第八条 生产企业应当建立质量管理体系。' },
    { id: 'M#第三章/第九条', text: '第九条 生产企业应当定期自查。' },
  ],
};

describe('the chapter carrier (options.titleTerm.chapter)', () => {
  const at = (d: string) => (d === 'C' ? regulation : rule);
  const carried = ['第二条', '第三条', '第四条', '第五条'].map((n) => ({ lower: `M#第二章/${n}`, higher: 'C#第二十条' }));
  const other = [{ lower: 'M#第三章/第八条', higher: 'C#第二十一条' }];
  it('links the unlinked articles of a chapter four of whose linking articles link one article, to it; not those of another chapter', () => {
    expect(titleTermLinks([...carried, ...other], docOf, at, { ...MINISTRY_TITLE_TERM, chapter: MINISTRY_CHAPTER_CARRIER })).toEqual([['M#第二章/第六条', 'C#第二十条'], ['M#第二章/第七条', 'C#第二十条']]);
  });
  it('adds nothing off, with three carrying articles, or when they are under half of the chapter’s linking articles', () => {
    expect(titleTermLinks([...carried, ...other], docOf, at, MINISTRY_TITLE_TERM)).toEqual([]);
    expect(titleTermLinks([...carried.slice(1), ...other], docOf, at, { ...MINISTRY_TITLE_TERM, chapter: MINISTRY_CHAPTER_CARRIER })).toEqual([]);
    const elsewhere = ['第六条', '第七条'].flatMap((n) => [{ lower: `M#第二章/${n}`, higher: 'C#第二十一条' }]);
    const more = { ...rule, articles: [...rule.articles, ...['第十条', '第十一条', '第十二条'].map((n) => ({ id: `M#第二章/${n}`, text: `${n} 其他事项。` }))] };
    const spread = [...elsewhere, ...['第十条', '第十一条', '第十二条'].map((n) => ({ lower: `M#第二章/${n}`, higher: 'C#第二十一条' }))];
    expect(titleTermLinks([...carried, ...spread], docOf, (d) => (d === 'C' ? regulation : more), { ...MINISTRY_TITLE_TERM, chapter: MINISTRY_CHAPTER_CARRIER })).toEqual([]);
  });
});

describe('the chapter carrier’s swap (options.titleTerm.chapter.swap)', () => {
  const at = (d: string) => (d === 'C' ? regulation : rule);
  const carried = ['第二条', '第三条', '第四条', '第五条'].map((n) => ({ lower: `M#第二章/${n}`, higher: 'C#第二十条', verdict: 'implements' }));
  it('an article of the chapter linking the higher text only in part, elsewhere, gives that link up for the carried article', () => {
    const links = [...carried, { lower: 'M#第二章/第六条', higher: 'C#第二十一条', verdict: 'partial' }];
    const pass = titleTermPass(links, docOf, at, { ...MINISTRY_TITLE_TERM, chapter: MINISTRY_CHAPTER_SWAP });
    expect(pass.adds).toEqual([['M#第二章/第七条', 'C#第二十条'], ['M#第二章/第六条', 'C#第二十条']]);
    expect([...pass.drops]).toEqual(['M#第二章/第六条>C#第二十一条']);
  });
  it('keeps a strong link, and swaps nothing without the swap', () => {
    const links = [...carried, { lower: 'M#第二章/第六条', higher: 'C#第二十一条', verdict: 'implements' }];
    expect([...titleTermPass(links, docOf, at, { ...MINISTRY_TITLE_TERM, chapter: MINISTRY_CHAPTER_SWAP }).drops]).toEqual([]);
    const partial = [...carried, { lower: 'M#第二章/第六条', higher: 'C#第二十一条', verdict: 'partial' }];
    const plain = titleTermPass(partial, docOf, at, { ...MINISTRY_TITLE_TERM, chapter: MINISTRY_CHAPTER_CARRIER });
    expect([...plain.drops]).toEqual([]);
    expect(plain.adds).toEqual([['M#第二章/第七条', 'C#第二十条']]);
  });
});

describe('the pair median over the scored links (options.clauseCover.pair.scored)', () => {
  const pairOf = (m: string) => m.split('#')[0];
  const links = [
    { lower: 'p#1', higher: 'L#1', score: 0.5, verdict: 'implements' },
    { lower: 'p#2', higher: 'L#2', score: 0.4, verdict: 'implements' },
    { lower: 'p#3', higher: 'L#3', score: 0, verdict: 'partial' },
    { lower: 'p#4', higher: 'L#3', score: 0, verdict: 'partial' },
  ];
  it('leaves a rule’s score-0 links out of the median only when asked', () => {
    expect(pairMedians(links, pairOf)).toEqual(new Map([['p\nL', 0.4]]));
    expect(pairMedians(links, pairOf, true)).toEqual(new Map([['p\nL', 0.5]]));
    expect([...pairThinLinks(links, pairOf, () => true, { median: 0.45 })]).toEqual([]);
    expect([...pairThinLinks(links, pairOf, () => true, { median: 0.45, scored: true })]).toEqual([0, 1]);
  });
});
