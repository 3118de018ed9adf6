// options.generalLiability (session 29): a provincial penalty article that sanctions only in general terms (上海市法律援助若干
// 规定 第十八条: those who break the legal-aid rules 由司法行政部门依法给予处分和行政处罚) restates the 法律援助条例's penalty article
// that lists the conduct and its sanction (第二十六条, 有下列情形之一的 …) only "in general terms": the gold grades it weak, and the
// linker's link is partial. A penalty article restated word for word (河南省实施《献血法》办法 第二十九条 → 献血法 第二十三条, the
// health officials' 玩忽职守, both general) stays strong. A clause naming the duty it sanctions but leaving the sanction to
// the law (河南省法律援助条例 第四十三条 → 条例 第二十七条, warning and 停业整顿) is general too: the gold grades it weak.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { liabilityOf } from '../../../ingest/link/liability.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

const rule = DEFAULT_LINK_OPTIONS.generalLiability!;
const read = liabilityOf(rule);

const shanghai18 = '第十八条 法律援助机构及其工作人员、办理法律援助案件的人员违反法律援助有关规定的，由司法行政部门依法给予处分和行政处罚；构成犯罪的，依法追究刑事责任。';
const shandong26 = '第二十六条 法律援助机构、法律服务机构及法律援助人员违反法律援助规定的，由司法行政部门依法追究责任。';
const guangdong50 = '第五十条 各级人民政府及住房城乡建设、市场监督管理等有关部门和消防救援机构的工作人员在消防工作中滥用职权、玩忽职守、徇私舞弊，尚不构成犯罪的，依法给予处分。';
const henan43 = '第四十三条 律师事务所、公证处、基层法律服务所违反本条例第九条规定的，由法律援助机构责令改正，拒不改正的，司法行政部门应当依照有关法律、法规的规定给予处罚。';
const regulation26 =
  '第二十六条 法律援助机构及其工作人员有下列情形之一的，对直接负责的主管人员以及其他直接责任人员依法给予纪律处分：\n\n（一）为不符合法律援助条件的人员提供法律援助，或者拒绝为符合法律援助条件的人员提供法律援助的；\n\n（二）办理法律援助案件收取财物的；\n\n（三）从事有偿服务逾期未改正的；\n\n（四）侵占、私分、挪用法律援助经费的。';
const regulation27 = '第二十七条 律师事务所拒绝法律援助机构的指派，不安排本所律师办理法律援助案件的，由司法行政部门给予警告、责令改正；情节严重的，给予1个月以上3个月以下停业整顿的处罚。';
const bloodLaw23 = '第二十三条 卫生行政部门及其工作人员在献血、用血的监督管理工作中，玩忽职守，造成严重后果，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，依法给予行政处分。';
const henanBlood29 = '第二十九条 卫生行政部门及其工作人员在献血、用血的监督管理工作中，玩忽职守，造成严重后果，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，依法给予行政处分。';

describe('generalLiability', () => {
  it('reads a sanction referred to the law, with no conduct listed and no sanction of its own, as general', () => {
    for (const t of [shanghai18, shandong26, guangdong50]) expect(read(t)).toEqual({ general: true, specific: false });
  });
  it('reads a listed conduct or a concrete sanction (警告, 停业整顿) as specific', () => {
    expect(read(regulation26).specific).toBe(true);
    expect(read(regulation27).specific).toBe(true);
    expect(read(regulation27).general).toBe(false);
  });
  it('calls general an article that names the duty it sanctions but refers the sanction to the law', () => {
    expect(read(henan43)).toEqual({ general: true, specific: false });
  });
  it('reads the law’s own general clause as not specific, so its word-for-word restatement is not weakened', () => {
    expect(read(bloodLaw23)).toEqual({ general: true, specific: false });
  });

  const penalty = (id: string, doc: number, text: string) => ({ ...regulationUnit(id, doc, text), group: 'penalty' });
  // Scored by text alone, strong from 0.05: without the rule each pair below is a strong link.
  const options = (on: boolean) =>
    linkOptions({
      generalLiability: on ? rule : null,
      topKPerClause: null,
      paragraphBest: null,
      procedureStages: null,
      genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.05, partial: 0.05 }, relative: 0.5, topK: 1, pairIdf: false } },
    });
  const verdict = (on: boolean, lower: string, higher: string) =>
    linkMeasures([penalty('law#h', 0, higher), penalty('prov#l', 1, lower)], (l, h) => l === 1 && h === 0, [], options(on)).find((l) => l.lower === 'prov#l' && l.higher === 'law#h')?.verdict;

  it('makes the link of a general liability clause to a listed penalty article partial', () => {
    expect(verdict(false, shanghai18, regulation26)).toBe('implements');
    expect(verdict(true, shanghai18, regulation26)).toBe('partial');
    expect(verdict(true, shandong26, regulation26)).toBe('partial');
  });
  it('makes partial the clause naming the duty whose sanction it leaves to the law, and leaves a word-for-word restatement strong', () => {
    expect(verdict(false, henan43, regulation27)).toBe('implements');
    expect(verdict(true, henan43, regulation27)).toBe('partial');
    expect(verdict(true, henanBlood29, bloodLaw23)).toBe('implements');
  });
});
