import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 47, helper extract: the science-and-innovation genre, innovation3's remaining misses (issue 13). Each sentence is a real
// one of a development set (tests/real/innovation3: 北京 国际科技创新中心 2024, 河南 促进高新技术产业发展 2011; tests/real/innovation:
// 上海 科技创新中心 2020) or of the free mirror, put in a made-up regulation of a real city. The option rules fail with their option
// off; the lexicon rules fail with their line taken out.
const law = (...articles: string[]) => regulation('北京市促进科技创新条例', ...articles);
const programmes = (text: string, options = {}) => names('Programme', text, options);
const groups = (text: string, options = {}) => names('TargetGroup', text, options);

describe('named national centres at a place (lawNamedNationalCentres)', () => {
  it('reads the centre the state designates at a place, a place of two words whole', () => {
    const text = law('支持和服务保障北京怀柔综合性国家科学中心建设。', '本市推动京津冀国家技术创新中心和京津冀协同创新共同体建设。');
    expect(programmes(text)).toEqual(expect.arrayContaining(['北京怀柔综合性国家科学中心', '京津冀国家技术创新中心']));
    expect(programmes(text, { lawNamedNationalCentres: false })).not.toContain('京津冀国家技术创新中心');
    expect(programmes(text, { lawNamedNationalCentres: false })).not.toContain('北京怀柔综合性国家科学中心');
  });
  it('reads no centre after a verb', () => {
    expect(programmes(law('有关部门应当按照规定上报国家海上搜救中心。'))).toEqual([]);
  });
});

describe('research bases with rights or duties of their own (lawResearchBaseDuties)', () => {
  it('reads a base named by its level or region that opens a clause as the subject of 可以 or 应当', () => {
    const text = law('全国重点实验室、国家技术创新中心、科技领军企业等单位可以按照规定推荐技术负责人破格申报相应层级职称。', '北京市重点实验室应当创新管理体制和运行机制。');
    expect(programmes(text)).toEqual(expect.arrayContaining(['全国重点实验室', '国家技术创新中心', '北京市重点实验室']));
    expect(programmes(text, { lawResearchBaseDuties: false })).toEqual([]);
  });
  it('leaves a base only listed among kinds supported out', () => {
    expect(programmes(law('市农业农村、科技、财政等部门应当推动农业领域重点实验室、技术创新中心的建设。'))).toEqual([]);
  });
});

describe('published guides and lists (designations.txt issued 领域指南 需求清单 投资指南, issuedCue 公布; lawIssuedDescribed)', () => {
  it('reads a guide published after a description ending in 的', () => {
    const text = law('市人民政府应当定期公布本市优先发展的高新技术产业化重点领域指南。');
    expect(programmes(text)).toEqual(['高新技术产业化重点领域指南']);
    expect(programmes(text, { lawIssuedDescribed: false })).toEqual([]);
  });
  it('reads a list of needs a government publishes', () => {
    expect(programmes(law('市人民政府应当建立应用场景建设统筹协调机制，定期发布应用场景建设需求清单，向社会征集应用场景解决方案。'))).toEqual(['应用场景建设需求清单']);
  });
  it('reads no list of matters of a procedure', () => {
    expect(programmes(law('市人民政府应当公布证明事项清单。'))).toEqual([]);
  });
});

describe('the named boards of the capital market (programmes.txt 中小企业板, 创业板, 专精特新专板)', () => {
  it('reads the boards, not the main board', () => {
    const text = law('县级以上人民政府应当采取有效措施，支持有条件的高新技术企业在国内主板、中小企业板和创业板上市。', '支持北京股权交易中心专精特新专板建设。');
    expect(programmes(text)).toEqual(['专精特新专板', '中小企业板', '创业板'].sort());
  });
});

describe('a 示范区 needs a place (programme-suffixes.txt 示范区 | place)', () => {
  it('reads no development area named by its field alone', () => {
    expect(programmes(law('推动农业科技创新，加快建设农业科技创新示范区，支持创建农业高新技术产业示范区。'))).toEqual([]);
  });
  it('keeps a zone named by a regional area of cooperation', () => {
    expect(programmes(law('发挥临港新片区、长三角生态绿色一体化发展示范区等区域的综合政策优势。'))).toContain('长三角生态绿色一体化发展示范区');
  });
});

describe('创新人才 (jieba-user.dict.utf8; innovationTalent)', () => {
  it('reads talent named by the field 创新, its quality dropped', () => {
    const text = law('本市完善创新人才引进政策，加大对急需紧缺创新人才的引进力度。');
    expect(groups(text)).toEqual(['创新人才']);
    expect(groups(text, { innovationTalent: false })).toEqual([]);
  });
  it('reads none in a slogan of innovation aims or where 创新 reforms a regime of talent work', () => {
    expect(groups(law('本市实施自主创新战略，培育创新主体，完善创新体系，培养创新人才，优化创新环境。'))).toEqual([]);
    expect(groups(law('管理委员会应当创新人才培养、引进模式，促进高端人才聚集。'))).toEqual([]);
    expect(groups(law('海南自由贸易港应当完善人才培养、引进措施，创新人才服务机制，优化人才结构。'))).toEqual([]);
  });
});

describe('talent only inside a facility or a goal, or qualified by quality (group-followers.txt 公寓 高地; generic-heads.txt 高水平 高品质)', () => {
  it('reads no group', () => {
    expect(groups(law('市、区人民政府和有关部门建设高品质人才社区，优化重点区域国际学校、国际医院、国际人才公寓规划布局。'))).toEqual([]);
    expect(groups(law('营造尊重人才、爱护人才的人才发展环境，建设高水平人才高地。'))).toEqual([]);
  });
});

describe('named schemes, categories and a market institution (programmes.txt 科技创新券, 国家科技重大专项; target-groups.txt 技术经理人, 科技项目经理人; org-patterns.txt 股权交易中心 | lawPlace)', () => {
  it('reads the voucher listed among support policies and the national major projects applied for', () => {
    const text = law('市科学技术、经济和信息化、财政等部门应当落实研发费用税前加计扣除、研发费用资助、科技创新券等支持政策。', '鼓励企业申报国家科技重大专项、国家重要科技计划项目且获得立项的，按照国家和本市有关规定，给予相应的支持。');
    expect(programmes(text)).toEqual(['国家科技重大专项', '科技创新券']);
  });
  it('reads the managers of projects and of technology transfer', () => {
    expect(groups(law('支持科技项目经理人、园区运营管理人才、创业孵化人才等集聚发展。'))).toContain('科技项目经理人');
    expect(groups(law('加强技术转移管理人员、技术经纪人、技术经理人等科技成果转化人才队伍建设。'))).toContain('技术经理人');
  });
  it('reads the regional equity market named by its place, not the kind', () => {
    expect(names('Organisation', law('支持北京股权交易中心专精特新专板建设。'))).toContain('北京股权交易中心');
    expect(names('Organisation', law('支持区域股权交易中心建设非上市股权公司股权托管平台。'))).toEqual([]);
  });
});
