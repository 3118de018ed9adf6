import { describe, expect, it } from 'vitest';
import { articleTargets, names, regulation } from './law-text.js';
import { extract } from '../../../ingest/extract/index.js';
import { lexicon, structured } from '../helpers.js';

// Session 48, helper extract2: the techmarket set's misses (issue 13; 北京市专利保护和促进条例 2013, 河南省技术市场条例 2010, 浙江省技术市场条例
// 2021). Each sentence is a real one of the set or of the free mirror texts the rules were checked on, put in a made-up regulation of
// the set's region. The option rules fail with their option off; the lexicon line (group-clause.txt `office |`) fails taken out.
const beijing = (...articles: string[]) => regulation('北京市专利保护和促进条例', ...articles);
const henan = (...articles: string[]) => regulation('河南省技术市场条例', ...articles);
const programmes = (text: string, options = {}) => names('Programme', text, options);
const groups = (text: string, options = {}) => names('TargetGroup', text, options);
const targetsOf = (text: string, options = {}) =>
  extract(structured('x.txt', text), lexicon, options).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);

describe('what the region itself sets up (lawRegionSetUp; region-set-up.ts)', () => {
  it('reads the award the city sets up as the city\'s', () => {
    const text = beijing('本市设立专利奖，对在本市进行发明创造并实施，为促进本市经济社会发展做出突出贡献的专利权人予以表彰奖励。');
    expect(programmes(text)).toContain('北京市专利奖');
    expect(programmes(text, { lawRegionSetUp: false })).not.toContain('北京市专利奖');
  });
  it('reads the report platform the city sets up, bare', () => {
    const text = beijing('本市设立专利举报投诉工作平台，公布举报投诉方式，并为举报人保密。');
    expect(programmes(text)).toEqual(['专利举报投诉工作平台']);
    expect(programmes(text, { lawRegionSetUp: false })).toEqual([]);
  });
  it('leaves a platform a third party sets up in the city alone', () => {
    expect(programmes(regulation('上海市外商投资条例', '鼓励外国投资者在本市设立开放式创新平台，聚合先进技术、专家、资金、成果、实验设施等资源。'))).toEqual([]);
  });
});

describe('compressed coordinations before 人员 (compressedStaff; compressed-staff.ts)', () => {
  it('restores the shared head of two lines of work, rewarded', () => {
    const text = beijing('专利奖资金应当用于奖励发明人、设计人以及对专利的实施、转让、许可做出实质贡献的专利管理、技术转移人员。');
    expect(groups(text)).toEqual(['专利管理人员', '发明人', '技术转移人员', '设计人']);
    expect(groups(text, { compressedStaff: false })).not.toContain('专利管理人员');
  });
  it('restores the shared head of two employers, trained', () => {
    const text = beijing('市和区、县人民政府有关部门及有关单位应当加强专利宣传教育，加强对企业、事业单位人员的培训，鼓励高等院校开设专利课程。');
    expect(groups(text)).toEqual(['事业单位人员', '企业人员']);
    expect(groups(text, { compressedStaff: false })).not.toContain('企业人员');
  });
  it('leaves a body listed beside a profession, and a coordination only obliged, alone', () => {
    expect(groups(beijing('加强对医疗机构、医务人员的培训。'))).not.toContain('医疗机构人员');
    expect(groups(beijing('生产、经营人员应当接受培训。'))).toEqual([]);
  });
  it('leaves statuses and bare verbs alone: a line of work is a field and its verb', () => {
    // (上海市实施《归侨侨眷权益保护法》办法 第二十六条, 重庆市散居少数民族权益保障条例: spent randomv and randomu texts.)
    expect(groups(regulation('上海市实施《归侨侨眷权益保护法》办法', '出境定居的离休、退休、退职人员临时回本市就医的，按照国家和本市有关规定享受相应的医疗待遇。'))).toEqual([]);
    expect(groups(regulation('重庆市散居少数民族权益保障条例', '本市各级国家机关、各类用人单位，在招收、招聘、录用人员时，在同等条件下，应当优先招收、招聘、录用少数民族公民。'))).not.toContain('录用人员');
  });
});

describe('a share bounded before its whole (boundWholeShare; targets.ts boundWhole)', () => {
  const article = beijing(
    '被授予专利权的单位应当按照规定和约定给予职务发明创造的发明人、设计人奖金和报酬。没有约定数额的，可以按照下列比例确定：\n（一）单位转让、许可他人实施的，不低于转让费、许可使用费净收入的20%；\n（二）以专利权入股的，不低于股份或者股权收益的20%。',
  );
  it('reads the whole between the bound and 的 as the metric, across its 、', () => {
    expect(targetsOf(article)).toEqual([
      ['转让费、许可使用费净收入', '>=', 20, '%'],
      ['股份或者股权收益', '>=', 20, '%'],
    ]);
    expect(targetsOf(article, { boundWholeShare: false })).not.toContainEqual(['股份或者股权收益', '>=', 20, '%']);
  });
  it('leaves a clause that names the thing bounded to the referent rule', () => {
    // (基金会管理条例 第二十九条: the clause before names the spending bounded, not a case ending in 的.)
    expect(articleTargets('公募基金会每年用于从事章程规定的公益事业支出，不得低于上一年总收入的百分之七十。')).toEqual([['基金会每年用于从事章程规定的公益事业支出', '>=', 70, '%']]);
  });
});

describe('可 alone before a window (permittedShortWindow)', () => {
  it('reads a party\'s window to apply for review as a right, not a time limit', () => {
    const text = henan('当事人对技术市场管理部门所作的具体行政行为不服的，可自知道该行政处理决定之日起六十日内，向作出处理决定机关的同级人民政府或上一级行政机关申请复议，也可以直接向人民法院起诉。');
    expect(targetsOf(text)).toEqual([]);
    expect(targetsOf(text, { permittedShortWindow: false })).toContainEqual(['申请复议', '<=', 60, '日']);
  });
  it('keeps a body\'s duty within a window', () => {
    expect(targetsOf(henan('技术合同登记机构应当在十五日内办理登记手续。'))).toEqual([['办理登记手续', '<=', 15, '日']]);
  });
});

describe('staff acting in office (officeActsObliged; group-clause.txt `office |`)', () => {
  const text = henan('技术市场管理部门及其工作人员应当尽职尽责、秉公执法。技术市场工作人员依法执行公务，受法律保护。');
  it('reads the staff of the procedure as no group', () => {
    expect(groups(text)).toEqual([]);
    expect(groups(text, { officeActsObliged: false })).toContain('技术市场工作人员');
  });
  it('keeps staff the text serves elsewhere', () => {
    expect(groups(henan('审计人员依法执行职务，受法律保护。', '加强对审计人员的培训。'))).toContain('审计人员');
  });
  it('fails without the lexicon line', () => {
    const without = { ...lexicon, clauseOffices: [] };
    expect(extract(structured('x.txt', text), without).mentions.map((m) => m.canonical)).toContain('技术市场工作人员');
  });
});
