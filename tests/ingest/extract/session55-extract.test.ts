import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 55, helper extract (issue 13): session 54's rules read against tests/gold/README.md and every development gold
// (docs/history/extraction.md, Session 55 helper extract). They stay off (the session's one held-out run fell on promotionheld2);
// this shows the correction the development link families asked of groupKinKinds, on a real sentence of elderly's 浙江 办法.
const groups = (text: string, options = {}) => names('TargetGroup', text, options);

describe('a carer\'s kin are no group of their own (groupKinKinds; group-carers.txt `carer`)', () => {
  const text = regulation('浙江省实施《老年人权益保障法》办法', '赡养人配偶和家庭其他成员阻止、干扰赡养人履行赡养义务，或者拒绝关心、照料老年人，使老年人无法得到家庭供养和照料的，由有关部门给予批评教育。');
  it('does not read 赡养人配偶 (浙江 实施《老年人权益保障法》办法: relatives of the carer, obliged only)', () => {
    expect(groups(text, { groupKinKinds: true })).not.toContain('赡养人配偶');
  });
  it('while a group\'s children stay one name (进城务工人员未成年子女, promotion3\'s 重庆 第三十八条)', () => {
    const cq = regulation('重庆市家庭教育促进条例', '市、区县（自治县）人民政府应当完善进城务工人员未成年子女入学、招生、住房等政策措施。');
    expect(groups(cq, { groupKinKinds: true })).toContain('进城务工人员未成年子女');
  });
});
