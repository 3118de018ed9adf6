// Session 41 (helper extract): committees a law names by their function (lawFunctionCommittees). Each text is written for the
// test around a made-up place (the grammar of Chinese administrative law, not a sentence of a gold document); each test fails
// without the rule.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe('a committee named by its function is one body where the region names or sets it up (lawFunctionCommittees)', () => {
  const law = regulation(
    '东营市残疾人保障条例',
    '申请人对残疾评定结论有异议的，可以向市残疾评定委员会申请复查。',
    '具体办法由市教育委员会、市大中专招生委员会会同市民族事务主管部门制定。',
    '市人民政府设立湿地保护专家委员会，对湿地保护规划进行论证。',
  );
  it('reads the committee whose name holds the verb of its work, as the region’s', () => {
    const found = names('Organisation', law);
    expect(found).toEqual(expect.arrayContaining(['东营市残疾评定委员会', '东营市大中专招生委员会', '东营市湿地保护专家委员会']));
    const off = names('Organisation', law, { lawFunctionCommittees: false });
    expect(off).not.toContain('东营市残疾评定委员会');
    expect(off).not.toContain('东营市大中专招生委员会');
    expect(off).not.toContain('东营市湿地保护专家委员会');
  });
  it('leaves a committee every unit or level sets up, and a list of levels, as a kind', () => {
    const kinds = regulation(
      '东营市学位管理条例',
      '学位授予单位，应当设立学位评定委员会。',
      '市、区残疾评定委员会负责本行政区域的残疾评定工作。',
      '大会主席团交付常务委员会审议的议案，由常务委员会审议。',
    );
    const found = names('Organisation', kinds);
    expect(found).not.toContain('学位评定委员会');
    expect(found.filter((n) => n.endsWith('残疾评定委员会'))).toEqual([]);
    expect(found.filter((n) => n.includes('交付'))).toEqual([]);
  });
  it('reads a congress committee named once in full as that body at its bare mentions', () => {
    const congress = regulation(
      '东营市制定地方性法规条例',
      '市人民代表大会法制委员会研究拟订地方性法规解释草案。',
      '地方性法规案经各代表团审议后，由法制委员会根据各代表团的审议意见进行统一审议。',
    );
    expect(names('Organisation', congress)).toContain('东营市人民代表大会法制委员会');
    expect(names('Organisation', congress)).not.toContain('法制委员会');
    expect(names('Organisation', congress, { lawFunctionCommittees: false })).not.toContain('东营市人民代表大会法制委员会');
  });
});

describe('a protection list or resource catalogue a body establishes is a programme (designations.txt system 保护名录, 资源目录)', () => {
  it('reads the list a body sets up, and the region’s when the region sets it up', () => {
    const law = regulation(
      '某市山体保护条例',
      '市人民政府应当对本行政区域内的山体进行统一登记，建立山体保护名录。',
      '市信息化主管部门组织建立政务信息资源目录，规范政务信息的采集和使用。',
    );
    expect(names('Programme', law)).toEqual(expect.arrayContaining(['山体保护名录', '政务信息资源目录']));
    const city = regulation('东营市城市风貌保护条例', '本市建立城市风貌保护名录，根据本条例确定城市风貌保护项目。');
    expect(names('Programme', city)).toContain('东营市城市风貌保护名录');
    expect(names('Programme', city)).not.toContain('城市风貌保护名录');
  });
  it('leaves a list a procedure publishes, a register of rights and a guide', () => {
    const law = regulation(
      '某市选举和登记办法',
      '选举委员会应当在选举日的二十日以前公布选民名单。',
      '国务院民用航空主管部门设立民用航空器权利登记簿。',
      '市人民政府制定本市产业结构调整指导目录。',
    );
    expect(names('Programme', law).filter((n) => /(名单|登记簿|目录)$/.test(n))).toEqual([]);
  });
});
