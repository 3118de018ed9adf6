// The regions lexicon covers Chinese administration: every provincial-level division, every
// prefecture-level city with its province; and a regulation of any of those cities gets its level
// and region from the body that adopted it.
import { describe, expect, it } from 'vitest';
import { lexicon, structured } from '../helpers.js';
import { regionByName } from '../../../ingest/lexicon/regions.js';
import { regionChain } from '../../../ingest/link/rules.js';

const provinces = lexicon.regions.filter((r) => r.level === 'province');
const cities = lexicon.regions.filter((r) => r.level === 'city');

describe('regions lexicon', () => {
  it('lists the 34 provincial-level divisions (and the XPCC) under 全国', () => {
    expect(provinces.filter((p) => p.name !== '新疆生产建设兵团')).toHaveLength(34);
    expect(provinces.every((p) => p.parent === '全国')).toBe(true);
  });

  it('lists at least the 333 prefecture-level divisions, each under a province of the lexicon', () => {
    expect(cities.length).toBeGreaterThanOrEqual(333);
    expect(cities.filter((c) => regionByName(c.parent ?? '', lexicon)?.level !== 'province')).toEqual([]);
    // Spot checks from every kind: 地级市, 自治州, 地区, 盟.
    expect(['汕尾市', '三门峡市', '延边朝鲜族自治州', '阿里地区', '锡林郭勒盟', '儋州市'].map((n) => regionByName(n, lexicon)?.parent)).toEqual([
      '广东省', '河南省', '吉林省', '西藏自治区', '内蒙古自治区', '海南省',
    ]);
  });

  it('lists every county-level division with a name of its own, under its city (the national division codes)', () => {
    const counties = lexicon.regions.filter((r) => r.level === 'county');
    expect(counties.length).toBeGreaterThan(2700);
    // Each under a city or province of the lexicon: the chain of a county document reaches its province.
    expect(counties.filter((c) => !['city', 'province'].includes(regionByName(c.parent ?? '', lexicon)?.level ?? ''))).toEqual([]);
    expect(['太湖县', '东阳市', '镇巴县', '牟定县', '义乌市', '海淀区'].map((n) => regionByName(n, lexicon)?.parent)).toEqual([
      '安庆市', '金华市', '汉中市', '楚雄彝族自治州', '金华市', '北京市',
    ]);
    expect(regionChain('太湖县', (r) => regionByName(r, lexicon)?.parent ?? undefined)).toEqual(['太湖县', '安庆市', '安徽省', '全国']);
    // A name two divisions share is left out (鼓楼区 of 福州, 南京, 徐州, 开封): no parent can be told from the name.
    expect(regionByName('鼓楼区', lexicon)).toBeUndefined();
  });

  it("reads a county document's level and region from the division list (a county-level city included)", () => {
    const doc = structured('plan.txt', '东阳市人民政府办公室关于印发东阳市促进就业实施方案的通知\n各镇、乡人民政府，市政府各部门：\n现将《东阳市促进就业实施方案》印发给你们。\n东阳市人民政府办公室\n2023年3月13日\n东阳市促进就业实施方案\n一、总体目标\n（一）促进就业。到2025年，新增就业800人以上。\n');
    expect([doc.level, doc.region]).toEqual(['county', '东阳市']);
  });

  it('has no name twice', () => {
    const names = lexicon.regions.map((r) => r.name);
    expect(names.length).toBe(new Set(names).size);
  });
});

describe('a regulation of any prefecture-level city of the lexicon', () => {
  it('is municipal, in that city, whichever city it is', () => {
    const wrong: string[] = [];
    for (const c of cities) {
      const doc = structured(
        'x.txt',
        `${c.name}示例管理条例\n2021年7月27日 ${c.name}第十届人民代表大会常务委员会第三次会议通过\n2021年9月30日 ${c.parent}第十三届人民代表大会常务委员会第三十次会议批准\n第一条 为了规范示例管理，制定本条例。`,
      );
      if (doc.level !== 'municipal' || doc.region !== c.name || doc.issuer !== `${c.name}人民代表大会常务委员会`) wrong.push(`${c.name}: ${doc.level} ${doc.region} ${doc.issuer}`);
    }
    expect(wrong).toEqual([]);
  });

  it('a 经济特区 regulation belongs to the city whose congress adopted it', () => {
    const doc = structured('x.txt', '珠海经济特区示例条例\n2022年3月1日 珠海市第十届人民代表大会常务委员会第三次会议通过\n第一条 为了规范示例管理，制定本条例。');
    expect([doc.level, doc.region]).toEqual(['municipal', '珠海市']);
  });

  it('a district of a city the lexicon knows is a county in that city', () => {
    const doc = structured('x.txt', '宁波市江北区示例办法\n2020年1月2日 宁波市江北区人民代表大会常务委员会第三次会议通过\n第一条 为了规范示例管理，制定本办法。');
    // 江北区 alone is 重庆's (regions.txt): this one is named with its city.
    expect([doc.level, doc.region, doc.regionParent]).toEqual(['county', '宁波市江北区', '宁波市']);
  });
});

describe('a national body whose name begins like a place', () => {
  // 国家市场监督管理总局 reads as 国家市 + 场监督管理总局 if a place is guessed by its suffix first.
  it('a ministry rule of 国家市场监督管理总局 is national, not a city 国家市', () => {
    const doc = structured(
      'x.txt',
      '示例监督管理办法\n2022年4月14日 国家市场监督管理总局令第56号公布\n2022年7月1日 施行\n第一条 为了规范示例管理，制定本办法。',
    );
    expect([doc.issuer, doc.level, doc.region]).toEqual(['国家市场监督管理总局', 'national', '全国']);
  });

  it('a county bureau whose name holds 市场 stays in its county', () => {
    const doc = structured('x.txt', '示例管理办法\n2022年4月14日 某某县市场监督管理局令第1号公布\n第一条 为了规范示例管理，制定本办法。');
    expect([doc.issuer, doc.level, doc.region]).toEqual(['某某县市场监督管理局', 'county', '某某县']);
  });
});
