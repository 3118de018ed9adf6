// Session 42 (plans): two time-limit readings under written conventions (tests/gold/README.md): a limit a party *may* use
// (可以…十五日内申请复议, session 22) is a right even when an enumeration (、) stands between 可以 and the number; and a body
// that acts is no topic (session 41: the topic before the modal), also when a manner (依照…程序) follows the limit.
// A frequency a duty sets (每年…一次 → = 1 次, session 13) also with the agent after the period (每三年由原批准机关校验一次), a
// coordinated 组织开展, the persons sent before 进行 (每年安排本单位女职工进行一次…检查) and a publication (每月公布一次).
// Sentences of my own making in the shapes of Chinese law; each test but the guards fails without the rule.
import { describe, expect, it } from 'vitest';
import { articleTargets as targetsOf } from './law-text.js';

describe('a party\'s window to apply for review is a right, not a duty', () => {
  it('reads no target when 可以 stands before an enumeration that precedes the limit', () => {
    expect(targetsOf('当事人对吊销许可证、收回资格证书有异议的，可以自接到吊销许可证、收回资格证书的通知之日起十五日内向上一级主管部门申请复议。')).toEqual([]);
  });

  it('guard: a body\'s duty with an enumeration before the limit stays a target', () => {
    expect(targetsOf('主管部门应当自收到申请书、证明材料之日起二十日内作出决定。')).toEqual([['作出决定', '<=', 20, '日']]);
  });
});

describe('a body that acts before a manner is no topic', () => {
  it('reads the act after the manner, not the court, as the metric', () => {
    expect(targetsOf('人民法院应自受理申请之日起2个月内依照相应程序作出裁决或相关的决定。')).toEqual([['作出裁决', '<=', 2, '个月']]);
  });

  it('guard: a thing handled before the modal stays the topic with a manner', () => {
    const got = targetsOf('候选人名单应当在选举日的五日以前按照得票多少的顺序公布。');
    expect(got).toHaveLength(1);
    expect(got[0]![0]).toContain('候选人名单');
  });
});

describe('a frequency a duty sets, in more shapes', () => {
  it('reads the thing handled and the verb when the agent follows the period (由…)', () => {
    expect(targetsOf('经营许可证每两年由原发证机关审验一次。')).toEqual([['经营许可证审验', '=', 1, '次']]);
  });

  it('reads a publication made once a period', () => {
    const got = targetsOf('村务公开栏的收支情况应当每季度公布一次。');
    expect(got.map((t) => t.slice(1))).toEqual([['=', 1, '次']]);
    expect(got[0]![0]).toContain('公布');
  });

  it('reads a coordinated 组织开展 before the count', () => {
    expect(targetsOf('县级人民政府应当每三年组织开展一次耕地质量调查。')).toEqual([['耕地质量调查', '=', 1, '次']]);
  });

  it('reads the persons sent before 进行', () => {
    expect(targetsOf('用人单位应当每年安排本单位从业人员进行一次职业健康检查。')).toEqual([['职业健康检查', '=', 1, '次']]);
  });

  it('reads 每年至少 with an addressee before the act as at least once', () => {
    expect(targetsOf('用人单位应当每年至少向职工代表大会报告一次集体合同的履行情况。')).toEqual([['集体合同的履行情况', '>=', 1, '次']]);
  });

  it('guard: a count of the past or a one-off act is no frequency', () => {
    expect(targetsOf('选举应当一次同时投票。')).toEqual([]);
  });
});
