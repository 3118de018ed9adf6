// Penalty articles (options.penaltyArticles): a law's liability articles link only to liability
// articles, and other articles never to them.
import { describe, expect, it } from 'vitest';
import { clauseCount, linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { penaltyPaths } from '../../../ingest/link/index.js';
import { selectionFor } from '../../../ingest/link/select.js';
import { linkOptions } from '../../../ingest/link/options.js';
import type { ProcessedDoc } from '../../../ingest/snapshot/types.js';

const unit = (id: string, docIndex: number, text: string, group?: string): LinkUnit => ({
  id, docIndex, offset: 0, text, entities: new Set(), words: text.match(/.{2}/g) ?? [], genre: 'regulation', ...(group ? { group } : {}),
});
const pairs = (links: { lower: string; higher: string }[]) => links.map((l) => `${l.lower}>${l.higher}`).sort();

/** A regulation as the link stage sees it: articles (some under chapters) with their spans. */
function regulation(parts: { path: string; kind: 'chapter' | 'article'; text: string; parent?: string }[], genre = 'regulation'): ProcessedDoc {
  let text = '';
  const units = parts.map((p) => {
    const start = text.length;
    text += `${p.text}\n`;
    return { path: p.path, kind: p.kind, name: p.text.slice(0, 12), span: [start, start + p.text.length] as [number, number], ordinal: 0, parent: p.parent, leaf: p.kind === 'article' };
  });
  return { doc: { text, units, genre } } as unknown as ProcessedDoc;
}

describe('penalty articles', () => {
  const rule = linkOptions().penaltyArticles;
  it('are the articles of a 法律责任 chapter and those with a sanction form, in a regulation only', () => {
    const d = regulation([
      { path: '第二章', kind: 'chapter', text: '第二章 志愿服务组织' },
      { path: '第二章/第十条', kind: 'article', text: '第十条 志愿服务组织应当为志愿者购买人身意外伤害保险。', parent: '第二章' },
      { path: '第二章/第十一条', kind: 'article', text: '第十一条 违反前条规定的，由民政部门责令限期改正。', parent: '第二章' },
      { path: '第五章', kind: 'chapter', text: '第五章 法律责任' },
      { path: '第五章/第三十条', kind: 'article', text: '第三十条 志愿服务组织泄露志愿者个人信息的，由民政部门予以警告。', parent: '第五章' },
      { path: '第五章/第三十一条', kind: 'article', text: '第三十一条 国家机关工作人员玩忽职守的，依法给予处分。', parent: '第五章' },
    ]);
    expect([...penaltyPaths(d, rule)].sort()).toEqual(['第二章/第十一条', '第五章/第三十一条', '第五章/第三十条']);
    expect(penaltyPaths(d, null).size).toBe(0);
    const plan = regulation([{ path: '一', kind: 'article', text: '一、对违规使用资金的，责令限期改正' }], 'plan');
    expect(penaltyPaths(plan, rule).size).toBe(0);
  });

  it('leave out a 申诉 or 复议 article of the 法律责任 chapter that sets no sanction (recourse, session 33)', () => {
    // 教师法 第八章 法律责任 holds 第三十九条 (a teacher's 申诉), which 上海's 办法 restates in an article with no chapter.
    const d = regulation([
      { path: '第八章', kind: 'chapter', text: '第八章 法律责任' },
      { path: '第八章/第三十八条', kind: 'article', text: '第三十八条 地方人民政府对拖欠教师工资的，应当责令其限期改正。', parent: '第八章' },
      { path: '第八章/第三十九条', kind: 'article', text: '第三十九条 教师对学校作出的处理不服的，可以向教育行政部门提出申诉，教育行政部门应当在接到申诉的三十日内，作出处理。', parent: '第八章' },
      { path: '第八章/第四十条', kind: 'article', text: '第四十条 当事人对处罚决定不服的，可以依法申请行政复议，逾期不申请复议的，依法给予处分。', parent: '第八章' },
      { path: '第八章/第四十一条', kind: 'article', text: '第四十一条 学校对教师打击报复的，由上级机关处理。', parent: '第八章' },
    ]);
    // 第四十条 has a sanction form as well: it stays; 第四十一条 has neither: the chapter decides.
    expect([...penaltyPaths(d, rule)].sort()).toEqual(['第八章/第三十八条', '第八章/第四十一条', '第八章/第四十条']);
    const { recourse: _, ...without } = rule!;
    expect([...penaltyPaths(d, without)].sort()).toEqual(['第八章/第三十九条', '第八章/第三十八条', '第八章/第四十一条', '第八章/第四十条']);
  });

  it('know the sanctions of a chapterless regulation that strip gains and posts, propose discipline or aggravate (session 36)', () => {
    // 山东省统计管理条例 and 浙江省统计工作监督管理条例 have no 法律责任 chapter: their sanction articles are known by their text.
    const d = regulation([
      { path: '第七条', kind: 'article', text: '第七条 统计报表由各级人民政府统计机构依法实行统一管理。' },
      { path: '第十六条', kind: 'article', text: '第十六条 对违反统计法律、法规，应当予以处分的人员，县级以上人民政府统计机构可以向有关部门、单位提出处分建议。' },
      { path: '第十七条', kind: 'article', text: '第十七条 统计检查人员有徇私舞弊、滥用职权行为的，应从重处罚。' },
      { path: '第十九条', kind: 'article', text: '第十九条 篡改统计资料、编造虚假数据，骗取荣誉称号、物质奖励或者晋升职务的，由做出有关决定的机关取消其荣誉称号、追缴物质奖励和撤销晋升的职务。' },
      { path: '第二十条', kind: 'article', text: '第二十条 对在统计工作中做出显著成绩的单位和个人，授予荣誉称号，给予物质奖励。' },
    ]);
    expect([...penaltyPaths(d, rule)].sort()).toEqual(['第十七条', '第十九条', '第十六条']);
  });

  it('outside the 法律责任 chapter, make a penalty article of a sanction only with a violation stated (session 37)', () => {
    // 统计法 第十五条: a duty whose side clause orders an activity stopped (责令停止) is no liability article; 第四十九条 (…的，依法
    // 追究法律责任) and an article 违反…的 are, wherever they stand.
    const parts = [
      { path: '第二章', kind: 'chapter' as const, text: '第二章 统计调查管理' },
      { path: '第二章/第十五条', kind: 'article' as const, text: '第十五条 统计调查表应当标明表号、制定机关等标志。对未标明前款规定的标志的统计调查表，统计调查对象有权拒绝填报；县级以上人民政府统计机构应当依法责令停止有关统计调查活动。', parent: '第二章' },
      { path: '第二章/第十六条', kind: 'article' as const, text: '第十六条 违反前条规定的，由统计机构责令改正。', parent: '第二章' },
      { path: '第六章', kind: 'chapter' as const, text: '第六章 法律责任' },
      { path: '第六章/第三十七条', kind: 'article' as const, text: '第三十七条 统计机构的负责人自行修改统计资料的，依法给予处分。', parent: '第六章' },
      { path: '第七章', kind: 'chapter' as const, text: '第七章 附则' },
      { path: '第七章/第四十九条', kind: 'article' as const, text: '第四十九条 利用统计调查进行欺诈活动的，依法追究法律责任。', parent: '第七章' },
    ];
    expect([...penaltyPaths(regulation(parts), rule)].sort()).toEqual(['第七章/第四十九条', '第二章/第十六条', '第六章/第三十七条']);
    const { outside: _, ...without } = rule!;
    expect([...penaltyPaths(regulation(parts), without)]).toContain('第二章/第十五条');
    // A regulation without the chapter knows its penalty articles by their text alone: there the side clause still counts.
    const chapterless = regulation(parts.filter((p) => p.kind === 'article').map(({ parent: _p, ...p }) => p));
    expect([...penaltyPaths(chapterless, rule)]).toContain('第二章/第十五条');
  });

  it('link only to penalty articles, and a duty never links to the penalty for breaching it', () => {
    // Words as a segmenter gives them: the duty's terms, and the sanction formulae.
    const duty = ['志愿服务', '组织', '志愿者', '安全', '保障', '购买', '人身', '意外', '伤害', '保险'];
    const sanction = ['民政', '部门', '责令', '改正', '罚款'];
    const units = [
      { ...unit('law#第二十条', 0, '第二十条 志愿服务组织应当为志愿者提供安全保障，购买人身意外伤害保险。'), words: duty },
      { ...unit('law#第三十八条', 0, '第三十八条 志愿服务组织泄露志愿者信息的，由民政部门责令改正，处罚款。', 'penalty'), words: ['志愿服务', '组织', '泄露', '信息', ...sanction] },
      { ...unit('prov#第十五条', 1, '第十五条 志愿服务组织应当为志愿者购买人身意外伤害保险，告知风险。'), words: [...duty, '告知', '风险'] },
      { ...unit('prov#第四十条', 1, '第四十条 志愿服务组织未为志愿者购买人身意外伤害保险的，由民政部门责令改正，处罚款。', 'penalty'), words: [...duty, ...sanction] },
      // Unrelated articles, so that the shared words are not in most units of the corpus.
      ...['慈善 事业 发展', '农业 技术 推广', '国防 教育 课程', '图书馆 免费 开放', '气象 灾害 预警', '博物馆 收藏 文物'].map((t, i) => ({ ...unit(`other#${i}`, 2 + (i % 2), t), words: t.split(' ') })),
    ];
    const allowed = (l: number, h: number) => l === 1 && h === 0;
    expect(pairs(linkMeasures(units, allowed, [], linkOptions()))).toEqual(['prov#第十五条>law#第二十条', 'prov#第四十条>law#第三十八条']);
    // Without the groups the penalty article follows the duty's wording to the duty article.
    const plain = linkMeasures(units.map(({ group: _, ...u }) => u), allowed, [], linkOptions());
    expect(pairs(plain)).toContain('prov#第四十条>law#第二十条');
  });
});

describe('more links for a lower article of several paragraphs or items (topKPerClause)', () => {
  it('counts paragraphs and numbered items', () => {
    expect(clauseCount('第五条 县级以上人民政府领导国防教育工作。')).toBe(1);
    expect(clauseCount('第五条 县级以上人民政府领导国防教育工作。\n教育行政部门负责学校国防教育。')).toBe(2);
    expect(clauseCount('第八条 机构的职责是：\n（一）制订推广计划；\n（二）组织培训；\n（三）提供信息服务。')).toBe(4);
  });

  it('lets a two-paragraph article keep three higher articles (session 33: per 0.5 → 1), never more than max', () => {
    const g = linkOptions().topKPerClause;
    expect(selectionFor(2, 2, 0.8, g).topK).toBe(3);
    expect(selectionFor(2, 2, 0.8, { ...g!, per: 0.5 }).topK).toBe(2);
    expect(selectionFor(1, 2, 0.8, g)).toEqual({ topK: 2, relative: 0.8 });
    expect(selectionFor(9, 2, 0.8, g).topK).toBe(3);
  });

  it('lets a three-paragraph article keep three higher articles, a one-paragraph article two', () => {
    const topics = [['国防', '教育', '学校', '课程'], ['国防', '教育', '基地', '命名'], ['国防', '教育', '宣传', '媒体']];
    const fillers = ['慈善 事业 发展', '农业 技术 推广', '图书馆 免费 开放', '气象 灾害 预警', '博物馆 收藏 文物', '志愿 服务 记录'];
    const law = topics.map((w, i) => ({ ...unit(`law#${i}`, 0, w.join('')), words: w }));
    const others = fillers.map((t, i) => ({ ...unit(`other#${i}`, 2 + (i % 2), t), words: t.split(' ') }));
    const many = { ...unit('prov#many', 1, topics.map((w) => w.join('')).join('。\n')), words: topics.flat() };
    const one = { ...unit('prov#one', 1, topics.map((w) => w.join('')).join('，')), words: topics.flat() };
    const allowed = (l: number, h: number) => l === 1 && h === 0;
    const count = (u: LinkUnit, o = linkOptions()) => linkMeasures([...law, u, ...others], allowed, [], o).filter((l) => l.lower === u.id).length;
    expect(count(many)).toBe(3);
    expect(count(one)).toBe(2);
    // Without the rule (and without paragraphBest, which would keep each paragraph's own match).
    expect(count(many, linkOptions({ topKPerClause: null, paragraphBest: null }))).toBe(2);
  });
});
