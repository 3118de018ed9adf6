import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 57, helper extract (issue 13): the served guardian (tests/gold/README.md, decisions of sessions 55–57; options.ts
// lawServedGuardians; extract/served-guardians.ts; group-guardians.txt), on real sentences of three development families —
// education's and promotion3's 家庭教育促进条例, minors' 未成年人保护法 and 河南 未成年人保护条例. docs/history/extraction.md, Session 57
// helper extract.
const groups = (title: string, sentence: string, on: boolean) => names('TargetGroup', regulation(title, sentence), { lawServedGuardians: on });
const LAW = '中华人民共和国未成年人保护法';

describe('guardians a measure guides or supports are a target group (lawServedGuardians)', () => {
  const served: [string, string, string[]][] = [
    ['浙江省家庭教育促进条例', '人民法院可以委托有关学校、家庭教育指导服务中心或者站点等对父母或者其他监护人进行家庭教育指导。', ['监护人']],
    ['重庆市家庭教育促进条例', '其户籍所在地未成年人救助保护机构应当对其父母或者其他监护人提供家庭教育指导，并将其履行家庭教育义务的情况纳入监护评估内容。', ['父母', '监护人']],
    [LAW, '国家采取措施指导、支持、帮助和监督未成年人的父母或者其他监护人履行监护职责。', ['父母', '监护人']],
    [LAW, '学校应当对相关未成年学生的父母或者其他监护人给予必要的家庭教育指导。', ['父母', '监护人']],
    ['河南省未成年人保护条例', '学校应当配备心理健康教育辅导员，对未成年学生进行心理健康教育和青春期教育，提供心理咨询，及时向有心理健康问题的未成年学生的父母或者其他监护人反映情况，并提供指导意见。', ['父母', '监护人']],
  ];
  for (const [title, sentence, want] of served) {
    it(`reads ${want.join(', ')} in ${title}: ${sentence.slice(0, 24)}…`, () => {
      const on = groups(title, sentence, true);
      for (const w of want) expect(on).toContain(w);
      expect(groups(title, sentence, false)).not.toContain('监护人');
    });
  }
  it('reads them by default (the option is on)', () => {
    const text = regulation(LAW, '国家采取措施指导、支持、帮助和监督未成年人的父母或者其他监护人履行监护职责。');
    expect(names('TargetGroup', text)).toEqual(expect.arrayContaining(['父母', '监护人']));
  });
  it('reads no guardian who only consents, accompanies or bears a duty', () => {
    expect(groups('河南省志愿服务条例', '限制民事行为能力人经其监护人同意或者由其监护人陪同，可以参加与其年龄、智力、身心状况等相适应的志愿服务活动。', true)).not.toContain('监护人');
    const duty = groups('重庆市家庭教育促进条例', '父母或者其他监护人应当接受学校的家庭教育指导，参加学校的家长委员会、家长学校等组织的活动。', true);
    expect(duty).not.toContain('父母');
    expect(duty).not.toContain('监护人');
    expect(duty).not.toContain('家长');
  });
});
