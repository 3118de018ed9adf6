// Session 33 (helper extract): rules that follow the gold decisions of session 33 (tests/gold/README.md), read on the spent
// randomk-heldout with the earlier dev golds for kinds of error. Each text is a sentence shape of a dev document, rewritten
// around a made-up place; each test asserts what a reader checks.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe("a body's or a trade's workers (从业人员, 员工)", () => {
  const trained = regulation(
    '某市机场管理条例',
    '机场管理机构、航空运输企业以及其他驻场单位应当定期对从业人员进行必要的安全运营培训，保证从业人员具备相关的知识和技能。',
  );
  const educated = regulation('某省传染病防治条例', '机关、团体、企业事业单位应当组织本单位从业人员学习有关传染病防治的法律、法规和知识。');
  const housed = regulation('某市义务教育条例', '县级人民政府及其教育主管部门应当做好被征收学校师生、员工的分流、安置工作。');
  it('are a target group where their employer trains or educates them, or a body places them', () => {
    expect(names('TargetGroup', trained)).toContain('从业人员');
    expect(names('TargetGroup', educated)).toContain('从业人员');
    expect(names('TargetGroup', housed)).toContain('职工');
  });
  it('are no group where they are only obliged or mentioned', () => {
    const obliged = regulation('某省建筑市场管理条例', '各类中介服务企业及其从业人员，应当依法公正、客观地提供中介服务。');
    expect(names('TargetGroup', obliged)).not.toContain('从业人员');
    // a cue elsewhere in the sentence is a body's name; a lead further back is a noun
    const served = regulation('某省无障碍环境建设条例', '教育行政部门和教育机构应当为有残疾的师生、员工提供无障碍服务。');
    expect(names('TargetGroup', served)).not.toContain('职工');
    const urged = regulation('某市社会救助条例', '提倡国家机关、企业、事业单位和基层群众性自治组织在员工或者邻里之间，开展互帮互助活动。');
    expect(names('TargetGroup', urged)).not.toContain('职工');
    const joined = regulation('某市献血条例', '鼓励国家工作人员、现役军人、社会组织从业人员加入应急献血预备队。');
    expect(names('TargetGroup', joined)).not.toContain('从业人员');
  });
  it('are a group where a cue follows them in their clause', () => {
    const examined = regulation('某市文化娱乐市场管理条例', '市文化行政管理部门负责本市文化娱乐市场管理人员和从业人员的考核。');
    expect(names('TargetGroup', examined)).toContain('从业人员');
  });
  it('are not read as groups without the rule', () => {
    expect(names('TargetGroup', trained, { lawWorkersServed: false })).not.toContain('从业人员');
    expect(names('TargetGroup', housed, { lawWorkersServed: false })).not.toContain('职工');
  });
});

describe("the state's government named as a body that acts (中华人民共和国政府)", () => {
  it('is an Organisation, apart from 国务院', () => {
    const text = regulation('某海域法', '外国军用船舶进入本海域，须经中华人民共和国政府批准。', '国务院有关主管部门负责具体实施。');
    expect(names('Organisation', text)).toEqual(['中华人民共和国政府', '国务院']);
  });
  it('does not count inside a cited title', () => {
    const text = regulation('某信息化条例', '违反本条例规定的，由有关部门依照《中华人民共和国政府信息公开条例》的规定处理。');
    expect(names('Organisation', text)).toEqual([]);
  });
});
