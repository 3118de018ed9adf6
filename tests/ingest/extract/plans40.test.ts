// Session 40 (plans): a number in a sentence's case (before the 的 or 时 that closes it, no 应当/必须/不得/可以 before it or in
// between) says when the rule applies, not what it commits: no target. Sentences of my own making in the shapes the dev draws
// showed (a window in which a party raised no objection, a nomination for two posts or more, the items of 具有下列情形之一的); each test fails
// without the rule (target-cues.txt caseClose / caseMain / notCase).
import { describe, expect, it } from 'vitest';
import { articleTargets as targetsOf } from './law-text.js';

describe('a number in the case of its sentence', () => {
  it('is no target when the case closes on 的 in a later clause', () => {
    expect(targetsOf('自收到通知之日起十五日内，当事人未提出异议的，决定即行生效。')).toEqual([]);
  });

  it('is no target when the case closes on 时', () => {
    expect(targetsOf('同一申请人申请三项以上许可时，受理机关应当一并审查。')).toEqual([]);
  });

  it('is no target in an item of a list of cases closing on 的；', () => {
    const article = '具有下列情形之一的，应当认定为情节严重：\n（一）造成直接经济损失五十万元以上，或者造成五人以上受伤的；\n（二）其他情节严重的情形。';
    expect(targetsOf(article)).toEqual([]);
  });

  it('stays a target when a duty stands before the number or before the close', () => {
    expect(targetsOf('行政机关应当在受理之日起十日内作出决定，逾期未作出决定的，视为准予。')).toEqual([['作出决定', '<=', 10, '日']]);
  });

  it('stays a target when the later clause opens a case of its own (对…的, 确需…的) or is 必要时', () => {
    expect(targetsOf('登记机关自收到申请之日起十五日内，对符合条件的，予以登记。')).toHaveLength(1);
    expect(targetsOf('每个街道配备三名以上专职人员，确需增加的，由区人民政府决定。')).toEqual([['专职人员', '>=', 3, '名']]);
    expect(targetsOf('调解委员会由委员三至九人组成，必要时，可以设副主任若干人。')).toEqual([['调解委员会', '=', 3, '人']]);
  });
});
