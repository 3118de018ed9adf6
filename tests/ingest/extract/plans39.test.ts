// Session 39 (plans): a time of day before a limit (白天/夜间/昼间) qualifies it; the thing limited is named before it, by the
// target before in the sentence, or by the clause before. Sentences of my own making in the shape of randomk's 商丘 古城 条例 and of
// noise rules; each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { articleTargets as targetsOf } from './law-text.js';

describe('a time of day before a limit', () => {
  it('takes the thing the clause before names, for the day and for the night', () => {
    expect(targetsOf('景区内的室外噪音严格按照国家标准执行，白天控制在55分贝以内，夜间控制在45分贝以内。')).toEqual([
      ['室外噪音', '<=', 55, '分贝'],
      ['室外噪音', '<=', 45, '分贝'],
    ]);
  });

  it('drops the time of day after the thing limited, and gives the next clause the same thing', () => {
    expect(targetsOf('商业区环境噪声昼间不得超过60分贝，夜间不得超过50分贝。')).toEqual([
      ['商业区环境噪声', '<=', 60, '分贝'],
      ['商业区环境噪声', '<=', 50, '分贝'],
    ]);
  });
});
