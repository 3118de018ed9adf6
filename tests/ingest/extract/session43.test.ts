// Session 43 (helper extract): zones whose range a body draws (a compressed coordination of zones read as the zones it names),
// a system set up beside a second one, and a hired inspector or adviser. Each text is written for the test around a made-up
// place (the grammar of Chinese administrative law, not a sentence of a gold document); each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe('zones whose range a body draws (zone-cues 范围 | range; lawRangeZones)', () => {
  const law = regulation(
    '东营市地质环境保护条例',
    '禁止在塌陷、沉降危险区和岩溶易发区从事采矿活动。',
    '塌陷、沉降危险区和岩溶易发区的范围，由县级以上人民政府划定并公告。',
  );
  it('reads each zone of a chain, a compressed coordination expanded', () => {
    const found = names('Programme', law);
    expect(found).toEqual(expect.arrayContaining(['塌陷危险区', '沉降危险区', '岩溶易发区']));
    expect(found.filter((n) => n.includes('、'))).toEqual([]);
    const off = names('Programme', law, { lawRangeZones: false });
    expect(off).not.toContain('塌陷危险区');
    expect(off).not.toContain('岩溶易发区');
  });
  it('leaves a range no body draws, and a list whose words are not one head’s', () => {
    const law2 = regulation(
      '东营市公路条例',
      '国道、省道、县道、乡道建筑控制区的范围，由县级以上人民政府划定。',
      '塌陷危险区的范围应当在规划中载明。',
    );
    const found = names('Programme', law2);
    expect(found).not.toContain('国道建筑控制区');
    expect(found).not.toContain('塌陷危险区');
  });
});

describe('a system set up beside a second one (lawCoordinatedSystems)', () => {
  it('names the first system a public body sets up, with a second joined to it', () => {
    const law = regulation(
      '东营市道路运输条例',
      '县级以上人民政府应当建设治理道路运输违法信息平台和技术监控网络，并纳入全省统一网络。',
    );
    // (Without the rule only a suffix reading finds the platform, cut after the verb 治理 it starts with.)
    expect(names('Programme', law)).toContain('治理道路运输违法信息平台');
    expect(names('Programme', law, { lawCoordinatedSystems: false })).not.toContain('治理道路运输违法信息平台');
  });
  it('leaves the systems every firm sets up', () => {
    const law = regulation('东营市药品条例', '药品生产企业应当建立药品质量管理系统和电子追溯系统，对产品进行记录。');
    expect(names('Programme', law)).not.toContain('药品质量管理系统');
  });
});
