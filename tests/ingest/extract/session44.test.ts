import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file): the session-44 rules, read on the
// techtransfer family's extraction gold (the science-promotion genre) and the development golds for kinds of miss only.
const law = (...articles: string[]) => regulation('某某省促进技术创新条例', ...articles);
const groups = (text: string, options = {}) => names('TargetGroup', text, options);
const programmes = (text: string, options = {}) => names('Programme', text, options);

describe('the persons who complete a result (group-suffixes.txt 完成人)', () => {
  it('reads 科技成果完成人 where the text rewards them, the result before 完成人 naming the kind', () => {
    expect(groups(law('研究开发机构应当从转让收入中提取不低于百分之五十的比例奖励科技成果完成人。'))).toContain('科技成果完成人');
  });

  it('reads a rank among them (主要完成人) as no group: 主要 is a quality, not a kind', () => {
    expect(groups(law('担任领导职务的科技人员，是科技成果的主要完成人的，可以获得奖励。'))).not.toContain('主要完成人');
  });
});

describe('a group named only in what a defined term includes (lawIncludedDefiniens)', () => {
  const text = law('单位应当对做出重要贡献的人员给予奖励。', '本条例所称做出重要贡献的人员，包括技术成果完成人和为成果转化做出重要贡献的其他人员。');
  it('reads the persons listed after 所称…，包括 as the definiens, no group', () => {
    expect(groups(text)).not.toContain('技术成果完成人');
    expect(groups(text, { lawIncludedDefiniens: false })).toContain('技术成果完成人');
  });

  it('keeps the group where another sentence serves it', () => {
    const served = law('单位应当奖励技术成果完成人。', '本条例所称做出重要贡献的人员，包括技术成果完成人和其他人员。');
    expect(groups(served)).toContain('技术成果完成人');
  });
});

describe('a quoted term of persons that a text defines', () => {
  it('is no programme (所称“…完成人”)', () => {
    const text = regulation('某某条例', '本条例所称“职务技术成果的完成人”，是指对技术成果作出创造性贡献的人。');
    expect(programmes(text)).not.toContain('职务技术成果的完成人');
  });
});

describe('schemes a body issues (lawIssuedSchemes)', () => {
  it('reads a guidance catalogue and a catalogue of results a body publishes', () => {
    const text = law('国家通过发布产业发展指导目录、示范推广等方式予以支持。', '省科学技术行政部门应当发布技术成果目录，引导成果转化。');
    expect(programmes(text)).toEqual(expect.arrayContaining(['产业发展指导目录', '技术成果目录']));
    expect(programmes(text, { lawIssuedSchemes: false })).not.toContain('技术成果目录');
  });

  it('reads a voucher a body hands out, and not a bond or a list it only compiles', () => {
    expect(programmes(law('科技主管部门可以向中小企业发放创新服务券或者给予补助。'))).toContain('创新服务券');
    expect(programmes(law('科技主管部门可以向中小企业发放创新服务券或者给予补助。'), { lawIssuedSchemes: false })).not.toContain('创新服务券');
    expect(programmes(law('省人民政府可以依法发行地方政府债券。', '市人民政府应当编制政务服务事项目录。'))).toEqual([]);
  });

  it('reads the platform a body sets up for using its scheme (designations.txt system 使用平台)', () => {
    expect(programmes(law('省科技主管部门应当会同省财政部门建立统一的创新券使用平台，定期公布服务机构名录。'))).toContain('创新券使用平台');
  });
});

describe('the management committee of a named zone (lawZoneBodies)', () => {
  const bodies = (title: string, text: string, options = {}) => names('Organisation', regulation(title, text), options);
  it('reads a zone named by its place before 管委会 as a body', () => {
    const text = '第二十条 德州高新区管委会参照县（市、区）人民政府做好湿地保护管理工作。';
    expect(bodies('德州市湿地保护条例', text)).toContain('德州高新区管委会');
    expect(bodies('德州市湿地保护条例', text, { lawZoneBodies: false })).not.toContain('德州高新区管委会');
  });

  it('reads zones coordinated before one committee word as one body each', () => {
    const text = '第三十条 德州经济技术开发区、德州市运河经济开发区管委会根据市人民政府授权，负责辖区内的湿地保护工作。';
    expect(bodies('德州市湿地保护条例', text)).toEqual(expect.arrayContaining(['德州经济技术开发区管委会', '德州市运河经济开发区管委会']));
  });

  it('reads no body for a zone named by a level, and stops at a government before the zone', () => {
    expect(bodies('德州市湿地保护条例', '第三十条 各开发区管委会参照县人民政府做好湿地保护工作。')).toEqual([]);
    const found = bodies('德州市湿地保护条例', '第三十条 市人民政府可以委托德州高新区管委会负责湿地保护工作。');
    expect(found).toContain('德州高新区管委会');
    expect(found.some((n) => n.includes('委托'))).toBe(false);
  });
});
