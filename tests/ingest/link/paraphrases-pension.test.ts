// The pension class (ingest/lexicon/paraphrases.txt, session 33): a provincial article that gives teachers their 养老金
// meets the law's article on the 退休 treatment whose older drafting calls it 退休金. Without the class, less.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

// The words a segmenter gives (养老金, 退休金 are words of jieba's dictionary) beside the bigrams: three-character words
// meet only as words.
const unit = (id: string, doc: number, text: string) => {
  const u = regulationUnit(id, doc, text);
  return { ...u, words: [...(text.match(/养老金|退休金/g) ?? []), ...u.words] };
};
const units = [
  unit('law#第三十条', 0, '第三十条 教师退休或者退职后，享受国家规定的退休或者退职待遇。\n县级以上地方人民政府可以适当提高长期从事教育教学工作的中小学退休教师的退休金比例。'),
  unit('law#第二十九条', 0, '第二十九条 教师的医疗同当地国家公务员享受同等的待遇；定期对教师进行身体健康检查，并因地制宜安排教师进行休养。'),
  unit('law#第二十五条', 0, '第二十五条 教师的平均工资水平应当不低于或者高于国家公务员的平均工资水平，并逐步提高。'),
  unit('prov#第十九条', 1, '第十九条 教师依法享受养老金待遇。各级人民政府应当按时足额发放教师养老金。\n教龄满三十年在学校退休的中小学教师应当享受养老金优惠待遇。'),
];
const score = (paraphrases: typeof DEFAULT_LINK_OPTIONS.paraphrases) =>
  linkMeasures(units, (l, h) => l === 1 && h === 0, [], linkOptions({ paraphrases, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.5, partial: 0 }, relative: 0, topK: 10, pairIdf: true } } }), true)
    .find((l) => `${l.lower}>${l.higher}` === 'prov#第十九条>law#第三十条')?.score ?? 0;

describe('paraphrases: the pension', () => {
  it('养老金 meets the law’s 退休金', () => {
    const all = DEFAULT_LINK_OPTIONS.paraphrases!;
    const without = { ...all, classes: all.classes.filter((c) => !c.includes('养老金')) };
    expect(all.classes.some((c) => c.includes('养老金') && c.includes('退休金'))).toBe(true);
    expect(score(all)).toBeGreaterThan(score(without));
  });
});
