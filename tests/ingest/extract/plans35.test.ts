// Session 35 (plans): how Chinese regulations state quantities, read on the development draws' target errors (randomj, randomk,
// randoml, randomm, randomo, randomp, randoms, randomv) for kinds of shape only. The sentences below are of my own making in
// those shapes; each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { articleTargets as targetsOf } from './law-text.js';
import { extracted } from '../helpers.js';
import { findChineseNumerals } from '../../../ingest/extract/numerals.js';

describe('a Chinese decimal (点)', () => {
  it('keeps the decimal of 百分之一点五 and of 二点五', () => {
    expect(findChineseNumerals('百分之一点五').map((n) => [n.value, n.percent, n.length])).toEqual([[1.5, true, 6]]);
    expect(findChineseNumerals('二点五米').map((n) => n.value)).toEqual([2.5]);
    expect(targetsOf('用人单位应当按照不少于本单位职工总数百分之一点五的比例安排残疾人就业。')).toEqual([['安排残疾人就业', '>=', 1.5, '%']]);
  });
});

describe('a distance that marks out an area', () => {
  it('is no target after a direction or an edge, with 各 or a bound between, or before 范围', () => {
    expect(targetsOf('保护范围为：自纪念碑向东800米至河堤，向西600米至公路。')).toEqual([]);
    expect(targetsOf('在河道岸线两侧各500米范围内，禁止建设畜禽养殖场。')).toEqual([]);
    expect(targetsOf('控制地带是指保护区外延不低于一百米的区域。')).toEqual([]);
    expect(targetsOf('禁止在围墙外3米范围内堆放物品。')).toEqual([]);
  });

  it('still reads a height a rule bounds, with the modal bound 不得高于', () => {
    expect(targetsOf('街道两侧的建筑檐口不得高于12米。')).toEqual([['街道两侧的建筑檐口', '<=', 12, '米']]);
  });
});

describe('units', () => {
  it('reads a sound level in 分贝 and a change in 百分点 without its 个', () => {
    // Session 39 (plans): the time of day qualifies the limit and is no part of the metric (was 居住区的噪声夜间).
    expect(targetsOf('居住区的噪声夜间应当控制在50分贝以内。')).toEqual([['居住区的噪声', '<=', 50, '分贝']]);
    expect(targetsOf('绿地率可以降低3个百分点。').map((t) => t[3])).toEqual(['百分点']);
  });
});

describe('the act a time limit bounds', () => {
  it('is the verbal noun of 对X进行Y', () => {
    expect(targetsOf('主管部门应当自受理申请之日起15日内对申请材料和场所进行审查。')).toEqual([['审查', '<=', 15, '日']]);
  });

  it('leaves out the body the act goes to', () => {
    expect(targetsOf('经营单位应当自变更之日起10日内报送原发证的市场监督管理部门备案。')).toEqual([['报送备案', '<=', 10, '日']]);
    expect(targetsOf('乡镇人民政府应当在3日内提请县级人民政府予以取缔。')).toEqual([['提请取缔', '<=', 3, '日']]);
    expect(targetsOf('事后七个工作日内，施工单位应当向区城市管理部门备案。')).toEqual([['备案', '<=', 7, '工作日']]);
  });
});

describe('a share of money set aside for a use', () => {
  it('is the fund by its use', () => {
    expect(targetsOf('留存的社会福利基金应当按照不低于百分之二十的比例用于养老服务。')).toEqual([['用于养老服务的社会福利基金', '>=', 20, '%']]);
    expect(targetsOf('每年应当按照不低于百分之五的比例提取经费，用于职工技能培训。')).toEqual([['用于职工技能培训的经费', '>=', 5, '%']]);
  });

  it('reads a share set aside with only its verb as the share for the use the next clause states', () => {
    expect(targetsOf('推广机构应当提取不超过技术性收入的百分之三十，奖励直接参加推广服务的人员。')).toEqual([['奖励直接参加推广服务的人员', '<=', 30, '%']]);
  });

  it('keeps an act done by a ratio that is no use of money', () => {
    expect(targetsOf('用人单位应当按照不少于职工总数百分之二的比例安排退役军人就业。')).toEqual([['安排退役军人就业', '>=', 2, '%']]);
  });
});

describe('terms of service and durations a duty requires', () => {
  it('reads a term of service stated with 为, bounded or not, and a part of it after 其中', () => {
    expect(targetsOf('民兵干部在本职务服役的最低年限为三年。')).toEqual([['民兵干部在本职务服役的最低年限', '>=', 3, '年']]);
    expect(targetsOf('志愿兵服现役年限为六年，其中，一级士官、二级士官各为三年。')).toEqual([
      ['志愿兵服现役年限', '=', 6, '年'],
      ['一级士官、二级士官', '=', 3, '年'],
    ]);
  });

  it('still leaves out a term stated with 为 that is neither bounded nor of service', () => {
    expect(targetsOf('诉讼时效期间为二年。')).toEqual([]);
  });

  it('reads the years of a contract to conclude and of an experience to have', () => {
    expect(targetsOf('用人单位应当与其签订三年以上劳动合同。')).toEqual([['劳动合同', '>=', 3, '年']]);
    expect(targetsOf('校车驾驶人应当具有五年以上安全驾驶经历。')).toEqual([['安全驾驶经历', '>=', 5, '年']]);
    expect(targetsOf('驾驶人不具有五年以上安全驾驶经历的，不得驾驶校车。')).toEqual([]);
  });
});

describe('more shapes of quantities in regulations', () => {
  it('reads 二十千克 (千 opens the unit)', () => {
    expect(findChineseNumerals('不得超过二十千克').map((n) => [n.value, n.length])).toEqual([[20, 2]]);
    expect(targetsOf('三轮车附载货物时，质量不得超过三十千克。')).toEqual([['质量', '<=', 30, '千克']]);
  });

  it('reads a duration with 为期 and a leave granted, not a course one may apply for', () => {
    expect(targetsOf('驾驶人应当接受公安机关组织的为期三日的安全知识教育。')).toEqual([['安全知识教育', '=', 3, '日']]);
    expect(targetsOf('驾驶人可以申请参加公安机关组织的为期一日的安全知识教育。')).toEqual([]);
    expect(targetsOf('职工除享受国家规定的婚假外，增加婚假十天，男方享受配偶陪产假十五天。')).toEqual([
      ['婚假', '=', 10, '天'],
      ['配偶陪产假', '=', 15, '天'],
    ]);
  });

  it('reads bounded points, not the adverb 十分', () => {
    expect(targetsOf('一个周期内的学习减分不得超过六分。')).toEqual([['一个周期内的学习减分', '<=', 6, '分']]);
  });

  it('reads the share a thing takes of a whole as that thing', () => {
    expect(targetsOf('居住区的绿地面积，应当占总用地面积的百分之三十以上。')).toEqual([['居住区的绿地面积', '>=', 30, '%']]);
  });

  it('reads no permission, no distance from a point, no added article, no definition', () => {
    expect(targetsOf('根据需要也可以邀请3名专家参加。')).toEqual([]);
    expect(targetsOf('干流自河口2万米上溯至5万米的岸线内禁止采砂。')).toEqual([]);
    expect(targetsOf('在条例第十条后增加一条，作为第十条之一。')).toEqual([]);
    expect(targetsOf('本条例所称大型机场是指跑道长度大于3000米的机场。')).toEqual([]);
  });

  it('reads the thing kept for a 保存期, and the persons a meeting must have', () => {
    expect(targetsOf('经营者应当建立并保存产品销售记录，保存期不得少于3年。')).toEqual([['产品销售记录', '>=', 3, '年']]);
    expect(targetsOf('评审会议应当有7名以上评审委员会委员参加。')).toEqual([['评审委员会委员', '>=', 7, '名']]);
  });
});

describe('cited documents', () => {
  const cited = (article: string) =>
    extracted('x.md', `某某市某某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　${article}\n`).citations.map((c) => c.title);

  it('resolves a short title defined in quotes （以下简称“《X》”） and does not cite it on its own', () => {
    expect(cited('根据国务院批准的《某某试验区总体方案》（以下简称“《总体方案》”），制定本条例。本市依照《总体方案》推进改革。')).toEqual([
      '某某试验区总体方案',
      '某某试验区总体方案',
    ]);
  });

  it('cites an international practice', () => {
    expect(cited('当事人没有约定的，适用国际商会《托收统一惯例》。')).toEqual(['托收统一惯例']);
  });
});
