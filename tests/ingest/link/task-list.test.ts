// A sentence listing regimes or tasks (options.taskListItems): 浙江省实施《慈善法》办法 第二十三条 asks charities to keep
// 慈善服务信息公示、服务协议签订、意外风险告知、志愿者实名登记、志愿服务记录…等制度, each a duty of its own article of the
// 慈善法 (第六十四条 publishes and tells the risks, 第六十五条 registers volunteers by name and records their service,
// 第六十三条 asks for the standards of services needing special skills).
// The article-level cut keeps its strongest matches; each listed regime that one article names best keeps its link too,
// partial (one part of a list is a side part of the lower article).
import { describe, expect, it } from 'vitest';
import { linkMeasures, taskItems } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';
import { regulationUnit, textOnlyRegulation } from './units.js';

const closing = new RegExp(DEFAULT_LINK_OPTIONS.taskListItems!.closing);
const minItems = DEFAULT_LINK_OPTIONS.taskListItems!.minItems;
const unit = regulationUnit;
const lower =
  '第二十三条 慈善组织招募志愿者参与慈善服务，应当按照国务院《志愿服务条例》《浙江省志愿服务条例》等有关规定，遵守慈善服务信息公示、服务协议签订、意外风险告知、志愿者实名登记、志愿服务记录、专门技能培训、人身意外伤害保险等制度。';
const law = [
  unit('law#第六十三条', 0, '第六十三条 开展医疗康复、教育培训等慈善服务，需要专门技能的，应当执行国家或者行业组织制定的标准和规程。'),
  unit('law#第六十四条', 0, '第六十四条 慈善组织招募志愿者参与慈善服务，应当公示与慈善服务有关的全部信息，告知服务过程中可能发生的风险。'),
  unit('law#第六十五条', 0, '第六十五条 慈善组织应当对志愿者实名登记，记录志愿者的服务时间、内容、评价等信息。根据志愿者的要求，慈善组织应当无偿、如实出具志愿服务记录证明。'),
  unit('law#第六十六条', 0, '第六十六条 慈善组织安排志愿者参与慈善服务，应当与志愿者的年龄、文化程度、技能和身体状况相适应。'),
  unit('law#第八十条', 0, '第八十条 自然人、法人和其他组织捐赠财产用于慈善活动的，依法享受税收优惠。'),
];
const units = [...law, unit('prov#第二十三条', 1, lower)];
const options = (on: boolean) =>
  textOnlyRegulation({ taskListItems: on ? DEFAULT_LINK_OPTIONS.taskListItems : null });
const linked = (on: boolean) => linkMeasures(units, (l, h) => l === 1 && h === 0, [], options(on));

describe('taskListItems', () => {
  it('reads the listed regimes of a sentence closed by 等制度, after its first part, and nothing else', () => {
    expect(taskItems(lower, closing, minItems)).toHaveLength(6);
    // Lists of actors or of fields are closed by other nouns (等部门, 等领域): no items.
    expect(taskItems('第六条 工会、共青团、妇联、残联、工商联和红十字会等群团组织应当结合各自职责，动员社会力量开展慈善活动。', closing, minItems)).toBeUndefined();
    // Three parts are not a list of regimes at this setting.
    expect(taskItems('第三条 做好宣传、培训、考核等工作。', closing, minItems)).toBeUndefined();
  });
  it('links the regimes the 慈善法 sets in articles of their own, partial, beside the article-level link', () => {
    const off = linked(false).map((l) => l.higher);
    expect(off).toHaveLength(1);
    const on = linked(true);
    const added = on.filter((l) => !off.includes(l.higher));
    // 意外风险告知 / 告知…风险 (第六十四条), 志愿者实名登记、志愿服务记录 (第六十五条), 专门技能培训 / 需要专门技能的 (第六十三条).
    expect(on.map((l) => l.higher)).toEqual(expect.arrayContaining(['law#第六十三条', 'law#第六十四条', 'law#第六十五条']));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((l) => l.verdict === 'partial')).toBe(true);
    // Articles about what the list does not name stay unlinked (matching assignments to volunteers, tax benefits).
    expect(on.map((l) => l.higher)).not.toContain('law#第六十六条');
    expect(on.map((l) => l.higher)).not.toContain('law#第八十条');
  });
});
