// Session 63 (helper penalty7, issue 13): the fines' ranges (fine-range.ts) and the higher article with no sanction of its own
// (penaltyDuty.unsanctioned, penalty-duty.ts).
import { describe, expect, it } from 'vitest';
import { chineseNumber, fineRanges, finesMeet } from '../../../ingest/link/fine-range.js';
import { penaltyDutyMeets } from '../../../ingest/link/penalty-duty.js';
import { DEFAULT_LINK_OPTIONS, PENALTY_DUTY_NAMED, PENALTY_DUTY_RANGES, PENALTY_DUTY_UNSANCTIONED } from '../../../ingest/link/options.js';

describe('fine ranges', () => {
  it('reads Chinese and Arabic amounts', () => {
    expect([chineseNumber('二十万'), chineseNumber('五千'), chineseNumber('一百'), chineseNumber('2000'), chineseNumber('十')]).toEqual([200000, 5000, 100, 2000, 10]);
  });
  it('reads the ranges of an article’s fines, not its multiples or shares', () => {
    expect(fineRanges('责令限期改正，处二万元以上十万元以下的罚款；逾期不改正的，处以五千元以下的罚款')).toEqual([[20000, 100000], [0, 5000]]);
    expect(fineRanges('处一万以上五万元以下罚款，并处五十元罚款')).toEqual([[10000, 50000], [50, 50]]);
    expect(fineRanges('处中标项目金额千分之五以上千分之十以下的罚款；并处违法所得一倍以上五倍以下的罚款；可以并处罚款')).toEqual([]);
  });
  it('is on by default, unsanctioned off, as measured', () => {
    expect(DEFAULT_LINK_OPTIONS.penaltyDuty).toEqual(PENALTY_DUTY_RANGES);
    expect(PENALTY_DUTY_RANGES).toEqual({ ...PENALTY_DUTY_NAMED, ranges: true });
    expect(DEFAULT_LINK_OPTIONS.penaltyDuty!.unsanctioned).toBeUndefined();
  });
  it('refuses only fines that do not overlap', () => {
    expect(finesMeet('处一千元以上一万元以下的罚款', '处十万元以上五十万元以下的罚款')).toBe(false);
    expect(finesMeet('处二万元以上五万元以下的罚款', '处三千元以上三万元以下罚款')).toBe(true);
    expect(finesMeet('处一千元以上一万元以下的罚款', '没收违法所得，可以并处罚款')).toBe(true);
  });
});

describe('penaltyDuty.unsanctioned', () => {
  const lower = '第五十六条 违反本条例，旅馆、洗浴、茶馆、酒吧的经营者未在显著位置设置禁毒警示标志的，由公安机关责令改正，给予警告；拒不改正的，处二千元以上一万元以下罚款。';
  const higher = '第六十五条 娱乐场所及其从业人员实施毒品违法犯罪行为，或者为进入娱乐场所的人员实施毒品违法犯罪行为提供条件，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，依照有关法律、行政法规的规定给予处罚。';
  const df = () => 0;
  it('reads an unnamed lower fine against a higher article with no sanction of its own: the conduct decides', () => {
    expect(penaltyDutyMeets(lower, higher, [], df, 10, PENALTY_DUTY_NAMED)).toBe(true);
    expect(penaltyDutyMeets(lower, higher, [], df, 10, PENALTY_DUTY_UNSANCTIONED)).toBe(false);
  });
  it('leaves a higher article that sets a fine to namedOnly', () => {
    const fined = higher.replace('依照有关法律、行政法规的规定给予处罚', '处五千元以上五万元以下罚款');
    expect(penaltyDutyMeets(lower, fined, [], df, 10, PENALTY_DUTY_UNSANCTIONED)).toBe(true);
  });
});
