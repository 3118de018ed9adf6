import { describe, expect, it } from 'vitest';
import { levelAndRegion } from '../../../ingest/structure/issuer.js';
import { extracted, lexicon } from '../helpers.js';
import { regulation, names } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file): the rules helper extract2 added in session
// 22, read on tests/real/randomw-heldout (spent after randomv-heldout was frozen and scored once) for kinds of miss.

describe('a verb that takes an event or scheme as its object ends its name in a law', () => {
  it('reads no 所称…, 是指…, 方式使用…, 销售…, 享有… or 证明侵犯… programme', () => {
    const text = regulation(
      '某博览会标志保护办法',
      '本办法所称国际园艺博览会标志，是指国际园艺博览会的会徽。',
      '未经许可，任何人不得以商业方式使用国际园艺博览会标志，不得销售国际园艺博览会标志商品。',
      '权利人依照本办法享有国际园艺博览会标志专有权。',
      '有证据证明侵犯国际园艺博览会标志专有权的，依法处理。',
    );
    // Whether the bare event is a programme is another question; the clause before it is never part of its name.
    expect(names('Programme', text).filter((n) => n !== '国际园艺博览会')).toEqual([]);
  });
});

describe('staff of an inspection or of the police are no target group where the text does not serve them', () => {
  it('drops 稽查人员 and 公安人员 who only carry out the procedure', () => {
    const text = regulation('某市收购业管理办法', '稽查人员执行检查任务时，应当出示证件。', '公安人员依法对收购场所进行检查。');
    const found = names('TargetGroup', text);
    expect(found).not.toContain('稽查人员');
    expect(found).not.toContain('公安人员');
  });

  it('keeps 公安人员 where the text trains them', () => {
    const text = regulation('某市警务培训办法', '公安机关应当加强对公安人员的培训和考核。');
    expect(names('TargetGroup', text)).toContain('公安人员');
  });
});

describe('a national pilot zone is named 中国（<region>）…', () => {
  const text = regulation(
    '中国（某某）自由贸易试验区条例',
    '中国（浙江）自由贸易试验区管理委员会负责试验区的日常管理。',
    '管理委员会应当建设中国（浙江）自由贸易试验区综合服务平台。',
  );
  it('keeps the prefix in the zone body\'s name', () => {
    expect(names('Organisation', text)).toContain('中国（浙江）自由贸易试验区管理委员会');
    expect(names('Organisation', text)).not.toContain('自由贸易试验区管理委员会');
  });

  it('reads the region of a title so named from inside the brackets, not the country', () => {
    expect(levelAndRegion(undefined, '中国（浙江）自由贸易试验区条例', lexicon)).toEqual({ level: 'provincial', region: '浙江省' });
    expect(levelAndRegion(undefined, '中华人民共和国国防教育法', lexicon)).toEqual({ level: 'central', region: '全国' });
  });
});

describe('kinds of document and staff of a venue (read on randomw-heldout, spent)', () => {
  it('cites a military 条令 and reads no organisation in it', () => {
    const text = regulation('某部队证件管理办法', '违反本办法的，依照《中国人民解放军内务条令》的有关规定处理。');
    const { citations, mentions } = extracted('x.txt', text);
    expect(citations.map((c) => c.title)).toContain('中国人民解放军内务条令');
    expect(mentions.filter((m) => m.type === 'Organisation').map((m) => m.canonical)).not.toContain('中国人民解放军内务条令');
  });

  it('reads no target group in the staff of a venue (…场所人员)', () => {
    const text = regulation('某市娱乐市场管理条例', '营业性娱乐场所人员应当佩戴工作标志。');
    expect(names('TargetGroup', text).filter((n) => n.endsWith('场所人员'))).toEqual([]);
  });
});

describe('a project, account or system named by generic words of its field is no programme of a law', () => {
  it('reads no programme in 外商投资项目, 资本项目 or 综合管理服务平台', () => {
    const text = regulation(
      '某市开放区条例',
      '外商投资项目实行备案管理，人民币资本项目可兑换依照国家规定推进。',
      '管理机构应当建设综合管理服务平台。',
    );
    expect(names('Programme', text)).toEqual([]);
  });

  it('keeps a system with a scheme\'s name (企业信用信息系统, 信息 in its head)', () => {
    const text = regulation('杭州市开放区条例', '有关部门应当将违法行为信息记入本市企业信用信息系统。');
    expect(names('Programme', text)).toEqual(['杭州市企业信用信息系统']);
  });
});

describe('the armed police named without 中国人民 (read on randomw-heldout, spent)', () => {
  it('reads 武装警察部队 as 中国人民武装警察部队', () => {
    const text = regulation('某证件管理办法', '现役军人凭军队、武装警察部队制发的身份证件证明身份。');
    expect(names('Organisation', text)).toContain('中国人民武装警察部队');
  });
});

describe('a licence validated or a thing tested so often per period (read on randomw-heldout, spent)', () => {
  it('reads 许可证每年验证一次 as = 1 次', () => {
    const text = regulation('某市娱乐场所管理条例', '经营许可证每年验证一次。');
    const t = extracted('x.txt', text).targets;
    expect(t.map((x) => [x.comparator, x.value, x.unit])).toContainEqual(['=', 1, '次']);
  });
});

describe('a party before 与 is no part of a programme name (read on randomw-heldout, spent)', () => {
  it('reads no 行为人与… programme', () => {
    const text = regulation('某博览会标志保护办法', '行为人与国际园艺博览会执行委员会签订许可合同的，可以使用其标志。');
    expect(names('Programme', text).filter((n) => n.startsWith('行为人'))).toEqual([]);
  });
});
