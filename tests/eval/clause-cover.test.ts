// The session-25 harnesses read dev link sets only, and their clause evidence says which candidate explains which
// clause of a lower article better than the links already chosen.
import { describe, expect, it } from 'vitest';
import { HELD_OUT_LINK_SETS } from './sets.js';
import { clauseGain, clauses, clauseShares } from './clause-cover.js';
import { loadDev } from './dev-cache.js';

describe('clause cover', () => {
  it.each(HELD_OUT_LINK_SETS)('refuses the held-out link set %s', async (id) => {
    await expect(loadDev(id)).rejects.toThrow(/held-out/);
  });

  it('splits an article into its sentences and clauses, its label and short fragments left out', () => {
    const cls = clauses('第七条县级以上人民政府应当加强献血宣传；卫生健康部门负责组织实施。\n鼓励社会组织参与。好的。');
    expect(cls).toHaveLength(3);
    expect(cls[0]).not.toContain('第七');
    expect(cls[0]).toContain('献血');
  });

  it('a candidate gains where it explains a clause the chosen link does not', () => {
    const cls = clauses('县级以上人民政府应当加强献血宣传。血站应当公开采血地址和服务时间。');
    const higher = [new Set(clauses('各级人民政府应当加强献血宣传工作')[0]), new Set(clauses('血站应当向社会公开采血地址')[0])];
    const m = clauseShares(cls, higher, () => 1);
    const g = clauseGain(m, 1, [0]);
    expect(g.strictGain).toBeGreaterThan(0.3);
    // The chosen link already explains the first clause: the first candidate gains nothing over itself.
    expect(clauseGain(m, 0, [0]).gain).toBeLessThanOrEqual(0);
  });
});
