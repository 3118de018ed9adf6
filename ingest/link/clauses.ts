// An article cut into clauses, for the two clause rules of session 47 (issue 13), which had each its own splitter
// (session 48, helper tidy: one module, the two calibrated settings as options; every snapshot byte-identical):
// - clause coverage (options.clauseCover, clause-cover.ts): the higher article's clauses by paragraph (articleUnits: the
//   trimmed non-empty lines, a list item of a paragraph under it, a leading item marker （一） dropped), with `main` the
//   first paragraph's only, as text;
// - per-clause selection (options.clausePair, clause-pair.ts): the clauses of each line, also cut at every item marker
//   (（一）, 1.), as spans in the article's text.
// Both cut at the sentence and list marks 。；;：: (`sentences`); the finer cuts they were calibrated with differ:
// clauseCover's `fine` also at ，,、 (the actor, the duty verb and each coordinated object: `parts`), clausePair's
// `phrases` also at ，, but not 、 (`phrases`). A clause with fewer than `minBigrams` Han bigrams is left out; the
// article label (第X条) never counts.
import { ARTICLE_LABEL } from './article-label.js';
import { articleUnits, hanBigrams } from './side-paragraph.js';
import { ITEM_MARKS, ITEM_OPENING_SPACED } from './item-marks.js';

/** Where an article is cut, besides its paragraphs or lines. */
export const CLAUSE_CUTS = {
  /** Sentences and list parts: 。；：. */
  sentences: /[。；;：:]/,
  /** Also comma phrases (clausePair's `phrases`, session 47 helper link2). */
  phrases: /[。；;，,：:]/,
  /** Also the parts of a duty at ，and 、 (clauseCover's `fine`, session 47 helper verdict). */
  parts: /[。；;：:，,、]/,
} as const;

export type ClauseCut = keyof typeof CLAUSE_CUTS;

/** A clause of a paragraph (clause coverage): its text, bigrams and paragraph number (list items count with theirs). */
export interface ParagraphClause {
  text: string;
  bigrams: Set<string>;
  paragraph: number;
}

/** A clause as a span of the article's text (per-clause selection), with its bigrams. */
export interface SpanClause {
  start: number;
  end: number;
  bigrams: Set<string>;
}

/** The clauses of an article by paragraph (articleUnits), cut at `cut`; with `main`, the first paragraph's (and its
 *  items') only. */
export function paragraphClauses(text: string, opts: { cut: ClauseCut; minBigrams: number; main?: boolean }): ParagraphClause[] {
  const cut = CLAUSE_CUTS[opts.cut];
  const out: ParagraphClause[] = [];
  for (const u of articleUnits(text)) {
    if (opts.main && u.paragraph > 0) continue;
    for (const part of u.text.replace(ITEM_OPENING_SPACED, '').split(cut)) {
      const bigrams = hanBigrams(part);
      if (bigrams.size >= opts.minBigrams) out.push({ text: part, bigrams, paragraph: u.paragraph });
    }
  }
  return out;
}

/** The clauses of an article as spans: each line (after a leading article label) cut at `cut` and at item markers. An
 *  article of one clause is one clause. */
export function spanClauses(text: string, opts: { cut: ClauseCut; minBigrams: number }): SpanClause[] {
  const out: SpanClause[] = [];
  const label = ARTICLE_LABEL.exec(text);
  let lineStart = label && label.index === 0 ? label[0].length : 0;
  const cut = new RegExp(CLAUSE_CUTS[opts.cut].source, 'g');
  for (const line of text.slice(lineStart).split('\n')) {
    const cuts = [0];
    for (const m of line.matchAll(ITEM_MARKS)) if (m.index! > 0) cuts.push(m.index!);
    for (const m of line.matchAll(cut)) if (m.index! + 1 < line.length) cuts.push(m.index! + 1);
    cuts.sort((x, y) => x - y);
    cuts.push(line.length);
    for (let i = 0; i + 1 < cuts.length; i++) {
      if (cuts[i] === cuts[i + 1]) continue;
      const bigrams = hanBigrams(line.slice(cuts[i], cuts[i + 1]).replace(ITEM_MARKS, ''));
      if (bigrams.size >= opts.minBigrams) out.push({ start: lineStart + cuts[i], end: lineStart + cuts[i + 1], bigrams });
    }
    lineStart += line.length + 1;
  }
  return out;
}
