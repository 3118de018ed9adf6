// Session 26 (helper extract): rules read on the spent randomr-heldout and the dev random sets for kinds of error.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';
import { extracted } from '../helpers.js';

const targetsOf = (text: string) => extracted('x.txt', text).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);

describe('a zone a regulation qualifies a duty by, or designates, is a programme', () => {
  it('reads a core zone in which building is forbidden (在…核心区内…不得)', () => {
    const text = regulation('某市大运河世界文化遗产保护条例', '在大运河世界文化遗产核心区内，除符合保护规划要求的工程以外，不得进行工程建设。');
    expect(names('Programme', text)).toEqual(['大运河世界文化遗产核心区']);
  });

  it('reads a protected water zone ships may not enter and a control zone the state designates', () => {
    const text = regulation('某市环境保护条例', '禁止运输危险化学品的船舶进入太浦河饮用水水源保护区水域。', '船舶进入国家确定的船舶大气污染物排放控制区时，应当使用符合要求的燃油。');
    expect(names('Programme', text)).toEqual(['太浦河饮用水水源保护区', '船舶大气污染物排放控制区'].sort());
  });

  it('reads a red line drawn by 划定, but not a protected area listed among places', () => {
    const text = regulation('某市环境保护条例', '应当在饮用水水源保护区、自然保护区、重要湿地等区域划定生态保护红线，并实施严格保护。');
    expect(names('Programme', text)).toEqual(['生态保护红线']);
  });

  it('reads no zone where nothing is required there (在…保护区内 only describes)', () => {
    const text = regulation('某市水资源条例', '在饮用水水源保护区内生活的居民享有补偿。');
    expect(names('Programme', text)).toEqual([]);
  });
});

describe('a system a body sets up by name is one system, whatever its head', () => {
  it('reads the platform a department set up as the channel units must publish on', () => {
    const text = regulation('某市环境保护条例', '排污单位应当在市环保部门建立的企业事业单位环境信息公开平台上发布环境信息。');
    expect(names('Programme', text)).toEqual(['企业事业单位环境信息公开平台']);
  });

  it('still reads a platform anyone is encouraged to build as a kind', () => {
    const text = regulation('某市信息化条例', '鼓励企业建设的信息共享平台向社会开放。');
    expect(names('Programme', text)).toEqual([]);
  });
});

describe('targets whose metric and limit stand in the lead of a list', () => {
  it('reads each item of a list of minimum warranty periods as that item\'s minimum period', () => {
    const text = regulation('某省建筑市场管理条例', `建设工程实行质量限期保修制度。下列建设工程质量的最低保修期限为：
（一）民用与公共建筑、一般工业建筑、构筑物的土建工程为一年，其中屋面防水工程为三年；
（二）建设工程的电气管线、上下水管线安装工程为一年；
（三）其他建设工程不得少于一年。`);
    expect(targetsOf(text)).toEqual([
      ['构筑物的土建工程的最低保修期限', '>=', 1, '年'],
      ['屋面防水工程的最低保修期限', '>=', 3, '年'],
      ['上下水管线安装工程的最低保修期限', '>=', 1, '年'],
      ['其他建设工程的最低保修期限', '>=', 1, '年'],
    ]);
  });

  it('reads no list target without such a lead (一年 alone is a word, not a limit)', () => {
    const text = regulation('某省建筑市场管理条例', '土建工程为一年一度的检查对象。');
    expect(targetsOf(text)).toEqual([]);
  });

  it('drops the clause label from a metric (（一）具有1名以上执业医师 → the physicians counted)', () => {
    const text = regulation('某某技术服务管理条例', `申请开展结扎术的，必须具备下列条件：
（一）具有1名以上执业医师或者执业助理医师；`);
    expect(targetsOf(text)).toEqual([['执业医师或者执业助理医师', '>=', 1, '名']]);
  });
});

describe('designations a regulation confers, and two zones of one name', () => {
  it('reads the designations a body announces a thing as (公布为文物保护单位、文物保护点)', () => {
    const text = regulation('某市运河遗产保护条例', '对尚未公布为文物保护单位、文物保护点的运河遗产要素，市文物主管部门应当适时组织评估。');
    expect(names('Programme', text)).toEqual(['文物保护单位', '文物保护点']);
  });

  it('reads the list a city sets up, under its longest name, where duties bind what is listed (列入保护名录的)', () => {
    const text = regulation('某市运河遗产保护条例', '市人民政府应当建立统一的大运河世界文化遗产保护名录制度。', '对列入保护名录的保护对象应当逐一建档。');
    expect(names('Programme', text)).toEqual(['大运河世界文化遗产保护名录']);
  });

  it('reads the buffer zone written by its head after the core zone (核心区、缓冲区内)', () => {
    const text = regulation('某市运河遗产保护条例', '在大运河世界文化遗产核心区、缓冲区内不得建设危害遗产安全的设施。');
    expect(names('Programme', text)).toEqual(['大运河世界文化遗产核心区', '大运河世界文化遗产缓冲区']);
  });

  it('reads no designation in a catalogue of kinds (列入…产业目录) nor a unit a body lists (确定为…重点单位)', () => {
    const text = regulation('某市环境保护条例', '列入限制类产业目录的排污单位应当限期整改。', '将火灾危险性较大的单位确定为本行政区域内的消防安全重点单位。');
    expect(names('Programme', text)).toEqual([]);
  });
});

describe('the staff of a kind of body and the leading staff of a government are no population', () => {
  it('reads neither 行政学院工作人员 nor 人民政府领导人员 as a target group', () => {
    const text = regulation('某某学院工作条例', '行政学院工作人员应当遵守工作纪律。', '学院负责培训人民政府领导人员。');
    expect(names('TargetGroup', text)).toEqual([]);
  });
});

describe('populations a regulation recruits, obliges or relieves', () => {
  it('reads the farmers a regulation obliges and the injured and victims mobilisation relieves', () => {
    const text = regulation('某市环境保护条例', '农业生产者应当科学合理施用化肥、农药。', '人民政府应当组织救护伤员，安置灾民。');
    // (农业生产者, only obliged, is no group since the gold decision of session 35; read without the duty half it is.)
    expect(names('TargetGroup', text)).toEqual(['伤员', '灾民'].sort());
    expect(names('TargetGroup', text, { lawDutyGroupsOut: false })).toEqual(['伤员', '农业生产者', '灾民'].sort());
  });

  it('reads the groups a development area recruits', () => {
    const text = regulation('某市开发区暂行条例', '开发区可以招聘留学生、国外专家和技术工人。');
    expect(names('TargetGroup', text)).toEqual(['国外专家', '技术工人', '留学生'].sort());
  });

  it('drops the area of competence before a group (本行政区域预备役人员 → 预备役人员)', () => {
    const text = regulation('某某动员法', '县级人民政府负责本行政区域预备役人员的征召。');
    expect(names('TargetGroup', text)).toEqual(['预备役人员']);
  });
});
