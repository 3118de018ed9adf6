// Session 25 (helper extract): rules read on the spent randoms-heldout and the dev random sets for kinds of error.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe('a plan, project or works in a law is a programme only when quoted, national or run by name', () => {
  it('reads a kind of building works as no programme (屋面防水工程 in a list of warranty periods)', () => {
    const text = regulation('某省建筑市场管理条例', '建设工程的最低保修期限如下：土建工程为一年，其中屋面防水工程为三年；电气管线、上下水管线安装工程为一年。');
    expect(names('Programme', text)).toEqual([]);
  });

  it('reads the service items a body may carry out as no programme (临床医疗服务项目, 生殖保健项目)', () => {
    const text = regulation('某计划生育技术服务条例', '计划生育技术服务机构可以开展围绕生育、节育、不育的其他生殖保健项目。', '未经批准，不得开展与计划生育有关的临床医疗服务项目。');
    expect(names('Programme', text)).toEqual([]);
  });

  it('reads a plan a school makes as no programme (制定教学培训计划)', () => {
    const text = regulation('某学院工作条例', '学院应当根据培训需求制定教学培训计划。');
    expect(names('Programme', text)).toEqual([]);
  });

  it('keeps works a government carries out by name (组织实施…工程) and a national one (国务院确定的…工程)', () => {
    const text = regulation('某省乡村振兴促进条例', '县级以上人民政府应当组织实施高标准农田建设工程。', '省人民政府落实国务院确定的农村饮水安全工程。');
    expect(names('Programme', text)).toEqual(['农村饮水安全工程', '高标准农田建设工程']);
  });
});

describe('national bodies and employers\' organisations a law names bare', () => {
  it('reads 新疆生产建设兵团 beside the provinces as an organisation', () => {
    const text = regulation('某某管理条例', '省、自治区、直辖市人民政府和新疆生产建设兵团应当做好本条例的实施工作。');
    expect(names('Organisation', text)).toContain('新疆生产建设兵团');
  });

  it('reads 企业联合会 of the tripartite mechanism as an organisation, as 工会', () => {
    const text = regulation('某省企业工资集体协商条例', '工会、工商业联合会和企业联合会应当引导、支持企业开展工资集体协商。');
    expect(names('Organisation', text)).toEqual(['工会', '工商联', '企业联合会'].sort());
  });
});

describe('the rights-holders of patent law as target groups', () => {
  it('reads 专利权人, 发明人 and 设计人 as groups where a regulation rewards and protects them', () => {
    const text = regulation('某市专利促进条例', '对作出突出贡献的专利权人予以奖励。', '市人民政府应当保护专利权人、发明人、设计人的合法利益。');
    expect(names('TargetGroup', text)).toEqual(['专利权人', '发明人', '设计人'].sort());
  });

  it('reads the patentee of a dispute as no group (a party: no sentence serves it)', () => {
    const text = regulation('某省专利纠纷处理办法', '专利权人或者利害关系人可以请求管理专利工作的部门处理侵权纠纷。');
    expect(names('TargetGroup', text)).toEqual([]);
  });
});

describe('a prohibited zone a government draws', () => {
  it('reads 禁止养殖区域 drawn by 划定 as a programme (a designated zone)', () => {
    const text = regulation('某某养殖污染防治条例', '县级人民政府应当依法划定禁止养殖区域，并向社会公布。', '禁止在禁止养殖区域内建设养殖场。');
    expect(names('Programme', text)).toEqual(['禁止养殖区域']);
  });
});

describe('the levels of leading posts of the civil service', () => {
  it('reads 厅局级公务员 and 乡科级公务员 as kinds of 公务员 a training rule treats apart', () => {
    const text = regulation('某某学院工作条例', '国家学院主要培训厅局级公务员。', '市学院主要举办乡科级公务员任职培训班。');
    expect(names('TargetGroup', text)).toEqual(expect.arrayContaining(['厅局级公务员', '乡科级公务员']));
  });
});

describe('the couples of childbearing age of family-planning law', () => {
  it('reads 育龄夫妻 as a group where the state gives them free services', () => {
    const text = regulation('某计划生育技术服务条例', '国家向农村实行计划生育的育龄夫妻免费提供避孕、节育技术服务。');
    expect(names('TargetGroup', text)).toContain('育龄夫妻');
  });

  it('reads 育龄夫妻 as no group where the law only obliges them', () => {
    const text = regulation('某权益保障法', '育龄夫妻双方按照国家有关规定计划生育，有关部门应当提供安全、有效的避孕药具和技术。');
    expect(names('TargetGroup', text)).not.toContain('育龄夫妻');
  });
});
