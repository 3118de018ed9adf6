// Session 39: named-place reach (options.namedPlace, ingest/link/named-place.ts). A province's regulation of one reservoir
// (南湾水库) restates the general water-pollution law for that reservoir; another city's drinking-water regulation and
// another reservoir's regulation restate the same law and scored as its links on the law mirror, though neither carries it out.
import { describe, expect, it } from 'vitest';
import { placeOf, samePlace } from '../../../ingest/link/named-place.js';
import { placeAllows, type RuleDoc } from '../../../ingest/link/rules.js';
import { DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import type { LinkOptions } from '../../../ingest/link/options.js';

const rule = DEFAULT_LINK_OPTIONS.namedPlace!;

describe('placeOf', () => {
  it('reads the named place at the title’s start once its own region is dropped', () => {
    expect(placeOf('河南省信阳南湾水库饮用水水源保护条例', ['河南省', '全国'], rule)).toBe('信阳南湾');
    expect(placeOf('信阳市鲇鱼山水库饮用水水源保护条例', ['信阳市', '河南省', '全国'], rule)).toBe('鲇鱼山');
    expect(placeOf('浙江省曹娥江流域水环境保护条例', ['浙江省', '全国'], rule)).toBe('曹娥江');
    expect(placeOf('浙江省温瑞塘河保护管理条例', ['浙江省', '全国'], rule)).toBe('温瑞塘河');
    expect(placeOf('山东省黄河河道管理条例', ['山东省', '全国'], rule)).toBe('黄河');
    expect(placeOf('中华人民共和国黄河保护法', ['全国'], rule)).toBe('黄河');
    expect(placeOf('# 青岛市崂山风景区条例', ['青岛市', '山东省', '全国'], rule)).toBe('崂山');
  });
  it('reads no place in a general title (河道, 河湖, 内河, 湖泊, 海岛, 矿山, a city’s own name)', () => {
    for (const [t, chain] of [
      ['青岛市河道管理条例', ['青岛市', '山东省', '全国']],
      ['北京市河湖保护管理条例', ['北京市', '全国']],
      ['内河交通安全管理条例', ['全国']],
      ['山东省湖泊保护条例', ['山东省', '全国']],
      ['青岛市无居民海岛管理条例', ['青岛市', '山东省', '全国']],
      ['中华人民共和国矿山安全法', ['全国']],
      ['开封市城市饮用水水源保护条例', ['开封市', '河南省', '全国']],
      ['河南省水污染防治条例', ['河南省', '全国']],
    ] as [string, string[]][]) expect(placeOf(t, chain, rule)).toBeUndefined();
  });
  it('takes one name holding the other for one place', () => {
    expect(samePlace('信阳南湾', '南湾')).toBe(true);
    expect(samePlace('鲇鱼山', '信阳南湾')).toBe(false);
  });
});

describe('placeAllows', () => {
  const reservoir: RuleDoc = { regionChain: ['河南省', '全国'], title: '河南省信阳南湾水库饮用水水源保护条例' };
  const other: RuleDoc = { regionChain: ['信阳市', '河南省', '全国'], title: '信阳市鲇鱼山水库饮用水水源保护条例' };
  const city: RuleDoc = { regionChain: ['开封市', '河南省', '全国'], title: '开封市城市饮用水水源保护条例' };
  const same: RuleDoc = { regionChain: ['信阳市', '河南省', '全国'], title: '信阳市南湾水库饮用水水源保护规定' };
  const law: RuleDoc = { regionChain: ['全国'], title: '水污染防治法' };
  it('refuses another place’s document and a general one, not the same place’s', () => {
    expect(placeAllows(other, reservoir, rule)).toMatchObject({ ok: false, rule: 'place' });
    expect(placeAllows(city, reservoir, rule)).toMatchObject({ ok: false, rule: 'place' });
    expect(placeAllows(city, reservoir, { ...rule, general: false }).ok).toBe(true);
    expect(placeAllows(same, reservoir, rule).ok).toBe(true);
    expect(placeAllows({ ...city, basis: ['河南省信阳南湾水库饮用水水源保护条例'] }, reservoir, rule).ok).toBe(true);
  });
  it('lets a place’s document carry out the general law', () => {
    expect(placeAllows(reservoir, law, rule).ok).toBe(true);
    expect(placeAllows(other, law, rule).ok).toBe(true);
  });
});

describe('the link stage, a city’s general regulation and a province’s reservoir regulation', () => {
  const province = '河南省信阳南湾水库饮用水水源保护条例\n\n（2018年9月30日河南省第十三届人民代表大会常务委员会第六次会议通过）\n\n第一条 为加强对南湾水库饮用水水源的保护和管理，防治水污染，保障饮用水安全，制定本条例。\n\n第二条 任何单位和个人都有保护南湾水库饮用水水源的义务，有权制止和检举污染和破坏饮用水水源的行为。\n\n第三条 南湾水库饮用水水源一级保护区内，禁止新建、改建、扩建与供水设施和保护水源无关的建设项目，禁止网箱养殖、旅游、游泳、垂钓。\n\n第四条 本条例自2019年1月1日起施行。\n';
  const city = '开封市城市饮用水水源保护条例\n\n（2019年1月21日开封市第十五届人民代表大会常务委员会第十次会议通过）\n\n第一条 为了加强对城市饮用水水源的保护，防治水污染，保障饮用水安全，制定本条例。\n\n第二条 任何单位和个人都有保护城市饮用水水源的义务，有权制止和举报污染和破坏饮用水水源的行为。\n\n第三条 在城市饮用水水源一级保护区内，禁止新建、改建、扩建与供水设施和保护水源无关的建设项目，禁止网箱养殖、游泳、垂钓。\n\n第四条 本条例自2019年5月1日起施行。\n';
  const linked = async (link: Partial<LinkOptions>) => {
    const { snapshot } = await runIngest({
      inputs: ['in-memory'],
      reader: {
        list: async () => ['南湾.txt', '开封.txt'].map((name) => ({ path: name, name })),
        read: async (_path, name) => ({ file: name, format: 'txt', encoding: 'utf-8', text: name === '南湾.txt' ? province : city }),
      },
      link,
    });
    return snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').length;
  };
  it('links nothing to another place’s regulation', async () => {
    expect(await linked({})).toBe(0);
  });
  it('without the rule the restatements link', async () => {
    expect(await linked({ namedPlace: null })).toBeGreaterThan(0);
  });
});
