import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 56, helper extract (issue 13): promotion4's target-group and organisation misses (tests/real/promotion4/README.md, "Misses
// and spurious items by class"), on real sentences of its texts; docs/history/extraction.md, Session 56 helper extract.
const groups = (text: string, options = {}) => names('TargetGroup', text, options);
const orgs = (text: string, options = {}) => names('Organisation', text, options);
const NINGBO = '宁波市学前教育促进条例';
const WEIFANG = '潍坊市会展业促进条例';

describe('teachers named by a sector or status modifier are kinds of their own (group-modifiers.txt, session 56 gold decision)', () => {
  it('reads 学前教育机构教师 beside 保育员, not the bare 教师 (宁波 第二十八条)', () => {
    const text = regulation(NINGBO, '市和县（市）区教育行政部门应当对学前教育机构教师和保育员定期实施免费培训，提高学前教育保育教育队伍整体素质。');
    expect(groups(text)).toEqual(expect.arrayContaining(['学前教育机构教师', '保育员']));
    expect(groups(text)).not.toContain('教师');
  });
  it('reads 非在编教师 whose pay the text sets (宁波 第二十七条)', () => {
    const text = regulation(NINGBO, '公办幼儿园和普惠性民办幼儿园具有专业技术职务资格的非在编教师，其人均年收入应当达到当地社会平均工资的一点五倍以上。');
    expect(groups(text)).toContain('非在编教师');
  });
  it('reads 支教教师 served by priority and the 骨干教师 mobilised (宁波 第二十九条)', () => {
    const text = regulation(NINGBO, '鼓励城镇学前教育机构骨干教师到农村和欠发达地区支教。支教教师的专业技术职务评聘、评优评先等，在同等条件下予以优先。');
    const found = groups(text);
    expect(found).toContain('支教教师');
    expect(found.some((g) => g.endsWith('骨干教师'))).toBe(true);
  });
});

describe('a residence modifier keeps its kind: 城市流动儿童 is no alias of 流动儿童 (target-groups.txt split, session 56)', () => {
  it('reads 城市流动儿童 beside 农村留守儿童 (reading\'s 温州 全民阅读促进条例 第二十七条)', () => {
    const text = regulation('温州市全民阅读促进条例', '市、县(市、区)人民政府应当保障农村留守儿童、低收入家庭儿童、城市流动儿童等儿童群体的基本阅读需求，提供必要的阅读资源。');
    expect(groups(text)).toContain('城市流动儿童');
    expect(groups(text)).not.toContain('流动儿童');
  });
});

describe('the persons whose needs a priority clause meets are served (lawNeedsMetGroups)', () => {
  const text = regulation(NINGBO, '住宅小区配套建设的学前教育设施应当优先满足业主的需求。');
  it('reads 业主 (宁波 第八条)', () => {
    expect(groups(text, { lawNeedsMetGroups: true })).toContain('业主');
  });
  it('and nothing without the rule', () => {
    expect(groups(text, { lawNeedsMetGroups: false })).not.toContain('业主');
  });
});

describe('中小学 before a noun of layout or land names the schools\' arrangement, no pupils (group-followers.txt, session 56)', () => {
  it('reads no 中小学生 from 中小学布局调整后的富余教育资源 (宁波 第九条)', () => {
    const text = regulation(NINGBO, '学前教育布点不足的已建成住宅小区，当地人民政府应当将中小学布局调整后的富余教育资源和其他资源进行统筹安排，置换、改造为学前教育设施。');
    expect(groups(text)).not.toContain('中小学生');
  });
});

describe('a city\'s bodies: 市属 names a kind, 市 alone the city\'s own association (lawLevelOwnedKinds, lawCityOwnPlaceBodies)', () => {
  it('reads no 潍坊市属开发区管理委员会 (潍坊 第四十条)', () => {
    const text = regulation(WEIFANG, '市属开发区管理委员会在规定的职责范围内参照本条例执行。');
    expect(orgs(text, { lawLevelOwnedKinds: true })).not.toContain('潍坊市属开发区管理委员会');
    expect(orgs(text, { lawLevelOwnedKinds: false })).toContain('潍坊市属开发区管理委员会');
  });
  it('reads 潍坊市会展行业协会 from 市会展行业协会 (潍坊 第八条)', () => {
    const text = regulation(WEIFANG, '市会展行业协会应当加强行业自律，制定行业服务规范，引导会员规范经营，建立会展业信用体系，维护会员合法权益。');
    expect(orgs(text, { lawCityOwnPlaceBodies: true })).toContain('潍坊市会展行业协会');
    expect(orgs(text, { lawCityOwnPlaceBodies: false })).not.toContain('潍坊市会展行业协会');
  });
});
