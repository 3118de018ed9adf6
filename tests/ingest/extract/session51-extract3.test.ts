import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract/index.js';
import { lexicon, structured } from '../helpers.js';
import { names, regulation } from './law-text.js';

// Session 51, helper extract3: a kind modifier before a group followed by 、 is that group's own when the list's next group opens
// with a modifier of its own (groups.ts kinds(), options.ts ownModifierEndsSharedKind), and 低收入家庭 as a family-kind modifier
// (group-modifiers.txt). Real sentences of the reading set (温州 第二十七条) and of a free mirror text (河南省扶贫开发条例 2017);
// the guard of session 13 (a modifier shared by the list) is kept on its own sentence.
const groups = (text: string, options = {}) => names('TargetGroup', text, options);
const wenzhou = (...articles: string[]) => regulation('温州市全民阅读促进条例', ...articles);

describe('a modifier before a group is its own when the next group of the list has its own (ownModifierEndsSharedKind)', () => {
  const text = wenzhou('市、县(市、区)人民政府应当保障农村留守儿童、低收入家庭儿童、城市流动儿童等儿童群体的基本阅读需求,提供必要的阅读资源。');
  it('reads 低收入家庭儿童 before 、城市流动儿童 (温州 第二十七条)', () => {
    expect(groups(text)).toContain('低收入家庭儿童');
    expect(groups(text)).not.toContain('低收入家庭');
    expect(groups(text, { ownModifierEndsSharedKind: false })).not.toContain('低收入家庭儿童');
  });
  it('needs 低收入家庭 as a modifier (group-modifiers.txt)', () => {
    const without = { ...lexicon, groupModifiers: lexicon.groupModifiers.filter((m) => m.modifier !== '低收入家庭') };
    const found = extract(structured('x.txt', text), without).mentions.filter((m) => m.type === 'TargetGroup').map((m) => m.canonical);
    expect(found).not.toContain('低收入家庭儿童');
  });
  it('reads 留守妇女 between two groups of the same modifier (河南省扶贫开发条例)', () => {
    const t = regulation('河南省扶贫开发条例', '健全留守儿童、留守妇女、留守老人和残疾人关爱服务体系。');
    expect(groups(t)).toContain('留守妇女');
    expect(groups(t, { ownModifierEndsSharedKind: false })).not.toContain('留守妇女');
  });
  it('keeps a modifier shared by a list whose next group has none (session 13: 农村职工、农民)', () => {
    expect(groups(regulation('江西省社会救助条例', '扶持农村职工、农民脱贫。'))).not.toContain('农村职工');
  });
});

describe('the visually and hearing impaired by name (target-groups.txt 视障人士, 听障人士)', () => {
  const text = regulation('宁波市全民阅读促进条例', '市和区县（市）新闻出版主管部门应当会同文化旅游、民政和残联等部门和单位，定期为有需要的视障人士等阅读障碍者提供盲文出版物、大字出版物、有声读物等特殊阅读资源。');
  it('reads 视障人士 before 等 (宁波 第二十三条)', () => {
    expect(groups(text)).toContain('视障人士');
  });
  it('misses it without the line', () => {
    const tg = lexicon.entities.TargetGroup.filter((e) => e.canonical !== '视障人士');
    const without = { ...lexicon, entities: { ...lexicon.entities, TargetGroup: tg } };
    const found = extract(structured('x.txt', text), without).mentions.filter((m) => m.type === 'TargetGroup').map((m) => m.canonical);
    expect(found).not.toContain('视障人士');
  });
});
