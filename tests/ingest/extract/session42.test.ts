// Session 42 (helper extract): zones a law draws and announces, or sets up, and the names a chain of zones takes. Each text is
// written for the test around a made-up place (the grammar of Chinese administrative law, not a sentence of a gold document);
// each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe('a zone drawn and announced in one verb (zone-cues 划定并公告) and a chain of zones after it (lawChainedZoneLonger)', () => {
  const law = regulation(
    '东营市水土保持条例',
    '县级以上人民政府应当依据调查结果划定并公告水土流失重点预防区和重点治理区。',
    '对水土流失严重的区域，应当划定为水土流失重点治理区。',
    '禁止在水土流失重点预防区和重点治理区铲草皮。',
  );
  it('starts the zone’s name after the announcing verb', () => {
    const found = names('Programme', law);
    expect(found).toContain('水土流失重点预防区');
    expect(found.filter((n) => n.startsWith('并'))).toEqual([]);
  });
  it('names a zone chained by its head only by the document’s longer name of it', () => {
    expect(names('Programme', law)).toContain('水土流失重点治理区');
    expect(names('Programme', law)).not.toContain('重点治理区');
    expect(names('Programme', law, { lawChainedZoneLonger: false })).toContain('重点治理区');
  });
});

describe('a zone a verb sets up where it ends the clause is a designated zone (lawSetUpZones)', () => {
  it('reads the zones 设立 sets up, a chain of them included', () => {
    const law = regulation(
      '东营市轨道交通条例',
      '轨道交通沿线设立控制保护区和重点保护区，具体范围由市人民政府确定。',
      '为确保园区环境质量，设立园区环境保护带。',
    );
    const found = names('Programme', law);
    expect(found).toEqual(expect.arrayContaining(['控制保护区', '重点保护区', '园区环境保护带']));
    const off = names('Programme', law, { lawSetUpZones: false });
    expect(off).not.toContain('重点保护区');
    expect(off).not.toContain('园区环境保护带');
  });
  it('leaves a list of places, a thing of a zone and a plain area set up alone', () => {
    const law = regulation(
      '东营市湿地保护条例',
      '具备条件的湿地，可以设立湿地保护区、湿地公园、湿地保护小区。',
      '管理机构应当设立各级饮用水水源保护区界标。',
      '县级以上人民政府可以设立经济开发区。',
    );
    const found = names('Programme', law);
    expect(found).not.toContain('湿地保护区');
    expect(found.filter((n) => n.includes('饮用水水源保护区'))).toEqual([]);
    expect(found).not.toContain('经济开发区');
  });
  it('takes the longer name the document gives the zone elsewhere', () => {
    const law = regulation(
      '东营市轨道交通条例',
      '轨道交通沿线设立控制保护区。',
      '在轨道交通控制保护区内，不得进行爆破作业。',
    );
    const found = names('Programme', law);
    expect(found).toContain('轨道交通控制保护区');
    expect(found).not.toContain('控制保护区');
  });
});

describe('a committee whose field is an idiom with a verbal noun is one body where the region or the capital owns it (lawIdiomCommittees)', () => {
  const law = regulation(
    '东营市文明行为促进条例',
    '本市精神文明建设委员会办事机构负责文明行为促进工作的统筹协调。',
    '首都精神文明建设委员会加强对志愿服务工作的统一领导。',
    '各级精神文明建设委员会应当加强指导。',
  );
  it('reads 本市… as the region’s and 首都… as written', () => {
    const found = names('Organisation', law);
    expect(found).toEqual(expect.arrayContaining(['东营市精神文明建设委员会', '首都精神文明建设委员会']));
    const off = names('Organisation', law, { lawIdiomCommittees: false });
    expect(off).not.toContain('东营市精神文明建设委员会');
    expect(off).not.toContain('首都精神文明建设委员会');
  });
  it('leaves the committee every level sets up as a kind', () => {
    expect(names('Organisation', law).filter((n) => n === '精神文明建设委员会' || n.startsWith('各级'))).toEqual([]);
  });
});

describe('a group enjoyed as the standard of equal treatment is no group served (lawEnjoyedStandards)', () => {
  it('leaves the group after 享受 and before 同等 alone when every mention is the standard', () => {
    const law = regulation('东营市乡镇企业条例', '在示范区内有固定住所的外来人口，经申请可以登记落户，并享受当地城镇居民同等待遇。');
    expect(names('TargetGroup', law)).not.toContain('城镇居民');
    expect(names('TargetGroup', law, { lawEnjoyedStandards: false })).toContain('城镇居民');
  });
  it('keeps the group where another mention serves it', () => {
    const law = regulation('东营市乡镇企业条例', '外来人口可以登记落户，并享受当地城镇居民同等待遇。', '鼓励和扶持城镇居民兴办乡镇企业。');
    expect(names('TargetGroup', law)).toContain('城镇居民');
  });
});
