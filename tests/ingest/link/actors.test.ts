// Penalty actors (options.penaltyActors): two liability articles link only when they sanction the
// same kind of actor, read from the subject of the condition clause.
import { describe, expect, it } from 'vitest';
import { actorsMeet, conditionSubject, penaltyActors } from '../../../ingest/link/actors.js';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { linkOptions } from '../../../ingest/link/options.js';

const rule = linkOptions().penaltyActors!;

describe('penalty actors', () => {
  it('read the subject of the condition clause, up to its first verb', () => {
    expect(conditionSubject('第三十条 志愿服务组织泄露志愿者个人信息的，由民政部门予以警告。', rule)).toBe('志愿服务组织');
    expect(conditionSubject('第三十一条 民政部门工作人员在志愿服务管理工作中滥用职权的，依法给予处分。', rule)).toBe('民政部门工作人员');
    expect(conditionSubject('第九条 医师有下列行为之一的，由卫生健康主管部门责令改正：', rule)).toBe('医师');
    expect(conditionSubject('第十条 违反本条例规定，擅自收费的，责令退还。', rule)).toBe('');
    // An item of a list is a condition, not an actor.
    expect(conditionSubject('（一）为不符合条件的人员出具证明的；', rule)).toBe('');
  });

  it('class each coordinated noun by its head: a public body and its staff, a person, an organisation', () => {
    expect(penaltyActors('第三十一条 民政部门工作人员在志愿服务管理工作中滥用职权的，依法给予处分。', rule)).toEqual(['public body']);
    expect(penaltyActors('第二十条 教育行政部门及其工作人员玩忽职守的，依法给予处分。', rule)).toEqual(['public body']);
    expect(penaltyActors('第二十一条 培训机构及其工作人员以欺骗手段招生的，责令改正。', rule)).toEqual(['organisation', 'person']);
    expect(penaltyActors('第二十二条 医师、护士、药剂人员违反本条例规定的，给予警告。', rule)).toEqual(['person']);
    expect(penaltyActors('第二十三条 医疗机构、血站违反本条例规定的，处罚款。\n医疗机构的工作人员有前款行为的，给予处分。', rule)).toEqual(['organisation', 'person']);
    expect(penaltyActors('第二十四条 违反本条例规定的，依照有关法律处理。', rule)).toEqual([]);
  });

  it('read a level word with 以上 / 以下 as part of the subject, not its first verb (session 37)', () => {
    // 统计法 第三十九条: the subject was cut to 县级 by 以, and the article's actor read from its second paragraph alone
    // (统计人员), so 北京统计 第三十四条 (统计机构及有关部门, gold strong) could not meet it.
    const law = '第三十九条 县级以上人民政府统计机构或者有关部门有下列行为之一的，对直接负责的主管人员和其他直接责任人员由任免机关或者监察机关依法给予处分：\n（一）违法公布统计资料的；\n统计人员有前款所列行为之一的，依法给予处分。';
    expect(conditionSubject(law.split('\n')[0], rule)).toBe('县级以上人民政府统计机构或者有关部门');
    expect(penaltyActors(law, rule)).toEqual(['organisation', 'person', 'public body']);
    const beijing = '第三十四条 市和区、县人民政府统计机构及有关部门有下列行为之一的，由本级人民政府责令改正，予以通报；对直接负责的主管人员和其他直接责任人员由任免机关或者监察机关给予处分：';
    expect(actorsMeet(penaltyActors(beijing, rule), penaltyActors(law, rule))).toBe(true);
    // 以 still ends a subject as a verb (以欺骗手段), and 以下 inside a sanction is not read (the subject ended before).
    expect(conditionSubject('第二十一条 培训机构以欺骗手段招生的，处一万元以下罚款。', rule)).toBe('培训机构');
  });

  it('meet when they share a kind, or when either has none recognised', () => {
    expect(actorsMeet(['person'], ['organisation', 'person'])).toBe(true);
    expect(actorsMeet(['person'], ['public body'])).toBe(false);
    expect(actorsMeet([], ['public body'])).toBe(true);
    expect(actorsMeet(undefined, ['public body'])).toBe(true);
  });

  it('keep a penalty article on practitioners from the higher article on officials that shares its sanction wording', () => {
    const sanction = ['依法', '给予', '警告', '责令', '改正', '情节', '严重', '处分', '追究', '刑事', '责任'];
    const u = (id: string, docIndex: number, text: string, words: string[]): LinkUnit => ({
      id, docIndex, offset: 0, text, entities: new Set(), words, genre: 'regulation', group: 'penalty',
      ...(penaltyActors(text, rule).length ? { actors: penaltyActors(text, rule) } : {}),
    });
    const units: LinkUnit[] = [
      u('law#第二十八条', 0, '第二十八条 医师有下列行为之一的，由卫生健康主管部门给予警告、责令改正：（一）收取患者财物的；', ['医师', '下列', '行为', '卫生', '主管', '部门', '警告', '责令', '改正', '收取', '患者', '财物']),
      u('law#第三十条', 0, '第三十条 卫生健康主管部门工作人员在监督管理工作中滥用职权的，依法给予处分；情节严重的，追究刑事责任。', ['卫生', '主管', '部门', '工作人员', '监督', '管理', ...sanction]),
      u('prov#第四十条', 1, '第四十条 医师在诊疗活动中收取患者财物的，由卫生健康主管部门依法给予警告，责令改正；情节严重的，给予处分，追究刑事责任。', ['医师', '诊疗', '收取', '患者', '财物', '卫生', '主管', '部门', ...sanction]),
      ...['慈善 事业 发展', '农业 技术 推广', '国防 教育 课程', '图书馆 免费 开放', '气象 灾害 预警', '博物馆 收藏 文物'].map((t, i) => ({ id: `other#${i}`, docIndex: 2 + (i % 2), offset: 0, text: t, entities: new Set<string>(), words: t.split(' '), genre: 'regulation' as const })),
    ];
    const allowed = (l: number, h: number) => l === 1 && h === 0;
    const pairs = (o = linkOptions()) => linkMeasures(units, allowed, [], o).map((l) => `${l.lower}>${l.higher}`).sort();
    expect(pairs()).toEqual(['prov#第四十条>law#第二十八条']);
    // Without the actors the shared sanction wording wins the officials' article too.
    const plain = linkMeasures(units.map(({ actors: _, ...x }) => x), allowed, [], linkOptions()).map((l) => `${l.lower}>${l.higher}`);
    expect(plain).toContain('prov#第四十条>law#第三十条');
  });
});
