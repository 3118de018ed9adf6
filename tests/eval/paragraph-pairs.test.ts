// The paragraph-pair harness (session 32): its signal reads the drafting rewrites, and it reads dev link sets only.
import { describe, expect, it } from 'vitest';
import { HELD_OUT_LINK_SETS } from './sets.js';
import { paragraphPairSimilarity } from './paragraph-pairs.js';
import { loadDev } from './dev-cache.js';

describe('paragraph-pairs harness', () => {
  const flat = () => 1;
  it('scores the best pair of paragraphs, not the whole article', () => {
    const lower = '第十条 居民委员会成员包括主任、副主任和委员。\n居民委员会根据工作需要设立若干委员会。';
    const higher = '第十三条 居民委员会根据需要设立若干委员会。';
    expect(paragraphPairSimilarity(lower, higher, flat)).toBeGreaterThan(0.7);
    expect(paragraphPairSimilarity(lower.split('\n')[0]!, higher, flat)).toBeLessThan(0.4);
  });
  it('brings the levels of government to one form (drafting rewrites) before comparing', () => {
    const [a, b] = ['第五条 县级以上地方人民政府卫生行政部门监督管理献血工作。', '第五条 市卫生健康主管部门监督管理献血工作。'];
    expect(paragraphPairSimilarity(a, b, flat)).toBeGreaterThan(0.8);
  });
  it.each(HELD_OUT_LINK_SETS)('refuses the held-out link set %s', async (id) => {
    await expect(loadDev(id)).rejects.toThrow(/held-out/);
  });
});
