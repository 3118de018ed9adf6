import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';
import { regulation } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file).
const groups = (text: string) =>
  [...new Set(extracted('x.txt', text).mentions.filter((m) => m.type === 'TargetGroup').map((m) => m.canonical))].sort();

describe('target groups in laws and regulations', () => {
  it('finds the population nouns of the general lexicon', () => {
    const found = groups(
      regulation(
        '江西省社会救助条例',
        '用人单位应当保障职工和其他劳动者的休息权利，保护未成年人、老年人和消费者的合法权益。',
        '现役军人、退役军人和国家机关工作人员应当带头参与，志愿者和民兵予以协助。',
      ),
    );
    expect(found).toEqual(['劳动者', '国家机关工作人员', '民兵', '未成年人', '消费者', '现役军人', '老年人', '职工', '退役军人', '志愿者'].sort());
  });

  it('takes neither the staff of a body nor a role in a case as a group (…机构工作人员, 办案人员)', () => {
    const found = groups(
      regulation('江西省社会救助条例', '救助机构工作人员、民政部门工作人员和办案人员应当为困难群众和患者提供帮助。'),
    );
    expect(found).toEqual(['困难群众', '患者'].sort());
  });

  it('starts a group after the verb or time word before it (五日内指派…, 有证据证明…)', () => {
    const found = groups(
      regulation(
        '江西省社会救助条例',
        '救助机构应当在五日内指派农村卫生人员，并按规定指派志愿者。',
        '有证据证明农村卫生人员不依法履行职责的，可以投诉。',
      ),
    );
    expect(found).toEqual(['农村卫生人员', '志愿者'].sort());
  });

  it('keeps a kind modifier before a group noun and drops the region', () => {
    const found = groups(regulation('江西省社会救助条例', '组织农业劳动者和基干民兵参加培训，江西省志愿者和中国青年志愿者给予帮助。'));
    expect(found).toEqual(['农业劳动者', '基干民兵', '志愿者', '青年志愿者'].sort());
  });

  it('does not take procedural roles or determiners for groups', () => {
    const found = groups(regulation('江西省社会救助条例', '对直接负责的主管人员和其他直接责任人员依法给予处分；有关人员和工作人员应当回避。'));
    expect(found).toEqual([]);
  });

  it('does not take a population word naming a body or qualifying a procedure', () => {
    const found = groups(regulation('江西省社会救助条例', '居民委员会、残疾人联合会和青少年宫予以配合；公务员考录时可以参考。'));
    expect(found).toEqual([]);
  });
});

describe('kind modifiers of a group the lexicon knows', () => {
  it('keeps the kind before a lexicon group (医疗科技人员 is a kind of 科技人员)', () => {
    expect(groups(regulation('江西省卫生条例', '鼓励医疗科技人员参与基层服务。'))).toEqual(['医疗科技人员']);
  });

  it('takes the field before a role suffix as its kind (思想政治|教员, 心理健康|教员)', () => {
    expect(groups(regulation('江西省学校条例', '各地应当培训思想政治教员和心理健康教员。'))).toEqual(['心理健康教员', '思想政治教员']);
  });

  // Fourth pass of issue 9: agent nouns (…者), kind modifiers, a verbal noun before 人员.
  it('takes the agent nouns of a law as groups, but not the parties of a procedure or a market (…者)', () => {
    const found = groups(regulation('江西省器官捐献条例', '鼓励器官捐献者和用血者参加宣传，经营者、举办者和申请者应当如实报告，或者由单位代为报告。'));
    expect(found).toEqual(['器官捐献者', '用血者'].sort());
  });

  it('keeps a kind modifier before a group (多次|…者, 高等学校|学生) and drops a status word between them', () => {
    const found = groups(regulation('江西省器官捐献条例', '对多次捐献者予以表彰，鼓励高等学校在校学生和首次捐献者参加，组织适龄公民参加。'));
    // (高等学校学生 is read under its canonical 大学生 since session 53: tests/gold/README.md, decisions of session 53.)
    expect(found).toEqual(['多次捐献者', '大学生', '首次捐献者', '适龄公民'].sort());
  });

  it('takes a profession named by its kind of work before 人员 (法律|服务|人员)', () => {
    expect(groups(regulation('江西省法律服务条例', '司法行政部门应当对法律服务人员进行培训。'))).toEqual(['法律服务人员']);
  });
});

