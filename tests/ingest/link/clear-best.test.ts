// A lower article that links to nothing keeps its clearly best candidate (options.clearBest), as a partial
// link: a provincial article in its own wording still matches one article of its law far better than any
// other; an article that matches two articles about as well keeps nothing.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

const unit = regulationUnit;

const units = [
  unit('law#第五条', 0, '第五条 直辖市、设区的市或者县级人民政府司法行政部门根据需要确定本行政区域的法律援助机构。法律援助机构负责受理、审查法律援助申请，指派或者安排人员为符合本条例规定的公民提供法律援助。'),
  unit('law#第七条', 0, '第七条 国家鼓励社会对法律援助活动提供捐助。'),
  unit('law#第九条', 0, '第九条 对在法律援助工作中作出突出贡献的组织和个人，有关的人民政府、司法行政部门应当给予表彰、奖励。'),
  unit('law#第二十八条', 0, '第二十八条 律师事务所拒绝法律援助机构的指派，不安排本所律师办理法律援助案件的，由司法行政部门给予警告、责令改正。'),
  // Its own wording of 第五条 (the agency set up by the judicial department, which organises the work).
  unit('prov#第二条', 1, '第二条 县级以上司法行政部门设立的法律援助机构，组织实施本行政区域的法律援助工作，受理申请并指派承办人员。'),
  // A law that says one thing in two articles: an article restating it matches both about as well.
  unit('law#第三十条', 0, '第三十条 国家鼓励社会对法律援助活动提供捐助和资助。'),
  unit('prov#第十条', 1, '第十条 鼓励社会为法律援助活动捐助。'),
];
const options = (clearBest: typeof DEFAULT_LINK_OPTIONS.clearBest) =>
  linkOptions({
    clearBest,
    paragraphBest: null,
    procedureStages: null,
    // The partial threshold is set above these scores: only the rule under test may link them.
    genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0.8 }, relative: 0.8, topK: 2, pairIdf: true } },
  });
const linked = (o: ReturnType<typeof options>) => linkMeasures(units, (l, h) => l === 1 && h === 0, [], o).map((l) => `${l.lower}>${l.higher}:${l.verdict}`).sort();

describe('clearBest', () => {
  it('is on by default for regulations, under the partial threshold', () => {
    const c = DEFAULT_LINK_OPTIONS.clearBest!;
    expect(c.genres).toContain('regulation');
    expect(c.min).toBeLessThan(DEFAULT_LINK_OPTIONS.genres.regulation!.thresholds!.partial!);
  });

  it('keeps the clearly best candidate of an article that links to nothing, as partial', () => {
    expect(linked(options(null))).toEqual([]);
    expect(linked(options({ genres: ['regulation'], min: 0.05, ratio: 1.5 }))).toEqual(['prov#第二条>law#第五条:partial']);
  });

  it('keeps nothing when no candidate reaches the minimum', () => {
    expect(linked(options({ genres: ['regulation'], min: 0.79, ratio: 1.5 }))).toEqual([]);
  });
});
