// The ensuring and budgeting classes (ingest/lexicon/paraphrases.txt, session 37): a provincial article that 确保 its
// funds and 列入 them in the budget meets the law's article that 保障 them and 纳入 them. Without the classes, less.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

const unit = (id: string, doc: number, text: string) => {
  const u = regulationUnit(id, doc, text);
  return { ...u, words: [...(text.match(/保障|确保|纳入|列入/g) ?? []), ...u.words] };
};
const units = [
  unit('law#第六条', 0, '第六条 县级以上人民政府应当将献血工作经费纳入本级财政预算，保障献血工作正常开展。'),
  unit('law#第九条', 0, '第九条 血站对献血者必须免费进行必要的健康检查。'),
  unit('law#第十条', 0, '第十条 医疗机构临床用血应当制定用血计划。'),
  unit('prov#第五条', 1, '第五条 市人民政府应当将所需经费列入本级财政预算，确保献血工作开展。'),
];
const score = (paraphrases: typeof DEFAULT_LINK_OPTIONS.paraphrases) =>
  linkMeasures(units, (l, h) => l === 1 && h === 0, [], linkOptions({ paraphrases, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.5, partial: 0 }, relative: 0, topK: 10, pairIdf: true } } }), true)
    .find((l) => `${l.lower}>${l.higher}` === 'prov#第五条>law#第六条')?.score ?? 0;

describe('paraphrases: ensuring and budgeting', () => {
  it('确保 meets 保障 and 列入 meets 纳入', () => {
    const all = DEFAULT_LINK_OPTIONS.paraphrases!;
    const without = { ...all, classes: all.classes.filter((c) => !c.includes('确保') && !c.includes('列入')) };
    expect(all.classes.some((c) => c.includes('保障') && c.includes('确保'))).toBe(true);
    expect(all.classes.some((c) => c.includes('纳入') && c.includes('列入'))).toBe(true);
    expect(score(all)).toBeGreaterThan(score(without));
  });
});
