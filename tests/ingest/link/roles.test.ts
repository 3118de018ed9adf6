// Framing articles of laws (articleRoles), editions of a yearly series (oneEditionPerSeries) and
// region partitions of the candidate indexes (LinkScope).
import { describe, expect, it } from 'vitest';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { articleRole, linkOptions } from '../../../ingest/link/options.js';

const unit = (id: string, docIndex: number, text: string): LinkUnit => ({
  id, docIndex, offset: 0, text, entities: new Set(), words: text.match(/.{2}/g) ?? [],
  role: articleRole(text, linkOptions()),
});
const pairs = (links: { lower: string; higher: string }[]) => links.map((l) => `${l.lower}>${l.higher}`).sort();

describe('article roles', () => {
  const o = linkOptions();
  it('reads the standard framing articles of a regulation', () => {
    expect(articleRole('第一条 为了加强国防教育，根据《中华人民共和国国防教育法》，结合本省实际，制定本条例。', o)).toBe('purpose');
    expect(articleRole('第二条 本条例适用于本省行政区域内的国防教育活动。', o)).toBe('scope');
    expect(articleRole('第四十五条 本条例自2021年3月1日起施行。', o)).toBe('effective');
    expect(articleRole('第四十三条 违反本条例规定的行为，按照有关法律、法规的规定予以处理。', o)).toBe('referral');
    expect(articleRole('第三十七条 对违反本办法规定的行为，按照慈善法和其他有关法律、法规的规定追究法律责任。', o)).toBe('referral');
    // Session 34: the 从其规定 form (statistics family, 浙江 第十四条); with a sanction of its own after it, not a referral.
    expect(articleRole('第十四条 违反本条例规定的行为，法律、行政法规已有法律责任规定的，从其规定。', o)).toBe('referral');
    expect(articleRole('第三十三条 违反本条例规定的行为，法律、行政法规已规定法律责任的，从其规定。', o)).toBe('referral');
    expect(articleRole('第十四条 违反本条例规定的行为，法律、行政法规已有法律责任规定的，从其规定；未规定的，由统计机构责令改正。', o)).not.toBe('referral');
    // A 第一条 that names only its basis, with no purpose of its own; one with a purpose stays a purpose article.
    expect(articleRole('第一条 根据《中华人民共和国慈善法》（以下简称慈善法）和有关法律、行政法规，结合本省实际，制定本办法。', o)).toBe('basis');
    expect(articleRole('第一条 为了实施《中华人民共和国国防教育法》，结合本市实际情况，制定本办法。', o)).toBe('basis');
    expect(articleRole('第一条 为了保障经济困难的公民获得必要的法律服务，根据《法律援助条例》，结合本省实际，制定本条例。', o)).toBe('purpose');
    // A scope sentence followed by a definition is a definition article; a penalty with its own
    // sanction is not a referral; a plan's item has no role.
    expect(articleRole('第二条 本条例适用于本市的志愿服务。本条例所称志愿服务，是指志愿者自愿、无偿提供的公益服务。', o)).toBeUndefined();
    expect(articleRole('第三十二条 违反本条例第二十一条规定的，由市场监督管理部门责令改正，可以并处罚款。', o)).toBeUndefined();
    expect(articleRole('第三十条 违反本条例规定的，由民政部门责令改正；情节严重的，处一万元以下罚款。', o)).toBeUndefined();
    expect(articleRole('加强科普基础设施建设，推动科技馆免费开放', o)).toBeUndefined();
  });

  it('never links a scope or effective-date article, and links two purpose articles only as partial', () => {
    const purpose = '为了普及和加强国防教育，发扬爱国主义精神，增强公民国防观念，促进国防建设';
    const units = [
      unit('law#第一条', 0, `第一条 ${purpose}，制定本法。`),
      unit('law#第三十八条', 0, '第三十八条 本法自2001年4月28日起施行。'),
      unit('law#第五条', 0, '第五条 国务院领导全国的国防教育工作，县级以上人民政府将国防教育纳入国民经济和社会发展计划'),
      unit('prov#第一条', 1, `第一条 ${purpose}，根据《中华人民共和国国防教育法》，制定本条例。`),
      unit('prov#第四十条', 1, '第四十条 本条例自2001年4月28日起施行。'),
      unit('prov#第五条', 1, '第五条 县级以上人民政府领导本行政区域内的国防教育工作，将国防教育纳入国民经济和社会发展计划'),
    ];
    const links = linkMeasures(units, (l, h) => l === 1 && h === 0, [], linkOptions({ genres: {} }));
    expect(pairs(links)).toEqual(['prov#第一条>law#第一条', 'prov#第五条>law#第五条']);
    expect(links.find((l) => l.lower === 'prov#第一条')!.verdict).toBe('partial');
  });

  it('links a purpose article only to a purpose article, and a basis article to nothing', () => {
    // The lower purpose article shares its words with a higher duty article, not with the higher purpose;
    // the higher purpose article shares its words with a lower duty article.
    const units = [
      unit('law#第一条', 0, '第一条 为了发展慈善事业，弘扬慈善文化，规范慈善活动，制定本法。'),
      unit('law#第八十八条', 0, '第八十八条 国家采取措施弘扬慈善文化，培育公民慈善意识，保护慈善组织的合法权益'),
      unit('law#第九条', 0, '第九条 慈善组织应当符合下列条件，依法登记'),
      unit('prov#第一条', 1, '第一条 为了弘扬慈善文化，培育公民慈善意识，保护慈善组织的合法权益，制定本办法。'),
      unit('prov#第五条', 1, '第五条 县级以上人民政府应当发展慈善事业，规范慈善活动，弘扬慈善文化'),
      unit('prov#第二条', 1, '第二条 根据《中华人民共和国慈善法》和有关法律、行政法规，结合本省实际，制定本办法。'),
    ];
    const allowed = (l: number, h: number) => l === 1 && h === 0;
    const links = pairs(linkMeasures(units, allowed, [], linkOptions({ genres: {} })));
    expect(links).not.toContain('prov#第一条>law#第八十八条');
    expect(links).not.toContain('prov#第五条>law#第一条');
    expect(links.filter((l) => l.startsWith('prov#第二条'))).toEqual([]);
    // Without the rule the purpose article follows its words to the duty article.
    const plain = pairs(linkMeasures(units, allowed, [], linkOptions({ genres: {}, roleLinks: { none: ['scope', 'effective', 'referral', 'announce'], weakWithSame: ['purpose'], onlyWithSame: [] } })));
    expect(plain).toContain('prov#第一条>law#第八十八条');
  });
});

describe('scope of candidates and editions of a series', () => {
  const item = '推动科学辟谣平台建设，打造全国科学辟谣平台，开展科普大篷车进基层活动';
  it('keeps the best-matching edition of a yearly series only', () => {
    const units = [
      { ...unit('prov2020#1', 0, item), words: item.match(/.{2}/g)! },
      { ...unit('prov2021#1', 1, `${item}，推进科技馆免费开放`), words: `${item}，推进科技馆免费开放`.match(/.{2}/g)! },
      { ...unit('city2021#1', 2, `${item}，推进科技馆免费开放`), words: `${item}，推进科技馆免费开放`.match(/.{2}/g)! },
    ];
    const scope = { partition: () => '', chain: () => [''], series: (d: number) => (d < 2 ? 'provincial|某省|科普工作要点' : undefined) };
    const allowed = (l: number, h: number) => l === 2 && h < 2;
    expect(pairs(linkMeasures(units, allowed, [], linkOptions(), false, scope))).toEqual(['city2021#1>prov2021#1']);
    expect(pairs(linkMeasures(units, allowed, [], linkOptions({ oneEditionPerSeries: false }), false, scope))).toEqual(['city2021#1>prov2020#1', 'city2021#1>prov2021#1']);
  });

  it('finds candidates only in the partitions on the lower document’s chain', () => {
    const units = [unit('national#1', 0, item), unit('other#1', 1, item), unit('city#1', 2, item)];
    const scope = { partition: (d: number) => ['全国', '广东省', '长春市'][d], chain: () => ['全国', '吉林省', '长春市'] };
    expect(pairs(linkMeasures(units, (l, h) => l === 2 && h !== 2, [], linkOptions(), false, scope))).toEqual(['city#1>national#1']);
  });
});
