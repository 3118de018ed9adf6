// Per-clause selection (options.clausePair, session 47 helper link2; measured, off by default: ingest/link/options.ts):
// each clause of a lower article keeps the higher article one of whose clauses it restates with rare words, as a
// partial link, when the article-level selection (one link an article here) kept another. Real text: 上海市促进科技成果转化
// 条例 第三十四条 (its first sentence restates 促进科技成果转化法 第四十三条's first clause; its list, 第四十五条's rates).
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { bestCarrier, clauseMatches, clausesOf } from '../../../ingest/link/clause-pair.js';
import { pairBigramWeights } from '../../../ingest/link/item-best.js';
import type { LinkOptions } from '../../../ingest/link/options.js';
import { regulationUnit, textOnlyRegulation } from './units.js';

const lowerText =
  '第三十四条 研发机构、高等院校转化科技成果所获得的收入全部留归本单位。允许研发机构、高等院校按照以下标准，规定或者与科技人员约定奖励和报酬：\n（一）将职务科技成果转让、许可给他人实施的，可以从该项科技成果转让净收入或者许可净收入中提取不低于百分之七十的比例；\n（二）利用职务科技成果作价投资的，可以从该项科技成果形成的股份或者出资比例中提取不低于百分之七十的比例。';
const units = [
  regulationUnit('law#第四十三条', 0, '第四十三条 国家设立的研究开发机构、高等院校转化科技成果所获得的收入全部留归本单位，在对完成、转化职务科技成果做出重要贡献的人员给予奖励和报酬后，主要用于科学技术研究开发与成果转化等相关工作。'),
  regulationUnit('law#第四十四条', 0, '第四十四条 职务科技成果转化后，由科技成果完成单位对完成、转化该项科技成果做出重要贡献的人员给予奖励和报酬。'),
  regulationUnit(
    'law#第四十五条',
    0,
    '第四十五条 科技成果完成单位未规定、也未与科技人员约定奖励和报酬的方式和数额的，按照下列标准对完成、转化职务科技成果做出重要贡献的人员给予奖励和报酬：\n（一）将该项职务科技成果转让、许可给他人实施的，从该项科技成果转让净收入或者许可净收入中提取不低于百分之五十的比例；\n（二）利用该项职务科技成果作价投资的，从该项科技成果形成的股份或者出资比例中提取不低于百分之五十的比例。',
  ),
  regulationUnit('sh#第三十四条', 1, lowerText),
];
const allowed = (lowerDoc: number, higherDoc: number) => lowerDoc === 1 && higherDoc === 0;
// IDF over four articles peaks at ln(5/2) ≈ 0.92 for a bigram of the lower article and one higher one: rareIdf 0.9 here.
const rule: NonNullable<LinkOptions['clausePair']> = { genres: ['regulation'], among: 'document', phrases: true, minBigrams: 5, min: 0.6, margin: 0.1, rare: 3, rareIdf: 0.9, minScore: 0, mutual: true };
const links = (clausePair: LinkOptions['clausePair']) => linkMeasures(units, allowed, [], textOnlyRegulation({ clausePair }));

describe('per-clause selection (session 47, link2)', () => {
  it('splits an article into sentences, items and, with phrases, comma phrases', () => {
    expect(clausesOf(lowerText, 5).length).toBe(4);
    expect(clausesOf(lowerText, 5, true).length).toBeGreaterThan(4);
  });

  it('matches a clause to the article one of whose clauses it restates, past min, rare and margin', () => {
    const w = pairBigramWeights(units)(1, 0);
    const lower = clausesOf(lowerText, 5, true);
    const cands = units.slice(0, 3).map((u) => clausesOf(u.text, 5, true));
    const first = clauseMatches(lower, cands, w, rule).find((m) => m.clause === 0);
    expect(first?.k).toBe(0);
    expect(clauseMatches(lower, cands, w, { ...rule, rare: 99 }).find((m) => m.clause === 0)).toBeUndefined();
    expect(bestCarrier(lower[0], cands[0][first!.h], lower, w)).toBe(true);
  });

  it('keeps the first sentence’s own article as a partial link beside the article-level best; not without the option', () => {
    const off = links(null).map((l) => l.higher);
    expect(off).not.toContain('law#第四十三条');
    const on = links(rule);
    const clause = on.find((l) => l.higher === 'law#第四十三条');
    expect(clause?.verdict).toBe('partial');
    expect(on.filter((l) => l.higher !== 'law#第四十三条').map((l) => l.higher)).toEqual(off);
  });
});
