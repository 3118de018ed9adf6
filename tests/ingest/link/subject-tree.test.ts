// Session 39: sibling subjects (options.subjectTree, ingest/lexicon/subject-tree.txt). A province's 森林防火条例 restates
// the national 草原防火条例's provisions for another land (编制防火规划, 扑灭后检查火场) and scored as its links on the law
// mirror; neither carries out the other. A narrower subject still carries out its parent (扬尘 → 大气污染防治法).
import { describe, expect, it } from 'vitest';
import { readSubjectTree, siblingSubjects, titleSubjects } from '../../../ingest/link/subject-tree.js';
import { siblingAllows, type RuleDoc } from '../../../ingest/link/rules.js';
import { runIngest } from '../../../ingest/pipeline.js';
import type { LinkOptions } from '../../../ingest/link/options.js';

const tree = readSubjectTree(new URL('../../../ingest/lexicon/subject-tree.txt', import.meta.url));

describe('the subject tree', () => {
  it('reads a title’s subjects with their parents', () => {
    expect([...titleSubjects('德州市扬尘污染防治条例', tree)].sort()).toEqual(['大气污染', '扬尘', '污染防治'].sort());
    expect(titleSubjects('河南省森林防火条例', tree)).toEqual(new Set(['森林防火', '防火', '森林', '自然资源']));
  });
  it('finds sibling subjects, not a narrower subject and its parent', () => {
    expect(siblingSubjects('河南省森林防火条例', '草原防火条例', tree)).toMatchObject({ parent: '防火', lower: '森林防火', higher: '草原防火' });
    expect(siblingSubjects('郑州市失业保险条例', '工伤保险条例', tree)).toMatchObject({ parent: '社会保险' });
    expect(siblingSubjects('河南省实施《城市居民委员会组织法》办法', '村民委员会组织法', tree)).toMatchObject({ parent: '基层群众自治组织' });
    expect(siblingSubjects('青岛市海上交通安全条例', '内河交通安全管理条例', tree)).toMatchObject({ parent: '交通安全' });
    expect(siblingSubjects('开封市扬尘污染防治条例', '水污染防治法', tree)).toMatchObject({ parent: '污染防治' });
    expect(siblingSubjects('郑州市失业保险条例', '社会保险法', tree)).toBeUndefined();
    expect(siblingSubjects('开封市扬尘污染防治条例', '大气污染防治法', tree)).toBeUndefined();
    expect(siblingSubjects('河南省实施《森林法》办法', '森林防火条例', tree)).toBeUndefined();
    expect(siblingSubjects('河南省消防条例', '草原防火条例', tree)).toBeUndefined();
  });
  it('tells the people’s congress elections from the village committees’ (session 40)', () => {
    expect(siblingSubjects('浙江省村民委员会选举办法', '全国人民代表大会和地方各级人民代表大会选举法', tree)).toMatchObject({ parent: '选举', lower: '村民委员会', higher: '人民代表大会' });
    expect(siblingSubjects('山东省县乡两级人民代表大会选举实施细则', '村民委员会组织法', tree)).toMatchObject({ parent: '选举' });
    expect(siblingSubjects('浙江省村民委员会选举办法', '村民委员会组织法', tree)).toBeUndefined();
    expect(siblingSubjects('浙江省县、乡两级人民代表大会代表选举实施细则', '全国人民代表大会和地方各级人民代表大会选举法', tree)).toBeUndefined();
  });
  it('lets a sibling through when the lower document names the higher one in its basis clause', () => {
    const lower: RuleDoc = { regionChain: ['河南省', '全国'], title: '河南省森林防火条例' };
    const higher: RuleDoc = { regionChain: ['全国'], title: '草原防火条例' };
    expect(siblingAllows(lower, higher, { parents: tree })).toMatchObject({ ok: false, rule: 'sibling' });
    expect(siblingAllows({ ...lower, basis: ['森林防火条例', '草原防火条例'] }, higher, { parents: tree }).ok).toBe(true);
    expect(siblingAllows(lower, higher, null).ok).toBe(true);
  });
});

describe('the link stage, a province’s regulation and its sibling subject’s national regulation', () => {
  const national = '草原防火条例\n\n（2008年11月29日中华人民共和国国务院令第542号公布）\n\n第一条 为了加强草原防火工作，积极预防和扑救草原火灾，保护草原，保障人民生命和财产安全，制定本条例。\n\n第二条 县级以上地方人民政府草原防火主管部门根据全国草原防火规划，结合本地实际，编制本行政区域的草原防火规划，报本级人民政府批准后组织实施。\n\n第三条 草原火灾扑灭后，有关地方人民政府草原防火主管部门应当对火灾现场进行全面检查，清除余火，并留有足够的人员看守火场。经草原防火主管部门检查验收合格，看守人员方可撤出。\n\n第四条 本条例自2009年1月1日起施行。\n';
  const province = '河南省森林防火条例\n\n（2018年9月30日河南省第十三届人民代表大会常务委员会第六次会议通过）\n\n第一条 为了有效预防和扑救森林火灾，保护森林资源，保障人民生命和财产安全，结合本省实际，制定本条例。\n\n第二条 县级以上人民政府林业主管部门根据全国森林防火规划，结合本地实际，编制本行政区域的森林防火规划，报本级人民政府批准后组织实施。\n\n第三条 森林火灾扑灭后，火灾扑救队伍应当对火灾现场全面检查，清理余火，并留有足够人员看守火场，经当地森林防火指挥机构检查验收合格，方可撤出看守人员。\n\n第四条 本条例自2019年1月1日起施行。\n';
  const linked = async (link: Partial<LinkOptions>) => {
    const { snapshot } = await runIngest({
      inputs: ['in-memory'],
      reader: {
        list: async () => ['草原.txt', '森林.txt'].map((name) => ({ path: name, name })),
        read: async (_path, name) => ({ file: name, format: 'txt', encoding: 'utf-8', text: name === '草原.txt' ? national : province }),
      },
      link,
    });
    return snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => `${e.source.split('#').pop()} → ${e.target.split('#').pop()}`);
  };
  it('links nothing between the sibling subjects', async () => {
    expect(await linked({})).toEqual([]);
  });
  it('without the tree the parallel provisions link', async () => {
    expect((await linked({ subjectTree: null })).length).toBeGreaterThan(0);
  });
});
