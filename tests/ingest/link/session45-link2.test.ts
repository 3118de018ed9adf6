// Session 45 (helper link2, issue 13). Two penalty rules read on the standards family (标准化法 → 上海, 山东), each test
// failing without its part:
// - options.penaltyActors.officialConduct: persons whose conduct is an official's (滥用职权、玩忽职守、徇私舞弊) are a public
//   body's staff: 标准化法 第四十三条's 标准化工作的监督、管理人员 meet 上海 第四十二条's 有关行政管理部门工作人员 (gold strong, was
//   refused by the actors rule: person against public body);
// - options.liabilityRestated.basis: a leading 违反本条例规定， is read past before the no-actor test: 山东 第三十八条 (违反本条例规定，
//   县级以上人民政府标准化行政主管部门…及其工作人员…滥用职权…的) names its actor and is no general clause for 标准化法 第三十九、
//   四十条's leaders (both links spurious before);
// - options.roleSaving and the scope span of 60 characters: a scope article closing with 法律、行政法规另有规定的，从其规定 is
//   one sentence (上海 第二条, 山东 第二条: spurious links before).
import { describe, expect, it } from 'vitest';
import { actorsMeet, penaltyActors } from '../../../ingest/link/actors.js';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { articleRole, DEFAULT_LINK_OPTIONS, linkOptions, LIABILITY_RESTATED_MEASURED } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { regulationUnit } from './units.js';

const rule = DEFAULT_LINK_OPTIONS.penaltyActors!;
const penalty = (id: string, doc: number, text: string) => ({ ...regulationUnit(id, doc, text), group: 'penalty' });
const law43 = '第四十三条 标准化工作的监督、管理人员滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。';
const shanghai42 = '第四十二条 市、区标准化行政主管部门、有关行政管理部门工作人员在标准化工作中玩忽职守、滥用职权、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。';
const lawyer = '第四十九条 律师有下列行为之一的，由设区的市级或者直辖市的区人民政府司法行政部门给予警告：\n（一）同时在两个以上律师事务所执业的。';

describe('persons of an official’s conduct are a public body’s staff (options.penaltyActors.officialConduct)', () => {
  const off = { ...rule, officialConduct: undefined };
  it('the law’s 监督、管理人员 who abuse their power are also a public body; the two articles meet', () => {
    expect(penaltyActors(law43, rule)).toEqual(['person', 'public body']);
    expect(actorsMeet(penaltyActors(shanghai42, rule), penaltyActors(law43, rule))).toBe(true);
  });
  it('without it they are persons only and the pair is refused', () => {
    expect(penaltyActors(law43, off)).toEqual(['person']);
    expect(actorsMeet(penaltyActors(shanghai42, off), penaltyActors(law43, off))).toBe(false);
  });
  it('persons of other conduct stay persons (a lawyer is no official)', () => {
    expect(penaltyActors(lawyer, rule)).toEqual(['person']);
  });
});

describe('a leading basis clause read past before the no-actor test (options.liabilityRestated.basis)', () => {
  const law39 = '第三十九条 国务院有关行政主管部门、设区的市级以上地方人民政府标准化行政主管部门制定的标准不符合本法第二十一条第一款、第二十二条第一款规定的，应当及时改正；拒不改正的，由国务院标准化行政主管部门公告废止相关标准；对负有责任的领导人员和直接责任人员依法给予处分。';
  const law40 = '第四十条 国务院有关行政主管部门、设区的市级以上地方人民政府标准化行政主管部门未依照本法规定对标准进行编号或者备案，又未依照本法第三十四条的规定改正的，由国务院标准化行政主管部门撤销相关标准编号或者公告废止未备案标准；对负有责任的领导人员和直接责任人员依法给予处分。';
  const shandong38 = '第三十八条 违反本条例规定，县级以上人民政府标准化行政主管部门或者其他有关部门、单位及其工作人员在标准化工作中，滥用职权、玩忽职守、徇私舞弊的，对直接负责的主管人员和其他直接责任人员依法给予处分；构成犯罪的，依法追究刑事责任。';
  const general = '第十四条 违反本条例规定，对有关领导人或直接责任人员，依法给予行政处分。';
  const linked = (lowerText: string, basis: boolean) => {
    const { basis: _b, ...noBasis } = LIABILITY_RESTATED_MEASURED;
    const units = [penalty('law#第三十九条', 0, law39), penalty('law#第四十条', 0, law40), penalty('prov#x', 1, lowerText)];
    return linkMeasures(units, (l, h) => l === 1 && h === 0, [], linkOptions({ topKPerClause: null, paragraphBest: null, procedureStages: null, clearBest: null, partialFloor: null, neighbourBest: null, dutyListItems: null, paragraphPair: null, penaltyConduct: null, liabilityRestated: { ...(basis ? LIABILITY_RESTATED_MEASURED : noBasis), floor: 0 }, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.99, partial: 0.98 }, relative: 0.8, topK: 1, pairIdf: true } } }))
      .filter((l) => l.lower === 'prov#x')
      .map((l) => `${l.higher} ${l.verdict}`)
      .sort();
  };
  it('an article naming its actor after 违反本条例规定， restates nobody’s persons', () => {
    expect(linked(shandong38, false)).toEqual(['law#第三十九条 partial', 'law#第四十条 partial']);
    expect(linked(shandong38, true)).toEqual([]);
  });
  it('a clause naming no actor after it is general still', () => {
    expect(linked(general, true)).toEqual(['law#第三十九条 partial', 'law#第四十条 partial']);
  });
});

describe('both rules on the standards family (defaults)', () => {
  it('上海 第四十二条 links 第四十三条 (gold strong) and 山东 第三十八条 no longer links 第三十九、四十条', async () => {
    const of = async (link: Parameters<typeof runIngest>[0]['link'], lower: string) =>
      (await runIngest({ inputs: ['tests/real/standards/corpus'], link })).snapshot.edges
        .filter((e) => e.attributes.type === 'IMPLEMENTS' && e.source.endsWith(lower))
        .map((e) => `${e.target.split('/').pop()} ${e.attributes.type === 'IMPLEMENTS' ? e.attributes.verdict : ''}`)
        .sort();
    expect(await of(undefined, '上海市标准化条例@2019-07-25#第六章/第四十二条')).toEqual(['第四十三条 implements']);
    expect(await of({ penaltyActors: { ...rule, officialConduct: undefined } }, '上海市标准化条例@2019-07-25#第六章/第四十二条')).toEqual([]);
    expect(await of(undefined, '山东省标准化条例@2020-06-12#第五章/第三十八条')).toEqual(['第四十三条 implements']);
    const { basis: _b, ...noBasis } = LIABILITY_RESTATED_MEASURED;
    expect(await of({ liabilityRestated: noBasis }, '山东省标准化条例@2020-06-12#第五章/第三十八条')).toEqual(['第三十九条 partial', '第四十三条 implements', '第四十条 partial']);
  }, 300_000);
});

describe('a scope article closing with a saving sentence (options.roleSaving; the scope span up to 60 characters)', () => {
  const shanghai2 = '第二条 本市行政区域内标准的制定、实施及其监督管理等活动，适用本条例。法律、行政法规和国务院决定另有规定的，从其规定。';
  const shandong2 = '第二条 本省行政区域内的农业、工业、服务业以及社会事业等领域标准制定、实施及其监督和服务等活动，适用本条例。法律、行政法规另有规定的，从其规定。';
  it('is a scope article; without roleSaving it is two sentences and no role', () => {
    const o = linkOptions();
    expect(articleRole(shanghai2, o)).toBe('scope');
    expect(articleRole(shandong2, o)).toBe('scope');
    expect(articleRole(shanghai2, { ...o, roleSaving: null })).toBeUndefined();
  });
  it('the 40-character span of sessions 18–45 missed 山东’s long scope', () => {
    const o = linkOptions();
    const narrow = o.articleRoles.map((r) => (r.role === 'scope' ? { ...r, pattern: r.pattern.replace('.{0,60}?', '.{0,40}?') } : r));
    expect(articleRole(shandong2, { ...o, articleRoles: narrow })).toBeUndefined();
  });
  it('a second sentence of substance still makes it no scope article', () => {
    expect(articleRole('第二条 本市行政区域内标准的制定、实施及其监督管理等活动，适用本条例。市人民政府应当加强对标准化工作的领导。', linkOptions())).toBeUndefined();
  });
});
