import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 48, helper extract: leftovers of the genre sets that are general drafting patterns (issue 13). Each sentence is a real
// one of a development set (tests/real/digital 浙江 2020, tests/real/innovation3 河南 2011 and 北京 2024) or of the free mirror
// (政府采购法 2014), put in a made-up regulation of a real province. Each rule fails with its option off or its lexicon line out.
const law = (...articles: string[]) => regulation('浙江省促进科技创新条例', ...articles);
const programmes = (text: string, options = {}) => names('Programme', text, options);

describe('a procurement list a promoted good is put on (lawProcurementLists, procurement-lists.txt)', () => {
  const text = law(
    '省财政部门应当会同省科技、发展改革等部门，将高新技术企业拥有自主知识产权的产品纳入政府采购目录，并在同等条件下优先采购。',
    '省人民政府或者其授权的单位可以根据需要，将云计算、大数据、人工智能等数字技术产品和服务列入全省集中采购目录。',
  );
  it('reads the list as one programme', () => {
    expect(programmes(text)).toEqual(expect.arrayContaining(['政府采购目录', '全省集中采购目录']));
  });
  it('reads none with the option off', () => {
    expect(programmes(text, { lawProcurementLists: false })).not.toContain('政府采购目录');
    expect(programmes(text, { lawProcurementLists: false })).not.toContain('全省集中采购目录');
  });
  it('reads no list the procedure itself uses (no good put on it)', () => {
    expect(programmes(law('采购人采购纳入集中采购目录的政府采购项目，必须委托集中采购机构代理采购。'))).not.toContain('集中采购目录');
  });
  it('reads no bare 采购目录, a unit’s own buying list', () => {
    expect(programmes(law('公共图书馆应当优先将全民阅读基础书目和分类推荐书目纳入采购目录。'))).not.toContain('采购目录');
  });
});

describe('a platform named by the manner of its service is a kind (generic-heads.txt, designations.txt systemGeneric: 专业 专业化)', () => {
  it('reads no platform named 专业 or 专业化 and generic words only', () => {
    const text = law(
      '支持大学科技园组建高水平运营团队，建设专业服务平台，加强科技企业孵化培育，提供创业辅导服务。',
      '省人民政府及其有关部门应当完善科技服务业支持政策，推动专业化科技服务平台建设，健全科技服务质量监督机制。',
    );
    expect(programmes(text)).not.toContain('专业服务平台');
    expect(programmes(text)).not.toContain('专业化科技服务平台');
  });
});

describe('a platform set up and then bound by its name as the subject of a duty (lawBoundPlatforms)', () => {
  const text = regulation(
    '上海市促进科技成果转化条例',
    '市科技部门应当会同有关部门以财政性资金和社会资金所建设的各类科技成果转化平台为基础，建立资源汇聚、开放共享、分工协作的科技成果转化公共服务平台。',
    '科技成果转化公共服务平台应当建立健全科技成果信息和转化服务信息的采集、公开制度，为科技成果转化全过程提供技术、人才、资金等方面的信息和服务。',
  );
  it('reads the described platform as one programme', () => {
    expect(programmes(text)).toContain('科技成果转化公共服务平台');
    expect(programmes(text, { lawBoundPlatforms: false })).not.toContain('科技成果转化公共服务平台');
  });
  it('reads none where no duty binds the name', () => {
    const unbound = regulation('上海市促进科技成果转化条例', '建立资源汇聚、开放共享、分工协作的科技成果转化公共服务平台。', '有关部门应当建立健全科技成果信息的采集、公开制度。');
    expect(programmes(unbound)).not.toContain('科技成果转化公共服务平台');
  });
});

describe('市级 before a platform in a city’s own law is the city’s one platform (lawCityLevelSystems)', () => {
  const sentence = '市经济和信息化部门应当会同有关部门制定公共数据目录编制规范，有关公共机构依照规范及有关管理规定，编制本行业、本部门公共数据目录，并按照要求向市级大数据平台汇聚数据。';
  it('reads it in a city’s law', () => {
    const text = regulation('北京市数字经济促进条例', sentence);
    expect(programmes(text)).toContain('市级大数据平台');
    expect(programmes(text, { lawCityLevelSystems: false })).not.toContain('市级大数据平台');
  });
  it('reads none in a province’s law (市级 is every city’s level there)', () => {
    expect(programmes(regulation('浙江省数字经济促进条例', sentence))).not.toContain('市级大数据平台');
  });
});

describe('攻关 is a generic word of a project’s head (generic-heads.txt Programme 攻关)', () => {
  it('reads no programme in 重大科技攻关项目', () => {
    const text = regulation('北京国际科技创新中心建设条例', '本市建立统筹资源开展关键核心技术攻关的机制，对维护国家安全、社会公共利益急需的重大科技攻关项目，可以创新项目管理方式、布局多条技术路线，组织应急攻关。');
    expect(programmes(text)).not.toContain('科技攻关项目');
    expect(programmes(text)).not.toContain('重大科技攻关项目');
  });
});
