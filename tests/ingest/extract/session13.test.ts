import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../ingest/extract/targets.js';
import { extracted, lexicon } from '../helpers.js';
import { regulation } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file): the session-13 rules
// (recurring days on the lunar calendar, kind modifiers of social policy, clauses that are no programme,
// frequencies per period and ages as targets).
const of = (text: string, type: string) =>
  [...new Set(extracted('x.txt', text).mentions.filter((m) => m.type === type).map((m) => m.canonical))].sort();

describe('recurring days of the lunar calendar', () => {
  it('reads a day a law designates by a lunar date, a festival in brackets passed over and known', () => {
    const text = regulation(
      '江西省妇女儿童权益保障条例',
      '每年农历五月初五（端午节）为本省龙舟节。',
      '每年农历八月十五为团圆日，每年3月8日为本省妇女维权日。',
    );
    expect(of(text, 'Brand')).toEqual(['团圆日', '江西省妇女维权日', '江西省龙舟节', '端午节'].sort());
  });

  it('knows the traditional festivals and awareness days of the public calendar without a designation', () => {
    const text = regulation('江西省全民健身条例', '在春节、中秋节和全国科技活动周期间开展活动，结合国际护士节和全国质量月进行宣传。');
    expect(of(text, 'Brand')).toEqual(expect.arrayContaining(['春节', '中秋节', '国际护士节', '全国质量月']));
  });
});

describe('kind modifiers of social policy before a group', () => {
  it('keeps residence, need, age and care modifiers (农村, 低收入, 高龄, 失能) and the supporters of family law', () => {
    const text = regulation(
      '江西省社会救助条例',
      '对农村老年人、低收入老年人和高龄老年人给予补贴，为失能老年人提供照护。',
      '赡养人和扶养人应当履行义务。',
    );
    // (赡养人 and 扶养人, only obliged here, are no groups since the gold decision of session 35.)
    expect(of(text, 'TargetGroup')).toEqual(['农村老年人', '低收入老年人', '高龄老年人', '失能老年人'].sort());
  });

  it('reads no kind when the modifier is shared by a list of groups or is the second of two modifiers', () => {
    const text = regulation('江西省社会救助条例', '扶持农村职工、农民脱贫。', '鼓励在职或者离退休国家工作人员参加。');
    const found = of(text, 'TargetGroup');
    expect(found).toEqual(expect.arrayContaining(['职工', '农民', '国家工作人员']));
    expect(found).not.toContain('农村职工');
    expect(found).not.toContain('离退休国家工作人员');
  });
});

describe('clauses that are no programme', () => {
  it('rejects a suffix used as a verb after a body or a modal (部门应当上门调查, 民政部门调查…)', () => {
    const text = regulation(
      '江西省养老服务条例',
      '行动不便的，受理部门应当上门调查。民政部门调查养老机构的情况。各级人民政府应当规范养老服务收费项目。',
    );
    expect(of(text, 'Programme')).toEqual([]);
  });
});

describe('targets', () => {
  const fields = (text: string) => findTargets(text, { path: '1', span: [0, text.length] }, lexicon).map((t) => [t.metric, t.comparator, t.value, t.unit]);

  it('reads a frequency per period carried out by a body as a target (每年进行一次…)', () => {
    expect(fields('组织医疗机构对辖区内居民每年进行一次免费体格检查。')).toEqual([['免费体格检查', '=', 1, '次']]);
  });

  it('does not read an entitlement per period or an age as a target', () => {
    expect(fields('献血者可以免费享受每年一次健康体检。')).toEqual([]);
    expect(fields('本条例所称老年人是指六十周岁以上的公民。')).toEqual([]);
    expect(fields('本条例所称老年人是指60周岁以上的公民。')).toEqual([]);
  });
});
