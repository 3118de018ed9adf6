// A duty list (options.dutyListItems): 县级以上人民政府履行下列消防工作职责：（一）…（十）… Each item that restates one
// higher article keeps a link to it, partial (an item of a list is a side part of the lower article), though
// the article-level selection (topK, relative cut) kept only the list's strongest matches.
import { describe, expect, it } from 'vitest';
import { dutyItems, itemBest, linkMeasures } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';
import { regulationUnit, textOnlyRegulation } from './units.js';

const lead = new RegExp(DEFAULT_LINK_OPTIONS.dutyListItems!.lead);
const unit = regulationUnit;
const list =
  '第六条 县级以上人民政府履行下列消防工作职责：\n（一）将消防工作纳入国民经济和社会发展规划，保障消防工作与经济社会发展相适应；\n（二）加强对农村消防工作的领导，推进城乡公共消防设施建设；\n（三）组织制定灭火救援应急预案，建立应急反应和处置机制；\n（四）组织开展经常性的消防宣传教育，提高公民的消防安全意识。';
const units = [
  unit('law#第三条', 0, '第三条 国务院领导全国的消防工作。地方各级人民政府负责本行政区域内的消防工作。各级人民政府应当将消防工作纳入国民经济和社会发展计划，保障消防工作与经济社会发展相适应。'),
  unit('law#第六条', 0, '第六条 各级人民政府应当组织开展经常性的消防宣传教育，提高公民的消防安全意识。机关、团体、企业、事业等单位，应当加强对本单位人员的消防宣传教育。'),
  unit('law#第三十条', 0, '第三十条 地方各级人民政府应当加强对农村消防工作的领导，采取措施加强公共消防设施建设，组织建立和督促落实消防安全责任制。'),
  unit('law#第四十三条', 0, '第四十三条 县级以上地方人民政府应当组织有关部门针对本行政区域内的火灾特点制定应急预案，建立应急反应和处置机制，为火灾扑救和应急救援工作提供人员、装备等保障。'),
  unit('law#第十六条', 0, '第十六条 机关、团体、企业、事业等单位应当履行下列消防安全职责：落实消防安全责任制，制定本单位的消防安全制度。'),
  unit('prov#第六条', 1, list),
];
const options = (on: boolean) =>
  textOnlyRegulation({ dutyListItems: on ? DEFAULT_LINK_OPTIONS.dutyListItems : null });
const linked = (on: boolean) => linkMeasures(units, (l, h) => l === 1 && h === 0, [], options(on));

describe('dutyListItems', () => {
  it('reads the items of a duty list only', () => {
    expect(dutyItems(list, lead)).toHaveLength(4);
    expect(dutyItems('第三条 县级以上人民政府应当加强消防工作。\n（一）组织开展消防宣传教育；', lead)).toBeUndefined();
  });
  it('takes an item’s best candidate only when it reaches the share and beats the second by the margin', () => {
    const item = new Set(['消防', '宣传', '教育', '意识']);
    expect(itemBest([item], [new Set(['消防', '宣传', '教育', '意识']), new Set(['消防'])], 0.4, 0.15)).toEqual([0]);
    expect(itemBest([item], [new Set(['消防', '宣传', '教育']), new Set(['消防', '宣传', '意识'])], 0.4, 0.15)).toEqual([]);
    expect(itemBest([item], [new Set(['消防']), new Set()], 0.4, 0.15)).toEqual([]);
  });
  it('links each item to its own article as partial, beside the article-level link', () => {
    const off = linked(false).map((l) => l.higher);
    expect(off).toHaveLength(1);
    const on = linked(true);
    expect(on.map((l) => l.higher).sort()).toEqual(['law#第三十条', 'law#第三条', 'law#第六条', 'law#第四十三条']);
    expect(on.filter((l) => !off.includes(l.higher)).every((l) => l.verdict === 'partial')).toBe(true);
    expect(on.map((l) => l.higher)).not.toContain('law#第十六条');
  });
});
