// The real development set is the mirror's files, unedited: every corpus file's git blob id equals
// the one sources.json records for its path in LawRefBook/Laws, and no reserved document is here.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const blobId = (bytes: Buffer) => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');

// The development set (tests/real), the unseen family (tests/real/unseen) and the legal-aid family
// (tests/real/legalaid), the 归侨侨眷 family (tests/real/overseas) and the held-out 老年人 family
// (tests/real/elderly), the 妇女 family (tests/real/women), the 未成年人 family (tests/real/minors), the 全民健身 family (tests/real/fitness), the 慈善 family (tests/real/charity), the 消防 family (tests/real/fire) and the held-out 残疾人 family (tests/real/disability) are checked alike, and so
// are the link-only families (heritage 非物质文化遗产, weather 气象灾害防御: link gold, no per-document gold;
// their link gold is checked in link-families.test.ts).
// The trial families of the browser trials (tests/web/trial-*.browser.test.ts) with no gold: the energy family
// (节约能源, session 38).
const NO_GOLD = new Set(['real 节约能源 trial family']);
const LINKS_ONLY = new Set(['real 非物质文化遗产 link family', 'real 气象灾害防御 link family', 'real 城市居民委员会 link family', 'real 教师法 link family', 'real 统计法 link family', 'real 个人所得税法 link family', 'real 反家庭暴力法 link family', 'real 民用建筑节能 link family', 'real 国家通用语言文字法 link family', 'real 防震减灾法 link family', 'real 农民专业合作社法 link family', 'real 人民防空法 link family', 'real 标准化法 link family', 'real 中小企业促进法 link family', 'real 乡村振兴促进法 link family', 'real 公共文化服务保障法 link family',
  'real 公共图书馆法 link family',
  'real 旅游法 link family',
  'real 外商投资法 link family',
  'real 精神卫生法 link family',
  'real 志愿服务条例 link family',
  'real 安全生产法 link family',
  'real 动物防疫法 link family',
  'real 野生动物保护法 link family',
  'real 招标投标法 link family',
  'real 矿产资源法 link family',
  'real 水污染防治法 link family',
  'real 土壤污染防治法 link family',
  'real 防洪法 link family',
  'real 禁毒法 link family',
  'real 档案法 link family',
  'real 职工带薪年休假条例 link family',
  'real 价格法 link family',
  'real 化妆品监督管理条例 link family',
  'real 食品安全法 link family',
  'real 劳动合同法 link family',
  'real 商标法 link family',
  'real 道路交通安全法 link family',
  'real 道路交通安全法 ministry-rule link family',
  'real 道路交通安全法实施条例 link family',
  'real 农业机械化促进法 link family', 'real 就业促进法 link family', 'real 清洁生产促进法 link family', 'real 电子商务法 link family', 'real 湿地保护法 link family',
  'real 可再生能源法 link family',
  'real 审计法 link family',
  'real 消费者权益保护法 link family',
  'real 反食品浪费法 link family',
  'real 代表法 link family',
  'real 特种设备安全法 link family',
  'real 产品质量法 link family',
  'real 海洋环境保护法 link family',
  'real 土地管理法 link family',
  'real 市场主体登记管理条例 link family',
  'real 海域使用管理法 link family',
  'real 大气污染防治法 link family',
  'real 保守国家秘密法 link family',
  'real 政府采购法 link family',
  'real 水土保持法 link family',
  'real 公路法 link family',
  'real 医疗器械监督管理条例 link family',
  'real 种子法 link family',
  'real 渔业法 link family']);
describe.each([
  ['real development set', new URL('./', import.meta.url)],
  ['real unseen family', new URL('./unseen/', import.meta.url)],
  ['real legal-aid family', new URL('./legalaid/', import.meta.url)],
  ['real 归侨侨眷 family', new URL('./overseas/', import.meta.url)],
  ['real 老年人 family', new URL('./elderly/', import.meta.url)],
  ['real 妇女 family', new URL('./women/', import.meta.url)],
  ['real 未成年人 family', new URL('./minors/', import.meta.url)],
  ['real 全民健身 family', new URL('./fitness/', import.meta.url)],
  ['real 慈善 family', new URL('./charity/', import.meta.url)],
  ['real 消防 family', new URL('./fire/', import.meta.url)],
  ['real held-out family (残疾人)', new URL('./disability/', import.meta.url)],
  ['real 非物质文化遗产 link family', new URL('./heritage/', import.meta.url)],
  ['real 气象灾害防御 link family', new URL('./weather/', import.meta.url)],
  ['real 城市居民委员会 link family', new URL('./residents/', import.meta.url)],
  ['real 教师法 link family', new URL('./teachers/', import.meta.url)],
  ['real 统计法 link family', new URL('./statistics/', import.meta.url)],
  ['real 个人所得税法 link family', new URL('./incometax/', import.meta.url)],
  ['real 反家庭暴力法 link family', new URL('./familyviolence/', import.meta.url)],
  ['real 民用建筑节能 link family', new URL('./buildingenergy/', import.meta.url)],
  ['real 国家通用语言文字法 link family', new URL('./language/', import.meta.url)],
  ['real 防震减灾法 link family', new URL('./earthquake/', import.meta.url)],
  ['real 农民专业合作社法 link family', new URL('./coop/', import.meta.url)],
  ['real 人民防空法 link family', new URL('./civildefence/', import.meta.url)],
  ['real 促进科技成果转化法 link family', new URL('./techtransfer/', import.meta.url)],
  ['real 标准化法 link family', new URL('./standards/', import.meta.url)],
  ['real 中小企业促进法 link family', new URL('./sme/', import.meta.url)],
  ['real 乡村振兴促进法 link family', new URL('./rural/', import.meta.url)],
  ['real 公共文化服务保障法 link family', new URL('./culture/', import.meta.url)],
  ['real 公共图书馆法 link family', new URL('./library/', import.meta.url)],
  ['real 旅游法 link family', new URL('./tourism/', import.meta.url)],
  ['real 外商投资法 link family', new URL('./investment/', import.meta.url)],
  ['real 精神卫生法 link family', new URL('./mental/', import.meta.url)],
  ['real 志愿服务条例 link family', new URL('./volunteer/', import.meta.url)],
  ['real 安全生产法 link family', new URL('./safety/', import.meta.url)],
  ['real 动物防疫法 link family', new URL('./animal/', import.meta.url)],
  ['real 野生动物保护法 link family', new URL('./wildlife/', import.meta.url)],
  ['real 招标投标法 link family', new URL('./tendering/', import.meta.url)],
  ['real 矿产资源法 link family', new URL('./mineral/', import.meta.url)],
  ['real 水污染防治法 link family', new URL('./water/', import.meta.url)],
  ['real 土壤污染防治法 link family', new URL('./soil/', import.meta.url)],
  ['real 防洪法 link family', new URL('./flood/', import.meta.url)],
  ['real 禁毒法 link family', new URL('./drugs/', import.meta.url)],
  ['real 档案法 link family', new URL('./archives/', import.meta.url)],
  ['real 职工带薪年休假条例 link family', new URL('./leave/', import.meta.url)],
  ['real 价格法 link family', new URL('./price/', import.meta.url)],
  ['real 化妆品监督管理条例 link family', new URL('./cosmetics/', import.meta.url)],
  ['real 食品安全法 link family', new URL('./foodcheck/', import.meta.url)],
  ['real 劳动合同法 link family', new URL('./labour/', import.meta.url)],
  ['real 商标法 link family', new URL('./trademark/', import.meta.url)],
  ['real 道路交通安全法 link family', new URL('./traffic/', import.meta.url)],
  ['real 道路交通安全法 ministry-rule link family', new URL('./police/', import.meta.url)],
  ['real 道路交通安全法实施条例 link family', new URL('./licence/', import.meta.url)],
  ['real 农业机械化促进法 link family', new URL('./agrimach/', import.meta.url)],
  ['real 就业促进法 link family', new URL('./employment/', import.meta.url)],
  ['real 清洁生产促进法 link family', new URL('./cleanprod/', import.meta.url)],
  ['real 电子商务法 link family', new URL('./ecommerce/', import.meta.url)],
  ['real 湿地保护法 link family', new URL('./wetland/', import.meta.url)],
  ['real 可再生能源法 link family', new URL('./renewable/', import.meta.url)],
  ['real 审计法 link family', new URL('./audit/', import.meta.url)],
  ['real 消费者权益保护法 link family', new URL('./consumer/', import.meta.url)],
  ['real 反食品浪费法 link family', new URL('./foodwaste/', import.meta.url)],
  ['real 代表法 link family', new URL('./deputies/', import.meta.url)],
  ['real 特种设备安全法 link family', new URL('./equipment/', import.meta.url)],
  ['real 产品质量法 link family', new URL('./quality/', import.meta.url)],
  ['real 海洋环境保护法 link family', new URL('./marine/', import.meta.url)],
  ['real 土地管理法 link family', new URL('./land/', import.meta.url)],
  ['real 市场主体登记管理条例 link family', new URL('./registration/', import.meta.url)],
  ['real 海域使用管理法 link family', new URL('./seaarea/', import.meta.url)],
  ['real 大气污染防治法 link family', new URL('./air/', import.meta.url)],
  ['real 保守国家秘密法 link family', new URL('./secrets/', import.meta.url)],
  ['real 政府采购法 link family', new URL('./procurement/', import.meta.url)],
  ['real 水土保持法 link family', new URL('./soilwater/', import.meta.url)],
  ['real 公路法 link family', new URL('./ruralroads/', import.meta.url)],
  ['real 医疗器械监督管理条例 link family', new URL('./devices/', import.meta.url)],
  ['real 种子法 link family', new URL('./seed/', import.meta.url)],
  ['real 渔业法 link family', new URL('./fishery/', import.meta.url)],
  ['real 科技创新促进 extraction set', new URL('./innovation/', import.meta.url)],
  ['real 科技创新 second development extraction set', new URL('./innovation2/', import.meta.url)],
  ['real 科技创新 third development extraction set', new URL('./innovation3/', import.meta.url)],
  ['real 数字经济 development extraction set', new URL('./digital/', import.meta.url)],
  ['real 技术市场 development extraction set', new URL('./techmarket/', import.meta.url)],
  ['real 知识产权 and 科技成果转化 development extraction set', new URL('./hightech/', import.meta.url)],
  ['real 职业教育 and 家庭教育 development extraction set', new URL('./education/', import.meta.url)],
  ['real 全民阅读 and 志愿服务 development extraction set', new URL('./reading/', import.meta.url)],
  ['real 促进条例 second development extraction set', new URL('./promotion2/', import.meta.url)],
  ['real 促进条例 third development extraction set', new URL('./promotion3/', import.meta.url)],
  ['real 促进条例 fourth development extraction set', new URL('./promotion4/', import.meta.url)],
  ['real 促进条例 fifth development extraction set', new URL('./promotion5/', import.meta.url)],
  ['real 科技创新 held-out extraction set', new URL('./innovation-heldout/', import.meta.url)],
  ['real 科技创新 second held-out extraction set', new URL('./innovation-heldout2/', import.meta.url)],
  ['real 科技创新 third held-out extraction set', new URL('./innovation-heldout3/', import.meta.url)],
  ['real 促进条例 held-out extraction set', new URL('./promotion-heldout/', import.meta.url)],
  ['real 促进条例 second held-out extraction set', new URL('./promotion-heldout2/', import.meta.url)],
  ['real 常委会 决定 held-out extraction set', new URL('./decisions-heldout/', import.meta.url)],
  ['real 节约能源 trial family', new URL('./energy/', import.meta.url)],
  ['real kinds-of-instrument metadata set', new URL('./kinds/', import.meta.url)],
  ['real kinds-of-instrument held-out metadata set', new URL('./kinds-heldout/', import.meta.url)],
  ['real random-draw metadata set', new URL('./random/', import.meta.url)],
  ['real random-draw held-out metadata set', new URL('./random-heldout/', import.meta.url)],
  ['real second random-draw metadata set', new URL('./random2/', import.meta.url)],
  ['real second random-draw held-out metadata set', new URL('./random2-heldout/', import.meta.url)],
] as const)('%s', (name, dir) => {
  const sources = JSON.parse(readFileSync(new URL('sources.json', dir), 'utf8')) as {
    commit: string;
    files: { file: string; source: string; blob: string }[];
  };
  const corpus = readdirSync(new URL('corpus/', dir)).sort();

  it('records the mirror commit and one source per corpus file', () => {
    expect(sources.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(sources.files.map((f) => f.file).sort()).toEqual(corpus);
  });

  it.each(sources.files.map((f) => [f.file, f] as const))('%s has the bytes of the mirror file', (file, f) => {
    expect(f.source.endsWith(`/${file}`)).toBe(true);
    expect(blobId(readFileSync(new URL(`corpus/${file}`, dir)))).toBe(f.blob);
  });

  it('holds none of the documents reserved for judging (科学技术, 科普 in the title)', () => {
    expect(corpus.filter((f) => /科学技术|科普/.test(f))).toEqual([]);
    const titles = corpus.map((f) => readFileSync(new URL(`corpus/${f}`, dir), 'utf8').split('\n')[0]!);
    expect(titles.filter((t) => /科学技术|科普/.test(t))).toEqual([]);
  });

  if (!LINKS_ONLY.has(name) && !NO_GOLD.has(name)) it('has gold for every document', () => {
    const gold = readdirSync(new URL('gold/', dir)).filter((f) => f !== 'links.json').sort();
    expect(gold).toEqual(corpus.map((f) => f.replace(/\.md$/, '.json')));
  });
});
