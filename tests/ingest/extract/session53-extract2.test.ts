import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 53, helper extract2 (issue 13): programme recall on the development sets — designated facility networks a body sets up or
// uses (lawSetUpFacilityNetworks, facility-networks.txt) and the national 工业互联网标识解析体系 (programmes.txt). Real sentences of
// the development sets reading, education, digital and promotion2; each test fails with its option (or lexicon line) off.
const programmes = (text: string, options = {}) => names('Programme', text, options);

describe('a designated facility network a body sets up or uses is a Programme (lawSetUpFacilityNetworks)', () => {
  it('reads 农家书屋 the townships must set up (reading, 温州市全民阅读促进条例 第十一条)', () => {
    const text = regulation('温州市全民阅读促进条例', '乡镇人民政府、街道办事处应当依托基层综合性文化服务中心、农村文化礼堂、新时代文明实践所(站)等公共文化服务设施,设立农家书屋、公共图书室等全民阅读设施。');
    expect(programmes(text)).toContain('农家书屋');
    expect(programmes(text, { lawSetUpFacilityNetworks: false })).not.toContain('农家书屋');
  });
  it('reads 职工书屋 the bodies are encouraged to set up (reading, 宁波市全民阅读促进条例 第十三条)', () => {
    const text = regulation('宁波市全民阅读促进条例', '鼓励国家机关、企业事业单位和其他社会组织，利用本单位场地和设施设立职工书屋，为职工提供阅读服务。');
    expect(programmes(text)).toContain('职工书屋');
    expect(programmes(text, { lawSetUpFacilityNetworks: false })).not.toContain('职工书屋');
  });
  it('reads the studios and bases employers build or train through (education, 上海市职业教育条例 第三十三条, 第五十八条)', () => {
    const text = regulation(
      '上海市职业教育条例',
      '本市支持有条件的企业、行业组织、产业园区建设高技能人才培养基地，面向社会开展技能培养、人才评价、竞赛交流、师资培训等工作。',
      '企业、事业单位可以依托首席技师工作室、技能大师工作室、劳模和工匠人才创新工作室，开展职工职业培训。',
    );
    expect(programmes(text)).toEqual(expect.arrayContaining(['高技能人才培养基地', '首席技师工作室', '技能大师工作室', '劳模和工匠人才创新工作室']));
    expect(programmes(text, { lawSetUpFacilityNetworks: false })).not.toContain('技能大师工作室');
  });
  it('reads no network listed among kinds of a cooperation (education, 宁波市职业教育校企合作促进条例 第十条)', () => {
    const text = regulation('宁波市职业教育校企合作促进条例', '职业院校和企业可以开展下列合作：（四）联合建立实习实训基地、实验室、生产车间、技能大师工作室等产教联合体，共同参与新兴产业基地、产业技术联盟、技术研究院等协同创新组织建设；');
    expect(programmes(text)).not.toContain('技能大师工作室');
  });
});

describe('工业互联网标识解析体系 is one national system (programmes.txt; tests/gold/README.md, decisions of session 53)', () => {
  it('reads it where a department must perfect it (digital, 北京市数字经济促进条例 第三十二条; promotion2, 山东 第十一条)', () => {
    const beijing = regulation('北京市数字经济促进条例', '经济和信息化部门应当会同通信管理部门健全工业互联网标识解析体系和新型工业网络部署，支持工业企业实施数字化改造。');
    const shandong = regulation('山东省大数据发展促进条例', '县级以上人民政府工业和信息化部门应当会同有关部门推进工业互联网建设，完善工业互联网标识解析体系，推动新型工业网络部署。');
    expect(programmes(beijing)).toContain('工业互联网标识解析体系');
    expect(programmes(shandong)).toContain('工业互联网标识解析体系');
  });
});

describe('高等学校学生 is 大学生 (target-groups.txt; tests/gold/README.md, decisions of session 53)', () => {
  it('reads the students of higher education under the canonical 大学生 (real, 上海市国防教育条例 第十二条)', () => {
    const text = regulation('上海市国防教育条例', '高等学校学生学习国防教育课程和参加集中军事训练的情况，记入学生的学籍档案。');
    const groups = names('TargetGroup', text);
    expect(groups).toContain('大学生');
    expect(groups).not.toContain('高等学校学生');
  });
});
