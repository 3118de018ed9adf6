// Session 53 (helper goldreview): the development golds follow the five gold decisions of that session
// (tests/gold/README.md, "Decisions of session 53"). What a reader of the gold checks: 高素质农民 is a group of its own wherever a
// development text serves it (never an alias of 农民), the national 工业互联网标识解析体系 and the e-government network each level builds
// are programmes, the students of 高等学校 are 大学生 under one canonical name in every gold (their graduates 高校毕业生), and 泰安's
// emergency donor reserve mobilises 社会组织从业人员 and 社会团体成员. Held-out sets are never loaded here (filtered by id before any
// file is read).
import { describe, expect, it } from 'vitest';
import { heldOut, loadDevGolds } from './dev-golds.js';
import type { GoldDocument } from './gold-schema.js';
import type { SetId } from './sets.js';

const devGolds = await loadDevGolds();

const doc = (id: SetId, file: string) => devGolds.find((d) => d.id === id && d.g.file === file)!.g;
const groups = (g: GoldDocument) => g.entities.TargetGroup;
const allAliases = (g: GoldDocument) => Object.values(g.aliases ?? {}).flat();

describe('session 53 gold decisions on the development golds', () => {
  it('loads no held-out gold and the development texts of the five decisions', () => {
    expect(devGolds.some((d) => heldOut(d.id))).toBe(false);
    const files = devGolds.map((d) => `${d.id}/${d.g.file}`);
    expect(files).toEqual(expect.arrayContaining([
      'innovation3/上海市促进农业科技进步若干规定(2024-11-28).md',
      'digital/北京市数字经济促进条例(2022-11-25).md',
      'promotion2/山东省大数据发展促进条例(2021-09-30).md',
      'promotion2/上海市高等教育促进条例(2017-12-28).md',
      'unseen/泰安市献血条例(2021-07-31).md',
    ]));
  });

  it('lists 高素质农民 as a TargetGroup wherever a development text writes it, and never as an alias', () => {
    const writing = devGolds.filter((d) => d.text.includes('高素质农民'));
    // the four team plans and innovation3's 上海 农业科技 text
    expect(writing.length).toBeGreaterThanOrEqual(5);
    expect(writing.filter((d) => !groups(d.g).includes('高素质农民')).map((d) => `${d.id}/${d.g.file}`)).toEqual([]);
    expect(devGolds.filter((d) => allAliases(d.g).includes('高素质农民')).map((d) => `${d.id}/${d.g.file}`)).toEqual([]);
    // a quality that only states a training aim stays dropped (education's 培养高素质劳动者)
    expect(devGolds.some((d) => groups(d.g).includes('高素质劳动者'))).toBe(false);
  });

  it('counts 工业互联网标识解析体系 as a Programme in both texts that make a department perfect it', () => {
    const writing = devGolds.filter((d) => d.text.includes('工业互联网标识解析体系'));
    expect(writing.map((d) => d.id).sort()).toEqual(['digital', 'promotion2']);
    for (const d of writing) expect(d.g.entities.Programme).toContain('工业互联网标识解析体系');
  });

  it('reads 山东 第十二条 建设本级电子政务网络 as the national e-government network (bare canonical), not the existing networks', () => {
    const g = doc('promotion2', '山东省大数据发展促进条例(2021-09-30).md');
    expect(g.entities.Programme).toContain('电子政务网络');
    expect(g.aliases['电子政务网络']).toContain('本级电子政务网络');
    expect(g.entities.Programme.filter((n) => n.includes('现有') || n === '政务网络')).toEqual([]);
    // a named government portal stays named media (charity's 浙江)
    expect(doc('charity', '浙江省实施《慈善法》办法(2018-11-30).md').entities.Organisation).toContain('浙江政务服务网');
  });

  it('writes the students of 高等学校 as 大学生 in every development gold, with 高等学校学生 among its aliases', () => {
    expect(devGolds.filter((d) => [...groups(d.g)].includes('高等学校学生')).map((d) => `${d.id}/${d.g.file}`)).toEqual([]);
    const served = [
      ['unseen', '献血法(1997-12-29).md'],
      ['unseen', '宁波市献血条例(2020-06-05).md'],
      ['unseen', '河南省实施《献血法》办法(1999-09-24).md'],
      ['unseen', '浙江省实施《献血法》办法(2020-11-27).md'],
      ['unseen', '青岛市实施《献血法》若干规定(2020-01-15).md'],
      ['real', '重庆市国防教育条例(2010-11-25).md'],
      ['real', '上海市国防教育条例(2012-09-26).md'],
      ['promotion2', '上海市高等教育促进条例(2017-12-28).md'],
    ] as const;
    for (const [id, file] of served) {
      const g = doc(id, file);
      expect(groups(g), `${id}/${file}`).toContain('大学生');
      expect(g.aliases['大学生'], `${id}/${file}`).toContain('高等学校学生');
    }
    // the higher-education law keeps its bare 学生 beside 大学生; 高等学校学生 is no alias of 学生 anywhere
    expect(groups(doc('promotion2', '上海市高等教育促进条例(2017-12-28).md'))).toContain('学生');
    expect(devGolds.filter((d) => (d.g.aliases['学生'] ?? []).some((a) => /高等|高校/.test(a))).map((d) => d.g.file)).toEqual([]);
    // a comparison standard of another group's benefit is no group (education's 上海 职业教育)
    expect(groups(doc('education', '上海市职业教育条例(2018-11-22).md'))).not.toContain('大学生');
  });

  it('gives the graduates of 高等学校 one canonical, 高校毕业生, in every development gold', () => {
    const withGrads = devGolds.filter((d) => groups(d.g).some((n) => /^(高等学校|高等院校|高校)毕业生$/.test(n)));
    expect(withGrads.length).toBeGreaterThanOrEqual(3);
    for (const d of withGrads) {
      expect(groups(d.g)).toContain('高校毕业生');
      expect(groups(d.g)).not.toContain('高等学校毕业生');
      expect(d.g.aliases['高校毕业生']).toContain('高等学校毕业生');
    }
  });

  it('counts 泰安 第十条 社会组织从业人员 and 社会团体成员, mobilised to join the emergency donor reserve', () => {
    const g = doc('unseen', '泰安市献血条例(2021-07-31).md');
    expect(groups(g)).toEqual(expect.arrayContaining(['社会组织从业人员', '社会团体成员', '现役军人', '教职工', '学生']));
  });
});
