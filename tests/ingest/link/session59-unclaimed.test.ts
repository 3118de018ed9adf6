// Session 59 (helper recall3, issue 13): options.unclaimedBest (ingest/link/unclaimed-best.ts): a lower article that links
// nothing in a law its document links into, paired with its best article of that law when no article of its document links
// that article. Measured on the development link sets and left off (docs/history/links.md, session 59 helper recall3).
import { describe, expect, it } from 'vitest';
import { ownProvision, unclaimedBest } from '../../../ingest/link/unclaimed-best.js';
import { DEFAULT_LINK_OPTIONS, UNCLAIMED_BEST_GUARDED, UNCLAIMED_BEST_MEASURED, UNCLAIMED_GUARD_READ } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { graphFromSnapshot } from '../../../coverage/graph.js';
import { measureRows } from '../../../coverage/index.js';
import type { Snapshot } from '../../../graph-schema/index.js';
import { real } from './real-article.js';

const docOf = (m: string) => m.split('#')[0];
const under = (s: number) => s < 0.13;
const rule = { ...UNCLAIMED_BEST_MEASURED, sanctions: ['罚款'] };
const plain = () => '第X条 应当加强管理。';

describe('unclaimedBest (pure)', () => {
  it('the session 59 readings stay off; the default since session 63 is the guarded rule with the chapter reading', () => {
    expect(DEFAULT_LINK_OPTIONS.unclaimedBest).toEqual({ ...UNCLAIMED_BEST_GUARDED, chapter: true });
    expect(UNCLAIMED_BEST_GUARDED.guard).toBe(UNCLAIMED_GUARD_READ);
  });

  // The lower document `p` links into law `L` by 第一条 → 第一条; 第二条 links nothing there.
  const links = [{ lower: 'p#第一条', higher: 'L#第一条' }];
  const entry = (cands: { higher: string; score: number }[], lower = 'p#第二条', text = '第二条 应当加强管理。') => ({ lower, text, cands });

  it('keeps the best article of the law under the threshold that no article of the lower document links', () => {
    const e = entry([{ higher: 'L#第五条', score: 0.12 }, { higher: 'L#第六条', score: 0.09 }]);
    expect(unclaimedBest([e], links, docOf, plain, rule, under)).toEqual([[0, 0]]);
  });

  it('keeps nothing under `min`, from the threshold, short of the margin, already linked, or in a law the document does not link', () => {
    expect(unclaimedBest([entry([{ higher: 'L#第五条', score: 0.105 }])], links, docOf, plain, rule, under)).toEqual([]);
    expect(unclaimedBest([entry([{ higher: 'L#第五条', score: 0.14 }])], links, docOf, plain, rule, under)).toEqual([]);
    // 0.12 against 0.11: under the margin 1.3.
    expect(unclaimedBest([entry([{ higher: 'L#第五条', score: 0.12 }, { higher: 'L#第六条', score: 0.11 }])], links, docOf, plain, rule, under)).toEqual([]);
    // The best is 第一条, which 第一条 of the lower document already links.
    expect(unclaimedBest([entry([{ higher: 'L#第一条', score: 0.12 }])], links, docOf, plain, rule, under)).toEqual([]);
    // A law `M` no article of the lower document links into.
    expect(unclaimedBest([entry([{ higher: 'M#第五条', score: 0.12 }])], links, docOf, plain, rule, under)).toEqual([]);
    // The lower article links the law already (another article): a second link is not this rule's.
    expect(unclaimedBest([entry([{ higher: 'L#第五条', score: 0.12 }], 'p#第一条')], links, docOf, plain, rule, under)).toEqual([]);
  });

  it('gives a law article to one lower article of a document, the highest scoring, and admits no sanction', () => {
    const a = entry([{ higher: 'L#第五条', score: 0.115 }], 'p#第二条');
    const b = entry([{ higher: 'L#第五条', score: 0.125 }], 'p#第三条', '第三条 应当加强管理。');
    expect(unclaimedBest([a, b], links, docOf, plain, rule, under)).toEqual([[1, 0]]);
    expect(unclaimedBest([entry([{ higher: 'L#第五条', score: 0.12 }], 'p#第二条', '第二条 处二千元以上罚款。')], links, docOf, plain, rule, under)).toEqual([]);
    expect(unclaimedBest([entry([{ higher: 'L#第五条', score: 0.12 }])], links, docOf, () => '第五条 处罚款。', rule, under)).toEqual([]);
  });
});

describe('the guard (session 59 helper unclaimed): a lower article\'s own provision is not a restatement of the law article', () => {
  const g = UNCLAIMED_GUARD_READ;
  it('leaves out a principle the law article does not state, and keeps one it states', () => {
    expect(ownProvision('第三条 统计工作必须坚持实事求是的原则，运用科学的方法。', '第二十九条 统计人员应当坚持实事求是，恪守职业道德。', g)).toBe(true);
    expect(ownProvision('第三条 消防工作坚持政府统一领导的原则。', '第二条 消防工作实行政府统一领导、部门依法监管的原则。', g)).toBe(false);
  });
  it('leaves out a procedure step the law article does not name, and keeps steps it names', () => {
    expect(ownProvision('第二十五条 重点监管单位应当制定应急预案并备案、演练。', '第三十六条 修复工程应当在原址进行。', g)).toBe(true);
    expect(ownProvision('第九条 矿产资源规划应当划定规划开采区的范围，并予以公告。', '第十八条 矿区的范围依法划定后，由主管机关予以公告。', g)).toBe(false);
  });
  it('leaves out a fund or budget the law article does not name, and keeps one it names', () => {
    expect(ownProvision('第三十九条 县级以上人民政府应当保障监管执法经费，并纳入年度财政预算。', '第七十六条 县级以上各级人民政府对举报的有功人员，给予奖励。', g)).toBe(true);
    expect(ownProvision('第二十五条 中小企业可以享受财政资金支持。', '第三十四条 国家鼓励中小企业参与利用财政资金设立的科研项目。', g)).toBe(false);
  });
  it('leaves out an encouragement against a duty, not a duty restated nor an encouragement against an encouragement', () => {
    expect(ownProvision('第十九条 鼓励医疗机构开设心理咨询热线。', '第六十五条 综合性医疗机构应当开设精神科门诊。', g)).toBe(true);
    expect(ownProvision('第十九条 医疗机构应当开设心理咨询热线。', '第六十五条 综合性医疗机构应当开设精神科门诊。', g)).toBe(false);
    expect(ownProvision('第三十六条 本市鼓励并扶持建立群众性文化团队。', '第三十七条 国家鼓励公民主动参与公共文化服务。', g)).toBe(false);
  });
  it('drops the pair from unclaimedBest when set, and the article label is not read', () => {
    const links = [{ lower: 'p#第一条', higher: 'L#第一条' }];
    const e = { lower: 'p#第二条', text: '第二条 鼓励单位开展宣传。', cands: [{ higher: 'L#第五条', score: 0.12 }] };
    const duty = () => '第五条 单位应当开展宣传。';
    expect(unclaimedBest([e], links, docOf, duty, rule, under)).toEqual([[0, 0]]);
    expect(unclaimedBest([e], links, docOf, duty, { ...rule, guard: g }, under)).toEqual([]);
    // 第…条 labels carry no procedure word (公布 is not read from 第X条 labels).
    expect(ownProvision('第二条 单位应当开展宣传。', '第五条 单位应当开展宣传。', g)).toBe(false);
  });
});

describe('人民防空法 → 河南, 浙江 (ingest of the family\'s real texts)', () => {
  const inputs = [real('civildefence/corpus/')];
  const at = (m: string) => `${m.includes('河南') ? '河南' : m.includes('浙江') ? '浙江' : '法'} ${m.split(/[#/]/).pop()}`;
  const pairs = (s: Snapshot) => new Set(s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${at(e.source)} > ${at(e.target)}`] : [])));
  it('adds 浙江 第十五条 → 人民防空法 第二十三条 (gold, partial) and no other link; coverage\'s replay agrees', { timeout: 240_000 }, async () => {
    const off = (await runIngest({ inputs, lexicon: loadLexicon(), link: { unclaimedBest: null } })).snapshot;
    const { snapshot: on } = await runIngest({ inputs, lexicon: loadLexicon(), link: { unclaimedBest: UNCLAIMED_BEST_MEASURED } });
    const [a, b] = [pairs(off), pairs(on)];
    // The gold (tests/real/civildefence) links 浙江 第十五条 to 第二十三条; nothing of 浙江 links that article without the rule.
    expect([...b].filter((p) => !a.has(p))).toEqual(['浙江 第十五条 > 法 第二十三条']);
    expect([...a].filter((p) => !b.has(p))).toEqual([]);
    expect([...a].some((p) => p.startsWith('浙江') && p.endsWith('> 法 第二十三条'))).toBe(false);
    const link = on.edges.find((e) => e.attributes.type === 'IMPLEMENTS' && at(e.source) === '浙江 第十五条' && at(e.target) === '法 第二十三条')!;
    expect((link.attributes as { verdict?: string }).verdict).toBe('partial');
    // Coverage's threshold control, given the snapshot's own thresholds, shows each row as the link stage wrote it.
    const g = graphFromSnapshot(on);
    const docs = on.nodes.filter((n) => n.attributes.type === 'Document').map((n) => n.key);
    const lawDoc = docs.find((d) => d.includes('人民防空法') && !d.includes('实施'))!;
    const th = on.attributes.linkThresholds!;
    const own = th.byGenre?.regulation ?? th;
    for (const lower of docs.filter((d) => d !== lawDoc)) {
      const rows = (t?: { implements: number; partial: number }) => measureRows(g, lawDoc, lower, t).map((r) => [r.id, r.status, r.implementedBy?.id, r.implementedBy?.verdict]);
      expect(rows({ implements: own.implements, partial: own.partial }), lower).toEqual(rows());
    }
  });
});
