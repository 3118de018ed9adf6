// Session 59 (helper ministry, issue 13): the ministry rule's penalty articles (options.penaltyArticles titles and dual).
// A sanction by referral to named texts (…的，由…部门依照《…》《…》有关规定进行处罚) is a penalty article once the titles are
// read as one mark; an article of supervision and sanction in a text with no penalty part is of both groups, and links to an
// article of no group. Texts of my own making in the drafting forms of the 部门规章; each test fails without its option.
import { describe, expect, it } from 'vitest';
import { penaltyUnits } from '../../../ingest/link/index.js';
import { groupsMeet } from '../../../ingest/link/implements.js';
import { linkOptions, MINISTRY_DUAL, MINISTRY_TITLES } from '../../../ingest/link/options.js';
import { regulation, type Part } from './regulation-fixture.js';

const base = { ...linkOptions().penaltyArticles! };
delete base.titles;
delete base.dual;
const sorted = (s: Set<string>) => [...s].sort();

describe('a sanction by referral to named texts', () => {
  const d = regulation([
    { path: '第五条', kind: 'article', text: '第五条 经营者销售商品，应当按照规定明码标价。' },
    { path: '第二十条', kind: 'article', text: '第二十条 经营者违反本规定有关明码标价规定的，由县级以上市场监督管理部门依照《中华人民共和国价格法》《价格违法行为行政处罚规定》有关规定进行处罚。' },
    { path: '第二十一条', kind: 'article', text: '第二十一条 经营者违反本规定第十条规定的，由县级以上市场监督管理部门依照《中华人民共和国价格法》、《中华人民共和国反不正当竞争法》和《价格违法行为行政处罚规定》等法律、行政法规进行处罚。' },
    { path: '第二十二条', kind: 'article', text: '第二十二条 本规定所称经营者，依照《中华人民共和国价格法》的规定确定。' },
  ]);
  it('is no penalty article when the titles are read as written (the 处罚 past the reach)', () => {
    expect(sorted(penaltyUnits(d, base).penalty)).toEqual([]);
  });
  it('is one when the titles are read as one mark; a definition naming a law is not', () => {
    expect(sorted(penaltyUnits(d, { ...base, titles: MINISTRY_TITLES }).penalty)).toEqual(['第二十一条', '第二十条']);
  });
});

describe('supervision and sanction in one article', () => {
  const rows: Part[] = [
    { path: '第十四条', kind: 'article', text: '第十四条 用人单位应当按照规定支付工资报酬。' },
    { path: '第十五条', kind: 'article', text: '第十五条 县级以上地方人民政府劳动行政部门应当依法监督检查用人单位执行本办法的情况。\n\n用人单位不依照本办法规定支付工资报酬的，由劳动行政部门责令限期改正。' },
    { path: '第十六条', kind: 'article', text: '第十六条 用人单位不依照本办法规定支付工资报酬的，由劳动行政部门责令限期改正。\n\n对拒不改正的，依法申请人民法院强制执行。' },
  ];
  it('is of both groups in a text with no penalty part; a sanction article of two paragraphs is not', () => {
    const d = regulation(rows);
    const u = penaltyUnits(d, { ...base, dual: MINISTRY_DUAL });
    expect(sorted(u.penalty)).toEqual(['第十五条', '第十六条']);
    expect(sorted(u.dual)).toEqual(['第十五条']);
    expect(sorted(penaltyUnits(d, base).dual)).toEqual([]);
  });
  it('is a penalty article only in a text with a penalty part, unless withPart', () => {
    const d = regulation([
      ...rows.map((r) => ({ ...r, path: `第二章/${r.path}`, parent: '第二章' })),
      { path: '第二章', kind: 'chapter', text: '第二章 管理' },
      { path: '第三章', kind: 'chapter', text: '第三章 法律责任' },
      { path: '第三章/第二十条', kind: 'article', text: '第二十条 违反本办法规定的，依法给予处分。', parent: '第三章' },
    ]);
    expect(sorted(penaltyUnits(d, { ...base, dual: MINISTRY_DUAL }).dual)).toEqual([]);
    expect(sorted(penaltyUnits(d, { ...base, dual: { withPart: true } }).dual)).toEqual(['第二章/第十五条']);
  });
  it('meets a unit of no group and a penalty unit; a plain penalty unit meets no unit of no group', () => {
    expect(groupsMeet({ group: 'penalty', dual: true }, {})).toBe(true);
    expect(groupsMeet({}, { group: 'penalty', dual: true })).toBe(true);
    expect(groupsMeet({ group: 'penalty', dual: true }, { group: 'penalty' })).toBe(true);
    expect(groupsMeet({ group: 'penalty' }, {})).toBe(false);
  });
});
