// Session 62 (helper police2, issue 13): options.penaltyArticles.open.measure (ingest/link/index.ts openArticle). A procedure
// rule's article of no group meets the law's 法律责任 articles only when it names an enforcement measure — a step of the
// enforcement those articles order — not when it sets a document's contents, a time limit or a definition. Texts of my own
// making in the drafting forms of a 部门规章's procedure articles.
import { describe, expect, it } from 'vitest';
import { openArticle } from '../../../ingest/link/index.js';
import { DEFAULT_LINK_OPTIONS, PROCEDURE_OPEN, PROCEDURE_OPEN_MEASURE } from '../../../ingest/link/options.js';

const step = '第二十五条 交通警察扣留车辆的，应当当场开具行政强制措施凭证，并告知当事人在十五日内接受处理。';
const fine = '第四十条 对行人处以 二十元 罚款的，交通警察可以当场收缴罚款。';
const contents = '第四十七条 处理通知书应当载明当事人的基本情况、车辆牌号、违法事实和接受处理的地点、时限。';
const limit = '第五十一条 检验、鉴定的期限不得超过三十日。';
const terms = '第八十一条 本规定所称“以上”“以下”，包括本数在内。';

describe('an article of no group of a procedure rule (open.measure)', () => {
  it('is open when it names an enforcement measure', () => {
    expect(openArticle(step, false, PROCEDURE_OPEN_MEASURE)).toBe(true);
    expect(openArticle(fine, false, PROCEDURE_OPEN_MEASURE)).toBe(true);
  });
  it('is not open when it names none (contents, time limits, definitions); session 61 opened them all', () => {
    for (const t of [contents, limit, terms]) {
      expect(openArticle(t, false, PROCEDURE_OPEN_MEASURE)).toBe(false);
      expect(openArticle(t, false, PROCEDURE_OPEN)).toBe(true);
    }
  });
  it('leaves the rule’s own penalty articles to `penalty`', () => {
    expect(openArticle(terms, true, PROCEDURE_OPEN_MEASURE)).toBe(true);
    expect(openArticle(terms, true, { ...PROCEDURE_OPEN_MEASURE, penalty: false })).toBe(false);
  });
  it('is the default', () => {
    expect(DEFAULT_LINK_OPTIONS.penaltyArticles!.open).toEqual(PROCEDURE_OPEN_MEASURE);
  });
});
