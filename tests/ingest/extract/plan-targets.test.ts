// A plan's reduction of a processing time (session 29, real portal plans of 营商环境 work): 压缩至N个工作日以内 is an upper
// bound on the time it names, as 控制在N以内 is — whether or not 以内 closes it, and without the reducing verb in the metric.
// A statutory time limit with its act after it (应当自受理之日起五个工作日内作出决定) stays a limit on that act.
import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';

const targets = (sentence: string) =>
  extracted('plan.txt', `宝鸡市工作要点\n一、提升效能\n（一）推进改革。${sentence}\n`).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);

describe('reduction targets of a plan', () => {
  it('reads 压缩至 / 缩短至 / 控制在 … (以内) as an upper bound on the thing before it', () => {
    expect(targets('企业开办全流程压缩至1个工作日以内。')).toEqual([['企业开办全流程', '<=', 1, '工作日']]);
    expect(targets('企业开办时间压缩至3个工作日。')).toEqual([['企业开办时间', '<=', 3, '工作日']]);
    expect(targets('不动产登记时间控制在5个工作日以内。')).toEqual([['不动产登记时间', '<=', 5, '工作日']]);
    expect(targets('将审批时限缩短至10个工作日。')).toEqual([['审批时限', '<=', 10, '工作日']]);
  });

  it('keeps a time limit with its act after it a limit on that act', () => {
    expect(targets('登记机构应当自受理之日起五个工作日内办结登记。')).toEqual([['办结登记', '<=', 5, '工作日']]);
  });
});
