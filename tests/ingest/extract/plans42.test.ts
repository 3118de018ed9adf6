// Session 42 (plans): two time-limit readings under written conventions (tests/gold/README.md): a limit a party *may* use
// (可以…十五日内申请复议, session 22) is a right even when an enumeration (、) stands between 可以 and the number; and a body
// that acts is no topic (session 41: the topic before the modal), also when a manner (依照…程序) follows the limit.
// Sentences of my own making in the shapes of Chinese law; each test but the guards fails without the rule.
import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';

const targetsOf = (article: string) =>
  extracted('x.md', `某某市某某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　${article}\n`).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);

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

