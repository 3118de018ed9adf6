// The object phrase's head, head against head (ingest/link/object-heads.ts, options.objectHeads; session 61 helper recall4,
// issue 13): a lower article's object phrases (objects.ts) reduced to their heads — a termClasses term they end with, else
// their last two characters — and a law article matching one when one of its own object phrases has that head. As a
// tie-break between a single link whose article matches none of the heads and a near runner-up that matches one and names
// more of them. Measured on the development link sets (tests/eval/session61-heads.ts, session61-grid.ts); on by rule 5.
import { describe, expect, it } from 'vitest';
import { headOf, headSwaps, namesHead, objectHeads } from '../../../ingest/link/object-heads.js';
import { DEFAULT_LINK_OPTIONS, OBJECT_HEADS_MEASURED } from '../../../ingest/link/options.js';
import { real } from './real-article.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { ingestLinks, replayLinks } from './ingest-replay.js';
import type { Snapshot } from '../../../graph-schema/index.js';

const rule = OBJECT_HEADS_MEASURED;

describe('the head of an object phrase', () => {
  it('a phrase ending in a term of a class is that class: 审批 and 许可 are one head', () => {
    const classes = [['许可', '审批', '批准']];
    expect(headOf('旅行社设立的审批', classes, 2)).toBe('§0');
    expect(headOf('经营许可', classes, 2)).toBe('§0');
    expect(headOf('防护标准和质量标准', classes, 2)).toBe('标准');
    expect(headOf('证', classes, 2)).toBeUndefined();
    expect(namesHead('经省人民政府批准', '§0', classes)).toBe(true);
    expect(namesHead('依法登记', '§0', classes)).toBe(false);
  });
  it('an article’s object heads, by the drafting patterns of objects.ts, with the measured classes', () => {
    expect(objectHeads('第十条 人民防空工程的建设应当符合防护标准和质量标准。', rule)).toEqual(['标准']);
    expect(objectHeads('第九条 设立旅行社应当经过审批。', rule)).toEqual(objectHeads('第三条 旅行社的设立实行许可制度，经营者应当申请经营许可。', rule));
    expect(objectHeads('第二十二条 城市新建民用建筑，按照国家有关规定修建战时可用于防空的地下室。', rule)).toEqual([]);
  });
});

describe('objectHeads (the step, on hand-written links)', () => {
  const docOf = (m: string) => m.split('#')[0];
  const texts: Record<string, string> = {
    'L#第二十二条': '第二十二条 城市新建民用建筑，按照国家有关规定修建战时可用于防空的地下室。',
    'L#第二十三条': '第二十三条 人民防空工程建设的设计、施工、质量必须符合国家规定的防护标准和质量标准。',
    'L#第二十四条': '第二十四条 人民防空工程的维护管理由人民防空主管部门负责。',
  };
  const textOf = (m: string) => texts[m] ?? '';
  const lower = { lower: 'p#第十条', text: '第十条 人民防空工程的建设应当符合防护标准和质量标准。', cands: [{ higher: 'L#第二十二条', score: 0.3 }, { higher: 'L#第二十三条', score: 0.24 }, { higher: 'L#第二十四条', score: 0.2 }] };
  const links = [{ lower: 'p#第十条', higher: 'L#第二十二条' }];
  it('replaces the chosen article that matches none of the heads by the runner-up whose objects have the head (标准)', () => {
    expect(headSwaps([lower], links, docOf, textOf, rule)).toEqual([[0, 1, 'L#第二十二条']]);
  });
  it('leaves it when the chosen matches a head, the runner-up scores under the ratio or names no more heads', () => {
    expect(headSwaps([lower], links, docOf, (m) => (m === 'L#第二十二条' ? texts['L#第二十三条'] : textOf(m)), rule)).toEqual([]);
    expect(headSwaps([{ ...lower, cands: [{ higher: 'L#第二十二条', score: 0.4 }, { higher: 'L#第二十三条', score: 0.24 }] }], links, docOf, textOf, rule)).toEqual([]);
    expect(headSwaps([lower], links, docOf, (m) => (m === 'L#第二十二条' ? texts[m] + '其防护标准由国家规定。' : textOf(m)), rule)).toEqual([]);
  });
  it('leaves a lower article linked twice into the law, one naming a sanction formula or citing an article by number', () => {
    expect(headSwaps([lower], [...links, { lower: 'p#第十条', higher: 'L#第二十四条' }], docOf, textOf, rule)).toEqual([]);
    expect(headSwaps([{ ...lower, text: lower.text + '违反前款规定的，处一万元以下罚款。' }], links, docOf, textOf, rule)).toEqual([]);
    expect(headSwaps([{ ...lower, text: lower.text + '依照本法第二十三条执行。' }], links, docOf, textOf, rule)).toEqual([]);
  });
  it('is on by default, as measured', () => {
    expect(DEFAULT_LINK_OPTIONS.objectHeads).toEqual(OBJECT_HEADS_MEASURED);
  });
});

describe('人民防空法 → 河南, 浙江 (ingest of the family\'s real texts)', () => {
  const inputs = [real('civildefence/corpus/')];
  const at = (m: string) => `${m.includes('河南') ? '河南' : m.includes('浙江') ? '浙江' : '法'} ${m.split(/[#/]/).pop()}`;
  const pairs = (s: Snapshot) => new Set(s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${at(e.source)} > ${at(e.target)}`] : [])));
  it('swaps 河南 第十条 (防护标准和质量标准) from 第二十二条 to 第二十三条 (gold), partial, and nothing else; coverage\'s replay agrees', { timeout: 240_000 }, async () => {
    const off = (await runIngest({ inputs, lexicon: loadLexicon(), link: { objectHeads: null } })).snapshot;
    const { snapshot: on } = await runIngest({ inputs, lexicon: loadLexicon(), link: { objectHeads: OBJECT_HEADS_MEASURED } });
    const [a, b] = [pairs(off), pairs(on)];
    expect([...b].filter((p) => !a.has(p))).toEqual(['河南 第十条 > 法 第二十三条']);
    expect([...a].filter((p) => !b.has(p))).toEqual(['河南 第十条 > 法 第二十二条']);
    const link = on.edges.find((e) => e.attributes.type === 'IMPLEMENTS' && at(e.source) === '河南 第十条' && at(e.target) === '法 第二十三条')!;
    expect((link.attributes as { verdict?: string }).verdict).toBe('partial');
    // Coverage's threshold replay at the snapshot's own thresholds gives the links the link stage wrote, with the rule.
    expect(replayLinks(on)).toEqual(ingestLinks(on));
  });
});
