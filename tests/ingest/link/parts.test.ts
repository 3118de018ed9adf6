// options.mainParts (session 42): the parts of a higher article's main provision (its actor, duty verbs, object, condition;
// ingest/link/parts.ts) and which of them a lower article carries. The link gold calls a link strong when the lower article
// carries the higher's main provision whole — same actor (one level down counts: 国务院卫生行政部门 ↔ 市卫生行政部门), same
// duty, same object — and weak when another actor does a part of it (tests/gold/README.md "Strong vs weak" and the
// session-41 reading). The texts are written for this test in the drafting of the 献血 and 统计 families. The rule is
// measured and left off (DEFAULT_LINK_OPTIONS.mainParts: dev verdicts +3, held-out totals -4).
import { describe, expect, it } from 'vitest';
import { withBigrams } from '../../../ingest/link/index.js';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions, MAIN_PARTS_MEASURED, MAIN_PARTS_RULE } from '../../../ingest/link/options.js';
import { mainParts, mainProvision, partsCarried } from '../../../ingest/link/parts.js';
import { paraphraseMap } from '../../../ingest/link/implements.js';

const flat = () => 1;

describe('mainParts: the parts of the main provision', () => {
  it('takes the first paragraph as the main provision', () => {
    expect(mainProvision('第十条 县级以上人民政府卫生行政部门应当建立献血者健康档案。\n\n新闻媒体应当开展无偿献血的宣传。')).toBe('县级以上人民政府卫生行政部门应当建立献血者健康档案。');
  });
  it('reads the actor with its level words dropped (the same actor one level down)', () => {
    expect(mainParts('第四条 县级以上地方各级人民政府卫生行政部门监督管理本行政区域的献血工作。', MAIN_PARTS_RULE).actors).toEqual(['卫生行政部门']);
    expect(mainParts('第九条 国务院统计机构和县级以上人民政府有关部门应当依法公开统计资料。', MAIN_PARTS_RULE).actors).toEqual(['统计机构', '有关部门']);
  });
  it('ends the actor at a preposition and skips a condition clause before it', () => {
    expect(mainParts('第九条 血站对献血者必须免费进行必要的健康检查。', MAIN_PARTS_RULE).actors).toEqual(['血站']);
    const p = mainParts('第十二条 发现统计数据严重失实的，县级以上人民政府统计机构应当及时调查核实。', MAIN_PARTS_RULE);
    expect(p.condition).toBe('发现统计数据严重失实的，');
    expect(p.actors).toEqual(['统计机构']);
  });
  it('passes over an adverbial or condition segment to the subject before it, and reads the actor from the first sentence only', () => {
    expect(mainParts('第八条 教育、文化等部门，在各自职责范围内负责国防教育工作。', MAIN_PARTS_RULE).actors).toEqual(['教育', '文化等部门']);
    expect(mainParts('第十条 公民对下列事项，因经济困难没有委托代理人的，可以向法律援助机构申请法律援助。', MAIN_PARTS_RULE).actors).toEqual(['公民']);
    expect(mainParts('第八条 血站是采集、提供临床用血的机构。设立血站必须经卫生行政部门批准。', MAIN_PARTS_RULE).actors).toEqual([]);
  });
  it('does not take a modal inside a noun (主管部门, 负责人) for the duty', () => {
    expect(mainParts('第十四条 收费标准由卫生行政部门会同价格主管部门制定。', MAIN_PARTS_RULE).duties).toEqual([]);
  });
  it('names no actor for anyone at all (任何单位和个人不得…)', () => {
    expect(mainParts('第二十八条 任何单位、个人不得损坏、挪用消防设施。', MAIN_PARTS_RULE).actors).toEqual([]);
  });
  it('names no actor for the state as a whole (国家鼓励…)', () => {
    expect(mainParts('第七条 国家鼓励国家工作人员、现役军人和高等学校在校学生率先献血。', MAIN_PARTS_RULE).actors).toEqual([]);
  });
  it('reads the duty verb after the modal, adverbs skipped, and a verb-like modal as its own duty', () => {
    expect(mainParts('第九条 统计机构应当依法公开统计资料。', MAIN_PARTS_RULE).duties).toEqual(['公开']);
    expect(mainParts('第四条 卫生行政部门负责本行政区域的献血工作。', MAIN_PARTS_RULE).duties).toEqual(['负责']);
  });
  it('reads the object after the duty verb', () => {
    const p = mainParts('第九条 统计机构应当依法公开统计资料。', MAIN_PARTS_RULE);
    expect([...p.object].sort()).toEqual(['统计', '计资', '资料'].sort());
  });
});

describe('partsCarried: what the lower article carries', () => {
  const law = mainParts('第九条 国务院统计机构应当依法公开统计资料。', MAIN_PARTS_RULE);
  it('finds the same actor one level down, and misses another actor', () => {
    expect(partsCarried('第十条 省统计机构应当定期公开统计资料。', law, flat).actor).toBe(true);
    expect(partsCarried('第十条 新闻媒体应当宣传统计工作。', law, flat).actor).toBe(false);
  });
  it('finds the duty by its verb or a paraphrase of it (公开 | 公布)', () => {
    expect(partsCarried('第十条 省统计机构应当定期公布统计资料。', law, flat, (w: string) => paraphraseMap(DEFAULT_LINK_OPTIONS.paraphrases!.classes).get(w) ?? w).duty).toBe(true);
    expect(partsCarried('第十条 省统计机构应当定期公布统计资料。', law, flat).duty).toBe(false);
  });
  it('counts the main provision’s duties carried, each by its verb and half of its object', () => {
    const two = mainParts('第九条 国务院统计机构应当依法公开统计资料，并应当建立统计数据质量监控制度。', MAIN_PARTS_RULE);
    expect(two.clauses.map((c) => c.verb)).toEqual(['公开', '建立']);
    const c = partsCarried('第十条 省统计机构应当定期公开统计资料。', two, flat);
    expect([c.clauseCount, c.clauses]).toEqual([2, 0.5]);
  });
  it('measures the object by the share of its bigrams found', () => {
    expect(partsCarried('第十条 省统计机构应当定期公开统计资料。', law, flat).object).toBe(1);
    expect(partsCarried('第十条 省统计机构应当加强统计监督。', law, flat).object).toBeLessThan(0.5);
  });
});

describe('options.mainParts in the linker', () => {
  const law = {
    '第十条': '第十条 县级以上人民政府卫生行政部门应当建立献血者健康档案，定期向社会公布献血情况。\n\n新闻媒体应当开展无偿献血的公益宣传。',
  };
  const province = {
    '第八条': '第八条 广播、电视、报刊等新闻媒体应当经常开展无偿献血的公益宣传。',
    '第九条': '第九条 市卫生行政部门应当建立献血者健康档案，并定期向社会公布本市献血情况。',
  };
  const unit = (id: string, docIndex: number, text: string): LinkUnit => ({ id, docIndex, offset: 0, text, entities: new Set(), words: withBigrams([], text, true), genre: 'regulation' });
  const units = [...Object.entries(law).map(([k, t]) => unit(`law#${k}`, 0, t)), ...Object.entries(province).map(([k, t]) => unit(`prov#${k}`, 1, t))];
  const linked = (on: boolean) =>
    linkMeasures(
      units,
      (l, h) => l === 1 && h === 0,
      [],
      linkOptions({ mainParts: on ? MAIN_PARTS_MEASURED : null, sideParagraph: null, dutyListItem: null, topKPerClause: null, paragraphBest: null, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.05, partial: 0.05 }, relative: 0.5, topK: 1, pairIdf: true } } }),
    );
  const verdict = (links: ReturnType<typeof linked>, lower: string) => links.find((l) => l.lower === lower && l.higher === 'law#第十条')?.verdict;

  it('makes partial the link of another actor carrying little of the main provision’s object, and keeps the restatement strong', () => {
    expect(verdict(linked(false), 'prov#第八条')).toBe('implements');
    const on = linked(true);
    expect(verdict(on, 'prov#第八条')).toBe('partial');
    expect(verdict(on, 'prov#第九条')).toBe('implements');
  });
  it('is off by default (measured in session 42, the held-out totals did not confirm it)', () => {
    expect(DEFAULT_LINK_OPTIONS.mainParts).toBeNull();
  });
});
