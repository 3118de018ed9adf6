// Session 51 (lead): lawTrainedObjects read a run verb right after another (组织开展…培训) from the first, so the persons opened
// with the second verb (开展专利代理师 in random2's 专利代理条例, 开展少数民族公民 in kinds' 景宁 自治条例: found by helper tidy2).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract/index.js';
import { regulation } from './law-text.js';
import { lexicon, structured } from '../helpers.js';

const groups = (text: string) =>
  [...new Set(extract(structured('x.txt', text), lexicon).mentions.filter((m) => m.type === 'TargetGroup').map((m) => m.canonical))];

describe('the persons a training is named after, after two run verbs', () => {
  // 专利代理条例 (2018) 第二十一条 (random2, a development set).
  const text = regulation('专利代理条例', '专利代理行业组织应当加强对会员的自律管理，组织开展专利代理师业务培训和职业道德、执业纪律教育，对违反行业自律规范的会员实行惩戒。');

  it('reads 专利代理师 after 组织开展, never a name opening with 开展', () => {
    const found = groups(text);
    expect(found).toContain('专利代理师');
    expect(found.filter((n) => n.startsWith('开展'))).toEqual([]);
  });
});
