// Session 46 (helper link, issue 13). Rules read on the trial of the 促进科技成果转化 family (tests/real/techtransfer-trial),
// each test failing without its part:
// - options.glossary.definitions: an article of definitions only (促进科技成果转化法 第二条: 本法所称科技成果，是指…。职务科技成果，
//   是指…。本法所称科技成果转化，是指…后续试验、开发…) is a glossary, carried out only by a lower article that defines; 北京 第十六条
//   (a transfer office's tasks: …开展科技成果后续试验、开发) shares a phrase of a definiens and was linked partial at 0.07;
// - options.provisos: a restriction clause (不得损害国家安全、国家利益、社会公共利益) is left out of a unit's words and bigrams:
//   北京 第九条 and 第二十七条 were linked strong to 转化法 第七条 (国家为了国家安全、国家利益和重大社会公共利益的需要…) on it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordsIn } from '../../../ingest/link/index.js';
import { definitionsOnly, linkMeasures } from '../../../ingest/link/implements.js';
import { articleRole, DEFAULT_LINK_OPTIONS, DEFINITIONS_SENTENCE, linkOptions, PROVISO } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { regulationUnit } from './units.js';

const law2 = '第二条 本法所称科技成果，是指通过科学研究与技术开发所产生的具有实用价值的成果。职务科技成果，是指执行研究开发机构、高等院校和企业等单位的工作任务，或者主要是利用上述单位的物质技术条件所完成的科技成果。\n本法所称科技成果转化，是指为提高生产力水平而对科技成果所进行的后续试验、开发、应用、推广直至形成新技术、新工艺、新材料、新产品，发展新产业等活动。';
const law9 = '第九条 国务院和地方各级人民政府应当将科技成果的转化纳入国民经济和社会发展计划，并组织协调实施有关科技成果的转化。';
const beijing16 = '第十六条 政府设立的研发机构、高等院校应当加强科技成果转化队伍建设，提供必要的经费保障，明确专门机构或者专门人员负责下列工作：\n（一）受理科技成果登记；\n（二）分析科技成果应用价值；\n（三）拟定科技成果权利分配及转化方案；\n（四）自行组织或者指导、协助科技成果完成人开展科技成果后续试验、开发；\n（五）申请、保护和管理科技成果的知识产权；\n（六）与科技成果转化相关的其他工作。';
const shandong2 = '第二条 本条例所称科技成果转化，是指为提高生产力水平而对科技成果所进行的后续试验、开发、应用、推广直至形成新技术、新工艺、新材料、新产品，发展新产业等活动。';
const units = [
  regulationUnit('law#第二条', 0, law2),
  regulationUnit('law#第九条', 0, law9),
  regulationUnit('bj#第十六条', 1, beijing16),
  regulationUnit('sd#第二条', 2, shandong2),
  ...['慈善 事业 发展', '农业 技术 推广', '国防 教育 课程', '图书馆 免费 开放'].map((t, i) => ({ ...regulationUnit(`other#${i}`, 3, t), words: t.split(' ') })),
];
const links = (glossary: ReturnType<typeof linkOptions>['glossary']) =>
  linkMeasures(units, (l, h) => (l === 1 || l === 2) && h === 0, [], linkOptions({ glossary, topKPerClause: null, paragraphBest: null, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0.01 }, relative: 0.01, topK: 2, pairIdf: true } } }))
    .map((l) => `${l.lower}>${l.higher}`)
    .sort();

describe('an article of definitions only is a glossary (options.glossary.definitions)', () => {
  it('reads an article whose every sentence defines, and no article with a duty besides', () => {
    const d = new RegExp(DEFINITIONS_SENTENCE);
    expect(definitionsOnly(law2, d)).toBe(true);
    expect(definitionsOnly(law9, d)).toBe(false);
    expect(definitionsOnly(`${law2}\n国家鼓励科技成果转化。`, d)).toBe(false);
  });
  it('a lower article sharing a phrase of a definiens no longer links it; one that defines still does', () => {
    const on = links(DEFAULT_LINK_OPTIONS.glossary);
    expect(on).not.toContain('bj#第十六条>law#第二条');
    expect(on).toContain('bj#第十六条>law#第九条');
    expect(on).toContain('sd#第二条>law#第二条');
    const off = links({ ...DEFAULT_LINK_OPTIONS.glossary!, definitions: undefined });
    expect(off).toContain('bj#第十六条>law#第二条');
  });
});

describe('a restriction clause left out of the words (options.provisos)', () => {
  it('matches the clause to its end or to 的前提下, and nothing in a law’s own power', () => {
    const cut = (t: string) => t.replace(new RegExp(PROVISO, 'g'), '');
    expect(cut('前款规定的情况不得损害国家安全、国家利益、社会公共利益。')).toBe('。');
    expect(cut('本市支持科技成果转化服务机构开展跨境、跨区域的科技成果转化服务，在不涉及国家安全、不损害国家利益和社会公共利益的前提下开展技术合作、技术贸易。'))
      .toBe('本市支持科技成果转化服务机构开展跨境、跨区域的科技成果转化服务，开展技术合作、技术贸易。');
    const law7 = '国家为了国家安全、国家利益和重大社会公共利益的需要，可以依法组织实施或者许可他人实施相关科技成果。';
    expect(cut(law7)).toBe(law7);
    // A prohibition addressed to an actor is a duty of its own (中小企业促进法 第四条), no proviso.
    const sme4 = '中小企业应当依法经营，遵循诚信原则，规范内部管理，提高经营管理水平；不得损害劳动者合法权益，不得损害社会公共利益。';
    expect(cut(sme4)).toBe(sme4);
    expect(wordsIn(['国家安全', '科技成果', '科技成果', '利益'], '科技成果的使用')).toEqual(['科技成果']);
  });
  it('北京 第九条 and 第二十七条 no longer meet 转化法 第七条 on the interests they promise not to harm', async () => {
    const dir = 'tests/real/techtransfer-trial/corpus';
    const files = readdirSync(dir);
    const to = async (link: Parameters<typeof runIngest>[0]['link']) =>
      (await runIngest({
        inputs: ['in-memory'],
        link,
        reader: {
          list: async () => files.map((name) => ({ path: name, name })),
          read: async (_p, name) => ({ file: name, format: 'md', encoding: 'utf-8', text: readFileSync(`${dir}/${name}`, 'utf8') }),
        },
      })).snapshot.edges
        .filter((e) => e.attributes.type === 'IMPLEMENTS' && e.source.startsWith('doc:#北京') && e.target.startsWith('doc:#中华人民共和国促进科技成果转化法'))
        .map((e) => `${e.source.split('#').pop()}>${e.target.split('#').pop()}`);
    const on = await to(undefined);
    expect(on).not.toContain('第九条>第七条');
    expect(on).not.toContain('第二十七条>第七条');
    expect(on).not.toContain('第十六条>第二条');
    const off = await to({ provisos: null, glossary: { ...DEFAULT_LINK_OPTIONS.glossary!, definitions: undefined } });
    expect(off).toContain('第九条>第七条');
    expect(off).toContain('第二十七条>第七条');
    expect(off).toContain('第十六条>第二条');
  }, 300_000);
});

describe('a bare referral to the criminal law never links and stays a coverage row (options.articleRoles crime, roleLinks.rows)', () => {
  const law47 = '第四十七条 违反本法规定，构成犯罪的，依法追究刑事责任。';
  const shandong16 = '第十六条 对违反统计法律、法规构成犯罪的，依法追究刑事责任。';
  const more = '第七十条 违反本条例规定，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，由公安机关依法给予治安管理处罚。';
  const liability = '第三十八条 地方人民政府、政府统计机构或者有关部门、单位的负责人有下列行为之一的，由任免机关或者监察机关依法给予处分；构成犯罪的，依法追究刑事责任。';
  it('reads the one-sentence clause on either side, and no clause with a sanction of its own', () => {
    const o = linkOptions();
    expect(articleRole(law47, o)).toBe('crime');
    expect(articleRole(shandong16, o)).toBe('crime');
    expect(o.roleLinks.none).toContain('crime');
    expect(o.roleLinks.rows).toContain('crime');
    expect(articleRole(more, o)).toBeUndefined();
    expect(articleRole(liability, o)).toBeUndefined();
  });
  it('without the session-46 pattern neither has a role', () => {
    const o = linkOptions();
    const before = { ...o, articleRoles: o.articleRoles.filter((r) => !r.pattern.includes('构成犯罪的')) };
    expect(articleRole(law47, before)).toBeUndefined();
    expect(articleRole(shandong16, before)).toBeUndefined();
  });
});
