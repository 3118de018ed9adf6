// Session 27 (helper extract): rules read on the spent randomq-heldout and the dev random sets for kinds of error. Each
// text is a sentence shape of a dev document, rewritten around a made-up place; each test asserts what a reader checks.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';
import { extracted } from '../helpers.js';

const targetsOf = (text: string) => extracted('x.txt', text).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);

describe('zones a regulation sets up by dividing an area (划分为 a list of zones)', () => {
  it('reads every zone of the division, whatever its head, and the later ban qualified by one of them', () => {
    const text = regulation(
      '某市某河水系水环境保护条例',
      '某河干流按照水体功能划分为饮用水水源保护区、城市用水区、排污控制区、过渡区、保留区和缓冲区。',
      '在城市用水区、排污控制区两岸各五百米范围内，禁止新建排污口。',
    );
    expect(names('Programme', text)).toEqual(['饮用水水源保护区', '城市用水区', '排污控制区', '过渡区', '保留区', '缓冲区'].sort());
  });

  it('reads no zone when what is divided into is not a list of zones (划分为若干网格)', () => {
    const text = regulation('某市城市管理条例', '城市管理区域划分为若干网格，实行网格化管理。', '街道办事处划分为三个片区和一个中心。');
    expect(names('Programme', text)).toEqual([]);
  });
});

describe('a zone a body must draw, named by its head alone', () => {
  it('reads 禁采区 drawn by the department whose duty it is (负责…划定禁采区和…)', () => {
    const text = regulation('某市河道管理条例', '水行政主管部门应当履行下列职责：\n（一）负责河道管理，制定采砂规划，划定禁采区和规定禁采期，保障河势稳定。');
    expect(names('Programme', text)).toEqual(['禁采区']);
  });

  it('does not read a bare head after a cue of place (在禁采区和…内 lists places)', () => {
    const text = regulation('某市河道管理条例', '在禁采区和禁采期内禁止采砂。');
    expect(names('Programme', text)).toEqual([]);
  });
});

describe('designations a body determines and announces', () => {
  it('reads the units a government determines and announces (确定…重点单位，向社会公布)', () => {
    const text = regulation('某省突发事件应急保障条例', '县级以上人民政府应当组织水利、气象等部门确定自然灾害防御重点单位，向社会公布，并加强监督检查。');
    expect(names('Programme', text)).toEqual(['自然灾害防御重点单位']);
  });

  it('does not read units a body only lists and files (确定…重点单位，并…报…备案)', () => {
    const text = regulation('某省消防条例', '消防救援机构应当确定消防安全重点单位，并由应急管理部门报本级人民政府备案。');
    expect(names('Programme', text)).toEqual([]);
  });
});

describe('classes of system are no programme', () => {
  it('reads no system in "networks and information systems" nor in "the relevant credit information system"', () => {
    const text = regulation(
      '某市信息化促进条例',
      '本市对网络与信息系统按照国家有关规定实行安全等级保护制度。',
      '任何单位和个人不得利用网络与信息系统从事危害国家安全的活动。',
      '企事业单位和个人的违法行为可以依法纳入相关信用信息系统。',
    );
    expect(names('Programme', text)).toEqual([]);
  });

  it('still reads one system a body sets up by name (本市建立的…信息系统)', () => {
    const text = regulation('某市信息化促进条例', '市民政部门应当建立残疾人基础数据信息系统，实现信息共享。');
    expect(names('Programme', text)).toEqual(['残疾人基础数据信息系统']);
  });
});

describe('targets whose metric stands after the number or after the modal verb', () => {
  it('reads the act a ratio is set for, with the limit before the whole it is a share of', () => {
    const text = regulation('某市实施《残疾人保障法》办法', '用人单位应当按照不少于本单位在职职工总数1.7%的比例安排残疾人就业。');
    expect(targetsOf(text)).toEqual([['安排残疾人就业', '>=', 1.7, '%']]);
  });

  it('reads the counted thing after a case that ends in 的 (比例不足一个的至少应当设置1个…)', () => {
    const text = regulation(
      '某市实施《残疾人保障法》办法',
      '公共停车场应当在方便通行的区域按照停车位总数2%的比例设置无障碍停车位，比例不足一个的至少应当设置1个无障碍停车位。',
    );
    expect(targetsOf(text)).toEqual([
      ['设置无障碍停车位', '=', 2, '%'],
      ['无障碍停车位', '>=', 1, '个'],
    ]);
  });

  it('reads the act a time limit bounds without its bearer (…三十日前，组织编制机关应当向社会公告)', () => {
    const text = regulation('某省实施《城乡规划法》办法', '听证会举行三十日前，组织编制机关应当向社会公告。');
    expect(targetsOf(text)).toEqual([['向社会公告', '>=', 30, '日']]);
  });

  it('passes over a clause naming the authority an act follows (十日内，按照管理权限，将…报送…)', () => {
    const text = regulation('某省工资集体协商条例', '企业方应当自工资专项集体合同订立之日起十日内，按照管理权限，将下列资料报送人力资源社会保障部门：\n（一）工资专项集体合同文本；');
    const [metric] = targetsOf(text)[0] ?? [];
    expect(metric).toContain('报送人力资源社会保障部门');
  });
});

describe('one zone detector: a zone drawn by 划定 is read from the lexicon (zone-heads `drawn`, zone-cues `draws`)', () => {
  it('reads a zone drawn by name whatever follows it and whatever its sentence says (划定…重点预防区并公告)', () => {
    const text = regulation('某省水土保持条例', '县级以上人民政府应当划定水土流失重点预防区并予以公告。');
    expect(names('Programme', text)).toEqual(['水土流失重点预防区']);
  });

  it('reads a zone drawn in one article under the longer name another article gives it', () => {
    const text = regulation('某市民用机场保护条例', '按照国家规定划定的机场净空保护区域，由市人民政府公布。', '在划定的净空保护区域内，禁止修建超高建筑物。');
    expect(names('Programme', text)).toEqual(['机场净空保护区域']);
  });

  it('reads no drawn zone when the name after 划定 is no zone (划定区域的范围)', () => {
    const text = regulation('某市城市管理条例', '市人民政府划定临时摊点的区域，方便群众生活。');
    expect(names('Programme', text)).toEqual([]);
  });
});

describe('a population counted or one side of a contract is no group served', () => {
  it('reads the disabled workers a unit must place, not its staff counted for the quota nor the staff side of a contract', () => {
    const text = regulation(
      '某市实施《残疾人保障法》办法',
      '用人单位应当按照不少于本单位在职职工总数1.7%的比例安排残疾人就业。',
      '职工一方与用人单位经平等协商，可以就残疾职工的特殊保障签订集体合同。',
    );
    expect(names('TargetGroup', text)).toContain('残疾职工');
    expect(names('TargetGroup', text)).not.toContain('职工');
  });
});

describe('how long a record must be kept is a target', () => {
  it('reads the keeping periods of a ledger and of monitoring records (保存期不得少于…年)', () => {
    const text = regulation('某市水环境保护条例', '重点排污单位应当建立台账，台账保存期不得少于五年，原始监测记录保存期不得少于三年。');
    expect(targetsOf(text)).toEqual([
      ['台账保存期', '>=', 5, '年'],
      ['原始监测记录保存期', '>=', 3, '年'],
    ]);
  });

  it('still reads no year after 期 that is no term (二期工程五年建成 is a plan, no limit)', () => {
    const text = regulation('某市水环境保护条例', '二期工程五年建成。');
    expect(targetsOf(text)).toEqual([]);
  });
});
