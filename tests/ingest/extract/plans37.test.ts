// Session 37 (plans): target rules read on development golds for their shape only (randomi's time limits on a list of things
// handed over, randomo's count of places with their size). Sentences of my own making; each test fails without its rule, the
// guards check what stays.
import { describe, expect, it } from 'vitest';
import { articleTargets as targetsOf } from './law-text.js';
import { extracted } from '../helpers.js';
import { listedObject } from '../../../ingest/extract/targets.js';

describe('a time limit on handing over a list of things', () => {
  it('names the list by its own name after 等', () => {
    expect(targetsOf('开发单位应当自工作组成立之日起五日内向工作组提供住户名册、房屋面积清单、设施设备清单等召开住户会议必要的材料。')).toEqual([
      ['提供召开住户会议必要的材料', '<=', 5, '日'],
    ]);
  });
  it('names a list before its verb by its first item, without what it joins', () => {
    expect(targetsOf('会议召集人应当于会议召开十日前将会议事项及其说明、时间、地点等予以公告。')).toEqual([['公告会议事项', '>=', 10, '日']]);
    expect(targetsOf('买受人应当在办理登记手续后十五日内，将房屋转让情况、买受人姓名、联系电话等告知服务单位。')).toEqual([['告知房屋转让情况', '<=', 15, '日']]);
  });
  it('leaves an object that is no list alone', () => {
    expect(listedObject('将申请材料报送主管部门')).toBeUndefined();
    expect(listedObject('向申请人提供书面答复')).toBeUndefined();
  });
});

describe('a count of places with their size', () => {
  it('counts the thing after the size, and sizes that thing', () => {
    expect(targetsOf('新建住宅区每五平方公里应当规划预留至少一处占地面积二万平方米以上的社区公园用地。')).toEqual([
      ['社区公园用地', '>=', 1, '处'],
      ['社区公园用地占地面积', '>=', 20000, '平方米'],
    ]);
  });
  it('leaves a number that only qualifies who is meant alone', () => {
    expect(targetsOf('建筑面积一万平方米以上的商场，应当设置母婴室。')).toEqual([]);
  });
});

describe('persons bounded N名或者N名以上', () => {
  it('is one target ≥ N of the persons after 以上', () => {
    expect(targetsOf('主管部门应当指定三名或者三名以上单数工作人员组成调查组。')).toEqual([['单数工作人员组成调查组', '>=', 3, '名']]);
  });
  it('leaves a condition N处或者N处以上…的 alone', () => {
    expect(targetsOf('发现二处或者二处以上违法建设的，应当从重处理。')).toEqual([]);
  });
});

describe('each party’s number', () => {
  it('counts the persons the clause before names', () => {
    expect(targetsOf('劳动协商双方的代表人数应当相等，每方至少五名。')).toEqual([['代表', '>=', 5, '名']]);
  });
});

describe('a bare 提出 whose object the article named earlier', () => {
  it('is the time a party has to keep its objection, no target', () => {
    expect(targetsOf('收件人应当在损失发生后向承运人提出异议。物品发生损失的，至迟应当自收到之日起七日内提出；包裹发生损失的，至迟应当自收到之日起十日内提出。物品发生延误的，至迟应当自交付之日起二十日内提出。')).toEqual([]);
  });
  it('leaves a bare 提出 in an article that names no right alone', () => {
    expect(targetsOf('申请人应当自收到通知之日起十日内提出。')).toEqual([['提出', '<=', 10, '日']]);
  });
});

describe('a share among them (其中…)', () => {
  it('is the share of the part named after 其中, not of the clause before', () => {
    expect(targetsOf('工作组一般由五至九名单数成员组成，其中居民人数不低于工作组总人数的百分之六十。')).toContainEqual(['居民人数', '>=', 60, '%']);
  });
});

describe('the ratio a duty is done by, stated bare after 按照', () => {
  it('is a target, per thousand too', () => {
    const [t] = extracted('x.md', '某某市某某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　开发单位应当按照地上总建筑面积千分之五的比例配置社区用房。\n').targets;
    expect([t!.metric, t!.comparator, t!.unit]).toEqual(['配置社区用房', '=', '%']);
    expect(t!.value).toBeCloseTo(0.5, 9);
  });
  it('leaves a ratio a body may use alone', () => {
    expect(targetsOf('主管部门可以按照百分之五的比例提取。')).toEqual([]);
  });
});

describe('an occupation period the law bounds', () => {
  it('is a target (占用时间 as a term)', () => {
    expect(targetsOf('因建设需要临时占用绿地的，应当经主管部门同意，临时占用时间不得超过一年。')).toEqual([['临时占用时间', '<=', 1, '年']]);
  });
});

describe('a count of places with nothing sized (guard)', () => {
  it('keeps the thing after the unit when the words before are only the bearer', () => {
    expect(targetsOf('县（市）应当至少建设一所综合性青少年活动场所。')).toEqual([['综合性青少年活动场所', '>=', 1, '所']]);
  });
});
