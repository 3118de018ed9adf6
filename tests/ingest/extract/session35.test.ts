// Session 35 (helper extract): the duty half of the served-vs-obliged test switched on by the gold decision "a group a
// regulation only obliges or sanctions is no TargetGroup" (tests/gold/README.md, decisions of session 35), with the grammar
// that keeps it from dropping mobilised and protected groups; read on the development golds (unseen, women, randomu, randoms
// and the spent randomi-heldout). Each text is a sentence shape of a dev document, rewritten around a made-up place; each
// test asserts what a reader checks.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe('a group a regulation only obliges (lawDutyGroupsOut, on since session 35)', () => {
  const obliged = regulation('某市环境保护条例', '农业生产者应当科学地使用化肥、农药、农用薄膜和养殖环节投入品。');
  it('is no target group where every mention is the subject of a duty', () => {
    expect(names('TargetGroup', obliged)).not.toContain('农业生产者');
  });
  it('is read without the rule', () => {
    expect(names('TargetGroup', obliged, { lawDutyGroupsOut: false })).toContain('农业生产者');
  });
  it('stays a group where one mention is served', () => {
    const trained = regulation('某市环境保护条例', '农业生产者应当科学地使用化肥。', '县级以上人民政府应当组织对农业生产者进行培训。');
    expect(names('TargetGroup', trained)).toContain('农业生产者');
  });
});

describe('the duty test reads whose duty it is', () => {
  it('finds no duty in 应 inside a word (加入应急献血预备队)', () => {
    const mobilised = regulation('某市献血条例', '鼓励符合条件的国家机关工作人员、现役军人、大中专院校教职工及在校学生加入应急献血预备队。');
    expect(names('TargetGroup', mobilised)).toEqual(expect.arrayContaining(['国家机关工作人员', '现役军人', '教职工', '学生']));
  });
  it('leaves a group that a verb before it takes as its object (国家机关招考公务员…时，不得…)', () => {
    const recruited = regulation('某省妇女权益保障办法', '国家机关招考公务员和企业事业单位招聘录用人员时，不得以性别为由拒绝录用妇女。');
    expect(names('TargetGroup', recruited)).toContain('领导干部和公务员');
  });
  it('leaves a group whose duty is passed to another by 由 (应当由其监护人陪同)', () => {
    const accompanied = regulation('某市轨道交通条例', '精神病患者、智障者、学龄前儿童应当由其监护人或者健康成年人陪同乘坐轨道交通。');
    expect(names('TargetGroup', accompanied)).toEqual(expect.arrayContaining(['精神病患者', '智障者']));
  });
  it('reads a qualification the text sets as serving the group (取得执业资格)', () => {
    const qualified = regulation('某省计划生育条例', '计划生育技术服务人员应当依照执业医师法的规定取得执业资格。');
    expect(names('TargetGroup', qualified)).toContain('计划生育技术服务人员');
  });
});

describe('conduct and circumstance modifiers of 人员 (group-modifiers.txt, coordinatedStatusModifiers)', () => {
  const heroes = regulation(
    '北京市见义勇为人员奖励和保护条例',
    '市和区人民政府对见义勇为人员给予奖励。',
    '见义勇为负伤人员医疗期间，工资照发。对见义勇为伤残人员给予资助。',
  );
  it('makes a group of 人员 after a word jieba tags an idiom or a verb (见义勇为人员, 负伤人员)', () => {
    expect(names('TargetGroup', heroes)).toEqual(expect.arrayContaining(['见义勇为人员', '见义勇为负伤人员', '见义勇为伤残人员']));
  });
  const tested = regulation('某省艾滋病防治条例', '公安机关查获卖淫、嫖娼人员，应当及时通知疾病预防控制机构进行艾滋病检测，并为其提供咨询。');
  it('reads both groups of a coordination before one head (卖淫、嫖娼人员), the police\'s duty not theirs', () => {
    expect(names('TargetGroup', tested)).toEqual(expect.arrayContaining(['卖淫人员', '嫖娼人员']));
  });
  it('reads only the second without the coordination rule', () => {
    const found = names('TargetGroup', tested, { coordinatedStatusModifiers: false });
    expect(found).toContain('嫖娼人员');
    expect(found).not.toContain('卖淫人员');
  });
});

describe('a group named only inside a condition (lawConditionGroupsOut)', () => {
  const condition = regulation(
    '山东省志愿服务条例',
    '志愿者因提供志愿服务受伤、致残或者死亡，符合见义勇为人员确认、工伤认定、烈士评定条件的，县级以上人民政府应当依法给予相应待遇。',
  );
  it('is no target group', () => {
    expect(names('TargetGroup', condition)).not.toContain('见义勇为人员');
  });
  it('is read without the rule', () => {
    expect(names('TargetGroup', condition, { lawConditionGroupsOut: false })).toContain('见义勇为人员');
  });
});
