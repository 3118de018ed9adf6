import { describe, expect, it } from 'vitest';
import { regulation, names } from './law-text.js';

// Regulations written for these tests (not taken from any corpus, gold or mirror file): the left boundary of names
// (helper names, session 24). The kind of error was seen on the qa walk of the mirror's 物业管理 family, kept for held-out
// use; these sentences are our own.

describe('a meeting of members is no programme (gold convention of session 24)', () => {
  it('reads no programme in an owners’ meeting after a preposition, a verb or a clause’s subject', () => {
    const text = regulation(
      '某市住宅小区管理条例',
      '住宅小区内全体业主组成业主大会。',
      '改建公共设施的，须经业主大会决定。',
      '业主委员会可以建议召开临时业主大会。',
      '街道办事处应当指导首次业主大会的筹备工作。',
    );
    expect(names('Programme', text)).toEqual([]);
  });

  it('reads no programme in a meeting of employees’ representatives or of creditors', () => {
    const text = regulation('某省企业民主管理条例', '企业改制方案经职工代表大会审议通过。', '管理人应当向首次债权人会议报告。');
    expect(names('Programme', text)).toEqual([]);
  });
});

describe('a verb or preposition of procedure ends the clause before a body’s name in a law', () => {
  it('reads no organisation made of a subject, a verb of procedure and a body type', () => {
    const text = regulation(
      '某市住宅小区管理条例',
      '维修方案经业主委员会同意后实施。',
      '物业服务企业拒不履行业主委员会作出的决定的，由主管部门责令改正。',
      '乡镇人民政府可以重新组建社区管理委员会。',
      '纠纷经消费者协会调解不成的，可以申请仲裁。',
    );
    const found = names('Organisation', text);
    for (const o of found) expect(o).not.toMatch(/委员会$/);
    expect(found).not.toContain('纠纷经消费者协会');
  });

  it('keeps a body a region owns after a verb of procedure', () => {
    const text = regulation('某省住宅小区管理条例', '本条例须经山东省人民代表大会常务委员会批准后施行。');
    expect(names('Organisation', text)).toContain('山东省人大常委会');
  });
});

describe('a term a law defines as an activity is no target group', () => {
  it('reads no group in 住宅管理 defined by who carries it out', () => {
    const text = regulation('某市住宅管理条例', '本条例所称住宅管理，是指业主通过选聘物业服务人，对住宅进行维修养护的活动。', '住宅管理应当遵守本条例。');
    expect(names('TargetGroup', text)).not.toContain('住宅管理');
  });
});
