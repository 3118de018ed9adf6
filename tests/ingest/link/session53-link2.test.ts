// Session 53 (helper link2): a liability article that only refers to the liability other laws set (违反本条例规定的行为，
// 法律、行政法规已经规定法律责任的，适用其规定) has the role `referral` and links nothing (options.referralForms,
// ingest/link/referral-forms.ts; on), on the real texts of the safety, techtransfer and tourism families. Measured (dev link sets,
// held-out totals): docs/history/links.md, session 53, helper link2.
import { describe, expect, it } from 'vitest';
import { referralArticle } from '../../../ingest/link/referral-forms.js';
import { DEFAULT_LINK_OPTIONS, REFERRAL_FORMS_MEASURED, articleRole } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

import { article, real } from './real-article.js';
const on = { ...DEFAULT_LINK_OPTIONS, referralForms: REFERRAL_FORMS_MEASURED };
const off = { ...DEFAULT_LINK_OPTIONS, referralForms: null };

describe('referralForms: a liability article that only refers to other laws\' liability (session 53)', () => {
  it('is on by default, as measured', () => {
    expect(DEFAULT_LINK_OPTIONS.referralForms).toEqual(REFERRAL_FORMS_MEASURED);
  });

  it('reads the 适用其规定 form and an actor\'s referral, which articleRoles\' two forms miss', () => {
    const shandongSafety = article('safety/corpus/山东省安全生产条例(2021-12-03).md', '第七十条');
    const shandongTech = article('techtransfer/corpus/山东省促进科技成果转化条例(2017-12-01).md', '第三十八条');
    const shanghaiTourism = article('tourism/corpus/上海市旅游条例(2020-05-14).md', '第六十六条');
    for (const t of [shandongSafety, shandongTech, shanghaiTourism]) {
      expect(referralArticle(t, REFERRAL_FORMS_MEASURED)).toBe(true);
      expect(articleRole(t, on)).toBe('referral');
      expect(articleRole(t, off)).toBeUndefined();
    }
  });

  it('leaves a liability article with a sanction of its own, and a referral beside one', () => {
    // 山东 第七十七条: its own fines for 第三十五条's dangerous operations.
    expect(referralArticle(article('safety/corpus/山东省安全生产条例(2021-12-03).md', '第七十七条'), REFERRAL_FORMS_MEASURED)).toBe(false);
    // 上海 第六十八条: 违反本条例第四十九条第二项规定…责令改正，并处…罚款.
    expect(referralArticle(article('tourism/corpus/上海市旅游条例(2020-05-14).md', '第六十八条'), REFERRAL_FORMS_MEASURED)).toBe(false);
    expect(referralArticle('第九条 违反本条例规定的行为，法律、行政法规已经规定法律责任的，适用其规定；未规定的，由县级以上人民政府责令改正，处一万元以下的罚款。', REFERRAL_FORMS_MEASURED)).toBe(false);
  });
});

describe('山东省安全生产条例 第七十条 links nothing with the rule (ingest of the two real texts)', () => {
  it('its links to 安全生产法\'s penalty articles go', { timeout: 240_000 }, async () => {
    const inputs = [real('safety/corpus/安全生产法(2021-06-10).md'), real('safety/corpus/山东省安全生产条例(2021-12-03).md')];
    const linksOf = async (rule: boolean) => {
      const { snapshot } = await runIngest({ inputs, lexicon: loadLexicon(), link: { referralForms: rule ? REFERRAL_FORMS_MEASURED : null } });
      return snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS' && e.source.includes('山东') && e.source.endsWith('/第七十条')).length;
    };
    expect(await linksOf(false)).toBeGreaterThan(0);
    expect(await linksOf(true)).toBe(0);
  });
});
