import { describe, expect, it } from 'vitest';
import { articleTargets, names, regulation } from './law-text.js';
import { extract } from '../../../ingest/extract/index.js';
import { lexicon, structured } from '../helpers.js';

// Session 46, helper extract3: the science-and-innovation genre, third set (issue 13). Each sentence is a real one of the
// development set tests/real/innovation3 (上海 促进农业科技进步 2024, 河南 促进高新技术产业发展 2011), put in a made-up regulation.
// The option rules fail with their option off; the lexicon rules (designations.txt) fail with their line taken out.
const law = (...articles: string[]) => regulation('某某省促进科技进步条例', ...articles);
const programmes = (text: string, options = {}) => names('Programme', text, options);
const groups = (text: string, options = {}) => names('TargetGroup', text, options);

describe('designations a firm applies for or is certified as (lawAppliedDesignations; designations.txt unitApply, 专精特新)', () => {
  it('reads each marked unit a firm applies for', () => {
    const text = law('鼓励符合条件的涉农科技型企业申报高新技术企业、专精特新中小企业。');
    expect(programmes(text)).toEqual(expect.arrayContaining(['高新技术企业', '专精特新中小企业']));
    expect(programmes(text, { lawAppliedDesignations: false })).not.toContain('高新技术企业');
  });
  it('reads the unit a body certifies (对…进行认定)', () => {
    const text = law('省科技部门应当会同省财政、税务部门对高新技术企业进行认定(复审)。');
    expect(programmes(text)).toContain('高新技术企业');
    expect(programmes(text, { lawAppliedDesignations: false })).not.toContain('高新技术企业');
  });
  it('reads the unit named after 认定 as a condition', () => {
    const text = law('县级以上人民政府应当把科技开发费用投入和技术创新能力作为企业申请政府科技经费支持和认定高新技术企业的条件。');
    expect(programmes(text)).toContain('高新技术企业');
    expect(programmes(text, { lawAppliedDesignations: false })).not.toContain('高新技术企业');
  });
  it('leaves a unit named by no mark, or one that goes on into a longer noun, out', () => {
    expect(programmes(law('申报单位应当如实提交申报材料。'))).toEqual([]);
    expect(programmes(law('鼓励社会力量申请认定科技企业孵化器。'))).not.toContain('科技企业');
  });
});

describe('talent categories (target-groups.txt 战略科学家, 卓越工程师, 天使投资人, 技术骨干, 管理骨干)', () => {
  it('reads the state talent categories whole', () => {
    const text = law('本市依托国家实验室、全国重点实验室、新型研发机构、科技领军企业培养引进战略科学家、科技领军人才、卓越工程师及其创新团队。');
    expect(groups(text)).toEqual(expect.arrayContaining(['战略科学家', '卓越工程师', '科技领军人才']));
    expect(groups(text)).not.toContain('科学家');
  });
  it('reads the investors a clause cultivates', () => {
    expect(groups(law('支持创业投资机构集聚发展，鼓励各类资本和投资机构开展创业投资，培育壮大天使投资人群体。'))).toContain('天使投资人');
  });
  it('reads the key staff given equity incentives', () => {
    expect(groups(law('高新技术企业可以对技术骨干和管理骨干实行股权、技术入股、期权等激励措施。'))).toEqual(expect.arrayContaining(['技术骨干', '管理骨干']));
  });
});

describe('a compressed list of employers before the persons (groupEmployerList; group-objects.txt employer)', () => {
  const text = law('允许高等学校、科研机构农业科技人员按照国家和本市有关规定，保留原有身份到企业从事农业科技成果转化。');
  it('starts the group after the last employer of the list', () => {
    expect(groups(text)).toContain('农业科技人员');
    expect(groups(text)).not.toContain('科研机构农业科技人员');
    expect(groups(text, { groupEmployerList: false })).toContain('科研机构农业科技人员');
  });
  it('keeps a group after one employer alone', () => {
    expect(groups(law('鼓励企业科技人员参与技术创新活动，对其给予奖励。'))).toContain('企业科技人员');
  });
});

describe('slogans, models and lists named after a group (group-followers.txt 一体化, 培养模式, 开发目录)', () => {
  it('reads no group out of an integration slogan or a training model', () => {
    const text = law('本市加快农业领域教育科技人才一体化发展，引导高等学校、科研机构创新人才培养模式。');
    expect(groups(text)).not.toContain('科技人才');
    expect(groups(text)).not.toContain('创新人才');
  });
  it('reads no group out of the list a body compiles', () => {
    expect(groups(law('市农业农村部门应当编制农业重点领域的科技人才开发目录。'))).not.toContain('科技人才');
  });
});

describe('tax figures (lawTaxRates, bracketBoundOut, permittedShortForm)', () => {
  // The targets read with `options` over the defaults, as [metric, comparator, value, unit].
  const withOptions = (article: string, options: Record<string, boolean>) =>
    extract(structured('x.md', `某某市某某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　${article}\n`), lexicon, options).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);
  it('reads a deduction and an amortisation at a share of their base', () => {
    const article = '企业开发新技术、新产品、新工艺发生的研究开发费用，未形成无形资产计入当期损益的，在按规定据实扣除的基础上，按照研究开发费用的百分之五十加计扣除；形成无形资产的，按照无形资产成本的百分之一百五十摊销。';
    expect(articleTargets(article)).toEqual(expect.arrayContaining([['研究开发费用加计扣除', '=', 50, '%'], ['无形资产成本摊销', '=', 150, '%']]));
    expect(withOptions(article, { lawTaxRates: false })).toEqual([]);
  });
  it('reads the rate a tax is levied at', () => {
    const article = '经认定（复审）合格的高新技术企业，依法按照百分之十五的税率征收企业所得税。';
    expect(articleTargets(article)).toContainEqual(['企业所得税税率', '=', 15, '%']);
    expect(withOptions(article, { lawTaxRates: false })).toEqual([]);
  });
  it('reads no target in the bound of a bracket', () => {
    const article = '居民企业在一个纳税年度内，技术转让所得未超过五百万元的部分，依法免征企业所得税；超过五百万元的部分，依法减半征收企业所得税。';
    expect(articleTargets(article)).toEqual([]);
    expect(withOptions(article, { bracketBoundOut: false })).not.toEqual([]);
  });
  it('reads 可从 as a permission', () => {
    const article = '对以技术转让方式将科技成果提供给他人的，可从技术转让所得的净收入中提取百分之七十用于一次性奖励。';
    expect(articleTargets(article)).toEqual([]);
    expect(withOptions(article, { permittedShortForm: false })).not.toEqual([]);
  });
});
