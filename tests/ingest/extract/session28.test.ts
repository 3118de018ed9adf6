// Session 28 (helper extract): rules read on the spent randomp-heldout and the dev random sets for kinds of error. Each
// text is a sentence shape of a dev document, rewritten around a made-up place; each test asserts what a reader checks.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';
import { extracted } from '../helpers.js';

describe('a population named in a scheme, a wage standard or a statistic is no group served', () => {
  it('reads no residents in an insurance scheme nor workers in a wage standard', () => {
    const text = regulation(
      '某市社会救助条例',
      '医疗费用经基本医疗保险、城乡居民大病保险及补充医疗保障计划支付后，个人负担仍然较重的，给予医疗救助。',
      '有劳动能力的成员，月劳动收入达到本市企业职工月最低工资标准的，视为有就业收入。',
      '补助标准按照上年度职工平均工资和居民消费价格指数的变动适时调整。',
    );
    const groups = names('TargetGroup', text);
    for (const g of ['城乡居民', '企业职工', '职工', '居民']) expect(groups).not.toContain(g);
  });

  it('still reads the residents a body organises beside such a scheme', () => {
    const text = regulation('某市社会救助条例', '街道办事处应当组织居民参加城乡居民大病保险。');
    expect(names('TargetGroup', text)).toContain('居民');
    expect(names('TargetGroup', text)).not.toContain('城乡居民');
  });
});

describe('party and league members mobilised as a force', () => {
  it('reads 共产党员 and 共青团员 where a regulation gives them a role', () => {
    const text = regulation('某市志愿服务促进条例', '发挥共产党员、共青团员在志愿服务中的示范带头作用。');
    expect(names('TargetGroup', text)).toEqual(['共产党员', '共青团员']);
  });
});

describe('村（居）民: villagers and residents compressed into one word', () => {
  it('reads both populations where the text educates or organises them', () => {
    const text = regulation('某市大气污染防治条例', '村（居）民委员会应当教育引导村（居）民自觉遵守大气污染防治法律法规。');
    expect(names('TargetGroup', text)).toEqual(['居民', '村民']);
  });

  it('reads the order 居（村）民 the same way', () => {
    const text = regulation('某市志愿服务促进条例', '社区应当组织、动员居（村）民参加志愿服务。');
    expect(names('TargetGroup', text)).toEqual(['居民', '村民']);
  });

  it('reads no population in the committee named after them (村（居）民委员会)', () => {
    const text = regulation('某市消防条例', '村（居）民委员会协助人民政府做好消防工作。');
    expect(names('TargetGroup', text)).toEqual([]);
  });
});

describe('a system a body must set up by name', () => {
  it('reads the system right after the modal of a duty (主管部门应当建立…信息系统)', () => {
    const text = regulation('某省实施《城乡规划法》办法', '县级以上人民政府城乡规划主管部门应当建立城乡规划信息系统，加强城乡规划实施的动态监测。');
    expect(names('Programme', text)).toEqual(['城乡规划信息系统']);
  });

  it('reads no system a party is encouraged to set up, nor a regime a unit must set up', () => {
    const text = regulation('某省信息化条例', '鼓励企业建立生产管理信息系统。', '用人单位应当建立健全安全管理制度。');
    expect(names('Programme', text)).toEqual([]);
  });
});

describe('the validity a law bounds for a permit', () => {
  const targetsOf = (text: string) => extracted('x.txt', text).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);

  // Session 29: tests/gold/README.md "Decisions of session 29" settles that no validity period is a target, bounded or not
  // (session 28 had read the bounded one as a target on randomp's gold, which the decision regraded).
  it('reads no target from a validity bounded by 最长为 either', () => {
    const text = regulation('某省减少污染物排放条例', '临时排污许可证的有效期限最长为一年。');
    expect(targetsOf(text)).toEqual([]);
  });

  it('reads no target from a validity the law only fixes (有效期为四年: the dev golds leave it out)', () => {
    const text = regulation('某市特殊标志管理办法', '特殊标志有效期为四年。');
    expect(targetsOf(text)).toEqual([]);
  });
});
