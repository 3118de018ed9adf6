import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';
import { regulation } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file): a definitions article
// makes the kinds of person it defines target groups of the text (fifth pass of issue 9).
const groups = (text: string) =>
  [...new Set(extracted('x.txt', text).mentions.filter((m) => m.type === 'TargetGroup').map((m) => m.canonical))].sort();

describe('groups defined by a law', () => {
  it('takes a term the text defines as a kind of person, wherever it stands', () => {
    const found = groups(
      regulation(
        '某省渔民权益保护条例',
        '本条例所称的渔船船员，是指在本省登记的渔船上从事捕捞作业的人员。',
        '县级以上人民政府应当为渔船船员办理保险。',
      ),
    );
    expect(found).toContain('渔船船员');
  });

  it('reads the definitions that follow in the same article without an opener (X是指…)', () => {
    const found = groups(regulation('某某保护法', '移民是指迁往外地定居的居民。返乡移民是指迁回原籍定居的移民。', '返乡移民就业的，给予扶持。'));
    expect(found).toEqual(expect.arrayContaining(['移民', '返乡移民']));
  });

  it('does not take a defined activity, body or service as a group', () => {
    const found = groups(
      regulation(
        '某省渔业服务条例',
        '本条例所称渔业服务，是指为捕捞作业提供的技术指导。本条例所称服务对象，是指接受服务的单位和个人。',
        '渔业服务机构应当提供渔业服务。',
      ),
    );
    expect(found).not.toContain('渔业服务');
    expect(found).not.toContain('服务对象');
  });

  it('splits two defined groups side by side (a coordination) and makes kinds of the group or kinship noun after one', () => {
    const found = groups(
      regulation(
        '某某保护法',
        '移民是指迁往外地定居的居民。移民家属是指移民在原籍的眷属。',
        '移民移民家属的合法权益受法律保护。移民子女和移民学生入学的，给予照顾。',
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['移民', '移民家属', '移民子女', '移民学生']));
    expect(found).not.toContain('移民移民家属');
    expect(found).not.toContain('学生');
  });

  it('reads 甲、乙X as 甲 + 乙 + X, not as a kind of 乙', () => {
    const found = groups(
      regulation('某某保护法', '移民是指迁往外地定居的居民。侨民是指定居在国外的中国公民。', '对移民、侨民职工，所在单位应当给予照顾。'),
    );
    expect(found).toEqual(expect.arrayContaining(['移民', '侨民', '职工']));
    expect(found).not.toContain('侨民职工');
  });

  it('takes terms defined by reference to a higher law when they are known groups', () => {
    const found = groups(regulation('某省实施办法', '本办法所称的老年人和残疾人，依照有关法律规定的范围确定。', '老年人子女应当履行赡养义务。'));
    // (老年人子女, only obliged here, is no group since the gold decision of session 35.)
    expect(found).toEqual(expect.arrayContaining(['老年人', '残疾人']));
  });
});
