// Session 38 (helper extract): the systems a body must use or sets up, read on the spent randomh-heldout's programme misses
// (its recall fell 0.54 → 0.46 in session 37), and a heritage designation named as what a body confers. Each text is written
// for the test around a made-up place (the grammar of Chinese administrative duties, not a sentence of a gold document);
// each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe('the one system a body sets up (lawSetUpSystems): the name starts at the verb that sets it up', () => {
  const built = regulation('某市物业市场管理条例', '市住房和城乡建设主管部门建立物业服务信用信息系统，实现信息共享。');
  it('does not open the name at a set-up word inside the body\'s name (城乡建设…部门建立…系统)', () => {
    const found = names('Programme', built);
    expect(found).toContain('物业服务信用信息系统');
    expect(found.filter((n) => n.includes('部门'))).toEqual([]);
  });
  it('reads an information database a body must set up (应当建立…信息数据库)', () => {
    const db = regulation('某市工程造价管理条例', '市住房城乡建设主管部门应当建立工程造价信息数据库，定期发布价格信息。');
    expect(names('Programme', db)).toContain('工程造价信息数据库');
    expect(names('Programme', db, { lawSetUpSystems: false })).not.toContain('工程造价信息数据库');
  });
});

describe('a system a body must enter its records into, or the region\'s own system a thing goes through (lawSystemEntries)', () => {
  it('reads the system a body must enter records into (应当及时录入…系统)', () => {
    const entered = regulation('某市停车管理条例', '公安机关核实违法停车行为后，应当及时录入停车违法信息管理系统，并告知当事人。');
    expect(names('Programme', entered)).toContain('停车违法信息管理系统');
    expect(names('Programme', entered, { lawSystemEntries: false })).not.toContain('停车违法信息管理系统');
  });
  it('reads the region\'s own platform a system is joined to (纳入全市…平台 → 某市…平台) and done through (通过市…系统进行)', () => {
    const city = regulation('北京市物业管理条例', '物业服务企业的信用信息纳入全市公共信用信息平台，实现互联共享。', '通过市业主投票信息管理系统进行表决的，视为书面表决。');
    const found = names('Programme', city);
    expect(found).toEqual(expect.arrayContaining(['北京市公共信用信息平台', '北京市业主投票信息管理系统']));
    const off = names('Programme', city, { lawSystemEntries: false });
    expect(off).not.toContain('北京市公共信用信息平台');
    expect(off).not.toContain('北京市业主投票信息管理系统');
  });
  it('reads no system without a duty or a region (可以录入…; 纳入信用信息平台; 录入信息系统)', () => {
    const none = regulation('某市档案管理条例', '单位可以录入档案目录管理系统。', '相关记录纳入信用信息平台。', '主管部门应当将材料录入信息系统。');
    expect(names('Programme', none)).toEqual([]);
  });
});

describe('a heritage designation named as what a body confers (lawHeritageDesignations)', () => {
  const conferred = regulation('某市历史建筑保护条例', '未公布为文物保护单位或者文物保护点的建筑物，经市人民政府批准，可以确定公布为历史建筑。');
  it('reads 文物保护点 beside 文物保护单位 where the text confers them (公布为…)', () => {
    const found = names('Programme', conferred);
    expect(found).toEqual(expect.arrayContaining(['文物保护单位', '文物保护点', '历史建筑']));
    expect(names('Programme', conferred, { lawHeritageDesignations: false })).not.toContain('文物保护点');
  });
});
