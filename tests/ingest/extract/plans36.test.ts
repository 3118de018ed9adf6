// Session 36 (plans): target rules of session 36, each read on development golds for its shape only (tests/gold/README.md,
// decision of session 36). Sentences of my own making; each test fails without its rule, the guards check what stays.
import { describe, expect, it } from 'vitest';
import { articleTargets as targetsOf } from './law-text.js';

describe('an extension a party applies for', () => {
  it('is no target, the extension of a permit or of a period of use', () => {
    expect(targetsOf('许可证有效期届满需要继续使用的，持证单位应当提出延期申请。延长期限不得超过三个月。')).toEqual([]);
    expect(targetsOf('临时设施确需延期的，使用人应当申请办理延期使用手续，延期不得超过一年。')).toEqual([]);
  });

  it('leaves a body\'s own time limit and the bound on its extension as targets', () => {
    expect(targetsOf('主管部门应当自受理申请之日起十五日内作出决定；情况复杂的，经批准可以适当延长，但延长的期限不得超过三十日。')).toEqual([
      ['作出决定', '<=', 15, '日'],
      ['延长的期限', '<=', 30, '日'],
    ]);
  });
});

describe('a sum of money in a sentence that sanctions', () => {
  it('is no target when a comma parts it from the penalty word', () => {
    expect(targetsOf('违反本条例规定的，由主管部门责令改正，并可处五千元以上、三万元以下的罚款。')).toEqual([]);
    expect(targetsOf('违反本条例规定的，处以每处五十元以上二百元以下的罚款，最高不超过五千元。')).toEqual([]);
  });

  it('leaves a reward and a duty of money in another sentence', () => {
    expect(targetsOf('违反本条例规定的，处一千元罚款。对举报属实的，主管部门应当给予举报人不少于五百元的奖励。')).toEqual([['奖励', '>=', 500, '元']]);
  });
});

describe('the form of a document', () => {
  it('一式N份 is no target', () => {
    expect(targetsOf('申请人应当提交申请书一式三份。')).toEqual([]);
    expect(targetsOf('申请人应当提交申请书一式2份。')).toEqual([]);
  });
});

describe('the time a party has to keep a right', () => {
  it('is no target for an objection or a priority claim, in the sentence or the one before', () => {
    expect(targetsOf('货物发生损失的，收货人应当向承运人提出异议。收货人至迟应当自收到货物之日起十日内提出。')).toEqual([]);
    expect(targetsOf('本条例规定的优先权，其债权人应当自工作终了之日起三个月内，就其债权向主管部门登记。')).toEqual([]);
  });

  it('leaves a body\'s duty to answer an objection', () => {
    expect(targetsOf('当事人提出异议的，主管部门应当在十日内作出复核决定。')).toEqual([['作出复核决定', '<=', 10, '日']]);
  });
});

describe('a share a unit must set aside', () => {
  it('counts when stated bare after 中提取', () => {
    expect(targetsOf('合作社每年应当在年度盈余中提取百分之五，交公积金账户。')).toEqual([['年度盈余中提取', '=', 5, '%']]);
  });

  it('not when the text only permits it', () => {
    expect(targetsOf('合作社可以在年度盈余中提取百分之五，用于奖励。')).toEqual([]);
  });
});

describe('a body\'s size with its members\' noun before 组成', () => {
  it('is the body\'s members', () => {
    expect(targetsOf('管理小组一般由五至九名单数成员组成。')).toEqual([['管理小组成员', '=', 5, '名']]);
  });
});

describe('the posts a body must have', () => {
  it('counts each post set with its number', () => {
    expect(targetsOf('理事会由七名委员组成，设理事长一名、副理事长一至二名。')).toEqual([
      ['理事会委员', '=', 7, '名'],
      ['理事长', '=', 1, '名'],
      ['副理事长', '=', 1, '名'],
    ]);
  });

  it('leaves 设 inside a word and persons without 设 alone', () => {
    expect(targetsOf('建设单位应当通知一名代表参加验收。')).toEqual([]);
  });
});
