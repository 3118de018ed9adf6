import { describe, expect, it } from 'vitest';
import { segmenter, splitFused } from '../../../ingest/extract/segment.js';
import { lexicon } from '../helpers.js';
import { regulation, names, targets } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file): the session-18 rules, read on the
// 消防 family (tests/real/fire) for kinds of miss — a group noun fused with the verb done to it (人才培养), the
// members of a team, vulnerable persons by class, the incidents and trades of safety law, a trade association of
// no region, and time limits, conditions, dimensions and round-the-clock duties in numeric duties.

describe('a group noun fused with the verb done to it', () => {
  it('splits jieba\'s 人才培养 into the group noun and a verbal noun, for discovery only', () => {
    const tokens = splitFused(segmenter(lexicon)('加强安全生产人才培养'), lexicon.groupSuffixes);
    expect(tokens.map((t) => t.word)).toContain('人才');
    expect(tokens.map((t) => t.word)).toContain('培养');
    // A compound whose rest is no verb stays whole (人才队伍: 队伍 is a noun).
    expect(splitFused(segmenter(lexicon)('加强人才队伍建设'), lexicon.groupSuffixes).map((t) => t.word)).toContain('人才队伍');
  });

  it('reads the …人才 a law trains, without the quality modifier 高层次', () => {
    expect(names('TargetGroup', regulation('江西省安全生产条例', '各级人民政府应当加强工程技术人才培养。'))).toEqual(['工程技术人才']);
    expect(names('TargetGroup', regulation('江西省安全生产条例', '推进高层次工程技术人才培养。'))).toEqual(['工程技术人才']);
  });

});

describe('target groups of safety law', () => {
  it('reads the members of a team a law insures and trains, with their kind (专职, 兼职, 志愿)', () => {
    const text = regulation('江西省矿山安全条例', '组建单位应当为专职矿山救护队员办理社会保险。', '应当组织兼职救护队员和志愿救护队员定期训练。');
    expect(names('TargetGroup', text)).toEqual(['专职矿山救护队员', '兼职救护队员', '志愿救护队员']);
  });

  it('reads vulnerable persons by class (disability classes, living alone, without care)', () => {
    const text = regulation('江西省燃气管理条例', '社区应当帮助独居老人、孤寡老人、事实无人抚养儿童、视力残疾人和重度残疾人排查燃气隐患。');
    expect(names('TargetGroup', text)).toEqual(['事实无人抚养儿童', '孤寡老人', '独居老人', '视力残疾人', '重度残疾人']);
  });

  it('reads no group in bare trades, investigators, on-scene staff and managers a unit appoints', () => {
    const text = regulation(
      '江西省危险化学品安全条例',
      '作业人员应当遵守操作规程；执业人员应当依法取得资格。',
      '事故调查人员有权进入现场。',
      '现场工作人员应当组织疏散。',
      '单位应当确定安全生产管理人员。',
    );
    expect(names('TargetGroup', text)).toEqual([]);
    // A trade with a specific word stays a group.
    expect(names('TargetGroup', regulation('江西省危险化学品安全条例', '特种作业人员必须持证上岗。'))).toEqual(['特种作业人员']);
  });

  it('reads the practitioners of a service (…服务从业人员)', () => {
    expect(names('TargetGroup', regulation('江西省安全生产条例', '应当组织安全评价服务从业人员参加培训。'))).toEqual(['安全评价服务从业人员']);
  });

  it('reads no group in a settlement named after its population', () => {
    expect(names('TargetGroup', regulation('江西省村镇建设条例', '本条例适用于农村居民集中居住区域。'))).toEqual([]);
  });
});

describe('programmes and bodies of safety law', () => {
  it('reads no programme in an incident investigation, a response operation or a kind of rural works', () => {
    const text = regulation(
      '江西省安全生产条例',
      '协助做好生产安全事故调查和事故原因调查工作。',
      '不得妨碍抢险救援和火灾扑救行动。',
      '将应急避难场所纳入农村基础设施建设工程项目。',
    );
    expect(names('Programme', text)).toEqual([]);
  });

  it('reads no programme in a duty a department performs (履行…工程…职能)', () => {
    expect(names('Programme', regulation('江西省建设工程质量条例', '住房城乡建设主管部门依法履行建设工程安全监督职能。'))).toEqual([]);
  });

  it('reads a platform after the verb of using it, without the verb', () => {
    expect(names('Programme', regulation('江西省安全生产条例', '县级以上人民政府应当运用安全生产风险监测预警平台开展监测。'))).toEqual(['安全生产风险监测预警平台']);
  });

  it('reads no body in a trade association of no region; a region\'s stays', () => {
    expect(names('Organisation', regulation('江西省物业管理条例', '物业服务行业协会应当加强行业自律。'))).toEqual([]);
    expect(names('Organisation', regulation('江西省物业管理条例', '江西省物业服务行业协会应当加强行业自律。'))).toEqual(['江西省物业服务行业协会']);
  });
});

describe('numeric duties of safety law', () => {
  it('passes over a clause naming the basis of an act to the act a time limit limits', () => {
    // (Session 35 (plans): 对X进行Y limits the act Y.)
    expect(targets('主管部门应当自受理之日起五个工作日内，按照有关标准和规定，对该设施进行验收。')).toEqual([['验收', '<=', 5, '工作日']]);
  });

  it('reads no target in a condition that runs past an enumeration comma', () => {
    expect(targets('同一仓库由三个以上单位、个人共同使用的，应当明确各方责任。')).toEqual([]);
  });

  it('reads no target in a dimension that describes a thing', () => {
    expect(targets('建筑高度超过五十米的公共建筑应当设置避难层。')).toEqual([]);
    expect(targets('单体建筑面积在一万平方米以上的仓库应当设置自动喷水灭火系统。')).toEqual([]);
  });

  it('reads a duty kept round the clock', () => {
    expect(targets('监控中心应当实行二十四小时值班制度。')).toEqual([['值班', '=', 24, '小时']]);
    // …and a time limit of hours stays a time limit.
    expect(targets('应当在二十四小时内报告。')).toEqual([['报告', '<=', 24, '小时']]);
  });
});

describe('open items of session 17 (read on tests/real/fitness)', () => {
  it('reads the instructors a law certifies when 指导 and 人员 are two words (…体育指导人员)', () => {
    expect(names('TargetGroup', regulation('江西省体育条例', '对社会体育指导人员实行技术等级制度。'))).toEqual(['社会体育指导人员']);
  });

  it('reads no body in a category of sports bodies; a region\'s stays', () => {
    expect(names('Organisation', regulation('江西省体育条例', '单项体育协会和行业体育协会应当组织比赛。'))).toEqual([]);
    expect(names('Organisation', regulation('江西省体育条例', '江西省体育协会应当组织比赛。'))).toEqual(['江西省体育协会']);
  });
});

describe('kinds read on mirror regulations outside every gold set', () => {
  it('reads no body in a safety committee of no owner; the State Council\'s stays', () => {
    expect(names('Organisation', regulation('江西省安全生产条例', '安全生产委员会负责协调本行政区域内的安全生产工作。'))).toEqual([]);
    expect(names('Organisation', regulation('江西省安全生产条例', '国务院安全生产委员会负责全国的协调工作。'))).toEqual(['国务院安全生产委员会']);
  });

  it('reads no programme in plan types, sizes of works, or an act a body does 依法 or one affected', () => {
    const text = regulation(
      '江西省安全生产条例',
      '将应急设施建设纳入固定资产投资计划。',
      '小型建设工程的安全管理由乡镇人民政府负责。',
      '应急管理部门依法调查下列事故。',
      '任何单位不得影响事故调查。',
    );
    expect(names('Programme', text)).toEqual([]);
  });
});
