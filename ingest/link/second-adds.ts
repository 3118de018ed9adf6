// Session 63 (helper precision6, issue 13): a weak second link that carries no clause of the lower article better than the
// lower article's better links into the same law (options.secondAdds). The development false links by cause
// (tests/eval/session63-falselinks.ts): the largest class is the second link beside another link into the same law (242 of
// 650; 72 of them a neighbour of a found gold article, 70 in its chapter, 100 elsewhere). A lower article that writes two
// provisions of its law writes them in two clauses, or names two of its systems in one list (…风险评估、…监测和疫情预警、
// 动物防疫条件审查…等制度), and each part then holds more of its own law article's words than of the other's; a second link
// whose law article holds no part of the lower article better than the better links' articles do is the field's words met
// again. Over the development sets' non-first links (not by article number, not a penalty conduct pair; docs/history/
// links.md, session 63 helper precision6), read with the lower article cut at 。；：，、 (`parts`): partial and under 0.3,
// 0 gold against 12 false; cut at 。；： only, partial and under 0.15, 5 gold against 22 false (a list of the law's systems
// in one sentence reads as one clause). A pass over the link
// stage's links after siblingSecond's, reading the links as given (the same graph whatever the order of the documents);
// coverage's threshold replay (coverage/replay.ts) and the calibration (tests/eval/links.ts select) run the same function.
// Pure over texts; imports no Node builtin.
import { ARTICLE_LABEL } from './article-label.js';
import { paragraphClauses, type ClauseCut } from './clauses.js';
import { hanBigrams } from './side-paragraph.js';
import { readActs, sameAct, type ActReading, type ActorClasses } from './acts.js';

/** Session 63 (helper precision7): the same-clause reading of a second link (SecondAddsRule.sameClause). Of a lower
 *  article's links into one law (not cited, not a penalty conduct pair), a partial one under the first (the best scored)
 *  is dropped when its law article shares no act with the lower article (acts.ts sameAct: one verb class, one object
 *  head), the lower article's clause (cut at 。；：) holding the largest share of its bigrams in this law article is the
 *  clause that holds most of the first link's article's, and either the first link's article shares an act with the lower
 *  article or this link scores under `ratio` of the first: the second link meets again the words of the clause the first
 *  link carries, not another provision of the lower article (tests/eval/session63-seconds.ts). */
export interface SecondSameClause {
  reading: ActReading;
  actors: ActorClasses;
  /** Under this share of the first link's score, a same-clause act-less second link is dropped even when the first link
   *  shares no act either. */
  ratio: number;
  /** With the first link sharing an act, a same-clause act-less second link is dropped under this share of the first's
   *  score (1: whatever its score; 0: never on that ground). */
  actRatio: number;
}

/** options.secondAdds (ingest/link/options.ts; recorded in a snapshot's linkSelection.rules when set). */
export interface SecondAddsRule {
  /** The lower measures' genres the rule reads. */
  genres: string[];
  /** A second link scoring under this is read; from it on, it stays. */
  max: number;
  /** Only partial links are read (a strong link stands on its own evidence). */
  partialOnly: boolean;
  /** How the lower article is cut into clauses (clauses.ts CLAUSE_CUTS): `sentences` at 。；：, `parts` also at ，、 (a duty's
   *  actor, verb and each coordinated object: a list of the law's systems in one sentence names each system apart). */
  cut: ClauseCut;
  /** A clause of the lower article is read from this many Han bigrams on. */
  minBigrams: number;
  /** The link stays when some clause's share of bigrams held by its law article exceeds the best share held by the better
   *  links' articles by more than this. */
  margin: number;
  /** Session 63 (helper precision7): the same-clause reading (SecondSameClause); absent: off. */
  sameClause?: SecondSameClause | null;
}

const shareIn = (a: Set<string>, b: Set<string>) => {
  if (!a.size) return 0;
  let n = 0;
  for (const g of a) if (b.has(g)) n++;
  return n / a.size;
};

/** The links of `links` the rule drops (their indexes): of a lower measure of the rule's genres, not by article number nor a
 *  penalty conduct pair, under `max` (partial only with `partialOnly`), whose lower measure links into the same higher
 *  document with a higher score already, when no clause of the lower text (`minBigrams` bigrams or more) holds a share of
 *  its bigrams in this link's higher text greater by more than `margin` than in every better link's higher text. A lower
 *  text with no clause read is left alone. Every decision reads the links as given. */
export function secondAddsLinks<T extends { lower: string; higher: string; score: number; verdict?: string; citedArticle?: boolean; penaltyConduct?: boolean }, D extends string | number>(
  links: readonly T[],
  docOf: (measure: string) => D | undefined,
  genreOf: (lowerMeasure: string) => string | undefined,
  textOf: (measure: string) => string | undefined,
  rule: SecondAddsRule,
): Set<number> {
  const out = rule.sameClause ? sameClauseSeconds(links, docOf, genreOf, textOf, rule.genres, rule.sameClause) : new Set<number>();
  const read = (l: T) => l.score < rule.max && (!rule.partialOnly || l.verdict === 'partial') && !l.citedArticle && !l.penaltyConduct && rule.genres.includes(genreOf(l.lower) ?? '');
  if (!links.some(read)) return out;
  const into = new Map<string, T[]>();
  for (const l of links) {
    const hi = docOf(l.higher);
    if (hi === undefined) continue;
    const k = `${l.lower}\n${hi}`;
    (into.get(k) ?? into.set(k, []).get(k)!).push(l);
  }
  const grams = new Map<string, Set<string>>();
  const gramsOf = (m: string) => grams.get(m) ?? grams.set(m, hanBigrams((textOf(m) ?? '').replace(ARTICLE_LABEL, ''))).get(m)!;
  links.forEach((l, i) => {
    if (!read(l)) return;
    const better = (into.get(`${l.lower}\n${docOf(l.higher)}`) ?? []).filter((b) => b.score > l.score && b.higher !== l.higher);
    if (!better.length) return;
    const clauses = paragraphClauses((textOf(l.lower) ?? '').replace(ARTICLE_LABEL, ''), { cut: rule.cut, minBigrams: rule.minBigrams });
    if (!clauses.length) return;
    const own = gramsOf(l.higher);
    const adds = clauses.some((c) => shareIn(c.bigrams, own) - Math.max(...better.map((b) => shareIn(c.bigrams, gramsOf(b.higher)))) > rule.margin);
    if (!adds) out.add(i);
  });
  return out;
}

/** The lower article's clause (cut at 。；：, 4 bigrams or more) holding the largest share of its bigrams in `higher`
 *  (-1: none holds any). */
export function restingClause(lowerText: string, higherText: string): number {
  const cl = paragraphClauses(lowerText.replace(ARTICLE_LABEL, ''), { cut: 'sentences', minBigrams: 4 });
  const h = hanBigrams(higherText.replace(ARTICLE_LABEL, ''));
  let [best, at] = [0, -1];
  cl.forEach((c, i) => {
    const s = shareIn(c.bigrams, h);
    if (s > best) [best, at] = [s, i];
  });
  return at;
}

/** The links SecondSameClause drops (their indexes), reading the links as given. */
export function sameClauseSeconds<T extends { lower: string; higher: string; score: number; verdict?: string; citedArticle?: boolean; penaltyConduct?: boolean }, D extends string | number>(
  links: readonly T[],
  docOf: (measure: string) => D | undefined,
  genreOf: (lowerMeasure: string) => string | undefined,
  textOf: (measure: string) => string | undefined,
  genres: string[],
  rule: SecondSameClause,
): Set<number> {
  const out = new Set<number>();
  const into = new Map<string, number[]>();
  links.forEach((l, i) => {
    if (l.citedArticle || l.penaltyConduct || !genres.includes(genreOf(l.lower) ?? '')) return;
    const hi = docOf(l.higher);
    if (hi === undefined) return;
    const k = `${l.lower}\n${hi}`;
    (into.get(k) ?? into.set(k, []).get(k)!).push(i);
  });
  const acts = new Map<string, ReturnType<typeof readActs>>();
  const actsOf = (m: string) => acts.get(m) ?? acts.set(m, readActs(textOf(m) ?? '', rule.reading, rule.actors)).get(m)!;
  const shares = (a: string, b: string) => actsOf(a).some((h) => actsOf(b).some((x) => sameAct(h, x)));
  for (const idx of into.values()) {
    if (idx.length < 2) continue;
    const first = idx.reduce((a, b) => (links[b].score > links[a].score ? b : a));
    const f = links[first];
    const lower = textOf(f.lower) ?? '';
    const fc = restingClause(lower, textOf(f.higher) ?? '');
    if (fc < 0) continue;
    const firstAct = shares(f.higher, f.lower);
    for (const i of idx) {
      const l = links[i];
      if (i === first || l.verdict !== 'partial' || !(l.score < f.score) || l.higher === f.higher) continue;
      const r = f.score > 0 ? l.score / f.score : 1;
      if (!(r < (firstAct ? Math.max(rule.ratio, rule.actRatio) : rule.ratio))) continue;
      if (shares(l.higher, l.lower)) continue;
      if (restingClause(lower, textOf(l.higher) ?? '') === fc) out.add(i);
    }
  }
  return out;
}
