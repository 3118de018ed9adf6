import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file): the session-45 rules (helper extract) of the
// science-and-innovation genre (issue 13), read on the innovation set's misses for kinds only.
const law = (...articles: string[]) => regulation('某某市科技创新促进条例', ...articles);
const programmes = (text: string, options = {}) => names('Programme', text, options);

describe('designations graded by level (lawGradedDesignations)', () => {
  it('reads the name after 认定为 and a list of levels, the levels dropped, whatever its head', () => {
    const text = law('对认定为省级、市级重点科技服务机构的，给予奖励。');
    expect(programmes(text)).toEqual(['重点科技服务机构']);
    expect(programmes(text, { lawGradedDesignations: false })).toEqual([]);
  });

  it('reads a graded list a product is entered in (列入…计划)', () => {
    const text = law('列入国家级、省级重点技术改造计划的项目，由财政给予补助。');
    expect(programmes(text)).toEqual(['重点技术改造计划']);
    expect(programmes(text, { lawGradedDesignations: false })).toEqual([]);
  });

  it('needs two levels: one level, or levels written without 级, grade nothing', () => {
    expect(programmes(law('对认定为市级重点科技服务机构的，给予奖励。'))).toEqual([]);
    expect(programmes(law('列入国家、省基础测绘规划的项目，应当优先安排。'))).toEqual([]);
  });
});

describe('fields sharing one issued word (lawSharedIssuedHead)', () => {
  it('reads 编制X、Y…指南 as one guide written with its 、', () => {
    const text = law('科技主管部门应当编制重点产业、新兴产业研究开发指南，指导企业开展研究开发。');
    expect(programmes(text)).toEqual(['重点产业、新兴产业研究开发指南']);
    expect(programmes(text, { lawSharedIssuedHead: false })).toEqual([]);
  });

  it('leaves a field that ends in an issued word of its own to the single rule', () => {
    expect(programmes(law('科技主管部门应当发布产业技术指导目录、科技成果目录，引导企业。'))).not.toContain('产业技术指导目录、科技成果目录');
  });
});

describe('one system named by two functions joined by 和 (lawJoinedSystemFunctions)', () => {
  it('reads the one 统一的 platform whole', () => {
    const text = law('市人民政府应当建设统一的科研经费投入信息管理和信息公开平台，接受公众监督。');
    expect(programmes(text)).toEqual(['科研经费投入信息管理和信息公开平台']);
    expect(programmes(text, { lawJoinedSystemFunctions: false })).not.toContain('科研经费投入信息管理和信息公开平台');
  });

  it('reads two things set up as two, not one name with 和', () => {
    expect(programmes(law('市人民政府应当建立统一的科技报告制度和科技成果信息系统。'))).not.toContain('科技报告制度和科技成果信息系统');
    expect(programmes(law('市人民政府应当建立统一的网络信访平台和电话信访平台，方便群众。'))).not.toContain('网络信访平台和电话信访平台');
  });
});

describe('platforms for registering (designations.txt system 登记平台)', () => {
  it('reads the registry a body helps build', () => {
    expect(programmes(law('本市配合国家有关部门建设知识产权统一登记平台，简化融资手续。'))).toEqual(['知识产权统一登记平台']);
  });
});

describe('quoted platforms and channels (lawQuotedChannels)', () => {
  it('reads a quoted name a platform carries, and one named as a channel in a list of means', () => {
    const listed = law('有关部门应当通过“一窗通办”、在科技园开设服务窗口等方式，提供政务服务。');
    expect(programmes(listed)).toEqual(['一窗通办']);
    expect(programmes(listed, { lawQuotedChannels: false })).toEqual([]);
    const platform = law('申请人可以通过“一网统管”平台办理。');
    expect(programmes(platform)).toEqual(['一网统管']);
    expect(programmes(platform, { lawQuotedChannels: false })).toEqual([]);
  });

  it('leaves a quoted word used as a noun of a clause alone', () => {
    expect(programmes(law('不得通过“虚拟资产”交易、金融资产转移等方式逃避监管。'))).toEqual([]);
  });
});

describe('national pilot zones named by their place (lawNamedNationalZones)', () => {
  it('reads the place jieba leaves out of the name, and the zone before a fund named after it', () => {
    const text = law('本市支持中关村国家自主创新示范区建设，设立中关村国家自主创新示范区发展专项资金。');
    expect(programmes(text)).toEqual(['中关村国家自主创新示范区']);
    expect(programmes(text, { lawNamedNationalZones: false })).toEqual([]);
  });

  it('reads no zone without a place, nor a list of zones', () => {
    expect(programmes(law('本市可以利用国家自主创新示范区的政策。'))).toEqual([]);
    expect(programmes(law('本市应当落实国家和本市有关示范区的政策。'))).toEqual([]);
  });
});

describe('the free trade pilot zone written short (lawShortFreeTradeZone)', () => {
  const jiangsu = (...articles: string[]) => regulation('江苏省促进创新条例', ...articles);
  it('reads 自贸试验区 as the province’s zone, named as the State Council names it', () => {
    const text = jiangsu('自贸试验区实施的创新举措，具备条件的在全省推广。');
    expect(programmes(text)).toEqual(['中国（江苏）自由贸易试验区']);
    expect(programmes(text, { lawShortFreeTradeZone: false })).toEqual([]);
  });

  it('reads no zone after a word that makes it a class', () => {
    expect(programmes(jiangsu('本省贯彻执行国家有关自贸试验区的政策。'))).toEqual([]);
  });
});

describe('talent categories of the science laws (session 45 lexicon entries)', () => {
  const groups = (text: string) => names('TargetGroup', text);
  it('reads a field of two verbs whole (jieba user word 创新创业) and an age kept before it', () => {
    expect(groups(law('加大对青年创新创业人才选拔资助力度。'))).toEqual(['青年创新创业人才']);
  });

  it('reads 经营管理 as the field of a category (jieba user word), and equity incentives as serving it (group-objects cue 激励)', () => {
    expect(groups(law('鼓励企业对技术人员和经营管理人员实施股权和分红激励。'))).toEqual(['技术人员', '经营管理人员']);
  });

  it('reads the permission to found a firm while employed as serving the staff (group-served 在职创办)', () => {
    expect(groups(law('科研事业单位的专业技术人员经所在单位同意，可以利用与本人从事专业相关的科技创新成果在职创办企业。'))).toEqual(['专业技术人员']);
  });

  it('reads talent qualified by quality only as no group (generic-heads 创新型, 复合型)', () => {
    expect(groups(law('市人民政府应当加强创新型人才和复合型人才的后备队伍建设。'))).toEqual([]);
  });
});

describe('vouchers named as a means (designations.txt issuedCue 通过)', () => {
  it('reads the voucher a body works through, and a voucher issued after another verb', () => {
    expect(programmes(law('市人民政府应当通过科技创新券等方式引导科技服务机构为企业服务。'))).toEqual(['科技创新券']);
    expect(programmes(law('县级以上人民政府通过组织发放体育健身消费券，促进体育消费。'))).toEqual(['体育健身消费券']);
  });
});

describe('a platform built and then bound by its own name (lawBuiltPlatformDuties)', () => {
  it('reads the platform of 加强…平台建设 when the text lays duties on it by name', () => {
    const text = law('市人民政府应当加强科技创新公共服务平台建设和管理。', '科技创新公共服务平台应当实现资源开放共享。');
    expect(programmes(text)).toEqual(['科技创新公共服务平台']);
    expect(programmes(text, { lawBuiltPlatformDuties: false })).toEqual([]);
  });

  it('reads a platform only built as a work item on a kind', () => {
    expect(programmes(law('市人民政府应当加强科技创新公共服务平台建设和管理。'))).toEqual([]);
  });
});

describe('platforms listed under one 加强…建设 (lawPlatformListBuilt)', () => {
  it('reads the listed platforms as kinds, and the platform a body must set up by name as one', () => {
    const text = law('科学技术行政部门应当建立和完善科技创新综合服务平台，加强科技成果转化平台、科技中介服务平台和科技资源共享平台建设。');
    expect(programmes(text)).toEqual(['科技创新综合服务平台']);
    expect(programmes(text, { lawPlatformListBuilt: false })).toContain('科技中介服务平台');
  });
});

describe('the national stock exchanges (organisations.txt)', () => {
  it('reads a named exchange, and a bare 证券交易所 as a kind', () => {
    const orgs = (text: string) => names('Organisation', text);
    expect(orgs(law('本市支持和保障深圳证券交易所设立创业板。'))).toEqual(['深圳证券交易所']);
    expect(orgs(law('在依法设立的证券交易所上市交易的股份除外。'))).toEqual([]);
  });
});
