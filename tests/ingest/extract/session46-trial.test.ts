// Session 46 trial: the explorer's targets view read "每年从实施该项科技成果的营业利润中提取 = 3–5 年" for 法 第四十五条, 山东
// 第三十四条 and 河南 第四十条, as if 3–5 years were the amount drawn. The years are how long the yearly act runs
// (options.dutySpanDuration); the amount is the percentage, a target of its own.
import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../ingest/extract/targets.js';
import { DEFAULT_EXTRACT_OPTIONS } from '../../../ingest/extract/options.js';
import { lexicon } from '../helpers.js';

// 促进科技成果转化法 第四十五条 (三), as the law has it.
const LAW_45 = '将该项职务科技成果自行实施或者与他人合作实施的，应当在实施转化成功投产后连续三至五年，每年从实施该项科技成果的营业利润中提取不低于百分之五的比例。';

describe('a duty span names a duration, not an amount (dutySpanDuration)', () => {
  const read = (over = {}) => findTargets(LAW_45, { path: '1', span: [0, LAW_45.length] }, lexicon, { ...DEFAULT_EXTRACT_OPTIONS, ...over });
  it('the years are the yearly act’s duration; the percentage is the amount', () => {
    const found = read();
    expect(found.find((t) => t.unit === '年')).toMatchObject({ metric: '每年从实施该项科技成果的营业利润中提取的连续年限', comparator: '=', value: 3, valueMax: 5 });
    expect(found.find((t) => t.unit === '%')).toMatchObject({ comparator: '>=', value: 5 });
  });
  it('without the words the metric is the act alone (the session-44 reading)', () => {
    expect(read({ dutySpanDuration: null }).find((t) => t.unit === '年')?.metric).toBe('每年从实施该项科技成果的营业利润中提取');
  });
});
