// Paragraph-pair evidence (options.paragraphPair, session 33; session 23's feature): a lower article whose short second
// paragraph restates a one-paragraph higher article word for word, beside a long main paragraph on something else,
// scores low by the whole-article TF-IDF; the best paragraph pair (the shorter side's share of IDF-weighted bigrams)
// raises its text signal to the option's `max`.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { linkOptions } from '../../../ingest/link/options.js';
import { paragraphBigrams, paragraphPairScorer } from '../../../ingest/link/paragraph-pair.js';
import { regulationUnit } from './units.js';

const units = [
  regulationUnit('law#第七条', 0, '第七条 国家鼓励社会对法律援助活动提供捐助。'),
  regulationUnit('law#第三条', 0, '第三条 法律援助是政府的责任，县级以上人民政府应当采取积极措施推动法律援助工作，为法律援助提供财政支持。'),
  regulationUnit('law#第九条', 0, '第九条 对在法律援助工作中作出突出贡献的组织和个人，有关的人民政府、司法行政部门应当给予表彰、奖励。'),
  regulationUnit(
    'prov#第五条',
    1,
    '第五条 法律援助机构应当建立健全受理、审查、指派、办理和监督的工作制度，规范值班律师的工作场所、工作时间和服务内容，公开服务承诺，接受社会监督，定期向同级司法行政部门报告工作情况；建立案件质量评估、回访和投诉处理机制，对承办人员的服务质量进行跟踪检查，发现问题及时督促整改，并将评估结果作为发放办案补贴和年度考核的依据。\n国家鼓励社会对法律援助活动提供捐助。',
  ),
  regulationUnit('prov#第六条', 1, '第六条 司法行政部门应当对法律援助机构的工作进行检查、考核和评估，并向社会公布结果。'),
];
const allowed = (l: number, h: number) => l === 1 && h === 0;
const score = (paragraphPair: ReturnType<typeof linkOptions>['paragraphPair']) =>
  linkMeasures(units, allowed, [], linkOptions({ paragraphPair, topKPerClause: null, paragraphBest: null, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0 }, relative: 0, topK: 10, pairIdf: true } } }), true)
    .find((l) => `${l.lower}>${l.higher}` === 'prov#第五条>law#第七条')?.score ?? 0;

describe('paragraph pairs', () => {
  it('splits an article into its paragraphs’ bigrams, the label left out', () => {
    expect(paragraphBigrams(units[3].text)).toHaveLength(2);
    expect(paragraphBigrams('第七条 国家鼓励')).toHaveLength(0);
  });

  it('finds the restated paragraph whole (share 1) and an unrelated pair low', () => {
    const f = paragraphPairScorer(units);
    expect(f(3, 0)).toBeCloseTo(1, 5);
    expect(f(4, 0)).toBeLessThan(0.5);
  });

  it('raises the pair’s text signal to max × the share (0.15 by default), not without the option', () => {
    const on = linkOptions().paragraphPair;
    expect(on?.max).toBe(0.15);
    expect(score(null)).toBeLessThan(0.15);
    expect(score(on)).toBeCloseTo(0.15, 3);
  });
});
