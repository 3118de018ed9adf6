// Targets of plans as other regions' portals print them (session 32 (plans), read on 13 real pages, not kept in the
// repository): the share of units a plan aims to bring to a standard (30%以上的县（区）通过…). The texts below are
// written for these tests in the shapes such pages take.
import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';

const targetsOf = (sentence: string) =>
  extracted('page.txt', `某某市教育均衡发展工作任务清单\n一、工作目标\n${sentence}\n`).targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.year]);

describe('the share of units a plan aims to bring to a standard', () => {
  it('reads N%以上的<units><attain…> under a deadline or an aim as a target on those units', () => {
    expect(targetsOf('确保到2027年，40%以上的县（区）通过国家义务教育优质均衡发展评估认定。')).toEqual([['通过国家义务教育优质均衡发展评估认定的县（区）', '>=', 40, '%', 2027]]);
    expect(targetsOf('到2026年，80%以上的行政村建成综合文化服务中心。')).toEqual([['建成综合文化服务中心的行政村', '>=', 80, '%', 2026]]);
  });

  it('leaves such a share alone without an aim, and a qualifier of who is meant', () => {
    expect(targetsOf('60%以上的企业建立了培训制度。')).toEqual([]);
    expect(targetsOf('到2026年，为60岁以上的老年人提供上门服务。')).toEqual([]);
    expect(targetsOf('到2026年，80%以上的患者满意。')).toEqual([]);
  });
});

describe('what a decision of commendation confers', () => {
  it('reads no target in the persons it names and the prize it pays', () => {
    expect(targetsOf('经研究决定，授予张三、李四、王五等12人“优秀网格员”称号，颁发奖金人民币2万元。')).toEqual([]);
    // (A copy cut before 称号 still shows the count of persons before the quoted title.)
    expect(targetsOf('经研究决定，授予张三、李四、王五等12人“优秀网')).toEqual([]);
  });

  it('still reads a plan’s count of persons to commend', () => {
    expect(targetsOf('到2026年，每年评选表彰100名优秀教师，颁发荣誉证书。').map((t) => t[2])).toEqual([100]);
  });
});

describe('a third batch of pages: an emergency plan’s description of its county and its 编制依据', () => {
  it('reads no target in a section that describes the county as it is (基本情况), a target in the sections after it', () => {
    const { targets } = extracted('page.txt', '某某县抗旱应急预案\n1总则\n1.1编制目的\n做好抗旱工作。\n1.2编制依据\n依据法律。\n2基本情况\n2.1自然地理情况\n（1）全县人口50.2万人，耕地面积80.5万亩。\n3预防\n3.1目标\n到2025年，新建水窖500座。\n');
    expect(targets.map((t) => [t.metric, t.value, t.unit])).toEqual([['水窖', 500, '座']]);
  });

  it('cites rules of work and lists of duties in 《》 (…制度, …职责), not a bare 《制度》', () => {
    const { citations } = extracted('page.txt', '某某县防汛应急预案\n1总则\n1.1编制依据\n依据《中华人民共和国防洪法》《洪涝灾情统计报表制度》《县防汛指挥部成员单位职责》和《制度》等，制定本预案。\n');
    expect(citations.map((c) => c.title)).toEqual(['中华人民共和国防洪法', '洪涝灾情统计报表制度', '县防汛指挥部成员单位职责']);
  });
});

describe('a fourth batch of pages: counts that announce a list, a year’s work summary, a text naming itself', () => {
  it('reads no target in a count that announces the list after it (实现一个总体目标：即…)', () => {
    expect(targetsOf('通过政务公开，实现一个总体目标：即构建廉洁高效的政务体系；达到两个加强：即加强民主建设和作风建设。')).toEqual([]);
  });

  it('reads no target in a work summary’s report of its year, and targets in the next year’s plan after it', () => {
    const { targets } = extracted('page.txt', '某某街道2019年工作总结和2020年工作安排\n2019年，街道较好地完成了年初确定的各项目标任务。\n（一）民生持续改善\n救助困难对象9307人次，支出助困金额581.1万元，社区总体就业率为96.5%。\n2020年工作安排\n（一）民生\n新增养老床位200张。\n');
    expect(targets.map((t) => [t.metric, t.value, t.unit])).toEqual([['养老床位', 200, '张']]);
  });

  it('does not cite the text itself named by its kind (本《实施细则》) nor its own notice quoted without its place', () => {
    const { citations } = extracted('page.txt', '《九江市人民政府关于印发城市更新项目管理规则的通知》\n九江市城市更新项目管理规则\n第一条 各部门要按照本《实施细则》和《九江市城乡规划条例》的要求执行。\n');
    expect(citations.map((c) => c.title)).toEqual(['九江市城乡规划条例']);
  });
});

describe('a fifth batch of pages: another body’s notice of a plan of the same name', () => {
  it('cites a national notice whose plan has the city’s plan’s name without the city', () => {
    const { citations } = extracted('page.txt', '九江市2018年政务公开工作要点\n一、总体要求\n深入贯彻《国务院办公厅关于印发2018年政务公开工作要点的通知》精神。\n');
    expect(citations.map((c) => c.title)).toEqual(['国务院办公厅关于印发2018年政务公开工作要点的通知']);
  });
});

describe('a fifth batch of pages: a title whose opening 《 the text lost', () => {
  const citedIn = (sentence: string) => extracted('page.txt', `某某县防疫应急预案\n1总则\n1.1编制依据\n${sentence}\n`).citations.map((c) => c.title);

  it('reads it from the clause’s start or the verb of basis to the stray 》', () => {
    expect(citedIn('根据中华人民共和国动物防疫法》《重大动物疫情应急条例》等，制定本预案。')).toEqual(expect.arrayContaining(['中华人民共和国动物防疫法', '重大动物疫情应急条例']));
    expect(citedIn('依据《中华人民共和国动物防疫法》、重大动物疫情应急条例》、《国家突发重大动物疫情应急预案》等，制定本预案。')).toEqual(expect.arrayContaining(['重大动物疫情应急条例']));
  });

  it('reads nothing more where every 》 closes its 《 (a title with 、 inside)', () => {
    expect(citedIn('依据《关于做好甲、乙工作的通知》等，制定本预案。')).toEqual(['关于做好甲、乙工作的通知']);
  });
});

