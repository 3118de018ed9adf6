// Session 61 (helper procedure, issue 13): a procedure rule (…程序规定) with no penalty part carries the law's enforcement
// articles from its ordinary chapters (options.penaltyArticles.open), and a city's fine and its province's for one rule, each
// naming its own duty article, meet through the duties (options.penaltyDuty.bothNamed, measured, off). Texts of my own making
// in the drafting forms of a 部门规章 and of local regulations; each test fails without its option.
import { describe, expect, it } from 'vitest';
import { penaltyUnits } from '../../../ingest/link/index.js';
import { groupsMeet } from '../../../ingest/link/implements.js';
import { penaltyDutyMeets } from '../../../ingest/link/penalty-duty.js';
import { linkOptions, PENALTY_DUTY_SIZED, PROCEDURE_OPEN } from '../../../ingest/link/options.js';
import { regulation, type Part } from './regulation-fixture.js';

const base = { ...linkOptions().penaltyArticles! };
delete base.open;

const steps: Part[] = [
  { path: '第四章', kind: 'chapter', text: '第四章 行政强制措施适用' },
  { path: '第四章/第二十五条', kind: 'article', text: '第二十五条 交通警察应当在现场开具行政强制措施凭证，并告知当事人在十五日内到指定地点接受处理。', parent: '第四章' },
  { path: '第四章/第三十条', kind: 'article', text: '第三十条 对拒不接受处罚的，依法处二百元罚款。', parent: '第四章' },
];
const titled = (rows: Part[], title: string) => {
  const d = regulation(rows);
  (d.doc as { title?: string }).title = title;
  return d;
};

describe('a procedure rule with no penalty part', () => {
  it('is open when its title is a procedure rule\'s and it has no penalty part', () => {
    const d = titled(steps, '道路交通安全违法行为处理程序规定');
    expect(penaltyUnits(d, { ...base, open: PROCEDURE_OPEN }).open).toBe(true);
    expect(penaltyUnits(d, base).open).toBe(false);
  });
  it('is not open with another title, nor with a penalty part', () => {
    expect(penaltyUnits(titled(steps, '某省道路交通安全条例'), { ...base, open: PROCEDURE_OPEN }).open).toBe(false);
    const withPart = [...steps, { path: '第七章', kind: 'chapter', text: '第七章 法律责任' }, { path: '第七章/第六十条', kind: 'article', text: '第六十条 违反本规定的，依法给予处分。', parent: '第七章' }] as Part[];
    expect(penaltyUnits(titled(withPart, '道路交通事故处理程序规定'), { ...base, open: PROCEDURE_OPEN }).open).toBe(false);
  });
  it('lets an open lower unit meet a higher penalty article; a unit not open does not', () => {
    expect(groupsMeet({ open: true }, { group: 'penalty' })).toBe(true);
    expect(groupsMeet({ group: 'penalty', open: true }, {})).toBe(true);
    expect(groupsMeet({}, { group: 'penalty' })).toBe(false);
    // Open as a lower unit only: a higher open unit is met as before.
    expect(groupsMeet({ group: 'penalty' }, { open: true } as { group?: string })).toBe(false);
  });
});

describe('two fines each naming its own duty article', () => {
  const lower = '第六十七条 违反本条例第十三条规定的，由公安机关交通管理部门责令其限期改正，处二百元罚款。';
  const higher = '第七十二条 有违反本办法第十一条、第十三条规定行为之一的，处二百元罚款。';
  const lowerDuty = ['第十三条 机动车驾驶人不得在道路上驾驶未悬挂号牌的拖拉机载人。'];
  const higherDuty = ['第十一条 拖拉机驾驶人应当持有驾驶证。', '第十三条 驾驶拖拉机不得在道路上载人，不得驾驶未悬挂号牌的拖拉机上道路行驶。'];
  const df = () => 0;
  it('meet through the duties with bothNamed, not without', () => {
    expect(penaltyDutyMeets(lower, higher, lowerDuty, df, 10, PENALTY_DUTY_SIZED, undefined, undefined, undefined, higherDuty)).toBe(false);
    expect(penaltyDutyMeets(lower, higher, lowerDuty, df, 10, { ...PENALTY_DUTY_SIZED, bothNamed: 0.5 }, undefined, undefined, undefined, higherDuty)).toBe(true);
  });
  it('do not meet when the duties are different rules', () => {
    const other = ['第十三条 互联网租赁自行车企业应当按照指定数量投放车辆。'];
    expect(penaltyDutyMeets(lower, higher, other, df, 10, { ...PENALTY_DUTY_SIZED, bothNamed: 0.5 }, undefined, undefined, undefined, higherDuty)).toBe(false);
  });
});
