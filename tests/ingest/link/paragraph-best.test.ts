// A paragraph's own best match (options.paragraphBest): a lower article of several paragraphs keeps the
// link of a short paragraph that restates a higher article, though the selection's relative cut
// (against the article's main paragraph) left it out.
import { describe, expect, it } from 'vitest';
import { linkMeasures, paragraphBest, paragraphsOf } from '../../../ingest/link/implements.js';
import { linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

const unit = regulationUnit;

const units = [
  unit('law#第三条', 0, '第三条 法律援助是政府的责任，县级以上人民政府应当采取积极措施推动法律援助工作，为法律援助提供财政支持，保障法律援助事业与经济、社会协调发展。'),
  unit('law#第七条', 0, '第七条 国家鼓励社会对法律援助活动提供捐助。'),
  unit('law#第九条', 0, '第九条 对在法律援助工作中作出突出贡献的组织和个人，有关的人民政府、司法行政部门应当给予表彰、奖励。'),
  unit('prov#第三条', 1, '第三条 法律援助是政府的责任。县级以上人民政府应当将法律援助工作纳入国民经济和社会发展规划，将法律援助经费列入同级财政预算，为法律援助提供财政支持，保障法律援助事业与经济、社会协调发展。\n鼓励社会对法律援助活动提供捐助。'),
];
const options = (paragraphBest: { genres: 'regulation'[]; min: number } | null) =>
  linkOptions({ paragraphBest, topKPerClause: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.5, partial: 0.01 }, relative: 0.8, topK: 2, pairIdf: false } } });
const linked = (o: ReturnType<typeof options>) => linkMeasures(units, (l, h) => l === 1 && h === 0, [], o).map((l) => l.higher).sort();

describe('paragraphBest', () => {
  it('finds each paragraph’s best candidate by the share of its bigrams', () => {
    const paras = paragraphsOf(units[3].text)!;
    expect(paras).toHaveLength(2);
    const cands = units.slice(0, 3).map((u) => ({ id: u.id, text: u.text }));
    expect([...paragraphBest(paras, cands, 0.6)].sort()).toEqual(['law#第七条', 'law#第三条']);
    expect(paragraphsOf('第七条 国家鼓励社会对法律援助活动提供捐助。')).toBeUndefined();
  });

  it('keeps the second paragraph’s link that the relative cut drops', () => {
    expect(linked(options(null))).toEqual(['law#第三条']);
    expect(linked(options({ genres: ['regulation'], min: 0.6 }))).toEqual(['law#第七条', 'law#第三条']);
  });

  it('asks a paragraph to find at least 0.65 of its bigrams in the higher article (session 33: 0.6 → 0.65)', () => {
    // The paragraph's 14 bigrams, 9 of them in the higher text (社会、各界 breaks 会各): a share of 0.64.
    const paras = [new Set(['社会', '会各', '各界', '界对', '对法', '法律', '律援', '援助', '助活', '活动', '动提', '提供', '供捐', '捐助'])];
    const cands = [{ id: 'law#第七条', text: '第七条 国家鼓励社会、各界对法律援助活动给予支持。' }];
    expect([...paragraphBest(paras, cands, 0.6)]).toEqual(['law#第七条']);
    expect([...paragraphBest(paras, cands, linkOptions().paragraphBest!.min)]).toEqual([]);
  });
});
