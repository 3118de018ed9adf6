// Session 37 (helper extract): target groups named as the object a duty serves, and the one system a body sets up. Each text is
// written for the test around a made-up place (the grammar of Chinese administrative duties, not a sentence of a gold document);
// each test fails with its option off.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe('a category of persons named as the object a duty serves (lawServedObjects)', () => {
  const airport = regulation('某市港口管理条例', '港口经营人应当为乘船旅客和货主提供安全、便捷的服务。');
  it('reads each item of a coordination after 为 and before 提供 (为X和Y提供…服务)', () => {
    expect(names('TargetGroup', airport)).toEqual(expect.arrayContaining(['乘船旅客', '货主']));
    expect(names('TargetGroup', airport, { lawServedObjects: false })).not.toContain('货主');
  });
  const training = regulation('某省非煤矿山安全条例', '矿山企业应当定期对井下作业人员进行安全知识教育和培训。');
  it('reads the object of 对…进行 when the clause names a service (教育, 培训)', () => {
    expect(names('TargetGroup', training)).toContain('井下作业人员');
    expect(names('TargetGroup', training, { lawServedObjects: false })).not.toContain('井下作业人员');
  });
  const noun = regulation('某市景区管理条例', '景区管理机构应当加强对景区导游讲解人员的培训。');
  it('reads the object of 加强对…的 before a service noun (的培训)', () => {
    expect(names('TargetGroup', noun)).toContain('景区导游讲解人员');
    expect(names('TargetGroup', noun, { lawServedObjects: false })).not.toContain('景区导游讲解人员');
  });
  it('reads no object of a check or a sanction (对…进行检查, 对…给予处分)', () => {
    const checked = regulation('某市客运管理条例', '运输管理机构应当对客运车辆驾驶员进行检查。', '对违法驾驶人员给予处分。');
    expect(names('TargetGroup', checked)).not.toContain('客运车辆驾驶员');
    expect(names('TargetGroup', checked).filter((n) => n.includes('违法'))).toEqual([]);
  });
  it('reads no party, no anaphor and no public (向当事人提供, 对有关人员进行培训, 为社会公众提供)', () => {
    const parties = regulation('某市调解条例', '调解组织应当向申请人提供咨询服务。', '主管部门应当对有关人员进行培训。', '图书馆应当为社会公众提供阅读服务。');
    expect(names('TargetGroup', parties)).toEqual([]);
  });
  it('leaves a phrase ending where another rule\'s group ends to that rule (为残疾人提供 reads 残疾人 once)', () => {
    const kind = regulation('某市无障碍条例', '公共服务机构应当为残疾人提供便利。');
    expect(names('TargetGroup', kind)).toEqual(['残疾人']);
  });
});

describe('the one system a body sets up (lawSetUpSystems)', () => {
  const systems = regulation(
    '某省应急管理条例',
    '省人民政府应急管理部门应当建立健全本级应急指挥信息系统，优化调度功能。',
    '省人民政府统一建设政务数据共享交换平台，为各部门提供服务。',
    '本省建设统一的电子政务网络，促进业务系统互联互通。',
  );
  it('reads a system named right after a verb that sets it up and ending its clause', () => {
    const found = names('Programme', systems);
    expect(found).toEqual(expect.arrayContaining(['应急指挥信息系统', '政务数据共享交换平台', '电子政务网络']));
    const off = names('Programme', systems, { lawSetUpSystems: false });
    expect(off).not.toContain('应急指挥信息系统');
    expect(off).not.toContain('电子政务网络');
  });
  it('reads the region\'s own system after 本市 or 全市 as that region\'s (本市…信息系统 → 某市…信息系统)', () => {
    const own = regulation('北京市废弃电器管理条例', '市生态环境部门应当建立本市废弃电器回收管理信息系统，公开回收信息。');
    expect(names('Programme', own)).toContain('北京市废弃电器回收管理信息系统');
    expect(names('Programme', own, { lawSetUpSystems: false })).not.toContain('北京市废弃电器回收管理信息系统');
  });
  it('reads no system others install or are encouraged to build (配备、安装…系统; 鼓励建立…平台)', () => {
    const kinds = regulation('某市公共安全条例', '有关单位应当配备、安装视频监控信息系统，并确保正常运行。', '鼓励企业建立电子商务服务平台，提高效率。');
    expect(names('Programme', kinds)).toEqual([]);
  });
});

describe('the grammar of two more duties (lawDutyGrammar)', () => {
  // A made-up family law: the supporters are only obliged, in the forms 有…的义务, 不履行…的 and X所在单位; the old are served.
  const family = regulation(
    '某市老年人权益保障条例',
    '扶养人对生病的老年人有支付医疗费用的义务。',
    '扶养人不履行扶养义务的，由扶养人所在单位给予批评教育。',
    '市人民政府应当为老年人提供养老服务。',
  );
  it('reads 有…的义务 as a duty, 不履行…的 as a breach and X所在 as neither served nor obliged', () => {
    expect(names('TargetGroup', family)).not.toContain('扶养人');
    expect(names('TargetGroup', family)).toContain('老年人');
    // (Session 40: kin carers are judged by lawCarersNeedServed too; both off, the duty grammar alone is tested.)
    expect(names('TargetGroup', family, { lawDutyGrammar: false, lawCarersNeedServed: false })).toContain('扶养人');
  });
  it('keeps a group that one mention serves (为扶养人提供…培训)', () => {
    const served = regulation('某市老年人权益保障条例', '扶养人对生病的老年人有支付医疗费用的义务。', '民政部门应当为扶养人提供护理技能培训。');
    expect(names('TargetGroup', served)).toContain('扶养人');
  });
});

describe('a follower coordinated with a training (groupFollowerTrained)', () => {
  const exam = regulation('某市国防教育条例', '国防教育应当纳入国家机关公务员录用考试和初任培训的内容。');
  it('reads 公务员 before 录用考试和初任培训 (the text trains it)', () => {
    expect(names('TargetGroup', exam)).toContain('领导干部和公务员');
    expect(names('TargetGroup', exam, { groupFollowerTrained: false })).not.toContain('领导干部和公务员');
  });
  it('still reads no group before a follower alone (公务员录用工作)', () => {
    const hire = regulation('某市人事管理条例', '市人事部门负责公务员录用工作。');
    expect(names('TargetGroup', hire)).not.toContain('领导干部和公务员');
  });
});
