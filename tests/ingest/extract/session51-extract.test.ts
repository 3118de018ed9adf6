import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 51, helper extract (issue 13): rules of a general drafting kind, each on a real sentence of the development set education or
// of a free mirror text, put in a made-up regulation under the text's own title. Each rule fails with its option (or lexicon line) off.
const groups = (text: string, options = {}) => names('TargetGroup', text, options);

describe('persons insured by a duty are served (group-objects.txt insure, insureCue)', () => {
  it('reads 实习学生 insured by schools (education, 上海市职业教育条例 第五十一条)', () => {
    const text = regulation('上海市职业教育条例', '本市建立健全职业学校学生实习保险制度，职业学校和实习单位应当为实习学生投保实习责任保险，健全学生权益保障机制。');
    expect(groups(text)).toContain('实习学生');
  });
  it('reads no 由死者 from a benefit paid by an insurance fund (free: 使用有毒物品作业场所劳动保护条例 第四十一条)', () => {
    const text = regulation('使用有毒物品作业场所劳动保护条例', '因职业中毒死亡的，对由死者生前提供主要生活来源的亲属由工伤保险基金支付抚恤金。');
    expect(groups(text)).not.toContain('由死者');
  });
});

describe('persons a duty obliges to accept training or guidance are served (lawObligedLearners)', () => {
  it('reads the parents and couples bound to accept guidance (education, 浙江省家庭教育促进条例 第九条)', () => {
    const text = regulation('浙江省家庭教育促进条例', '新婚夫妻、孕期夫妻、婴幼儿父母、学生家长，应当参加有关国家机关、人民团体、学校、社会组织、村民委员会、居民委员会开展的公益性家庭教育指导活动，接受家庭教育指导。');
    expect(groups(text)).toEqual(expect.arrayContaining(['孕期夫妻', '婴幼儿父母', '学生家长']));
    expect(groups(text, { lawObligedLearners: false })).not.toContain('孕期夫妻');
  });
});

describe('obliged learners: the opening of a paragraph', () => {
  it('reads 保安员 bound to accept training in a paragraph of its own, without the line break (free: 浙江省学前教育条例 第二十六条)', () => {
    const text = regulation('浙江省学前教育条例', '幼儿园应当配备保安员。\n保安员应当按照国家和省有关规定接受相应专业知识培训。');
    const found = groups(text);
    expect(found).toContain('保安员');
    expect(found.some((g) => g.includes('\n'))).toBe(false);
  });
});

describe('the persons named as the object noun of a training are trained (lawTrainedObjects)', () => {
  it('reads 境外员工 (education, 上海市职业教育条例 第六十五条)', () => {
    const text = regulation('上海市职业教育条例', '赴境外举办职业培训机构、开展境外员工培训、吸纳境外留学生以及共建高水平产学研平台等的职业学校和职业培训机构，按照相关规定给予支持。');
    expect(groups(text)).toContain('境外员工');
    expect(groups(text, { lawTrainedObjects: false })).not.toContain('境外员工');
  });
  it('reads 家庭教育指导人才 (education, 浙江省家庭教育促进条例 第十六条)', () => {
    const text = regulation('浙江省家庭教育促进条例', '县级以上人民政府应当组织妇女联合会和教育、卫生健康、人力资源和社会保障等部门，建设专业的家庭教育指导工作队伍，开展家庭教育指导人才培训，提高家庭教育指导工作人员的业务能力。');
    expect(groups(text)).toContain('家庭教育指导人才');
    expect(groups(text, { lawTrainedObjects: false })).not.toContain('家庭教育指导人才');
  });
});

describe('trained objects: not a trade, not a relative clause', () => {
  it('reads no trainees in a training trade or its administration (free: 杭州市机动车驾驶员培训管理条例 第三条, 第五条)', () => {
    const text = regulation('杭州市机动车驾驶员培训管理条例', '杭州市交通主管部门负责组织领导全市机动车驾驶员培训管理工作。培训机构开展机动车驾驶员培训业务应当遵循依法经营、诚实信用的原则。');
    expect(groups(text).filter((g) => g.endsWith('驾驶员'))).toEqual([]);
  });
  it('reads no phrase opening with 的 (free: 中华人民共和国学前教育法 第三十八条)', () => {
    const text = regulation('中华人民共和国学前教育法', '幼儿园园长应当参加县级以上地方人民政府教育行政部门组织的园长岗位培训。');
    expect(groups(text).some((g) => g.startsWith('的'))).toBe(false);
  });
});

describe('trained objects: not every kind', () => {
  it('reads no 各类公务员 (randoms, 行政学院工作条例)', () => {
    const text = regulation('行政学院工作条例', '行政学院应当根据公务员主管部门的培训规划和年度培训计划举办各类公务员培训。');
    expect(groups(text)).not.toContain('各类公务员');
  });
});

describe('trained objects: 组织 as a noun, a training trade', () => {
  it('reads no phrase after the noun 组织 (free: 上海市终身教育促进条例 第九条)', () => {
    const text = regulation('上海市终身教育促进条例', '民办非企业单位以及其他组织应当为本单位在职人员职业培训提供经费保障。');
    expect(groups(text).some((g) => g.startsWith('应当'))).toBe(false);
  });
  it('reads no trainees in a trade listed among businesses (free: 山东省道路运输条例)', () => {
    const text = regulation('山东省道路运输条例', '从事道路客运站经营、机动车维修经营和机动车驾驶员培训以及汽车租赁等经营业务的，应当依法登记。');
    expect(groups(text)).not.toContain('机动车驾驶员');
  });
});
