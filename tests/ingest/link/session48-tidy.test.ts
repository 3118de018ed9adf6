// Session 48 (helper tidy): the two clause splitters of session 47 (clause-cover.ts articleClauses, clause-pair.ts
// clausesOf) are one module, ingest/link/clauses.ts, with the cut settings each was calibrated with as options; the
// snapshots and the rural and sme evals are byte-identical. On 浙江省法律援助条例 第二十条 (a real sentence of the legal
// aid family): clauseCover's `parts` cut at 、 too (拒绝、拖延), clausePair's `phrases` not.
import { describe, expect, it } from 'vitest';
import { articleClauses } from '../../../ingest/link/clause-cover.js';
import { clausesOf } from '../../../ingest/link/clause-pair.js';
import { paragraphClauses, spanClauses } from '../../../ingest/link/clauses.js';
import { CLAUSE_COVER } from '../../../ingest/link/options.js';

const zhejiang20 = '第二十条 法律援助人员应当按规定履行法律援助义务，并接受法律援助机构及所在法律服务机构的监督。法律援助人员无正当理由，不得拒绝、拖延或者中止办理法律援助事项。';

describe('one clause splitter, two cut settings', () => {
  it('cuts at 、 for clause coverage’s parts, not for the per-clause selection’s phrases', () => {
    const parts = paragraphClauses(zhejiang20, { cut: 'parts', minBigrams: 1 }).map((c) => c.text);
    const phrases = spanClauses(zhejiang20, { cut: 'phrases', minBigrams: 1 }).map((c) => zhejiang20.slice(c.start, c.end));
    expect(parts).toContain('拖延或者中止办理法律援助事项');
    expect(phrases).toContain('不得拒绝、拖延或者中止办理法律援助事项。');
    expect(spanClauses(zhejiang20, { cut: 'sentences', minBigrams: 1 })).toHaveLength(2);
  });
  it('is what both rules call', () => {
    expect(articleClauses(zhejiang20, CLAUSE_COVER)).toEqual(paragraphClauses(zhejiang20, { cut: CLAUSE_COVER.fine ? 'parts' : 'sentences', minBigrams: CLAUSE_COVER.minBigrams, main: CLAUSE_COVER.main }));
    expect(clausesOf(zhejiang20, 5, true)).toEqual(spanClauses(zhejiang20, { cut: 'phrases', minBigrams: 5 }));
  });
});
