// Session 32 (helper extract): rules read on the spent randoml-heldout (with the earlier dev golds) for kinds of error. Each
// text is a sentence shape of a dev document, rewritten around a made-up place; each test asserts what a reader checks.
import { describe, expect, it } from 'vitest';
import { boundedQuantity } from '../../../ingest/extract/targets.js';
import { lexicon } from '../helpers.js';
import { names, regulation, targets } from './law-text.js';

describe("a people's organisation named after 各级 in a regulation", () => {
  const text = regulation(
    '某市华侨权益保护条例',
    '本市各级归国华侨联合会应当宣传贯彻法律法规和侨务政策，依法维护华侨的合法权益。',
  );
  it('is that organisation (本市各级归国华侨联合会 → 侨联)', () => {
    expect(names('Organisation', text)).toContain('侨联');
  });
  it('is a class without the rule', () => {
    expect(names('Organisation', text, { lawEveryLevelPeoplesOrg: false })).not.toContain('侨联');
  });
});

describe('persons named only as elements of a criminal offence', () => {
  const text = regulation(
    '某法修正案',
    '盗窃、抢夺国家机关、军警人员、民兵的枪支、弹药、爆炸物的，处十年以上有期徒刑、无期徒刑或者死刑。',
  );
  it('are no target group', () => {
    expect(names('TargetGroup', text)).toEqual([]);
  });
  it('are read as groups without the rule', () => {
    expect(names('TargetGroup', text, { lawOffenceGroupsOut: false })).toContain('民兵');
  });
  it('stay a group where another sentence serves them', () => {
    const served = regulation('某省民兵工作条例', '县级人民政府应当组织民兵开展军事训练。', '抢夺民兵的枪支的，处三年以上有期徒刑。');
    expect(names('TargetGroup', served)).toContain('民兵');
  });
});

describe('a group named only as the standard of equal treatment', () => {
  const text = regulation(
    '某市华侨权益保护条例',
    '华侨子女回国就读本市义务教育学校的，与具有本市户籍的适龄儿童享受同等入学待遇。',
    '华侨可以参加高中阶段招生考试，与本市户籍学生享受同等待遇。',
  );
  it('is no target group; the served group stays', () => {
    const groups = names('TargetGroup', text);
    expect(groups).toContain('华侨');
    expect(groups).not.toContain('学生');
    expect(groups).not.toContain('适龄儿童');
  });
  it('is read as a group without the rule', () => {
    expect(names('TargetGroup', text, { lawStandardGroupsOut: false })).toContain('学生');
  });
});

describe('staff of accounting and traffic law', () => {
  it('are no group where they only carry out a duty', () => {
    const text = regulation('某市集体资产管理条例', '会计人员必须及时准确地核算收入、支出和结存。', '接送学生的客车，其驾驶人员应当具有三年以上安全驾驶经历。');
    const groups = names('TargetGroup', text);
    expect(groups).not.toContain('会计人员');
    expect(groups).not.toContain('驾驶人员');
  });
  it('stay a group where a sentence trains them', () => {
    const text = regulation('某市会计管理条例', '财政部门应当组织会计人员参加继续教育和业务培训。');
    expect(names('TargetGroup', text)).toContain('会计人员');
  });
});

describe('a penalty a party may face is no offence', () => {
  it('keeps the group of a legal-aid article that names 死刑 as a possible sentence', () => {
    const text = regulation('某法律援助条例', '被告人是盲、聋、哑人或者未成年人而没有委托辩护人的，或者被告人可能被判处死刑而没有委托辩护人的，人民法院应当为其指定辩护。');
    expect(names('TargetGroup', text)).toContain('未成年人');
  });
});

// Session 32 (lead): randoml's 浙江 traffic law, spent; sentences written for the test in its shape.
describe('a bounded quantity stated with 为 (最高时速为六十公里)', () => {
  it('is an upper or lower bound, as a list of limits under 最高/最低 is', () => {
    expect(targets('在没有限速标志的道路上，城市道路最高时速为六十公里。')).toEqual([['城市道路最高时速', '<=', 60, '公里']]);
    expect(targets('在高速公路上行驶的机动车，最低车速为六十公里。')).toEqual([['最低车速', '>=', 60, '公里']]);
  });
  it('leaves a plain figure and an organ named 最高 at =', () => {
    expect(targets('农村公路的设计时速为四十公里。')).toEqual([['农村公路的设计时速', '=', 40, '公里']]);
    expect(boundedQuantity('最高人民法院', lexicon.targetCues)).toBeUndefined();
  });
});
