// The `delegated` article role (session 29): an article of a law that only hands its subject to a national body (消防法
// 第十四条, the detailed rules of construction fire review are set by the 国务院住房和城乡建设主管部门) asks nothing of a
// province, so no provincial article implements it: 广东省实施《消防法》办法 第七条, which lists the construction
// department's fire duties, was linked to it strong (the gold: not a link). It links only to its own kind
// (roleLinks.onlyWithSame), so it stays a coverage row, a gap. An article that delegates in a side sentence, or to a
// province, keeps no role.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { articleRole, linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

const o = linkOptions();
const law14 = '第十四条 建设工程消防设计审查、消防验收、备案和抽查的具体办法，由国务院住房和城乡建设主管部门规定。';
const law13 = '第十三条 国务院住房和城乡建设主管部门规定应当申请消防验收的建设工程竣工，建设单位应当向住房和城乡建设主管部门申请消防验收。';
const guangdong7 =
  '第七条 消防救援机构对本行政区域内的消防工作具体实施监督管理，依照法定职权和程序查处消防违法行为。\n\n住房城乡建设主管部门依法履行建设工程消防设计审查、消防验收、备案和抽查职能，依法查处职权范围内的消防违法行为。';

describe('delegated articles', () => {
  it('reads an article that only hands its subject to a national body as delegated', () => {
    expect(articleRole(law14, o)).toBe('delegated');
    expect(articleRole('第二十条 慈善组织的组织形式、登记管理的具体办法由国务院制定。', o)).toBe('delegated');
  });
  it('gives no role to an article that delegates in a side sentence, or to the province', () => {
    expect(articleRole('第八条 血站是采集、提供临床用血的机构，是不以营利为目的的公益性组织。血站的设立条件和管理办法由国务院卫生行政部门制定。', o)).toBeUndefined();
    expect(articleRole('第十三条 法律援助对象经济困难的具体标准，由省人民政府规定。', o)).toBeUndefined();
  });
  it('gives no role to an article that grants or sets something in a clause of its own before handing the details over (session 33)', () => {
    // 教师法 第二十六条: the allowance is the law's own; every province carries it out (teachers gold: strong).
    expect(articleRole('第二十六条 中小学教师和职业学校教师享受教龄津贴和其他津贴，具体办法由国务院教育行政部门会同有关部门制定。', o)).toBeUndefined();
    expect(articleRole('第十六条 国家实行教师职务制度，具体办法由国务院规定。', o)).toBeUndefined();
  });
  it('keeps the province’s construction-department duties from linking to the delegation', () => {
    const units = [law14, law13].map((t, i) => ({ ...regulationUnit(`law#${i}`, 0, t), role: articleRole(t, o) }));
    units.push({ ...regulationUnit('prov#7', 1, guangdong7), role: articleRole(guangdong7, o) });
    const options = (only: string[]) =>
      linkOptions({ roleLinks: { ...o.roleLinks, onlyWithSame: only as typeof o.roleLinks.none }, topKPerClause: null, paragraphBest: null, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.05, partial: 0.05 }, relative: 0.1, topK: 2, pairIdf: false } } });
    const links = (only: string[]) => linkMeasures(units, (l, h) => l === 1 && h === 0, [], options(only)).map((l) => l.higher).sort();
    expect(o.roleLinks.onlyWithSame).toContain('delegated');
    expect(links(['purpose'])).toContain('law#0');
    expect(links(['purpose', 'delegated'])).not.toContain('law#0');
  });
});
