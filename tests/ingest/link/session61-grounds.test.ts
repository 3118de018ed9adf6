// Session 61 (helper grounds, issue 13): (1) options.citedUncarried — a citation that disapplies the articles it names
// (…下列条款的规定不适用于…：(一)示范法第二十八条…) or names them as the grounds of a procedure (以违反示范法第十三条…规定为由;
// 有违反示范法第十条…规定情形) carries nothing out; the additive 除…第X条…外 form, the sanction form 违反…第X条规定的，由… and a
// case named without 违反 still do. (2) options.chapterArticle — a chapter whose first article cites one higher article that
// leaves its 具体办法 to another text links its later articles (those linking nothing in that text) weak to it. Texts of my
// own making in the drafting forms of a 实施条例 and its law.
import { describe, expect, it } from 'vitest';
import { citingDoc } from './citing-doc.js';
import { articleCitations } from '../../../ingest/link/cite.js';
import { CHAPTER_ARTICLE, UNCARRIED_CITATIONS } from '../../../ingest/link/options.js';
import { chapterArticleLinks, chapterPlace } from '../../../ingest/link/chapter-article.js';

const doc = citingDoc;

const regulation = doc('中华人民共和国示范法实施条例', [
  '第一条 根据《中华人民共和国示范法》(以下简称示范法)，制定本条例。',
  '第二条 示范法和本条例下列条款的规定不适用于办理国际注册相关事宜：\n(一)示范法第二十八条、第三十五条第一款关于审查期限的规定；\n(二)示范法第四十二条关于共同申请的规定。',
  '第三条 提出异议的，应当提交下列材料：\n(一)异议申请书；\n(二)以违反示范法第十三条、第十五条规定为由提出异议的，在先权利人的证明。',
  '第四条 复审中发现申请注册的标志有违反示范法第十条、第十二条规定情形的，可以依据上述条款作出驳回决定。',
  '第五条 除示范法第十条规定的事项外，申请人还可以申请下列事项。',
  '第六条 违反示范法第四十三条第二款规定的，由主管部门责令限期改正。',
  '第七条 有示范法第四十九条规定的连续三年不使用情形的，任何单位可以申请撤销。',
  '第八条 示范法第十六条的规定不适用于本条例第九条所列事项。',
]);

describe('citations that do not carry out the articles they name (options.citedUncarried)', () => {
  const read = (forms: typeof UNCARRIED_CITATIONS | null) =>
    articleCitations([regulation], false, forms).map((c) => `${c.path}:${c.articles.join(',')}${c.uncarried ? ` ${c.uncarried}` : ''}`);
  it('marks the disapplied items, the disapplying clause and the grounds, and nothing else', () => {
    expect(read(UNCARRIED_CITATIONS)).toEqual([
      '第二条:28,35 disapplied',
      '第二条:42 disapplied',
      '第三条:13,15 grounds',
      '第四条:10,12 grounds',
      '第五条:10',
      '第六条:43',
      '第七条:49',
      '第八条:16 disapplied',
    ]);
  });
  it('marks nothing when off', () => {
    expect(read(null).some((c) => / (?:disapplied|grounds)$/.test(c))).toBe(false);
  });
});

describe('a chapter that sets out one delegating article (options.chapterArticle)', () => {
  const L = 'doc:示范法实施条例@2014';
  const H = 'doc:示范法@2019';
  const text: Record<string, string> = {
    [`${H}#第一章/第二十一条`]: '第二十一条 国际注册遵循有关国际条约确立的制度，具体办法由国务院规定。',
    [`${H}#第一章/第五条`]: '第五条 申请人应当依法申请注册。',
  };
  const articles = [`${L}#第五章/第三十四条`, `${L}#第五章/第三十五条`, `${L}#第五章/第三十六条`, `${L}#第五章/第三十七条`, `${L}#第六章/第三十八条`, `${L}#第六章/第三十九条`];
  const docOf = (m: string) => m.split('#')[0];
  it('reads the chapter and the article of a path', () => {
    expect(chapterPlace(`${L}#第五章/第三十四条`)).toEqual({ chapter: `${L}#第五章`, article: 34 });
    expect(chapterPlace(`${L}#第三十四条`)).toBeUndefined();
  });
  it("links the chapter's later articles that link nothing in the higher text, not another chapter's", () => {
    const links = [
      { lower: `${L}#第五章/第三十四条`, higher: `${H}#第一章/第二十一条`, citedArticle: true },
      { lower: `${L}#第五章/第三十六条`, higher: `${H}#第一章/第五条` },
      { lower: `${L}#第六章/第三十八条`, higher: `${H}#第一章/第五条`, citedArticle: true },
    ];
    expect(chapterArticleLinks(links, articles, (m) => text[m], docOf, CHAPTER_ARTICLE)).toEqual([
      [`${L}#第五章/第三十五条`, `${H}#第一章/第二十一条`],
      [`${L}#第五章/第三十七条`, `${H}#第一章/第二十一条`],
    ]);
  });
  it('adds nothing when the cited article delegates nothing, or when the first article cites two', () => {
    const none = [{ lower: `${L}#第六章/第三十八条`, higher: `${H}#第一章/第五条`, citedArticle: true }];
    expect(chapterArticleLinks(none, articles, (m) => text[m], docOf, CHAPTER_ARTICLE)).toEqual([]);
    const two = [
      { lower: `${L}#第五章/第三十四条`, higher: `${H}#第一章/第二十一条`, citedArticle: true },
      { lower: `${L}#第五章/第三十四条`, higher: `${H}#第一章/第五条`, citedArticle: true },
    ];
    expect(chapterArticleLinks(two, articles, (m) => text[m], docOf, CHAPTER_ARTICLE)).toEqual([]);
  });
});
