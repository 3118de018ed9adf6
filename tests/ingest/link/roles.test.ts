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
    // A scope sentence followed by a definition is a definition article; a penalty with its own
    // sanction is not a referral; a plan's item has no role.
    expect(articleRole('第二条 本条例适用于本市的志愿服务。本条例所称志愿服务，是指志愿者自愿、无偿提供的公益服务。', o)).toBeUndefined();
    expect(articleRole('第三十二条 违反本条例第二十一条规定的，由市场监督管理部门责令改正，可以并处罚款。', o)).toBeUndefined();
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
