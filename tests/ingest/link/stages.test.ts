// Procedure stages (options.procedureStages): articles at different steps of an administrative
// procedure (受理 / 审查 / 决定 …) have their pair's score discounted.
import { describe, expect, it } from 'vitest';
import { procedureStages, stageFactor } from '../../../ingest/link/actors.js';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { linkOptions } from '../../../ingest/link/options.js';

const rule = linkOptions().procedureStages!;

describe('procedure stages', () => {
  it('are the steps whose verbs an article uses', () => {
    expect(procedureStages('公证机构应当在收到申请之日起五日内决定是否受理。', rule)).toEqual(['accept', 'apply', 'decide']);
    expect(procedureStages('申请人对审查结果有异议的，可以申请复核。', rule)).toEqual(['apply', 'examine', 'object']);
    // 申请人 names a party, not the step of applying.
    expect(procedureStages('申请人应当如实提供材料。', rule)).toEqual([]);
  });

  it('discount a pair only when both steps are known and none is shared', () => {
    expect(stageFactor(['accept'], ['examine'], 0.7)).toBe(0.7);
    expect(stageFactor(['accept', 'apply'], ['apply', 'examine'], 0.7)).toBe(1);
    expect(stageFactor([], ['examine'], 0.7)).toBe(1);
    expect(stageFactor(undefined, ['examine'], 0.7)).toBe(1);
  });

  it('rank the higher article of the same step above one of the next step that shares more wording', () => {
    const u = (id: string, docIndex: number, text: string, words: string[]): LinkUnit => ({
      id, docIndex, offset: 0, text, entities: new Set(), words, genre: 'regulation', stages: procedureStages(text, rule),
    });
    const units: LinkUnit[] = [
      u('law#第十条', 0, '第十条 公证机构受理当事人的请求和材料，不得拖延，期限五日。', ['公证', '机构', '受理', '当事人', '请求', '材料', '拖延', '期限']),
      u('law#第十一条', 0, '第十一条 公证机构审查当事人的证明材料，不得拖延。', ['公证', '机构', '审查', '当事人', '证明', '材料', '拖延']),
      u('prov#第八条', 1, '第八条 公证机构受理当事人的证明材料，不得拖延。', ['公证', '机构', '受理', '当事人', '证明', '材料', '拖延']),
      ...['慈善 事业 发展', '农业 技术 推广', '国防 教育 课程', '图书馆 免费 开放', '气象 灾害 预警', '博物馆 收藏 文物'].map((t, i) => ({ id: `other#${i}`, docIndex: 2 + (i % 2), offset: 0, text: t, entities: new Set<string>(), words: t.split(' '), genre: 'regulation' as const })),
    ];
    const allowed = (l: number, h: number) => l === 1 && h === 0;
    const best = (o = linkOptions()) => linkMeasures(units, allowed, [], o).sort((a, b) => b.score - a.score)[0].higher;
    expect(best()).toBe('law#第十条');
    expect(best(linkOptions({ procedureStages: null }))).toBe('law#第十一条');
  });
});
