// Session 49 (helper tidy, issue 13): conditionClauseObliged's person guard (a 的-condition clause naming a person of its own
// leaves the duty to that person) reads its characters from the lexicon, group-clause.txt `person |`, not from code; the
// behaviour is pinned by tests/ingest/extract/session48-extract3.test.ts (收件人…的，应当予以签收), which fails without the line.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

describe('the person guard of conditionClauseObliged, as lexicon data', () => {
  it('reads 人, 者 and 员 from group-clause.txt `person |`', () => {
    expect(loadLexicon().clausePersons).toEqual(['人', '者', '员']);
  });
});
