// Also the clause signal of options.strongClause (off by default).
// Pair IDF within a group (options.pairIdfByGroup): a penalty article is compared with the other
// penalty articles of the two texts, so the sanction formulae every one of them shares (责令限期改正,
// 逾期不改正的, 处…罚款) weigh nothing and the conduct it sanctions decides.
import { describe, expect, it } from 'vitest';
import { withBigrams } from '../../../ingest/link/index.js';
import { clauseCarried, linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { linkOptions } from '../../../ingest/link/options.js';

const unit = (id: string, docIndex: number, text: string, penalty = false): LinkUnit => ({
  id, docIndex, offset: 0, text, entities: new Set(), words: withBigrams([], text, true), genre: 'regulation', ...(penalty ? { group: 'penalty' } : {}),
});

const units = [
  unit('law#第十条', 0, '第十条 单位应当保障疏散通道、安全出口畅通，按照标准配置消防设施。'),
  unit('law#第十一条', 0, '第十一条 仓库的管理应当执行消防技术标准，消除火灾隐患。'),
  unit('law#第十二条', 0, '第十二条 电器产品的安装、使用应当符合消防技术标准和管理规定。'),
  unit('law#第六十条', 0, '第六十条 单位占用、堵塞、封闭疏散通道、安全出口的，责令改正，处五千元以上五万元以下罚款。', true),
  unit('law#第六十六条', 0, '第六十六条 电器产品的安装、使用不符合消防技术标准和管理规定的，责令限期改正；逾期不改正的，责令停止使用，可以并处一千元以上五千元以下罚款。', true),
  unit('law#第六十七条', 0, '第六十七条 机关、团体违反本法第十条规定的，责令限期改正；逾期不改正的，对直接负责的主管人员依法给予处分。', true),
  unit('prov#第九条', 1, '第九条 物业服务人应当保障公共疏散通道、安全出口畅通。'),
  unit('prov#第十条', 1, '第十条 禁止在楼梯间停放电动自行车或者为其充电。'),
  unit('prov#第四十条', 1, '第四十条 违反本办法第十条规定，在楼梯间停放电动自行车的，由消防救援机构责令限期改正；逾期不改正的，处一千元以上五千元以下罚款。', true),
  unit('prov#第四十一条', 1, '第四十一条 物业服务人违反本办法第九条规定，占用、堵塞疏散通道、安全出口的，责令改正，处五千元以上二万元以下罚款。', true),
];
const options = (on: boolean) =>
  // (options.penaltyDuty, session 52, refuses the stairwell / electrical-products pair outright: off here, where the scores are weighed.)
  linkOptions({ pairIdfByGroup: on ? { factor: 1 } : null, penaltyDuty: null, topKPerClause: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0.001 }, relative: 0, topK: 5, pairIdf: true } } });
const scores = (on: boolean, lower: string) =>
  Object.fromEntries(linkMeasures(units, (l, h) => l === 1 && h === 0, [], options(on)).filter((l) => l.lower === lower).map((l) => [l.higher, l.score]));

describe('pair IDF within a group', () => {
  it('a penalty article on parking in stairwells no longer meets the electrical-products penalty by its sanction formula alone', () => {
    const [off, on] = [scores(false, 'prov#第四十条'), scores(true, 'prov#第四十条')];
    // The formula 责令限期改正；逾期不改正的 … 一千元以上五千元以下罚款 is all the two share.
    expect(off['law#第六十六条']).toBeGreaterThan(0.1);
    expect(on['law#第六十六条'] ?? 0).toBeLessThan(off['law#第六十六条'] / 2);
  });

  it('keeps the penalty article whose conduct is the same', () => {
    const on = scores(true, 'prov#第四十一条');
    const best = Object.entries(on).sort((a, b) => b[1] - a[1])[0];
    expect(best[0]).toBe('law#第六十条');
  });

  it('leaves articles of no group as they were', () => {
    expect(scores(true, 'prov#第九条')).toEqual(scores(false, 'prov#第九条'));
  });
});

describe('clauseCarried (options.strongClause)', () => {
  it('is the share of the most carried lower clause found in the higher text, labels left out', () => {
    const higher = '第十条 单位应当保障疏散通道、安全出口畅通。';
    expect(clauseCarried('第三条 物业服务人应当保障疏散通道、安全出口畅通；制定应急预案。', higher)).toBeGreaterThan(0.6);
    expect(clauseCarried('第十条 县级人民政府应当将消防工作纳入国民经济和社会发展规划。', higher)).toBeLessThan(0.2);
  });

  it('turns a link with no carried clause to partial when on, and leaves it when off', () => {
    const two = [
      unit('law#第五条', 0, '第五条 各级人民政府应当组织开展经常性的消防宣传教育，提高公民的消防安全意识。'),
      unit('prov#第五条', 1, '第五条 县级以上人民政府应当加强消防宣传工作，普及消防知识，增强全社会意识。'),
    ];
    const o = (strongClause: { genres: ('regulation' | 'plan')[]; min: number } | null) =>
      linkOptions({ strongClause, topKPerClause: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.01, partial: 0.001 }, relative: 0, topK: 5, pairIdf: false } } });
    const verdict = (s: Parameters<typeof o>[0]) => linkMeasures(two, (l, h) => l === 1 && h === 0, [], o(s))[0]?.verdict;
    expect(verdict(null)).toBe('implements');
    expect(verdict({ genres: ['regulation'], min: 0.9 })).toBe('partial');
  });
});
