// The held-out link families (link gold only: heritage 非物质文化遗产, weather 气象灾害防御): their files are
// checked against the mirror with the other real sets (sources.test.ts); here, their link gold names only
// articles of corpus files, never links a lower document to one issued after it, and accounts for every
// lower article. The 慈善 family's link gold (浙江 → 慈善法) and the 消防 family's (广东 → 消防法), development pairs, are checked the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GoldLinks } from '../eval/links.js';

describe.each([
  ['real 非物质文化遗产 link family', new URL('./heritage/', import.meta.url)],
  ['real 气象灾害防御 link family', new URL('./weather/', import.meta.url)],
  ['real 慈善 family', new URL('./charity/', import.meta.url)],
  ['real 消防 family', new URL('./fire/', import.meta.url)],
  ['real 城市居民委员会 link family', new URL('./residents/', import.meta.url)],
  ['real 教师法 link family', new URL('./teachers/', import.meta.url)],
  ['real 统计法 link family', new URL('./statistics/', import.meta.url)],
  ['real 个人所得税法 link family (one level)', new URL('./incometax/', import.meta.url)],
  ['real 反家庭暴力法 link family (held out)', new URL('./familyviolence/', import.meta.url)],
  ['real 民用建筑节能 link family (held out, three levels)', new URL('./buildingenergy/', import.meta.url)],
  ['real 国家通用语言文字法 link family (held out, two regions)', new URL('./language/', import.meta.url)],
  ['real 防震减灾法 link family (held out, two regions)', new URL('./earthquake/', import.meta.url)],
  ['real 农民专业合作社法 link family (held out, two regions)', new URL('./coop/', import.meta.url)],
  ['real 人民防空法 link family (two regions)', new URL('./civildefence/', import.meta.url)],
  ['real 促进科技成果转化法 link family (three regions)', new URL('./techtransfer/', import.meta.url)],
  ['real 标准化法 link family (two regions)', new URL('./standards/', import.meta.url)],
  ['real 中小企业促进法 link family (two regions)', new URL('./sme/', import.meta.url)],
  ['real 乡村振兴促进法 link family (two regions)', new URL('./rural/', import.meta.url)],
  ['real 公共文化服务保障法 link family (two regions)', new URL('./culture/', import.meta.url)],
  ['real 公共图书馆法 link family (one province)', new URL('./library/', import.meta.url)],
  ['real 旅游法 link family (a province and a city)', new URL('./tourism/', import.meta.url)],
  ['real 外商投资法 link family (two provinces)', new URL('./investment/', import.meta.url)],
  ['real 精神卫生法 link family (two provinces)', new URL('./mental/', import.meta.url)],
  ['real 志愿服务条例 link family (two provinces)', new URL('./volunteer/', import.meta.url)],
  ['real 安全生产法 link family (two provinces)', new URL('./safety/', import.meta.url)],
  ['real 动物防疫法 link family (two provinces)', new URL('./animal/', import.meta.url)],
  ['real 野生动物保护法 link family (two provinces)', new URL('./wildlife/', import.meta.url)],
  ['real 招标投标法 link family (two municipalities)', new URL('./tendering/', import.meta.url)],
  ['real 矿产资源法 link family (a municipality and a province)', new URL('./mineral/', import.meta.url)],
  ['real 水污染防治法 link family (two provinces)', new URL('./water/', import.meta.url)],
  ['real 土壤污染防治法 link family (a province and a city under both: three levels)', new URL('./soil/', import.meta.url)],
  ["real 防洪法 link family (two provinces, both older than the law's amended text)", new URL('./flood/', import.meta.url)],
  ['real 禁毒法 link family (two provinces)', new URL('./drugs/', import.meta.url)],
  ['real 档案法 link family (its State Council 实施条例: one level, two ranks)', new URL('./archives/', import.meta.url)],
  ['real 职工带薪年休假条例 link family (a ministry rule)', new URL('./leave/', import.meta.url)],
  ['real 价格法 link family (a ministry rule)', new URL('./price/', import.meta.url)],
  ['real 化妆品监督管理条例 link family (a ministry rule under a State Council 条例)', new URL('./cosmetics/', import.meta.url)],
  ['real 食品安全法 link family (a ministry rule under a law)', new URL('./foodcheck/', import.meta.url)],
  ["real 劳动合同法 link family (its State Council 实施条例, older than the law's amended text)", new URL('./labour/', import.meta.url)],
  ["real 商标法 link family (its State Council 实施条例, older than the law's amended text)", new URL('./trademark/', import.meta.url)],
  ["real 道路交通安全法 link family (a province older than the law's amended text and a city under both: three levels)", new URL('./traffic/', import.meta.url)],
  ["real 道路交通安全法 ministry-rule link family (the 公安部's two procedure rules, older than the law's amended text)", new URL('./police/', import.meta.url)],
  ['real 道路交通安全法实施条例 link family (two ministry rules under a State Council 条例)', new URL('./licence/', import.meta.url)],
  ['real 农业机械化促进法 link family (held out, two regions)', new URL('./agrimach/', import.meta.url)],
  ['real 就业促进法 link family (held out, one province)', new URL('./employment/', import.meta.url)],
  ['real 清洁生产促进法 link family (held out, one province)', new URL('./cleanprod/', import.meta.url)],
  ['real 电子商务法 link family (held out, one province)', new URL('./ecommerce/', import.meta.url)],
  ['real 湿地保护法 link family (held out, one province)', new URL('./wetland/', import.meta.url)],
  ['real 可再生能源法 link family (held out, two provinces)', new URL('./renewable/', import.meta.url)],
  ['real 审计法 link family (held out, one province)', new URL('./audit/', import.meta.url)],
  ['real 消费者权益保护法 link family (held out, two provinces)', new URL('./consumer/', import.meta.url)],
  ['real 反食品浪费法 link family (held out, one province)', new URL('./foodwaste/', import.meta.url)],
  ['real 代表法 link family (held out, two provinces)', new URL('./deputies/', import.meta.url)],
  ['real 特种设备安全法 link family (held out, a province and a municipality)', new URL('./equipment/', import.meta.url)],
  ['real 产品质量法 link family (held out, a province and a municipality)', new URL('./quality/', import.meta.url)],
  ['real 海洋环境保护法 link family (held out, two provinces)', new URL('./marine/', import.meta.url)],
  ['real 土地管理法 link family (held out, two provinces)', new URL('./land/', import.meta.url)],
  ['real 市场主体登记管理条例 link family (held out, a ministry rule)', new URL('./registration/', import.meta.url)],
  ['real 海域使用管理法 link family (held out, three provinces)', new URL('./seaarea/', import.meta.url)],
  ['real 大气污染防治法 link family (held out, a province and a city under both)', new URL('./air/', import.meta.url)],
  ['real 保守国家秘密法 link family (held out, its State Council 实施条例)', new URL('./secrets/', import.meta.url)],
  ['real 政府采购法 link family (held out, its State Council 实施条例)', new URL('./procurement/', import.meta.url)],
  ['real 水土保持法 link family (held out, a province and a city naming only the law)', new URL('./soilwater/', import.meta.url)],
  ['real 公路法 link family (held out, a province and a city under both)', new URL('./ruralroads/', import.meta.url)],
  ['real 医疗器械监督管理条例 link family (held out, two ministry rules)', new URL('./devices/', import.meta.url)],
  ["real 种子法 link family (held out, two provinces, one older than the law's amended text)", new URL('./seed/', import.meta.url)],
  ['real 渔业法 link family (held out, two provinces)', new URL('./fishery/', import.meta.url)],
] as const)('%s', (name, dir) => {
  const corpus = readdirSync(new URL('corpus/', dir)).sort();
  const text = (file: string) => readFileSync(new URL(`corpus/${file}`, dir), 'utf8');
  const gold = GoldLinks.parse(JSON.parse(readFileSync(new URL('gold/links.json', dir), 'utf8')));

  // The 城市居民委员会 family's 北京 办法 (1991, no date in its file name) carries out the law of 1989 whose text here is
  // its 2018 amendment (tests/real/residents/README.md, Dates): there, the lower's own first date line is compared with
  // the higher's first adoption. So does the 教师法 family (session 33): 上海's 办法 (1997) and 浙江's (2004) carry out the
  // law of 1993 whose text here is its 2009 amendment (tests/real/teachers/README.md). Every other family compares the
  // dates of the file names; a text with no date in its file name (the 统计法 family's 北京 条例, 2015; the 国家通用语言文字法
  // family's 北京 规定, 2003) by its own first date line.
  // The 劳动合同法 family (session 60) the same way: the State Council's 实施条例 (2008-09-18) carries the law adopted on
  // 2007-06-29 whose text here is its 2012-12-28 amendment (tests/real/labour/README.md, Dates). The 商标法 family (session 61)
  // too: the 实施条例 revised 2014-04-29 carries the law adopted 1982-08-23 whose text here is its 2019-04-23 amendment
  // (tests/real/trademark/README.md, Dates).
  // The 道路交通安全法 family (session 61) the same way: 山东's 实施办法 (2008, amended 2012-01-13) carries the law adopted on
  // 2003-10-28 whose text here is its 2021-04-29 amendment; 聊城 (2021-12-03) is after both (tests/real/traffic/README.md, Dates).
  // The police family (session 61) the same way: the 公安部's 事故处理程序规定 (2018) and 违法行为处理程序规定 (2008, amended
  // 2020) carry the same law, older than its 2021 text (tests/real/police/README.md, Dates).
  // The 种子法 family (session 62) the same way: 山东's 条例 (2019-03-29) carries the law adopted on 2000-07-08 whose text here is
  // its 2021-12-24 amendment (made under the 2015 revision); 北京 (2022-01-10) is after both (tests/real/seed/README.md, Dates).
  // The 防洪法 family (session 62) the same way: 河南's 办法 (2000, amended 2016-03-29) carries the law adopted on 1997-08-29
  // whose text here is its 2016-07-02 amendment; 北京's (2001, file date 2019-07-26) was made under the 1997 text too
  // (tests/real/flood/README.md, Dates).
  const firstAdoption = name === 'real 城市居民委员会 link family' || name === 'real 教师法 link family'
    || name === "real 劳动合同法 link family (its State Council 实施条例, older than the law's amended text)"
    || name === "real 商标法 link family (its State Council 实施条例, older than the law's amended text)"
    || name === "real 道路交通安全法 link family (a province older than the law's amended text and a city under both: three levels)"
    || name === "real 道路交通安全法 ministry-rule link family (the 公安部's two procedure rules, older than the law's amended text)"
    || name === "real 种子法 link family (held out, two provinces, one older than the law's amended text)"
    || name === "real 防洪法 link family (two provinces, both older than the law's amended text)";
  // The 野生动物保护法 family (session 54): the law's text here is its 2016 revision as amended on 2018-10-26 (department
  // names); 山东's 办法 (amended 2018-01-23) and 河南's (amended 2018-09-29) were amended after the revision and before that
  // amendment (tests/real/wildlife/README.md): the lower's date is compared with the higher's last 修订 line.
  const lastRevision = name === 'real 野生动物保护法 link family (two provinces)';
  // The 产品质量法 family (session 55): the law's text here is its 2018 amendment (第三次修正, the department's new name);
  // 山东's 办法 (2001, amended 2015-07-24) and 重庆's 条例 (2014-08-01) carry the text as amended in 2000 and 2009, before
  // that amendment (tests/real/quality/README.md): the lower's date is compared with the higher's previous amendment,
  // the second-last date of its history lines (2009-08-27, the 第二次修正 the mirror prints inside the 2000 line).
  // The 海洋环境保护法 family (session 56) the same way: the law's text here is its 2017 amendment (第三次修正, the decision
  // on eleven laws); 浙江's 条例 (amended 2017-09-30) carries the text as amended on 2016-11-07, five weeks before it
  // (tests/real/marine/README.md), so both lower texts are compared with that previous amendment (山东's, 2018-11-30, is
  // later than either date).
  const previousAmendment = name === 'real 产品质量法 link family (held out, a province and a municipality)'
    || name === 'real 海洋环境保护法 link family (held out, two provinces)';
  const previousAmendmentDate = (f: string) => {
    const head = text(f).split('<!-- INFO END -->')[0]!;
    const all = [...head.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map((m) => `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`).sort();
    return all[all.length - 2]!;
  };
  const revisionDate = (f: string) => {
    const all = [...text(f).matchAll(/^(\d{4})年(\d{1,2})月(\d{1,2})日[^\n]*修订$/gm)];
    const m = all[all.length - 1]!;
    return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  };
  const headerDate = (f: string) => {
    const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日/m.exec(text(f))!;
    return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  };
  it('annotates pairs of corpus files, each lower issued after its higher (date in the file name)', () => {
    const date = (f: string) => /\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(f)?.[1] ?? headerDate(f);
    for (const p of gold.pairs) {
      expect(corpus).toEqual(expect.arrayContaining([p.lower, p.higher]));
      const higher = firstAdoption ? headerDate(p.higher) : lastRevision ? revisionDate(p.higher) : previousAmendment ? previousAmendmentDate(p.higher) : date(p.higher);
      expect(date(p.lower) > higher, `${p.lower} → ${p.higher}`).toBe(true);
    }
  });

  it('names only articles that are in the texts, within the annotated pairs', () => {
    const article = (ref: string) => {
      const [file, path] = ref.split('#') as [string, string];
      return { file, art: path.split('/').pop()! };
    };
    const inText = (ref: string) => {
      const { file, art } = article(ref);
      return new RegExp(`^${art}[ 　]`, 'm').test(text(file));
    };
    for (const l of gold.links) {
      expect(inText(l.lower), l.lower).toBe(true);
      expect(inText(l.higher), l.higher).toBe(true);
      expect(gold.pairs.some((p) => l.lower.startsWith(`${p.lower}#`) && l.higher.startsWith(`${p.higher}#`)), `${l.lower} → ${l.higher}`).toBe(true);
    }
    for (const u of gold.unlinked) expect(inText(u), u).toBe(true);
  });

  it('accounts for every article of every lower document: linked or listed as unlinked, not both', () => {
    const linked = new Set(gold.links.map((l) => l.lower));
    expect(gold.unlinked.filter((u) => linked.has(u))).toEqual([]);
    for (const lower of new Set(gold.pairs.map((p) => p.lower))) {
      // 零 too: a lower text past a hundred articles numbers 第一百零一条 (police's 事故处理程序规定, the first such lower text).
      const articles = [...text(lower).matchAll(/^(第[一二三四五六七八九十百零]+条)[ 　]/gm)].map((m) => m[1]);
      const named = [...linked, ...gold.unlinked].filter((r) => r.startsWith(`${lower}#`)).map((r) => r.split('/').pop()!.split('#').pop());
      expect(new Set(named), lower).toEqual(new Set(articles));
    }
  });
});
