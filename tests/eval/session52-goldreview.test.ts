// Session 52 (helper goldreview): the development golds follow the three gold decisions of that session
// (tests/gold/README.md, "Decisions of session 52"). What a reader of the gold checks: the party named in
// 坚持中国共产党的领导 is listed wherever a development text names it, bare 党 gives no body, 上海市志愿服务条例's list of
// levels names no committee and its 大学和中学学生 are two kinds of student, and the reading-room networks a text sets up
// are programmes. Held-out sets are never loaded here (filtered by id before any file is read).
import { describe, expect, it } from 'vitest';
import { heldOut, loadDevGolds } from './dev-golds.js';
import type { GoldDocument } from './gold-schema.js';

const devGolds = await loadDevGolds();

/** The text outside 《》 titles (a name inside a title does not count). */
const outsideTitles = (text: string) => text.replace(/《[^》]*》/g, '');
const orgs = (g: GoldDocument) => g.entities.Organisation;

describe('session 52 gold decisions on the development golds', () => {
  it('loads the development extraction golds, the real set and the two texts of the decision among them', () => {
    const files = devGolds.map((d) => `${d.id}/${d.g.file}`);
    expect(files).toEqual(expect.arrayContaining([
      'real/上海市志愿服务条例(2019-11-15).md',
      'education/上海市职业教育条例(2018-11-22).md',
      'reading/温州市全民阅读促进条例(2021-12-06).md',
    ]));
    expect(devGolds.some((d) => heldOut(d.id))).toBe(false);
  });

  it('lists 中国共产党 as an Organisation wherever a development text names it (坚持中国共产党的领导 included)', () => {
    const naming = devGolds.filter((d) => outsideTitles(d.text).includes('中国共产党'));
    expect(naming.length).toBeGreaterThanOrEqual(7);
    expect(naming.filter((d) => !orgs(d.g).includes('中国共产党')).map((d) => `${d.id}/${d.g.file}`)).toEqual([]);
  });

  it('reads no body from bare 党 (坚持党的领导) in a text that never writes the name', () => {
    const bare = devGolds.filter((d) => /党的领导/.test(d.text) && !outsideTitles(d.text).includes('中国共产党'));
    // 浙江 家庭教育促进条例, 北京国际科技创新中心建设条例, team-written h03.
    expect(bare.length).toBeGreaterThanOrEqual(3);
    expect(bare.filter((d) => orgs(d.g).includes('中国共产党')).map((d) => d.g.file)).toEqual([]);
  });

  it('reads 上海市志愿服务条例 第八条 市、区精神文明建设委员会 as a list of levels and 大学和中学学生 as 大学生 + 中学生', () => {
    const { g } = devGolds.find((d) => d.id === 'real' && d.g.file === '上海市志愿服务条例(2019-11-15).md')!;
    expect(orgs(g).filter((n) => n.includes('精神文明'))).toEqual([]);
    expect(g.entities.TargetGroup).toEqual(expect.arrayContaining(['大学生', '中学生']));
    expect(g.entities.TargetGroup).not.toContain('学生');
    expect(g.aliases['大学生']).toContain('大学和中学学生');
    expect(g.aliases['中学生']).toContain('大学和中学学生');
  });

  it('counts 农家书屋 and 职工书屋 as Programmes where the reading texts set them up', () => {
    const programmes = (file: string) => devGolds.find((d) => d.id === 'reading' && d.g.file === file)!.g.entities.Programme;
    expect(programmes('温州市全民阅读促进条例(2021-12-06).md')).toContain('农家书屋');
    expect(programmes('宁波市全民阅读促进条例(2019-12-13).md')).toContain('职工书屋');
  });
});
