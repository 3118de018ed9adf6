// Session 45 (helper link, issue 13). Two penalty rules, each test failing without its part:
// - options.penaltyConduct.actors: the same conduct sanctioned for another actor is no restatement (山东统计 第十二条, the
//   respondent's 伪造、篡改统计资料, against 统计法 第三十八条, the statistics body's);
// - options.penaltyActors.nounPhrase: a subject that opens with a verb inside its noun phrase (利用财政资金设立的…承担者) is read
//   to its head noun (上海转化 第四十二条 → 转化法 第四十六条, gold strong, was refused by the actors rule);
// - options.liabilityRestated: a general liability clause that names no actor of its own and gives 处分 to the leaders or
//   those directly responsible restates each higher penalty article that gives 处分 to the same persons (山东统计 第十四条 →
//   统计法 第三十七、三十八、三十九条, gold weak).
import { describe, expect, it } from 'vitest';
import { actorsMeet, nounsMeet, paragraphNouns, penaltyActors, subjectNouns } from '../../../ingest/link/actors.js';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions, LIABILITY_RESTATED_MEASURED, PENALTY_CONDUCT_MEASURED } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { regulationUnit } from './units.js';

const rule = DEFAULT_LINK_OPTIONS.penaltyActors!;
const penalty = (id: string, doc: number, text: string) => ({ ...regulationUnit(id, doc, text), group: 'penalty' });
const lower12 = '第十二条 企业事业组织、个体工商户有下列违法行为之一的，由县级以上人民政府统计机构予以警告，并可对企业事业组织处以五千元至五万元罚款；对个体工商户处以一百元至三千元罚款：\n（一）虚报、瞒报统计资料的；\n（二）伪造、篡改统计资料的；\n（三）拒报或屡次迟报统计资料的。';
const law38 = '第三十八条 县级以上人民政府统计机构或者有关部门在组织实施统计调查活动中有下列行为之一的，由本级人民政府、上级人民政府统计机构或者本级人民政府统计机构责令改正，予以通报；对直接负责的主管人员和其他直接责任人员，由任免机关或者监察机关依法给予处分：\n（一）未经批准擅自组织实施统计调查的；\n（二）未经批准擅自变更统计调查制度的内容的；\n（三）伪造、篡改统计资料的；\n（四）要求统计调查对象或者其他机构、人员提供不真实的统计资料的；\n（五）未按照统计调查制度的规定报送有关资料的。\n统计人员有前款第三项至第五项所列行为之一的，责令改正，依法给予处分。';
const law40 = '第四十条 统计机构、统计人员泄露国家秘密的，依法追究法律责任。';
const law44 = '第四十四条 作为统计调查对象的个人在重大国情国力普查活动中拒绝、阻碍统计调查，或者提供不真实或者不完整的普查资料的，由县级以上人民政府统计机构责令改正，予以批评教育。';
const law47 = '第四十七条 违反本法规定，构成犯罪的，依法追究刑事责任。';
const law41Lead = '第四十一条 作为统计调查对象的国家机关、企业事业单位或者其他组织有下列行为之一的，由县级以上人民政府统计机构责令改正，给予警告，可以予以通报：\n（一）拒绝提供统计资料或者经催报后仍未按时提供统计资料的。\n企业事业单位或者其他组织有前款所列行为之一的，可以并处五万元以下的罚款。';

describe('the actors of a conduct match (options.penaltyConduct.actors)', () => {
  it('reads each paragraph’s subject, a list item under its lead’s', () => {
    expect(subjectNouns(lower12, rule)).toEqual(['企业事业组织', '个体工商户']);
    expect(paragraphNouns(lower12, rule).map((p) => p.nouns.join('、'))).toEqual(Array(4).fill('企业事业组织、个体工商户'));
  });
  it('the respondent and the statistics body do not meet; the respondent and the units under survey do', () => {
    expect(nounsMeet(subjectNouns(lower12, rule), subjectNouns(law38, rule))).toBe(false);
    expect(nounsMeet(subjectNouns(lower12, rule), subjectNouns(law41Lead, rule))).toBe(true);
    expect(nounsMeet([], subjectNouns(law38, rule))).toBe(true);
  });
  it('with actors on, the respondent’s conduct no longer links the statistics body’s penalty article', () => {
    const units = [penalty('law#第三十八条', 0, law38), penalty('law#第四十条', 0, law40), penalty('law#第四十四条', 0, law44), penalty('law#第四十七条', 0, law47), penalty('prov#第十二条', 1, lower12)];
    const linked = (actors: boolean) =>
      linkMeasures(units, (l, h) => l === 1 && h === 0, [], linkOptions({ topKPerClause: null, paragraphBest: null, procedureStages: null, clearBest: null, partialFloor: null, neighbourBest: null, dutyListItems: null, paragraphPair: null, liabilityRestated: null, penaltyConduct: { ...PENALTY_CONDUCT_MEASURED, floor: 0, actors }, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.99, partial: 0.98 }, relative: 0.8, topK: 1, pairIdf: true } } }))
        .filter((l) => l.lower === 'prov#第十二条')
        .map((l) => `${l.higher} ${l.verdict}`);
    expect(linked(false)).toEqual(['law#第三十八条 partial']);
    expect(linked(true)).toEqual([]);
  });
});

describe('a general liability clause restated (options.liabilityRestated)', () => {
  const law37 = '第三十七条 地方人民政府、政府统计机构或者有关部门、单位的负责人有下列行为之一的，由任免机关或者监察机关依法给予处分，并由县级以上人民政府统计机构予以通报：\n（一）自行修改统计资料、编造虚假统计数据的；\n（二）对本地方、本部门、本单位发生的严重统计违法行为失察的。';
  const general14 = '第十四条 对违反统计法律、法规的部门和单位的有关领导人或直接责任人员，依法给予行政处分。';
  const actor = '第二十六条 血站违反有关操作规程和制度采集血液，由县级以上人民政府卫生行政部门责令改正；对直接负责的主管人员和其他直接责任人员，依法给予行政处分。';
  const linked = (lowerText: string, on: boolean) => {
    const units = [penalty('law#第三十七条', 0, law37), penalty('law#第三十八条', 0, law38), penalty('law#第四十条', 0, law40), penalty('law#第四十七条', 0, law47), penalty('prov#x', 1, lowerText)];
    return linkMeasures(units, (l, h) => l === 1 && h === 0, [], linkOptions({ topKPerClause: null, paragraphBest: null, procedureStages: null, clearBest: null, partialFloor: null, neighbourBest: null, dutyListItems: null, paragraphPair: null, penaltyConduct: null, liabilityRestated: on ? { ...LIABILITY_RESTATED_MEASURED, floor: 0 } : null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.99, partial: 0.98 }, relative: 0.8, topK: 1, pairIdf: true } } }))
      .filter((l) => l.lower === 'prov#x')
      .map((l) => `${l.higher} ${l.verdict}`)
      .sort();
  };
  it('links the clause to the articles giving 处分 to its leaders (负责人) and those directly responsible, partial', () => {
    expect(linked(general14, false)).toEqual([]);
    expect(linked(general14, true)).toEqual(['law#第三十七条 partial', 'law#第三十八条 partial']);
  });
  it('an article sanctioning an actor of its own (血站违反…) is no general clause', () => {
    expect(linked(actor, true)).toEqual([]);
  });
  it('is on by default; on the statistics family 山东 第十四条 links 统计法 第三十七、三十八、三十九条 (gold weak), not 第四十一条', async () => {
    expect(DEFAULT_LINK_OPTIONS.liabilityRestated).toEqual(LIABILITY_RESTATED_MEASURED);
    const ofFourteen = async (link: Parameters<typeof runIngest>[0]['link']) =>
      (await runIngest({ inputs: ['tests/real/statistics/corpus'], link })).snapshot.edges
        .filter((e) => e.attributes.type === 'IMPLEMENTS' && e.source.endsWith('山东省统计管理条例@2017-09-30#第十四条'))
        .map((e) => `${e.target.split('/').pop()} ${e.attributes.type === 'IMPLEMENTS' ? e.attributes.verdict : ''}`)
        .sort();
    expect(await ofFourteen(undefined)).toEqual(['第三十七条 partial', '第三十九条 partial', '第三十八条 partial']);
    expect(await ofFourteen({ liabilityRestated: null })).toEqual([]);
  }, 240_000);
});

describe('a subject opening with a verb inside its noun phrase (options.penaltyActors.nounPhrase)', () => {
  const law46 = '第四十六条 利用财政资金设立的科技项目的承担者未依照本法规定提交科技报告、汇交科技成果和相关知识产权信息的，由组织实施项目的政府有关部门、管理机构责令改正；情节严重的，予以通报批评，禁止其在一定期限内承担利用财政资金设立的科技项目。\n国家设立的研究开发机构、高等院校未依照本法规定提交科技成果转化情况年度报告的，由其主管部门责令改正；情节严重的，予以通报批评。';
  const shanghai42 = '第四十二条 本市财政资金设立的科技项目的承担者违反本条例第三十一条第三款规定，未汇总并报送科技成果和相关知识产权信息的，由组织实施项目的有关部门责令限期改正；逾期不改的，予以通报批评，并禁止其在二年内承担本市财政资金设立的科技项目。';
  const off = { ...rule, nounPhrase: false };
  it('reads the head after the relative clause’s last 的: the project’s undertaker, a person; the two articles meet', () => {
    expect(subjectNouns(law46, rule)).toEqual(['承担者', '国家设立的研究开发机构', '高等院校']);
    expect(actorsMeet(penaltyActors(shanghai42, rule), penaltyActors(law46, rule))).toBe(true);
  });
  it('without it the law’s first paragraph names no actor and the pair is refused', () => {
    expect(subjectNouns(law46, off)).toEqual(['国家设立的研究开发机构', '高等院校']);
    expect(actorsMeet(penaltyActors(shanghai42, off), penaltyActors(law46, off))).toBe(false);
  });
  it('a paragraph opening with 违反…规定， or a list of verbs still names none', () => {
    expect(subjectNouns('第四十条 违反本办法规定，在疏散通道停放电动自行车的，责令改正。', rule)).toEqual([]);
    expect(subjectNouns('第十七条 拒绝、阻碍统计检查人员依法执行公务的，依照国家有关法律、法规的规定处理。', rule)).toEqual([]);
  });
});
