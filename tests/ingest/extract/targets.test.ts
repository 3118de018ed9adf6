import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../ingest/extract/targets.js';
import { lexicon } from '../helpers.js';

const targets = (text: string) => findTargets(text, { path: '1', span: [0, text.length] }, lexicon);
const fields = (text: string) => targets(text).map((t) => [t.metric, t.comparator, t.value, t.unit]);

describe('numeric targets', () => {
  it('reads 不少于30场 as >= 30 场', () => {
    expect(fields('举办线上线下科技培训不少于30场。')).toEqual([['线上线下科技培训', '>=', 30, '场']]);
  });

  it('reads a percentage with its deadline year', () => {
    const [t] = targets('确保2020年我省公民具备科学素质比例达到10%目标。');
    expect([t.metric, t.comparator, t.value, t.unit, t.year]).toEqual(['公民具备科学素质比例', '=', 10, '%', 2020]);
  });

  it('reads 1万场次以上 as >= 10000 场次', () => {
    expect(fields('全年开展科普活动1万场次以上。')[0].slice(1)).toEqual(['>=', 10000, '场次']);
  });

  it('multiplies out 55万人 to 550000 人 so that values compare across documents', () => {
    expect(fields('APP实名注册人数达到55万人。')[0].slice(2)).toEqual([550000, '人']);
  });

  it('reads 超400万人次 as > 4000000 人次', () => {
    expect(fields('力争全省科技馆年接待观众超400万人次。')[0].slice(1)).toEqual(['>', 4000000, '人次']);
  });

  it('takes the counted thing after the number when only a verb precedes it', () => {
    expect(fields('举办100场科普巡回报告。')[0]).toEqual(['科普巡回报告', '=', 100, '场']);
  });

  it('reads 1-2个 as a range', () => {
    const [t] = targets('争取推出1-2个科普品牌。');
    expect([t.value, t.valueMax]).toEqual([1, 2]);
  });

  it('does not take an ordinal such as 第35届 as a target', () => {
    expect(targets('组织参加第35届全国青少年科技创新大赛。')).toEqual([]);
  });

  it('does not take a radio frequency such as FM91.6 as a target', () => {
    expect(targets('在吉林交通广播FM91.6开设专栏。')).toEqual([]);
  });

  it('does not take a date or an anniversary as a target', () => {
    expect(targets('2024年是新中国成立75周年，3月12日召开会议。')).toEqual([]);
  });

  it('does not take a count of what was already done as a target', () => {
    expect(targets('截至目前已建成科普基地120个。')).toEqual([]);
  });

  it('gives a target the span of its sentence fragment', () => {
    const text = '要求：举办培训不少于30场。';
    const [t] = targets(text);
    expect(text.slice(t.span[0], t.span[1])).toBe('举办培训不少于30场');
  });
});

describe('numeric targets written in Chinese numerals (laws and regulations)', () => {
  it('reads 不少于三十六个学时 as >= 36 学时', () => {
    expect(fields('学生在校期间接受军事理论课程教育不少于三十六个学时。')).toEqual([['学生在校期间接受军事理论课程教育', '>=', 36, '学时']]);
  });

  it('reads a share of a whole: 不得低于机构岗位总量的百分之八十 → >= 80 %', () => {
    expect(fields('县级机构的专业技术岗位不得低于机构岗位总量的百分之八十。')).toEqual([['县级机构的专业技术岗位', '>=', 80, '%']]);
  });

  it('reads 百分之八十以上 as >= 80 %', () => {
    expect(fields('专业技术人员的比例应当占编制人员总数的百分之八十以上。')[0].slice(1)).toEqual(['>=', 80, '%']);
  });

  it('reads a range 为二至三周', () => {
    const [t] = targets('军事训练为二至三周。');
    expect([t.comparator, t.value, t.valueMax, t.unit]).toEqual(['=', 2, 3, '周']);
  });

  it('takes what is done so many times after 次: 每年至少安排四次国防教育课', () => {
    expect(fields('对基干民兵，每年至少安排四次国防教育课。')).toEqual([['国防教育课', '>=', 4, '次']]);
  });

  it('lets a short verb stand between the comparator and the number (至少参加一次)', () => {
    expect(fields('国家工作人员每年至少参加一次培训活动。')).toEqual([['培训活动', '>=', 1, '次']]);
  });

  it('takes no Chinese numeral without a comparator (一次性, 两次, 三年)', () => {
    expect(targets('一次性发放补贴，两次检查之间，三年内完成。')).toEqual([]);
  });

  it('takes neither a sanction nor a condition as a target', () => {
    expect(targets('可以并处十万元以下的罚款。')).toEqual([]);
    expect(targets('连续三个月以上未参加活动的，予以注销。')).toEqual([]);
    expect(targets('累计服务一千小时以上的个人，给予表彰。')).toEqual([]);
  });

  it('does not read a date written in Chinese as a count of days', () => {
    expect(targets('每年九月三十日前完成，实际训练时间至少十日。').map((t) => [t.value, t.unit])).toEqual([[10, '日']]);
  });
  it('reads a statutory time limit, the act it limits as the metric (十日内作出决定, 开庭十日前，将…送交)', () => {
    expect(fields('法律援助机构应当自收到申请之日起十日内作出决定。')).toEqual([['作出决定', '<=', 10, '日']]);
    expect(fields('司法行政部门应当在收到异议之日起5个工作日内进行审查。')).toEqual([['审查', '<=', 5, '工作日']]);
    expect(fields('应当在开庭十日前，将起诉书副本送交法律援助机构。')).toEqual([['起诉书副本送交法律援助机构', '>=', 10, '日']]);
  });

  it('takes no time limit of a right, no sanction of administrative law and no count inside a condition', () => {
    expect(targets('申请人可以自接到通知之日起三十日内提出异议。')).toEqual([]);
    expect(targets('情节严重的，给予1个月以上3个月以下停业整顿的处罚。')).toEqual([]);
    expect(targets('申请人向两个以上机构提出申请的，由最先收到申请的机构受理。')).toEqual([]);
  });

  it('reads 其 in a metric as the subject of the clause before (其比例 → …专业科技人员比例)', () => {
    const [t] = targets('以专业科技人员为主，其比例不得低于百分之七十。');
    expect([t.metric, t.comparator, t.value, t.unit]).toEqual(['专业科技人员比例', '>=', 70, '%']);
  });

  it('reads a clause of only a comparator and a number as a limit of the quantity before it (fourth pass)', () => {
    expect(fields('每次采集血浆量一般为三百毫升，最多不得超过五百毫升。')).toEqual([
      ['每次采集血浆量', '=', 300, '毫升'],
      ['每次采集血浆量', '<=', 500, '毫升'],
    ]);
    // No quantity before it: nothing is guessed.
    expect(fields('最多不得超过五百毫升。')).toEqual([]);
  });
});


// Fifth pass of issue 9: a standard changed by so much, and durations a body must keep (sentences
// written for this test).
describe('changes of a standard and durations to keep', () => {
  it('reads 提高/增加 right before a number as a change of the standard before it', () => {
    expect(fields('拆迁补偿按照评估价格提高百分之二十予以补偿。')).toEqual([['拆迁补偿按照评估价格', '=', 20, '%']]);
    expect(fields('退役士兵报考的，笔试成绩给予增加五分照顾。')).toEqual([['笔试成绩', '=', 5, '分']]);
  });

  it('reads a clause that opens with 保留 or 延长 as a duration to keep', () => {
    expect(fields('职工应征入伍的，保留劳动关系二年。')).toEqual([['保留劳动关系', '=', 2, '年']]);
    expect(fields('学生参军的，保留学籍至少两年。')).toEqual([['保留学籍', '>=', 2, '年']]);
  });

  it('takes 年, 分 and 倍 only after such a cue (a date, the adverb 十分, a fine are no targets)', () => {
    expect(fields('该工作十分重要，应当于五年内完成规划。')).toEqual([]);
    expect(fields('处违法所得二倍以下的罚款。')).toEqual([]);
  });
});
