// Session 47 (helper verdict, issue 13): clause coverage by alignment. The higher article is split into its clauses
// (sentences and ；-parts of each paragraph and list item; with `fine`, also its ，/、-parts: the actor, the duty verb and
// each coordinated object of a duty), each clause aligned against the lower article(s) by the IDF-weighted share of its
// character bigrams found there; a clause is carried when that share reaches `carried`. The coverage of a link is the
// share of the higher article's clauses carried (each clause weighted by the IDF weight of its bigrams), of its main
// provision only with `main` (the first paragraph with its items: the gold's rule of strong and weak, tests/gold/README.md).
// Several lower articles together carry the union of their clauses.
import { ARTICLE_LABEL } from './article-label.js';
import { hanBigrams, share } from './side-paragraph.js';
import { paragraphClauses, type ParagraphClause } from './clauses.js';

export interface ClauseRule {
  /** Also split at ，and 、 (the parts of a duty), not only at 。；：. */
  fine: boolean;
  /** Only the main provision's clauses (the first paragraph with its items). */
  main: boolean;
  /** The share of a clause's bigram weight the lower side must hold for the clause to be carried. */
  carried: number;
  /** Clauses with fewer bigrams are left out (a 的 tail, a bare 可以). */
  minBigrams: number;
}

/** A clause of the higher article (clauses.ts). */
export type Clause = ParagraphClause;

/** The clauses of a higher article under `rule` (its article label left out): clauses.ts paragraphClauses, cut at
 *  。；：, with `fine` at ，、 too (session 48: one splitter module with the per-clause selection's). */
export function articleClauses(text: string, rule: Pick<ClauseRule, 'fine' | 'main' | 'minBigrams'>): Clause[] {
  return paragraphClauses(text, { cut: rule.fine ? 'parts' : 'sentences', minBigrams: rule.minBigrams, main: rule.main });
}

export interface ClauseCover {
  clauses: number;
  carried: number;
  /** The IDF-weighted share of the clauses carried (each clause weighted by its bigrams' IDF sum). */
  share: number;
}

/** How many of the clauses the lower texts carry, together (a clause is carried when one lower text holds `carried` of it). */
export function clauseCover(clauses: Clause[], lowerTexts: string[], idf: (g: string) => number, carried: number): ClauseCover {
  const lowers = lowerTexts.map((t) => hanBigrams(t.replace(ARTICLE_LABEL, '')));
  let [n, w, wc] = [0, 0, 0];
  for (const c of clauses) {
    const weight = [...c.bigrams].reduce((a, g) => a + idf(g), 0);
    w += weight;
    if (lowers.some((l) => share(c.bigrams, l, idf) >= carried)) {
      n++;
      wc += weight;
    }
  }
  return { clauses: clauses.length, carried: n, share: w ? wc / w : 0 };
}
